import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config.js';
import { describeError, openDatabase } from './core/db/database.js';
import { schemaState } from './core/db/schema-version.js';
import { createLogger } from './core/logging/logger.js';
import { prepareDatabase } from './prepare-database.js';

// `npm run migrate`: bring the database named by DATABASE_URL (or the embedded one) to this
// release, then exit. Safe to run while instances are up and while others start: it takes the
// same lock they do. Upgrades: migrate with the new release, then roll the instances.

try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase(config, logger);
  try {
    const before = await schemaState(database.orm);
    await prepareDatabase(database.orm, database.listenUrl, config, logger);
    console.log(before.pending.length ? `Applied ${before.pending.length} migration(s): ${before.pending.join(', ')}` : 'The database is up to date; nothing to apply.');
  } finally {
    await database.close();
  }
  process.exit(0);
} catch (error) {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : `Migration failed: ${describeError(error)}`);
  process.exit(1);
}
