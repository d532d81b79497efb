// The school view and the class view read the same pupils' years; on random
// marks written straight into attendance_marks (so the triggers, not the
// registration service, list the stale days) both must agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildClass, buildLesson, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildSubject, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';

let database: TestDatabase;
let app: FastifyInstance;
let lead: LoggedIn;
let teacher: LoggedIn;
let schoolId: string;
let classId: string;

const markArb = fc.record({
  status: fc.constantFrom('M', 'M', 'M', 'M', 'F', 'F', 'S', 'O'),
  documentation: fc.constantFrom('undocumented', 'reported', 'documented'),
  minutes: fc.integer({ min: 1, max: 30 }),
});

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id, { level: 'upper_secondary' });
  schoolId = school.id;
  const year = await buildSchoolYear(database, school.id);
  await database.query(`insert into terms (school_year_id, name, kind, starts_on, ends_on) values ($1, 'Høst', 'autumn', '2026-08-17', '2026-12-18')`, [year.id]);
  classId = (await buildClass(database, school, year.id)).id;
  const subjects = [
    (await buildSubject(database, school.id, { code: 'NOR', name: 'Norsk' })).id,
    (await buildSubject(database, school.id, { code: 'MAT', name: 'Matte' })).id,
    (await buildSubject(database, school.id, { code: 'ENG', name: 'Engelsk' })).id,
  ];
  const ct = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const ld = await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: school.id }] });
  const pupils: string[] = [];
  for (let i = 0; i < 8; i++) pupils.push((await buildPupil(database, school, { classId, contactTeacherId: ct.id, familyName: `P${i}` })).id);
  const days = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10', '2026-11-11'];
  const marks = fc.sample(markArb, { seed: 42, numRuns: days.length * 4 * pupils.length });
  let k = 0;
  for (const date of days) {
    for (let period = 1; period <= 4; period++) {
      const status = period === 4 && date === '2026-11-05' ? 'not_held' : 'held';
      const lesson = await buildLesson(database, {
        schoolId, groupId: classId, subjectId: subjects[period % 3]!, teacherId: ct.id, date, period,
        startsAt: `${String(7 + period).padStart(2, '0')}:00`, endsAt: `${String(7 + period).padStart(2, '0')}:45`, status,
      });
      for (const pupil of pupils) {
        // Some pupils are absent whole days, so whole-day figures are exercised too.
        const m = marks[k++]!;
        const wholeDayAbsent = (pupil === pupils[0] && date <= '2026-11-03') || (pupil === pupils[1] && date === '2026-11-10');
        const s = wholeDayAbsent ? 'F' : m.status;
        await database.query(
          `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status, minutes_late, documentation) values ($1, $2, $3, $4, $5, $6, $7)`,
          [lesson.id, pupil, schoolId, date, s, s === 'S' ? m.minutes : null, s === 'F' ? m.documentation : 'undocumented'],
        );
      }
    }
  }
  ({ app } = await buildTestApp(database));
  lead = await logIn(app, ld.email);
  teacher = await logIn(app, ct.email);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

describe('the school view and the class view', () => {
  it('give the same figures for every pupil', async () => {
    const school = (await app.inject({ method: 'GET', url: `/api/schools/${schoolId}/figures?window=autumn`, headers: lead.headers })).json();
    const klass = (await app.inject({ method: 'GET', url: `/api/classes/${classId}/figures?window=autumn`, headers: teacher.headers })).json();
    expect(school.rows).toHaveLength(8);
    const round = (row: Record<string, unknown>) => JSON.parse(JSON.stringify(row, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));
    expect(school.rows.map(round)).toEqual(klass.rows.map(round));
    expect(school.rows[0].wholeDays).toBe(2);
  });

  it('the school view is for the leadership only', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/schools/${schoolId}/figures`, headers: teacher.headers })).statusCode).toBe(403);
  });
});
