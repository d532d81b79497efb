// The examples in docs/import-format.md are imported as they stand, in the
// order the page gives, so that the page cannot drift from what the code does.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildOwner, buildSchool, buildSchoolYear, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';

const page = readFileSync(new URL('../../docs/import-format.md', import.meta.url), 'utf8');
const [roster, timetable, attendance] = [...page.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

let database: TestDatabase;
let app: FastifyInstance;
let leader: LoggedIn;
let school: { id: string };

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  school = await buildSchool(database, owner.id);
  await buildSchoolYear(database, school.id);
  const lead = await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: school.id }] });
  for (const email of ['kari.kontakt@skole.no', 'tone.fag@skole.no']) {
    await buildUser(database, owner.id, { email, roles: [{ role: 'teacher', schoolId: school.id }] });
  }
  ({ app } = await buildTestApp(database));
  leader = await logIn(app, lead.email);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const commit = (kind: string, content: string) =>
  app.inject({
    method: 'POST',
    url: `/api/schools/${school.id}/imports/${kind}/commit`,
    headers: leader.headers,
    payload: { fileName: `${kind}.csv`, content },
  });

describe('the examples in docs/import-format.md', () => {
  it('are three files', () => {
    expect([roster, timetable, attendance].every((text) => text && text.split('\n').length > 3)).toBe(true);
  });

  it('import as the page says', async () => {
    expect((await commit('roster', roster!)).json()).toMatchObject({
      ok: true,
      summary: { create: { pupils: 3, classes: 2, guardians: 2, guardianLinks: 3, contactTeachers: 2 } },
    });
    expect((await commit('timetable', timetable!)).json()).toMatchObject({
      ok: true,
      summary: { create: { lessons: 4, subjects: 3, groups: 1 } },
    });
    expect((await commit('attendance', attendance!)).json()).toMatchObject({
      ok: true,
      summary: { create: { marks: 4, presentMarks: 1 }, update: { lessons: 3 } },
    });
    const [spanish] = await database.query(
      `select g.kind, to_char(l.starts_at, 'HH24:MI') as starts_at, l.teacher_id from lessons l join groups g on g.id = l.group_id where g.name = '8AB-SPA'`,
    );
    expect(spanish).toEqual({ kind: 'teaching_group', starts_at: '10:05', teacher_id: null });
    const [cyrus] = await database.query<{ protected_address: boolean }>(`select protected_address from pupils where external_id = '1003'`);
    expect(cyrus?.protected_address).toBe(true);
  });
});
