// The upper-secondary limit end to end through the API: who sees a pupil's
// limit (and who is refused), documentation handed in with a file and decided
// by the contact teacher, complaints within the window, the principal's
// decision, and warnings: issued once, never to guardians once the pupil is 18,
// with the opening recorded.
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
import { buildTestApp, logIn, sessionCookie, TEST_NOW, type LoggedIn } from '../support/app.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { totpCodeAt } from '../../src/server/services/auth/totp-codes.js';
import { fixedClock } from '../../src/server/clock.js';
import { runUpperSecondaryDay } from '../../src/server/services/upper-secondary/daily.js';
import { jobDefinitions } from '../../src/server/jobs/definitions.js';
import { loadConfig } from '../../src/server/config.js';
import type { JobQueue } from '../../src/server/jobs/job-data.js';
import type { PupilLimits, Submission } from '../../src/contracts/upper-secondary.js';

const clock = fixedClock(TEST_NOW);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');

let database: TestDatabase;
let app: FastifyInstance;
let schoolId: string;
let subjectId: string;
const who = {} as Record<'contact' | 'subject' | 'other' | 'lead' | 'adult' | 'minor' | 'minorGuardian' | 'adultGuardian' | 'primaryLead', LoggedIn>;
const pupil = {} as Record<'adult' | 'minor' | 'other' | 'primary', string>;
/** The absent marks of each pupil, oldest first. */
const marks: Record<string, number[]> = {};

/** A multipart body as a browser sends it. */
function form(fields: [string, string][], file?: { name: string; type: string; content: Buffer }) {
  const boundary = '----naervaer-test-boundary';
  const parts: Buffer[] = fields.map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const get = (url: string, as: LoggedIn) => app.inject({ method: 'GET', url, headers: as.headers });
const send = (method: 'POST' | 'PUT', url: string, as: LoggedIn, payload: unknown) => app.inject({ method, url, headers: as.headers, payload: payload as object });
const upload = (as: LoggedIn, pupilId: string, fields: [string, string][], file?: { name: string; type: string; content: Buffer }) => {
  const body = form(fields, file);
  return app.inject({ method: 'POST', url: `/api/pupils/${pupilId}/documentation-submissions`, headers: { ...as.headers, 'content-type': body.contentType }, payload: body.payload });
};

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database, { name: 'Testfylket fylkeskommune', kind: 'county' });
  const school = await buildSchool(database, owner.id, { name: 'Testvik vgs', level: 'upper_secondary' });
  schoolId = school.id;
  const year = await buildSchoolYear(database, school.id);
  await buildCalendar(database, year.id);
  const classId = (await buildClass(database, school, year.id, { name: '2STA', grade: 12 })).id;
  // 20 annual hours: 10 % is 120 minutes, less than three lessons of 45 minutes.
  subjectId = (await buildSubject(database, school.id, { code: 'NOR1212', name: 'Norsk', annualHours: 20 })).id;
  const ct = await buildUser(database, owner.id, { givenName: 'Jonas', familyName: 'Haugen', roles: [{ role: 'teacher', schoolId }] });
  const st = await buildUser(database, owner.id, { givenName: 'Siri', familyName: 'Fag', roles: [{ role: 'teacher', schoolId }] });
  const other = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId }] });
  const lead = await buildUser(database, owner.id, { givenName: 'Hanne', familyName: 'Strand', roles: [{ role: 'leadership', schoolId }] });
  await database.query(`insert into group_teachers (user_id, group_id, subject_id, valid_from) values ($1, $2, $3, '2026-08-17')`, [st.id, classId, subjectId]);

  const adult = await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Vilde', familyName: 'Voksen', birthDate: '2008-01-10', email: 'vilde@elev.test' });
  const minor = await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Mina', familyName: 'Mindre', birthDate: '2010-05-01', email: 'mina@elev.test' });
  const other18 = await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Ola', familyName: 'Annen', birthDate: '2008-02-01' });
  pupil.adult = adult.id;
  pupil.minor = minor.id;
  pupil.other = other18.id;
  const adultUser = await buildUser(database, owner.id, { pupilId: adult.id, email: 'vilde.login@test.example', roles: [{ role: 'pupil', schoolId }] });
  const minorUser = await buildUser(database, owner.id, { pupilId: minor.id, email: 'mina.login@test.example', roles: [{ role: 'pupil', schoolId }] });
  const minorGuardian = await buildGuardian(database, minor);
  const adultGuardian = await buildGuardian(database, adult);

  // Twelve lessons from 2 to 18 November; both pupils absent from four, undocumented: 180 minutes, 15 %.
  const days = ['2026-10-01', '2026-11-02', '2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
  const absentOn = new Set(['2026-10-01', '2026-11-16', '2026-11-17', '2026-11-18']);
  for (const date of days) {
    const lesson = await buildLesson(database, { schoolId, groupId: classId, subjectId, teacherId: st.id, date, period: 1, startsAt: '08:15', endsAt: '09:00', status: 'held' });
    for (const id of [adult.id, minor.id, other18.id]) {
      const status = absentOn.has(date) && id !== other18.id ? 'F' : 'M';
      const [row] = await database.query<{ id: number }>(
        `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status) values ($1, $2, $3, $4, $5) returning id`,
        [lesson.id, id, schoolId, date, status],
      );
      if (status === 'F') (marks[id] ??= []).push(row!.id);
    }
  }
  // A pupil of a grunnskole of the same owner, for the refusal.
  const primary = await buildSchool(database, owner.id, { name: 'Testvik skole', level: 'primary_lower' });
  pupil.primary = (await buildPupil(database, primary)).id;
  const primaryLead = await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: primary.id }] });

  ({ app } = await buildTestApp(database, { clock, env: { PUBLIC_URL: 'https://naervaer.test' } }));
  who.contact = await logIn(app, ct.email);
  who.subject = await logIn(app, st.email);
  who.other = await logIn(app, other.email);
  who.lead = await logIn(app, lead.email);
  who.adult = await logIn(app, adultUser.email);
  who.minor = await logIn(app, minorUser.email);
  who.minorGuardian = await logIn(app, minorGuardian.user.email);
  who.adultGuardian = await logIn(app, adultGuardian.user.email);
  who.primaryLead = await logIn(app, primaryLead.email);
});

afterAll(async () => {
  await app.close();
  await database.dispose();
});

describe('the limit per subject, and who sees it', () => {
  it('shows the pupil their own subject against its annual hours, with the lesson that crossed 10 % marked', async () => {
    const response = await get(`/api/pupils/${pupil.adult}/limits`, who.adult);
    expect(response.statusCode).toBe(200);
    const body = response.json() as PupilLimits;
    expect(body.viewer.relation).toBe('self');
    const [nor] = body.subjects;
    expect(nor).toMatchObject({ subjectCode: 'NOR1212', annualHours: 20, zone: 'discretion', counted: { lessons: 4, hours: 3 } });
    expect(nor!.percent).toBeCloseTo(15, 6);
    expect(nor!.left.beforeLimit.hours).toBe(0);
    expect(nor!.left.beforeDiscretion.hours).toBe(0);
    expect(nor!.crossed.limit).toEqual({ date: '2026-11-17', period: 1 });
    expect(nor!.absences.filter((a) => a.crossedLimit).map((a) => a.date)).toEqual(['2026-11-17']);
    // 1 October is past its deadline and its complaint window; the November lessons are within both.
    const october = nor!.absences.find((a) => a.date === '2026-10-01')!;
    expect(october).toMatchObject({ documentableUntil: null, contestableUntil: null });
    expect(nor!.absences.find((a) => a.date === '2026-11-18')!.documentableUntil).not.toBeNull();
  });

  it('shows the guardians of a pupil under 18, and not those of a pupil of 18', async () => {
    expect((await get(`/api/pupils/${pupil.minor}/limits`, who.minorGuardian)).statusCode).toBe(200);
    expect((await get(`/api/pupils/${pupil.adult}/limits`, who.adultGuardian)).statusCode).toBe(404);
    expect((await get('/api/my/limit-pupils', who.adultGuardian)).json()).toEqual({ pupils: [] });
  });

  it('refuses another pupil, an unrelated teacher and a pupil outside upper secondary', async () => {
    expect((await get(`/api/pupils/${pupil.other}/limits`, who.adult)).statusCode).toBe(403);
    expect((await get(`/api/pupils/${pupil.adult}/limits`, who.other)).statusCode).toBe(403);
    expect((await get(`/api/pupils/${pupil.primary}/limits`, who.primaryLead)).statusCode).toBe(409);
  });

  it('shows the subject teacher the figures without the reasons or the documentation handed in', async () => {
    const body = (await get(`/api/pupils/${pupil.adult}/limits`, who.subject)).json() as PupilLimits;
    expect(body.viewer).toMatchObject({ relation: 'staff', seesReasons: false, contactTeacher: false });
    expect(body.subjects[0]!.taughtByViewer).toBe(true);
    expect(body.higherHealthRisk).toBeNull();
    expect(body.submissions).toEqual([]);
  });

  it('logs every read', async () => {
    const rows = await database.query<{ n: number }>(`select count(*)::int as n from audit_log where entity = 'absence_limit' and pupil_id = $1`, [pupil.adult]);
    expect(rows[0]!.n).toBeGreaterThanOrEqual(2);
  });
});

describe('documentation handed in from the portal', () => {
  let submission: Submission;

  it('refuses a file that is not a PDF or an image, whatever it claims to be', async () => {
    const r = await upload(who.adult, pupil.adult, [['reasonCode', 'health_medical_note'], ['markIds', String(marks[pupil.adult]![3])]], { name: 'lege.pdf', type: 'application/pdf', content: Buffer.from('<html>not a pdf</html>') });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0]).toMatchObject({ path: 'file' });
  });

  it('refuses a file over 5 MB, no file, a wrong reason and a lesson past its deadline', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const mark = String(marks[pupil.adult]![3]);
    expect((await upload(who.adult, pupil.adult, [['reasonCode', 'health_medical_note'], ['markIds', mark]], { name: 'stor.pdf', type: 'application/pdf', content: big })).json().error.fields[0].message).toMatch(/5 MB/);
    expect((await upload(who.adult, pupil.adult, [['reasonCode', 'health_medical_note'], ['markIds', mark]])).statusCode).toBe(400);
    expect((await upload(who.adult, pupil.adult, [['reasonCode', 'leave_granted'], ['markIds', mark]], { name: 'a.pdf', type: 'application/pdf', content: PDF })).statusCode).toBe(400);
    const late = await upload(who.adult, pupil.adult, [['reasonCode', 'health_medical_note'], ['markIds', String(marks[pupil.adult]![0])]], { name: 'a.pdf', type: 'application/pdf', content: PDF });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields[0].message).toMatch(/[Ff]risten/);
    // JSON is not a form.
    expect((await send('POST', `/api/pupils/${pupil.adult}/documentation-submissions`, who.adult, { reasonCode: 'health_medical_note' })).statusCode).toBe(400);
    const nothing = await database.query<{ n: number }>('select count(*)::int as n from documentation_submissions');
    expect(nothing[0]!.n).toBe(0);
  });

  it('refuses a pupil handing in for someone else, and staff', async () => {
    const fields: [string, string][] = [['reasonCode', 'health_medical_note'], ['markIds', String(marks[pupil.minor]![3])]];
    expect((await upload(who.adult, pupil.minor, fields, { name: 'a.pdf', type: 'application/pdf', content: PDF })).statusCode).toBe(403);
    expect((await upload(who.contact, pupil.minor, fields, { name: 'a.pdf', type: 'application/pdf', content: PDF })).statusCode).toBe(403);
  });

  it('takes a PDF for two absent lessons, and shows it waiting', async () => {
    const r = await upload(who.adult, pupil.adult, [['reasonCode', 'health_medical_note'], ['markIds', String(marks[pupil.adult]![2])], ['markIds', String(marks[pupil.adult]![3])]], { name: 'legeerklæring.pdf', type: 'application/pdf', content: PDF });
    expect(r.statusCode).toBe(201);
    submission = r.json() as Submission;
    expect(submission).toMatchObject({ status: 'submitted', reasonCode: 'health_medical_note', file: { name: 'legeerklæring.pdf', contentType: 'application/pdf' } });
    expect(submission.lessons.map((l) => l.date)).toEqual(['2026-11-17', '2026-11-18']);
    const again = await upload(who.adult, pupil.adult, [['reasonCode', 'health_medical_note'], ['markIds', String(marks[pupil.adult]![3])]], { name: 'b.png', type: 'image/png', content: PNG });
    expect(again.statusCode).toBe(400);
    const limits = (await get(`/api/pupils/${pupil.adult}/limits`, who.adult)).json() as PupilLimits;
    expect(limits.subjects[0]!.absences.filter((a) => a.pending === 'submission')).toHaveLength(2);
  });

  it('gives the file to the pupil and the contact teacher, never to the subject teacher', async () => {
    const own = await get(`/api/documentation-submissions/${submission.id}/file`, who.adult);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.rawPayload.equals(PDF)).toBe(true);
    expect((await get(`/api/documentation-submissions/${submission.id}/file`, who.contact)).statusCode).toBe(200);
    expect((await get(`/api/documentation-submissions/${submission.id}/file`, who.subject)).statusCode).toBe(403);
    expect((await get(`/api/documentation-submissions/${submission.id}/file`, who.minor)).statusCode).toBe(403);
  });

  it('lets the contact teacher accept: the marks are documented with the reason, and the history keeps the change', async () => {
    expect((await get('/api/documentation-submissions?status=submitted', who.contact)).json().submissions).toHaveLength(1);
    expect((await send('POST', `/api/documentation-submissions/${submission.id}/decision`, who.subject, { decision: 'accepted' })).statusCode).toBe(403);
    const r = await send('POST', `/api/documentation-submissions/${submission.id}/decision`, who.contact, { decision: 'accepted' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'accepted', decidedBy: 'Jonas Haugen' });
    const rows = await database.query<{ documentation: string; reason_code: string }>('select documentation, reason_code from attendance_marks where id = any($1::bigint[])', [[marks[pupil.adult]![2], marks[pupil.adult]![3]]]);
    expect(rows.every((m) => m.documentation === 'documented' && m.reason_code === 'health_medical_note')).toBe(true);
    const history = await database.query<{ n: number }>('select count(*)::int as n from attendance_mark_history where mark_id = any($1::bigint[])', [[marks[pupil.adult]![2], marks[pupil.adult]![3]]]);
    expect(history[0]!.n).toBe(2);
    expect((await send('POST', `/api/documentation-submissions/${submission.id}/decision`, who.contact, { decision: 'rejected', reason: 'Nei' })).statusCode).toBe(409);
    // Documented health absence past 10 % no longer counts: the pupil is back at 10 %.
    const limits = (await get(`/api/pupils/${pupil.adult}/limits`, who.adult)).json() as PupilLimits;
    expect(limits.subjects[0]!.percent).toBeCloseTo(10, 6);
    expect(limits.subjects[0]!.zone).toBe('within');
  });

  it('needs a reason to reject', async () => {
    const r = await upload(who.minorGuardian, pupil.minor, [['reasonCode', 'driving_test'], ['markIds', String(marks[pupil.minor]![3])]], { name: 'foto.png', type: 'image/png', content: PNG });
    expect(r.statusCode).toBe(201);
    const id = (r.json() as Submission).id;
    expect((await send('POST', `/api/documentation-submissions/${id}/decision`, who.contact, { decision: 'rejected' })).statusCode).toBe(400);
    const rejected = await send('POST', `/api/documentation-submissions/${id}/decision`, who.contact, { decision: 'rejected', reason: 'Bildet er ikke lesbart.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: 'Bildet er ikke lesbart.' });
  });
});

describe('contesting a recorded absence', () => {
  it('is refused after the window, and for another pupil', async () => {
    const late = await send('POST', `/api/pupils/${pupil.minor}/mark-complaints`, who.minor, { markId: marks[pupil.minor]![0], claim: 'present', explanation: 'Jeg var der.' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('complaint_window_closed');
    expect((await send('POST', `/api/pupils/${pupil.minor}/mark-complaints`, who.adult, { markId: marks[pupil.minor]![1], claim: 'present', explanation: 'x' })).statusCode).toBe(403);
    expect((await send('POST', `/api/pupils/${pupil.minor}/mark-complaints`, who.minor, { markId: marks[pupil.adult]![1], claim: 'present', explanation: 'x' })).statusCode).toBe(404);
    expect((await send('POST', `/api/pupils/${pupil.minor}/mark-complaints`, who.minor, { markId: marks[pupil.minor]![1], claim: 'late', explanation: 'x' })).statusCode).toBe(400);
  });

  it('lets the subject teacher correct the mark, keeping the old one in its history', async () => {
    const r = await send('POST', `/api/pupils/${pupil.minor}/mark-complaints`, who.minor, { markId: marks[pupil.minor]![1], claim: 'late', minutesLate: 10, explanation: 'Jeg kom ti minutter for sent, ikke borte.' });
    expect(r.statusCode).toBe(201);
    const id = r.json().id as string;
    expect((await send('POST', `/api/pupils/${pupil.minor}/mark-complaints`, who.minor, { markId: marks[pupil.minor]![1], claim: 'present', explanation: 'igjen' })).statusCode).toBe(409);
    expect((await get('/api/mark-complaints?status=submitted', who.subject)).json().complaints).toHaveLength(1);
    expect((await get('/api/mark-complaints?status=submitted', who.other)).json().complaints).toHaveLength(0);
    expect((await send('POST', `/api/mark-complaints/${id}/decision`, who.other, { decision: 'accepted' })).statusCode).toBe(403);
    expect((await send('POST', `/api/mark-complaints/${id}/decision`, who.subject, { decision: 'accepted' })).json()).toMatchObject({ status: 'accepted' });
    const [mark] = await database.query<{ status: string; minutes_late: number }>('select status, minutes_late from attendance_marks where id = $1', [marks[pupil.minor]![1]]);
    expect(mark).toEqual({ status: 'S', minutes_late: 10 });
    const [history] = await database.query<{ old_status: string; new_status: string }>('select old_status, new_status from attendance_mark_history where mark_id = $1', [marks[pupil.minor]![1]]);
    expect(history).toEqual({ old_status: 'F', new_status: 'S' });
    // The lesson's history shows the change and the request that led to it.
    const lessonHistory = (await get(`/api/lessons/${r.json().lessonId}/history`, who.subject)).json();
    expect(lessonHistory.entries).toEqual([expect.objectContaining({ pupilId: pupil.minor, from: expect.objectContaining({ status: 'F' }), to: expect.objectContaining({ status: 'S', minutesLate: 10 }), changedBy: expect.objectContaining({ name: 'Siri Fag' }) })]);
    expect(lessonHistory.corrections).toEqual([expect.objectContaining({ pupilId: pupil.minor, claim: 'late', status: 'accepted', decidedBy: 'Siri Fag' })]);
  });
});

describe('the higher risk of health absence', () => {
  it('is recorded by the contact teacher only with a second factor, and hidden from the subject teacher', async () => {
    expect((await send('PUT', `/api/pupils/${pupil.minor}/higher-health-risk`, who.contact, { higherHealthRisk: true })).json().error.code).toBe('second_factor_required');
    const started = await send('POST', '/api/auth/totp/enrolment', who.contact, { password: TEST_PASSWORD });
    const { secret } = started.json() as { secret: string };
    const confirmed = await send('POST', '/api/auth/totp/enrolment/confirm', who.contact, { code: totpCodeAt(secret, clock.now()) });
    const cookie = sessionCookie(confirmed);
    const csrfToken = (confirmed.json() as { csrfToken: string }).csrfToken;
    const strong: LoggedIn = { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
    expect((await send('PUT', `/api/pupils/${pupil.minor}/higher-health-risk`, strong, { higherHealthRisk: true })).statusCode).toBe(200);
    expect(((await get(`/api/pupils/${pupil.minor}/limits`, strong)).json() as PupilLimits).higherHealthRisk).toBe(true);
    expect(((await get(`/api/pupils/${pupil.minor}/limits`, who.minor)).json() as PupilLimits).higherHealthRisk).toBe(true);
    expect(((await get(`/api/pupils/${pupil.minor}/limits`, who.subject)).json() as PupilLimits).higherHealthRisk).toBeNull();
    const rows = await database.query<{ recorded_by: string }>('select recorded_by from pupil_health_risks where pupil_id = $1 and ended_at is null', [pupil.minor]);
    expect(rows).toHaveLength(1);
    expect((await send('PUT', `/api/pupils/${pupil.minor}/higher-health-risk`, strong, { higherHealthRisk: false })).statusCode).toBe(200);
    const audited = await database.query<{ n: number }>(`select count(*)::int as n from audit_log where entity = 'higher_health_risk' and pupil_id = $1`, [pupil.minor]);
    expect(audited[0]!.n).toBe(2);
    who.contact = strong;
  });
});

describe("the principal's discretion", () => {
  it('is recorded by the leadership with grounds and shown to the subject teacher', async () => {
    const body = { subjectId, decision: 'grade_allowed', grounds: 'Langvarig sykdom i familien; eleven har levert alt arbeid.' };
    expect((await send('POST', `/api/pupils/${pupil.minor}/discretion-decisions`, who.subject, body)).statusCode).toBe(403);
    expect((await send('POST', `/api/pupils/${pupil.minor}/discretion-decisions`, who.lead, { ...body, grounds: '' })).statusCode).toBe(400);
    expect((await send('POST', `/api/pupils/${pupil.minor}/discretion-decisions`, who.lead, body)).statusCode).toBe(201);
    const seen = (await get(`/api/pupils/${pupil.minor}/limits`, who.subject)).json() as PupilLimits;
    expect(seen.subjects[0]!.discretion).toMatchObject({ decision: 'grade_allowed', grounds: body.grounds, decidedBy: 'Hanne Strand' });
  });
});

describe('warnings', () => {
  it('go out once, from the daily job: to the pupil of 18 alone, and to the pupil and guardians under 18', async () => {
    const queued: string[] = [];
    const queue: JobQueue = {
      send: async () => undefined,
      sendMany: async (name, items) => {
        if (name === 'send-email') queued.push(...items.map((i) => (i as { notificationId: string }).notificationId));
      },
    };
    const config = loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: 'https://naervaer.test' });
    const first = (await jobDefinitions['upper-secondary-daily'].handler({}, { database, clock, config, mailer: null, queue })) as { warnings: number; reminders: number };
    expect(first.warnings).toBeGreaterThan(0);
    // Every e-mail the job wrote is handed to the queue to send.
    const pending = await database.query<{ id: string }>(`select id from notifications where kind in ('limit_warning', 'documentation_reminder') and status = 'pending'`);
    expect(new Set(queued)).toEqual(new Set(pending.map((p) => p.id)));
    const again = await runUpperSecondaryDay(database, clock, 'https://naervaer.test');
    expect(again.warnings).toBe(0);
    const letters = await database.query<{ pupil_id: string; recipient_kind: string; n: number }>(
      `select pupil_id, recipient_kind, count(*)::int as n from notifications where kind = 'limit_warning' group by pupil_id, recipient_kind`,
    );
    const of = (id: string, kind: string) => letters.find((l) => l.pupil_id === id && l.recipient_kind === kind)?.n ?? 0;
    expect(of(pupil.adult, 'guardian')).toBe(0);
    expect(of(pupil.adult, 'pupil')).toBeGreaterThan(0);
    expect(of(pupil.minor, 'guardian')).toBe(of(pupil.minor, 'pupil'));
    const unique = await database.query<{ n: number }>(`select count(*)::int as n from (select warning_id, recipient_key from notifications where kind = 'limit_warning' group by 1, 2 having count(*) > 1) d`);
    expect(unique[0]!.n).toBe(0);
  });

  it('are followed by documentation reminders, at most one a week', async () => {
    const reminders = await database.query<{ pupil_id: string; recipient_kind: string; n: number; body: string }>(
      `select pupil_id, recipient_kind, count(*)::int as n, min(body) as body from notifications where kind = 'documentation_reminder' group by 1, 2`,
    );
    const adult = reminders.find((r) => r.pupil_id === pupil.adult && r.recipient_kind === 'pupil');
    expect(adult?.n).toBe(1);
    expect(adult?.body).toMatch(/16\. november 2026/);
    expect(reminders.some((r) => r.pupil_id === pupil.adult && r.recipient_kind === 'guardian')).toBe(false);
  });

  it('record the opening by the link in the e-mail', async () => {
    const [row] = await database.query<{ body: string; warning_id: string }>(`select body, warning_id from notifications where kind = 'limit_warning' and recipient_kind = 'pupil' and pupil_id = $1 limit 1`, [pupil.minor]);
    const token = /https:\/\/naervaer\.test\/api\/warnings\/open\/([A-Za-z0-9_-]+)/.exec(row!.body)![1]!;
    const r = await app.inject({ method: 'GET', url: `/api/warnings/open/${token}` });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/mitt-fravaer?varsel=${row!.warning_id}`);
    const limits = (await get(`/api/pupils/${pupil.minor}/limits`, who.minor)).json() as PupilLimits;
    const warning = limits.warnings.find((w) => w.id === row!.warning_id)!;
    expect(warning.deliveries.find((d) => d.recipientKind === 'pupil')!.openedAt).not.toBeNull();
    expect(warning.deliveries.find((d) => d.recipientKind === 'guardian')!.openedAt).toBeNull();
  });

  it('give the letter as PDF to the guardian, which records their opening', async () => {
    const limits = (await get(`/api/pupils/${pupil.minor}/limits`, who.minorGuardian)).json() as PupilLimits;
    const warning = limits.warnings[0]!;
    const pdf = await get(`/api/warnings/${warning.id}/pdf`, who.minorGuardian);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const after = (await get(`/api/pupils/${pupil.minor}/limits`, who.minorGuardian)).json() as PupilLimits;
    expect(after.warnings.find((w) => w.id === warning.id)!.deliveries.find((d) => d.recipientKind === 'guardian')!.openedAt).not.toBeNull();
    expect((await get(`/api/warnings/${warning.id}/pdf`, who.adult)).statusCode).toBe(403);
  });

  it('show the leadership who was warned, and refuse others the overview', async () => {
    const r = await get(`/api/schools/${schoolId}/limit-warnings`, who.lead);
    expect(r.statusCode).toBe(200);
    const rows = r.json().rows as { pupil: { id: string }; state: string }[];
    expect(rows.map((x) => x.pupil.id)).toEqual(expect.arrayContaining([pupil.adult, pupil.minor]));
    expect(rows.some((x) => x.state === 'missing')).toBe(false);
    expect((await get(`/api/schools/${schoolId}/limit-warnings`, who.contact)).statusCode).toBe(403);
    expect((await send('POST', `/api/schools/${schoolId}/limit-warnings`, who.lead, { pupilId: pupil.adult, subjectId })).statusCode).toBe(409);
  });
});
