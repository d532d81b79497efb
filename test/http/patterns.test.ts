// Absence patterns over HTTP: a pupil's page, a class, a school. The same
// access as the figures, every read in the audit log as absence_patterns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildClass, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildSubject, buildUser } from '../support/factories.js';
import { adoptPresetIfNone } from '../../src/server/services/owner-policies.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';

// Clock: Monday 23 November 2026 (test/support/app.ts). The school year from Monday 17 August,
// the autumn break 28 September to 2 October.
let database: TestDatabase;
let app: FastifyInstance;
let contactTeacher: LoggedIn;
let subjectTeacher: LoggedIn;
let unrelatedTeacher: LoggedIn;
let lead: LoggedIn;
let analyst: LoggedIn;
let foreignLead: LoggedIn;
let vgsTeacher: LoggedIn;
let schoolId: string;
let classA: string;
let ada: string;
let bo: string;
let cy: string;
let dag: string;
let vgsPupil: string;
let contactTeacherId: string;

const SCHOOL_DAYS: string[] = [];
for (let d = new Date('2026-08-17T12:00:00Z'); d <= new Date('2026-11-20T12:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
  const date = d.toISOString().slice(0, 10);
  if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !(date >= '2026-09-28' && date <= '2026-10-02')) SCHOOL_DAYS.push(date);
}
const MONDAYS_AWAY = SCHOOL_DAYS.filter((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1 && d >= '2026-09-07' && d <= '2026-11-16');
const CY_AWAY = SCHOOL_DAYS.filter((d) => d >= '2026-10-19' && d <= '2026-10-30');

/**
 * Three lessons a day for a class on every school day (Norwegian, maths, English) and a mark for
 * each pupil, absent where `absent` says: written with unnest, a term of marks in two statements.
 */
async function timetable(
  school: { id: string },
  groupId: string,
  subjects: string[],
  teachers: string[],
  pupils: { id: string; absent: (date: string, period: number) => boolean }[],
) {
  const slots = SCHOOL_DAYS.flatMap((date) => [1, 2, 3].map((period) => ({ date, period })));
  const lessons = await database.query<{ id: number; date: string; period: number }>(
    `insert into lessons (school_id, group_id, subject_id, teacher_id, date, period, starts_at, ends_at, status)
     select $1, $2, s.subject_id, s.teacher_id, s.date, s.period, make_time(7 + s.period, 0, 0), make_time(7 + s.period, 45, 0), 'held'
       from unnest($3::uuid[], $4::uuid[], $5::date[], $6::smallint[]) as s(subject_id, teacher_id, date, period)
     returning id, date::text as date, period`,
    [school.id, groupId, slots.map((s) => subjects[s.period - 1]), slots.map((s) => teachers[s.period - 1]), slots.map((s) => s.date), slots.map((s) => s.period)],
  );
  const rows = lessons.flatMap((l) => pupils.map((p) => ({ lesson: l.id, pupil: p.id, date: l.date, status: p.absent(l.date, l.period) ? 'F' : 'M' })));
  await database.query(
    `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status, documentation)
     select m.lesson_id, m.pupil_id, $1, m.date, m.status, case when m.status = 'F' then 'reported' else 'undocumented' end
       from unnest($2::bigint[], $3::uuid[], $4::date[], $5::text[]) as m(lesson_id, pupil_id, date, status)`,
    [school.id, rows.map((r) => r.lesson), rows.map((r) => r.pupil), rows.map((r) => r.date), rows.map((r) => r.status)],
  );
}

async function yearWithBreak(schoolId: string) {
  const year = await buildSchoolYear(database, schoolId);
  await database.query(
    `insert into terms (school_year_id, name, kind, starts_on, ends_on) values ($1, 'Høsthalvåret', 'autumn', '2026-08-17', '2026-12-18'), ($1, 'Vårhalvåret', 'spring', '2027-01-04', '2027-06-18')`,
    [year.id],
  );
  await database.query(`insert into holidays (school_year_id, name, kind, starts_on, ends_on) values ($1, 'Høstferie', 'autumn_break', '2026-09-28', '2026-10-02')`, [year.id]);
  return year;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  await adoptPresetIfNone(database, owner.id, 'lyngen');
  const school = await buildSchool(database, owner.id, { name: 'Testvik skole', level: 'primary_lower' });
  schoolId = school.id;
  const year = await yearWithBreak(school.id);
  classA = (await buildClass(database, school, year.id, { name: '8A' })).id;
  const classB = (await buildClass(database, school, year.id, { name: '8B' })).id;
  const subjects = [
    (await buildSubject(database, school.id, { code: 'NOR', name: 'Norsk' })).id,
    (await buildSubject(database, school.id, { code: 'MAT', name: 'Matematikk' })).id,
    (await buildSubject(database, school.id, { code: 'ENG', name: 'Engelsk' })).id,
  ];
  const ct = await buildUser(database, owner.id, { givenName: 'Kari', familyName: 'Kontakt', roles: [{ role: 'teacher', schoolId: school.id }] });
  const maths = await buildUser(database, owner.id, { givenName: 'Mats', familyName: 'Matte', roles: [{ role: 'teacher', schoolId: school.id }] });
  contactTeacherId = ct.id;
  const other = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const ld = await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: school.id }] });
  const an = await buildUser(database, owner.id, { roles: [{ role: 'owner_analyst', schoolId: null }] });
  await database.query(`insert into group_teachers (group_id, user_id, subject_id, valid_from) values ($1, $2, $3, '2026-08-17')`, [classA, maths.id, subjects[1]]);
  ada = (await buildPupil(database, school, { classId: classA, contactTeacherId: ct.id, givenName: 'Ada', familyName: 'Aas' })).id;
  bo = (await buildPupil(database, school, { classId: classA, contactTeacherId: ct.id, givenName: 'Bo', familyName: 'Berg' })).id;
  cy = (await buildPupil(database, school, { classId: classB, givenName: 'Cy', familyName: 'Dahl' })).id;
  dag = (await buildPupil(database, school, { classId: classA, contactTeacherId: ct.id, givenName: 'Dag', familyName: 'Eng' })).id;
  const teachers = [ct.id, maths.id, ct.id];
  // Ada: away on Mondays. Bo: never away. Cy: two weeks in a row in October. Dag: misses the
  // contact teacher's lessons (Norwegian first, English last) every fourth day, never maths.
  await timetable(school, classA, subjects, teachers, [
    { id: ada, absent: (date) => MONDAYS_AWAY.includes(date) },
    { id: bo, absent: () => false },
    { id: dag, absent: (date, period) => (period === 1 && SCHOOL_DAYS.indexOf(date) % 4 === 0) || (period === 3 && SCHOOL_DAYS.indexOf(date) % 4 === 2) },
  ]);
  await timetable(school, classB, subjects, teachers, [{ id: cy, absent: (date) => CY_AWAY.includes(date) }]);

  // An upper-secondary school of a county that has adopted the Troms preset: its thresholds are the county's.
  const county = await buildOwner(database, { name: 'Testvik fylkeskommune', kind: 'county' });
  await adoptPresetIfNone(database, county.id, 'troms-vgs');
  const vgs = await buildSchool(database, county.id, { name: 'Testvik vgs', level: 'upper_secondary' });
  const vgsYear = await yearWithBreak(vgs.id);
  const vgsClass = (await buildClass(database, vgs, vgsYear.id, { name: '2STA', grade: 12 })).id;
  const vt = await buildUser(database, county.id, { roles: [{ role: 'teacher', schoolId: vgs.id }] });
  vgsPupil = (await buildPupil(database, vgs, { classId: vgsClass, contactTeacherId: vt.id })).id;
  const vgsSubjects = [(await buildSubject(database, vgs.id, { code: 'NOR1212', name: 'Norsk' })).id];
  await timetable(vgs, vgsClass, [vgsSubjects[0]!, vgsSubjects[0]!, vgsSubjects[0]!], [vt.id, vt.id, vt.id], [{ id: vgsPupil, absent: () => false }]);

  const foreignOwner = await buildOwner(database, { name: 'Annen kommune' });
  const foreignSchool = await buildSchool(database, foreignOwner.id);
  const fl = await buildUser(database, foreignOwner.id, { roles: [{ role: 'leadership', schoolId: foreignSchool.id }] });

  ({ app } = await buildTestApp(database));
  contactTeacher = await logIn(app, ct.email);
  subjectTeacher = await logIn(app, maths.email);
  unrelatedTeacher = await logIn(app, other.email);
  lead = await logIn(app, ld.email);
  analyst = await logIn(app, an.email);
  foreignLead = await logIn(app, fl.email);
  vgsTeacher = await logIn(app, vt.email);
});

afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

const get = (url: string, who: LoggedIn) => app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': 'nb' } });
const auditRows = (filter: string, params: unknown[]) =>
  database.query<{ n: number }>(`select count(*)::int as n from audit_log where entity = 'absence_patterns' and ${filter}`, params).then((r) => r[0]!.n);

describe("a pupil's patterns", () => {
  it('shows the Monday pattern with the Mondays, and the school year at a glance', async () => {
    const response = await get(`/api/pupils/${ada}/patterns`, contactTeacher);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.pupil).toMatchObject({ givenName: 'Ada', className: '8A' });
    expect(body.asOf).toBe('2026-11-23');
    expect(body.schoolYear).toEqual({ name: '2026/27', from: '2026-08-17', to: '2027-06-18' });
    expect(body.holidays).toEqual([{ name: 'Høstferie', kind: 'autumn_break', startsOn: '2026-09-28', endsOn: '2026-10-02' }]);
    expect(body.patterns).toEqual([
      {
        kind: 'weekday',
        detail: { weekday: 1, days: { absent: MONDAYS_AWAY.length, of: 13 }, otherDays: { absent: 0, of: 52 } },
        evidence: MONDAYS_AWAY,
        strength: expect.any(Number),
      },
    ]);
    expect(body.days).toHaveLength(SCHOOL_DAYS.length);
    expect(body.days.find((d: { date: string }) => d.date === MONDAYS_AWAY[0])).toEqual({
      date: MONDAYS_AWAY[0], held: 3, absent: 3, late: 0, documentation: 'reported', whole: true,
    });
    expect(body.grid.find((c: { weekday: number; period: number }) => c.weekday === 1 && c.period === 2)).toEqual({
      weekday: 1, period: 2, held: 13, absent: MONDAYS_AWAY.length,
    });
    expect(body.weeks[0]).toEqual({ monday: '2026-08-17', held: 15, absent: 0, days: 5 });
    expect(body.subjects.map((s: { subjectCode: string }) => s.subjectCode).sort()).toEqual(['ENG', 'MAT', 'NOR']);
    expect(body.subjects.find((s: { subjectCode: string }) => s.subjectCode === 'MAT')).toMatchObject({
      held: SCHOOL_DAYS.length, absent: MONDAYS_AWAY.length, byDocumentation: { reported: MONDAYS_AWAY.length, undocumented: 0 },
    });
  });

  it("draws the owner's thresholds: Lyngen's 10 % of the term for a compulsory school", async () => {
    const body = (await get(`/api/pupils/${ada}/patterns`, contactTeacher)).json();
    expect(body.policy.id).toBe('lyngen');
    expect(body.thresholds).toEqual([
      { ruleId: 'ten-percent-term', name: expect.any(String), percent: 10, comparison: 'atLeast', documentation: null, window: 'term', perSubject: false, level: 'concern' },
    ]);
  });

  it("and Troms' per-subject thresholds for upper secondary", async () => {
    const body = (await get(`/api/pupils/${vgsPupil}/patterns`, vgsTeacher)).json();
    expect(body.policy.id).toBe('troms-vgs');
    const perSubject = body.thresholds.filter((t: { perSubject: boolean }) => t.perSubject);
    expect(perSubject).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ percent: 5, comparison: 'moreThan', documentation: ['undocumented'] }),
        expect.objectContaining({ percent: 10, comparison: 'atLeast', documentation: null }),
      ]),
    );
    expect(body.patterns).toEqual([]);
  });

  it('shows a long absence with every day of it', async () => {
    const body = (await get(`/api/pupils/${cy}/patterns`, lead)).json();
    expect(body.patterns).toEqual([
      { kind: 'long-absence', detail: { from: '2026-10-19', to: '2026-10-30', schoolDays: 10, ongoing: false }, evidence: CY_AWAY, strength: 0.5 },
    ]);
  });

  it('is written to the audit log as absence_patterns', async () => {
    const before = await auditRows('pupil_id = $1', [ada]);
    await get(`/api/pupils/${ada}/patterns`, subjectTeacher);
    expect(await auditRows('pupil_id = $1', [ada])).toBe(before + 1);
  });

  it('is for the same people as the figures: the contact teacher, the pupil’s teachers, the leadership', async () => {
    expect((await get(`/api/pupils/${ada}/patterns`, subjectTeacher)).statusCode).toBe(200);
    expect((await get(`/api/pupils/${ada}/patterns`, lead)).statusCode).toBe(200);
    expect((await get(`/api/pupils/${ada}/patterns`, unrelatedTeacher)).statusCode).toBe(403);
    expect((await get(`/api/pupils/${ada}/patterns`, analyst)).statusCode).toBe(403);
    expect((await get(`/api/pupils/${ada}/patterns`, foreignLead)).statusCode).toBe(404);
  });

  it('answers a pupil that does not exist with 404 and a bad id with a translated 400, reading nothing', async () => {
    const audited = await auditRows('true', []);
    expect((await get('/api/pupils/00000000-0000-4000-8000-000000000000/patterns', lead)).statusCode).toBe(404);
    const bad = await get('/api/pupils/not-a-pupil/patterns', lead);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([expect.objectContaining({ path: 'params.pupilId', message: expect.any(String) })]);
    expect(await auditRows('true', [])).toBe(audited);
  });

  it('needs a login', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/pupils/${ada}/patterns` })).statusCode).toBe(401);
  });
});

describe("a class's patterns", () => {
  it('list the pupils with a pattern, and how many pupils have each kind', async () => {
    const response = await get(`/api/classes/${classA}/patterns`, contactTeacher);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ title: '8A', pupils: 3, classes: ['8A'] });
    expect(body.rows).toEqual([
      { pupil: expect.objectContaining({ id: ada, givenName: 'Ada' }), patterns: [expect.objectContaining({ kind: 'weekday' })] },
      { pupil: expect.objectContaining({ id: dag, givenName: 'Dag' }), patterns: [expect.objectContaining({ kind: 'teacher' })] },
    ]);
    expect(body.counts.find((c: { kind: string }) => c.kind === 'weekday')).toEqual({ kind: 'weekday', pupils: 1 });
    expect(body.counts).toHaveLength(9);
  });

  it('filter by kind', async () => {
    const body = (await get(`/api/classes/${classA}/patterns?kind=long-absence`, contactTeacher)).json();
    expect(body.rows).toEqual([]);
    expect(body.counts.find((c: { kind: string }) => c.kind === 'weekday')).toEqual({ kind: 'weekday', pupils: 1 });
  });

  it('refuse a kind that does not exist with a translated 400', async () => {
    const response = await get(`/api/classes/${classA}/patterns?kind=mondays`, contactTeacher);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([expect.objectContaining({ path: 'querystring.kind', message: expect.any(String) })]);
  });

  it('audit a read for every pupil of the class', async () => {
    const before = await auditRows("reason = 'class_view' and pupil_id = any($1::uuid[])", [[ada, bo, dag]]);
    await get(`/api/classes/${classA}/patterns`, subjectTeacher);
    expect(await auditRows("reason = 'class_view' and pupil_id = any($1::uuid[])", [[ada, bo, dag]])).toBe(before + 3);
  });

  it('are for the leadership and the class’s teachers only', async () => {
    expect((await get(`/api/classes/${classA}/patterns`, lead)).statusCode).toBe(200);
    expect((await get(`/api/classes/${classA}/patterns`, unrelatedTeacher)).statusCode).toBe(403);
    expect((await get(`/api/classes/${classA}/patterns`, analyst)).statusCode).toBe(403);
    expect((await get(`/api/classes/${classA}/patterns`, foreignLead)).statusCode).toBe(404);
  });
});

describe("a school's patterns", () => {
  it('list every pupil with a pattern, for the leadership', async () => {
    const body = (await get(`/api/schools/${schoolId}/patterns`, lead)).json();
    expect(body).toMatchObject({ title: 'Testvik skole', pupils: 4, classes: ['8A', '8B'] });
    expect(body.rows.map((r: { pupil: { givenName: string } }) => r.pupil.givenName)).toEqual(['Ada', 'Cy', 'Dag']);
  });

  it('filter by class and by kind', async () => {
    const inB = (await get(`/api/schools/${schoolId}/patterns?class=8B`, lead)).json();
    expect(inB).toMatchObject({ pupils: 1, classes: ['8A', '8B'] });
    expect(inB.rows).toEqual([{ pupil: expect.objectContaining({ id: cy, className: '8B' }), patterns: [expect.objectContaining({ kind: 'long-absence' })] }]);
    const weekday = (await get(`/api/schools/${schoolId}/patterns?kind=weekday`, lead)).json();
    expect(weekday.rows.map((r: { pupil: { id: string } }) => r.pupil.id)).toEqual([ada]);
  });

  it('name the teacher of a teacher pattern, and no other', async () => {
    const body = (await get(`/api/schools/${schoolId}/patterns`, lead)).json();
    const teacherPattern = body.rows.find((r: { pupil: { id: string } }) => r.pupil.id === dag).patterns[0];
    expect(teacherPattern.detail).toMatchObject({ teacherId: contactTeacherId, subjectCodes: ['ENG', 'NOR'] });
    expect(body.teachers).toEqual([{ id: contactTeacherId, name: 'Kari Kontakt' }]);
    expect((await get(`/api/schools/${schoolId}/patterns?kind=weekday`, lead)).json().teachers).toEqual([]);
  });

  it('audit one read of the school view', async () => {
    const before = await auditRows("reason = 'school_view'", []);
    await get(`/api/schools/${schoolId}/patterns?class=8A`, lead);
    expect(await auditRows("reason = 'school_view'", [])).toBe(before + 1);
  });

  it('are for its leadership only', async () => {
    expect((await get(`/api/schools/${schoolId}/patterns`, contactTeacher)).statusCode).toBe(403);
    expect((await get(`/api/schools/${schoolId}/patterns`, analyst)).statusCode).toBe(403);
    expect((await get(`/api/schools/${schoolId}/patterns`, foreignLead)).statusCode).toBe(404);
  });
});
