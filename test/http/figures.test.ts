import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import {
  buildClass,
  buildLesson,
  buildOwner,
  buildPupil,
  buildSchool,
  buildSchoolYear,
  buildSubject,
  buildUser,
} from '../support/factories.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';

// Clock: Monday 23 November 2026. Autumn term from 17 August.
let database: TestDatabase;
let app: FastifyInstance;
let contactTeacher: LoggedIn;
let unrelatedTeacher: LoggedIn;
let analyst: LoggedIn;
let foreignLead: LoggedIn;
let classId: string;
let ada: string;
let bo: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id, { level: 'upper_secondary', name: 'Testvik vgs' });
  const year = await buildSchoolYear(database, school.id);
  await database.query(
    `insert into terms (school_year_id, name, kind, starts_on, ends_on) values ($1, 'Høst', 'autumn', '2026-08-17', '2026-12-18'), ($1, 'Vår', 'spring', '2027-01-04', '2027-06-18')`,
    [year.id],
  );
  classId = (await buildClass(database, school, year.id, { name: '2STA', grade: 12 })).id;
  const nor = (await buildSubject(database, school.id, { code: 'NOR1211', name: 'Norsk' })).id;
  const mat = (await buildSubject(database, school.id, { code: 'MAT1019', name: 'Matematikk 1P' })).id;
  const ct = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const other = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const an = await buildUser(database, owner.id, { roles: [{ role: 'owner_analyst', schoolId: null }] });
  const foreignOwner = await buildOwner(database, { name: 'Annen fylkeskommune' });
  const fs = await buildSchool(database, foreignOwner.id);
  const fl = await buildUser(database, foreignOwner.id, { roles: [{ role: 'leadership', schoolId: fs.id }] });
  ada = (await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Ada', familyName: 'Aas' })).id;
  bo = (await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Bo', familyName: 'Berg' })).id;
  // Ten school days in November with two lessons each (NOR 45 min, MAT 45 min), and one lesson not held.
  const days = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
  for (const [i, date] of days.entries()) {
    for (const [period, subjectId] of [[1, nor], [2, mat]] as const) {
      const lesson = await buildLesson(database, {
        schoolId: school.id, groupId: classId, subjectId, teacherId: ct.id, date, period,
        startsAt: period === 1 ? '08:30' : '09:30', endsAt: period === 1 ? '09:15' : '10:15', status: 'held',
      });
      // Ada: absent the whole first day (documented), absent from maths on day 3 (undocumented), late on day 5.
      const adaStatus = i === 0 ? 'F' : i === 2 && period === 2 ? 'F' : i === 4 && period === 1 ? 'S' : 'M';
      await database.query(
        `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status, minutes_late, documentation, reason_code)
         values ($1, $2, $3, $4, $5, $6, $7, $8), ($1, $9, $3, $4, 'M', null, 'undocumented', null)`,
        [lesson.id, ada, school.id, date, adaStatus, adaStatus === 'S' ? 10 : null,
          i === 0 ? 'documented' : 'undocumented', i === 0 ? 'health_medical_note' : null, bo],
      );
    }
  }
  const notHeld = await buildLesson(database, { schoolId: school.id, groupId: classId, subjectId: mat, teacherId: ct.id, date: '2026-11-20', period: 3, startsAt: '10:30', endsAt: '11:15', status: 'not_held' });
  await database.query(`insert into attendance_marks (lesson_id, pupil_id, school_id, date, status) values ($1, $2, $3, '2026-11-20', 'F')`, [notHeld.id, ada, school.id]);
  ({ app } = await buildTestApp(database));
  contactTeacher = await logIn(app, ct.email);
  unrelatedTeacher = await logIn(app, other.email);
  analyst = await logIn(app, an.email);
  foreignLead = await logIn(app, fl.email);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const get = (url: string, who: LoggedIn) => app.inject({ method: 'GET', url, headers: who.headers });

describe("a pupil's figures", () => {
  it('count held lessons only, with their denominators, split by documentation', async () => {
    const response = await get(`/api/pupils/${ada}/figures`, contactTeacher);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.limits).toEqual({ alertPercent: 5, limitPercent: 10 });
    const autumn = body.windows.find((w: { window: { kind: string } }) => w.window.kind === 'autumn');
    expect(autumn.window).toEqual({ from: '2026-08-17', to: '2026-11-23', kind: 'autumn' });
    expect(autumn.overall).toMatchObject({ absent: 3, of: 20, percent: 15 });
    expect(autumn.overall.byDocumentation.documented).toEqual({ absent: 2, of: 20, percent: 10 });
    expect(autumn.overall.byDocumentation.undocumented).toEqual({ absent: 1, of: 20, percent: 5 });
    expect(autumn.wholeDays).toMatchObject({ absent: 1, of: 10, dates: ['2026-11-09'] });
    expect(autumn.singleLessons).toMatchObject({ absent: 1, dates: ['2026-11-11'], hours: 0.75 });
    expect(autumn.certificate).toEqual({ days: 1, hours: 0.75 });
    expect(autumn.lateArrivals).toMatchObject({ count: 1, minutes: 10, byMonth: [{ month: '2026-11', count: 1, minutes: 10 }] });
    const maths = autumn.bySubject.find((s: { subjectCode: string }) => s.subjectCode === 'MAT1019');
    expect(maths).toMatchObject({ absent: 2, of: 10, percent: 20 });
    expect(maths.byDocumentation.undocumented.percent).toBe(10);
  });

  it('reading them is written to the audit log', async () => {
    const rows = await database.query<{ n: number }>("select count(*)::int as n from audit_log where entity = 'absence_figures' and pupil_id = $1", [ada]);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it('are not for a teacher who neither teaches nor is contact teacher of the pupil', async () => {
    expect((await get(`/api/pupils/${ada}/figures`, unrelatedTeacher)).statusCode).toBe(403);
  });
  it('are never for the school-owner analyst', async () => {
    expect((await get(`/api/pupils/${ada}/figures`, analyst)).statusCode).toBe(403);
  });
  it("do not exist for another owner's staff", async () => {
    expect((await get(`/api/pupils/${ada}/figures`, foreignLead)).statusCode).toBe(404);
  });
});

describe('the class view', () => {
  it('has every pupil with figures and the vgs limits', async () => {
    const body = (await get(`/api/classes/${classId}/figures?window=autumn`, contactTeacher)).json();
    expect(body.title).toBe('2STA');
    expect(body.rows.map((r: { pupil: { givenName: string } }) => r.pupil.givenName)).toEqual(['Ada', 'Bo']);
    expect(body.rows[0]).toMatchObject({ held: 20, absent: 3, percent: 15, wholeDays: 1, singleLessons: 1, lateArrivals: 1 });
    expect(body.rows[0].worstSubject).toMatchObject({ subjectCode: 'MAT1019', undocumented: { absent: 1, of: 10, percent: 10 } });
    expect(body.rows[1]).toMatchObject({ held: 20, absent: 0, percent: 0 });
  });

  it("the contact teacher's own pupils", async () => {
    const body = (await get('/api/my/contact-pupils/figures', contactTeacher)).json();
    expect(body.figures.rows).toHaveLength(2);
    expect(body.figures.title).toBe('2STA');
    expect((await get('/api/my/contact-pupils/figures', unrelatedTeacher)).json()).toEqual({ figures: null });
  });

  it('exports as CSV for Norwegian Excel', async () => {
    const response = await get(`/api/classes/${classId}/figures/export?format=csv&window=autumn`, contactTeacher);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toMatch(/^Elev;Klasse;Timer holdt;Fraværstimer;Fravær %/);
    expect(lines[1]).toMatch(/^"?Aas, Ada"?;2STA;20;3;15;1;0;2;1;10;1;0,8;1;10;MAT1019;10/);
  });

  it('exports as XLSX', async () => {
    const response = await get(`/api/classes/${classId}/figures/export?format=xlsx`, contactTeacher);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).getCell(1).value).toBe('Elev');
    expect(sheet.getRow(4).getCell(1).value).toBe('Aas, Ada');
  });

  it('is not for an unrelated teacher', async () => {
    expect((await get(`/api/classes/${classId}/figures`, unrelatedTeacher)).statusCode).toBe(403);
  });
});
