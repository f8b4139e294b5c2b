import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase } from '../../api/src/core/db/embedded.js';
import { ormOptions } from '../../api/src/core/db/orm.config.js';
import { seedDatabase } from '../../seeds/seed.js';
import { migrateJobSchema } from '../../api/src/core/jobs/job-engine.js';
import { createLogger } from '../../api/src/core/logging/logger.js';

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Builds the template every test file clones: all migrations applied, sample data loaded. */
export async function buildTemplate(serverUrl: string, template: string): Promise<void> {
  await ensureDatabase(databaseUrl(serverUrl, 'postgres'), template);
  const orm = await MikroORM.init(ormOptions(databaseUrl(serverUrl, template)));
  try {
    await orm.migrator.up();
    await migrateJobSchema(databaseUrl(serverUrl, template), createLogger('silent'));
    await seedDatabase(orm, { samples: true });
  } finally {
    await orm.close(true);
  }
}

/** A fresh database for one test file, cloned from the template (fast: a file copy). */
export async function cloneTemplate(serverUrl: string, template: string): Promise<string> {
  const name = `${template}_f${randomBytes(5).toString('hex')}`;
  await ensureDatabase(databaseUrl(serverUrl, 'postgres'), name, template);
  return databaseUrl(serverUrl, name);
}
