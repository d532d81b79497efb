// The rows of an attendance file kept compactly until every row is read: a
// file need not be ordered by pupil, so no pupil can be judged before the end.
// As objects, 5 million rows would take gigabytes; as columns of small typed
// arrays they take 20 bytes each. Texts that repeat (pupil ids, dates,
// subject codes) are stored once and referred to by number.
//
// Afterwards the rows are grouped by pupil (a counting sort, no copying of the
// rows) and each pupil's marks are built as objects only while that pupil is
// judged.
import type { AttendanceRow } from '../../../domain/import/attendance.js';
import { lessonTimes } from '../../../domain/import/periods.js';
import { problem, type ImportProblem } from '../../../domain/import/problems.js';
import type { Documentation, MarkForFigures, MarkStatus } from '../../../domain/figures/types.js';

const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;

type Typed = Int32Array | Uint16Array | Uint8Array;

/** A column grown in fixed blocks, so that growing never copies what is already there. */
class Column<T extends Typed> {
  private readonly blocks: T[] = [];
  constructor(private readonly make: (size: number) => T) {}
  set(i: number, value: number): void {
    const b = i >>> BLOCK_BITS;
    while (this.blocks.length <= b) this.blocks.push(this.make(BLOCK));
    (this.blocks[b] as T)[i & MASK] = value;
  }
  get(i: number): number {
    return (this.blocks[i >>> BLOCK_BITS] as T)[i & MASK] as number;
  }
}

/** Texts stored once, numbered in order of first appearance. */
class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(
    private readonly limit: number,
    private readonly what: string,
  ) {}
  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      if (id >= this.limit) throw new RangeError(`The file has more than ${this.limit} different ${this.what}.`);
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }
}

const STATUSES: readonly MarkStatus[] = ['M', 'F', 'S', 'O'];
const DOCUMENTATION: readonly Documentation[] = ['undocumented', 'reported', 'documented'];

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Lesson minutes: the row's own times, or the default period's (the same for every row, so worked out once). */
const DEFAULT_MINUTES = (() => {
  const { startsAt, endsAt } = lessonTimes(1, null, null);
  return minutesOf(endsAt) - minutesOf(startsAt);
})();
function durationOf(row: AttendanceRow): number {
  if (row.startsAt === null || row.endsAt === null) return DEFAULT_MINUTES;
  return minutesOf(row.endsAt) - minutesOf(row.startsAt);
}

export interface PupilMarks {
  pupil: string;
  marks: MarkForFigures[];
}

export class MarkStore {
  private size = 0;
  private readonly pupils = new Dictionary(2 ** 31 - 1, 'pupils');
  private readonly dates = new Dictionary(65_535, 'dates');
  private readonly subjects = new Dictionary(65_535, 'subjects');
  /** Teachers' e-mail addresses; id 0 is "no teacher given". */
  private readonly teachers = new Dictionary(65_535, 'teachers');
  private readonly pupil = new Column((n) => new Int32Array(n));
  private readonly date = new Column((n) => new Uint16Array(n));
  private readonly subject = new Column((n) => new Uint16Array(n));
  private readonly teacher = new Column((n) => new Uint16Array(n));
  private readonly period = new Column((n) => new Uint8Array(n));
  private readonly status = new Column((n) => new Uint8Array(n));
  private readonly documentation = new Column((n) => new Uint8Array(n));
  private readonly minutesLate = new Column((n) => new Uint8Array(n));
  private readonly duration = new Column((n) => new Uint16Array(n));
  private readonly line = new Column((n) => new Int32Array(n));
  /** Each pupil's rows, in date and period order: set by `groupByPupil`. */
  private order: Int32Array | undefined;
  private starts: Int32Array | undefined;

  get rows(): number {
    return this.size;
  }

  get pupilCount(): number {
    return this.pupils.values.length;
  }

  /** Keeps a row; `line` is its line in the file. */
  add(row: AttendanceRow, line: number): void {
    const i = this.size++;
    this.pupil.set(i, this.pupils.id(row.pupil));
    this.date.set(i, this.dates.id(row.date));
    this.subject.set(i, this.subjects.id(row.subjectCode));
    this.teacher.set(i, row.teacherEmail === null ? 0 : this.teachers.id(row.teacherEmail) + 1);
    this.period.set(i, row.period);
    this.status.set(i, STATUSES.indexOf(row.status));
    this.documentation.set(i, DOCUMENTATION.indexOf(row.documentation));
    this.minutesLate.set(i, row.minutesLate ?? 0);
    this.duration.set(i, durationOf(row));
    this.line.set(i, line);
    this.order = undefined;
  }

  /**
   * Groups the rows by pupil, each pupil's in date and period order, and
   * reports a pupil with two rows for the same period of a day (the parser
   * finds such pairs only within the piece of the file it reads at a time).
   */
  groupByPupil(): ImportProblem[] {
    const pupilCount = this.pupils.values.length;
    const starts = new Int32Array(pupilCount + 1);
    for (let i = 0; i < this.size; i++) {
      const p = this.pupil.get(i) + 1;
      starts[p] = (starts[p] as number) + 1;
    }
    for (let p = 0; p < pupilCount; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
    const next = starts.slice(0, pupilCount);
    const order = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const p = this.pupil.get(i);
      order[next[p] as number] = i;
      next[p] = (next[p] as number) + 1;
    }
    // Dates are numbered as they first appear; their rank orders them.
    const rank = new Uint16Array(this.dates.values.length);
    this.dates.values
      .map((date, id) => ({ date, id }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .forEach(({ id }, r) => {
        rank[id] = r;
      });
    const key = (i: number) => (rank[this.date.get(i)] as number) * 32 + this.period.get(i);

    const problems: ImportProblem[] = [];
    for (let p = 0; p < pupilCount; p++) {
      const slice = order.subarray(starts[p] as number, starts[p + 1] as number);
      slice.sort((a, b) => key(a) - key(b) || this.line.get(a) - this.line.get(b));
      for (let j = 1; j < slice.length; j++) {
        const earlier = slice[j - 1] as number;
        const later = slice[j] as number;
        if (key(earlier) === key(later)) {
          problems.push(problem(this.line.get(later), 'pupil', 'row.duplicateMark', { line: this.line.get(earlier) }));
        }
      }
    }
    this.order = order;
    this.starts = starts;
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  /** Each pupil's marks, pupils in the order they first appear in the file. Call `groupByPupil` first. */
  *pupilMarks(): Generator<PupilMarks> {
    const { order, starts } = this;
    if (order === undefined || starts === undefined) throw new Error('Group the rows by pupil first.');
    for (let p = 0; p < this.pupils.values.length; p++) {
      const marks: MarkForFigures[] = [];
      for (let j = starts[p] as number; j < (starts[p + 1] as number); j++) {
        const i = order[j] as number;
        const status = STATUSES[this.status.get(i)] as MarkStatus;
        const code = this.subjects.values[this.subject.get(i)] as string;
        const teacher = this.teacher.get(i);
        marks.push({
          lessonId: i + 1,
          date: this.dates.values[this.date.get(i)] as string,
          period: this.period.get(i),
          subjectId: code,
          subjectCode: code,
          // The teacher's e-mail address stands for the teacher: absence with particular teachers.
          teacherId: teacher === 0 ? null : (this.teachers.values[teacher - 1] as string),
          // The file holds registered lessons only: a lesson with a mark was held.
          lessonStatus: 'held',
          durationMinutes: this.duration.get(i),
          status,
          minutesLate: status === 'S' ? this.minutesLate.get(i) : null,
          documentation: DOCUMENTATION[this.documentation.get(i)] as Documentation,
          reasonCode: null,
        });
      }
      yield { pupil: this.pupils.values[p] as string, marks };
    }
  }
}
