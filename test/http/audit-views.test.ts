// The audit log seen by the people it is about: the school's leadership
// searches it by pupil, user and date, a page at a time; the pupil and the
// guardians with parental responsibility see who has opened the pupil's data
// («Hvem har sett mappen»). Each read of the log is written to it as well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildClass, buildGuardian, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, type LoggedIn } from '../support/app.js';
import type { AccessLog, AuditLogPage } from '../../src/contracts/audit-log.js';

let database: TestDatabase;
let app: FastifyInstance;
let schoolId: string;
const pupil = {} as Record<'child' | 'adult' | 'other', string>;
const who = {} as Record<'lead' | 'contact' | 'guardian' | 'child' | 'adultGuardian' | 'otherGuardian', LoggedIn>;
const ids = {} as Record<'lead' | 'contact', string>;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id, { name: 'Fjordvik skole' });
  schoolId = school.id;
  const year = await buildSchoolYear(database, school.id);
  const classId = (await buildClass(database, school, year.id)).id;
  const lead = await buildUser(database, owner.id, { givenName: 'Hanne', familyName: 'Strand', roles: [{ role: 'leadership', schoolId }] });
  const contact = await buildUser(database, owner.id, { givenName: 'Jonas', familyName: 'Haugen', roles: [{ role: 'teacher', schoolId }] });
  ids.lead = lead.id;
  ids.contact = contact.id;
  const child = await buildPupil(database, school, { classId, contactTeacherId: contact.id, givenName: 'Mina', familyName: 'Berg' });
  const adult = await buildPupil(database, school, { classId, contactTeacherId: contact.id, birthDate: '2007-01-01' });
  const other = await buildPupil(database, school, { classId, contactTeacherId: contact.id });
  Object.assign(pupil, { child: child.id, adult: adult.id, other: other.id });
  const childUser = await buildUser(database, owner.id, { pupilId: child.id, roles: [{ role: 'pupil', schoolId }] });
  const guardian = await buildGuardian(database, child);
  const adultGuardian = await buildGuardian(database, adult);
  const otherGuardian = await buildGuardian(database, other);

  ({ app } = await buildTestApp(database));
  who.lead = await logIn(app, lead.email);
  who.contact = await logIn(app, contact.email);
  who.guardian = await logIn(app, guardian.user.email);
  who.child = await logIn(app, childUser.email);
  who.adultGuardian = await logIn(app, adultGuardian.user.email);
  who.otherGuardian = await logIn(app, otherGuardian.user.email);
  await database.query(`update sessions set second_factor_at = now(), second_factor_method = 'totp' where user_id = $1`, [lead.id]);

  // Two reads of the child's figures, by the leadership and the contact teacher, and one of another pupil's.
  for (const [as, id] of [[who.lead, child.id], [who.contact, child.id], [who.lead, other.id]] as const) {
    expect((await app.inject({ method: 'GET', url: `/api/pupils/${id}/figures`, headers: as.headers })).statusCode).toBe(200);
  }
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const get = (url: string, as: LoggedIn) => app.inject({ method: 'GET', url, headers: as.headers });

describe("the school's audit log", () => {
  it('shows the leadership who read which pupil, when and why, newest first', async () => {
    const response = await get(`/api/schools/${schoolId}/audit-log?pupilId=${pupil.child}`, who.lead);
    expect(response.statusCode).toBe(200);
    const body = response.json() as AuditLogPage;
    const reads = body.entries.filter((e) => e.entity === 'absence_figures');
    expect(reads.map((e) => e.actor.name)).toEqual(['Jonas Haugen', 'Hanne Strand']);
    expect(reads[0]).toMatchObject({ action: 'read', pupil: { id: pupil.child, name: 'Mina Berg' } });
    expect(body.total).toBe(body.entries.length);
  });

  it('filters by user and by date', async () => {
    const byUser = (await get(`/api/schools/${schoolId}/audit-log?userId=${ids.contact}`, who.lead)).json() as AuditLogPage;
    expect(byUser.entries.length).toBeGreaterThan(0);
    expect(byUser.entries.every((e) => e.actor.id === ids.contact)).toBe(true);
    const long = (await get(`/api/schools/${schoolId}/audit-log?from=2000-01-01&to=2000-01-31`, who.lead)).json() as AuditLogPage;
    expect(long.entries).toEqual([]);
    expect((await get(`/api/schools/${schoolId}/audit-log?page=2`, who.lead)).json()).toMatchObject({ page: 2, entries: [] });
  });

  it('is refused to a teacher, and reading it is itself audited', async () => {
    expect((await get(`/api/schools/${schoolId}/audit-log`, who.contact)).statusCode).toBe(403);
    const rows = await database.query<{ actor_id: string; actor_role: string; reason: string }>(
      `select actor_id, actor_role, reason from audit_log where entity = 'audit_log' order by id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.actor_id === ids.lead && r.actor_role === 'leadership' && r.reason === 'audit_review')).toBe(true);
  });
});

describe('«Hvem har sett mappen»', () => {
  it('shows the guardian with parental responsibility who has opened the child’s data: who, role, when, what, why', async () => {
    const response = await get(`/api/pupils/${pupil.child}/access-log`, who.guardian);
    expect(response.statusCode).toBe(200);
    const body = response.json() as AccessLog;
    expect(body.pupil.givenName).toBe('Mina');
    const figures = body.entries.filter((e) => e.what === 'absence_figures');
    expect(figures.map((e) => e.who)).toEqual(['Jonas Haugen', 'Hanne Strand']);
    expect(figures[0]).toMatchObject({ action: 'read', role: 'teacher' });
    expect(figures[1]!.why).toBeTruthy();
  });

  it('shows the pupil the same, and never the home’s own looking', async () => {
    const body = (await get(`/api/pupils/${pupil.child}/access-log`, who.child)).json() as AccessLog;
    expect(body.entries.some((e) => e.what === 'access_log')).toBe(false);
    expect(body.entries.filter((e) => e.what === 'absence_figures')).toHaveLength(2);
    const written = await database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where entity = 'access_log' and pupil_id = $1`,
      [pupil.child],
    );
    expect(written[0]!.n).toBe(2);
  });

  it('is not found for anyone else: staff, another pupil’s guardian, the guardian of a pupil of 18', async () => {
    expect((await get(`/api/pupils/${pupil.child}/access-log`, who.lead)).statusCode).toBe(404);
    expect((await get(`/api/pupils/${pupil.child}/access-log`, who.otherGuardian)).statusCode).toBe(404);
    expect((await get(`/api/pupils/${pupil.adult}/access-log`, who.adultGuardian)).statusCode).toBe(404);
  });
});

describe('an access request (innsyn)', () => {
  it('gives the leadership everything about the pupil as JSON, and is audited as an export', async () => {
    const response = await get(`/api/pupils/${pupil.child}/export`, who.lead);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const body = response.json() as { sections: Record<string, Record<string, unknown>[]> };
    expect(body.sections.pupil![0]).toMatchObject({ given_name: 'Mina', family_name: 'Berg' });
    expect(body.sections.guardians).toHaveLength(1);
    expect(body.sections.whoHasOpened!.some((r) => r.entity === 'absence_figures')).toBe(true);
    const rows = await database.query<{ actor_id: string; action: string }>(
      `select actor_id, action from audit_log where entity = 'pupil_export' and pupil_id = $1`,
      [pupil.child],
    );
    expect(rows).toEqual([{ actor_id: ids.lead, action: 'export' }]);
  });

  it('is refused to the contact teacher and the guardian', async () => {
    expect((await get(`/api/pupils/${pupil.child}/export`, who.contact)).statusCode).toBe(403);
    expect((await get(`/api/pupils/${pupil.child}/export`, who.guardian)).statusCode).toBe(403);
  });
});
