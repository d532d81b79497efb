import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { roleAssignments, schoolOwners, schools, users } from '../schema.js';
import { roleSchema } from '../../../contracts/roles.js';
import { localeSchema } from '../../../contracts/locale.js';

export async function findUserByEmail(database: Database, email: string) {
  const [row] = await database.db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function loadUserProfile(database: Database, userId: string) {
  const [row] = await database.db
    .select({
      id: users.id,
      ownerId: users.ownerId,
      ownerName: schoolOwners.name,
      givenName: users.givenName,
      familyName: users.familyName,
      email: users.email,
      locale: users.locale,
      active: users.active,
    })
    .from(users)
    .innerJoin(schoolOwners, eq(schoolOwners.id, users.ownerId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || !row.active) return null;
  const roles = await database.db
    .select({ role: roleAssignments.role, schoolId: roleAssignments.schoolId, schoolName: schools.name })
    .from(roleAssignments)
    .leftJoin(schools, eq(schools.id, roleAssignments.schoolId))
    .where(eq(roleAssignments.userId, userId));
  return {
    ...row,
    locale: localeSchema.catch('nb').parse(row.locale),
    roles: roles.map((r) => ({ role: roleSchema.parse(r.role), schoolId: r.schoolId, schoolName: r.schoolName })),
  };
}
export type UserProfile = NonNullable<Awaited<ReturnType<typeof loadUserProfile>>>;

export async function setUserLocale(database: Database, userId: string, locale: string) {
  await database.db.update(users).set({ locale }).where(and(eq(users.id, userId)));
}

export async function loadCredentials(database: Database, userId: string) {
  const [row] = await database.db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export async function findActiveUserByOidcSubject(database: Database, subject: string) {
  const [row] = await database.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.oidcSubject, subject), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

/**
 * Ties an OpenID subject to the active account with this e-mail that has no
 * subject yet. Returns the user id, or null when there is no such account.
 */
export async function linkOidcSubjectByEmail(database: Database, email: string, subject: string) {
  const rows = await database.db
    .update(users)
    .set({ oidcSubject: subject })
    .where(and(eq(sql`lower(${users.email})`, email.trim().toLowerCase()), isNull(users.oidcSubject), eq(users.active, true)))
    .returning({ id: users.id });
  return rows[0] ?? null;
}
