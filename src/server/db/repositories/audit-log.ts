import type { Queryable } from '../client.js';

export interface AuditRow extends Record<string, unknown> {
  id: number;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  pupil_id: string | null;
  pupil_name: string | null;
  reason: string | null;
  total: number;
}

/**
 * The audit rows that belong to a school: about its pupils, or — rows about
 * no pupil — written by someone who works there. Newest first.
 */
export function schoolAuditRows(
  db: Queryable,
  filter: { ownerId: string; schoolId: string; pupilId: string | null; userId: string | null; from: string | null; to: string | null },
  limit: number,
  offset: number,
) {
  return db.query<AuditRow>(
    `select a.id, a.at, a.actor_id, nullif(concat_ws(' ', u.given_name, u.family_name), '') as actor_name, a.actor_role,
            a.action, a.entity, a.entity_id, a.pupil_id, nullif(concat_ws(' ', p.given_name, p.family_name), '') as pupil_name,
            a.reason, count(*) over ()::int as total
       from audit_log a
       left join users u on u.id = a.actor_id
       left join pupils p on p.id = a.pupil_id
      where a.owner_id = $1
        and (p.school_id = $2
             or (a.pupil_id is null and exists (select 1 from role_assignments r where r.user_id = a.actor_id and r.school_id = $2)))
        and ($3::uuid is null or a.pupil_id = $3)
        and ($4::uuid is null or a.actor_id = $4)
        and ($5::date is null or a.at >= ($5::date::timestamp at time zone 'Europe/Oslo'))
        and ($6::date is null or a.at < (($6::date + 1)::timestamp at time zone 'Europe/Oslo'))
      order by a.at desc, a.id desc
      limit $7 offset $8`,
    [filter.ownerId, filter.schoolId, filter.pupilId, filter.userId, filter.from, filter.to, limit, offset],
  );
}

/** Who has opened or changed a pupil's data: everyone but the pupil's own home. */
export function pupilAccessRows(db: Queryable, pupilId: string, exceptUserIds: readonly string[], limit: number, offset: number) {
  return db.query<AuditRow>(
    `select a.id, a.at, a.actor_id, nullif(concat_ws(' ', u.given_name, u.family_name), '') as actor_name, a.actor_role,
            a.action, a.entity, a.entity_id, a.pupil_id, null as pupil_name, a.reason, count(*) over ()::int as total
       from audit_log a
       left join users u on u.id = a.actor_id
      where a.pupil_id = $1 and (a.actor_id is null or not (a.actor_id = any($2::uuid[])))
      order by a.at desc, a.id desc
      limit $3 offset $4`,
    [pupilId, exceptUserIds, limit, offset],
  );
}

/** The users of a pupil's home: the pupil's own login and the logins of all their guardians. */
export async function homeUserIds(db: Queryable, pupilId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select u.id from users u where u.pupil_id = $1
     union
     select u.id from users u join pupil_guardians pg on pg.guardian_id = u.guardian_id where pg.pupil_id = $1`,
    [pupilId],
  );
  return rows.map((r) => r.id);
}
