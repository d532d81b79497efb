import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { StartupError } from '../startup-error.js';
import { seedScale, type SeedScaleResult } from './seed-scale.js';

const tiny = { pupils: 120, weeks: 2, seed: 3, schoolYearStartYear: 2025 } as const;

let db: TestDatabase;
let result: SeedScaleResult;

beforeAll(async () => {
  db = await openTestDatabase();
  result = await seedScale(db, tiny);
  console.info(`seedScale on ${db.kind}: ${result.marks} marks in ${result.seconds.toFixed(2)} s`, result.phases);
}, 60_000);

afterAll(async () => {
  await db?.dispose();
});

const count = async (database: TestDatabase, text: string, params: unknown[] = []) =>
  (await database.query<{ n: number }>(text, params))[0]?.n ?? -1;

/** Every mark, identified by what stays the same between runs. */
const marksOf = (database: TestDatabase) =>
  database.query(
    `select p.external_id, a.date::text, l.period, a.status, a.minutes_late, a.documentation, a.reason_code
       from attendance_marks a join pupils p on p.id = a.pupil_id join lessons l on l.id = a.lesson_id
      order by 1, 2, 3`,
  );

describe('county-scale seeding', () => {
  it('puts 120 pupils in one upper-secondary school with classes of 30 and 30 periods a week', async () => {
    expect(result).toMatchObject({ pupils: 120, schools: 1, lessons: 4 * 10 * 6, marks: 120 * 60, strategy: 'unnest' });
    expect(await count(db, `select count(*)::int as n from schools where level = 'upper_secondary'`)).toBe(1);
    expect(await count(db, `select count(*)::int as n from school_owners where kind = 'county'`)).toBe(1);
    const classes = await db.query<{ name: string; pupils: number }>(
      `select g.name, count(*)::int as pupils from groups g join group_memberships m on m.group_id = g.id group by g.name order by g.name`,
    );
    expect(classes).toEqual([
      { name: '1STA', pupils: 30 },
      { name: '1STB', pupils: 30 },
      { name: '2STA', pupils: 30 },
      { name: '3STA', pupils: 30 },
    ]);
    expect(await count(db, `select count(*)::int as n from (select group_id, date from lessons group by 1, 2 having count(*) <> 6) x`)).toBe(0);
  });

  it('covers the first two weeks of school days and nothing else', async () => {
    const days = await db.query<{ day: string }>(`select distinct date::text as day from lessons order by 1`);
    expect(days.map((d) => d.day)).toEqual([
      '2025-08-19', '2025-08-20', '2025-08-21', '2025-08-22', '2025-08-25',
      '2025-08-26', '2025-08-27', '2025-08-28', '2025-08-29', '2025-09-01',
    ]);
    expect(await count(db, `select count(*)::int as n from attendance_marks where extract(isodow from date) > 5`)).toBe(0);
  });

  it('gives one mark per pupil per lesson, with a plausible spread of absence', async () => {
    expect(await count(db, `select count(*)::int as n from (select pupil_id from attendance_marks group by 1 having count(*) <> 60) x`)).toBe(0);
    const spread = (await db.query<{ absent: number; late: number; reported: number }>(
      `select avg((status = 'F')::int)::float8 as absent, avg((status = 'S')::int)::float8 as late,
              avg((status = 'F' and documentation = 'reported')::int)::float8 as reported from attendance_marks`,
    ))[0];
    expect(spread?.absent).toBeGreaterThan(0.005);
    expect(spread?.absent).toBeLessThan(0.08);
    expect(spread?.late).toBeGreaterThan(0);
    expect(spread?.reported).toBeGreaterThan(0);
    expect(await count(db, `select count(*)::int as n from attendance_marks where status = 'S' and not minutes_late between 1 and 30`)).toBe(0);
  });

  it('gives every pupil a contact teacher and a guardian, every lesson a teacher', async () => {
    expect(await count(db, `select count(*)::int as n from pupils p where not exists (select 1 from contact_teachers c where c.pupil_id = p.id)`)).toBe(0);
    expect(await count(db, `select count(*)::int as n from pupils p where not exists (select 1 from pupil_guardians g where g.pupil_id = p.id)`)).toBe(0);
    expect(await count(db, `select count(*)::int as n from lessons where teacher_id is null or registered_at is null`)).toBe(0);
  });

  it('refuses to seed a second county into the same database', async () => {
    await expect(seedScale(db, tiny)).rejects.toThrow(StartupError);
  });

  it('refuses sizes it cannot mean', async () => {
    await expect(seedScale(db, { pupils: 0, weeks: 2 })).rejects.toThrow(/pupils/);
    await expect(seedScale(db, { pupils: 10, weeks: 60 })).rejects.toThrow(/weeks/);
  });

  it('writes the same marks for the same seed, and the in-database way the same number of them', async () => {
    const again = await openTestDatabase();
    const inSql = await openTestDatabase();
    try {
      await seedScale(again, tiny);
      expect(await marksOf(again)).toEqual(await marksOf(db));
      const other = await seedScale(inSql, { ...tiny, strategy: 'sql' });
      expect(other).toMatchObject({ marks: 120 * 60, lessons: 240, strategy: 'sql' });
      const absent = await count(inSql, `select count(*)::int as n from attendance_marks where status = 'F'`);
      expect(absent).toBeGreaterThan(0);
      expect(absent).toBeLessThan(120 * 60 * 0.08);
    } finally {
      await again.dispose();
      await inSql.dispose();
    }
  }, 60_000);
});
