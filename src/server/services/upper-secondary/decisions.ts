// The principal's discretion (opplæringsforskrifta § 9-8 fourth paragraph;
// privatskoleforskrifta § 6-8: the head of the school) and the pupil's
// documented higher risk of health absence (third paragraph): recorded with who
// and when, audited; the newest decision is in force.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import type { CreateDiscretion } from '../../../contracts/upper-secondary.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { AppError, badRequest, forbidden } from '../../app-error.js';
import { audit } from '../audit.js';
import { openPupilLimits } from './pupil-limits.js';
import { pupilStatuses } from './pupil-limits-context.js';

export async function recordDiscretion(database: Database, clock: Clock, actor: Actor, pupilId: string, request: CreateDiscretion): Promise<{ id: string }> {
  const { pupil, viewer, ctx } = await openPupilLimits(database, clock, actor, pupilId);
  if (!viewer.leadership) throw forbidden();
  const status = pupilStatuses(ctx, pupil.id, pupil.higher_health_risk).get(request.subjectId);
  if (!status) throw badRequest([{ path: 'body.subjectId', key: 'upperSecondary.noLimitInSubject' }]);
  // Above 15 % the regulation leaves no discretion.
  if (request.decision === 'grade_allowed' && status.zone === 'over') {
    throw new AppError(409, 'over_discretion', 'upperSecondary.overDiscretion', undefined, { percent: status.discretionPercent });
  }
  return database.transaction(async (tx) => {
    const id = await repo.insertDiscretion(tx, {
      schoolId: pupil.school_id, pupilId: pupil.id, subjectId: request.subjectId, schoolYearId: ctx.schoolYearId, decision: request.decision,
      grounds: request.grounds, percent: status.percent, userId: actor.userId, at: clock.now(),
    });
    await audit(tx, actor, [{ action: 'create', entity: 'discretion_decision', entityId: id, pupilId: pupil.id, details: { subjectId: request.subjectId, decision: request.decision } }]);
    return { id };
  });
}

export async function setHigherHealthRisk(database: Database, clock: Clock, actor: Actor, pupilId: string, on: boolean): Promise<{ higherHealthRisk: boolean }> {
  const { today, pupil, viewer } = await openPupilLimits(database, clock, actor, pupilId);
  if (viewer.relation !== 'staff' || !(viewer.contactTeacher || viewer.leadership)) throw forbidden();
  await database.transaction(async (tx) => {
    const changed = await repo.setHealthRisk(tx, pupil.id, on, actor.userId, today, clock.now());
    if (changed) await audit(tx, actor, [{ action: on ? 'create' : 'update', entity: 'higher_health_risk', pupilId: pupil.id, details: { higherHealthRisk: on } }]);
  });
  return { higherHealthRisk: on };
}
