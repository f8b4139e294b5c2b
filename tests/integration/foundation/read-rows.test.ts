import http from 'node:http';
import { DriverException } from '@mikro-orm/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../../../api/src/core/db/read-rows.js';
import { requestScope, type RequestScope } from '../../../api/src/core/db/request-scope.js';
import { busyCause } from '../../../api/src/core/errors/busy.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

// The raw read path (read-rows.ts, issue 13) skips MikroORM's execute for hot reads; it must keep
// what that path gave: counted statements, the pool's limit and connection guard, the statement
// timeout, bound parameters and the same errors.
describe('reading rows on the raw path', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DB_POOL_MAX: '2', DB_STATEMENT_TIMEOUT_MS: '1000', DB_ACQUIRE_TIMEOUT_MS: '1500' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const pool = () => (app.orm.em.getConnection().getKnex().client as unknown as { pool: { numUsed(): number; numPendingAcquires(): number } }).pool;

  it('binds its parameters and counts its statements against the request', async () => {
    const scope: RequestScope = { requestId: 'read-rows-test', sqlStatements: 0, sqlMs: 0 };
    const hostile = `x'); drop table users; --`;
    const rows = await requestScope.run(scope, async () => {
      const first = await readRows<{ text: string; n: number }>(app.orm.em, 'select $1::text as text, $2::int as n', [hostile, 7]);
      await readRows(app.orm.em, 'select 1');
      return first;
    });
    expect(rows).toEqual([{ text: hostile, n: 7 }]);
    expect(scope.sqlStatements).toBe(2);
    expect(scope.sqlMs).toBeGreaterThan(0);
    expect((await app.sql<{ n: number }>('select count(*)::int as n from users'))[0]?.n).toBeGreaterThan(0);
  });

  it('counts the viewer and the points estimate as one statement each', async () => {
    const viewer = await (await app.client('talent')).request('{ viewer { id email } }');
    expect(viewer.body.data.viewer.email).toBe('talent@yuepu.example');
    expect(viewer.sqlCount).toBe(1);
    const points = await (await app.client()).request('{ residencePointsEstimate(input: { age: 30, education: MASTER, socialInsuranceMonths: 36 }) { total ruleVersion { version } } }');
    expect(points.body.errors).toBeUndefined();
    expect(points.body.data.residencePointsEstimate.total).toBeGreaterThan(0);
    expect(points.sqlCount).toBe(1);
  });

  it('is refused a second connection inside a transaction, and uses the transaction\'s own', async () => {
    const outside = app.orm.em.fork();
    await expect(app.orm.em.fork().transactional(() => readRows(outside, 'select 1')))
      .rejects.toThrow(/second database connection was requested while this code holds an open transaction/);
    // On the transaction's entity manager it reads on the transaction's connection: it sees its own uncommitted row.
    const seen = await app.orm.em.fork().transactional(async (tx) => {
      await tx.execute(`create temporary table read_rows_probe (n int) on commit drop`);
      await tx.execute(`insert into read_rows_probe values (41)`);
      return readRows<{ n: number }>(tx, 'select n + 1 as n from read_rows_probe');
    });
    expect(seen).toEqual([{ n: 42 }]);
    expect(pool().numUsed()).toBe(0);
  });

  it('fails with the error em.execute gives: a bad parameter, and a statement cancelled by the timeout', async () => {
    const em = app.orm.em.fork();
    const caught = (work: Promise<unknown>) => work.then(() => { throw new Error('no error'); }, (error: unknown) => error as DriverException & { code?: string });
    const raw = await caught(readRows(em, 'select $1::int', ['not a number']));
    const orm = await caught(em.execute('select ?::int', ['not a number']));
    expect(raw).toBeInstanceOf(DriverException);
    expect([raw.constructor, raw.code]).toEqual([orm.constructor, orm.code]);
    expect(raw.code).toBe('22P02');

    const cancelled = await caught(readRows(em, 'select pg_sleep(5)'));
    const ormCancelled = await caught(em.execute('select pg_sleep(5)'));
    expect([cancelled.constructor, cancelled.code]).toEqual([ormCancelled.constructor, ormCancelled.code]);
    expect(busyCause(cancelled)).toBe('statement timeout');
    expect(pool().numUsed()).toBe(0);
  });

  it('gives the same GraphQL error as before when the session lookup is cancelled', async () => {
    const talent = await app.client('talent');
    const locker = new pg.Client({ connectionString: app.orm.config.get('clientUrl')! });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table sessions in access exclusive mode');
      const res = await talent.request('{ viewer { id } }');
      expect(res.status).toBe(503);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_BUSY');
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    expect((await talent.request('{ viewer { email } }')).body.data.viewer.email).toBe('talent@yuepu.example');
  });

  it('releases the connection when the client hangs up half-way', async () => {
    const cookie = (await app.client('talent')).sessionCookie!;
    const url = new URL(`${app.url}/graphql`);
    const locker = new pg.Client({ connectionString: app.orm.config.get('clientUrl')! });
    await locker.connect();
    try {
      // The session lookup waits on the lock while its clients go away: more of them than the pool has connections.
      await locker.query('begin');
      await locker.query('lock table sessions in access exclusive mode');
      const gone = Array.from({ length: 4 }, () => new Promise<void>((resolve) => {
        const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie } });
        req.on('error', () => resolve());
        req.end(JSON.stringify({ query: '{ viewer { id } }' }));
        setTimeout(() => { req.destroy(); resolve(); }, 300);
      }));
      await Promise.all(gone);
      await locker.query('rollback');
    } finally {
      await locker.end();
    }
    // The abandoned lookups finish on their own and give their connections back.
    for (let i = 0; i < 50 && pool().numUsed() + pool().numPendingAcquires() > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pool().numUsed()).toBe(0);
    const after = await Promise.all(Array.from({ length: 3 }, async () => (await app.client('talent')).request('{ viewer { email } }')));
    expect(after.map((r) => r.body.data?.viewer?.email)).toEqual(Array(3).fill('talent@yuepu.example'));
  });
});
