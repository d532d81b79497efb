// When to remind whom about a case: some school days before a deadline, on
// the day, and the first school day after it has passed (then the leadership
// too). A job sends them later; here they are only computed, each with a
// stable key so that a job run twice sends nothing twice.
import type { CaseSchedule, DeadlineView, TaskView } from './case-schedule.js';
import type { SchoolRole } from './staircase-schema.js';
import { dateOf, followUpDays, typicalCalendars, type CalendarFor } from './school-time.js';

export type ReminderKind = 'upcoming' | 'dueToday' | 'overdue';

export interface ReminderSettings {
  /** School days before the day to send the first reminder; 0 for none. */
  upcomingSchoolDays: number;
  /** Who is told as well when a deadline has passed. */
  escalateTo: SchoolRole[];
}

/** Two school days ahead gives time to book a meeting; the leadership sees every missed deadline (Lyngen's monthly review, Troms's class team). */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { upcomingSchoolDays: 2, escalateTo: ['leadership'] };

export type ReminderRecipient = { role: SchoolRole } | { userId: string };

export interface Reminder {
  /** Unique per case: what it is about and which kind. */
  key: string;
  kind: ReminderKind;
  /** The school day it is to go out. */
  on: string;
  about: { kind: 'deadline'; stepId: string; deadlineId: string; cycle: number; dueOn: string } | { kind: 'task'; taskId: string; dueOn: string };
  to: ReminderRecipient[];
}

function plan(key: string, dueOn: string, from: string, to: ReminderRecipient[], escalate: ReminderRecipient[], about: Reminder['about'], settings: ReminderSettings, calendarFor: CalendarFor): Reminder[] {
  const days = followUpDays(from < dueOn ? from : dueOn, calendarFor);
  const reminders: Reminder[] = [];
  if (settings.upcomingSchoolDays > 0) {
    const early = days.before(dueOn, settings.upcomingSchoolDays);
    // A reminder before the event that set the deadline would remind of something nobody knew about yet.
    const on = early < from ? from : early;
    if (on < dueOn) reminders.push({ key: `${key}|upcoming`, kind: 'upcoming', on, about, to });
  }
  reminders.push({ key: `${key}|dueToday`, kind: 'dueToday', on: dueOn, about, to });
  const extra = escalate.filter((r) => !to.some((t) => JSON.stringify(t) === JSON.stringify(r)));
  reminders.push({ key: `${key}|overdue`, kind: 'overdue', on: days.after(dueOn, 1), about, to: [...to, ...extra] });
  return reminders;
}

/**
 * Every reminder for what is open in the case now: the current step's
 * deadlines that are not met and not waiting on an earlier one, and the tasks
 * with a day that are not done. A closed case has none.
 */
export function caseReminders(schedule: CaseSchedule, settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS, calendarFor: CalendarFor = typicalCalendars): Reminder[] {
  if (schedule.current === null) return [];
  const escalate = settings.escalateTo.map((role) => ({ role }));
  const fromDeadline = (d: DeadlineView) =>
    plan(`deadline|${d.key}`, d.dueOn, d.from, d.responsible.map((role) => ({ role })), escalate, { kind: 'deadline', stepId: d.stepId, deadlineId: d.deadlineId, cycle: d.cycle, dueOn: d.dueOn }, settings, calendarFor);
  const fromTask = (t: TaskView) =>
    plan(`task|${t.id}`, t.dueOn as string, dateOf(t.assignedAt), [{ userId: t.assignee.userId }], escalate, { kind: 'task', taskId: t.id, dueOn: t.dueOn as string }, settings, calendarFor);
  return [
    ...schedule.current.deadlines.filter((d) => d.status === 'open' || d.status === 'dueToday' || d.status === 'overdue').flatMap(fromDeadline),
    ...schedule.tasks.filter((t) => t.status !== 'done' && t.dueOn !== undefined).flatMap(fromTask),
  ].sort((a, b) => a.on.localeCompare(b.on) || a.key.localeCompare(b.key));
}

/**
 * What a daily job sends on `today`: for each deadline or task, only the
 * latest reminder whose day has come and that was not sent before. A job that
 * did not run for a week sends «overdue», not all three.
 */
export function remindersToSend(reminders: readonly Reminder[], today: string, alreadySent: ReadonlySet<string>): Reminder[] {
  const latest = new Map<string, Reminder>();
  for (const reminder of reminders) {
    if (reminder.on > today) continue;
    const target = reminder.key.slice(0, reminder.key.lastIndexOf('|'));
    const seen = latest.get(target);
    if (seen === undefined || seen.on <= reminder.on) latest.set(target, reminder);
  }
  return [...latest.values()].filter((reminder) => !alreadySent.has(reminder.key));
}
