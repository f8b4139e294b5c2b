import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../api/src/core/config.js';
import { ormOptions } from '../../../api/src/core/db/orm.config.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { startServer, type RunningServer } from '../../../api/src/server.js';
import { openLive, waitFor } from '../../helpers/live.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

// /metrics as Prometheus scrapes it, over real HTTP: what it counts, that a client cannot grow
// its series without end, and who may read it.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: 'info' });
});
afterAll(async () => {
  await app.close();
});

async function scrape(url = app.url, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  return res.text();
}

/** The value of one sample, e.g. value(text, 'yuepu_outbox_lag_seconds') or with its labels. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  if (!line) throw new Error(`no ${series} in the metrics`);
  return Number(line.slice(series.length + 1));
}
const operations = (text: string) => new Set([...text.matchAll(/operation="([^"]*)"/g)].map((m) => m[1]));

describe('/metrics', () => {
  it('counts GraphQL requests and latency by operation from the schema, and anything else as "other", however many names a client invents', async () => {
    const client = await app.client();
    await client.request('mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } errors { code } } }', { input: { email: 'talent@yuepu.example', password: 'Yuepu-2026-demo' } });
    for (let i = 0; i < 3; i++) await client.request('query Policies { policies(first: 5) { totalCount } }');
    const before = await scrape();
    expect(value(before, 'yuepu_graphql_requests_total{operation="mutation signIn",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(value(before, 'yuepu_graphql_requests_total{operation="query policies",outcome="ok"}')).toBe(3);
    expect(value(before, 'yuepu_graphql_request_duration_seconds_count{operation="query policies"}')).toBe(3);
    expect(value(before, 'yuepu_graphql_request_duration_seconds_sum{operation="query policies"}')).toBeGreaterThan(0);

    // 200 invented operation names, unknown fields, and text that is not GraphQL.
    await Promise.all(Array.from({ length: 200 }, (_, i) => client.request(`query Op${i}x { policies(first: 1) { totalCount } }`)));
    await client.request('query Nope { noSuchField }');
    await client.request('{ ');
    const after = await scrape();
    expect(value(after, 'yuepu_graphql_requests_total{operation="query policies",outcome="ok"}')).toBe(203);
    expect(value(after, 'yuepu_graphql_requests_total{operation="other",outcome="error"}')).toBe(2);
    expect(after).not.toMatch(/Op\d+x|noSuchField|Nope/);
    // No series per invented name: the operations seen are the two real ones and "other".
    expect([...operations(after)].sort()).toEqual(['mutation signIn', 'other', 'query policies']);
  });

  it('counts SQL statements and their time, and logs each GraphQL request with its operation and SQL time, never the SQL', async () => {
    const before = await scrape();
    const res = await (await app.client()).request('query Policies { policies(first: 5) { totalCount } }');
    const after = await scrape();
    expect(value(after, 'yuepu_sql_statements_total') - value(before, 'yuepu_sql_statements_total')).toBeGreaterThanOrEqual(res.sqlCount);
    expect(value(after, 'yuepu_sql_seconds_total')).toBeGreaterThan(0);

    const requestId = res.headers.get('x-request-id')!;
    // Logged when the response has gone out, which may be just after the client has read it (and,
    // with the whole suite running on two cores, seconds after).
    const line = () => app.logs().split('\n').find((l) => l.includes(requestId) && l.includes('"msg":"request"'));
    await waitFor(() => line() !== undefined, 15_000, 'the request log line');
    expect(JSON.parse(line()!)).toMatchObject({ path: '/graphql', status: 200, operation: 'query policies', operationName: 'Policies', sqlStatements: res.sqlCount, sqlMs: expect.any(Number) });
    expect(app.logs()).not.toMatch(/select .* from "?policies/i);
  });

  it('shows the pool\'s connections in use and requests waiting for one', async () => {
    const max = app.orm.config.get('pool')!.max!;
    const idle = await scrape();
    expect(value(idle, 'yuepu_db_pool_connections{state="max"}')).toBe(max);
    // Two more slow statements than the pool has connections: all in use, two waiting.
    const slow = Promise.all(Array.from({ length: max + 2 }, () => app.sql('select pg_sleep(1.5)')));
    await new Promise((r) => setTimeout(r, 700));
    const busy = await scrape();
    await slow;
    expect(value(busy, 'yuepu_db_pool_connections{state="in_use"}')).toBe(max);
    expect(value(busy, 'yuepu_db_pool_waiting')).toBeGreaterThanOrEqual(2);
  });

  it('shows the job queue\'s depth and age, and the outbox lag, from the database', async () => {
    await app.sql(`select graphile_worker.add_job('test.metrics', '{}'::json, run_at => now() - interval '90 seconds')`);
    await app.sql(`select graphile_worker.add_job('test.metrics', '{}'::json, run_at => now() + interval '1 hour')`);
    await app.sql(`insert into outbox_messages (id, channel, recipient_id, subject, body, status, created_at)
                   select gen_random_uuid(), 'EMAIL', id, 'metrics', 'metrics', 'PENDING', now() - interval '5 minutes' from users where email = 'talent@yuepu.example'`);
    const text = await scrape();
    expect(value(text, 'yuepu_job_queue_jobs{task="test.metrics",state="ready"}')).toBe(1);
    expect(value(text, 'yuepu_job_queue_jobs{task="test.metrics",state="scheduled"}')).toBe(1);
    expect(value(text, 'yuepu_job_queue_oldest_ready_seconds{task="test.metrics"}')).toBeGreaterThanOrEqual(90);
    expect(value(text, 'yuepu_outbox_messages{status="PENDING"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'yuepu_outbox_lag_seconds')).toBeGreaterThanOrEqual(300);
  });

  it('counts open WebSocket connections and shows the listener up', async () => {
    const talent = await app.client('talent');
    const lives = [openLive(app.url, talent.sessionCookie), openLive(app.url, talent.sessionCookie)];
    await Promise.all(lives.map((l) => l.connected));
    const open = await scrape();
    expect(value(open, 'yuepu_websocket_connections')).toBe(2);
    expect(value(open, 'yuepu_database_listener_up')).toBe(1);
    await Promise.all(lives.map(async (l) => { await l.client.dispose(); }));
    await waitFor(async () => value(await scrape(), 'yuepu_websocket_connections') === 0, 5000, 'the sockets to close');
  });
});

describe('who may read /metrics', () => {
  const servers: { server: RunningServer; orm: MikroORM }[] = [];
  async function serverWith(env: Record<string, string>): Promise<string> {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: app.orm.config.get('clientUrl')!, ...env });
    const orm = await MikroORM.init(ormOptions(config.databaseUrl!));
    const server = await startServer({ orm, config, logger: createLogger('silent') }, 0, '127.0.0.1');
    servers.push({ server, orm });
    return server.url;
  }
  afterAll(async () => {
    for (const { server, orm } of servers) {
      await server.close();
      await orm.close(true);
    }
  });
  const status = async (url: string, headers: Record<string, string> = {}) => (await fetch(`${url}/metrics`, { headers })).status;

  it('by default: a scraper on this machine, not a request a reverse proxy passes on', async () => {
    expect(await status(app.url)).toBe(200);
    // nginx on the same machine connects from loopback too, and says whom for.
    expect(await status(app.url, { 'x-forwarded-for': '203.0.113.9' })).toBe(403);
    expect(await status(app.url, { 'x-real-ip': '203.0.113.9' })).toBe(403);
    expect(await status(app.url, { forwarded: 'for=203.0.113.9' })).toBe(403);
    const refused = await fetch(`${app.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(await refused.text()).not.toContain('yuepu_');
  });

  it('METRICS_ALLOW_CIDR: the client address (through TRUSTED_PROXY) must be in range', async () => {
    const url = await serverWith({ METRICS_ALLOW_CIDR: '10.0.0.0/8', TRUSTED_PROXY: 'loopback' });
    expect(await status(url)).toBe(403);
    expect(await status(url, { 'x-forwarded-for': '10.1.2.3' })).toBe(200);
    expect(await status(url, { 'x-forwarded-for': '192.168.1.1' })).toBe(403);
  });

  it('METRICS_TOKEN: a bearer token, compared whole; with a range, both must hold', async () => {
    const token = 'metrics-token-0123456789abcdef';
    const url = await serverWith({ METRICS_TOKEN: token });
    expect(await status(url)).toBe(401);
    expect(await status(url, { authorization: `Bearer ${token.slice(0, -1)}` })).toBe(401);
    expect(await status(url, { authorization: `Bearer ${token}x` })).toBe(401);
    expect(await status(url, { authorization: `Basic ${token}` })).toBe(401);
    expect(await status(url, { authorization: `Bearer ${token}` })).toBe(200);
    // The token is what counts here, not the address a proxy reports.
    expect(await status(url, { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' })).toBe(200);

    const both = await serverWith({ METRICS_TOKEN: token, METRICS_ALLOW_CIDR: '10.0.0.0/8', TRUSTED_PROXY: 'loopback' });
    expect(await status(both, { authorization: `Bearer ${token}` })).toBe(403);
    expect(await status(both, { 'x-forwarded-for': '10.1.2.3' })).toBe(401);
    expect(await status(both, { authorization: `Bearer ${token}`, 'x-forwarded-for': '10.1.2.3' })).toBe(200);
  });

  it('refuses a malformed range or a short token at start, naming the variable', () => {
    expect(() => loadConfig({ METRICS_ALLOW_CIDR: '10.0.0.0/99' })).toThrow(/METRICS_ALLOW_CIDR/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16/);
  });
});
