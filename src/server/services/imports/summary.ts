// Counting what an import does, by kind of thing, as the preview shows it
// and the audit log and import_batches keep it.
import type { ImportCounts, ImportEntity, ImportSummary } from '../../../contracts/imports.js';

export type Outcome = 'create' | 'update' | 'unchanged';

export class SummaryCounter {
  private readonly counts: Record<Outcome, ImportCounts> = { create: {}, update: {}, unchanged: {} };

  constructor(private readonly rows: number) {}

  add(entity: ImportEntity, outcome: Outcome, by = 1): void {
    if (by === 0) return;
    this.counts[outcome][entity] = (this.counts[outcome][entity] ?? 0) + by;
  }

  /** Makes sure the entity is listed even when nothing of it happens. */
  touch(entity: ImportEntity): void {
    this.counts.unchanged[entity] ??= 0;
  }

  result(): ImportSummary {
    return { rows: this.rows, ...this.counts };
  }
}

/** Whether nothing at all would be created or changed. */
export function changesNothing(summary: ImportSummary): boolean {
  return [...Object.values(summary.create), ...Object.values(summary.update)].every((n) => n === 0);
}
