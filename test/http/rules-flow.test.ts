// From a registration to a guardian's inbox, through the real job queue and a
// real SMTP server: the rule is evaluated after the registration, the concern
// is raised once, and the letter reaches whoever the law says, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import {
  buildCalendar,
  buildClass,
  buildGuardian,
  buildLesson,
  buildOwner,
  buildPupil,
  buildSchool,
  buildSchoolYear,
  buildSubject,
  buildUser,
} from '../support/factories.js';
import { buildTestApp, logIn, TEST_NOW, type LoggedIn } from '../support/app.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { startJobs, type Jobs } from '../../src/server/jobs/queue.js';
import { createMailer, type Mailer } from '../../src/server/mail/mailer.js';
import { loadConfig } from '../../src/server/config.js';
import { fixedClock } from '../../src/server/clock.js';
import { evaluatePupils } from '../../src/server/services/rule-evaluation.js';
import { sendNotificationEmail } from '../../src/server/services/outgoing-email.js';

const clock = fixedClock(TEST_NOW);
const TODAY = '2026-11-23';

/** A policy written as an administrator would from docs/policies.md: tell the home the same day of absence without notice. */
const POLICY = {
  id: 'testvik',
  version: 1,
  name: 'Testvik kommune: fravær uten melding',
  source: { title: 'Testvik kommunes rutine', publisher: 'Testvik kommune' },
  rules: [
    {
      id: 'no-notice-same-day',
      name: 'Fravær uten melding fra hjemmet',
      measure: 'noNotice',
      window: { kind: 'schoolDay' },
      comparison: 'atLeast',
      threshold: 1,
      trigger: { level: 'notice', notify: ['contactTeacher', 'guardians'], actWithin: 'sameDay' },
    },
  ],
};

let database: TestDatabase;
let app: FastifyInstance;
let smtp: TestSmtp;
let mailer: Mailer;
let jobs: Jobs;
let teacher: LoggedIn;
let admin: LoggedIn;
let lead: LoggedIn;
let schoolId: string;
let classId: string;
let subjectId: string;
let teacherId: string;
let adminName: string;
const pupils: Record<string, { id: string }> = {};
const guardians: Record<string, string> = {};

const quietLog = { info: () => undefined, warn: () => undefined, error: (o: object) => console.error(o) };

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database, { name: 'Testvik kommune' });
  const school = await buildSchool(database, owner.id, { name: 'Testvik skole' });
  schoolId = school.id;
  const year = await buildSchoolYear(database, school.id);
  await buildCalendar(database, year.id);
  classId = (await buildClass(database, school, year.id)).id;
  subjectId = (await buildSubject(database, school.id)).id;
  const t = await buildUser(database, owner.id, { givenName: 'Kari', familyName: 'Larsen', roles: [{ role: 'teacher', schoolId }] });
  teacherId = t.id;
  const a = await buildUser(database, owner.id, { givenName: 'Per', familyName: 'Dahl', roles: [{ role: 'admin', schoolId: null }] });
  adminName = `${a.givenName} ${a.familyName}`;
  const l = await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId }] });
  pupils.ola = await buildPupil(database, school, { classId, contactTeacherId: t.id, givenName: 'Ola', familyName: 'Nordmann', birthDate: '2013-02-01' });
  pupils.kari = await buildPupil(database, school, {
    classId, contactTeacherId: t.id, givenName: 'Kari', familyName: 'Voksen', birthDate: '2007-03-01', email: 'kari.voksen@elev.example',
  });
  pupils.per = await buildPupil(database, school, { classId, contactTeacherId: t.id, givenName: 'Per', familyName: 'Skjermet', birthDate: '2012-06-01', protectedAddress: true });
  guardians.olaWith = (await buildGuardian(database, pupils.ola as never, { email: 'mor.ola@hjem.example' })).guardian.email!;
  guardians.olaWithout = (await buildGuardian(database, pupils.ola as never, { email: 'far.ola@hjem.example', parentalResponsibility: false })).guardian.email!;
  guardians.kari = (await buildGuardian(database, pupils.kari as never, { email: 'mor.kari@hjem.example' })).guardian.email!;
  guardians.per = (await buildGuardian(database, pupils.per as never, { email: 'mor.per@hjem.example' })).guardian.email!;

  smtp = await startTestSmtp();
  const config = loadConfig({ LOG_LEVEL: 'silent', SMTP_URL: smtp.url, MAIL_FROM: 'Nærvær <ikke-svar@testvik.example>' });
  mailer = createMailer(config)!;
  jobs = await startJobs(database, { database, clock, config, mailer }, quietLog);
  ({ app } = await buildTestApp(database, { jobs, env: { SMTP_URL: smtp.url } }));
  teacher = await logIn(app, t.email);
  admin = await logIn(app, a.email);
  lead = await logIn(app, l.email);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await jobs?.stop();
  mailer?.close();
  await smtp?.close();
  await database?.dispose();
});

async function register(lessonId: number, absent: string[]) {
  const loaded = (await app.inject({ method: 'GET', url: `/api/lessons/${lessonId}/registration`, headers: teacher.headers })).json();
  const response = await app.inject({
    method: 'PUT',
    url: `/api/lessons/${lessonId}/registration`,
    headers: { ...teacher.headers, 'idempotency-key': `registration-${lessonId}-${loaded.version}` },
    payload: { version: loaded.version, held: true, marks: absent.map((pupilId) => ({ pupilId, status: 'F' })) },
  });
  expect(response.statusCode, response.body).toBe(200);
}

const recipients = () => smtp.messages.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a?.value.map((v) => v.address) ?? [])).flat();

describe('the owner’s rules', () => {
  it('are saved as a version when valid, and not at all when not', async () => {
    const bad = await app.inject({
      method: 'PUT', url: '/api/owner/policy', headers: admin.headers,
      payload: { policy: { ...POLICY, rules: [{ ...POLICY.rules[0], threshhold: 1 }] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain('policy.rules[0].threshhold');
    expect((await app.inject({ method: 'GET', url: '/api/owner/policy', headers: admin.headers })).json().versions).toEqual([]);

    const saved = await app.inject({ method: 'PUT', url: '/api/owner/policy', headers: admin.headers, payload: { policy: POLICY, note: 'Første versjon' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(1);
    expect(saved.json().savedBy).toBe(adminName);
    const audit = await database.query<{ action: string }>(`select action from audit_log where entity = 'owner_policy'`);
    expect(audit).toEqual([{ action: 'update' }]);
  });

  it('may be changed by the administrator only', async () => {
    const response = await app.inject({ method: 'PUT', url: '/api/owner/policy', headers: teacher.headers, payload: { policy: POLICY } });
    expect(response.statusCode).toBe(403);
  });
});

describe('a registration with absence', () => {
  it('raises the concern and e-mails the home: guardians with parental responsibility under 18, the pupil from 18', async () => {
    const lesson = await buildLesson(database, { schoolId, groupId: classId, subjectId, teacherId, date: TODAY, period: 1, status: 'planned' });
    await register(lesson.id, [pupils.ola!.id, pupils.kari!.id, pupils.per!.id]);
    await smtp.waitFor(3);
    expect(recipients().sort()).toEqual([guardians.olaWith, guardians.per, 'kari.voksen@elev.example'].sort());
    // Never a guardian without parental responsibility, never the guardians of a pupil of 18.
    expect(recipients()).not.toContain(guardians.olaWithout);
    expect(recipients()).not.toContain(guardians.kari);
  });

  it('writes to the adult pupil as «du», and names the school and the contact teacher', () => {
    const toKari = smtp.messages.find((m) => JSON.stringify(m.to).includes('kari.voksen'))!;
    expect(toKari.subject).toBe('Fraværet ditt');
    expect(toKari.text).toContain('Hei, Kari');
    expect(toKari.text).toContain('Kari Larsen, kontaktlærer ved Testvik skole');
    expect(toKari.from?.value[0]?.name).toBe('Testvik skole');
  });

  it('leaves the school, the class and the staff out of the letter about a pupil with a protected address', () => {
    const toPer = smtp.messages.find((m) => JSON.stringify(m.to).includes('mor.per'))!;
    expect(toPer.text).not.toContain('Testvik skole');
    expect(toPer.text).not.toContain('Kari Larsen');
    expect(toPer.text).not.toContain('8A');
    expect(toPer.text).toContain('Testvik kommune');
    expect(toPer.from?.value[0]?.name).toBe('Testvik kommune');
  });

  it('tells the contact teacher in the app, and shows the concern in «Mine elever»', async () => {
    const notes = (await app.inject({ method: 'GET', url: '/api/my/notifications', headers: teacher.headers })).json().notifications;
    expect(notes).toHaveLength(3);
    const response = await app.inject({ method: 'GET', url: '/api/my/concerns', headers: teacher.headers });
    expect(response.statusCode, response.body).toBe(200);
    const mine = response.json();
    expect(mine.pupils.map((p: { pupil: { givenName: string } }) => p.pupil.givenName).sort()).toEqual(['Kari', 'Ola', 'Per']);
    const concern = mine.pupils[0].concerns[0];
    expect(concern).toMatchObject({ rule: { id: 'no-notice-same-day' }, value: 1, dueBy: TODAY, evidence: [TODAY], status: 'open' });
  });

  it('raises nothing again for the same day, however often the day is registered', async () => {
    const lesson = await buildLesson(database, { schoolId, groupId: classId, subjectId, teacherId, date: TODAY, period: 2, startsAt: '08:45', endsAt: '09:30', status: 'planned' });
    await register(lesson.id, [pupils.ola!.id, pupils.kari!.id]);
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.messages).toHaveLength(3);
    const concerns = await database.query<{ n: number; value: number }>(`select count(*)::int as n, max(current_value) as value from concerns`);
    expect(concerns[0]).toEqual({ n: 3, value: 2 });
  });

  it('lists in the outbox what was sent and who was told in the app', async () => {
    const outbox = (await app.inject({ method: 'GET', url: `/api/schools/${schoolId}/outbox`, headers: lead.headers })).json();
    expect(outbox.mailServer).toBe(true);
    const emails = outbox.entries.filter((e: { channel: string }) => e.channel === 'email');
    expect(emails.map((e: { status: string }) => e.status)).toEqual(['sent', 'sent', 'sent']);
    expect(emails.find((e: { pupil: { givenName: string } }) => e.pupil.givenName === 'Per').neutral).toBe(true);
    // The administrator's outbox spans the owner's schools: each entry names its school.
    expect(new Set(outbox.entries.map((e: { school: { name: string } }) => e.school.name))).toEqual(new Set(['Testvik skole']));
    const owners = (await app.inject({ method: 'GET', url: '/api/owner/outbox', headers: admin.headers })).json();
    expect(owners.entries).toHaveLength(outbox.entries.length);
    expect(owners.entries[0].school).toEqual({ id: schoolId, name: 'Testvik skole' });
    expect(outbox.entries.filter((e: { channel: string }) => e.channel === 'app')).toHaveLength(3);
    expect((await app.inject({ method: 'GET', url: `/api/schools/${schoolId}/outbox`, headers: teacher.headers })).statusCode).toBe(403);
  });
});

describe('an e-mail the mail server refuses', () => {
  it('is tried again later, and then sent once, never twice', async () => {
    await jobs.stop();
    const pupil = await buildPupil(database, { id: schoolId, ownerId: (await database.query<{ owner_id: string }>('select owner_id from schools where id = $1', [schoolId]))[0]!.owner_id }, {
      classId, contactTeacherId: teacherId, givenName: 'Siv', familyName: 'Sen', birthDate: '2013-09-09',
    });
    const guardian = (await buildGuardian(database, pupil, { email: 'mor.siv@hjem.example' })).guardian.email!;
    const lesson = await buildLesson(database, { schoolId, groupId: classId, subjectId, teacherId, date: TODAY, period: 3, startsAt: '08:50', endsAt: '09:35', status: 'planned' });
    await register(lesson.id, [pupil.id]);
    const { emails } = await evaluatePupils(database, clock, [pupil.id]);
    expect(emails).toHaveLength(1);
    const before = smtp.messages.length;

    smtp.refusing = true;
    expect(await sendNotificationEmail(database, clock, mailer, emails[0]!, 'testvik.example')).toBe('retry');
    const [waiting] = await database.query<{ status: string; attempts: number; last_error: string }>('select status, attempts, last_error from notifications where id = $1', [emails[0]]);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting!.last_error).toContain('451');

    smtp.refusing = false;
    expect(await sendNotificationEmail(database, clock, mailer, emails[0]!, 'testvik.example')).toBe('sent');
    expect(await sendNotificationEmail(database, clock, mailer, emails[0]!, 'testvik.example')).toBe('skipped');
    expect(smtp.messages.length - before).toBe(1);
    expect(JSON.stringify(smtp.messages[smtp.messages.length - 1]!.to)).toContain(guardian);
    // Evaluating again raises nothing new and queues no e-mail.
    expect((await evaluatePupils(database, clock, [pupil.id])).emails).toEqual([]);
  });
});
