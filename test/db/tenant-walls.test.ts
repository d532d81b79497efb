// Tenant walls in the database itself (ADR 012): inside a request's scope a
// query sees and writes only its own school owner's rows, whatever it asks
// for, on PGlite and PostgreSQL alike; the application's role cannot change
// or delete audit rows. The maintenance role (no scope) spans owners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { withTenantScope, type TenantScope } from '../../src/server/db/tenant-scope.js';
import { buildTestApp, logIn } from '../support/app.js';

let database: TestDatabase;
const a = { owner: '', school: '', pupil: '', lesson: '', user: '' };
const b = { owner: '', school: '', pupil: '', lesson: '', user: '' };

async function buildTenant(into: typeof a, name: string) {
  const owner = await buildOwner(database, { name });
  const school = await buildSchool(database, owner.id, { name: `${name} skole` });
  const year = await buildSchoolYear(database, school.id);
  const group = await buildClass(database, school, year.id);
  const teacher = await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: school.id }] });
  const pupil = await buildPupil(database, school, { classId: group.id, contactTeacherId: teacher.id });
  const subject = await buildSubject(database, school.id);
  const lesson = await buildLesson(database, { schoolId: school.id, groupId: group.id, subjectId: subject.id, teacherId: teacher.id });
  await database.query(`insert into attendance_marks (lesson_id, pupil_id, school_id, date, status) values ($1, $2, $3, '2026-11-23', 'F')`, [
    lesson.id,
    pupil.id,
    school.id,
  ]);
  await database.query(
    `insert into audit_log (owner_id, actor_id, action, entity, pupil_id) values ($1, $2, 'read', 'pupil', $3)`,
    [owner.id, teacher.id, pupil.id],
  );
  Object.assign(into, { owner: owner.id, school: school.id, pupil: pupil.id, lesson: lesson.id, user: teacher.id });
}

beforeAll(async () => {
  database = await openTestDatabase();
  await buildTenant(a, 'Aust kommune');
  await buildTenant(b, 'Vest kommune');
});
afterAll(async () => {
  await database.dispose();
});

const asOwner = (ownerId: string): TenantScope => ({ kind: 'owner', ownerId });
const count = async (sql: string, params: unknown[] = []) =>
  Number((await database.query<{ n: number }>(`select count(*)::int as n from (${sql}) q`, params))[0]!.n);

describe('behind the tenant wall', () => {
  it('a query with owner A set cannot see owner B\u2019s pupil, even by its id', async () => {
    await withTenantScope(asOwner(a.owner), async () => {
      expect(await count('select id from pupils where id = $1', [b.pupil])).toBe(0);
      expect(await count('select id from pupils where id = $1', [a.pupil])).toBe(1);
      expect(await count('select id from pupils')).toBe(1);
    });
  });

  it('walls the tables that reach an owner only through another row (marks, lessons, contact teachers, memberships)', async () => {
    await withTenantScope(asOwner(a.owner), async () => {
      expect(await count('select 1 from attendance_marks where pupil_id = $1', [b.pupil])).toBe(0);
      expect(await count('select 1 from attendance_marks')).toBe(1);
      expect(await count('select 1 from lessons where id = $1', [b.lesson])).toBe(0);
      expect(await count('select 1 from contact_teachers where pupil_id = $1', [b.pupil])).toBe(0);
      expect(await count('select 1 from group_memberships where pupil_id = $1', [b.pupil])).toBe(0);
      expect(await count('select 1 from schools')).toBe(1);
      expect(await count('select 1 from school_owners')).toBe(1);
      expect(await count('select 1 from users where id = $1', [b.user])).toBe(0);
      expect(await count('select 1 from role_assignments where user_id = $1', [b.user])).toBe(0);
    });
  });

  it('a transaction gets the same wall as a single query', async () => {
    const seen = await withTenantScope(asOwner(b.owner), () =>
      database.transaction(async (tx) => tx.query<{ id: string }>('select id from pupils order by id')),
    );
    expect(seen.map((r) => r.id)).toEqual([b.pupil]);
  });

  it('cannot change or delete another owner\u2019s rows, and cannot write a row into another owner', async () => {
    await withTenantScope(asOwner(a.owner), async () => {
      await database.query(`update pupils set given_name = 'Endra' where id = $1`, [b.pupil]);
      await database.query('delete from attendance_marks where pupil_id = $1', [b.pupil]);
      await expect(
        database.query(
          `insert into pupils (owner_id, school_id, external_id, given_name, family_name, birth_date)
           values ($1, $2, 'X-1', 'Inn', 'Trenger', '2013-01-01')`,
          [b.owner, b.school],
        ),
      ).rejects.toThrow(/row-level security/);
    });
    const [pupil] = await database.query<{ given_name: string }>('select given_name from pupils where id = $1', [b.pupil]);
    expect(pupil!.given_name).toBe('Elev');
    expect(await count('select 1 from attendance_marks where pupil_id = $1', [b.pupil])).toBe(1);
  });

  it('nobody logged in sees no tenant\u2019s rows at all', async () => {
    await withTenantScope({ kind: 'nobody' }, async () => {
      expect(await count('select 1 from pupils')).toBe(0);
      expect(await count('select 1 from users')).toBe(0);
      expect(await count('select 1 from audit_log')).toBe(0);
    });
  });

  it('the maintenance role (no scope: jobs, seeders) spans every owner', async () => {
    expect(await count('select 1 from pupils')).toBe(2);
    expect(await count('select 1 from attendance_marks')).toBe(2);
  });
});

describe('the audit log under the application\u2019s role', () => {
  it('can be written and read for one\u2019s own owner, only', async () => {
    await withTenantScope(asOwner(a.owner), async () => {
      await database.query(`insert into audit_log (owner_id, action, entity) values ($1, 'read', 'test')`, [a.owner]);
      expect(await count('select 1 from audit_log where owner_id = $1', [b.owner])).toBe(0);
      expect(await count('select 1 from audit_log')).toBe(2);
      await expect(
        database.query(`insert into audit_log (owner_id, action, entity) values ($1, 'read', 'test')`, [b.owner]),
      ).rejects.toThrow(/row-level security/);
    });
  });

  it('cannot be changed or deleted: the role has no such grant', async () => {
    await withTenantScope(asOwner(a.owner), async () => {
      await expect(database.query(`update audit_log set reason = 'borte'`)).rejects.toThrow(/permission denied/);
      await expect(database.query('delete from audit_log')).rejects.toThrow(/permission denied/);
      await expect(database.query('truncate audit_log')).rejects.toThrow(/permission denied/);
    });
  });
});

describe('a request', () => {
  it('runs its queries as the application role with the user\u2019s owner set', async () => {
    const { app } = await buildTestApp(database, {
      routes: (instance) =>
        instance.get('/api/test/who-am-i', async () => {
          const [row] = await database.query<{ role: string; owner: string }>(
            `select current_user as role, current_setting('app.owner_id', true) as owner`,
          );
          return row;
        }),
    });
    try {
      const [user] = await database.query<{ email: string }>('select email from users where id = $1', [a.user]);
      const session = await logIn(app, user!.email);
      const response = await app.inject({ method: 'GET', url: '/api/test/who-am-i', headers: session.headers });
      expect(response.json()).toEqual({ role: 'naervaer_app', owner: a.owner });
      const anonymous = await app.inject({ method: 'GET', url: '/api/test/who-am-i' });
      expect(anonymous.json()).toEqual({ role: 'naervaer_app', owner: '' });
    } finally {
      await app.close();
    }
  });
});

describe('every table', () => {
  it('that carries owner_id has its wall', async () => {
    const open = await database.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
         join pg_attribute a on a.attrelid = c.oid and a.attname = 'owner_id' and not a.attisdropped
        where c.relkind = 'r' and not c.relrowsecurity`,
    );
    expect(open).toEqual([]);
  });
});
