import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
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

let database: TestDatabase;
let app: FastifyInstance;
let contactTeacher: LoggedIn;
let subjectTeacher: LoggedIn;
let leadership: LoggedIn;
let ada: string;
let bo: string;
let markAda: number;
let markAdaLate: number;
let markBo: number;
let markPresent: number;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id);
  const year = await buildSchoolYear(database, school.id);
  const classId = (await buildClass(database, school, year.id)).id;
  const subjectId = (await buildSubject(database, school.id, { code: 'MAT', name: 'Matematikk' })).id;
  const ct = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const st = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const lead = await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: school.id }] });
  ada = (await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Ada', familyName: 'Aas' })).id;
  bo = (await buildPupil(database, school, { classId, givenName: 'Bo', familyName: 'Berg' })).id;
  const monday = await buildLesson(database, { schoolId: school.id, groupId: classId, subjectId, teacherId: st.id, date: '2026-11-23', status: 'held' });
  const tuesday = await buildLesson(database, { schoolId: school.id, groupId: classId, subjectId, teacherId: st.id, date: '2026-11-17', status: 'held' });
  const insert = async (lessonId: number, pupilId: string, date: string, status: string, minutes: number | null = null) =>
    (
      await database.query<{ id: number }>(
        `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status, minutes_late) values ($1, $2, $3, $4, $5, $6) returning id`,
        [lessonId, pupilId, school.id, date, status, minutes],
      )
    )[0]!.id;
  markAda = await insert(monday.id, ada, '2026-11-23', 'F');
  markBo = await insert(monday.id, bo, '2026-11-23', 'F');
  markAdaLate = await insert(tuesday.id, ada, '2026-11-17', 'S', 12);
  markPresent = (await database.query<{ id: number }>(
    `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status) values ($1, $2, $3, '2026-11-17', 'M') returning id`,
    [tuesday.id, bo, school.id],
  ))[0]!.id;
  ({ app } = await buildTestApp(database));
  contactTeacher = await logIn(app, ct.email);
  subjectTeacher = await logIn(app, st.email);
  leadership = await logIn(app, lead.email);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const post = (who: LoggedIn, payload: object) =>
  app.inject({ method: 'POST', url: '/api/marks/documentation', headers: who.headers, payload });

describe("the contact teacher's week", () => {
  it('shows every absence of their own contact pupils that week, and nobody else', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/my/contact-pupils/week?date=2026-11-25', headers: contactTeacher.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ from: '2026-11-23', to: '2026-11-29', week: 48 });
    expect(body.pupils.map((p: { givenName: string }) => p.givenName)).toEqual(['Ada']);
    expect(body.pupils[0].absences).toEqual([
      expect.objectContaining({ markId: markAda, status: 'F', documentation: 'undocumented', subject: { code: 'MAT', name: 'Matematikk' } }),
    ]);
  });

  it('the week before holds the late arrival', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/my/contact-pupils/week?date=2026-11-17', headers: contactTeacher.headers })).json();
    expect(body.pupils[0].absences).toEqual([expect.objectContaining({ markId: markAdaLate, status: 'S', minutesLate: 12 })]);
  });

  it('opening it is written to the audit log', async () => {
    const rows = await database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where entity = 'absence_week' and pupil_id = $1",
      [ada],
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});

describe('documenting absence', () => {
  it('the contact teacher documents several absences at once with a structured reason', async () => {
    const response = await post(contactTeacher, { markIds: [markAda, markAdaLate], documentation: 'documented', reasonCode: 'health_medical_note' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ updated: 2 });
    const rows = await database.query<{ documentation: string; reason_code: string }>(
      'select documentation, reason_code from attendance_marks where id = any($1::bigint[])',
      [[markAda, markAdaLate]],
    );
    expect(rows.every((r) => r.documentation === 'documented' && r.reason_code === 'health_medical_note')).toBe(true);
    const history = await database.query<{ n: number }>('select count(*)::int as n from attendance_mark_history where mark_id = $1', [markAda]);
    expect(history[0]!.n).toBe(1);
    const audit = await database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where entity = 'attendance_documentation' and pupil_id = $1",
      [ada],
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('a subject teacher may not document (nor learn why)', async () => {
    const response = await post(subjectTeacher, { markIds: [markAda], documentation: 'reported', reasonCode: null });
    expect(response.statusCode).toBe(403);
  });

  it('the leadership may document any pupil of the school', async () => {
    const response = await post(leadership, { markIds: [markBo], documentation: 'reported', reasonCode: null });
    expect(response.json()).toEqual({ updated: 1 });
  });

  it('one mark the teacher may not touch stops the whole update', async () => {
    const response = await post(contactTeacher, { markIds: [markAda, markBo], documentation: 'undocumented', reasonCode: null });
    expect(response.statusCode).toBe(403);
    const rows = await database.query<{ documentation: string }>('select documentation from attendance_marks where id = $1', [markAda]);
    expect(rows[0]!.documentation).toBe('documented');
  });

  it('documented without a reason is a 400 on the reason field, and nothing changes', async () => {
    const response = await post(leadership, { markIds: [markBo], documentation: 'documented', reasonCode: null });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'body.reasonCode', message: 'Velg en årsak når fraværet er dokumentert.' }]);
  });

  it('free text is not a reason', async () => {
    const response = await post(leadership, { markIds: [markBo], documentation: 'documented', reasonCode: 'Har influensa og feber' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe('body.reasonCode');
  });

  it('a present mark cannot be documented', async () => {
    const response = await post(leadership, { markIds: [markPresent], documentation: 'reported', reasonCode: null });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe('body.markIds.0');
  });

  it('an unknown mark is a 404', async () => {
    expect((await post(leadership, { markIds: [987654], documentation: 'reported', reasonCode: null })).statusCode).toBe(404);
  });

  it('lists the structured reasons', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/absence-reasons', headers: contactTeacher.headers })).json();
    expect(body.reasons.map((r: { code: string }) => r.code)).toContain('health_medical_note');
  });
});
