// Reading the audit log: the school's leadership searches it; the pupil and
// the guardians see who has opened the pupil's data («Hvem har sett mappen»,
// as hospitals show patients). Reading the log is itself written to it.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canSeeSchoolAuditLog, canSeeWhoOpenedPupil, type Actor } from '../../domain/access.js';
import { isAdultOn } from '../../domain/age.js';
import { schoolTimeOf } from '../../domain/dates.js';
import { AUDIT_PAGE_SIZE, type AccessLog, type AuditLogPage, type AuditLogQuery } from '../../contracts/audit-log.js';
import * as repo from '../db/repositories/audit-log.js';
import { findSchool } from '../db/repositories/classes.js';
import { portalPupils } from '../db/repositories/upper-secondary.js';
import { forbidden, notFound } from '../app-error.js';
import { audit } from './audit.js';

export async function getSchoolAuditLog(database: Database, actor: Actor, schoolId: string, query: AuditLogQuery): Promise<AuditLogPage> {
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!canSeeSchoolAuditLog(actor, schoolId)) throw forbidden();
  const filter = {
    ownerId: actor.ownerId,
    schoolId,
    pupilId: query.pupilId ?? null,
    userId: query.userId ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
  };
  const rows = await repo.schoolAuditRows(database, filter, AUDIT_PAGE_SIZE, (query.page - 1) * AUDIT_PAGE_SIZE);
  await audit(database, { ...actor, role: 'leadership' }, [
    { action: 'read', entity: 'audit_log', pupilId: filter.pupilId, reason: 'audit_review', details: { schoolId, ...query } },
  ]);
  return {
    school: { id: school.id, name: school.name },
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: { id: r.actor_id, name: r.actor_name, role: r.actor_role },
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      pupil: r.pupil_id ? { id: r.pupil_id, name: r.pupil_name ?? '' } : null,
      reason: r.reason,
    })),
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
    total: rows[0]?.total ?? 0,
  };
}

export async function getPupilAccessLog(database: Database, clock: Clock, actor: Actor, pupilId: string, page: number): Promise<AccessLog> {
  const today = schoolTimeOf(clock.now()).date;
  const pupil = (await portalPupils(database, actor.userId)).find((p) => p.id === pupilId);
  // Anyone else learns nothing, not even whether the pupil exists.
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  const relation = { self: pupil.self, guardianWithResponsibility: !pupil.self, pupilIsAdult: isAdultOn(pupil.birth_date, today) };
  if (!canSeeWhoOpenedPupil(relation)) throw notFound();
  const home = await repo.homeUserIds(database, pupilId);
  const rows = await repo.pupilAccessRows(database, pupilId, home, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE);
  await audit(database, { ...actor, role: pupil.self ? 'pupil' : 'guardian' }, [
    { action: 'read', entity: 'access_log', pupilId, reason: pupil.self ? 'own_data' : 'parental_responsibility' },
  ]);
  return {
    pupil: { id: pupil.id, givenName: pupil.given_name, familyName: pupil.family_name },
    entries: rows.map((r) => ({ at: r.at.toISOString(), who: r.actor_name, role: r.actor_role, action: r.action, what: r.entity, why: r.reason })),
    page,
    pageSize: AUDIT_PAGE_SIZE,
    total: rows[0]?.total ?? 0,
  };
}
