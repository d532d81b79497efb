import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildOwner, buildPupil, buildSchool, buildSchoolYear, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';

// The test clock stands at 09:00 on Monday 23 November 2026, in the 2026/27 school year.
let database: TestDatabase;
let app: FastifyInstance;
let leader: LoggedIn;
let leaderId: string;
let school: { id: string; ownerId: string };

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  school = await buildSchool(database, owner.id);
  const year = await buildSchoolYear(database, school.id);
  await database.query(
    `insert into holidays (school_year_id, name, kind, starts_on, ends_on) values ($1, 'Høstferie', 'autumn_break', '2026-09-28', '2026-10-02')`,
    [year.id],
  );
  const lead = await buildUser(database, owner.id, { email: 'lise@test.example', givenName: 'Lise', familyName: 'Leder', roles: [{ role: 'leadership', schoolId: school.id }] });
  leaderId = lead.id;
  await buildUser(database, owner.id, { email: 'kari@test.example', givenName: 'Kari', familyName: 'Kontakt', roles: [{ role: 'teacher', schoolId: school.id }] });
  await buildUser(database, owner.id, { email: 'tone@test.example', givenName: 'Tone', familyName: 'Fag', roles: [{ role: 'teacher', schoolId: school.id }] });
  // A pupil of the school who is in no class: attendance for them has nowhere to go.
  await buildPupil(database, school, { externalId: 'E9', givenName: 'Ine', familyName: 'Utenfor' });
  ({ app } = await buildTestApp(database));
  leader = await logIn(app, lead.email);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

type Kind = 'roster' | 'timetable' | 'attendance';
const send = (step: 'preview' | 'commit', kind: Kind, content: string, who: LoggedIn = leader, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: `/api/schools/${school.id}/imports/${kind}/${step}`,
    headers: { ...who.headers, ...headers },
    payload: { fileName: `${kind}.csv`, content },
  });

const TABLES = [
  'pupils',
  'guardians',
  'pupil_guardians',
  'groups',
  'group_memberships',
  'contact_teachers',
  'subjects',
  'group_teachers',
  'lessons',
  'attendance_marks',
  'attendance_mark_history',
  'import_batches',
  'audit_log',
] as const;

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await database.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

/** Every lesson row as it stands, to show that a second import touches none. */
const lessonState = () =>
  database.query('select id, status, version, registered_by, registered_at from lessons order by id');
const markState = () =>
  database.query('select id, status, minutes_late, documentation, updated_at from attendance_marks order by id');

const ROSTER = [
  'pupil;given_name;family_name;birth_date;class;grade;contact_teacher;protected_address;guardian_given_name;guardian_family_name;guardian_email;guardian_phone;parental_responsibility',
  'E1;Ada;Aas;01.05.2013;8A;8;kari@test.example;nei;Anne;Aas;anne@test.example;99999999;ja',
  'E1;Ada;Aas;01.05.2013;8A;8;kari@test.example;;Per;Aas;per@test.example;;nei',
  'E2;Bo;Aas;2013-02-03;8A;8;Kari@Test.Example;ja;Anne;Aas;anne@test.example;;ja',
  'E3;Cy;Dahl;2013-03-04;8B;;;;;;;;',
].join('\r\n');

const TIMETABLE = [
  'date,period,start,end,group,subject,subject_name,teacher',
  '2026-11-23,1,08:30,09:15,8A,NOR,Norsk,tone@test.example',
  '2026-11-23,2,,,8A,MAT,Matematikk,tone@test.example',
  '2026-11-23,1,,,8B,NOR,,tone@test.example',
  '2026-11-24,1,,,8A,NOR,,',
].join('\n');

const ATTENDANCE_HEADER = 'pupil,date,period,subject,teacher,status,documentation,minutes_late';
const ATTENDANCE = [
  ATTENDANCE_HEADER,
  'E1,2026-11-23,1,NOR,tone@test.example,F,meldt,',
  'E2,2026-11-23,1,NOR,,S,,10',
  'E1,2026-11-23,3,NOR,,F,,',
  'E3,23.11.2026,1,NOR,,M,,',
].join('\n');

describe('importing a roster, a timetable and attendance', () => {
  it('previews the roster without writing anything', async () => {
    const before = await rowCounts();
    const response = await send('preview', 'roster', `\uFEFF${ROSTER}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: true,
      summary: {
        rows: 4,
        create: { pupils: 3, classes: 2, classMemberships: 3, contactTeachers: 2, guardians: 2, guardianLinks: 3 },
        update: {},
        unchanged: { pupils: 0, classes: 0, classMemberships: 0, contactTeachers: 0, guardians: 0, guardianLinks: 0 },
      },
      alreadyImported: null,
      notice: null,
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('commits the roster: pupils, classes, contact teachers and guardians', async () => {
    const response = await send('commit', 'roster', `\uFEFF${ROSTER}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, committed: true, alreadyImported: null, summary: { create: { pupils: 3 } } });
    const pupils = await database.query<{ external_id: string; protected_address: boolean; birth_date: string; class_name: string; valid_from: string; contact: string | null }>(
      `select p.external_id, p.protected_address, p.birth_date, g.name as class_name, m.valid_from,
              (select u.email from contact_teachers ct join users u on u.id = ct.user_id where ct.pupil_id = p.id) as contact
         from pupils p join group_memberships m on m.pupil_id = p.id join groups g on g.id = m.group_id
        where p.school_id = $1 order by p.external_id`,
      [school.id],
    );
    expect(pupils).toEqual([
      { external_id: 'E1', protected_address: false, birth_date: '2013-05-01', class_name: '8A', valid_from: '2026-08-17', contact: 'kari@test.example' },
      { external_id: 'E2', protected_address: true, birth_date: '2013-02-03', class_name: '8A', valid_from: '2026-08-17', contact: 'kari@test.example' },
      { external_id: 'E3', protected_address: false, birth_date: '2013-03-04', class_name: '8B', valid_from: '2026-08-17', contact: null },
    ]);
    const links = await database.query<{ pupil: string; guardian: string; parental_responsibility: boolean }>(
      `select p.external_id as pupil, g.email as guardian, pg.parental_responsibility
         from pupil_guardians pg join pupils p on p.id = pg.pupil_id join guardians g on g.id = pg.guardian_id
        order by 1, 2`,
    );
    // Siblings share the guardian with the same e-mail address.
    expect(links).toEqual([
      { pupil: 'E1', guardian: 'anne@test.example', parental_responsibility: true },
      { pupil: 'E1', guardian: 'per@test.example', parental_responsibility: false },
      { pupil: 'E2', guardian: 'anne@test.example', parental_responsibility: true },
    ]);
    const [batch] = await database.query<{ kind: string; row_count: number; committed_by: string; file_name: string }>(
      'select kind, row_count, committed_by, file_name from import_batches',
    );
    expect(batch).toEqual({ kind: 'roster', row_count: 4, committed_by: leaderId, file_name: 'roster.csv' });
    const [entry] = await database.query<{ actor_id: string; actor_role: string; action: string; entity: string; details: { kind: string; rows: number; create: Record<string, number> } }>(
      `select actor_id, actor_role, action, entity, details from audit_log where action = 'import'`,
    );
    expect(entry).toMatchObject({ actor_id: leaderId, actor_role: 'leadership', action: 'import', entity: 'import_batch', details: { kind: 'roster', rows: 4, create: { pupils: 3 } } });
  });

  it('commits the timetable: subjects named in it, lessons with given or default times, teachers of groups', async () => {
    const response = await send('commit', 'timetable', TIMETABLE);
    expect(response.json()).toMatchObject({
      ok: true,
      committed: true,
      summary: { rows: 4, create: { subjects: 2, lessons: 4, groupTeachers: 3 } },
    });
    const lessons = await database.query(
      `select g.name as group_name, l.date, l.period, s.code, to_char(l.starts_at, 'HH24:MI') as starts_at, to_char(l.ends_at, 'HH24:MI') as ends_at, l.status
         from lessons l join groups g on g.id = l.group_id join subjects s on s.id = l.subject_id order by l.date, g.name, l.period`,
    );
    expect(lessons).toEqual([
      { group_name: '8A', date: '2026-11-23', period: 1, code: 'NOR', starts_at: '08:30', ends_at: '09:15', status: 'planned' },
      { group_name: '8A', date: '2026-11-23', period: 2, code: 'MAT', starts_at: '09:10', ends_at: '09:55', status: 'planned' },
      { group_name: '8B', date: '2026-11-23', period: 1, code: 'NOR', starts_at: '08:15', ends_at: '09:00', status: 'planned' },
      { group_name: '8A', date: '2026-11-24', period: 1, code: 'NOR', starts_at: '08:15', ends_at: '09:00', status: 'planned' },
    ]);
  });

  it('lists every problem of an attendance file at once, by line and column, in the user\'s language', async () => {
    const file = [
      ATTENDANCE_HEADER,
      'E1,2026-11-23,1,NOR,,X,,',
      'E404,2026-11-23,1,NOR,,F,,',
      'E1,2026-11-21,1,NOR,,F,,',
      'E1,2026-09-30,1,NOR,,F,,',
      'E1,2027-08-20,1,NOR,,F,,',
      'E1,2026-11-24,2,KRL,,F,,',
      'E1,2026-11-24,1,NOR,nobody@test.example,F,,',
      'E2,2026-11-24,1,NOR,,F,,',
      'E2,2026-11-24,1,NOR,,M,,',
      'E9,2026-11-24,1,NOR,,F,,',
      'E1,2026-11-23,2,NOR,,F,,',
    ].join('\n');
    const response = await send('preview', 'attendance', file);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { ok: boolean; errorCount: number; errors: { line: number; column: string; message: string }[] };
    expect(body.ok).toBe(false);
    expect(body.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'status'],
      [3, 'pupil'],
      [4, 'date'],
      [5, 'date'],
      [6, 'date'],
      [7, 'subject'],
      [8, 'teacher'],
      [10, 'pupil'],
      [11, 'pupil'],
      [12, 'period'],
    ]);
    expect(body.errorCount).toBe(10);
    const messages = body.errors.map((e) => e.message);
    expect(messages[0]).toBe('«X» er ikke en status. Bruk M (møtt), F (fravær), S (sen) eller O (organisert studietid, ikke fravær).');
    expect(messages[1]).toContain('«E404»');
    expect(messages[3]).toBe('Datoen er en fridag: Høstferie.');
    expect(messages[4]).toBe('Datoen er utenfor skoleåret 2026/27 (17.08.2026–18.06.2027).');
    expect(messages[7]).toContain('linje 9');
    expect(messages[8]).toBe('24.11.2026 er eleven ikke i noen klasse, og ikke i noen gruppe med faget NOR.');
    expect(messages[9]).toBe('8A har allerede MAT i denne timen denne dagen.');

    const english = (await send('preview', 'attendance', file, leader, { 'accept-language': 'en' })).json() as typeof body;
    expect(english.errors[2]?.message).toBe('The date is a Saturday or a Sunday.');
  });

  it('commits nothing at all when one row is wrong', async () => {
    const before = await rowCounts();
    const response = await send('commit', 'attendance', `${ATTENDANCE}\nE404,2026-11-23,1,NOR,,F,,\n`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: false, errorCount: 1, errors: [{ line: 6, column: 'pupil' }] });
    expect(await rowCounts()).toEqual(before);
  });

  it('commits attendance: matched to lessons, missing lessons created held, the rest of the group present', async () => {
    const response = await send('commit', 'attendance', ATTENDANCE);
    expect(response.json()).toMatchObject({
      ok: true,
      committed: true,
      summary: { rows: 4, create: { lessons: 1, marks: 4, presentMarks: 1 }, update: { lessons: 2 } },
    });
    const marks = await database.query(
      `select p.external_id as pupil, g.name as group_name, l.period, s.code, l.status as lesson_status, l.registered_by,
              to_char(l.starts_at, 'HH24:MI') as starts_at, a.status, a.minutes_late, a.documentation, a.recorded_by
         from attendance_marks a join pupils p on p.id = a.pupil_id join lessons l on l.id = a.lesson_id
         join groups g on g.id = l.group_id join subjects s on s.id = l.subject_id
        order by l.period, g.name, p.external_id`,
    );
    const by = { lesson_status: 'held', registered_by: leaderId, recorded_by: leaderId };
    expect(marks).toEqual([
      { pupil: 'E1', group_name: '8A', period: 1, code: 'NOR', starts_at: '08:30', status: 'F', minutes_late: null, documentation: 'reported', ...by },
      { pupil: 'E2', group_name: '8A', period: 1, code: 'NOR', starts_at: '08:30', status: 'S', minutes_late: 10, documentation: 'undocumented', ...by },
      { pupil: 'E3', group_name: '8B', period: 1, code: 'NOR', starts_at: '08:15', status: 'M', minutes_late: null, documentation: 'undocumented', ...by },
      // Period 3 was not in the timetable: created for the class at the default time; Bo, not in the file, is present.
      { pupil: 'E1', group_name: '8A', period: 3, code: 'NOR', starts_at: '10:05', status: 'F', minutes_late: null, documentation: 'undocumented', ...by },
      { pupil: 'E2', group_name: '8A', period: 3, code: 'NOR', starts_at: '10:05', status: 'M', minutes_late: null, documentation: 'undocumented', ...by },
    ]);
  });

  it.each([
    ['roster', `\uFEFF${ROSTER}`],
    ['timetable', TIMETABLE],
    ['attendance', ATTENDANCE],
  ] as const)('recognises the same %s file committed again and changes nothing', async (kind, content) => {
    const before = { counts: await rowCounts(), lessons: await lessonState(), marks: await markState() };
    const preview = (await send('preview', kind, content)).json() as { ok: boolean; notice: string };
    expect(preview.notice).toMatch(/^Denne filen ble importert 23\.11\.2026 kl\. 09:00 av Lise Leder; ingenting ble endret\.$/);
    const response = await send('commit', kind, content);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ok: true,
      committed: false,
      alreadyImported: { by: 'Lise Leder', fileName: `${kind}.csv` },
      notice: 'Denne filen ble importert 23.11.2026 kl. 09:00 av Lise Leder; ingenting ble endret.',
    });
    expect({ counts: await rowCounts(), lessons: await lessonState(), marks: await markState() }).toEqual(before);
  });

  it('changes nothing for the same data in another file (rows reordered): every row is unchanged', async () => {
    const [header, ...rows] = ATTENDANCE.split('\n');
    const reordered = [header, ...rows.reverse()].join('\r\n');
    const before = { counts: await rowCounts(), lessons: await lessonState(), marks: await markState() };
    const preview = (await send('preview', 'attendance', reordered)).json();
    expect(preview).toMatchObject({ ok: true, alreadyImported: null, summary: { create: {}, update: {}, unchanged: { lessons: 3, marks: 4, presentMarks: 0 } } });
    const response = await send('commit', 'attendance', reordered);
    expect(response.json()).toMatchObject({ ok: true, committed: true });
    const after = { counts: await rowCounts(), lessons: await lessonState(), marks: await markState() };
    // Only the new batch and its audit row: no lesson, no mark and no history row touched.
    expect(after.lessons).toEqual(before.lessons);
    expect(after.marks).toEqual(before.marks);
    expect(after.counts).toEqual({ ...before.counts, import_batches: before.counts.import_batches! + 1, audit_log: before.counts.audit_log! + 1 });
  });

  it('records a changed mark in the history and moves the lesson version', async () => {
    const [{ version: before } = { version: -1 }] = await database.query<{ version: number }>(
      `select version from lessons where period = 1 and date = '2026-11-23' and group_id = (select id from groups where name = '8A')`,
    );
    const file = `${ATTENDANCE_HEADER}\nE1,2026-11-23,1,NOR,,F,dokumentert,\n`;
    expect((await send('commit', 'attendance', file)).json()).toMatchObject({ ok: true, summary: { update: { marks: 1, lessons: 1 } } });
    const history = await database.query('select old_documentation, new_documentation, changed_by from attendance_mark_history');
    expect(history).toEqual([{ old_documentation: 'reported', new_documentation: 'documented', changed_by: leaderId }]);
    const [{ version: after } = { version: -1 }] = await database.query<{ version: number }>(
      `select version from lessons where period = 1 and date = '2026-11-23' and group_id = (select id from groups where name = '8A')`,
    );
    expect(after).toBe(before + 1);
  });

  it('moves a pupil to another class from today, keeping the earlier days in the old class', async () => {
    const file = 'pupil,given_name,family_name,birth_date,class\nE3,Cy,Dahl,2013-03-04,8A\n';
    expect((await send('commit', 'roster', file)).json()).toMatchObject({ ok: true, summary: { update: { classMemberships: 1 }, unchanged: { pupils: 1 } } });
    const rows = await database.query(
      `select g.name, m.valid_from, m.valid_to from group_memberships m join groups g on g.id = m.group_id
        join pupils p on p.id = m.pupil_id where p.external_id = 'E3' order by m.valid_from`,
    );
    expect(rows).toEqual([
      { name: '8B', valid_from: '2026-08-17', valid_to: '2026-11-22' },
      { name: '8A', valid_from: '2026-11-23', valid_to: null },
    ]);
  });

  it('keeps a protected address when the cell is empty', async () => {
    const file = 'pupil,given_name,family_name,birth_date,class,protected_address\nE2,Bo,Aas,2013-02-03,8A,\n';
    expect((await send('commit', 'roster', file)).json()).toMatchObject({ ok: true, summary: { unchanged: { pupils: 1 } } });
    const [pupil] = await database.query<{ protected_address: boolean }>(`select protected_address from pupils where external_id = 'E2'`);
    expect(pupil?.protected_address).toBe(true);
  });
});
