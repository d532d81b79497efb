// Who may import into a school. An import writes pupils, guardians, the
// timetable and attendance for the whole school at once, so it is for the
// school's leadership and the owner's administrator only: never a teacher,
// whose access is to their own groups, and never another owner.
import type { Actor, SchoolRef } from '../access.js';

export function canImportTo(actor: Actor, school: SchoolRef): boolean {
  if (actor.ownerId !== school.ownerId) return false;
  return actor.roles.some(
    (r) => (r.role === 'leadership' && r.schoolId === school.id) || (r.role === 'admin' && r.schoolId === null),
  );
}
