// The concrete date windows a rule is judged in, for one school year up to the
// as-of date. Every window that has begun by then is judged, not only the
// current one: a file checked in December still shows September's concerns,
// and the caller, who stores concerns by key, is told about each only once.
//
// A window's `from` and `to` are its own bounds (a whole term, a whole month),
// so that its key stays the same every day it is evaluated; `until` is the
// last day counted so far. Nothing reaches outside the school year: each year's
// figures start afresh, as the owners' routines count them.
import type { RuleWindow } from './policy-schema.js';
import { firstAtOrAfter, shiftDate, type SchoolDayIndex } from './school-days.js';

export interface EvaluationWindow {
  /** The window's first day, 'YYYY-MM-DD'. */
  from: string;
  /** The window's last day (the whole term, month, ...), even when it lies after the as-of date. */
  to: string;
  /** The last day counted: the window's end, or the as-of date if earlier. */
  until: string;
  /** The as-of date falls inside the window: it is still running. */
  open: boolean;
  /** A rolling window that reaches its whole length inside the school year. Calendar windows are always full. */
  full: boolean;
  /** The window's place among the rule's windows in date order: consecutive rolling windows have consecutive positions. */
  position: number;
  label?: string;
}

/** The kind a window is keyed by: a half-year is a term. */
export function windowKindKey(window: RuleWindow): string {
  switch (window.kind) {
    case 'halfYear':
      return 'term';
    case 'rollingSchoolDays':
      return `rolling-${window.days}-school-days`;
    case 'rollingWeeks':
      return `rolling-${window.weeks}-weeks`;
    default:
      return window.kind;
  }
}

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

function lastDayOfMonth(yearMonth: string): string {
  const year = Number(yearMonth.slice(0, 4));
  const month = Number(yearMonth.slice(5, 7));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${yearMonth}-${String(days).padStart(2, '0')}`;
}

function nextMonth(yearMonth: string): string {
  const year = Number(yearMonth.slice(0, 4));
  const month = Number(yearMonth.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

const calendarWindow = (from: string, to: string, asOf: string, label?: string): Omit<EvaluationWindow, 'position'> => ({
  from,
  to,
  until: min(to, asOf),
  open: asOf >= from && asOf <= to,
  full: true,
  ...(label === undefined ? {} : { label }),
});

/**
 * The windows of one kind that have begun by `asOf`, in date order.
 * `pupilDays` are the dates worth judging one by one for `schoolDay` windows:
 * a day without absence or lateness cannot meet any threshold above zero.
 */
export function resolveWindows(
  window: RuleWindow,
  index: SchoolDayIndex,
  asOf: string,
  pupilDays: readonly string[] = [],
): readonly EvaluationWindow[] {
  if (window.kind === 'schoolDay') return positioned(windowsOfKind(window, index, asOf, pupilDays));
  // Every other kind depends on the calendar and the date alone, not on the pupil: the pupils of a
  // batch share one calendar and date, and a rolling window has one window per school day of the year.
  let known = sharedWindows.get(index);
  if (known === undefined) sharedWindows.set(index, (known = new Map()));
  const key = `${windowKindKey(window)}|${asOf}`;
  let windows = known.get(key);
  if (windows === undefined) {
    if (known.size >= MAX_SHARED_PER_CALENDAR) known.clear();
    windows = Object.freeze(positioned(windowsOfKind(window, index, asOf, pupilDays)).map((w) => Object.freeze(w)));
    known.set(key, windows);
  }
  return windows;
}

const sharedWindows = new WeakMap<SchoolDayIndex, Map<string, readonly EvaluationWindow[]>>();
const MAX_SHARED_PER_CALENDAR = 64;

const positioned = (windows: Omit<EvaluationWindow, 'position'>[]): EvaluationWindow[] => windows.map((w, position) => ({ ...w, position }));

function windowsOfKind(
  window: RuleWindow,
  index: SchoolDayIndex,
  asOf: string,
  pupilDays: readonly string[],
): Omit<EvaluationWindow, 'position'>[] {
  const { calendar, days } = index;
  if (asOf < calendar.startsOn) return [];
  const lastCounted = min(asOf, calendar.endsOn);
  switch (window.kind) {
    case 'term':
    case 'halfYear':
      return calendar.terms
        .filter((term) => term.startsOn <= asOf)
        .map((term) => calendarWindow(term.startsOn, term.endsOn, asOf, term.name));
    case 'schoolYear':
      return [calendarWindow(calendar.startsOn, calendar.endsOn, asOf, calendar.name)];
    case 'month': {
      const windows: Omit<EvaluationWindow, 'position'>[] = [];
      for (let month = calendar.startsOn.slice(0, 7); month <= lastCounted.slice(0, 7); month = nextMonth(month)) {
        windows.push(calendarWindow(max(`${month}-01`, calendar.startsOn), min(lastDayOfMonth(month), calendar.endsOn), asOf, month));
      }
      return windows;
    }
    case 'schoolDay':
      return pupilDays
        .filter((day) => day >= calendar.startsOn && day <= lastCounted)
        .map((day) => calendarWindow(day, day, asOf));
    case 'firstSchoolDay': {
      const first = days[0];
      return first !== undefined && first <= asOf ? [calendarWindow(first, first, asOf)] : [];
    }
    case 'rollingSchoolDays':
    case 'rollingWeeks': {
      const end = firstAtOrAfter(index, shiftDate(lastCounted, 1));
      const windows: Omit<EvaluationWindow, 'position'>[] = [];
      for (let i = 0; i < end; i++) {
        const day = days[i] as string;
        let from: string;
        let full: boolean;
        if (window.kind === 'rollingSchoolDays') {
          full = i - window.days + 1 >= 0;
          from = days[Math.max(i - window.days + 1, 0)] as string;
        } else {
          const reach = shiftDate(day, -7 * window.weeks + 1);
          full = reach >= calendar.startsOn;
          from = max(reach, calendar.startsOn);
        }
        // Only the latest window is still running (and none once the school year is over).
        windows.push({ from, to: day, until: day, open: i === end - 1 && asOf <= calendar.endsOn, full });
      }
      return windows;
    }
  }
}
