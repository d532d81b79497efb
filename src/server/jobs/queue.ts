// The job queue (pg-boss) over the same database as everything else, so that
// several processes share the work and a job survives a restart. Each job is
// a definition (name, data schema, retry and schedule) and a handler that is
// safe to run again; the handlers only call services.
import { fromPglite, PgBoss } from 'pg-boss';
import type { z } from 'zod';
import type { Database } from '../db/client.js';
import { jobDefinitions, type JobContext } from './definitions.js';
import { jobSchemas, type JobName, type JobQueue } from './job-data.js';
import { asMaintenance } from '../db/tenant-scope.js';

/** A definition seen without its data type: the data is checked against its schema before it gets here. */
interface JobDefinitionOf {
  handler: (data: unknown, context: JobContext) => Promise<unknown>;
  queue?: object;
  sendOptions?: (data: unknown) => { singletonKey?: string };
  schedule?: (config: JobContext['config']) => string;
  pollingIntervalSeconds?: number;
}

export type { JobQueue };

export interface Jobs extends JobQueue {
  stop(): Promise<void>;
}

interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

function jobDatabase(database: Database) {
  if (database.native.kind === 'pglite') return { db: fromPglite(database.native.client), backend: 'pglite' as const };
  const pool = database.native.pool;
  return { db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) } };
}

/** Starts the queue and the workers and schedules of every job definition. */
export async function startJobs(database: Database, context: Omit<JobContext, 'queue'>, log: Logger): Promise<Jobs> {
  const boss = new PgBoss({ ...jobDatabase(database), schema: 'pgboss', registerInstance: false, superviseIntervalSeconds: 30 });
  boss.on('error', (error: unknown) => log.error({ err: error }, 'job queue error'));
  await boss.start();

  const queue: JobQueue = {
    async send(name, data) {
      const definition = jobDefinitions[name] as JobDefinitionOf;
      await boss.send(name, jobSchemas[name].parse(data) as object, definition.sendOptions?.(data) ?? {});
    },
    async sendMany(name, items) {
      if (items.length === 0) return;
      const definition = jobDefinitions[name] as JobDefinitionOf;
      await boss.insert(
        name,
        items.map((data) => ({ data: jobSchemas[name].parse(data) as object, ...(definition.sendOptions?.(data) ?? {}) })),
      );
    },
  };

  for (const name of Object.keys(jobDefinitions) as JobName[]) {
    const definition = jobDefinitions[name] as JobDefinitionOf;
    await boss.createQueue(name, definition.queue);
    await boss.work<unknown>(name, { batchSize: 1, pollingIntervalSeconds: definition.pollingIntervalSeconds ?? 1 }, async ([job]) => {
      if (!job) return;
      const data: unknown = (jobSchemas[name] as z.ZodType).parse(job.data);
      const started = performance.now();
      // A worker woken by a request's send must not inherit that request's tenant wall.
      await asMaintenance(() => definition.handler(data, { ...context, queue }));
      log.info({ job: name, ms: Math.round(performance.now() - started) }, 'job done');
    });
    if (definition.schedule) {
      await boss.schedule(name, definition.schedule(context.config), {}, { tz: 'Europe/Oslo' });
    }
  }

  return {
    ...queue,
    stop: () => boss.stop({ graceful: true, timeout: 10_000, close: false }),
  };
}
