// A follow-up case end to end through the API on Lyngen's staircase: opened
// from a concern with its figures kept, a contact logged, a conversation with
// minutes and the pupil's voice, the step left, causes mapped with the pupil,
// an agreement from the measure bank, its PDF, an evaluation, closing and
// reopening. Who is refused (subject teacher, other owner, no second factor),
// bad input refused with nothing written, and an audit row for every read and write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildCalendar, buildClass, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildSubject, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, strongLogIn, TEST_NOW, type LoggedIn } from '../support/app.js';
import { fixedClock } from '../../src/server/clock.js';
import { getPreset } from '../../src/domain/rules/presets.js';
import type { CaseView } from '../../src/contracts/followup-api.js';
import type { DocumentModel } from '../../src/contracts/followup-documents.js';

const clock = fixedClock(TEST_NOW);
let database: TestDatabase;
let app: FastifyInstance;
const who = {} as Record<'contact' | 'subject' | 'lead' | 'stranger' | 'weak', LoggedIn>;
let pupilId: string;
let otherPupilId: string;
let concernId: string;
let caseId: string;
let leadId: string;

const get = (url: string, as: LoggedIn) => app.inject({ method: 'GET', url, headers: as.headers });
const post = (url: string, as: LoggedIn, payload: unknown) => app.inject({ method: 'POST', url, headers: as.headers, payload: payload as object });

async function insertConcern(ownerId: string, schoolId: string, pupil: string) {
  const [row] = await database.query<{ id: string }>(
    `insert into concerns (owner_id, school_id, pupil_id, key, rule_id, rule_name, policy_version, measure, level, approaching, comparison, threshold, value, base,
                           current_value, window_kind, window_from, window_to, window_until, evidence, notify, due_by, step, raised_on, evaluated_on)
     values ($1, $2, $3, 'ten-percent-term|term:2026-08-17', 'ten-percent-term', '10 % fravær i terminen', 1, 'absencePercent', 'concern', false, 'atLeast', 10, 12.5, 160,
             12.5, 'term', '2026-08-17', '2026-12-18', '2026-11-20', '{2026-11-02,2026-11-03}', '{contactTeacher}', '2026-11-23', '{"id":"samtale","number":1,"name":"Samtale"}', '2026-11-20', '2026-11-20')
     returning id`,
    [ownerId, schoolId, pupil],
  );
  return row!.id;
}

const auditCount = async (entity: string, action?: string) =>
  (await database.query<{ n: number }>(`select count(*)::int as n from audit_log where entity = $1 and pupil_id = $2 and ($3::text is null or action = $3)`, [entity, pupilId, action ?? null]))[0]!.n;

const pupilVoice = { how: 'inPerson', text: 'Jeg gruer meg til gymtimene og sover dårlig.' };

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  await database.query(`insert into owner_policies (owner_id, version, policy, based_on) values ($1, 1, $2::jsonb, 'lyngen')`, [owner.id, JSON.stringify(getPreset('lyngen'))]);
  const school = await buildSchool(database, owner.id);
  const year = await buildSchoolYear(database, school.id);
  await buildCalendar(database, year.id);
  const klass = await buildClass(database, school, year.id);
  const subject = await buildSubject(database, school.id);
  const ct = await buildUser(database, owner.id, { givenName: 'Kari', familyName: 'Larsen', roles: [{ role: 'teacher', schoolId: school.id }] });
  const st = await buildUser(database, owner.id, { givenName: 'Siri', familyName: 'Fag', roles: [{ role: 'teacher', schoolId: school.id }] });
  const lead = await buildUser(database, owner.id, { givenName: 'Hanne', familyName: 'Strand', roles: [{ role: 'leadership', schoolId: school.id }] });
  leadId = lead.id;
  await database.query(`insert into group_teachers (user_id, group_id, subject_id, valid_from) values ($1, $2, $3, '2026-08-17')`, [st.id, klass.id, subject.id]);
  const pupil = await buildPupil(database, school, { classId: klass.id, contactTeacherId: ct.id, givenName: 'Nora', familyName: 'Åsheim' });
  pupilId = pupil.id;
  otherPupilId = (await buildPupil(database, school, { classId: klass.id, givenName: 'Ola', familyName: 'Annen' })).id;
  concernId = await insertConcern(owner.id, school.id, pupil.id);
  const otherOwner = await buildOwner(database, { name: 'Annen kommune' });
  const otherSchool = await buildSchool(database, otherOwner.id, { name: 'Annen skole' });
  const stranger = await buildUser(database, otherOwner.id, { roles: [{ role: 'leadership', schoolId: otherSchool.id }] });

  ({ app } = await buildTestApp(database, { clock }));
  who.weak = await logIn(app, ct.email);
  who.contact = await strongLogIn(app, ct.email);
  who.subject = await strongLogIn(app, st.email);
  who.lead = await strongLogIn(app, lead.email);
  who.stranger = await strongLogIn(app, stranger.email);
});

afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

describe('a follow-up case through the API', () => {
  it('asks for a second factor before any follow-up data', async () => {
    const r = await post(`/api/pupils/${pupilId}/followup-cases`, who.weak, { from: { kind: 'concern', concernId } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('second_factor_required');
  });

  it('is opened from a concern by the contact teacher, keeping its figures, at the step the rule names', async () => {
    const r = await post(`/api/pupils/${pupilId}/followup-cases`, who.contact, { from: { kind: 'concern', concernId } });
    expect(r.statusCode).toBe(201);
    const view = r.json() as CaseView;
    caseId = view.id;
    expect(view.staircase.id).toBe('lyngen');
    expect(view.current?.stepId).toBe('samtale');
    expect(view.origin).toMatchObject({ kind: 'concern', concern: { rule: 'ten-percent-term', value: 12.5, threshold: 10, evidence: ['2026-11-02', '2026-11-03'] } });
    // Lyngen: the conversation with pupil and guardians the same day.
    expect(view.current?.deadlines[0]).toMatchObject({ deadlineId: 'samtale', dueOn: '2026-11-23', status: 'dueToday', missing: ['conversation', 'minutes'] });
    expect(view.members).toEqual([expect.objectContaining({ name: 'Kari Larsen', role: 'contactTeacher' })]);
    const [concern] = await database.query<{ status: string }>('select status from concerns where id = $1', [concernId]);
    expect(concern!.status).toBe('handled');
    expect(await auditCount('followup_case', 'create')).toBe(1);
    // The same concern again: already in the case.
    const again = await post(`/api/pupils/${pupilId}/followup-cases`, who.contact, { from: { kind: 'concern', concernId } });
    expect(again.statusCode).toBe(409);
  });

  it('is refused to a subject teacher, another owner and an unknown id, and listed for the contact teacher and leadership', async () => {
    expect((await get(`/api/followup-cases/${caseId}`, who.subject)).statusCode).toBe(403);
    expect((await get(`/api/followup-cases/${caseId}`, who.stranger)).statusCode).toBe(404);
    expect((await get(`/api/followup-cases/00000000-0000-4000-8000-000000000000`, who.contact)).statusCode).toBe(404);
    expect((await post(`/api/followup-cases/${caseId}/contacts`, who.subject, { at: TEST_NOW, channel: 'phone', withWhom: [{ name: 'Eva', role: 'guardians' }], initiatedBy: 'school', summary: 'x', outcome: 'noWorry' })).statusCode).toBe(403);
    expect((await get(`/api/pupils/${pupilId}/followup-cases`, who.subject)).statusCode).toBe(403);
    expect((await post(`/api/pupils/${otherPupilId}/followup-cases`, who.contact, { from: { kind: 'manual', reason: 'Bekymret' } })).statusCode).toBe(403);
    expect((await post(`/api/pupils/${otherPupilId}/followup-cases`, who.contact, { from: { kind: 'concern', concernId } })).statusCode).toBe(403);
    const mine = (await get('/api/my/followup-cases', who.contact)).json();
    expect(mine.cases.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const school = (await get(`/api/followup-cases/${caseId}`, who.lead)).json() as CaseView;
    expect(school.pupil.givenName).toBe('Nora');
    const listed = (await get(`/api/schools/${school.school.id}/followup-cases`, who.lead)).json();
    expect(listed.cases).toEqual([expect.objectContaining({ id: caseId, step: expect.objectContaining({ id: 'samtale' }), nextDue: '2026-11-23' })]);
    expect((await get(`/api/schools/${school.school.id}/followup-cases`, who.contact)).statusCode).toBe(403);
  });

  it('logs a contact, and refuses bad input with a translated message and nothing written', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: `/api/followup-cases/${caseId}/contacts`,
      headers: { ...who.contact.headers, 'accept-language': 'nb' },
      payload: { at: TEST_NOW, channel: 'fax', withWhom: [], initiatedBy: 'school', summary: '', outcome: 'noWorry' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['body.channel', 'body.withWhom', 'body.summary']));
    const before = await database.query<{ n: number }>('select count(*)::int as n from case_contacts');
    expect(before[0]!.n).toBe(0);
    // Before the case was opened: refused by the state machine, the record not kept.
    const early = await post(`/api/followup-cases/${caseId}/contacts`, who.contact, {
      at: '2026-11-01T10:00:00+01:00', channel: 'phone', withWhom: [{ name: 'Eva Åsheim', role: 'guardians' }], initiatedBy: 'school', summary: 'Ringte mor.', outcome: 'meetingAgreed',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Datoen er før saken ble opprettet.');
    expect((await database.query<{ n: number }>('select count(*)::int as n from case_contacts'))[0]!.n).toBe(0);

    const ok = await post(`/api/followup-cases/${caseId}/contacts`, who.contact, {
      at: '2026-11-23T09:30:00+01:00', channel: 'phone', withWhom: [{ name: 'Eva Åsheim', role: 'guardians' }], initiatedBy: 'school', summary: 'Ringte mor om fraværet.', outcome: 'meetingAgreed', outcomeNote: 'Samtale i dag kl. 14.',
    });
    expect(ok.statusCode).toBe(200);
    const view = ok.json() as CaseView;
    expect(view.contacts).toEqual([expect.objectContaining({ record: expect.objectContaining({ channel: 'phone', outcome: 'meetingAgreed' }), recordedBy: 'Kari Larsen' })]);
    expect(view.events.map((e) => e.event.type)).toEqual(['caseOpened', 'contactLogged']);
    expect(await auditCount('case_contact', 'create')).toBe(1);
  });

  it('will not leave the step before the conversation and its minutes, and then goes on', async () => {
    const early = await app.inject({ method: 'POST', url: `/api/followup-cases/${caseId}/moves`, headers: { ...who.contact.headers, 'accept-language': 'nb' }, payload: { move: 'advance' } });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/^Dette mangler før trinnet kan fullføres: .+, .+\.$/);
    expect(early.json().error.message).not.toContain('$t(');
    const talk = await post(`/api/followup-cases/${caseId}/conversations`, who.contact, {
      at: '2026-11-23T14:00:00+01:00',
      with: 'pupilAndGuardians',
      participants: [{ name: 'Kari Larsen', role: 'contactTeacher' }, { name: 'Eva Åsheim', role: 'guardians' }, { name: 'Nora Åsheim', role: 'pupil' }],
      answers: [],
      pupilVoice,
      minutes: 'Vi snakket om fraværet. Nora sover dårlig og gruer seg til gym.',
    });
    expect(talk.statusCode).toBe(200);
    expect((talk.json() as CaseView).conversations[0]!.record.pupilVoice).toEqual(pupilVoice);
    const moved = await post(`/api/followup-cases/${caseId}/moves`, who.contact, { move: 'advance' });
    expect(moved.statusCode).toBe(200);
    const view = moved.json() as CaseView;
    expect(view.current?.stepId).toBe('kartlegging');
    // Within a week of school: 23 November is a Monday, so the 30th.
    expect(view.current?.deadlines[0]).toMatchObject({ deadlineId: 'mote', dueOn: '2026-11-30', status: 'open' });
  });

  it('maps causes from the pupil’s view, suggests measures from it, and makes an agreement with one from the bank', async () => {
    const scores = { schoolFeelsHard: 20, fallingBehind: 10, otherActivity: 0, friendsAndBelonging: 10, mentalHealth: 30, physicalHealth: 0, sleep: 80, home: 0 };
    const mapped = await post(`/api/followup-cases/${caseId}/mappings`, who.contact, {
      tool: 'causeMapping',
      mapping: { at: '2026-11-23T14:30:00+01:00', perspective: 'pupil', scores, detail: { subjects: [{ subject: 'Kroppsøving' }], teachers: [], situations: [{ situation: 'peChanging' }], otherSituations: [] } },
    });
    expect(mapped.statusCode).toBe(200);
    expect((mapped.json() as CaseView).mappings.causeMappings[0]!.scores.sleep).toBe(80);
    const bad = await post(`/api/followup-cases/${caseId}/mappings`, who.contact, { tool: 'causeMapping', mapping: { at: TEST_NOW, perspective: 'pupil', scores: { ...scores, sleep: 120 }, detail: { subjects: [], teachers: [], situations: [], otherSituations: [] } } });
    expect(bad.statusCode).toBe(400);
    const suggestions = (await get(`/api/followup-cases/${caseId}/measure-suggestions`, who.contact)).json();
    expect(suggestions.measures.length).toBeGreaterThan(0);
    const sleep = suggestions.measures[0];
    const search = (await get(`/api/followup/measures?q=${encodeURIComponent('rutine')}`, who.contact)).json();
    expect(search.measures.length).toBeGreaterThan(0);

    const content = {
      madeOn: '2026-11-24',
      present: [{ name: 'Kari Larsen', role: 'contactTeacher' }, { name: 'Eva Åsheim', role: 'guardians' }, { name: 'Nora Åsheim', role: 'pupil' }],
      goal: 'Nora kommer på skolen hver dag, til alle timene.',
      subGoals: ['Nora sover før klokka 23.'],
      measures: [
        { id: 'm1', party: 'home', text: sleep.title.nb, measureId: sleep.id, responsible: 'Eva Åsheim', deadline: '2026-12-01' },
        { id: 'm2', party: 'school', text: 'Eget garderobe før gym.', responsible: 'Kari Larsen' },
        { id: 'm3', party: 'planB', text: 'Mor ringer kontaktlærer før 08.00.', responsible: 'Eva Åsheim' },
      ],
      evaluationOn: '2026-12-08',
      dayPlan: { rows: [{ from: '08:15', to: '09:00', where: 'Klasserommet', what: 'Norsk', responsible: 'Kari Larsen' }] },
    };
    const wrong = await post(`/api/followup-cases/${caseId}/agreements`, who.contact, { content: { ...content, evaluationOn: '2026-11-20' } });
    expect(wrong.statusCode).toBe(400);
    expect((await database.query<{ n: number }>('select count(*)::int as n from case_agreements'))[0]!.n).toBe(0);
    const made = await post(`/api/followup-cases/${caseId}/agreements`, who.contact, { content });
    expect(made.statusCode).toBe(200);
    const view = made.json() as CaseView;
    expect(view.agreements[0]!.versions.map((v) => v.kind)).toEqual(['made']);
    expect(view.agreements[0]!.versions[0]!.content.measures[0]!.measureId).toBe(sleep.id);
  });

  it('gives the agreement, the action plan and the minutes as PDF in bokmål, nynorsk and English, audited', async () => {
    const view = (await get(`/api/followup-cases/${caseId}`, who.contact)).json() as CaseView;
    const agreementId = view.agreements[0]!.id;
    for (const locale of ['nb', 'nn', 'en']) {
      const pdf = await get(`/api/followup-cases/${caseId}/documents/agreement?id=${agreementId}&locale=${locale}`, who.contact);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await get(`/api/followup-cases/${caseId}/documents/actionPlan`, who.contact)).statusCode).toBe(200);
    expect((await get(`/api/followup-cases/${caseId}/documents/conversationMinutes?id=${view.conversations[0]!.record.id}`, who.contact)).statusCode).toBe(200);
    expect((await get(`/api/followup-cases/${caseId}/documents/agreement`, who.contact)).statusCode).toBe(400);
    expect((await get(`/api/followup-cases/${caseId}/documents/agreement?id=${agreementId}`, who.subject)).statusCode).toBe(403);
    expect(await auditCount('case_document', 'export')).toBe(5);
  });

  it('plans a meeting, writes its minutes, and evaluates the agreement as a new version', async () => {
    const planned = await post(`/api/followup-cases/${caseId}/meetings`, who.contact, {
      title: 'Kartleggingsmøte',
      invitation: { date: '2026-11-24', from: '14:00', to: '15:00', place: 'Møterom 2', invited: [{ name: 'Eva Åsheim', role: 'guardians' }], agenda: [{ title: 'Hvordan har det gått?' }] },
    });
    expect(planned.statusCode).toBe(200);
    const meetingId = (planned.json() as CaseView).meetings[0]!.record.id;
    expect((await get(`/api/followup-cases/${caseId}/documents/invitation?id=${meetingId}&locale=nn`, who.contact)).statusCode).toBe(200);
    const minutes = {
      heldAt: '2026-11-24T14:00:00+01:00',
      present: [{ name: 'Eva Åsheim', role: 'guardians' }, { name: 'Kari Larsen', role: 'contactTeacher' }],
      absent: [],
      items: [{ title: 'Hvordan har det gått?', notes: 'Bedre med søvnen.' }],
      decisions: [{ text: 'Vi prøver tiltakene i to uker.' }],
      pupilVoice,
      writtenBy: { name: 'Kari Larsen', role: 'contactTeacher' },
    };
    expect((await post(`/api/followup-cases/${caseId}/meetings/${meetingId}/minutes`, who.contact, minutes)).statusCode).toBe(200);
    expect((await post(`/api/followup-cases/${caseId}/meetings/${meetingId}/minutes`, who.contact, minutes)).statusCode).toBe(409);
    expect((await get(`/api/followup-cases/${caseId}/documents/minutes?id=${meetingId}`, who.contact)).statusCode).toBe(200);

    const view = (await get(`/api/followup-cases/${caseId}`, who.contact)).json() as CaseView;
    const agreementId = view.agreements[0]!.id;
    const evaluation = {
      on: '2026-11-24',
      present: [{ name: 'Kari Larsen', role: 'contactTeacher' }],
      judgements: [
        { measureId: 'm1', carriedOut: 'yes', worked: 'yes' },
        { measureId: 'm2', carriedOut: 'partly', worked: 'unknown' },
        { measureId: 'm3', carriedOut: 'no', worked: 'unknown' },
      ],
      outcomes: ['continue'],
      pupilVoice,
    };
    const missingDate = await post(`/api/followup-cases/${caseId}/agreements/${agreementId}/evaluations`, who.contact, { evaluation });
    expect(missingDate.statusCode).toBe(400);
    const evaluated = await post(`/api/followup-cases/${caseId}/agreements/${agreementId}/evaluations`, who.contact, { evaluation, nextEvaluationOn: '2026-12-15' });
    expect(evaluated.statusCode).toBe(200);
    const after = evaluated.json() as CaseView;
    expect(after.agreements[0]!.versions.map((v) => [v.number, v.kind])).toEqual([[1, 'made'], [2, 'evaluated']]);
    expect(after.current?.missing).toEqual([]);
    expect(after.current?.suggested).toEqual(['stay']);
  });

  it('gives each letter as the print view draws it: the PDF\'s document model in the reader\'s language, audited as a read', async () => {
    const view = (await get(`/api/followup-cases/${caseId}`, who.contact)).json() as CaseView;
    const meetingId = view.meetings[0]!.record.id;
    const agreementId = view.agreements[0]!.id;
    const exports = await auditCount('case_document', 'export');
    const print = (query: string, as: LoggedIn = who.contact, language?: string) =>
      app.inject({ method: 'GET', url: `/api/followup-cases/${caseId}/documents/${query}`, headers: { ...as.headers, ...(language ? { 'accept-language': language } : {}) } });

    const invitation = await print(`invitation/print?id=${meetingId}`, who.contact, 'nn');
    expect(invitation.statusCode).toBe(200);
    expect(invitation.headers['cache-control']).toBe('private, no-store');
    const model = invitation.json() as DocumentModel;
    expect(model).toMatchObject({ kind: 'invitation', locale: 'nn', title: 'Invitasjon til møte om skulefråvær', subtitle: 'Kartleggingsmøte', letterhead: { marking: expect.stringMatching(/offl/) } });
    expect(model.footer.page).toBe('Side {page} av {pages}');
    expect(model.blocks).toContainEqual({ kind: 'list', ordered: true, items: ['Hvordan har det gått?'] });

    const minutes = (await print(`minutes/print?id=${meetingId}&locale=en`)).json() as DocumentModel;
    expect(minutes).toMatchObject({ kind: 'minutes', locale: 'en', title: 'Minutes of a meeting about school absence' });
    expect(minutes.blocks).toContainEqual(expect.objectContaining({ kind: 'signatures', lines: [{ label: 'Minutes taken by', name: 'Kari Larsen' }, { label: 'Guardians' }] }));

    const plan = (await print('actionPlan/print')).json() as DocumentModel;
    expect(plan).toMatchObject({ kind: 'actionPlan', locale: 'nb', title: 'Tiltaksplan ved bekymringsfullt skolefravær' });
    expect(plan.blocks.filter((b) => b.kind === 'signatures')).toHaveLength(1);

    const agreement = (await print(`agreement/print?id=${agreementId}&version=1`)).json() as DocumentModel;
    expect(agreement).toMatchObject({ kind: 'agreement', subtitle: 'Versjon 1' });
    expect(agreement.blocks.filter((b) => b.kind === 'signatures')).toHaveLength(1);

    const rows = await database.query<{ action: string; entity_id: string; details: { kind: string; format: string; locale: string } }>(
      `select action, entity_id, details from audit_log where entity = 'case_document' and pupil_id = $1 and details->>'format' = 'print' order by id`,
      [pupilId],
    );
    expect(rows.map((r) => [r.action, r.entity_id, r.details.kind, r.details.locale])).toEqual([
      ['read', meetingId, 'invitation', 'nn'],
      ['read', meetingId, 'minutes', 'en'],
      ['read', caseId, 'actionPlan', 'nb'],
      ['read', agreementId, 'agreement', 'nb'],
    ]);
    expect(await auditCount('case_document', 'export')).toBe(exports);

    // The same refusals as the PDF, and nothing audited for them.
    expect((await print(`agreement/print?id=${agreementId}`, who.subject)).statusCode).toBe(403);
    expect((await print('actionPlan/print', who.stranger)).statusCode).toBe(404);
    expect((await print('actionPlan/print', who.weak)).statusCode).toBe(403);
    expect((await print('invitation/print')).statusCode).toBe(400);
    expect((await print(`minutes/print?id=${agreementId}`)).statusCode).toBe(404);
    expect((await print(`agreement/print?id=${agreementId}&version=9`)).statusCode).toBe(404);
    expect((await print('letter/print')).statusCode).toBe(400);
    expect(await auditCount('case_document', 'read')).toBe(4);
  });

  it('gives a task to the leadership, closes with a reason and reopens', async () => {
    const task = await post(`/api/followup-cases/${caseId}/tasks`, who.contact, { title: 'Melde saken til ressursteamet', assigneeUserId: leadId, dueOn: '2026-11-27' });
    expect(task.statusCode).toBe(200);
    const taskId = (task.json() as CaseView).tasks[0]!.id;
    expect((await post(`/api/followup-cases/${caseId}/tasks/${taskId}/done`, who.lead, {})).statusCode).toBe(200);
    const noNote = await app.inject({ method: 'POST', url: `/api/followup-cases/${caseId}/close`, headers: { ...who.contact.headers, 'accept-language': 'en' }, payload: { reason: 'other' } });
    expect(noNote.statusCode).toBe(409);
    expect(noNote.json().error.message).toBe('Write why the case is closed.');
    const closed = await post(`/api/followup-cases/${caseId}/close`, who.contact, { reason: 'attendanceNormal' });
    expect(closed.statusCode).toBe(200);
    expect((closed.json() as CaseView).status).toBe('closed');
    const more = await post(`/api/followup-cases/${caseId}/contacts`, who.contact, { at: TEST_NOW, channel: 'phone', withWhom: [{ name: 'Eva', role: 'guardians' }], initiatedBy: 'home', summary: 'Mor ringte.', outcome: 'noWorry' });
    expect(more.statusCode).toBe(409);
    const reopened = await post(`/api/followup-cases/${caseId}/reopen`, who.lead, { note: 'Fraværet økte igjen.' });
    expect(reopened.statusCode).toBe(200);
    expect((reopened.json() as CaseView).status).toBe('open');
    const [row] = await database.query<{ status: string; closed_at: Date | null }>('select status, closed_at from followup_cases where id = $1', [caseId]);
    expect(row).toEqual({ status: 'open', closed_at: null });
  });

  it('keeps the log append-only and an audit row for every read and write', async () => {
    await expect(database.query('delete from case_events where case_id = $1', [caseId])).rejects.toThrow(/append-only/);
    const reads = await auditCount('followup_case', 'read');
    await get(`/api/followup-cases/${caseId}`, who.contact);
    expect(await auditCount('followup_case', 'read')).toBe(reads + 1);
    const rows = await database.query<{ entity: string; action: string }>(`select distinct entity, action from audit_log where pupil_id = $1 order by entity, action`, [pupilId]);
    expect(rows).toEqual(
      expect.arrayContaining([
        { entity: 'case_agreement', action: 'create' },
        { entity: 'case_agreement', action: 'update' },
        { entity: 'case_contact', action: 'create' },
        { entity: 'case_conversation', action: 'create' },
        { entity: 'case_mapping', action: 'create' },
        { entity: 'case_meeting', action: 'create' },
        { entity: 'case_meeting', action: 'update' },
        { entity: 'followup_case', action: 'update' },
      ]),
    );
  });
  // The three mapping tools as the case page's forms send them: blank parts and circles left out, one line one entry.
  it('keeps a scaling of the school day, tiltakssirkelen and the factors as the case page sends them, and refuses a score off the scale', async () => {
    const url = `/api/followup-cases/${caseId}/mappings`;
    const scaling = await post(url, who.contact, { tool: 'scaling', mapping: { at: TEST_NOW, perspective: 'pupil', items: [{ part: 'physicalEducation', score: 2 }, { label: 'Garderoben', score: 1 }] } });
    expect(scaling.statusCode).toBe(200);
    const circle = await post(url, who.contact, {
      tool: 'circle',
      mapping: { at: TEST_NOW, internal: false, circles: { peers: { resources: ['Har en venn i klassen'], risks: ['Alene i friminuttene'], measures: [{ text: 'Faste friminuttsaktiviteter' }] } } },
    });
    expect(circle.statusCode).toBe(200);
    const factors = await post(url, who.contact, {
      tool: 'factors',
      mapping: { at: TEST_NOW, perspective: 'school', triggering: [{ text: 'Bytte av klasse i høst', hypothesis: true }], maintaining: [{ text: 'Får lov å bli hjemme når magen verker', hypothesis: true }] },
    });
    expect(factors.statusCode).toBe(200);
    const view = factors.json() as CaseView;
    expect(view.mappings.scalings.at(-1)!.items).toEqual([{ part: 'physicalEducation', score: 2 }, { label: 'Garderoben', score: 1 }]);
    expect(view.mappings.circles.at(-1)!.circles.peers!.measures).toEqual([{ text: 'Faste friminuttsaktiviteter' }]);
    expect(view.mappings.factors.at(-1)!.maintaining[0]!.text).toBe('Får lov å bli hjemme når magen verker');
    const before = (await database.query<{ n: number }>('select count(*)::int as n from case_mappings'))[0]!.n;
    const off = await post(url, who.contact, { tool: 'scaling', mapping: { at: TEST_NOW, perspective: 'pupil', items: [{ part: 'breaks', score: 11 }] } });
    expect(off.statusCode).toBe(400);
    expect((await database.query<{ n: number }>('select count(*)::int as n from case_mappings'))[0]!.n).toBe(before);
  });

  it('gives the case with every record of it in the pupil’s access request (innsyn)', async () => {
    const response = await get(`/api/pupils/${pupilId}/export`, who.lead);
    expect(response.statusCode).toBe(200);
    const { sections } = response.json() as { sections: Record<string, Record<string, unknown>[]> };
    expect(sections.followupCases!.map((c) => c.id)).toEqual([caseId]);
    expect(sections.caseLog!.map((e) => e.type)).toEqual(expect.arrayContaining(['caseOpened', 'contactLogged', 'conversationHeld', 'agreementMade']));
    for (const section of ['caseContacts', 'caseConversations', 'caseMeetings', 'caseMappings', 'caseAgreements']) expect(sections[section]!.length, section).toBeGreaterThan(0);
    // The other pupil's case is not in it.
    expect(sections.caseLog!.every((e) => e.case_id === caseId)).toBe(true);
  });
});
