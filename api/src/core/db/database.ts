import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config.js';
import { thrownCode } from '../errors/thrown.js';
import type { Logger } from '../logging/logger.js';
import { describeSafely, safePostgresLog } from '../logging/safe-error.js';
import { required } from '../required.js';
import { startEmbeddedPostgres } from './embedded.js';
import { openOrm } from './orm.config.js';

export interface Database {
  orm: MikroORM;
  /** The pool's URL (embedded, or DATABASE_URL). */
  url: string;
  /** A session-mode URL for LISTEN and the start-up lock (DATABASE_LISTEN_URL, else `url`). */
  listenUrl: string;
  /** Embedded or external, for the start-up message. */
  description: string;
  close(): Promise<void>;
}

/** Where a URL points, without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'an unreadable URL';
  }
}

/**
 * The cause of an error in words, also for errors without a message (AggregateError, bare
 * codes); database errors by SQLSTATE only, never the statement or its values.
 */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return error.errors.map(describeError).join('; ');
  if (error === undefined || error === null) return 'no reason given';
  if (error instanceof Error && !error.message) return thrownCode(error) ?? error.name;
  return describeSafely(error);
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, and checks that the database
 * answers. Migrations and seeding are separate (`prepareDatabase`), under a lock.
 */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        database: 'yuepu',
        persistent: true,
        onLog: (message) => logger.debug({ postgres: safePostgresLog(message.trim()) }, 'embedded postgres'),
      }).catch((error: unknown) => {
        throw new Error(`Could not start the embedded PostgreSQL in ${config.dataDir}: ${describeError(error)}`);
      });
  const url = embedded?.url ?? required(config.databaseUrl, 'DATABASE_URL (no embedded database was started)');
  let orm: MikroORM | null = null;
  try {
    const opened = await openOrm(url, config.db, logger);
    orm = opened;
    await opened.em.fork().getConnection().execute('select 1');
    return {
      orm: opened,
      url,
      listenUrl: config.databaseListenUrl ?? url,
      description: embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : `external PostgreSQL (${describeUrl(url)})`,
      close: async () => {
        await opened.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await orm?.close(true).catch(() => {});
    await embedded?.stop();
    throw new Error(`Could not connect to the database at ${describeUrl(url)}: ${describeError(error)}`);
  }
}
