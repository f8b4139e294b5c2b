import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type * as GraphileWorker from 'graphile-worker';
import type { CronItem, JobHelpers, Logger as WorkerLogger, Runner, Task } from 'graphile-worker';
import pg from 'pg';
import type { AppConfig } from '../config.js';
import { loadPackage } from '../lazy-package.js';
import type { Logger } from '../logging/logger.js';

/**
 * Background work runs on graphile-worker, a job queue in PostgreSQL (schema `graphile_worker`):
 * jobs are added in SQL, inside the transaction of the change that needs them, picked up within
 * milliseconds through LISTEN/NOTIFY, retried with exponential back-off, and scheduled (cron)
 * jobs run once per tick across all instances. Any process with RUN_JOBS=true works the queue.
 *
 * To add work: write a `JobDefinition` in your module (`<module>.jobs.ts`) and list it in
 * `api/src/jobs.ts`. Recurring work sets `schedule` (a crontab pattern, once a minute at most);
 * one-off or delayed work (a deadline reminder) is enqueued with `enqueueJob(em, name, payload,
 * { runAt, jobKey })` in the transaction that decides it; the same `jobKey` replaces an earlier
 * reminder, `cancelJob(em, jobKey)` withdraws it.
 */
export interface JobDefinition<P = Record<string, unknown>> {
  /** Dotted, owned by the module: `outbox.deliver`, `apartment.lapse-offers`. */
  name: string;
  run(payload: P, context: JobContext): Promise<void>;
  /** Crontab pattern for recurring work, e.g. `* * * * *` (every minute, once across all instances). */
  schedule?: string;
  /** Tries before the job is given up (default 10: back-off e^n seconds, about 3.5 hours in all). */
  maxAttempts?: number;
}

export interface JobContext {
  orm: MikroORM;
  config: AppConfig;
  logger: Logger;
  /** This try, from 1, and the last one there will be. */
  attempt: number;
  maxAttempts: number;
}

export interface EnqueueOptions {
  runAt?: Date;
  /** At most one pending job per key: enqueueing again replaces it. */
  jobKey?: string;
  maxAttempts?: number;
}

/** Adds a job in the caller's transaction: it exists exactly when the change that needs it commits. */
export async function enqueueJob(em: EntityManager, name: string, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
  await em.execute(
    'select graphile_worker.add_job(?, ?::json, run_at => ?::timestamptz, job_key => ?, max_attempts => ?)',
    [name, JSON.stringify(payload), options.runAt ?? null, options.jobKey ?? null, options.maxAttempts ?? null],
  );
}

/** Withdraws a pending job by its key (a reminder that is no longer due). */
export async function cancelJob(em: EntityManager, jobKey: string): Promise<void> {
  await em.execute('select graphile_worker.remove_job(?)', [jobKey]);
}

/** Installs or upgrades the queue's own schema; run under the migration lock. */
export async function migrateJobSchema(connectionString: string, logger: Logger): Promise<void> {
  const { runMigrations } = graphileWorker();
  await runMigrations({ connectionString, logger: workerLogger(logger) });
}

/**
 * graphile-worker itself is loaded only where the queue is worked or migrated: the API enqueues
 * with plain SQL (above), so an API-only instance (RUN_JOBS=false) never holds its code (issue 13).
 */
const graphileWorker = () => loadPackage('graphile-worker') as typeof GraphileWorker;

function workerLogger(logger: Logger): WorkerLogger {
  const { Logger: WorkerLogger } = graphileWorker();
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { scope: { task: scope.taskIdentifier, jobId: scope.jobId }, ...(meta?.error ? { err: meta.error } : {}) };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else logger.debug(fields, message);
  });
}

export interface JobRunner {
  stop(): Promise<void>;
}

/**
 * Works the queue in this process. Its pool uses the session-mode URL (LISTEN needs one), with
 * `concurrency` connections for jobs plus one for listening.
 */
export async function startJobRunner(options: {
  orm: MikroORM;
  config: AppConfig;
  logger: Logger;
  connectionString: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of jobs with different payload types; each job checks its own payload
  jobs: JobDefinition<any>[];
  concurrency: number;
}): Promise<JobRunner> {
  const { orm, config, logger, jobs, concurrency } = options;
  const taskList: Record<string, Task> = {};
  for (const job of jobs) {
    taskList[job.name] = async (payload: unknown, helpers: JobHelpers) => {
      const started = Date.now();
      const context: JobContext = { orm, config, logger: logger.child({ job: job.name, jobId: helpers.job.id }), attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts };
      try {
        await job.run((payload ?? {}), context);
        jobEvents.emit({ name: job.name, ok: true, ms: Date.now() - started });
      } catch (error) {
        jobEvents.emit({ name: job.name, ok: false, ms: Date.now() - started });
        throw error;
      }
    };
  }
  const cron: CronItem[] = jobs.flatMap((j) => (j.schedule ? [{
    task: j.name,
    match: j.schedule,
    identifier: j.name,
    options: { backfillPeriod: 0, maxAttempts: j.maxAttempts ?? 3, jobKey: `cron:${j.name}`, jobKeyMode: 'replace' as const },
  }] : []));
  const pgPool = new pg.Pool({ connectionString: options.connectionString, max: concurrency + 2, application_name: 'yuepu-hub jobs' });
  pgPool.on('error', (error) => logger.warn({ err: error }, 'job queue connection lost'));
  // A connection lost while checked out must not become an unhandled 'error' (the job sees it as
  // a failed query and is retried); graphile-worker warns on start without this.
  pgPool.on('connect', (client) => client.on('error', (error) => logger.warn({ err: error }, 'job queue connection lost while in use')));
  const { parseCronItems, run } = graphileWorker();
  const runner: Runner = await run({
    pgPool,
    concurrency,
    noHandleSignals: true,
    pollInterval: 2000,
    taskList,
    parsedCronItems: parseCronItems(cron),
    logger: workerLogger(logger),
  });
  return {
    async stop() {
      // Lets jobs in progress finish (their sends are not cut off half-way), then releases the pool.
      await runner.stop();
      await pgPool.end();
    },
  };
}

/** A finished job, for metrics. */
export interface JobEvent {
  name: string;
  ok: boolean;
  ms: number;
}

/** Subscribers to finished jobs (the metrics module counts them). */
export const jobEvents = {
  listeners: new Set<(event: JobEvent) => void>(),
  emit(event: JobEvent) {
    for (const listener of this.listeners) listener(event);
  },
};
