// Reads the cells of one record, collecting every problem instead of stopping
// at the first: the user fixes a whole row, not one cell per upload.
import type { CsvRecord } from './csv.js';
import { problem, type ImportProblem } from './problems.js';
import type { CellResult } from './values.js';

export class RowReader {
  private readonly found: ImportProblem[] = [];

  constructor(private readonly record: CsvRecord) {}

  get line(): number {
    return this.record.line;
  }

  get problems(): readonly ImportProblem[] {
    return this.found;
  }

  get failed(): boolean {
    return this.found.length > 0;
  }

  /** The cell's text, '' when empty or when the file has no such column. */
  raw(column: string): string {
    return this.record.cells[column] ?? '';
  }

  has(column: string): boolean {
    return this.raw(column) !== '';
  }

  report(column: string | null, reason: ImportProblem['reason'], params: ImportProblem['params'] = {}): void {
    this.found.push(problem(this.record.line, column, reason, params));
  }

  /** Free text; null when empty and optional. */
  text(column: string, options: { required?: boolean; max?: number } = {}): string | null {
    const value = this.raw(column);
    if (value === '') {
      if (options.required) this.report(column, 'row.required');
      return null;
    }
    const max = options.max ?? 200;
    if (value.length > max) {
      this.report(column, 'row.tooLong', { max });
      return null;
    }
    return value;
  }

  /** A cell read with `read`; null when empty and optional, or when it could not be read (see `failed`). */
  value<T>(column: string, read: (text: string) => CellResult<T>, options: { required?: boolean } = {}): T | null {
    const value = this.raw(column);
    if (value === '') {
      if (options.required) this.report(column, 'row.required');
      return null;
    }
    const result = read(value);
    if (!result.ok) {
      this.report(column, result.reason, result.params);
      return null;
    }
    return result.value;
  }
}

/**
 * Remembers the first line each key was seen on, so that a later row can
 * point back at it ("the same pupil and lesson as line 12").
 */
export class FirstSeen<T> {
  private readonly seen = new Map<string, { line: number; value: T }>();

  /** The earlier sighting, or undefined after recording this one as the first. */
  check(key: string, line: number, value: T): { line: number; value: T } | undefined {
    const earlier = this.seen.get(key);
    if (earlier) return earlier;
    this.seen.set(key, { line, value });
    return undefined;
  }
}
