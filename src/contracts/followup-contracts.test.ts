// The records' contracts say what a conversation, a meeting or a mapping must
// hold; these are the rules a contact teacher meets when filling them in.
import { describe, expect, it } from 'vitest';
import { contactLogEntrySchema, conversationSchema, invitationSchema, pupilVoiceSchema } from './followup-records.js';
import { CAUSE_CATEGORIES, causeMappingSchema, differingViews, hardestParts, leadingCauses, type CauseMapping } from './followup-mapping.js';
import { caseEventSchema } from './followup-case.js';

const scores = (values: Partial<CauseMapping['scores']>) => ({ ...(Object.fromEntries(CAUSE_CATEGORIES.map((c) => [c, 0])) as CauseMapping['scores']), ...values });

describe("the pupil's voice", () => {
  it('is the pupil\'s words when heard, and why not when not heard', () => {
    expect(pupilVoiceSchema.safeParse({ how: 'inPerson', text: 'Jeg gruer meg til gymmen.' }).success).toBe(true);
    expect(pupilVoiceSchema.safeParse({ how: 'inPerson' }).error?.issues[0]).toMatchObject({ path: ['text'], message: 'followup:validation.pupilVoiceText' });
    expect(pupilVoiceSchema.safeParse({ how: 'notHeard' }).error?.issues[0]).toMatchObject({ path: ['whyNotHeard'] });
    expect(pupilVoiceSchema.safeParse({ how: 'throughAdult', text: 'Vil ha en fast voksen.' }).error?.issues[0]).toMatchObject({ path: ['throughWhom'] });
  });

  it('is required on every conversation', () => {
    const conversation = { id: 'c', at: '2026-10-08T10:00:00+02:00', with: 'pupil', participants: [{ name: 'Kari Larsen', role: 'contactTeacher' }], answers: [] };
    expect(conversationSchema.safeParse(conversation).success).toBe(false);
    expect(conversationSchema.safeParse({ ...conversation, pupilVoice: { how: 'inPerson', text: 'Det går bedre nå.' } }).success).toBe(true);
  });
});

describe('the contact log and meetings', () => {
  it('a contact says how, with whom and what came of it', () => {
    const entry = {
      id: 'k1',
      at: '2026-09-24T14:00:00+02:00',
      channel: 'phone',
      withWhom: [{ name: 'Eva Hansen', role: 'guardians' }],
      initiatedBy: 'school',
      summary: 'Ringte mor om fraværet.',
      outcome: 'meetingAgreed',
    };
    expect(contactLogEntrySchema.safeParse(entry).success).toBe(true);
    expect(contactLogEntrySchema.safeParse({ ...entry, channel: 'pigeon' }).success).toBe(false);
    expect(contactLogEntrySchema.safeParse({ ...entry, withWhom: [] }).success).toBe(false);
  });

  it('an invitation ends after it starts and has an agenda', () => {
    const invitation = { date: '2026-10-08', from: '14:00', to: '15:00', place: 'Møterom 2', invited: [{ name: 'Eva Hansen', role: 'guardians' }], agenda: [{ title: 'Velkommen' }] };
    expect(invitationSchema.safeParse(invitation).success).toBe(true);
    expect(invitationSchema.safeParse({ ...invitation, to: '13:30' }).error?.issues[0]).toMatchObject({ path: ['to'], message: 'followup:validation.endBeforeStart' });
    expect(invitationSchema.safeParse({ ...invitation, agenda: [] }).success).toBe(false);
  });
});

describe('cause mapping', () => {
  const pupil = { id: 'p', at: '2026-10-08T10:00:00Z', perspective: 'pupil' as const, scores: scores({ sleep: 80, schoolFeelsHard: 40, home: 10 }), detail: { subjects: [{ subject: 'Kroppsøving' }], teachers: [], situations: [{ situation: 'peChanging' as const }], otherSituations: [] } };

  it('has every one of the eight categories from 0 to 100', () => {
    expect(causeMappingSchema.safeParse(pupil).success).toBe(true);
    expect(causeMappingSchema.safeParse({ ...pupil, scores: { ...pupil.scores, sleep: 101 } }).success).toBe(false);
    const { sleep: _sleep, ...seven } = pupil.scores;
    expect(causeMappingSchema.safeParse({ ...pupil, scores: seven }).success).toBe(false);
  });

  it('names the leading causes, and where the pupil and the guardians see it differently', () => {
    expect(leadingCauses(pupil)).toEqual([
      { category: 'sleep', score: 80 },
      { category: 'schoolFeelsHard', score: 40 },
    ]);
    expect(differingViews(pupil, { scores: scores({ sleep: 20, schoolFeelsHard: 50, home: 60 }) })).toEqual([
      { category: 'sleep', a: 80, b: 20 },
      { category: 'home', a: 10, b: 60 },
    ]);
  });

  it('scaling: the hardest parts of the day first', () => {
    const scaling = { id: 's', at: '2026-10-08T10:00:00Z', perspective: 'pupil' as const, items: [{ part: 'breaks' as const, score: 3 }, { part: 'lessons' as const, score: 7 }, { label: 'Bussen', score: 1 }] };
    expect(hardestParts(scaling)).toEqual([{ label: 'Bussen', score: 1 }, { part: 'breaks', score: 3 }]);
  });
});

describe('case events', () => {
  it('refuses an event of an unknown kind and one without a time zone', () => {
    expect(caseEventSchema.safeParse({ id: 'e', at: '2026-10-08T10:00:00Z', by: 'u', type: 'caseExploded' }).success).toBe(false);
    expect(caseEventSchema.safeParse({ id: 'e', at: '2026-10-08T10:00:00', by: 'u', type: 'taskDone', taskId: 't' }).success).toBe(false);
    expect(caseEventSchema.safeParse({ id: 'e', at: '2026-10-08T10:00:00Z', by: 'u', type: 'taskDone', taskId: 't' }).success).toBe(true);
  });
});
