// Consent in a follow-up case (issue 7, point 4): the contact teacher records
// the family's consent to interdisciplinary collaboration; an outside service
// on the case's team (PPT here) reads the case only while a consent in force
// names its service, never writes in it, and loses access the moment the
// consent is withdrawn. A refusal gives nothing; bad input writes nothing;
// every read and write is audited with why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildCalendar, buildClass, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildUser } from '../support/factories.js';
import { buildTestApp, strongLogIn, TEST_NOW, type LoggedIn } from '../support/app.js';
import { fixedClock } from '../../src/server/clock.js';
import type { CaseView } from '../../src/contracts/followup-api.js';
import type { NewConsent } from '../../src/contracts/followup-consent.js';

const clock = fixedClock(TEST_NOW);
let database: TestDatabase;
let app: FastifyInstance;
const who = {} as Record<'contact' | 'ppt' | 'bup', LoggedIn>;
const ids = {} as Record<'pupil' | 'case' | 'ppt' | 'bup' | 'subject', string>;

const get = (url: string, as: LoggedIn) => app.inject({ method: 'GET', url, headers: as.headers });
const post = (url: string, as: LoggedIn, payload: unknown) => app.inject({ method: 'POST', url, headers: as.headers, payload: payload as object });

const consent = (overrides: Partial<NewConsent> = {}): NewConsent => ({
  services: [{ service: 'school' }, { service: 'ppt', detail: 'PPT Fjordvik' }],
  information: ['school', 'assessments'],
  decision: 'given',
  givenBy: [{ name: 'Eva Åsheim', as: 'guardian' }],
  givenOn: TEST_NOW.slice(0, 10),
  collectedBy: { name: 'Kari Larsen', workplace: 'Fjordvik skole' },
  ...overrides,
});

const caseUrl = () => `/api/followup-cases/${ids.case}`;
const consentRows = async () => (await database.query<{ n: number }>('select count(*)::int as n from case_consents'))[0]!.n;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id);
  const year = await buildSchoolYear(database, school.id);
  await buildCalendar(database, year.id);
  const klass = await buildClass(database, school, year.id);
  const ct = await buildUser(database, owner.id, { givenName: 'Kari', familyName: 'Larsen', roles: [{ role: 'teacher', schoolId: school.id }] });
  const ppt = await buildUser(database, owner.id, { givenName: 'Per', familyName: 'Pedagog', roles: [{ role: 'outside_service', schoolId: null }] });
  const bup = await buildUser(database, owner.id, { givenName: 'Bente', familyName: 'Barnepsykolog', roles: [{ role: 'outside_service', schoolId: null }] });
  const subject = await buildUser(database, owner.id, { givenName: 'Siri', familyName: 'Fag', roles: [{ role: 'teacher', schoolId: school.id }] });
  ids.ppt = ppt.id;
  ids.bup = bup.id;
  ids.subject = subject.id;
  ids.pupil = (await buildPupil(database, school, { classId: klass.id, contactTeacherId: ct.id, givenName: 'Nora', familyName: 'Åsheim' })).id;
  ({ app } = await buildTestApp(database, { clock }));
  who.contact = await strongLogIn(app, ct.email);
  who.ppt = await strongLogIn(app, ppt.email);
  who.bup = await strongLogIn(app, bup.email);
  const opened = await post(`/api/pupils/${ids.pupil}/followup-cases`, who.contact, { from: { kind: 'manual', reason: 'Nora har hatt mye fravær i oktober; Kari Larsen har ringt hjem.' } });
  expect(opened.statusCode).toBe(201);
  ids.case = (opened.json() as CaseView).id;
});

afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

describe('consent and the outside services', () => {
  it('puts outside services on the team with their service, and refuses a staff member as one or an outside service without a service', async () => {
    for (const [userId, service] of [[ids.ppt, 'ppt'], [ids.bup, 'bup']] as const) {
      expect((await post(`${caseUrl()}/members`, who.contact, { userId, role: 'outsideService', service })).statusCode).toBe(200);
    }
    const notOutside = await post(`${caseUrl()}/members`, who.contact, { userId: ids.subject, role: 'outsideService', service: 'ppt' });
    expect(notOutside.statusCode).toBe(400);
    expect(notOutside.json().error.fields[0]).toMatchObject({ path: 'body.userId', message: 'Personen er ikke registrert som tjeneste utenfor skolen hos skoleeieren.' });
    const noService = await post(`${caseUrl()}/members`, who.contact, { userId: ids.ppt, role: 'outsideService' });
    expect(noService.statusCode).toBe(400);
    const view = (await get(caseUrl(), who.contact)).json() as CaseView;
    expect(view.members.filter((m) => m.role === 'outsideService').map((m) => m.service).sort()).toEqual(['bup', 'ppt']);
    expect(view.outsideServices.map((s) => s.name).sort()).toEqual(['Bente Barnepsykolog', 'Per Pedagog']);
  });

  it('shows an outside service nothing before a consent names it', async () => {
    expect((await get(caseUrl(), who.ppt)).statusCode).toBe(403);
    expect(((await get('/api/my/followup-cases', who.ppt)).json() as { cases: unknown[] }).cases).toEqual([]);
  });

  it('refuses a consent with no service, no information, no one giving it or a service twice, with nothing written', async () => {
    for (const bad of [
      consent({ services: [] }),
      consent({ information: [] }),
      consent({ givenBy: [] }),
      consent({ services: [{ service: 'ppt' }, { service: 'ppt' }] }),
      { ...consent(), decision: 'maybe' },
      { ...consent(), givenOn: '2026-13-01' },
    ]) {
      const response = await post(`${caseUrl()}/consents`, who.contact, bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect(await consentRows()).toBe(0);
  });

  it('does not let a refusal open the case to anyone', async () => {
    const refused = await post(`${caseUrl()}/consents`, who.contact, consent({ decision: 'refused' }));
    expect(refused.statusCode).toBe(200);
    expect((refused.json() as CaseView).consents[0]).toMatchObject({ inForce: false, consent: { decision: 'refused' } });
    expect((await get(caseUrl(), who.ppt)).statusCode).toBe(403);
  });

  it('lets the service a consent names read the case, and only that service, and never write in it', async () => {
    const given = await post(`${caseUrl()}/consents`, who.contact, consent());
    expect(given.statusCode).toBe(200);
    const stored = (given.json() as CaseView).consents.find((c) => c.consent.decision === 'given')!;
    expect(stored).toMatchObject({ inForce: true, recordedBy: 'Kari Larsen' });
    expect((given.json() as CaseView).events.map((e) => e.event.type)).toContain('consentRecorded');

    const read = await get(caseUrl(), who.ppt);
    expect(read.statusCode).toBe(200);
    const view = read.json() as CaseView;
    expect(view.mayWrite).toBe(false);
    expect(view.staff).toEqual([]);
    expect(((await get('/api/my/followup-cases', who.ppt)).json() as { cases: { id: string }[] }).cases.map((c) => c.id)).toEqual([ids.case]);
    // BUP is on the team, but the consent does not name it.
    expect((await get(caseUrl(), who.bup)).statusCode).toBe(403);

    const write = await post(`${caseUrl()}/contacts`, who.ppt, { at: TEST_NOW, channel: 'phone', withWhom: [{ name: 'Eva', role: 'guardians' }], initiatedBy: 'school', summary: 'Ringte', outcome: 'followUp' });
    expect(write.statusCode).toBe(403);
    const audited = await database.query<{ reason: string }>(
      `select distinct reason from audit_log where actor_id = $1 and entity = 'followup_case' and action = 'read' and pupil_id = $2 order by reason`,
      [ids.ppt, ids.pupil],
    );
    expect(audited.map((a) => a.reason)).toEqual(['consent', 'my_cases']);
  });

  it('gives the consent form as PDF', async () => {
    const view = (await get(caseUrl(), who.contact)).json() as CaseView;
    const id = view.consents.find((c) => c.inForce)!.consent.id;
    const pdf = await get(`${caseUrl()}/documents/consent?id=${id}&locale=nn`, who.contact);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives, for a consultation without consent, the case with no name, class or school in it', async () => {
    const response = await get(`${caseUrl()}/documents/anonymousSummary/print`, who.contact);
    expect(response.statusCode).toBe(200);
    const text = JSON.stringify(response.json());
    for (const name of ['Nora', 'Åsheim', 'Kari', 'Larsen', 'Testvik skole', '8A']) expect(text).not.toContain(name);
    expect(text).toContain('[eleven] har hatt mye fravær i oktober; [ansatt] har ringt hjem.');
    expect(text).toContain('Sammendrag til anonym drøfting');
  });

  it('takes the access away at once when the consent is withdrawn, and refuses to withdraw it twice', async () => {
    const view = (await get(caseUrl(), who.contact)).json() as CaseView;
    const id = view.consents.find((c) => c.inForce)!.consent.id;
    expect((await post(`${caseUrl()}/consents/${id}/withdraw`, who.ppt, {})).statusCode).toBe(403);
    const withdrawn = await post(`${caseUrl()}/consents/${id}/withdraw`, who.contact, {});
    expect(withdrawn.statusCode).toBe(200);
    expect((withdrawn.json() as CaseView).consents.find((c) => c.consent.id === id)).toMatchObject({
      inForce: false,
      withdrawnBy: 'Kari Larsen',
      consent: { withdrawnOn: TEST_NOW.slice(0, 10) },
    });
    expect((await get(caseUrl(), who.ppt)).statusCode).toBe(403);
    const again = await post(`${caseUrl()}/consents/${id}/withdraw`, who.contact, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Samtykket er allerede trukket tilbake, eller det ble ikke gitt.');
    const audits = await database.query<{ action: string; reason: string }>(
      `select action, reason from audit_log where entity = 'case_consent' and pupil_id = $1 order by at, action`,
      [ids.pupil],
    );
    expect(audits.map((a) => a.action)).toEqual(['create', 'create', 'update']);
    expect(audits.every((a) => a.reason === 'contact_teacher')).toBe(true);
  });

  it('keeps a consent’s record: its content is never changed, only withdrawn', async () => {
    const rows = await database.query<{ decision: string; withdrawn_on: string | null }>(
      'select decision, withdrawn_on::text as withdrawn_on from case_consents order by created_at',
    );
    expect(rows).toEqual([
      { decision: 'refused', withdrawn_on: null },
      { decision: 'given', withdrawn_on: TEST_NOW.slice(0, 10) },
    ]);
  });
});
