// Whose «Mitt fravær» a portal user may open: their own, as a pupil, at any
// age; their children's, as a guardian with parental responsibility, only
// while the child is under 18.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import { isAdultOn } from '../../../domain/age.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import * as repo from '../../db/repositories/upper-secondary.js';

export async function myLimitPupils(database: Database, clock: Clock, actor: Actor) {
  const today = schoolTimeOf(clock.now()).date;
  const rows = await repo.portalPupils(database, actor.userId);
  return {
    pupils: rows
      .filter((p) => p.owner_id === actor.ownerId && (p.self || !isAdultOn(p.birth_date, today)))
      .map((p) => ({ id: p.id, givenName: p.given_name, familyName: p.family_name, self: p.self })),
  };
}
