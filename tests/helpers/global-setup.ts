import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningDatabase } from '../../api/src/core/db/embedded.js';
import { buildTemplate, databaseUrl } from './database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL whose `template` database holds the migrated, seeded schema. */
    testDatabase: { serverUrl: string; template: string };
  }
}

/**
 * One PostgreSQL for the whole run: the embedded one (a throw-away cluster under the system
 * temp folder), or the server named by TEST_DATABASE_URL. Each test file then clones the
 * template into its own database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = `yp_template_${process.pid}`;
  let embedded: RunningDatabase | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `yuepu-test-${process.pid}`),
      database: 'postgres',
      persistent: false,
    });
    serverUrl = embedded.url;
  }
  await buildTemplate(serverUrl, template);
  project.provide('testDatabase', { serverUrl, template });

  return async () => {
    if (embedded) {
      await embedded.stop();
      return;
    }
    // An external server outlives the run: remove what this run created there.
    const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'select datname from pg_database where datname like $1 or datname = $2', [`${template}\\_f%`, template]);
      // Clones first: the template cannot be dropped while anything refers to it.
      rows.sort((a, b) => b.datname.length - a.datname.length);
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    } finally {
      await client.end();
    }
  };
}
