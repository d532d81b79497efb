import { and, eq, sql } from 'drizzle-orm';
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
