// Who may hold a school's monthly review and see its routine fidelity: the
// school's leadership. The owner's administrator and analyst see the owner's
// statistics instead, which name no pupil.
import type { Database } from '../../db/client.js';
import type { Actor } from '../../../domain/access.js';
import { findSchool } from '../../db/repositories/classes.js';
import { forbidden, notFound } from '../../app-error.js';

export async function requireSchoolLeadership(database: Database, actor: Actor, schoolId: string) {
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!actor.roles.some((r) => r.role === 'leadership' && r.schoolId === schoolId)) throw forbidden();
  return school;
}

/** The owner's statistics are for the analyst and the administrator, owner-wide. */
export function requireOwnerAnalyst(actor: Actor) {
  if (!actor.roles.some((r) => (r.role === 'owner_analyst' || r.role === 'admin') && r.schoolId === null)) throw forbidden();
}
