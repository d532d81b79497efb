import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildOwner, buildSchool, buildSchoolYear, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';

let database: TestDatabase;
let app: FastifyInstance;
let school: { id: string };
let schoolWithoutYear: { id: string };
let foreignSchool: { id: string };
const who: Record<'leader' | 'admin' | 'teacher' | 'otherLeader' | 'foreignAdmin', LoggedIn> = {} as never;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  school = await buildSchool(database, owner.id);
  await buildSchoolYear(database, school.id);
  const other = await buildSchool(database, owner.id, { name: 'Annen skole' });
  schoolWithoutYear = other;
  const foreignOwner = await buildOwner(database, { name: 'Fremmed kommune' });
  foreignSchool = await buildSchool(database, foreignOwner.id);
  await buildSchoolYear(database, foreignSchool.id);
  ({ app } = await buildTestApp(database));
  const users = {
    leader: await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: school.id }] }),
    admin: await buildUser(database, owner.id, { roles: [{ role: 'admin', schoolId: null }] }),
    teacher: await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] }),
    otherLeader: await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: other.id }] }),
    foreignAdmin: await buildUser(database, foreignOwner.id, { roles: [{ role: 'admin', schoolId: null }] }),
  };
  for (const [name, user] of Object.entries(users)) who[name as keyof typeof who] = await logIn(app, user.email);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const ROSTER = 'pupil,given_name,family_name,birth_date,class\nE1,Ada,Aas,2013-05-01,8A\n';

const send = (
  schoolId: string,
  step: 'preview' | 'commit',
  user: LoggedIn | null,
  content = ROSTER,
  kind = 'roster',
) =>
  app.inject({
    method: 'POST',
    url: `/api/schools/${schoolId}/imports/${kind}/${step}`,
    headers: user?.headers ?? {},
    payload: { fileName: 'elever.csv', content },
  });

describe('who may import', () => {
  it("lets the school's leadership and the owner's administrator preview", async () => {
    expect((await send(school.id, 'preview', who.leader)).json()).toMatchObject({ ok: true });
    expect((await send(school.id, 'preview', who.admin)).json()).toMatchObject({ ok: true });
  });

  it("refuses a teacher and another school's leadership (403), and writes nothing", async () => {
    for (const user of [who.teacher, who.otherLeader]) {
      expect((await send(school.id, 'preview', user)).statusCode).toBe(403);
      expect((await send(school.id, 'commit', user)).statusCode).toBe(403);
    }
    const [row] = await database.query<{ n: number }>('select count(*)::int as n from pupils');
    expect(row?.n).toBe(0);
  });

  it("answers 404 for another owner's school and for a school that does not exist", async () => {
    expect((await send(foreignSchool.id, 'preview', who.admin)).statusCode).toBe(404);
    expect((await send(foreignSchool.id, 'commit', who.admin)).statusCode).toBe(404);
    expect((await send(school.id, 'commit', who.foreignAdmin)).statusCode).toBe(404);
    expect((await send('00000000-0000-4000-8000-000000000000', 'preview', who.admin)).statusCode).toBe(404);
  });

  it('needs a login and a known kind of file', async () => {
    expect((await send(school.id, 'preview', null)).statusCode).toBe(401);
    expect((await send(school.id, 'preview', who.leader, ROSTER, 'grades')).statusCode).toBe(400);
  });

  it("lets the administrator commit, and records the administrator's role in the audit log", async () => {
    expect((await send(school.id, 'commit', who.admin)).json()).toMatchObject({ ok: true, committed: true });
    const [entry] = await database.query<{ actor_role: string }>(`select actor_role from audit_log where action = 'import'`);
    expect(entry?.actor_role).toBe('admin');
  });
});

describe('limits and whole-file problems', () => {
  const errorsOf = async (response: Awaited<ReturnType<typeof send>>) => {
    expect(response.statusCode).toBe(200);
    const body = response.json() as { ok: boolean; errors: { line: number | null; column: string | null; message: string }[] };
    expect(body.ok).toBe(false);
    return body.errors;
  };

  it('refuses a file over 5 MB with a clear message', async () => {
    const big = `${ROSTER}${'E2,Bo,Berg,2013-02-03,8A\n'.repeat(220_000)}`;
    expect(await errorsOf(await send(school.id, 'preview', who.leader, big))).toEqual([
      { line: null, column: null, message: 'Filen er større enn 5 MB. Del den i flere filer, for eksempel én per måned.' },
    ]);
  });

  it('refuses a file over 50,000 rows', async () => {
    const rows = Array.from({ length: 50_001 }, (_, i) => `E${i},Bo,Berg,2013-02-03,8A`).join('\n');
    expect(await errorsOf(await send(school.id, 'preview', who.leader, `pupil,given_name,family_name,birth_date,class\n${rows}`))).toEqual([
      { line: null, column: null, message: 'Filen har mer enn 50000 rader. Del den i flere filer, for eksempel én per måned.' },
    ]);
  });

  it('names an empty file, a missing column and a school without a school year', async () => {
    expect(await errorsOf(await send(school.id, 'preview', who.leader, ''))).toEqual([{ line: null, column: null, message: 'Filen er tom.' }]);
    expect(await errorsOf(await send(school.id, 'preview', who.leader, 'pupil;given_name;family_name;class\nE1;Ada;Aas;8A\n'))).toEqual([
      { line: 1, column: 'birth_date', message: 'Kolonnen «birth_date» mangler i overskriftslinjen.' },
    ]);
    expect(await errorsOf(await send(schoolWithoutYear.id, 'preview', who.admin))).toEqual([
      { line: null, column: null, message: 'Skolen har ikke noe skoleår å importere til. Opprett skoleåret først.' },
    ]);
  });
});
