import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';

// Issue 10 item 5: a hung database must not hang everything. The "hang" is real and touches only
// this file's own database: another PostgreSQL session takes ACCESS EXCLUSIVE locks on the tables
// every signed-in request reads first (sessions, users), so every statement on them waits.
const LIMITS = { DB_POOL_MAX: '4', DB_ACQUIRE_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '1500' };
const VIEWER = `query { viewer { id email } }`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

describe('a hung database', () => {
  let app: TestApp;
  let talent: GraphQLClient;
  let reviewerCookie: string;
  let locker: pg.Client;

  beforeAll(async () => {
    app = await startTestApp(LIMITS);
    talent = await app.client('talent');
    reviewerCookie = (await app.client('reviewer')).sessionCookie!;
    locker = new pg.Client({ connectionString: app.orm.config.get('clientUrl')! });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.query('rollback').catch(() => {});
    await locker?.end();
    await app?.close();
  });

  const readyz = () => timed(async () => (await fetch(`${app.url}/readyz`)).status);

  it('answers "service busy, try again" with the request id within the time limits, /readyz within 2 s, and works again once released', async () => {
    await locker.query('begin');
    await locker.query('lock table sessions, users in access exclusive mode');
    let hung = true;
    const probes: { value: number; ms: number }[] = [];
    const polling = (async () => {
      while (hung) {
        probes.push(await readyz());
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();

    // 20 requests at once on a pool of 4: the first ones wait on the lock until statement_timeout,
    // the rest wait for a connection until the acquire timeout.
    const burst = await Promise.all(Array.from({ length: 20 }, () => timed(() => talent.request(VIEWER))));
    const csv = await timed(() => fetch(`${app.url}/reports/applications.csv`, { headers: { cookie: reviewerCookie } }));
    hung = false;
    await polling;

    for (const { value: res } of burst) {
      const error = res.body.errors?.[0];
      expect(error?.extensions?.code).toBe('SERVICE_BUSY');
      const requestId = res.headers.get('x-request-id')!;
      expect(error?.extensions?.requestId).toBe(requestId);
      expect(error?.message).toBe(`服务繁忙，请稍后重试（请求编号 ${requestId}）/ The service is busy; please try again in a moment (request id ${requestId})`);
    }
    expect(burst.map((b) => b.value.status).every((s) => s === 503)).toBe(true);
    const slowest = Math.max(...burst.map((b) => b.ms));
    // Statement timeout 1.5 s, acquire timeout 1 s: nobody waits anywhere near the old 30-60 s.
    expect(slowest).toBeLessThan(8000);
    expect(csv.value.status).toBe(503);
    expect(((await csv.value.json()) as any).errors[0].extensions.code).toBe('SERVICE_BUSY');

    expect(probes.length).toBeGreaterThan(0);
    expect(Math.max(...probes.map((p) => p.ms))).toBeLessThan(2000);
    // select 1 touches no table: the database itself answers, only the locked tables wait.
    expect(probes.every((p) => p.value === 200)).toBe(true);

    // The cause is logged, without the statement or its values.
    const logs = app.logs();
    expect(logs).toMatch(/database busy: statement timeout/);
    expect(logs).toMatch(/"sqlState":"57014"/);
    expect(logs).not.toMatch(/token_hash|from "?sessions"?/i);

    await locker.query('rollback');
    const after = await timed(() => talent.request(VIEWER));
    expect(after.value.body.errors).toBeUndefined();
    expect(after.value.body.data.viewer.email).toBe('talent@yuepu.example');
    const again = await Promise.all(Array.from({ length: 20 }, () => talent.request(VIEWER)));
    expect(again.every((r) => r.status === 200 && !r.body.errors)).toBe(true);
    expect((await readyz()).value).toBe(200);

    console.log(`hung database: 20 requests answered SERVICE_BUSY in ${Math.min(...burst.map((b) => b.ms))}-${slowest} ms; ` +
      `/readyz ${probes.length} probes, slowest ${Math.max(...probes.map((p) => p.ms))} ms; after release the first request took ${after.ms} ms`);
  });

  it('a pool starved by transactions waiting on a lock: the acquire timeout answers SERVICE_BUSY and says so in the log', async () => {
    await locker.query('begin');
    await locker.query('lock table sessions in access exclusive mode');
    const burst = await Promise.all(Array.from({ length: 12 }, () => talent.request(VIEWER)));
    await locker.query('rollback');
    expect(burst.map((r) => r.body.errors?.[0]?.extensions?.code)).toEqual(Array(12).fill('SERVICE_BUSY'));
    expect(app.logs()).toMatch(/database busy: pool exhausted \(acquire timeout\)/);
    expect((await talent.request(VIEWER)).body.errors).toBeUndefined();
  });
});
