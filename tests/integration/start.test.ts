import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/core/db/embedded.js';

// The user's path: `npm start` builds, starts an embedded PostgreSQL with data in DATA_DIR,
// loads the sample data once, serves everything on one port, and stops cleanly on SIGTERM.

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuepu-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function start(env: Record<string, string> = {}, data = dataDir): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: data, DATABASE_URL: '', NODE_ENV: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 240_000);
    child.stdout.on('data', () => {
      if (output.includes('is ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.on('exit', resolve));
  started.child.kill('SIGTERM');
  return exited;
}

async function graphql(url: string, query: string): Promise<any> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return ((await res.json()) as any).data;
}

const organisationCount = async (url: string): Promise<number> => (await graphql(url, '{ organisations { totalCount } }')).organisations.totalCount;

describe('npm start', () => {
  it('serves the web app, GraphQL and health checks, signs in a sample user, and stops cleanly', async () => {
    const first = await start();
    expect(first.output()).toContain('hr@yuepu.example');
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    const page = await fetch(`${first.url}/sign-in`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<div id="app">');
    const signIn = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signIn(input: { email: "hr@yuepu.example", password: "Yuepu-2026-demo" }) { user { role } errors { code } } }' }),
    });
    expect(((await signIn.json()) as any).data.signIn).toEqual({ user: { role: 'ENTERPRISE_HR' }, errors: [] });
    expect(await organisationCount(first.url)).toBe(25 + 41); // with the 14 villages and 27 residential areas
    expect(await stop(first)).toBe(0);

    // Data survives the restart, and the sample data is not loaded twice.
    const second = await start();
    expect(await organisationCount(second.url)).toBe(25 + 41); // with the 14 villages and 27 residential areas
    expect(await stop(second)).toBe(0);
  }, 600_000);

  it('without sample data still has the policy catalogue, and creates the first administrator from the environment', async () => {
    const bare = mkdtempSync(path.join(os.tmpdir(), 'yuepu-bare-'));
    try {
      const started = await start({ SEED_SAMPLE_DATA: 'false', ADMIN_EMAIL: 'Chief@Yuepu.Example', ADMIN_PASSWORD: 'first-admin-password' }, bare);
      expect(started.output()).not.toContain('Sample sign-ins');
      expect(await organisationCount(started.url)).toBe(0);
      expect((await graphql(started.url, '{ policies(first: 50) { totalCount } }')).policies.totalCount).toBe(9);
      expect((await graphql(started.url, '{ residencePointsEstimate(input: { age: 30, education: BACHELOR_WITH_DEGREE }) { total meetsStandard } }')).residencePointsEstimate)
        .toEqual({ total: 120, meetsStandard: true });
      const signIn = await graphql(started.url, 'mutation { signIn(input: { email: "chief@yuepu.example", password: "first-admin-password" }) { user { role } errors { code } } }');
      expect(signIn.signIn).toEqual({ user: { role: 'ADMIN' }, errors: [] });
      expect(await stop(started)).toBe(0);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  }, 600_000);
});
