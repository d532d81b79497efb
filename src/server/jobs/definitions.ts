// Every background job: its data, how it is retried and scheduled, and the
// service it calls. Handlers are safe to run twice (a retry, two processes).
import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/client.js';
import type { Mailer } from '../mail/mailer.js';
import { evaluateChanged, evaluateEveryone, evaluatePupils } from '../services/rule-evaluation.js';
import { refreshAllStaleDays } from '../services/pupil-years.js';
import { emailsToQueue, markInterruptedEmails, sendNotificationEmail } from '../services/outgoing-email.js';
import { runUpperSecondaryDay } from '../services/upper-secondary/daily.js';
import { runCaseReminders } from '../services/followup/case-reminders.js';
import { deleteExpiredRecords } from '../services/retention.js';
import { remindCalendarTasks } from '../services/overview/yearly-calendar.js';
import type { jobSchemas} from './job-data.js';
import { type JobName, type JobQueue } from './job-data.js';

export interface JobContext {
  database: Database;
  clock: Clock;
  config: Config;
  mailer: Mailer | null;
  queue: JobQueue;
}

interface JobDefinition<S extends z.ZodType> {
  handler: (data: z.output<S>, context: JobContext) => Promise<unknown>;
  queue?: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean; expireInSeconds?: number; policy?: 'standard' | 'short' | 'singleton' | 'stately' };
  sendOptions?: (data: z.output<S>) => { singletonKey?: string };
  /** A cron expression, read in Norwegian time. */
  schedule?: (config: Config) => string;
  pollingIntervalSeconds?: number;
}



const mailDomain = (config: Config) => /@([^>\s]+)/.exec(config.mailFrom)?.[1] ?? 'naervaer.local';

export const jobDefinitions: { [N in JobName]: JobDefinition<(typeof jobSchemas)[N]> } = {
  'evaluate-pupils': {
    queue: { retryLimit: 3, retryDelay: 5, retryBackoff: true },
    pollingIntervalSeconds: 0.5,
    handler: async ({ pupilIds }, { database, clock, queue }) => {
      const summary = await evaluatePupils(database, clock, pupilIds);
      await queue.sendMany('send-email', summary.emails.map((notificationId) => ({ notificationId })));
      return summary;
    },
  },
  'evaluate-everyone': {
    queue: { retryLimit: 1, expireInSeconds: 3 * 3600, policy: 'singleton' },
    schedule: (config) => config.nightlyEvaluationCron,
    pollingIntervalSeconds: 30,
    handler: async (_data, { database, clock, queue }) => {
      await refreshAllStaleDays(database);
      return evaluateEveryone(database, clock, {
        onPage: (summary) => queue.sendMany('send-email', summary.emails.map((notificationId) => ({ notificationId }))),
      });
    },
  },
  'send-email': {
    // One queued and one running job a notification at most, whoever queues it.
    queue: { retryLimit: 6, retryDelay: 30, retryBackoff: true, policy: 'stately' },
    sendOptions: ({ notificationId }) => ({ singletonKey: notificationId }),
    handler: async ({ notificationId }, { database, clock, mailer, config }) => {
      const outcome = await sendNotificationEmail(database, clock, mailer, notificationId, mailDomain(config));
      // Thrown so that the queue tries again later; the row says why meanwhile.
      if (outcome === 'retry') throw new Error(`e-mail ${notificationId} not accepted by the mail server yet`);
      return outcome;
    },
  },
  housekeeping: {
    queue: { retryLimit: 0, policy: 'singleton' },
    schedule: () => '* * * * *',
    pollingIntervalSeconds: 10,
    handler: async (_data, { database, clock, mailer, queue }) => {
      const evaluated = await evaluateChanged(database, clock, {
        onBatch: (summary) => queue.sendMany('send-email', summary.emails.map((notificationId) => ({ notificationId }))),
      });
      const interrupted = await markInterruptedEmails(database, clock);
      const waiting = await emailsToQueue(database, clock, mailer !== null);
      await queue.sendMany('send-email', waiting.map((notificationId) => ({ notificationId })));
      return { evaluated, interrupted };
    },
  },
  'upper-secondary-daily': {
    queue: { retryLimit: 2, retryDelay: 300, expireInSeconds: 2 * 3600, policy: 'singleton' },
    schedule: (config) => config.upperSecondaryCron,
    pollingIntervalSeconds: 30,
    handler: async (_data, { database, clock, config, queue }) => {
      await refreshAllStaleDays(database);
      const summary = await runUpperSecondaryDay(database, clock, config.publicUrl, (ids) =>
        queue.sendMany('send-email', ids.map((notificationId) => ({ notificationId }))),
      );
      return { schools: summary.schools, warnings: summary.warnings, reminders: summary.reminders };
    },
  },
  'followup-reminders': {
    queue: { retryLimit: 2, retryDelay: 300, expireInSeconds: 3600, policy: 'singleton' },
    // Before the school day, so the day's deadlines are known at the first lesson.
    schedule: () => '30 6 * * 1-5',
    pollingIntervalSeconds: 30,
    handler: async (_data, { database, clock, queue }) => {
      const summary = await runCaseReminders(database, clock);
      await queue.sendMany('send-email', summary.emails.map((notificationId) => ({ notificationId })));
      return { cases: summary.cases, reminders: summary.reminders };
    },
  },
  'delete-expired-records': {
    queue: { retryLimit: 2, retryDelay: 600, expireInSeconds: 3 * 3600, policy: 'singleton' },
    // At a quarter past three in the night, after the nightly judging has read the marks.
    schedule: () => '15 3 * * *',
    pollingIntervalSeconds: 60,
    handler: async (_data, { database, clock }) => {
      const summary = await deleteExpiredRecords(database, clock.now());
      return { deleted: summary.reduce((n, s) => n + s.deleted, 0) };
    },
  },
  'yearly-calendar-reminders': {
    queue: { retryLimit: 2, retryDelay: 300, policy: 'singleton' },
    // Before the school day starts, Norwegian time; once a reminded task is not reminded again, so a second run changes nothing.
    schedule: () => '15 6 * * *',
    pollingIntervalSeconds: 60,
    handler: async (_data, { database, clock }) => remindCalendarTasks(database, clock),
  },
};
