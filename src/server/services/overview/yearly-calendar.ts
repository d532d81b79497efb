// The yearly routine calendar (årshjul) of a school: the owner's tasks (the
// default preset until the owner stores its own), each occurrence of the
// school year with who is assigned and whether it is done; and the daily
// reminders of what is due within a week or overdue, to the assignee.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { schoolYearStartYearFor } from '../../../domain/school-calendar.js';
import {
  calendarTaskSchema,
  defaultCalendarTasks,
  occurrences,
  occurrenceStatus,
  remindersDue,
  schoolYearCalendar,
  type CalendarTask,
} from '../../../domain/overview/index.js';
import type { YearlyCalendar } from '../../../contracts/overview.js';
import * as repo from '../../db/repositories/overview.js';
import { findSchool } from '../../db/repositories/classes.js';
import { AppError, forbidden, notFound } from '../../app-error.js';
import { audit } from '../audit.js';

/** The owner's tasks: its own when stored, else the default calendar. */
export async function tasksOf(database: Database, ownerId: string): Promise<CalendarTask[]> {
  const rows = await repo.ownerCalendarTasks(database, ownerId);
  if (rows.length === 0) return defaultCalendarTasks();
  return rows.flatMap((r) => {
    const parsed = calendarTaskSchema.safeParse(r.definition);
    return parsed.success ? [parsed.data] : [];
  });
}

const yearSpan = (startYear: number) => ({ from: `${startYear}-08-01`, to: `${startYear + 1}-07-31` });

/** School staff see their school's calendar; the leadership assigns and marks done, and so may the assignee mark their own. */
async function schoolFor(database: Database, actor: Actor, schoolId: string) {
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  const staff = actor.roles.some((r) => r.schoolId === schoolId && ['teacher', 'leadership', 'counsellor', 'nurse', 'resource_team'].includes(r.role));
  const ownerWide = actor.roles.some((r) => r.role === 'admin' && r.schoolId === null);
  if (!staff && !ownerWide) throw forbidden();
  const leads = actor.roles.some((r) => r.role === 'leadership' && r.schoolId === schoolId);
  return { school, leads };
}

export async function getYearlyCalendar(database: Database, clock: Clock, actor: Actor, schoolId: string): Promise<YearlyCalendar> {
  const { school, leads } = await schoolFor(database, actor, schoolId);
  const today = schoolTimeOf(clock.now()).date;
  const startYear = schoolYearStartYearFor(today);
  const { from, to } = yearSpan(startYear);
  const [tasks, marks, staff] = await Promise.all([tasksOf(database, school.owner_id), repo.schoolTaskMarks(database, schoolId, from, to), repo.schoolStaff(database, schoolId)]);
  const byKey = new Map(marks.map((m) => [`${m.task_key}|${m.due_on}`, m]));
  const done = new Map(marks.filter((m) => m.done_at).map((m) => [`${m.task_key}|${m.due_on}`, schoolTimeOf(m.done_at!).date]));
  const taskOf = new Map(tasks.map((t) => [t.id, t]));
  return {
    asOf: today,
    school: { id: school.id, name: school.name },
    schoolYear: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
    staff,
    mayEdit: leads,
    occurrences: schoolYearCalendar(tasks, school.level, startYear, today, done).map((o) => {
      const task = taskOf.get(o.taskId)!;
      const mark = byKey.get(`${o.taskId}|${o.dueOn}`);
      return {
        taskId: o.taskId,
        name: task.name,
        responsible: task.responsible,
        source: task.source,
        startsOn: o.startsOn,
        dueOn: o.dueOn,
        status: o.status,
        assignee: mark?.assignee_id && mark.assignee_name ? { id: mark.assignee_id, name: mark.assignee_name } : null,
        done: mark?.done_at && mark.done_by_name ? { by: mark.done_by_name, at: mark.done_at.toISOString() } : null,
      };
    }),
  };
}

/** Assigns an occurrence to a member of staff, or marks it done (or not). */
export async function updateOccurrence(
  database: Database,
  clock: Clock,
  actor: Actor,
  schoolId: string,
  taskId: string,
  change: { dueOn: string; assigneeId?: string | null | undefined; done?: boolean | undefined },
) {
  const { school, leads } = await schoolFor(database, actor, schoolId);
  const tasks = await tasksOf(database, school.owner_id);
  const task = tasks.find((t) => t.id === taskId);
  if (!task) throw notFound();
  const startYear = schoolYearStartYearFor(change.dueOn);
  if (!occurrences(task, startYear).some((o) => o.dueOn === change.dueOn)) throw new AppError(400, 'bad_request', 'overview.noSuchOccurrence');
  const marks = await repo.schoolTaskMarks(database, schoolId, change.dueOn, change.dueOn);
  const mine = marks.find((m) => m.task_key === taskId)?.assignee_id === actor.userId;
  if (change.assigneeId !== undefined && !leads) throw forbidden();
  if (change.done !== undefined && !leads && !mine) throw forbidden();
  if (change.assigneeId) {
    const staff = await repo.schoolStaff(database, schoolId);
    if (!staff.some((s) => s.id === change.assigneeId)) throw new AppError(400, 'bad_request', 'overview.notStaff');
  }
  await database.transaction(async (tx) => {
    await repo.upsertTaskMark(tx, {
      ownerId: school.owner_id,
      schoolId,
      taskKey: taskId,
      dueOn: change.dueOn,
      at: clock.now(),
      ...(change.assigneeId !== undefined ? { assigneeId: change.assigneeId } : {}),
      ...(change.done !== undefined ? { doneBy: change.done ? actor.userId : null } : {}),
    });
    await audit(tx, actor, [{ action: 'update', entity: 'calendar_task', entityId: `${schoolId}|${taskId}|${change.dueOn}`, details: { assigneeId: change.assigneeId, done: change.done } }]);
  });
}

/** The logged-in user's assigned tasks due within a week or overdue this school year. */
export async function getMyCalendarReminders(database: Database, clock: Clock, actor: Actor) {
  const today = schoolTimeOf(clock.now()).date;
  const { from, to } = yearSpan(schoolYearStartYearFor(today));
  const marks = await repo.myAssignedMarks(database, actor.userId, from, to);
  const tasksByOwner = new Map<string, CalendarTask[]>();
  const reminders = [];
  for (const m of marks) {
    let tasks = tasksByOwner.get(m.owner_id);
    if (!tasks) tasksByOwner.set(m.owner_id, (tasks = await tasksOf(database, m.owner_id)));
    const task = tasks.find((t) => t.id === m.task_key);
    if (!task) continue;
    const o = occurrences(task, schoolYearStartYearFor(m.due_on)).find((x) => x.dueOn === m.due_on);
    if (!o) continue;
    const status = occurrenceStatus(o, today, null);
    if (status === 'dueSoon' || status === 'overdue') reminders.push({ schoolId: m.school_id, schoolName: m.school_name, taskId: task.id, name: task.name, dueOn: m.due_on, status });
  }
  return { reminders };
}

/**
 * The daily job: marks the assigned occurrences that are due within a week or
 * overdue as reminded, once each, so the start page can show them as new.
 * Safe to run twice: a reminded occurrence is not reminded again.
 */
export async function remindCalendarTasks(database: Database, clock: Clock): Promise<{ reminded: number }> {
  const today = schoolTimeOf(clock.now()).date;
  const { from, to } = yearSpan(schoolYearStartYearFor(today));
  const marks = (await repo.openAssignedMarks(database, from, to)).filter((m) => m.reminded_at === null);
  const due = remindersDue(
    marks.map((m) => ({ taskId: m.id, startsOn: m.due_on, dueOn: m.due_on, doneOn: null, status: occurrenceStatus({ taskId: m.id, startsOn: m.due_on, dueOn: m.due_on }, today, null) })),
  ).map((o) => o.taskId);
  await database.transaction(async (tx) => repo.markReminded(tx, due, clock.now()));
  return { reminded: due.length };
}
