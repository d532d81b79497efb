// Bulk loads of rows this code generated itself, without a foreign-key check
// per row, and with every foreign key checked once, set-based, afterwards.
//
// Per-row foreign-key triggers are most of the cost of loading marks: over
// half on PGlite (each check is an interpreted query in WebAssembly) and about
// 40 % on PostgreSQL (six checks a mark). session_replication_role = replica
// switches those triggers off for the transaction (SET LOCAL). It also switches
// off user triggers, so it is used only when the tables loaded have no insert
// trigger of their own, and only by roles allowed to set it (PGlite always;
// on PostgreSQL a superuser). Otherwise the load simply runs with the checks.
// The triggers that only list stale days for pupil_year_marks are the
// exception: a seeder that skips them writes the pupils' years from scratch
// after the load (rebuildPupilYears), which is what they would have led to.
import type { DatabaseKind } from '../db/client.js';
import type { SqlRunner } from './bulk-insert.js';

/** Triggers whose work a bulk loader redoes itself afterwards (see pupil-years.ts). */
const DERIVED_DATA_TRIGGERS = ['attendance_marks_stale_insert'];

/** Switches per-row checks off for the rest of the transaction when that is safe; says whether it did. */
export async function skipRowChecks(runner: SqlRunner, kind: DatabaseKind, tables: readonly string[]): Promise<boolean> {
  if (kind === 'postgresql') {
    const [role] = await runner.query<{ superuser: boolean }>(`select current_setting('is_superuser') = 'on' as superuser`);
    if (!role?.superuser) return false;
  }
  const [own] = await runner.query<{ n: number }>(
    `select count(*)::int as n from pg_trigger
      where not tgisinternal and tgrelid = any(select to_regclass(t) from unnest($1::text[]) as t) and (tgtype & 4) <> 0
        and not (tgname = any($2::text[]))`,
    [tables, DERIVED_DATA_TRIGGERS],
  );
  if ((own?.n ?? 0) > 0) return false;
  await runner.query('set local session_replication_role = replica');
  return true;
}

export async function restoreRowChecks(runner: SqlRunner): Promise<void> {
  await runner.query('set local session_replication_role = origin');
}

export class ForeignKeyViolation extends Error {
  override readonly name = 'ForeignKeyViolation';
}

/**
 * Checks every foreign key of the given tables over all their rows; throws
 * when one does not hold. One pass per table: all its parents joined at once.
 */
export async function checkForeignKeys(runner: SqlRunner, tables: readonly string[]): Promise<void> {
  const keys = await runner.query<{ name: string; child: string; parent: string; child_columns: string[]; parent_columns: string[] }>(
    `select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
            array(select quote_ident(a.attname) from unnest(c.conkey) with ordinality k(attnum, i)
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.i) as child_columns,
            array(select quote_ident(a.attname) from unnest(c.confkey) with ordinality k(attnum, i)
                    join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.i) as parent_columns
       from pg_constraint c
      where c.contype = 'f' and c.conrelid = any(select to_regclass(t) from unnest($1::text[]) as t)
      order by 2, 1`,
    [tables],
  );
  const byChild = new Map<string, typeof keys>();
  for (const key of keys) byChild.set(key.child, [...(byChild.get(key.child) ?? []), key]);
  for (const [child, childKeys] of byChild) {
    const joins = childKeys.map((key, k) => {
      const on = key.child_columns.map((column, i) => `p${k}.${key.parent_columns[i] ?? ''} = c.${column}`).join(' and ');
      return `left join ${key.parent} p${k} on ${on}`;
    });
    const broken = childKeys.map((key, k) => {
      const present = key.child_columns.map((column) => `c.${column} is not null`).join(' and ');
      const firstParentColumn = key.parent_columns[0] ?? '';
      return `count(*) filter (where ${present} and p${k}.${firstParentColumn} is null)::int as "${k}"`;
    });
    const [counts] = await runner.query<Record<string, number>>(`select ${broken.join(', ')} from ${child} c ${joins.join(' ')}`);
    childKeys.forEach((key, k) => {
      const n = counts?.[String(k)] ?? 0;
      if (n > 0) throw new ForeignKeyViolation(`${n} rows of ${child} break foreign key ${key.name}.`);
    });
  }
}
