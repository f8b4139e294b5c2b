import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, isAlive, spawnApp, stopApp } from '../../helpers/processes.js';

// Embedded mode as a laptop user meets it: the node process is killed (kill -9, a crash, a closed
// terminal), and the next start must recover on its own; Ctrl-C in a terminal must not reach the
// database before requests in flight are done.

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuepu-crash-'));
const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
const organisations = async (url: string) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ organisations { totalCount } }' }) });
  return ((await res.json()) as any).data.organisations.totalCount as number;
};

beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded PostgreSQL', () => {
  it('recovers after kill -9 of node: the orphaned server of this data folder is stopped and the next start serves the same data', async () => {
    const first = await spawnApp({ DATA_DIR: dataDir });
    await first.ready;
    const sampleOrganisations = await organisations(first.url);
    expect(sampleOrganisations).toBeGreaterThan(10);
    const orphan = postmasterPid();
    first.child.kill('SIGKILL');
    await first.exited;
    // The server outlives node (it runs in its own process group)…
    expect(isAlive(orphan)).toBe(true);

    // …and a second instance on the same folder while the first still runs is refused by name, not left hanging.
    const second = await spawnApp({ DATA_DIR: dataDir });
    await second.ready;
    expect(isAlive(orphan)).toBe(false);
    expect(await organisations(second.url)).toBe(sampleOrganisations);
    const meanwhile = await spawnApp({ DATA_DIR: dataDir });
    expect(await meanwhile.exited).toBe(1);
    expect(meanwhile.output()).toMatch(/Another Yuepu Hub \(pid \d+\) is already running on this data folder/);
    expect(meanwhile.output()).not.toMatch(/undefined/);
    expect(await organisations(second.url)).toBe(sampleOrganisations);

    const server = postmasterPid();
    expect(await stopApp(second)).toBe(0);
    expect(isAlive(server)).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 300_000);

  it("does not get the terminal's Ctrl-C: a request in flight finishes, then our shutdown stops the database", async () => {
    // Its own process group, like a shell job: Ctrl-C is SIGINT to every process of the group.
    const app = await spawnApp({ DATA_DIR: dataDir }, { detached: true });
    await app.ready;
    const server = postmasterPid();
    // A request the server has begun to read when Ctrl-C comes: headers sent, body still on its way.
    const body = JSON.stringify({ query: '{ organisations { totalCount } }' });
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      req.once('socket', (socket) => socket.once('connect', () => setTimeout(() => {
        process.kill(-app.child.pid!, 'SIGINT');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200)));
    });
    expect(status).toBe(200);
    expect(JSON.parse(text).data.organisations.totalCount).toBeGreaterThan(10);
    expect(await app.exited).toBe(0);
    expect(app.output()).not.toMatch(/terminating connection due to administrator command/);
    expect(isAlive(server)).toBe(false);
  }, 300_000);

  it('names the cause when the data folder is not a PostgreSQL cluster', async () => {
    const broken = mkdtempSync(path.join(os.tmpdir(), 'yuepu-broken-'));
    try {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(path.join(broken, 'postgres'));
      writeFileSync(path.join(broken, 'postgres', 'PG_VERSION'), '9\n');
      const app = await spawnApp({ DATA_DIR: broken });
      expect(await app.exited).toBe(1);
      expect(app.output()).toMatch(/Could not start the embedded PostgreSQL in .*: The embedded PostgreSQL stopped during start-up/);
      expect(app.output()).not.toMatch(/: undefined/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 120_000);
});
