// The demo's follow-up case in progress: one of Kari Larsen's pupils with a
// concern had the case opened on the Monday of the week before last, the home was phoned, the
// conversation held with minutes, the staircase went on to mapping, causes
// were mapped from the pupil's and the guardians' view, a meeting held and a
// collaboration agreement made from the measure bank; the evaluation is ahead.
// Her other pupils with concerns have no case yet, so one can be opened.
// Written through the same services as the app, so the log replays.
import type { Database } from '../db/client.js';
import { fixedClock } from '../clock.js';
import type { Actor } from '../../domain/access.js';
import { getMeasureBank, suggestMeasures } from '../../domain/followup/index.js';
import type { CauseMapping } from '../../contracts/followup-mapping.js';
import { openCaseForPupil } from '../services/followup/cases.js';
import { addMapping, holdConversation, logContact, makeCaseAgreement, moveCase, planMeeting, writeMinutes } from '../services/followup/case-writes.js';

const DAY = 86_400_000;
const CONTACT_TEACHER = 'laerer@fjordvik.example';

export async function seedFollowupDemo(database: Database, now: Date): Promise<string | null> {
  const [kari] = await database.query<{ id: string; owner_id: string; school_id: string; name: string }>(
    `select u.id, u.owner_id, r.school_id, u.given_name || ' ' || u.family_name as name
       from users u join role_assignments r on r.user_id = u.id and r.role = 'teacher' where lower(u.email) = $1 limit 1`,
    [CONTACT_TEACHER],
  );
  if (!kari) return null;
  // The last of her pupils with a concern met (not only approaching) gets the case; the others keep theirs to open.
  const [pick] = await database.query<{ id: string; concern_id: string; given_name: string; family_name: string }>(
    `select p.id, c.id as concern_id, p.given_name, p.family_name
       from concerns c join pupils p on p.id = c.pupil_id join contact_teachers ct on ct.pupil_id = p.id and ct.user_id = $1
      where c.status = 'open' and c.holds and not c.approaching and not c.backfilled
      order by p.family_name desc, p.given_name desc, c.raised_on limit 1`,
    [kari.id],
  );
  if (!pick) return null;
  const actor: Actor = { userId: kari.id, ownerId: kari.owner_id, roles: [{ role: 'teacher', schoolId: kari.school_id }] };
  // Days counted from the Monday of the week before last, so the case opened on a school day and is well under way.
  const base = new Date(now.getTime() - 7 * DAY);
  base.setUTCDate(base.getUTCDate() - ((base.getUTCDay() + 6) % 7));
  const at = (days: number, hour: number) => {
    const d = new Date(base.getTime() + days * DAY);
    d.setUTCHours(hour - 1, 0, 0, 0);
    return d.toISOString();
  };
  const clockAt = (iso: string) => fixedClock(iso);
  const pupilName = `${pick.given_name} ${pick.family_name}`;
  const guardian = { name: `Foresatt til ${pick.given_name}`, role: 'guardians' as const };
  const teacher = { name: kari.name, role: 'contactTeacher' as const, userId: kari.id };
  const child = { name: pupilName, role: 'pupil' as const };
  const voice = { how: 'inPerson' as const, text: 'Jeg sover dårlig og gruer meg til gymtimene, særlig garderoben.' };

  const opened = await openCaseForPupil(database, clockAt(at(0, 8)), actor, pick.id, { from: { kind: 'concern', concernId: pick.concern_id } });
  const caseId = opened.caseId;
  await logContact(database, clockAt(at(0, 9)), actor, caseId, {
    at: at(0, 9), channel: 'phone', withWhom: [guardian], initiatedBy: 'school',
    summary: 'Ringte hjem om fraværet. Mor kjenner seg igjen og ønsker en samtale samme dag.', outcome: 'meetingAgreed', outcomeNote: 'Samtale på skolen kl. 14.',
  });
  await holdConversation(database, clockAt(at(0, 15)), actor, caseId, {
    at: at(0, 14), with: 'pupilAndGuardians', participants: [teacher, guardian, child], answers: [], pupilVoice: voice,
    minutes: `Vi snakket om fraværet siden høstferien. ${pick.given_name} sover dårlig og gruer seg til kroppsøving. Vi kartlegger årsakene og møtes igjen neste uke.`,
    nextSteps: 'Årsakskartlegging med eleven og foresatte hver for seg, møte om tiltak.',
  });
  await moveCase(database, clockAt(at(0, 15)), actor, caseId, { move: 'advance' });
  const detail = { subjects: [{ subject: 'Kroppsøving' }], teachers: [], situations: [{ situation: 'peChanging' as const }], otherSituations: [] };
  const pupilView: Omit<CauseMapping, 'id' | 'at'> = {
    perspective: 'pupil', detail,
    scores: { schoolFeelsHard: 40, fallingBehind: 10, otherActivity: 0, friendsAndBelonging: 20, mentalHealth: 30, physicalHealth: 10, sleep: 80, home: 0 },
  };
  await addMapping(database, clockAt(at(2, 10)), actor, caseId, { tool: 'causeMapping', mapping: { ...pupilView, at: at(2, 10) } });
  await addMapping(database, clockAt(at(2, 12)), actor, caseId, {
    tool: 'causeMapping',
    mapping: { at: at(2, 12), perspective: 'guardians', detail: { ...detail, situations: [] }, scores: { schoolFeelsHard: 30, fallingBehind: 20, otherActivity: 10, friendsAndBelonging: 10, mentalHealth: 20, physicalHealth: 20, sleep: 70, home: 10 } },
  });
  const meetingOn = at(3, 14).slice(0, 10);
  await planMeeting(database, clockAt(at(1, 10)), actor, caseId, {
    title: 'Møte om kartlegging og tiltak',
    invitation: { date: meetingOn, from: '14:00', to: '15:00', place: 'Møterommet', invited: [guardian, child], agenda: [{ title: 'Hva kartleggingen viser' }, { title: 'Tiltak hjemme og på skolen' }] },
  });
  const meetingRows = await database.query<{ id: string }>('select id from case_meetings where case_id = $1', [caseId]);
  await writeMinutes(database, clockAt(at(3, 16)), actor, caseId, meetingRows[0]!.id, {
    heldAt: at(3, 14), present: [teacher, guardian, child], absent: [],
    items: [
      { title: 'Hva kartleggingen viser', notes: 'Både eleven og foresatte peker på søvn; eleven også på garderoben før gym.' },
      { title: 'Tiltak hjemme og på skolen', notes: 'Kveldsrutiner hjemme, egen garderobe på skolen, plan B om morgenen.' },
    ],
    decisions: [{ text: 'Vi lager en samarbeidsavtale og evaluerer om tre uker.', responsible: kari.name }],
    pupilVoice: voice, writtenBy: teacher,
  });
  const suggested = suggestMeasures(getMeasureBank(), { causeMappings: [{ ...pupilView, id: 'demo', at: at(2, 10) }] }).slice(0, 3);
  const evaluationOn = new Date(now.getTime() + 11 * DAY).toISOString().slice(0, 10);
  await makeCaseAgreement(database, clockAt(at(3, 16)), actor, caseId, {
    content: {
      madeOn: meetingOn, present: [teacher, guardian, child],
      situation: `${pick.given_name} har hatt mye fravær siden høstferien, mest i kroppsøving og i første time.`,
      goal: `${pick.given_name} kommer på skolen hver dag, til alle timene.`,
      subGoals: ['Legger seg før klokka 23 på skoledager.', 'Er med i kroppsøving hver uke.'],
      measures: [
        ...suggested.map((s, i) => ({ id: `m${i + 1}`, party: s.measure.party, text: s.measure.title.nb, measureId: s.measure.id, responsible: s.measure.party === 'home' ? guardian.name : s.measure.party === 'pupil' ? pupilName : kari.name })),
        { id: 'plan-b', party: 'planB' as const, text: 'Foresatte ringer kontaktlærer før kl. 08 om morgenen går i stå; eleven kommer til andre time.', responsible: guardian.name },
      ],
      evaluationOn,
    },
  });
  return caseId;
}
