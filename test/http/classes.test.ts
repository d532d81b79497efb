import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildClass, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';

let database: TestDatabase;
let app: FastifyInstance;
let school: { id: string; ownerId: string };
let otherSchool: { id: string };
let foreignSchool: { id: string };
let classId: string;
let teacher: LoggedIn;
let analyst: LoggedIn;
let admin: LoggedIn;
let foreignAdmin: LoggedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  school = await buildSchool(database, owner.id);
  otherSchool = await buildSchool(database, owner.id, { name: 'Andre skole' });
  const foreignOwner = await buildOwner(database, { name: 'Annen kommune' });
  foreignSchool = await buildSchool(database, foreignOwner.id, { name: 'Fremmed skole' });
  const year = await buildSchoolYear(database, school.id);
  const teacherRow = await buildUser(database, owner.id, {
    givenName: 'Kari',
    familyName: 'Larsen',
    roles: [{ role: 'teacher', schoolId: school.id }],
  });
  const klass = await buildClass(database, school, year.id, { name: '8A', grade: 8 });
  classId = klass.id;
  await buildPupil(database, school, { classId, contactTeacherId: teacherRow.id, givenName: 'Ada', familyName: 'Aas' });
  await buildPupil(database, school, { classId, givenName: 'Bo', familyName: 'Berg', birthDate: '2008-01-01' });
  // Left the class before today: not listed.
  await buildPupil(database, school, { classId, givenName: 'Cato', familyName: 'Dal' }).then(async (p) => {
    await database.query("update group_memberships set valid_to = '2026-09-30' where pupil_id = $1", [p.id]);
  });
  const analystRow = await buildUser(database, owner.id, { roles: [{ role: 'owner_analyst', schoolId: null }] });
  const adminRow = await buildUser(database, owner.id, { roles: [{ role: 'admin', schoolId: null }] });
  const foreignAdminRow = await buildUser(database, foreignOwner.id, { roles: [{ role: 'admin', schoolId: null }] });
  ({ app } = await buildTestApp(database));
  teacher = await logIn(app, teacherRow.email);
  analyst = await logIn(app, analystRow.email);
  admin = await logIn(app, adminRow.email);
  foreignAdmin = await logIn(app, foreignAdminRow.email);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const get = (url: string, who?: LoggedIn) => app.inject({ method: 'GET', url, headers: who?.headers ?? {} });

describe("a school's classes", () => {
  it('a teacher sees the classes of their school with pupil counts and contact teachers', async () => {
    const response = await get(`/api/schools/${school.id}/classes`, teacher);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.schoolYear.name).toBe('2026/27');
    expect(body.classes).toEqual([
      { id: classId, name: '8A', grade: 8, pupilCount: 2, contactTeachers: [{ id: expect.any(String), name: 'Kari Larsen' }] },
    ]);
  });

  it('a teacher lists only their own school', async () => {
    expect((await get('/api/schools', teacher)).json()).toEqual({ schools: [{ id: school.id, name: 'Testvik skole' }] });
  });

  it("the owner's administrator lists every school of that owner, and no other owner's", async () => {
    const names = (await get('/api/schools', admin)).json().schools.map((s: { name: string }) => s.name);
    expect(names).toEqual(['Andre skole', 'Testvik skole']);
  });

  it('a teacher may not see another school of the same owner', async () => {
    expect((await get(`/api/schools/${otherSchool.id}/classes`, teacher)).statusCode).toBe(403);
  });

  it("another owner's school does not exist for the user (404, not 403)", async () => {
    expect((await get(`/api/schools/${foreignSchool.id}/classes`, teacher)).statusCode).toBe(404);
    expect((await get(`/api/classes/${classId}`, foreignAdmin)).statusCode).toBe(404);
  });

  it('the school-owner analyst never sees a roster', async () => {
    expect((await get(`/api/schools/${school.id}/classes`, analyst)).statusCode).toBe(403);
    expect((await get(`/api/classes/${classId}`, analyst)).statusCode).toBe(403);
  });

  it('nobody sees anything without logging in', async () => {
    expect((await get(`/api/schools/${school.id}/classes`)).statusCode).toBe(401);
  });

  it('a malformed id is a 400 with a field message, not a 500', async () => {
    const response = await get('/api/classes/not-a-uuid', teacher);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'params.classId', message: 'Er ikke en gyldig id.' }]);
  });
});

describe("a class's pupils", () => {
  it('lists the pupils in the class today with age and contact teacher', async () => {
    const response = await get(`/api/classes/${classId}`, teacher);
    expect(response.statusCode).toBe(200);
    const pupils = response.json().pupils;
    expect(pupils.map((p: { familyName: string }) => p.familyName)).toEqual(['Aas', 'Berg']);
    expect(pupils[0].contactTeacher.name).toBe('Kari Larsen');
    expect(pupils[1]).toMatchObject({ age: 18, contactTeacher: null });
  });
});
