// pupil_year_marks must always read as attendance_marks would, whatever wrote
// the marks: the registration service, plain SQL, an import, a lesson turned
// into not held. Random changes are written straight into the tables (so only
// the triggers know about them) and after each round both reads must agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { buildClass, buildLesson, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildSubject, buildUser } from '../../../test/support/factories.js';
import { heldMarksOf, rebuildPupilYears, refreshAllStaleDays } from './pupil-years.js';

let database: TestDatabase;
let schoolId: string;
const pupils: string[] = [];
const lessons: number[] = [];

const DAYS = ['2026-09-01', '2026-09-02', '2026-09-03', '2026-12-18', '2027-01-05', '2027-06-18'];

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id);
  schoolId = school.id;
  const year = await buildSchoolYear(database, school.id);
  const klass = await buildClass(database, school, year.id);
  const teacher = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const subjects = [(await buildSubject(database, school.id, { code: 'NOR' })).id, (await buildSubject(database, school.id, { code: 'MAT' })).id];
  for (let i = 0; i < 4; i++) pupils.push((await buildPupil(database, school, { classId: klass.id, familyName: `P${i}` })).id);
  for (const date of DAYS) {
    for (let period = 1; period <= 3; period++) {
      const lesson = await buildLesson(database, {
        schoolId, groupId: klass.id, subjectId: subjects[period % 2]!, teacherId: period === 3 ? null : teacher.id, date, period,
        startsAt: `${String(7 + period).padStart(2, '0')}:00`, endsAt: period === 2 ? `${String(8 + period).padStart(2, '0')}:00` : `${String(7 + period).padStart(2, '0')}:45`,
        status: 'held',
      });
      lessons.push(lesson.id);
    }
  }
});
afterAll(async () => {
  await database?.dispose();
});

/** The held marks as attendance_marks has them, in the order heldMarksOf gives them. */
async function markTable() {
  const rows = await database.query<Record<string, unknown>>(
    `select a.pupil_id as "pupilId", a.date, l.period, l.subject_id as "subjectId", l.teacher_id as "teacherId",
            (extract(epoch from (l.ends_at - l.starts_at)) / 60)::int as "durationMinutes",
            a.status, a.minutes_late as "minutesLate", a.documentation, a.reason_code as "reasonCode"
       from attendance_marks a join lessons l on l.id = a.lesson_id and l.status = 'held'
      order by a.pupil_id, a.date, l.period`,
  );
  return rows;
}

async function storeRead() {
  const marks = await heldMarksOf(database, pupils, '2026-08-01', '2027-07-31');
  return marks.map(({ pupilId, date, period, subjectId, teacherId, durationMinutes, status, minutesLate, documentation, reasonCode }) => ({
    pupilId, date, period, subjectId, teacherId, durationMinutes, status, minutesLate, documentation, reasonCode,
  }));
}

type Change =
  | { kind: 'upsert'; pupil: number; lesson: number; status: string; documentation: string; reason: string | null }
  | { kind: 'delete'; pupil: number; lesson: number }
  | { kind: 'lesson'; lesson: number; held: boolean };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('upsert' as const),
    pupil: fc.nat(3),
    lesson: fc.nat(DAYS.length * 3 - 1),
    status: fc.constantFrom('M', 'F', 'S', 'O'),
    documentation: fc.constantFrom('undocumented', 'reported', 'documented'),
    reason: fc.constantFrom(null, 'health_self_reported', 'driving_test'),
  }),
  fc.record({ kind: fc.constant('delete' as const), pupil: fc.nat(3), lesson: fc.nat(DAYS.length * 3 - 1) }),
  fc.record({ kind: fc.constant('lesson' as const), lesson: fc.nat(DAYS.length * 3 - 1), held: fc.boolean() }),
);

async function apply(c: Change) {
  const lessonId = lessons[c.lesson]!;
  if (c.kind === 'lesson') {
    await database.query('update lessons set status = $2 where id = $1', [lessonId, c.held ? 'held' : 'not_held']);
    return;
  }
  const pupilId = pupils[c.pupil]!;
  if (c.kind === 'delete') {
    await database.query('delete from attendance_marks where lesson_id = $1 and pupil_id = $2', [lessonId, pupilId]);
    return;
  }
  const absent = c.status === 'F' || c.status === 'S';
  await database.query(
    `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status, minutes_late, documentation, reason_code)
     select $1, $2, $3, l.date, $4, $5, $6, $7 from lessons l where l.id = $1
     on conflict (lesson_id, pupil_id) do update set status = excluded.status, minutes_late = excluded.minutes_late,
        documentation = excluded.documentation, reason_code = excluded.reason_code`,
    [lessonId, pupilId, schoolId, c.status, c.status === 'S' ? 7 : null, absent ? c.documentation : 'undocumented', absent ? c.reason : null],
  );
}

describe('the pupils’ years', () => {
  it('read exactly as the marks after any changes written straight into the tables', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(changeArb, { minLength: 1, maxLength: 12 }), async (changes) => {
        for (const change of changes) await apply(change);
        expect(await storeRead()).toEqual(await markTable());
      }),
      { numRuns: 25 },
    );
  });

  it('leave no stale day once read, and nothing for a sweep to do', async () => {
    await apply({ kind: 'upsert', pupil: 0, lesson: 4, status: 'F', documentation: 'reported', reason: null });
    await storeRead();
    expect(await database.query('select * from pupil_year_marks_stale')).toEqual([]);
    expect(await refreshAllStaleDays(database)).toBe(0);
  });

  it('are swept in batches by a job as well as written by readers', async () => {
    await apply({ kind: 'upsert', pupil: 1, lesson: 7, status: 'S', documentation: 'undocumented', reason: null });
    await apply({ kind: 'upsert', pupil: 2, lesson: 16, status: 'F', documentation: 'documented', reason: 'driving_test' });
    expect(await refreshAllStaleDays(database, 1)).toBe(2);
    expect(await storeRead()).toEqual(await markTable());
  });

  it('are written whole by a seeder and then read as the marks', async () => {
    await database.query('delete from pupil_year_marks');
    await rebuildPupilYears(database, pupils, 2026);
    expect(await storeRead()).toEqual(await markTable());
  });
});
