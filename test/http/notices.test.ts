import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import {
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
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';

// The test clock stands at 09:00 on Monday 23 November 2026.
let database: TestDatabase;
let app: FastifyInstance;
let guardian: LoggedIn;
let guardianWithoutResponsibility: LoggedIn;
let adultPupil: LoggedIn;
let contactTeacher: LoggedIn;
let otherTeacher: LoggedIn;
let teacher: LoggedIn;
let schoolId: string;
let child: string;
let adult: string;
let registeredLesson: number;
let openLesson: number;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id);
  schoolId = school.id;
  const year = await buildSchoolYear(database, school.id);
  const classId = (await buildClass(database, school, year.id)).id;
  const subjectId = (await buildSubject(database, school.id)).id;
  const ct = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const other = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const childRow = await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Lille', familyName: 'Barn', birthDate: '2013-03-03' });
  child = childRow.id;
  const adultRow = await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Voksen', familyName: 'Elev', birthDate: '2008-01-15' });
  adult = adultRow.id;
  const g = await buildGuardian(database, childRow);
  const g2 = await buildGuardian(database, childRow, { parentalResponsibility: false, givenName: 'Uten', familyName: 'Ansvar' });
  const adultUser = await buildUser(database, owner.id, { pupilId: adult, roles: [{ role: 'pupil', schoolId: school.id }] });
  // The lesson at 08:30 today was registered with the child absent before the guardian reported.
  const l1 = await buildLesson(database, { schoolId, groupId: classId, subjectId, teacherId: ct.id, date: '2026-11-23', period: 1, status: 'held' });
  registeredLesson = l1.id;
  await database.query(
    `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status) values ($1, $2, $3, '2026-11-23', 'F'), ($1, $4, $3, '2026-11-23', 'M')`,
    [l1.id, child, schoolId, adult],
  );
  openLesson = (await buildLesson(database, { schoolId, groupId: classId, subjectId, teacherId: ct.id, date: '2026-11-23', period: 2, startsAt: '09:00', endsAt: '09:45' })).id;
  ({ app } = await buildTestApp(database));
  guardian = await logIn(app, g.user.email);
  guardianWithoutResponsibility = await logIn(app, g2.user.email);
  adultPupil = await logIn(app, adultUser.email);
  contactTeacher = await logIn(app, ct.email);
  otherTeacher = await logIn(app, other.email);
  teacher = contactTeacher;
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const post = (url: string, who: LoggedIn, payload: object) => app.inject({ method: 'POST', url, headers: who.headers, payload });
const get = (url: string, who: LoggedIn) => app.inject({ method: 'GET', url, headers: who.headers });

describe('a guardian reports absence', () => {
  it('sees the child they have parental responsibility for', async () => {
    const body = (await get('/api/my/notices', guardian)).json();
    expect(body.pupils).toEqual([{ id: child, givenName: 'Lille', familyName: 'Barn', self: false }]);
    expect(body.reasons.absence).toContain('health_self_reported');
  });

  it('a guardian without parental responsibility sees no child and cannot report', async () => {
    expect((await get('/api/my/notices', guardianWithoutResponsibility)).json().pupils).toEqual([]);
    const response = await post('/api/notices', guardianWithoutResponsibility, {
      pupilId: child, kind: 'absence', fromDate: '2026-11-23', toDate: '2026-11-23', reasonCode: 'health_self_reported',
    });
    expect(response.statusCode).toBe(404);
  });

  it('reports today: the lesson already registered becomes reported, and the next lesson is pre-filled', async () => {
    const response = await post('/api/notices', guardian, {
      pupilId: child, kind: 'absence', fromDate: '2026-11-23', toDate: '2026-11-23', reasonCode: 'health_self_reported',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'absence', status: 'submitted', pupil: { id: child } });
    const marks = await database.query<{ documentation: string; reason_code: string }>(
      'select documentation, reason_code from attendance_marks where lesson_id = $1 and pupil_id = $2',
      [registeredLesson, child],
    );
    expect(marks[0]).toEqual({ documentation: 'reported', reason_code: 'health_self_reported' });
    const register = (await get(`/api/lessons/${openLesson}/registration`, teacher)).json();
    expect(register.pupils.find((p: { id: string }) => p.id === child).notice).toMatchObject({ kind: 'absence', documentation: 'reported' });
  });

  it('cannot report a day already past', async () => {
    const response = await post('/api/notices', guardian, {
      pupilId: child, kind: 'absence', fromDate: '2026-11-20', toDate: '2026-11-20', reasonCode: 'health_self_reported',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe('body.fromDate');
  });

  it('cannot report for an adult pupil: from 18 the pupil reports', async () => {
    const response = await post('/api/notices', guardian, {
      pupilId: adult, kind: 'absence', fromDate: '2026-11-24', toDate: '2026-11-24', reasonCode: 'health_self_reported',
    });
    expect(response.statusCode).toBe(404);
  });

  it('withdraws a notice for a day to come', async () => {
    const created = (await post('/api/notices', guardian, {
      pupilId: child, kind: 'absence', fromDate: '2026-11-26', toDate: '2026-11-27', periods: [1, 2], reasonCode: 'family_reasons',
    })).json();
    const withdrawn = await post(`/api/notices/${created.id}/withdraw`, guardian, {});
    expect(withdrawn.json().status).toBe('withdrawn');
  });
});

describe('an adult pupil', () => {
  it('reports their own absence', async () => {
    const body = (await get('/api/my/notices', adultPupil)).json();
    expect(body.pupils).toEqual([{ id: adult, givenName: 'Voksen', familyName: 'Elev', self: true }]);
    const response = await post('/api/notices', adultPupil, {
      pupilId: adult, kind: 'absence', fromDate: '2026-11-24', toDate: '2026-11-24', reasonCode: 'health_self_reported',
    });
    expect(response.statusCode).toBe(201);
  });
});

describe('leave requests (permisjon)', () => {
  let requestId: string;

  it('a guardian asks for leave ahead of time', async () => {
    const response = await post('/api/notices', guardian, {
      pupilId: child, kind: 'leave_request', fromDate: '2026-12-03', toDate: '2026-12-04', reasonCode: 'family_reasons',
    });
    expect(response.statusCode).toBe(201);
    requestId = response.json().id;
  });

  it('the contact teacher sees it waiting', async () => {
    const body = (await get(`/api/schools/${schoolId}/leave-requests?status=submitted`, contactTeacher)).json();
    expect(body.notices.map((n: { id: string }) => n.id)).toContain(requestId);
  });

  it('a teacher who is not the contact teacher sees none and cannot decide', async () => {
    expect((await get(`/api/schools/${schoolId}/leave-requests`, otherTeacher)).json().notices).toEqual([]);
    expect((await post(`/api/leave-requests/${requestId}/decision`, otherTeacher, { decision: 'approved' })).statusCode).toBe(403);
  });

  it('refusing needs a reason', async () => {
    const response = await post(`/api/leave-requests/${requestId}/decision`, contactTeacher, { decision: 'refused', note: '  ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe('body.note');
  });

  it('the contact teacher approves it, once', async () => {
    const approved = await post(`/api/leave-requests/${requestId}/decision`, contactTeacher, { decision: 'approved' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: { id: expect.any(String) } });
    expect((await post(`/api/leave-requests/${requestId}/decision`, contactTeacher, { decision: 'refused', note: 'x' })).statusCode).toBe(409);
  });

  it('the guardian sees the decision', async () => {
    const body = (await get('/api/my/notices', guardian)).json();
    expect(body.notices.find((n: { id: string }) => n.id === requestId).status).toBe('approved');
  });
});
