// A rule's measure read off a pupil's absence figures for one window, with the
// dates that make it. The numbers come from the figures as they are; the only
// thing done here is picking the documentation states and the subject a rule
// asks for, and listing the dates behind a number the figures keep as a count.
import type { AbsenceFigures, AbsenceShare } from '../absence-figures.js';
import type { PupilDay } from '../figures/days.js';
import { percentOf } from '../figures/share.js';
import { DOCUMENTATION_STATES, type Documentation, type MarkForFigures } from '../figures/types.js';
import type { Rule } from './policy-schema.js';

/** What the evaluator knows about one pupil besides the figures, built once per pupil. */
export interface PupilEvidence {
  /** The held lessons the pupil was absent from (F), in date order. */
  absentMarks: readonly MarkForFigures[];
  /** The pupil's school days by date: a whole day counts under its least documented lesson. */
  dayByDate: ReadonlyMap<string, PupilDay>;
}

export interface Reading {
  value: number;
  /** The base of a percentage (held lessons or school days); null for a count. */
  base: number | null;
  /** The dates that make the value, in order, each once. */
  evidence: string[];
}

export const documentationOf = (rule: Rule): readonly Documentation[] => rule.filter?.documentation ?? DOCUMENTATION_STATES;

const allStates = (states: readonly Documentation[]) => DOCUMENTATION_STATES.every((s) => states.includes(s));

function absentIn(share: AbsenceShare, states: readonly Documentation[]): number {
  return allStates(states) ? share.absent : states.reduce((sum, state) => sum + share.byDocumentation[state].absent, 0);
}

/** Dates of absent lessons in [from, until], of the given states and (if given) subject. */
function absentDates(
  evidence: PupilEvidence,
  from: string,
  until: string,
  states: readonly Documentation[],
  subjectId: string | null,
): string[] {
  const dates: string[] = [];
  for (const mark of evidence.absentMarks) {
    if (mark.date < from) continue;
    if (mark.date > until) break;
    if (subjectId !== null && mark.subjectId !== subjectId) continue;
    if (!states.includes(mark.documentation)) continue;
    if (dates[dates.length - 1] !== mark.date) dates.push(mark.date);
  }
  return dates;
}

/** Whole days absent whose least documented lesson is in one of the states. */
function wholeDayDates(figures: AbsenceFigures, states: readonly Documentation[], evidence: PupilEvidence): string[] {
  if (allStates(states)) return figures.wholeDays.dates;
  return figures.wholeDays.dates.filter((date) => {
    const least = evidence.dayByDate.get(date)?.leastDocumentation;
    return least !== undefined && least !== null && states.includes(least);
  });
}

/**
 * The rule's measure in one window. `subjectId` is set for rules judged per
 * subject; the figures are those of the window up to its `until` day.
 */
export function readMeasure(
  rule: Rule,
  figures: AbsenceFigures,
  subjectId: string | null,
  evidence: PupilEvidence,
): Reading {
  const states = documentationOf(rule);
  const { from, to } = figures.window;
  const share = subjectId === null ? figures.overall : figures.bySubject[subjectId];
  switch (rule.measure) {
    case 'absencePercent':
    case 'absentLessons': {
      if (share === undefined) return { value: 0, base: 0, evidence: [] };
      const absent = absentIn(share, states);
      const dates = absent === 0 ? [] : absentDates(evidence, from, to, states, subjectId);
      return rule.measure === 'absentLessons'
        ? { value: absent, base: null, evidence: dates }
        : { value: percentOf(absent, share.of), base: share.of, evidence: dates };
    }
    case 'dayPercent':
    case 'wholeDays': {
      const days = allStates(states)
        ? figures.wholeDays.absent
        : states.reduce((sum, state) => sum + figures.wholeDays.byDocumentation[state], 0);
      const dates = wholeDayDates(figures, states, evidence);
      return rule.measure === 'wholeDays'
        ? { value: days, base: null, evidence: dates }
        : { value: percentOf(days, figures.wholeDays.of), base: figures.wholeDays.of, evidence: dates };
    }
    case 'singleLessons':
      return { value: figures.singleLessons.absent, base: null, evidence: figures.singleLessons.dates };
    case 'isolatedDays':
      return { value: figures.isolatedDays.count, base: null, evidence: figures.isolatedDays.dates };
    case 'longestRun':
      return { value: figures.longestRun.length, base: null, evidence: figures.longestRun.dates };
    case 'lateArrivals':
      return { value: figures.lateArrivals.count, base: null, evidence: figures.lateArrivals.dates };
    case 'leftDuringDay':
      return { value: figures.leftDuringDay.count, base: null, evidence: figures.leftDuringDay.dates };
    case 'noNotice': {
      if (subjectId === null) return { value: figures.noNotice.count, base: null, evidence: figures.noNotice.dates };
      if (share === undefined) return { value: 0, base: null, evidence: [] };
      const absent = share.byDocumentation.undocumented.absent;
      return { value: absent, base: null, evidence: absent === 0 ? [] : absentDates(evidence, from, to, ['undocumented'], subjectId) };
    }
  }
}
