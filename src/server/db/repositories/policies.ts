import type { Queryable } from '../client.js';

export interface PolicyRow extends Record<string, unknown> {
  id: string;
  owner_id: string;
  version: number;
  policy: unknown;
  based_on: string | null;
  note: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
}

const columns = `p.id, p.owner_id, p.version, p.policy, p.based_on, p.note, p.created_by,
  u.given_name || ' ' || u.family_name as created_by_name, p.created_at`;

/** The newest version of each owner's policy. */
export function activePolicies(db: Queryable, ownerIds: readonly string[]) {
  return db.query<PolicyRow>(
    `select distinct on (p.owner_id) ${columns}
       from owner_policies p left join users u on u.id = p.created_by
      where p.owner_id = any($1::uuid[])
      order by p.owner_id, p.version desc`,
    [ownerIds],
  );
}

export function policyVersions(db: Queryable, ownerId: string) {
  return db.query<PolicyRow>(
    `select ${columns} from owner_policies p left join users u on u.id = p.created_by
      where p.owner_id = $1 order by p.version desc`,
    [ownerId],
  );
}

export async function policyVersion(db: Queryable, ownerId: string, version: number) {
  const rows = await db.query<PolicyRow>(
    `select ${columns} from owner_policies p left join users u on u.id = p.created_by
      where p.owner_id = $1 and p.version = $2`,
    [ownerId, version],
  );
  return rows[0] ?? null;
}

/** The next version number, with the owner's rows locked so that two saves take turns. */
export async function nextPolicyVersion(tx: Queryable, ownerId: string): Promise<number> {
  await tx.query('select id from school_owners where id = $1 for update', [ownerId]);
  const [row] = await tx.query<{ n: number }>('select coalesce(max(version), 0)::int + 1 as n from owner_policies where owner_id = $1', [ownerId]);
  return row?.n ?? 1;
}

export async function insertPolicyVersion(
  tx: Queryable,
  row: { ownerId: string; version: number; policy: unknown; basedOn: string | null; note: string | null; createdBy: string | null },
) {
  const [saved] = await tx.query<{ id: string; created_at: Date }>(
    `insert into owner_policies (owner_id, version, policy, based_on, note, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id, created_at`,
    [row.ownerId, row.version, JSON.stringify(row.policy), row.basedOn, row.note, row.createdBy],
  );
  return saved!;
}
