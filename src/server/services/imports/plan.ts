// The shape every kind of import is planned in: the file is compared with
// what the school has, giving the problems (references that do not resolve),
// the counts the preview shows, and the writes a commit carries out. Planning
// reads only; apply writes only what planning decided.
import type { Queryable } from '../../db/client.js';
import type { ImportProblem } from '../../../domain/import/problems.js';
import type { ImportSummary } from '../../../contracts/imports.js';

export interface WriteContext {
  userId: string;
  at: Date;
}

export interface ImportPlan {
  problems: ImportProblem[];
  summary: ImportSummary;
  apply(tx: Queryable, by: WriteContext): Promise<void>;
}

/** The day before a 'YYYY-MM-DD' date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Valid on the day: from <= day <= to (open-ended when to is null). */
export const validOn = (row: { valid_from: string; valid_to: string | null }, day: string) =>
  row.valid_from <= day && (row.valid_to === null || row.valid_to >= day);

/** Case-insensitive lookup that prefers an exact match (codes and names are unique as written, not by case). */
export function lookupByName<T>(items: readonly T[], nameOf: (item: T) => string): (name: string) => T | undefined {
  const exact = new Map(items.map((item) => [nameOf(item), item]));
  const folded = new Map<string, T>();
  for (const item of items) if (!folded.has(nameOf(item).toLowerCase())) folded.set(nameOf(item).toLowerCase(), item);
  return (name) => exact.get(name) ?? folded.get(name.toLowerCase());
}

export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}
