import type { Queryable } from '../db/client.js';
import type { Actor } from '../../domain/access.js';
import type { AuditEntity, AuditReason } from '../../contracts/audit-log.js';

export interface AuditEntry {
  action: 'read' | 'create' | 'update' | 'delete' | 'import' | 'export';
  entity: AuditEntity;
  entityId?: string | null;
  pupilId?: string | null;
  /** Why the data was opened or changed. */
  reason?: AuditReason | null;
  details?: Record<string, unknown>;
}

/** Who acts: a user, or the system itself (a job), which has no user id. */
export type AuditActor = (Actor | { userId: null; ownerId: string; roles: Actor['roles'] }) & { role?: string };

/** The background jobs, when they write follow-up data (a warning issued by the daily job). */
export const systemActor = (ownerId: string): AuditActor => ({ userId: null, ownerId, roles: [], role: 'system' });

/**
 * Appends audit rows in the caller's transaction, so that a change and its
 * audit row are written together or not at all. The table refuses UPDATE
 * and DELETE (a trigger), whoever asks.
 */
export async function audit(db: Queryable, actor: AuditActor, entries: readonly AuditEntry[], ip?: string) {
  if (entries.length === 0) return;
  await db.query(
    `insert into audit_log (owner_id, actor_id, actor_role, action, entity, entity_id, pupil_id, reason, ip, details)
     select $1, $2, $3, e.action, e.entity, e.entity_id, e.pupil_id, e.reason, $4, e.details
       from unnest($5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::jsonb[])
            as e(action, entity, entity_id, pupil_id, reason, details)`,
    [
      actor.ownerId,
      actor.userId,
      actor.role ?? actor.roles.map((r) => r.role).join(','),
      ip ?? null,
      entries.map((e) => e.action),
      entries.map((e) => e.entity),
      entries.map((e) => e.entityId ?? null),
      entries.map((e) => e.pupilId ?? null),
      entries.map((e) => e.reason ?? null),
      entries.map((e) => (e.details ? JSON.stringify(e.details) : null)),
    ],
  );
}
