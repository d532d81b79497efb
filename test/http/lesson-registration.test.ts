import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import {
  buildClass,
  buildLesson,
  buildNotice,
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
let teacher: LoggedIn;
let contactTeacher: LoggedIn;
let substitute: LoggedIn;
let otherSchoolTeacher: LoggedIn;
let foreignTeacher: LoggedIn;
let school: { id: string; ownerId: string };
let classId: string;
let subjectId: string;
let teacherId: string;
let ada: string;
let bo: string;
let outsider: string;
let guardianUserId: string;
let lessonSeq = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  school = await buildSchool(database, owner.id);
  const other = await buildSchool(database, owner.id, { name: 'Annen skole' });
  const foreignOwner = await buildOwner(database, { name: 'Fremmed kommune' });
  const foreignSchool = await buildSchool(database, foreignOwner.id);
  const year = await buildSchoolYear(database, school.id);
  classId = (await buildClass(database, school, year.id)).id;
  subjectId = (await buildSubject(database, school.id)).id;
  const t = await buildUser(database, owner.id, { givenName: 'Tone', familyName: 'Fag', roles: [{ role: 'teacher', schoolId: school.id }] });
  teacherId = t.id;
  const ct = await buildUser(database, owner.id, { givenName: 'Kari', familyName: 'Kontakt', roles: [{ role: 'teacher', schoolId: school.id }] });
  const sub = await buildUser(database, owner.id, { givenName: 'Vidar', familyName: 'Vikar', roles: [{ role: 'teacher', schoolId: school.id }] });
  const ost = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: other.id }] });
  const ft = await buildUser(database, foreignOwner.id, { roles: [{ role: 'teacher', schoolId: foreignSchool.id }] });
  guardianUserId = (await buildUser(database, owner.id, { roles: [] })).id;
  ada = (await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Ada', familyName: 'Aas' })).id;
  bo = (await buildPupil(database, school, { classId, contactTeacherId: ct.id, givenName: 'Bo', familyName: 'Berg' })).id;
  outsider = (await buildPupil(database, school, { givenName: 'Ole', familyName: 'Utenfor' })).id;
  ({ app } = await buildTestApp(database));
  teacher = await logIn(app, t.email);
  contactTeacher = await logIn(app, ct.email);
  substitute = await logIn(app, sub.email);
  otherSchoolTeacher = await logIn(app, ost.email);
  foreignTeacher = await logIn(app, ft.email);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

/** A fresh lesson of Tone's today, period 1 (08:30), unless told otherwise. */
async function lesson(overrides: { date?: string; startsAt?: string; endsAt?: string } = {}) {
  lessonSeq += 1;
  return buildLesson(database, { schoolId: school.id, groupId: classId, subjectId, teacherId, period: lessonSeq % 16 || 16, date: overrides.date ?? `2026-11-${String(1 + (lessonSeq % 20)).padStart(2, '0')}`, ...overrides });
}

const put = (id: number, who: LoggedIn, payload: object, key?: string) =>
  app.inject({
    method: 'PUT',
    url: `/api/lessons/${id}/registration`,
    headers: { ...who.headers, ...(key ? { 'idempotency-key': key } : {}) },
    payload,
  });
const get = (url: string, who: LoggedIn) => app.inject({ method: 'GET', url, headers: who.headers });
const markRows = (lessonId: number) =>
  database.query<{ pupil_id: string; status: string; minutes_late: number | null; documentation: string }>(
    'select pupil_id, status, minutes_late, documentation from attendance_marks where lesson_id = $1 order by pupil_id',
    [lessonId],
  );

describe("a teacher's day", () => {
  it('lists their lessons of the day with whether each is registered', async () => {
    const today = await lesson({ date: '2026-11-23', startsAt: '08:30', endsAt: '09:15' });
    const response = await get('/api/my/lessons?date=2026-11-23', teacher);
    expect(response.statusCode).toBe(200);
    const found = response.json().lessons.find((l: { id: number }) => l.id === today.id);
    expect(found).toMatchObject({ status: 'planned', registeredAt: null, pupilCount: 2, group: { name: '8A' }, subject: { code: 'NOR' } });
  });
});

describe('registering a lesson', () => {
  it('opens with everyone in the group and nobody marked yet', async () => {
    const l = await lesson();
    const body = (await get(`/api/lessons/${l.id}/registration`, teacher)).json();
    expect(body.version).toBe(0);
    expect(body.open).toBe(true);
    expect(body.pupils.map((p: { givenName: string }) => p.givenName)).toEqual(['Ada', 'Bo']);
    expect(body.pupils.every((p: { mark: unknown }) => p.mark === null)).toBe(true);
  });

  it('saves all marks in one request; pupils left out are present', async () => {
    const l = await lesson();
    const response = await put(l.id, teacher, { version: 0, held: true, marks: [{ pupilId: ada, status: 'S', minutesLate: 7 }] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ version: 1, status: 'held', counts: { present: 1, late: 1, absent: 0 } });
    const rows = await markRows(l.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.pupil_id === ada)).toMatchObject({ status: 'S', minutes_late: 7 });
    expect(rows.find((r) => r.pupil_id === bo)).toMatchObject({ status: 'M', minutes_late: null });
  });

  it('a retried request with the same idempotency key is not saved twice', async () => {
    const l = await lesson();
    const payload = { version: 0, held: true, marks: [{ pupilId: ada, status: 'F' }] };
    const first = await put(l.id, teacher, payload, 'retry-key-0001');
    const again = await put(l.id, teacher, payload, 'retry-key-0001');
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const [{ version }] = (await database.query<{ version: number }>('select version from lessons where id = $1', [l.id])) as [{ version: number }];
    expect(version).toBe(1);
    expect(await markRows(l.id)).toHaveLength(2);
  });

  it('the same key for another request is refused', async () => {
    const l = await lesson();
    await put(l.id, teacher, { version: 0, held: true, marks: [] }, 'retry-key-0002');
    const other = await put(l.id, teacher, { version: 0, held: true, marks: [{ pupilId: ada, status: 'F' }] }, 'retry-key-0002');
    expect(other.statusCode).toBe(422);
  });

  it('two teachers saving from the same version: the second is told who saved first, and nothing is lost', async () => {
    const l = await lesson();
    const first = await put(l.id, teacher, { version: 0, held: true, marks: [{ pupilId: ada, status: 'F' }] });
    expect(first.statusCode).toBe(200);
    const second = await app.inject({
      method: 'PUT',
      url: `/api/lessons/${l.id}/registration`,
      headers: { ...substitute.headers, 'accept-language': 'nb' },
      payload: { version: 0, held: true, marks: [{ pupilId: bo, status: 'F' }] },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('Tone Fag lagret denne timen kl.');
    expect((await markRows(l.id)).find((r) => r.pupil_id === ada)?.status).toBe('F');
    expect((await markRows(l.id)).find((r) => r.pupil_id === bo)?.status).toBe('M');
  });

  it('a pupil not in the group is a 400 naming the field, and nothing is written', async () => {
    const l = await lesson();
    const response = await put(l.id, teacher, { version: 0, held: true, marks: [{ pupilId: ada, status: 'F' }, { pupilId: outsider, status: 'F' }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'body.marks.1.pupilId', message: 'Eleven er ikke i denne gruppen denne dagen.' }]);
    expect(await markRows(l.id)).toHaveLength(0);
    const [{ status, version }] = (await database.query<{ status: string; version: number }>('select status, version from lessons where id = $1', [l.id])) as [{ status: string; version: number }];
    expect({ status, version }).toEqual({ status: 'planned', version: 0 });
  });

  it('an unknown code is a 400 with the allowed codes', async () => {
    const l = await lesson();
    const response = await put(l.id, teacher, { version: 0, held: true, marks: [{ pupilId: ada, status: 'X' }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toEqual({ path: 'body.marks.0.status', message: 'Må være en av: M, F, S, O.' });
    expect(await markRows(l.id)).toHaveLength(0);
  });

  it('a late arrival without minutes is a 400 in the language asked for', async () => {
    const l = await lesson();
    const response = await app.inject({
      method: 'PUT',
      url: `/api/lessons/${l.id}/registration`,
      headers: { ...teacher.headers, 'accept-language': 'en' },
      payload: { version: 0, held: true, marks: [{ pupilId: ada, status: 'S' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toEqual({ path: 'body.marks.0.minutesLate', message: 'Enter how many minutes late (1–240).' });
  });

  it('a lesson in the future is a 400 and is not registered', async () => {
    const later = await lesson({ date: '2026-11-23', startsAt: '13:00', endsAt: '13:45' });
    const tomorrow = await lesson({ date: '2026-11-24' });
    for (const l of [later, tomorrow]) {
      const response = await put(l.id, teacher, { version: 0, held: true, marks: [] });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0].path).toBe('params.lessonId');
    }
  });

  it('a lesson not held keeps no one absent and is recorded as not held', async () => {
    const l = await lesson();
    const response = await put(l.id, teacher, { version: 0, held: false, marks: [] });
    expect(response.json().status).toBe('not_held');
    expect(await markRows(l.id)).toHaveLength(0);
  });

  it('a substitute may register and is recorded as the substitute', async () => {
    const l = await lesson();
    expect((await put(l.id, substitute, { version: 0, held: true, marks: [] })).statusCode).toBe(200);
    const body = (await get(`/api/lessons/${l.id}/registration`, teacher)).json();
    expect(body.lesson.substitute.name).toBe('Vidar Vikar');
    expect(body.registeredBy.name).toBe('Vidar Vikar');
  });

  it('editing later keeps a history of who changed what and when', async () => {
    const l = await lesson();
    await put(l.id, teacher, { version: 0, held: true, marks: [{ pupilId: ada, status: 'F' }] });
    await put(l.id, contactTeacher, { version: 1, held: true, marks: [{ pupilId: ada, status: 'S', minutesLate: 10 }] });
    const history = (await get(`/api/lessons/${l.id}/history`, teacher)).json().entries;
    expect(history).toEqual([
      {
        pupilId: ada,
        changedAt: expect.any(String),
        changedBy: { id: expect.any(String), name: 'Kari Kontakt' },
        from: { status: 'F', minutesLate: null, documentation: 'undocumented' },
        to: { status: 'S', minutesLate: 10, documentation: 'undocumented' },
      },
    ]);
  });
});

describe('notices from home in the register', () => {
  it('pre-fill the pupil as absent, reported; the subject teacher sees that, not why', async () => {
    const l = await lesson({ date: '2026-11-20' });
    await buildNotice(database, { pupilId: bo, schoolId: school.id, submittedBy: guardianUserId, fromDate: '2026-11-20', toDate: '2026-11-20' });
    const asTeacher = (await get(`/api/lessons/${l.id}/registration`, teacher)).json();
    const boRow = asTeacher.pupils.find((p: { id: string }) => p.id === bo);
    expect(boRow.notice).toEqual({ kind: 'absence', documentation: 'reported', reasonCode: null });
    const asContact = (await get(`/api/lessons/${l.id}/registration`, contactTeacher)).json();
    expect(asContact.pupils.find((p: { id: string }) => p.id === bo).notice.reasonCode).toBe('health_self_reported');
    await put(l.id, teacher, { version: 0, held: true, marks: [{ pupilId: bo, status: 'F' }] });
    expect((await markRows(l.id)).find((r) => r.pupil_id === bo)?.documentation).toBe('reported');
  });
});

describe('who may register', () => {
  it('a teacher at another school of the owner may not (403)', async () => {
    const l = await lesson();
    expect((await get(`/api/lessons/${l.id}/registration`, otherSchoolTeacher)).statusCode).toBe(403);
    expect((await put(l.id, otherSchoolTeacher, { version: 0, held: true, marks: [] })).statusCode).toBe(403);
  });
  it("another owner's teacher does not find the lesson at all (404)", async () => {
    const l = await lesson();
    expect((await get(`/api/lessons/${l.id}/registration`, foreignTeacher)).statusCode).toBe(404);
  });
  it('a lesson id that is not a number is a 400', async () => {
    expect((await get('/api/lessons/abc/registration', teacher)).statusCode).toBe(400);
  });
});

describe("a school's lessons of a day, for a substitute", () => {
  it("a teacher at the school sees all its lessons that day, a colleague's too, in timetable order", async () => {
    const [{ id: colleagueId }] = (await database.query<{ id: string }>(
      "select id from users where given_name = 'Kari' and family_name = 'Kontakt'",
    )) as [{ id: string }];
    const mine = await buildLesson(database, { schoolId: school.id, groupId: classId, subjectId, teacherId, date: '2026-12-02', period: 2, startsAt: '09:30', endsAt: '10:15' });
    const colleagues = await buildLesson(database, { schoolId: school.id, groupId: classId, subjectId, teacherId: colleagueId, date: '2026-12-02', period: 1, startsAt: '08:30', endsAt: '09:15' });
    await buildLesson(database, { schoolId: school.id, groupId: classId, subjectId, teacherId: colleagueId, date: '2026-12-03', period: 1 });
    const response = await get(`/api/schools/${school.id}/lessons?date=2026-12-02`, substitute);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.date).toBe('2026-12-02');
    expect(body.lessons.map((l: { id: number }) => l.id)).toEqual([colleagues.id, mine.id]);
    expect(body.lessons[0]).toMatchObject({ teacher: { name: 'Kari Kontakt' }, substitute: null, status: 'planned', group: { name: '8A' } });
  });

  it('a teacher at another school of the owner may not (403)', async () => {
    expect((await get(`/api/schools/${school.id}/lessons?date=2026-12-02`, otherSchoolTeacher)).statusCode).toBe(403);
  });

  it("another owner's teacher does not find the school at all (404)", async () => {
    expect((await get(`/api/schools/${school.id}/lessons?date=2026-12-02`, foreignTeacher)).statusCode).toBe(404);
  });
});
