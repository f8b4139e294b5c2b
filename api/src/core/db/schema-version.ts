import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { MIGRATIONS } from '../../migrations/index.js';
import { thrownCode } from '../errors/thrown.js';
import type { Logger } from '../logging/logger.js';
import { theRow } from './rows.js';

/**
 * One advisory-lock key for everything that changes the schema or loads seed data at start-up.
 * Any number of instances can start together on an empty database: one migrates and seeds,
 * the others wait here and then find nothing left to do.
 */
export const MIGRATION_LOCK_KEY = 0x59_50_4d_47; // "YPMG"

/** The database has migrations this release does not know: a newer release upgraded it. */
export class SchemaTooNewError extends Error {
  constructor(readonly unknown: string[]) {
    super(
      `The database schema is newer than this release: it has migration(s) ${unknown.join(', ')} that this version does not know. ` +
        'A newer release has upgraded it; run that release (or restore a backup taken before the upgrade). Refusing to start.',
    );
  }
}

export interface SchemaState {
  /** Known migrations the database has not had yet. */
  pending: string[];
  /** Migrations in the database that this release does not know. */
  unknown: string[];
}

/** Compares the database's migration table with the migrations this release carries. */
export async function schemaState(orm: MikroORM): Promise<SchemaState> {
  const known = MIGRATIONS.map((m) => m.name);
  const rows = await orm.em.fork().getConnection().execute<{ name: string }[]>(
    `select name from mikro_orm_migrations`,
  ).catch((caught: unknown) => {
    // 42P01: no migration table yet, an empty database.
    if (thrownCode(caught) === '42P01' || /does not exist/.test(String(caught))) return [];
    throw caught;
  });
  const applied = new Set(rows.map((r) => r.name.replace(/\.(ts|js)$/, '')));
  return {
    pending: known.filter((name) => !applied.has(name)),
    unknown: [...applied].filter((name) => !known.includes(name)).sort(),
  };
}

/**
 * Runs `work` while holding the migration lock. The lock lives on its own session connection
 * (`lockUrl`, the direct URL when the pool goes through PgBouncer in transaction mode, where a
 * session lock would not hold).
 */
export async function withMigrationLock<T>(lockUrl: string, logger: Logger, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: lockUrl, application_name: 'yuepu-hub migrate' });
  client.on('error', (error) => logger.warn({ err: error }, 'migration lock connection lost'));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [MIGRATION_LOCK_KEY]);
    if (!theRow(rows, 'pg_try_advisory_lock').locked) {
      logger.info('another instance is migrating the database; waiting for it');
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    }
    return await work();
  } finally {
    // Ending the session releases the lock even if unlocking fails.
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/** Applies this release's pending migrations, refusing a database newer than the release. Call under the lock. */
export async function applyMigrations(orm: MikroORM, logger: Logger): Promise<string[]> {
  const state = await schemaState(orm);
  if (state.unknown.length) throw new SchemaTooNewError(state.unknown);
  if (!state.pending.length) return [];
  const applied = await orm.migrator.up();
  logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  return applied.map((m) => m.name);
}
