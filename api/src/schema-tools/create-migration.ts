// Generates a migration from the difference between the entities and a scratch database
// (`npm run migration:create`). Review the file, then add it to migrations/index.ts.
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../core/db/embedded.js';
import { ormOptions } from '../core/db/orm.config.js';
import { MIGRATIONS } from '../migrations/index.js';

const db = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `yuepu-migration-${process.pid}`), database: 'scratch', persistent: false });
try {
  const orm = await MikroORM.init(ormOptions(db.url, {
    migrations: { migrationsList: MIGRATIONS, path: path.resolve('api/src/migrations'), emit: 'ts', snapshot: false, fileName: (ts, name) => `Migration${ts}${name ? '_' + name : ''}` },
  }));
  await orm.migrator.up();
  const result = await orm.migrator.createMigration(undefined, false, false, process.argv[2]);
  console.log(result.fileName ? `created ${result.fileName}` : 'no schema changes');
  await orm.close(true);
} finally {
  await db.stop();
}
