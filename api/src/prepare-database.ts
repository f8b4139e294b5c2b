import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from './core/db/orm.config.js';
import type { AppConfig } from './core/config.js';
import type { Logger } from './core/logging/logger.js';
import { describeError } from './core/db/database.js';
import { applyMigrations, SchemaTooNewError, withMigrationLock } from './core/db/schema-version.js';
import { migrateJobSchema } from './core/jobs/job-engine.js';
import { ensureFirstAdmin } from './modules/account/index.js';
import { seedDatabase } from '../../seeds/seed.js';

/**
 * Brings the database to this release, once across all instances: under one advisory lock,
 * apply migrations (refusing a schema newer than this release), load seed steps not loaded yet,
 * and create the first administrator from the environment. Instances that start together wait
 * for the one holding the lock and then find nothing to do.
 */
export async function prepareDatabase(requestOrm: MikroORM, lockUrl: string, config: AppConfig, logger: Logger): Promise<void> {
  // Migrations and seeding may run longer than a request's statement_timeout (an index on a big
  // table): their own small pool without it.
  const orm = await MikroORM.init(ormOptions(requestOrm.config.get('clientUrl'), {}, { ...config.db, poolMax: 2, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 }));
  try {
    await migrateAndSeed(orm, lockUrl, config, logger);
  } finally {
    await orm.close(true);
  }
}

async function migrateAndSeed(orm: MikroORM, lockUrl: string, config: AppConfig, logger: Logger): Promise<void> {
  await step('take the migration lock', () => withMigrationLock(lockUrl, logger, async () => {
    await step('apply the migrations', () => applyMigrations(orm, logger));
    await step('install the job queue (graphile_worker schema)', () => migrateJobSchema(lockUrl, logger));
    const loaded = await step('load the seed data', () => seedDatabase(orm, { samples: config.seedSampleData }));
    if (loaded.length > 0) logger.info({ steps: loaded }, 'seed data loaded');
    const firstAdmin = config.firstAdmin;
    if (firstAdmin && (await step('create the first administrator (ADMIN_EMAIL)', () => ensureFirstAdmin(orm, firstAdmin)))) {
      logger.info('first administrator account created from ADMIN_EMAIL');
    }
  }));
}

/** A failed step, named; its cause described without any statement or value (they may be an admin's email). */
export class PrepareError extends Error {}

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PrepareError || error instanceof SchemaTooNewError) throw error;
    throw new PrepareError(`could not ${name}: ${describeError(error)}`);
  }
}
