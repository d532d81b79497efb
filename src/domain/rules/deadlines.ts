// A policy's dated deadlines in one school year, for the server's reminders
// (Troms: absence must be documented before 1 March for the pupil to keep the
// right to more teaching). A deadline is written as a day of the school year,
// 'MM-DD'; August to December belong to the year the school year starts in.
import type { SchoolCalendar } from '../school-calendar.js';
import { addDaysTo } from '../school-calendar.js';
import type { Deadline, Policy } from './policy-schema.js';
import { firstAtOrAfter, schoolDayIndex } from './school-days.js';

export interface DatedDeadline {
  id: string;
  name: string;
  /** The day the deadline is before, in this school year. */
  before: string;
  /** The last school day before it: the day by which things must be in. */
  lastDay: string;
  /** The first school day reminders go out. */
  remindFrom: string;
  notify: Deadline['notify'];
}

/** Reminders start this many school days ahead when the policy does not say. */
export const DEFAULT_REMIND_SCHOOL_DAYS = 10;

export function datedDeadlines(policy: Policy, calendar: SchoolCalendar): DatedDeadline[] {
  const index = schoolDayIndex(calendar);
  return (policy.deadlines ?? []).map((deadline) => {
    const month = Number(deadline.before.slice(0, 2));
    const year = month >= 8 ? calendar.startYear : calendar.startYear + 1;
    const before = `${year}-${deadline.before}`;
    // 29 February in a common year: the deadline is before 1 March.
    const day = Number(deadline.before.slice(3));
    const valid = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day ? before : `${year}-03-01`;
    const lastIndex = firstAtOrAfter(index, valid) - 1;
    const lastDay = index.days[Math.max(lastIndex, 0)] ?? addDaysTo(valid, -1);
    const remind = deadline.remindSchoolDaysBefore ?? DEFAULT_REMIND_SCHOOL_DAYS;
    const remindFrom = index.days[Math.max(lastIndex - remind, 0)] ?? lastDay;
    return { id: deadline.id, name: deadline.name, before: valid, lastDay, remindFrom, notify: deadline.notify };
  });
}
