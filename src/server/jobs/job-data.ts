// The jobs there are and the data each carries. Kept apart from the handlers
// so that whoever only sends a job (a route, a service) needs nothing else.
import { z } from 'zod';

export const jobSchemas = {
  /** After a registration or another change of marks: those pupils, judged at once. */
  'evaluate-pupils': z.object({ pupilIds: z.array(z.uuid()).min(1).max(2000) }),
  /** Every night: everybody, since windows move with the calendar even when no mark changes. */
  'evaluate-everyone': z.object({}),
  /** One notification e-mail. */
  'send-email': z.object({ notificationId: z.uuid() }),
  /** Each minute: stale pupil days written, changed pupils judged, cut-off e-mails marked, e-mails that waited for a mail server sent. */
  housekeeping: z.object({}),
  /** Each morning: upper-secondary warnings due are issued and documentation reminders written. */
  'upper-secondary-daily': z.object({}),
  /** Each school morning: reminders of follow-up deadlines and tasks, before, on the day and when passed. */
  'followup-reminders': z.object({}),
  /** Each night: records older than the owner's retention deleted, in batches. */
  'delete-expired-records': z.object({}),
  /** Each morning: tasks of the yearly calendar due within a week or overdue are marked as reminded to their assignee. */
  'yearly-calendar-reminders': z.object({}),
};

export type JobName = keyof typeof jobSchemas;
export type JobData<N extends JobName> = z.input<(typeof jobSchemas)[N]>;

/** Sending jobs: what routes and services see of the queue. */
export interface JobQueue {
  send<N extends JobName>(name: N, data: JobData<N>): Promise<void>;
  sendMany<N extends JobName>(name: N, items: readonly JobData<N>[]): Promise<void>;
}
