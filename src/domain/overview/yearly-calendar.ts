// The yearly routine calendar (årshjul): the owner's recurring tasks for the
// follow-up of absence, each school doing them every school year. A task is
// data: when it starts and when it is due (month and day within the school
// year, or every month), who is responsible, which schools it is for. The
// presets follow the seeds: Lyngen's calendar for grunnskole (information to
// parents and pupils in August, the leadership's monthly review, the pupil
// surveys), Troms's for upper secondary (transition meetings before school
// starts, the parents' meeting in August/September, the 1 March deadline for
// documentation).
import { z } from 'zod';
import { localizedTextSchema } from '../../contracts/localized-text.js';
import { schoolYearMonths, monthBounds } from './months.js';

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const monthDaySchema = z.string().regex(MONTH_DAY, { error: 'must be a day written MM-DD' });

export const TASK_ROLES = ['leadership', 'contactTeacher', 'counsellor', 'allTeachers'] as const;
/** Which schools a task is for: all, grunnskole (grades 1-10) or upper secondary. */
export const TASK_LEVELS = ['all', 'grunnskole', 'upperSecondary'] as const;

export const calendarTaskSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(64),
  name: localizedTextSchema,
  /** Once a year from `starts` to `due` (MM-DD, in the school year from August), or every school month. */
  timing: z.union([z.strictObject({ starts: monthDaySchema, due: monthDaySchema }), z.strictObject({ every: z.literal('month') })]),
  responsible: z.enum(TASK_ROLES),
  appliesTo: z.enum(TASK_LEVELS),
  source: z.string().max(300),
});
export type CalendarTask = z.output<typeof calendarTaskSchema>;
export const calendarPresetSchema = z.strictObject({ id: z.string(), name: localizedTextSchema, tasks: z.array(calendarTaskSchema).min(1).max(100) });

export interface Occurrence {
  taskId: string;
  /** Stable per task and school year: the due day. */
  dueOn: string;
  startsOn: string;
}

/** The calendar date of MM-DD in the school year that starts in August of `startYear`. */
export function dateInSchoolYear(startYear: number, monthDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  return `${month >= 8 ? startYear : startYear + 1}-${monthDay}`;
}

/** Whether the task is for a school of this level (schools.level). */
export const appliesToSchool = (task: CalendarTask, level: string) =>
  task.appliesTo === 'all' || (task.appliesTo === 'upperSecondary') === (level === 'upper_secondary');

/** The task's occurrences in a school year: one, or one a month from September to June. */
export function occurrences(task: CalendarTask, startYear: number): Occurrence[] {
  if ('every' in task.timing) {
    return schoolYearMonths(startYear)
      .filter((m) => !m.endsWith('-08'))
      .map((m) => {
        const { from, to } = monthBounds(m);
        return { taskId: task.id, startsOn: from, dueOn: to };
      });
  }
  const startsOn = dateInSchoolYear(startYear, task.timing.starts);
  let dueOn = dateInSchoolYear(startYear, task.timing.due);
  // 29 February in a year without it falls on 1 March.
  if (Number.isNaN(Date.parse(`${dueOn}T00:00:00Z`)) || new Date(`${dueOn}T00:00:00Z`).toISOString().slice(0, 10) !== dueOn) dueOn = `${dueOn.slice(0, 4)}-03-01`;
  return [{ taskId: task.id, startsOn, dueOn }];
}

export type OccurrenceStatus = 'done' | 'upcoming' | 'current' | 'dueSoon' | 'overdue';

export interface OccurrenceView extends Occurrence {
  status: OccurrenceStatus;
  doneOn: string | null;
}

/** Within this many days of its due day an undone task is reminded of. */
export const REMIND_DAYS_BEFORE = 7;

export function occurrenceStatus(o: Occurrence, today: string, doneOn: string | null, remindDays = REMIND_DAYS_BEFORE): OccurrenceStatus {
  if (doneOn !== null) return 'done';
  if (today > o.dueOn) return 'overdue';
  const soon = new Date(Date.parse(`${o.dueOn}T00:00:00Z`) - remindDays * 86_400_000).toISOString().slice(0, 10);
  if (today >= soon) return 'dueSoon';
  return today >= o.startsOn ? 'current' : 'upcoming';
}

/** The school's year: every task that applies to it, each occurrence with its status, in order of due day. */
export function schoolYearCalendar(
  tasks: readonly CalendarTask[],
  level: string,
  startYear: number,
  today: string,
  done: ReadonlyMap<string, string>,
): OccurrenceView[] {
  return tasks
    .filter((t) => appliesToSchool(t, level))
    .flatMap((t) => occurrences(t, startYear))
    .map((o) => {
      const doneOn = done.get(`${o.taskId}|${o.dueOn}`) ?? null;
      return { ...o, doneOn, status: occurrenceStatus(o, today, doneOn) };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.taskId.localeCompare(b.taskId));
}

/** What to remind of today: undone occurrences due within the reminder days, and overdue ones. */
export const remindersDue = (calendar: readonly OccurrenceView[]) => calendar.filter((o) => o.status === 'dueSoon' || o.status === 'overdue');
