import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../api/src/core/db/embedded.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Builds the API and web app when stale (under start.mjs's lock, so test files may call it at once).
 * `npm test` builds before the run, so this is then a no-op: a rebuild during the run would empty
 * web/dist under the browser tests.
 */
export function ensureBuilt(): void {
  const build = spawnSync(process.execPath, ['scripts/start.mjs', '--build-only'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}

/** One real server process of the built entry (`node dist/api/src/main.js`). */
export interface AppProcess {
  child: ChildProcess;
  url: string;
  port: number;
  output(): string;
  /** Resolves when the process has printed that it is ready. */
  ready: Promise<void>;
  exited: Promise<number | null>;
}

export async function spawnApp(env: Record<string, string>, options: { detached?: boolean; readyTimeoutMs?: number } = {}): Promise<AppProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ['dist/api/src/main.js'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: '', LOG_LEVEL: 'warn', DATABASE_URL: '', DATABASE_LISTEN_URL: '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), options.readyTimeoutMs ?? 120_000);
    const check = () => {
      if (output.includes('is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  ready.catch(() => {});
  return { child, url: `http://127.0.0.1:${port}`, port, output: () => output, ready, exited };
}

/** SIGTERM and the exit code. */
export async function stopApp(app: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (app.child.exitCode !== null) return app.child.exitCode;
  app.child.kill(signal);
  return app.exited;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
