// The SQL of retention: the owner's months per record type, and for each
// record type one bounded batch of its expired rows deleted. The registry of
// record types is src/domain/retention.ts; each type here says where its rows
// are and which date they are kept from.
import type { Queryable } from '../client.js';
import type { RecordType } from '../../../domain/retention.js';

/** Start of a school day in Norwegian time, for the record types dated by a timestamp. */
const dayStart = `($2::date::timestamp at time zone 'Europe/Oslo')`;

const EXPIRED: Record<RecordType, string> = {
  attendance_marks: `select m.id from attendance_marks m join schools s on s.id = m.school_id
                      where s.owner_id = $1 and m.date < $2::date limit $3`,
  attendance_mark_history: `select h.id from attendance_mark_history h join pupils p on p.id = h.pupil_id
                             where p.owner_id = $1 and h.changed_at < ${dayStart} limit $3`,
  absence_notices: `select n.id from absence_notices n join schools s on s.id = n.school_id
                     where s.owner_id = $1 and n.to_date < $2::date limit $3`,
  documentation_submissions: `select d.id from documentation_submissions d join schools s on s.id = d.school_id
                               where s.owner_id = $1 and d.submitted_at < ${dayStart} limit $3`,
  notifications: `select n.id from notifications n where n.owner_id = $1 and n.created_at < ${dayStart} limit $3`,
  // Only closed cases: an open case is kept however old, and a reopened one counts from its last closing.
  followup_cases: `select c.id from followup_cases c
                    where c.owner_id = $1 and c.status = 'closed' and c.closed_at < ${dayStart} limit $3`,
};

/** Deletes at most `limit` expired rows of one type for one owner; the number deleted. */
export async function deleteExpiredBatch(db: Queryable, type: RecordType, ownerId: string, cutoff: string, limit: number): Promise<number> {
  // A case's events and agreement versions refuse deletion unless the transaction says it is the retention job's (0017).
  if (type === 'followup_cases') await db.query(`select set_config('naervaer.retention_delete', 'on', true)`);
  const rows = await db.query<{ n: number }>(
    `with gone as (delete from ${type} where id in (${EXPIRED[type]}) returning 1) select count(*)::int as n from gone`,
    [ownerId, cutoff, limit],
  );
  return rows[0]?.n ?? 0;
}

export async function ownerIds(db: Queryable): Promise<string[]> {
  return (await db.query<{ id: string }>('select id from school_owners order by id')).map((r) => r.id);
}

export async function ownerRetention(db: Queryable, ownerId: string): Promise<Partial<Record<RecordType, number>>> {
  const rows = await db.query<{ record_type: RecordType; months: number }>(
    'select record_type, months from owner_retention where owner_id = $1',
    [ownerId],
  );
  return Object.fromEntries(rows.map((r) => [r.record_type, r.months]));
}

export async function setOwnerRetention(db: Queryable, ownerId: string, type: RecordType, months: number, userId: string | null, at: Date) {
  await db.query(
    `insert into owner_retention (owner_id, record_type, months, updated_at, updated_by) values ($1, $2, $3, $4, $5)
     on conflict (owner_id, record_type) do update set months = excluded.months, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [ownerId, type, months, at, userId],
  );
}
