import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureDatabase } from '../../../api/src/core/db/embedded.js';
import { MIGRATIONS } from '../../../api/src/migrations/index.js';
import { POLICY, SAMPLE_LOGINS } from '../../../seeds/ids.js';
import { databaseUrl } from '../../helpers/database.js';
import { openLive, sleep, waitFor, type Live } from '../../helpers/live.js';
import { localPortsTo } from '../../helpers/process-connections.js';
import { ensureBuilt, spawnApp, stopApp, type AppProcess } from '../../helpers/processes.js';
import { startS3Server, type S3TestServer } from '../../helpers/s3-server.js';
import { GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, HOUSING_SUBSIDY_DOCUMENTS, M, PDF, submittedApplication, upload, walletWith } from '../application/helpers.js';

// Several instances on one PostgreSQL and one bucket, as an operator runs them: three API
// processes (RUN_JOBS=false) and a worker (RUN_API=false) started at once on an empty database,
// files in S3, live events across instances, the outbox with two workers, a listener that loses
// its connection, and a rolling stop. Real processes of the built entry point throughout.

const { serverUrl } = inject('testDatabase');
const pgPort = Number(new URL(serverUrl).port || 5432);
const dbName = `yp_multi_${randomBytes(4).toString('hex')}`;
const dbUrl = databaseUrl(serverUrl, dbName);
const apps: Record<string, AppProcess> = {};
let s3: S3TestServer;
let webhook: { url: string; port: number; deliveries: Map<string, number>; bulk: { key: string; at: number; port: number }[]; close(): Promise<void> };
const figures: string[] = [];

/** The operator's mail/SMS gateway: counts each message it is handed, by Idempotency-Key. */
async function startWebhook(): Promise<typeof webhook> {
  const deliveries = new Map<string, number>();
  const bulk: { key: string; at: number; port: number }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
      if ((JSON.parse(body) as { subject: string }).subject.startsWith('bulk ')) bulk.push({ key, at: Date.now(), port: req.socket.remotePort! });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/send`, port, deliveries, bulk, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function withAppName(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

/** One process; the LISTEN URL (DATABASE_LISTEN_URL) names its connections so the test can find them. */
function spawnInstance(name: string, role: 'api' | 'worker'): Promise<AppProcess> {
  return spawnApp({
    DATABASE_URL: dbUrl,
    DATABASE_LISTEN_URL: withAppName(dbUrl, `yp-${name}-listen`),
    LOG_LEVEL: 'warn',
    OUTBOX_WEBHOOK_URL: webhook.url,
    ...s3.env,
    ...(role === 'api' ? { RUN_JOBS: 'false' } : { RUN_API: 'false' }),
  }, { readyTimeoutMs: 150_000 });
}

const client = (name: string) => new GraphQLClient(apps[name].url);
const asApp = (name: string) => ({ url: apps[name].url }) as TestApp;
async function signedIn(name: string, who: keyof typeof SAMPLE_LOGINS): Promise<GraphQLClient> {
  const c = client(name);
  await c.signIn(SAMPLE_LOGINS[who]);
  return c;
}

beforeAll(async () => {
  ensureBuilt();
  await ensureDatabase(databaseUrl(serverUrl, 'postgres'), dbName);
  s3 = await startS3Server();
  webhook = await startWebhook();
}, 300_000);

afterAll(async () => {
  await Promise.all(Object.values(apps).map((app) => stopApp(app)));
  await webhook?.close();
  await s3?.close();
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "${dbName}" with (force)`);
  await admin.end();
  console.log(`multi-instance figures:\n  ${figures.join('\n  ')}`);
}, 60_000);

describe('three API instances and a worker on one database and one bucket', () => {
  let talent: GraphQLClient;
  let talentId: string;
  let live: Live;

  it('all start at once on an empty database and become ready; migrations ran once', async () => {
    const started = Date.now();
    // The second worker starts with them too (it is used for the outbox below).
    const [a, b, c, w1, w2] = await Promise.all([spawnInstance('a', 'api'), spawnInstance('b', 'api'), spawnInstance('c', 'api'), spawnInstance('w1', 'worker'), spawnInstance('w2', 'worker')]);
    Object.assign(apps, { a, b, c, w1, w2 });
    const readyAt = await Promise.all([a, b, c, w1, w2].map((p) => p.ready.then(() => Date.now() - started)));
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    figures.push(`cold start on an empty database, 3 API instances and 2 workers started at once: all 3 API ready in ${seconds(Math.max(...readyAt.slice(0, 3)))} s (first ${seconds(Math.min(...readyAt.slice(0, 3)))} s), workers in ${seconds(readyAt[3])} / ${seconds(readyAt[4])} s`);
    for (const name of ['a', 'b', 'c']) expect((await fetch(`${apps[name].url}/readyz`)).status).toBe(200);
    expect(await sql('select count(*)::int as n, count(distinct name)::int as d from mikro_orm_migrations')).toEqual([{ n: MIGRATIONS.length, d: MIGRATIONS.length }]);
    for (const p of [a, b, c, w1, w2]) expect(p.output()).not.toMatch(/error/i);
  }, 200_000);

  it('a session made on one instance works on the others, and signing out on a third ends it everywhere', async () => {
    talent = await signedIn('a', 'talent');
    const mine = (await talent.data('{ viewer { id } }')).viewer.id;
    talentId = mine;
    const onB = client('b');
    onB.sessionCookie = talent.sessionCookie;
    expect((await onB.data('{ viewer { id } }')).viewer.id).toBe(mine);
    const elsewhere = await signedIn('b', 'talent');
    const onC = client('c');
    onC.sessionCookie = elsewhere.sessionCookie;
    await onC.data('mutation { signOut { ok } }');
    const onA = client('a');
    onA.sessionCookie = elsewhere.sessionCookie;
    expect((await onA.data('{ viewer { id } }')).viewer).toBeNull();
  });

  it('a file uploaded on one instance downloads on another, in whole and by range, from the bucket', async () => {
    const up = await upload(asApp('a'), talent, 'ID_CARD');
    expect(up.status).toBe(201);
    const id = up.body.document.id as string;
    const whole = await fetch(`${apps.b.url}/files/${id}`, { headers: { cookie: talent.sessionCookie! } });
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer()).equals(PDF)).toBe(true);
    const part = await fetch(`${apps.c.url}/files/${id}`, { headers: { cookie: talent.sessionCookie!, range: 'bytes=0-3' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('%PDF');
    expect((await s3.keys()).length).toBeGreaterThanOrEqual(1);
  });

  it('a subscription on one instance gets the events caused on the others', async () => {
    await configureCap(await signedIn('c', 'admin'), POLICY.housingSubsidy, 20000);
    const documents = await walletWith(asApp('a'), talent, HOUSING_SUBSIDY_DOCUMENTS);
    live = openLive(apps.b.url, talent.sessionCookie);
    await live.connected;
    live.follow('n', 'subscription { notificationAdded { id kind } }');
    await sleep(300);
    const submitted = await submittedApplication(talent, POLICY.housingSubsidy, documents);
    const hr = await signedIn('c', 'hr');
    const confirmedAt = Date.now();
    const confirmed = await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    const answeredAt = Date.now();
    expect(confirmed.confirmEmployment.errors).toEqual([]);
    await waitFor(() => live.data('n').some((d) => d.notificationAdded.kind === 'application.confirm_employment'), 10_000, 'the confirmation on instance b');
    const arrived = live.received.find((r) => r.kind === 'next' && r.value.data.notificationAdded.kind === 'application.confirm_employment')!.at;
    figures.push(`live event across instances (mutation on c, subscription on b): ${arrived - answeredAt} ms after the mutation's answer (${arrived - confirmedAt} ms after it was sent)`);
    expect(live.data('n').map((d) => d.notificationAdded.kind)).toEqual(['application.submit', 'application.confirm_employment']);
  });

  it('a notification committed while instance b\'s listener reconnects still reaches the page open on b', async () => {
    const [listener] = await sql<{ pid: number }>("select pid from pg_stat_activity where datname = current_database() and application_name = 'yp-b-listen'");
    expect(listener).toBeDefined();
    const before = live.data('n').length;
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    try {
      await db.query('begin');
      await db.query(`insert into notifications (id, recipient_id, kind, title_zh, title_en, body_zh, body_en) values ($1, $2, 'test.gap', '测试', 'Test', '正文', 'Body')`, [randomUUID(), talentId]);
      expect((await db.query('select pg_terminate_backend($1, 5000) as ok', [listener.pid])).rows[0].ok).toBe(true);
      await db.query('commit');
    } finally {
      await db.end();
    }
    const committedAt = Date.now();
    await waitFor(() => live.data('n').length > before, 15_000, 'the notification committed during the gap');
    const delay = live.received.filter((r) => r.kind === 'next').at(-1)!.at - committedAt;
    figures.push(`catch-up after the listener's backend was terminated: the notification committed in the gap arrived ${delay} ms after its commit`);
    expect(live.data('n').at(-1).notificationAdded.kind).toBe('test.gap');
    await live.client.dispose();
  });

  it('1,000 outbox messages with two workers: each is handed to the gateway exactly once', async () => {
    const started = Date.now();
    await sql(`insert into outbox_messages (id, channel, recipient_id, subject, body)
               select gen_random_uuid(), 'EMAIL', $1, 'bulk ' || g, 'message ' || g from generate_series(1, 1000) g`, [talentId]);
    // Which worker sent what: the gateway sees each delivery's client port, and each worker's
    // open sockets to the gateway are read from /proc while they work.
    const workerOfPort = new Map<number, string>();
    const notePorts = () => {
      for (const w of ['w1', 'w2']) for (const port of localPortsTo(apps[w].child.pid!, webhook.port)) workerOfPort.set(port, w);
    };
    await waitFor(() => {
      notePorts();
      return webhook.bulk.length >= 1000;
    }, 90_000, '1,000 deliveries');
    notePorts();
    const took = Math.max(...webhook.bulk.map((d) => d.at)) - started;
    const byWorker = ['w1', 'w2'].map((w) => webhook.bulk.filter((d) => workerOfPort.get(d.port) === w).length);
    await sleep(1000);
    const keys = webhook.bulk.map((d) => d.key);
    expect(keys.length).toBe(1000);
    expect(new Set(keys).size).toBe(1000);
    expect(await sql("select status, count(*)::int as n from outbox_messages where subject like 'bulk %' group by status")).toEqual([{ status: 'SENT', n: 1000 }]);
    figures.push(`outbox: 1,000 messages delivered by 2 workers (JOB_CONCURRENCY 5 each) in ${(took / 1000).toFixed(1)} s = ${Math.round(1000 / (took / 1000))} messages/s, no duplicates (by worker: ${byWorker.join(' / ')})`);
    expect(byWorker.every((n) => n > 0)).toBe(true);
  }, 120_000);

  it('connections per instance (pg_stat_activity, by process)', async () => {
    const rows = await sql<{ client_port: number; application_name: string }>('select client_port, application_name from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    const per: Record<string, Record<string, number>> = {};
    for (const [name, app] of Object.entries(apps)) {
      const ports = localPortsTo(app.child.pid!, pgPort);
      const mine = rows.filter((r) => ports.has(r.client_port));
      per[name] = {};
      for (const r of mine) per[name][r.application_name || '(unnamed)'] = (per[name][r.application_name || '(unnamed)'] ?? 0) + 1;
    }
    figures.push(`connections per instance now (application_name: count): ${Object.entries(per).map(([n, c]) => `${n} ${JSON.stringify(c)}`).join('; ')}`);
    for (const name of ['a', 'b', 'c']) {
      // One LISTEN connection each, through DATABASE_LISTEN_URL, and the request pool.
      expect(per[name][`yp-${name}-listen`]).toBe(1);
      expect(Object.values(per[name]).reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(11);
    }
  });

  it('SIGTERM to an instance under load: uploads and requests in flight finish, then it exits 0', async () => {
    const c = apps.c;
    const statuses: number[] = [];
    const connectionErrors: string[] = [];
    let signalled = false;
    // Uploads that take about 2 s each, so they are surely in flight when the signal comes.
    const slowUpload = async () => {
      const boundary = `b${randomBytes(6).toString('hex')}`;
      async function* body() {
        yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nLABOUR_CONTRACT\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
        for (let i = 0; i < 20; i++) {
          await sleep(100);
          yield Buffer.alloc(8 * 1024, 0x41);
        }
        yield Buffer.from(`\r\n--${boundary}--\r\n`);
      }
      const res = await fetch(`${c.url}/files`, {
        method: 'POST',
        headers: { cookie: talent.sessionCookie!, 'x-requested-with': 'XMLHttpRequest', 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: body(),
        duplex: 'half',
      } as any);
      return { status: res.status, body: (await res.json()) as any };
    };
    const load = async () => {
      while (true) {
        try {
          const res = await fetch(`${c.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ policies(first: 5) { totalCount } }"}' });
          statuses.push(res.status);
          await res.arrayBuffer();
        } catch (error) {
          if (!signalled) throw error;
          connectionErrors.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
          return;
        }
      }
    };
    const uploads = [slowUpload(), slowUpload(), slowUpload()];
    const loops = [load(), load(), load(), load()];
    await sleep(800);
    signalled = true;
    const signalledAt = Date.now();
    c.child.kill('SIGTERM');
    const done = await Promise.all(uploads);
    await Promise.all(loops);
    const code = await c.exited;
    figures.push(`SIGTERM under load: ${done.length} uploads in flight finished (${done.map((d) => d.status).join(', ')}), ${statuses.length} GraphQL requests answered, all 200; exit ${code} ${Date.now() - signalledAt} ms after the signal`);
    expect(done.map((d) => d.status)).toEqual([201, 201, 201]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(code).toBe(0);
    // What was uploaded during the stop is whole in the bucket, and another instance serves it.
    for (const d of done) {
      const res = await fetch(`${apps.a.url}/files/${d.body.document.id}`, { headers: { cookie: talent.sessionCookie! } });
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBe(d.body.document.sizeBytes);
    }
  }, 60_000);
});
