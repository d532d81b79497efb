// The weekday and the week of a 'YYYY-MM-DD' date, worked out once per date:
// every pupil of a school has the same dates, and date-fns for every day of
// every pupil of a county showed in the profile.
import { addDaysTo, isoWeekday } from './school-calendar.js';

export interface DayFacts {
  /** ISO weekday: 1 Monday ... 7 Sunday. */
  weekday: number;
  /** The Monday of the date's week, 'YYYY-MM-DD'. */
  monday: string;
}

const facts = new Map<string, DayFacts>();

export function dayFactsOf(date: string): DayFacts {
  let found = facts.get(date);
  if (found === undefined) {
    // A bound on what a long-running server keeps: a few school years of dates.
    if (facts.size > 50_000) facts.clear();
    const weekday = isoWeekday(date);
    found = { weekday, monday: addDaysTo(date, 1 - weekday) };
    facts.set(date, found);
  }
  return found;
}
