// The two ways the command prints its result. JSON is one object, written
// pupil by pupil as each is judged, so that a county's file is never held as
// one string; the table is for reading in a terminal.
import type { Writable } from 'node:stream';
import { roundPercent } from '../../../domain/figures/share.js';
import type { Pattern } from '../../../contracts/patterns.js';
import type { Concern } from '../../../domain/rules/concern.js';
import { MEASURE_INFO } from '../../../domain/rules/measures.js';
import type { Policy } from '../../../domain/rules/policy-schema.js';
import type { SchoolCalendar } from '../../../domain/school-calendar.js';
import type { FiguresSummary } from './figures-summary.js';
import { patternText } from './pattern-text.js';

export interface PupilResult {
  pupil: string;
  figures: FiguresSummary;
  concerns: Concern[];
  /** What the pupil's absence looks like, each with the dates that make it (docs/patterns.md). */
  patterns: Pattern[];
}

export interface ReportHeader {
  asOf: string;
  policy: Policy;
  calendar: SchoolCalendar;
}

export interface Report {
  pupil(result: PupilResult): Promise<void>;
  end(): Promise<void>;
}

/** The reader went away (`naervaer evaluate … | head`): nothing more to write, and nothing wrong. */
export class OutputClosed extends Error {}

/** Writes and waits when the stream asks to: a pipe to a slow reader must not fill memory. */
export function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.destroyed || out.writableEnded) {
      reject(new OutputClosed());
      return;
    }
    const closed = () => {
      out.off('drain', drained);
      reject(new OutputClosed());
    };
    const drained = () => {
      out.off('close', closed);
      resolve();
    };
    const ok = out.write(text, (error) => {
      if (error) closed();
    });
    if (ok) resolve();
    else {
      out.once('drain', drained);
      out.once('close', closed);
    }
  });
}

const policyHead = (policy: Policy) => ({ id: policy.id, version: policy.version, name: policy.name, source: policy.source });

export class JsonReport implements Report {
  private first = true;
  private started: Promise<void>;

  constructor(
    private readonly out: Writable,
    header: ReportHeader,
  ) {
    const head = { asOf: header.asOf, policy: policyHead(header.policy), schoolYear: { name: header.calendar.name, from: header.calendar.startsOn, to: header.calendar.endsOn } };
    // The object is opened here and closed in end(); each pupil is one line in between.
    this.started = write(out, `${JSON.stringify(head).slice(0, -1)},"pupils":[`);
  }

  async pupil(result: PupilResult): Promise<void> {
    await this.started;
    await write(this.out, `${this.first ? '\n' : ',\n'}${JSON.stringify(result)}`);
    this.first = false;
  }

  async end(): Promise<void> {
    await this.started;
    await write(this.out, `${this.first ? '' : '\n'}]}\n`);
  }
}

function value(c: Concern): string {
  if (MEASURE_INFO[c.measure].kind === 'percent') {
    const part = c.base === null ? '' : ` (${Math.round((c.value * c.base) / 100)}/${c.base})`;
    return `${roundPercent(c.value, 1)} %${part}`;
  }
  return String(c.value);
}

function threshold(c: Concern): string {
  const sign = c.comparison === 'atLeast' ? '≥' : '>';
  return `${sign} ${c.threshold}${MEASURE_INFO[c.measure].kind === 'percent' ? ' %' : ''}`;
}

function evidence(dates: readonly string[]): string {
  if (dates.length <= 3) return dates.join(', ');
  return `${dates.slice(0, 3).join(', ')}, … (${dates.length} dates)`;
}

const COLUMNS = ['pupil', 'level', 'rule', 'subject', 'value', 'threshold', 'window', 'due', 'notify', 'evidence'] as const;
const PATTERN_COLUMNS = ['pupil', 'pattern', 'what', 'strength', 'evidence'] as const;

function tableLines(columns: readonly string[], rows: readonly string[][]): string[] {
  const widths = columns.map((name, i) => Math.max(name.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [format(columns), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format), ''];
}

export class TableReport implements Report {
  private readonly rows: string[][] = [];
  private readonly patternRows: string[][] = [];
  private pupils = 0;
  private withConcerns = 0;
  private withPatterns = 0;

  constructor(
    private readonly out: Writable,
    private readonly header: ReportHeader,
  ) {}

  async pupil(result: PupilResult): Promise<void> {
    this.pupils++;
    if (result.concerns.some((c) => !c.approaching)) this.withConcerns++;
    for (const c of result.concerns) {
      this.rows.push([
        result.pupil,
        c.approaching ? `approaching ${c.level}` : c.level,
        c.rule,
        c.subject ?? '',
        value(c),
        threshold(c),
        c.window.from === c.window.to ? c.window.from : `${c.window.from} – ${c.window.to}`,
        c.dueBy,
        c.notify.join(', '),
        evidence(c.evidence),
      ]);
    }
    if (result.patterns.length > 0) this.withPatterns++;
    for (const p of result.patterns) {
      this.patternRows.push([result.pupil, p.kind, patternText(p), p.strength.toFixed(2), evidence(p.evidence)]);
    }
  }

  async end(): Promise<void> {
    const { policy, calendar, asOf } = this.header;
    const lines = [
      `Policy ${policy.id} (version ${policy.version}): ${policy.name}`,
      `Source: ${policy.source.title}, ${policy.source.publisher}`,
      `As of ${asOf}, school year ${calendar.name} (${calendar.startsOn} – ${calendar.endsOn})`,
      '',
    ];
    if (this.rows.length > 0) lines.push(...tableLines(COLUMNS, this.rows));
    if (this.patternRows.length > 0) lines.push('Patterns', '', ...tableLines(PATTERN_COLUMNS, this.patternRows));
    const raised = this.rows.filter((r) => !(r[1] ?? '').startsWith('approaching')).length;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    lines.push(
      `${count(this.pupils, 'pupil', 'pupils')}, ${this.withConcerns} with concerns: ${count(raised, 'concern', 'concerns')}, ` +
        `${this.rows.length - raised} approaching a threshold; ` +
        `${this.withPatterns} with patterns: ${count(this.patternRows.length, 'pattern', 'patterns')}.`,
    );
    await write(this.out, `${lines.join('\n')}\n`);
  }
}
