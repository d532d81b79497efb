// The rules are judged again whenever the marks change, whoever changed them,
// and every night for everyone: a concern that no longer holds says so, and a
// stricter policy raises concerns without a single new mark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildCalendar, buildClass, buildLesson, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildSubject, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, TEST_NOW, type LoggedIn } from '../support/app.js';
import { fixedClock } from '../../src/server/clock.js';
import { evaluateChanged, evaluateEveryone } from '../../src/server/services/rule-evaluation.js';

const clock = fixedClock(TEST_NOW);
const TODAY = '2026-11-23';
const rule = (id: string, body: Record<string, unknown>) => ({
  id, name: id, comparison: 'atLeast', trigger: { level: 'concern', notify: ['contactTeacher'], actWithin: { schoolDays: 2 } }, ...body,
});
const policy = (threshold: number) => ({
  id: 'testvik', version: 1, name: 'Testvik', source: { title: 'Rutine', publisher: 'Testvik kommune' },
  rules: [
    rule('no-notice-day', { measure: 'noNotice', window: { kind: 'schoolDay' }, threshold: 1 }),
    rule('lessons-term', { measure: 'absentLessons', window: { kind: 'term' }, threshold }),
  ],
});

let database: TestDatabase;
let app: FastifyInstance;
let teacher: LoggedIn;
let admin: LoggedIn;
let pupilId: string;
let lateLesson: () => Promise<void>;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id);
  const year = await buildSchoolYear(database, school.id);
  await buildCalendar(database, year.id);
  const klass = await buildClass(database, school, year.id);
  const subject = await buildSubject(database, school.id);
  const t = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const a = await buildUser(database, owner.id, { roles: [{ role: 'admin', schoolId: null }] });
  pupilId = (await buildPupil(database, school, { classId: klass.id, contactTeacherId: t.id })).id;
  ({ app } = await buildTestApp(database));
  teacher = await logIn(app, t.email);
  admin = await logIn(app, a.email);
  expect((await app.inject({ method: 'PUT', url: '/api/owner/policy', headers: admin.headers, payload: { policy: policy(5) } })).statusCode).toBe(200);
  // Two absent lessons today, registered by the teacher.
  for (const period of [1, 2]) {
    const lesson = await buildLesson(database, {
      schoolId: school.id, groupId: klass.id, subjectId: subject.id, teacherId: t.id, date: TODAY, period,
      startsAt: period === 1 ? '08:00' : '08:45', endsAt: period === 1 ? '08:45' : '09:30', status: 'planned',
    });
    const response = await app.inject({
      method: 'PUT', url: `/api/lessons/${lesson.id}/registration`, headers: teacher.headers,
      payload: { version: 0, held: true, marks: [{ pupilId, status: 'F' }] },
    });
    expect(response.statusCode).toBe(200);
  }
  // Absence in September, registered only now (an import, a late registration).
  lateLesson = async () => {
    const lesson = await buildLesson(database, {
      schoolId: school.id, groupId: klass.id, subjectId: subject.id, teacherId: t.id, date: '2026-09-15', period: 1, status: 'held',
    });
    await database.query(
      `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status, documentation) values ($1, $2, $3, '2026-09-15', 'F', 'undocumented')`,
      [lesson.id, pupilId, school.id],
    );
  };
});
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

const holding = async () =>
  (await database.query<{ rule_id: string; holds: boolean }>('select rule_id, holds from concerns order by rule_id, holds')).map((c) => `${c.rule_id}:${c.holds}`);

describe('judging again', () => {
  it('judges the pupils whose marks changed, found by the change itself', async () => {
    expect(await evaluateChanged(database, clock)).toBe(1);
    expect(await holding()).toEqual(['no-notice-day:true']);
    expect(await evaluateChanged(database, clock)).toBe(0);
  });

  it('keeps a concern on record but no longer holding once the absence is documented', async () => {
    const week = (await app.inject({ method: 'GET', url: `/api/my/contact-pupils/week?date=${TODAY}`, headers: teacher.headers })).json();
    const markIds = week.pupils[0].absences.map((a: { markId: number }) => a.markId);
    const documented = await app.inject({
      method: 'POST', url: '/api/marks/documentation', headers: teacher.headers,
      payload: { markIds, documentation: 'documented', reasonCode: 'health_medical_note' },
    });
    expect(documented.statusCode).toBe(200);
    // The documentation service knows nothing of the rules: the change itself queues the pupil.
    expect(await evaluateChanged(database, clock)).toBe(1);
    expect(await holding()).toEqual(['no-notice-day:false']);
    const mine = (await app.inject({ method: 'GET', url: '/api/my/concerns', headers: teacher.headers })).json();
    expect(mine.pupils).toEqual([]);
  });

  it('keeps a concern about old absence on record, but asks nobody to act and tells nobody', async () => {
    const notificationsBefore = (await database.query('select id from notifications')).length;
    await lateLesson();
    expect(await evaluateChanged(database, clock)).toBe(1);
    const [late] = await database.query<{ backfilled: boolean; holds: boolean }>(
      `select backfilled, holds from concerns where rule_id = 'no-notice-day' and window_from = '2026-09-15'`,
    );
    expect(late).toEqual({ backfilled: true, holds: true });
    expect((await database.query('select id from notifications')).length).toBe(notificationsBefore);
    const mine = (await app.inject({ method: 'GET', url: '/api/my/concerns', headers: teacher.headers })).json();
    expect(mine.pupils).toEqual([]);
    const page = (await app.inject({ method: 'GET', url: `/api/pupils/${pupilId}/concerns`, headers: teacher.headers })).json();
    expect(page.concerns.filter((c: { backfilled: boolean }) => c.backfilled)).toHaveLength(1);
  });

  it('raises at night what a stricter policy finds, without a new mark', async () => {
    expect((await app.inject({ method: 'PUT', url: '/api/owner/policy', headers: admin.headers, payload: { policy: policy(2) } })).statusCode).toBe(200);
    expect(await evaluateChanged(database, clock)).toBe(0);
    const night = await evaluateEveryone(database, clock);
    expect(night).toMatchObject({ pupils: 1, raised: 1 });
    expect(await holding()).toEqual(['lessons-term:true', 'no-notice-day:false', 'no-notice-day:true']);
    const [concern] = await database.query<{ policy_version: number; value: number }>(`select policy_version, value from concerns where rule_id = 'lessons-term'`);
    expect(concern).toEqual({ policy_version: 2, value: 3 });
    // A second night changes nothing.
    expect(await evaluateEveryone(database, clock)).toMatchObject({ pupils: 1, raised: 0 });
  });
});
