// Plants for readable pattern tests: absent on these dates, from these
// lessons, late on these mornings. Test support only.
import type { Plant } from './test-pupils.js';

/** Absent the whole day on each date. */
export const awayOn = (dates: Iterable<string>): Plant => {
  const set = new Set(dates);
  return { wholeDay: (date) => (set.has(date) ? true : undefined) };
};

/** Absent from the given periods on each date (and present otherwise). */
export const lessonsOn = (dates: Iterable<string>, periods: readonly number[]): Plant => {
  const set = new Set(dates);
  return { lesson: (date, period) => (set.has(date) && periods.includes(period) ? true : undefined) };
};

/** Late for the first lesson on each date. */
export const lateOn = (dates: Iterable<string>): Plant => {
  const set = new Set(dates);
  return { late: (date) => (set.has(date) ? true : undefined) };
};

/** Several plants at once; the first to decide wins. */
export function together(...plants: Plant[]): Plant {
  return {
    wholeDay: (...args) => plants.map((p) => p.wholeDay?.(...args)).find((v) => v !== undefined),
    lesson: (...args) => plants.map((p) => p.lesson?.(...args)).find((v) => v !== undefined),
    late: (...args) => plants.map((p) => p.late?.(...args)).find((v) => v !== undefined),
  };
}
