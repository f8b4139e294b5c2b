import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { safePostgresLog } from '../logging/safe-error.js';
import { startEmbeddedPostgres } from './embedded.js';
import { ormOptions } from './orm.config.js';

export interface Database {
  orm: MikroORM;
  /** Embedded or external, for the start-up message. */
  description: string;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, then applies pending migrations. */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        database: 'yuepu',
        persistent: true,
        onLog: (message) => logger.debug({ postgres: safePostgresLog(message.trim()) }, 'embedded postgres'),
      });
  try {
    const orm = await MikroORM.init(ormOptions(embedded?.url ?? config.databaseUrl!));
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    return {
      orm,
      description: embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'external PostgreSQL (DATABASE_URL)',
      close: async () => {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
