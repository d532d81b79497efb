// Retention (issue 7, point 6): the owner's administrator sets how long each
// record type is kept; the deletion job, with a fixed `now`, deletes what is
// older in bounded batches, keeps the rest and another owner's longer choice,
// writes what it deleted to the audit log, and deletes nothing more when run again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildClass, buildLesson, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildSubject, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';
import { deleteExpiredRecords } from '../../src/server/services/retention.js';

let database: TestDatabase;
let app: FastifyInstance;
const owners = {} as Record<'a' | 'b', string>;
const who = {} as Record<'admin' | 'teacher', LoggedIn>;
const NOW = new Date('2026-11-23T02:15:00Z');

async function buildOwnerWithNotices(key: 'a' | 'b') {
  const owner = await buildOwner(database, { name: `Eier ${key}` });
  owners[key] = owner.id;
  const school = await buildSchool(database, owner.id);
  const year = await buildSchoolYear(database, school.id, { name: '2024/25', startsOn: '2024-08-19', endsOn: '2025-06-20' });
  const classId = (await buildClass(database, school, year.id)).id;
  const teacher = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const admin = await buildUser(database, owner.id, { roles: [{ role: 'admin', schoolId: null }] });
  const pupil = await buildPupil(database, school, { classId, contactTeacherId: teacher.id });
  // Notices ending on these days; with 12 months the cutoff is 23 November 2025.
  for (const day of ['2025-09-01', '2025-10-01', '2025-11-01', '2025-11-21', '2025-11-22', '2025-11-23', '2026-03-01']) {
    await database.query(
      `insert into absence_notices (pupil_id, school_id, kind, from_date, to_date, reason_code, status, submitted_by)
       values ($1, $2, 'absence', $3, $3, 'health_self_reported', 'submitted', $4)`,
      [pupil.id, school.id, day, teacher.id],
    );
  }
  // One mark from three school years ago, one from this autumn.
  const subject = await buildSubject(database, school.id);
  for (const date of ['2023-09-01', '2026-09-01']) {
    const lesson = await buildLesson(database, { schoolId: school.id, groupId: classId, subjectId: subject.id, teacherId: teacher.id, date });
    await database.query(`insert into attendance_marks (lesson_id, pupil_id, school_id, date, status) values ($1, $2, $3, $4, 'F')`, [
      lesson.id,
      pupil.id,
      school.id,
      date,
    ]);
  }
  // Follow-up cases, kept 60 months from closing (cutoff 23 November 2021): one closed
  // in 2021, before the cutoff, with its log and an agreement; one closed in 2024; one
  // opened in 2019 and still open.
  for (const [opened, closed] of [['2020-01-06', '2021-06-18'], ['2023-09-04', '2024-03-01'], ['2019-09-02', null]] as const) {
    const [row] = await database.query<{ id: string }>(
      `insert into followup_cases (owner_id, school_id, pupil_id, staircase_id, staircase_version, staircase, status, current_step_id, opened_by, opened_at, closed_at)
       values ($1, $2, $3, 'lyngen', 1, '{}', $4, 'contact', $5, $6, $7) returning id`,
      [owner.id, school.id, pupil.id, closed ? 'closed' : 'open', teacher.id, opened, closed],
    );
    const caseId = row!.id;
    await database.query(
      `insert into case_events (case_id, seq, owner_id, event_id, type, at, recorded_by, payload) values ($1, 1, $2, 'e1', 'opened', $3, $4, '{}')`,
      [caseId, owner.id, opened, teacher.id],
    );
    const [agreement] = await database.query<{ id: string }>(
      `insert into case_agreements (case_id, owner_id, created_by) values ($1, $2, $3) returning id`,
      [caseId, owner.id, teacher.id],
    );
    await database.query(
      `insert into case_agreement_versions (agreement_id, number, owner_id, kind, content, created_by) values ($1, 1, $2, 'made', '{}', $3)`,
      [agreement!.id, owner.id, teacher.id],
    );
  }
  return { admin, teacher };
}

beforeAll(async () => {
  database = await openTestDatabase();
  const a = await buildOwnerWithNotices('a');
  const b = await buildOwnerWithNotices('b');
  ({ app } = await buildTestApp(database));
  who.admin = await logIn(app, a.admin.email);
  who.teacher = await logIn(app, a.teacher.email);
  await database.query(`update sessions set second_factor_at = now(), second_factor_method = 'totp' where user_id = $1`, [a.admin.id]);
  // Owner B keeps notices for 24 months.
  const bAdmin = await logIn(app, b.admin.email);
  await database.query(`update sessions set second_factor_at = now(), second_factor_method = 'totp' where user_id = $1`, [b.admin.id]);
  const set = await app.inject({ method: 'PUT', url: '/api/owner/retention', headers: bAdmin.headers, payload: { recordType: 'absence_notices', months: 24 } });
  expect(set.statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const noticeDays = async (ownerId: string) =>
  (
    await database.query<{ to_date: string }>(
      `select n.to_date from absence_notices n join schools s on s.id = n.school_id where s.owner_id = $1 order by n.to_date`,
      [ownerId],
    )
  ).map((r) => r.to_date);

describe('the owner’s retention', () => {
  it('lists every record type with its default for the administrator, and refuses a teacher', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/owner/retention', headers: who.admin.headers });
    expect(response.statusCode).toBe(200);
    const notices = (response.json() as { settings: { recordType: string; months: number }[] }).settings.find((s) => s.recordType === 'absence_notices');
    expect(notices?.months).toBe(12);
    expect((await app.inject({ method: 'GET', url: '/api/owner/retention', headers: who.teacher.headers })).statusCode).toBe(403);
  });

  it('refuses months outside the record type’s bounds and an unknown record type, with nothing saved', async () => {
    const short = await app.inject({ method: 'PUT', url: '/api/owner/retention', headers: who.admin.headers, payload: { recordType: 'absence_notices', months: 2 } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual([expect.objectContaining({ path: 'body.months', message: 'Velg et helt antall måneder mellom 6 og 60.' })]);
    const unknown = await app.inject({ method: 'PUT', url: '/api/owner/retention', headers: who.admin.headers, payload: { recordType: 'pupils', months: 12 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([expect.objectContaining({ path: 'body.recordType', message: 'Ukjent type opplysninger.' })]);
    const rows = await database.query('select 1 from owner_retention where owner_id = $1', [owners.a]);
    expect(rows).toEqual([]);
  });
});

describe('the nightly deletion', () => {
  it('deletes what is older than the retention, in batches, and keeps the rest', async () => {
    const summary = await deleteExpiredRecords(database, NOW, { batchSize: 2 });
    expect(await noticeDays(owners.a)).toEqual(['2025-11-23', '2026-03-01']);
    // Owner B keeps 24 months: nothing of theirs was old enough.
    expect((await noticeDays(owners.b)).length).toBe(7);
    expect(summary.find((s) => s.ownerId === owners.a && s.recordType === 'absence_notices')).toEqual({
      ownerId: owners.a,
      recordType: 'absence_notices',
      cutoff: '2025-11-23',
      deleted: 5,
    });
    // Marks are kept 36 months by default: the one from September 2023 went, this autumn's stays.
    const marks = await database.query<{ date: string }>(
      `select m.date from attendance_marks m join schools s on s.id = m.school_id where s.owner_id = $1`,
      [owners.a],
    );
    expect(marks.map((m) => m.date)).toEqual(['2026-09-01']);
  });

  it('writes to the audit log what it deleted, for each owner', async () => {
    const rows = await database.query<{ owner_id: string; entity: string; actor_role: string; details: { deleted: number } }>(
      `select owner_id, entity, actor_role, details from audit_log where reason = 'retention' order by owner_id, entity`,
    );
    expect(rows.filter((r) => r.owner_id === owners.a).map((r) => [r.entity, r.details.deleted])).toEqual([
      ['absence_notices', 5],
      ['attendance_marks', 1],
      ['followup_cases', 1],
    ]);
    expect(rows.every((r) => r.actor_role === 'system')).toBe(true);
  });

  it('deletes a closed follow-up case with all its records once its time is out, and keeps a later one and an open one however old', async () => {
    const cases = await database.query<{ opened_at: Date; status: string }>(
      `select opened_at, status from followup_cases where owner_id = $1 order by opened_at`,
      [owners.a],
    );
    expect(cases.map((c) => [c.opened_at.toISOString().slice(0, 10), c.status])).toEqual([
      ['2019-09-02', 'open'],
      ['2023-09-04', 'closed'],
    ]);
    const count = async (table: string) => (await database.query<{ n: number }>(`select count(*)::int as n from ${table} where owner_id = $1`, [owners.a]))[0]!.n;
    expect([await count('case_events'), await count('case_agreements'), await count('case_agreement_versions')]).toEqual([2, 2, 2]);
  });

  it('still refuses, outside the retention job, to delete or change a case’s log and its agreement versions', async () => {
    for (const statement of [
      'delete from case_events where owner_id = $1',
      'delete from case_agreement_versions where owner_id = $1',
      `update case_events set type = 'changed' where owner_id = $1`,
    ]) {
      await expect(database.query(statement, [owners.a])).rejects.toThrow(/append-only/);
    }
    expect((await database.query(`select 1 from case_events where owner_id = $1`, [owners.a])).length).toBe(2);
  });

  it('deletes nothing more when run again', async () => {
    const again = await deleteExpiredRecords(database, NOW, { batchSize: 2 });
    expect(again.filter((s) => s.ownerId === owners.a).reduce((n, s) => n + s.deleted, 0)).toBe(0);
    expect(await noticeDays(owners.a)).toEqual(['2025-11-23', '2026-03-01']);
  });
});
