import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { freePort } from '../../api/src/core/db/embedded.js';
import { SAMPLE_LOGINS } from '../../seeds/ids.js';
import { cloneTemplate } from './database.js';
import { GraphQLClient } from './test-app.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The real entry point (`api/src/main.ts`, run from source) in a process of its own, on a fresh
 * copy of the seeded database: what a test needs when the question is whether the process
 * survives, which an in-process server cannot answer.
 */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  /** Everything the process wrote (JSON log lines on stdout, anything on stderr). */
  output(): string;
  /** The exit code once it has exited; null while it runs. */
  exitCode(): number | null;
  client(as?: keyof typeof SAMPLE_LOGINS, locale?: string): Promise<GraphQLClient>;
  stop(): Promise<number | null>;
}

export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const { serverUrl, template } = inject('testDatabase');
  const databaseUrl = await cloneTemplate(serverUrl, template);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuepu-proc-'));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'node_modules/vite-node/dist/cli.mjs'), 'api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exitCode: number | null = null;
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : null);
    resolve(code);
  }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 110_000);
    child.stdout.on('data', () => {
      if (output.includes('is ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    url,
    dataDir,
    output: () => output,
    exitCode: () => exitCode,
    async client(as, locale) {
      const client = new GraphQLClient(url, locale);
      if (as) await client.signIn(SAMPLE_LOGINS[as]);
      return client;
    },
    async stop() {
      if (exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
