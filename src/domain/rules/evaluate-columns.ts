// The same judgement as evaluatePolicy (evaluate.ts), read off a pupil's
// running totals instead of recomputing the figures window by window. Every
// window of every rule costs a few subtractions, so a county of pupils is
// judged in seconds. evaluatePolicy stays the readable statement of the
// rules; evaluate-columns.test.ts checks, on generated pupils and policies,
// that both give the same concerns to the last date.
import type { Concern } from './concern.js';
import { inReportOrder, judge, raised, toConcern, type Judged } from './evaluate.js';
import { MEASURE_INFO } from './measures.js';
import type { Policy, Rule } from './policy-schema.js';
import { dayRange, type PupilColumns, type SubjectColumns } from './pupil-columns.js';
import type { Reading } from './read-measure.js';
import { documentationOf } from './read-measure.js';
import { schoolDayIndex } from './school-days.js';
import { resolveWindows, type EvaluationWindow } from './windows.js';
import { percentOf } from '../figures/share.js';
import { DOCUMENTATION_STATES, type Documentation } from '../figures/types.js';
import type { SchoolCalendar } from '../school-calendar.js';

export interface ColumnsInput {
  columns: PupilColumns;
  calendar: SchoolCalendar;
  asOf: string;
  birthDate?: string | null;
}

const sumOf = (column: Int32Array, a: number, b: number) => (column[b] as number) - (column[a] as number);
const sumStates = (columns: Record<Documentation, Int32Array>, states: readonly Documentation[], a: number, b: number) =>
  states.reduce((n, state) => n + sumOf(columns[state], a, b), 0);
const dayOf = (column: Int32Array, i: number) => (column[i + 1] as number) - (column[i] as number);

/** The value and base of the rule's figure over days [a, b), with the subject's columns for per-subject rules. */
function readValue(rule: Rule, c: PupilColumns, a: number, b: number, subject: SubjectColumns | null): { value: number; base: number | null } {
  const states = documentationOf(rule);
  switch (rule.measure) {
    case 'absencePercent':
    case 'absentLessons': {
      const held = subject ? sumOf(subject.held, a, b) : sumOf(c.held, a, b);
      const absent = sumStates(subject ? subject.absent : c.absent, states, a, b);
      return rule.measure === 'absentLessons' ? { value: absent, base: null } : { value: percentOf(absent, held), base: held };
    }
    case 'dayPercent':
    case 'wholeDays': {
      const days = sumStates(c.wholeDays, states, a, b);
      return rule.measure === 'wholeDays' ? { value: days, base: null } : { value: percentOf(days, b - a), base: b - a };
    }
    case 'singleLessons':
      return { value: sumStates(c.absent, DOCUMENTATION_STATES, a, b) - sumOf(c.wholeDayLessons, a, b), base: null };
    case 'isolatedDays':
      return { value: isolatedDays(c, a, b).length, base: null };
    case 'longestRun':
      return { value: longestRun(c, a, b).length, base: null };
    case 'lateArrivals':
      return { value: sumOf(c.late, a, b), base: null };
    case 'leftDuringDay':
      return { value: sumOf(c.leftDuringDay, a, b), base: null };
    case 'noNotice':
      return { value: sumOf(subject ? subject.absent.undocumented : c.absent.undocumented, a, b), base: null };
  }
}

const isWhole = (c: PupilColumns, i: number) => i >= 0 && i < c.whole.length && c.whole[i] === 1;

/** Whole days absent whose neighbouring school days (inside the window or not) were not: as isolatedAbsentDays. */
function isolatedDays(c: PupilColumns, a: number, b: number): string[] {
  const dates: string[] = [];
  for (let i = a; i < b; i++) if (isWhole(c, i) && !isWhole(c, i - 1) && !isWhole(c, i + 1)) dates.push(c.dates[i] as string);
  return dates;
}

/** The longest run of whole days absent inside the window, the earliest of equals: as longestAbsentRun. */
function longestRun(c: PupilColumns, a: number, b: number): string[] {
  let best: [number, number] = [0, 0];
  let start = -1;
  for (let i = a; i <= b; i++) {
    if (i < b && isWhole(c, i)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      if (i - start > best[1] - best[0]) best = [start, i];
      start = -1;
    }
  }
  return c.dates.slice(best[0], best[1]);
}

/** The dates behind the figure, as readMeasure lists them. */
function evidenceOf(rule: Rule, c: PupilColumns, a: number, b: number, subject: SubjectColumns | null): string[] {
  const states = documentationOf(rule);
  const dates: string[] = [];
  const where = (test: (i: number) => boolean) => {
    for (let i = a; i < b; i++) if (test(i)) dates.push(c.dates[i] as string);
    return dates;
  };
  const source = subject ? subject.absent : c.absent;
  switch (rule.measure) {
    case 'absencePercent':
    case 'absentLessons':
      return where((i) => states.some((state) => dayOf(source[state], i) > 0));
    case 'dayPercent':
    case 'wholeDays':
      return where((i) => c.whole[i] === 1 && states.includes(DOCUMENTATION_STATES[c.least[i] as number] as Documentation));
    case 'singleLessons':
      return where((i) => c.whole[i] === 0 && DOCUMENTATION_STATES.some((state) => dayOf(c.absent[state], i) > 0));
    case 'isolatedDays':
      return isolatedDays(c, a, b);
    case 'longestRun':
      return longestRun(c, a, b);
    case 'lateArrivals':
      return where((i) => dayOf(c.late, i) > 0);
    case 'leftDuringDay':
      return where((i) => c.left[i] === 1);
    case 'noNotice':
      return where((i) => dayOf(source.undocumented, i) > 0);
  }
}

const bySubjectCode = (x: SubjectColumns, y: SubjectColumns) =>
  x.subjectCode < y.subjectCode ? -1 : x.subjectCode > y.subjectCode ? 1 : x.subjectId < y.subjectId ? -1 : x.subjectId > y.subjectId ? 1 : 0;

/** The days with an absent lesson or a late arrival: the only days a one-day window can fire on. */
function eventfulDays(c: PupilColumns): string[] {
  const days: string[] = [];
  for (let i = 0; i < c.dates.length; i++) {
    if (dayOf(c.late, i) > 0 || DOCUMENTATION_STATES.some((s) => dayOf(c.absent[s], i) > 0)) days.push(c.dates[i] as string);
  }
  return days;
}

/**
 * The concerns a policy raises about one pupil on `asOf`, exactly as
 * evaluatePolicy gives them for the same marks. The columns must hold the
 * pupil's days of the calendar's school year up to `asOf`, with subjects when
 * the policy has rules judged per subject.
 */
export function evaluateColumns(policy: Policy, input: ColumnsInput): Concern[] {
  const { columns: c, asOf } = input;
  const index = schoolDayIndex(input.calendar);
  const context = { index, asOf, birthDate: input.birthDate ?? null };
  const eventful = eventfulDays(c);
  const subjects = c.subjects ? [...c.subjects.values()].sort(bySubjectCode) : [];
  const concerns: { concern: Concern; ruleIndex: number }[] = [];
  policy.rules.forEach((rule, ruleIndex) => {
    if (rule.filter?.perSubject === true && c.subjects === null) throw new Error(`Rule ${rule.id} is judged per subject: build the columns with subjects.`);
    const judged: (Judged & { range: [number, number]; columns: SubjectColumns | null })[] = [];
    for (const window of resolveWindows(rule.window, index, asOf, eventful)) {
      const range = dayRange(c, window.from, window.until);
      const scopes = rule.filter?.perSubject === true ? subjects.filter((s) => sumOf(s.held, range[0], range[1]) > 0) : [null];
      for (const scope of scopes) {
        const { value, base } = readValue(rule, c, range[0], range[1], scope);
        const reading: Reading = { value, base, evidence: [] };
        const state = judge(rule, reading, window as EvaluationWindow);
        // A window below every level raises nothing, and `raised` tells runs apart by the windows' positions, not by
        // their neighbours in this list: most windows (rolling ones come by the hundred) need not be kept at all.
        if (state === 'none') continue;
        judged.push({ window, subjectId: scope?.subjectId ?? null, subjectCode: scope?.subjectCode ?? null, reading, state, range, columns: scope });
      }
    }
    for (const { at, approaching } of raised(rule, judged)) {
      const { range, columns } = at as (typeof judged)[number];
      const reading = { ...at.reading, evidence: evidenceOf(rule, c, range[0], range[1], columns) };
      // A share of nothing lists no dates, as the figures have none to give.
      if (MEASURE_INFO[rule.measure].kind === 'percent' && reading.base === 0) reading.evidence = [];
      concerns.push({ concern: toConcern(policy, rule, { ...at, reading }, approaching, context), ruleIndex });
    }
  });
  return inReportOrder(concerns);
}

/** Whether any rule of the policy is judged per subject: then the columns need subjects. */
export const needsSubjects = (policy: Policy) => policy.rules.some((r) => r.filter?.perSubject === true);
