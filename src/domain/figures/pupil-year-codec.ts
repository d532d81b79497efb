// A pupil's school year of held lessons in one short text, so that a whole
// county's marks (tens of millions of rows) can be read as one row a pupil
// and a class's or a school's figures do not wait on the database.
//
// The text holds one segment a school day, in date order, separated by ';':
//   <day>:<lesson>,<lesson>,...
// <day> is the number of days since 1 August of the school year's start year,
// in base 36. A lesson is
//   <course><state><period>[`<duration>][*<minutes late>][^<reason>]
// with <course> an index into the dictionary's (subject, teacher) pairs in
// base 36, <state> one capital letter for status and documentation (see
// STATE_OF), <period> one base-36 digit, and the optional parts in base 36:
// a duration other than the dictionary's usual one, the minutes late of an S
// mark, and an index into the dictionary's reason codes. A present lesson is
// four characters, a school day about thirty.
//
// Only held lessons are kept: a lesson not held, or not yet registered,
// counts for nobody (see computeAbsenceFigures).
import { addDaysTo } from '../school-calendar.js';
import type { Documentation, MarkForFigures, MarkStatus } from './types.js';

/** One held lesson of a pupil, as the figures, rules and patterns read it. */
export interface HeldMark {
  /** 'YYYY-MM-DD' */
  date: string;
  period: number;
  subjectId: string;
  teacherId: string | null;
  durationMinutes: number;
  status: MarkStatus;
  minutesLate: number | null;
  documentation: Documentation;
  reasonCode: string | null;
}

/** What the lesson codes point at. Grows as new pairs and reasons appear; never reordered. */
export interface YearDictionary {
  /** (subjectId, teacherId) pairs. */
  courses: [string, string | null][];
  reasons: string[];
  /** The usual lesson length in minutes; other lengths are written out. */
  duration: number;
}

export interface PupilYearRecord {
  dictionary: YearDictionary;
  days: string;
}

const STATES = [
  ['M', 'undocumented', 'M'],
  ['O', 'undocumented', 'O'],
  ['F', 'undocumented', 'F'],
  ['F', 'reported', 'G'],
  ['F', 'documented', 'H'],
  ['S', 'undocumented', 'S'],
  ['S', 'reported', 'T'],
  ['S', 'documented', 'U'],
] as const satisfies readonly (readonly [MarkStatus, Documentation, string])[];

const STATE_OF = new Map<string, { status: MarkStatus; documentation: Documentation }>(
  STATES.map(([status, documentation, letter]) => [letter, { status, documentation }]),
);

function stateLetter(status: MarkStatus, documentation: Documentation): string {
  // Presence carries no documentation: M and O are written alike whatever it says.
  if (status === 'M' || status === 'O') return status;
  for (const [s, d, letter] of STATES) if (s === status && d === documentation) return letter;
  throw new RangeError(`No code for status ${status} with documentation ${documentation}.`);
}

const isCapital = (code: number) => code >= 65 && code <= 90;

/**
 * The year a date's record belongs to: from 1 August to 31 July. No
 * Norwegian school year starts before August or ends after July, whatever
 * its calendar says, so a school year's lessons always share one record.
 */
export function recordYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5, 7) >= '08' ? year : year - 1;
}

/** The first and last date a record year holds. */
export const recordYearSpan = (startYear: number) => ({ from: `${startYear}-08-01`, to: `${startYear + 1}-07-31` });

/** 1 August of the start year: day 0 of the school year's day numbers. */
const dayZero = (startYear: number) => `${startYear}-08-01`;

/** The dates of day numbers 0 to 400 of a school year, made once a start year. */
const dateTables = new Map<number, string[]>();
function datesOf(startYear: number): string[] {
  let table = dateTables.get(startYear);
  if (table === undefined) {
    table = [];
    let date = dayZero(startYear);
    for (let i = 0; i <= 400; i++) {
      table.push(date);
      date = addDaysTo(date, 1);
    }
    dateTables.set(startYear, table);
  }
  return table;
}

function dayNumber(dates: readonly string[], date: string): number {
  // Binary search: dates are in order.
  let lo = 0;
  let hi = dates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = dates[mid] as string;
    if (at === date) return mid;
    if (at < date) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new RangeError(`${date} is not in the school year that starts on ${dates[0]}.`);
}

export function emptyDictionary(duration = 45): YearDictionary {
  return { courses: [], reasons: [], duration };
}

/** Indexes into a dictionary, adding what it lacks. */
class DictionaryWriter {
  private readonly courseIndex = new Map<string, number>();
  private readonly reasonIndex = new Map<string, number>();

  constructor(readonly dictionary: YearDictionary) {
    dictionary.courses.forEach(([subjectId, teacherId], i) => this.courseIndex.set(`${subjectId}|${teacherId ?? ''}`, i));
    dictionary.reasons.forEach((code, i) => this.reasonIndex.set(code, i));
  }

  course(subjectId: string, teacherId: string | null): number {
    const key = `${subjectId}|${teacherId ?? ''}`;
    let i = this.courseIndex.get(key);
    if (i === undefined) {
      i = this.dictionary.courses.length;
      this.dictionary.courses.push([subjectId, teacherId]);
      this.courseIndex.set(key, i);
    }
    return i;
  }

  reason(code: string): number {
    let i = this.reasonIndex.get(code);
    if (i === undefined) {
      i = this.dictionary.reasons.length;
      this.dictionary.reasons.push(code);
      this.reasonIndex.set(code, i);
    }
    return i;
  }
}

function encodeLesson(mark: HeldMark, writer: DictionaryWriter): string {
  if (mark.period < 1 || mark.period > 35) throw new RangeError(`Period ${mark.period} cannot be coded.`);
  let text = writer.course(mark.subjectId, mark.teacherId).toString(36) + stateLetter(mark.status, mark.documentation) + mark.period.toString(36);
  if (mark.durationMinutes !== writer.dictionary.duration) text += '`' + mark.durationMinutes.toString(36);
  if (mark.status === 'S' && mark.minutesLate !== null) text += '*' + mark.minutesLate.toString(36);
  if (mark.reasonCode !== null && (mark.status === 'F' || mark.status === 'S')) text += '^' + writer.reason(mark.reasonCode).toString(36);
  return text;
}

/** The most common lesson length: the one written without a duration. */
function usualDuration(marks: readonly HeldMark[]): number {
  const counts = new Map<number, number>();
  for (const m of marks) counts.set(m.durationMinutes, (counts.get(m.durationMinutes) ?? 0) + 1);
  let best = 45;
  let most = 0;
  for (const [duration, n] of counts) {
    if (n > most || (n === most && duration < best)) {
      best = duration;
      most = n;
    }
  }
  return best;
}

function byDateAndPeriod(a: HeldMark, b: HeldMark): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period;
}

function encodeDays(marks: readonly HeldMark[], writer: DictionaryWriter, dates: readonly string[]): Map<number, string> {
  const sorted = [...marks].sort(byDateAndPeriod);
  const segments = new Map<number, string>();
  let i = 0;
  while (i < sorted.length) {
    const date = (sorted[i] as HeldMark).date;
    const lessons: string[] = [];
    while (i < sorted.length && (sorted[i] as HeldMark).date === date) lessons.push(encodeLesson(sorted[i++] as HeldMark, writer));
    segments.set(dayNumber(dates, date), lessons.join(','));
  }
  return segments;
}

function joinSegments(segments: ReadonlyMap<number, string>): string {
  return [...segments.keys()]
    .sort((a, b) => a - b)
    .map((day) => `${day.toString(36)}:${segments.get(day) as string}`)
    .join(';');
}

/** A pupil's year from its held marks (all of one school year, any order). */
export function encodePupilYear(startYear: number, marks: readonly HeldMark[]): PupilYearRecord {
  const dictionary = emptyDictionary(usualDuration(marks));
  const writer = new DictionaryWriter(dictionary);
  return { dictionary, days: joinSegments(encodeDays(marks, writer, datesOf(startYear))) };
}

function splitSegments(days: string): Map<number, string> {
  const segments = new Map<number, string>();
  if (days === '') return segments;
  for (const segment of days.split(';')) {
    const colon = segment.indexOf(':');
    segments.set(parseInt(segment.slice(0, colon), 36), segment.slice(colon + 1));
  }
  return segments;
}

/**
 * The year with the given dates written anew from `marks` (the held marks of
 * those dates; a date without marks is taken out). Other days are kept as
 * they are, without decoding them.
 */
export function replaceDays(
  startYear: number,
  record: PupilYearRecord | null,
  dates: Iterable<string>,
  marks: readonly HeldMark[],
): PupilYearRecord {
  if (record === null) return encodePupilYear(startYear, marks);
  const table = datesOf(startYear);
  const dictionary: YearDictionary = {
    courses: record.dictionary.courses.map((c) => [c[0], c[1]]),
    reasons: [...record.dictionary.reasons],
    duration: record.dictionary.duration,
  };
  const segments = splitSegments(record.days);
  for (const date of dates) segments.delete(dayNumber(table, date));
  for (const [day, text] of encodeDays(marks, new DictionaryWriter(dictionary), table)) segments.set(day, text);
  return { dictionary, days: joinSegments(segments) };
}

/** Makes one decoded lesson into whatever the reader keeps: a HeldMark, or a figures mark directly. */
type LessonMaker<T> = (
  date: string,
  period: number,
  course: [string, string | null],
  state: { status: MarkStatus; documentation: Documentation },
  durationMinutes: number,
  minutesLate: number | null,
  reasonCode: string | null,
) => T;

function decodeLesson<T>(token: string, date: string, dictionary: YearDictionary, make: LessonMaker<T>): T {
  let i = 0;
  while (i < token.length && !isCapital(token.charCodeAt(i))) i++;
  const course = dictionary.courses[parseInt(token.slice(0, i), 36)];
  const state = STATE_OF.get(token[i] as string);
  if (course === undefined || state === undefined) throw new RangeError(`Cannot read the lesson code "${token}" of ${date}.`);
  const period = parseInt(token[i + 1] as string, 36);
  let durationMinutes = dictionary.duration;
  let minutesLate: number | null = null;
  let reasonCode: string | null = null;
  let j = i + 2;
  while (j < token.length) {
    const marker = token[j];
    let k = j + 1;
    while (k < token.length && token[k] !== '`' && token[k] !== '*' && token[k] !== '^') k++;
    const value = parseInt(token.slice(j + 1, k), 36);
    if (marker === '`') durationMinutes = value;
    else if (marker === '*') minutesLate = value;
    else reasonCode = dictionary.reasons[value] ?? null;
    j = k;
  }
  return make(date, period, course, state, durationMinutes, minutesLate, reasonCode);
}

const heldMark: LessonMaker<HeldMark> = (date, period, course, state, durationMinutes, minutesLate, reasonCode) => ({
  date,
  period,
  subjectId: course[0],
  teacherId: course[1],
  durationMinutes,
  status: state.status,
  minutesLate,
  documentation: state.documentation,
  reasonCode,
});

function decodeWith<T>(startYear: number, record: PupilYearRecord, make: LessonMaker<T>, from?: string, to?: string): T[] {
  const table = datesOf(startYear);
  const marks: T[] = [];
  if (record.days === '') return marks;
  let start = 0;
  while (start < record.days.length) {
    let end = record.days.indexOf(';', start);
    if (end === -1) end = record.days.length;
    const colon = record.days.indexOf(':', start);
    const date = table[parseInt(record.days.slice(start, colon), 36)];
    if (date === undefined) throw new RangeError(`Cannot read the day code at ${start}.`);
    if ((from === undefined || date >= from) && (to === undefined || date <= to)) {
      const lessons = record.days.slice(colon + 1, end).split(',');
      for (const token of lessons) marks.push(decodeLesson(token, date, record.dictionary, make));
    } else if (to !== undefined && date > to) {
      break;
    }
    start = end + 1;
  }
  return marks;
}

/** The held marks of the year in date and period order, optionally only those from `from` to `to` (both included). */
export function decodePupilYear(startYear: number, record: PupilYearRecord, from?: string, to?: string): HeldMark[] {
  return decodeWith(startYear, record, heldMark, from, to);
}

/**
 * The same marks as the figures, rules and patterns take them, made in one go
 * (a county's year is tens of millions of them): with the pupil's id and the
 * subject's code and name from `subjects`.
 */
export function decodeMarksForFigures(
  startYear: number,
  record: PupilYearRecord,
  pupilId: string,
  subjects: ReadonlyMap<string, { code: string; name: string }>,
  from?: string,
  to?: string,
): (MarkForFigures & { pupilId: string })[] {
  return decodeWith(
    startYear,
    record,
    (date, period, course, state, durationMinutes, minutesLate, reasonCode) => {
      const subject = subjects.get(course[0]);
      return {
        pupilId,
        date,
        period,
        subjectId: course[0],
        subjectCode: subject?.code ?? '',
        subjectName: subject?.name ?? '',
        teacherId: course[1],
        lessonStatus: 'held' as const,
        durationMinutes,
        status: state.status,
        minutesLate,
        documentation: state.documentation,
        reasonCode,
      };
    },
    from,
    to,
  );
}

/** What scanPupilYear tells as it reads: each school day, then each of its held lessons. */
export interface PupilYearVisitor {
  day(date: string): void;
  /** `course` indexes the dictionary's courses; `status` 0 present (M, O), 1 absent (F), 2 late (S); `rank` the documentation 0-2. */
  lesson(course: number, status: number, rank: number, period: number): void;
}

const STATUS_OF_LETTER: Record<number, [number, number]> = {
  77: [0, 0], // M
  79: [0, 0], // O
  70: [1, 0], // F undocumented
  71: [1, 1], // G: F reported
  72: [1, 2], // H: F documented
  83: [2, 0], // S
  84: [2, 1], // T
  85: [2, 2], // U
};

const digit36 = (code: number) => (code <= 57 ? code - 48 : code - 87);

/**
 * Reads the year's lessons up to `until` (included) without making an object
 * a lesson: for the nightly judging of every pupil. Same grammar as
 * decodePupilYear, which stays the readable way in.
 */
export function scanPupilYear(startYear: number, record: PupilYearRecord, until: string, visitor: PupilYearVisitor): void {
  const table = datesOf(startYear);
  const text = record.days;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let dayNumber = 0;
    while (text.charCodeAt(i) !== 58) dayNumber = dayNumber * 36 + digit36(text.charCodeAt(i++));
    i++; // ':'
    const date = table[dayNumber];
    if (date === undefined) throw new RangeError(`Cannot read the day code at ${i}.`);
    if (date > until) return;
    visitor.day(date);
    for (;;) {
      let course = 0;
      let code = text.charCodeAt(i);
      while (code < 65 || code > 90) {
        course = course * 36 + digit36(code);
        code = text.charCodeAt(++i);
      }
      const state = STATUS_OF_LETTER[code];
      if (state === undefined) throw new RangeError(`Cannot read the lesson code at ${i} of ${date}.`);
      const period = digit36(text.charCodeAt(i + 1));
      i += 2;
      // Duration, minutes late and reason follow a marker each; the columns need none of them.
      while (i < n && (code = text.charCodeAt(i)) !== 44 && code !== 59) i++;
      visitor.lesson(course, state[0], state[1], period);
      if (i >= n || code === 59) break;
      i++; // ','
    }
    i++; // ';'
  }
}
