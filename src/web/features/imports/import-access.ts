// Who sees «Import», and for which schools: the domain's own rule
// (src/domain/import/access.ts), so the page offers exactly what the API allows.
import type { Me } from '../../../contracts/auth';
import { canImportTo } from '../../../domain/import/access';

/** The address of the import page. */
export const IMPORT_PATH = '/import';

const actorOf = (me: Me) => ({ userId: me.user.id, ownerId: me.owner.id, roles: me.roles });

/** The school's leadership and the owner's administrator. */
export function canImportAnywhere(me: Me): boolean {
  return me.roles.some((r) => (r.role === 'leadership' && r.schoolId !== null) || (r.role === 'admin' && r.schoolId === null));
}

/** Of the schools the user can see, those they may import into. */
export function importSchools(me: Me, schools: readonly { id: string; name: string }[]) {
  return schools.filter((school) => canImportTo(actorOf(me), { id: school.id, ownerId: me.owner.id }));
}
