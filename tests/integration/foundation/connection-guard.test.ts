import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionGuardViolations } from '../../../api/src/core/db/connection-guard.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { ACCEPT, addUnit, approvedFlat, pendingOfferOf, people, testProject } from '../apartment/helpers.js';

// Issue 10 item 4: code inside a transaction that takes a second pool connection starves the pool
// under load (every request holds one and waits for another). In tests the guard refuses it.
describe('no second connection while a transaction holds one', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DB_POOL_MAX: '3' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a query on another entity manager, a fork\'s own transaction and raw knex inside a transaction', async () => {
    const before = connectionGuardViolations.length;
    const outside = app.orm.em.fork();
    await expect(app.orm.em.fork().transactional(async () => {
      await outside.execute('select 1');
    })).rejects.toThrow(/second database connection was requested while this code holds an open transaction/);
    await expect(app.orm.em.fork().transactional(async () => {
      await outside.fork().transactional((tx) => tx.execute('select 1'));
    })).rejects.toThrow(/second database connection was requested while this code holds an open transaction/);
    await expect(app.orm.em.fork().transactional(async () => {
      await outside.getKnex().raw('select 1');
    })).rejects.toThrow(/second database connection was requested while this code holds an open transaction/);
    expect(connectionGuardViolations.length - before).toBe(3);
  });

  it('lets the transaction\'s own statements, savepoints and work after commit through', async () => {
    const before = connectionGuardViolations.length;
    const outside = app.orm.em.fork();
    let later: Promise<unknown> = Promise.resolve();
    const value = await app.orm.em.fork().transactional(async (tx) => {
      await tx.execute('select 1');
      await tx.transactional((inner) => inner.execute('select 2'));
      // Started inside, run after commit: the transaction no longer holds a connection.
      later = new Promise((resolve) => setTimeout(resolve, 50)).then(() => outside.execute('select 3'));
      return (await tx.execute<{ n: number }[]>('select 41 + 1 as n'))[0].n;
    });
    expect(value).toBe(42);
    await later;
    expect(connectionGuardViolations.length).toBe(before);
  });

  describe('the reported case', () => {
    let client: GraphQLClient;
    let offerId: string;
    beforeAll(async () => {
      const p = await people(app);
      await approvedFlat(p, 0, { layout: 'TWO_BEDROOM' });
      await addUnit(p, await testProject(p), 'G-1', 'TWO_BEDROOM');
      offerId = (await pendingOfferOf(p.talents[0]))!.id;
      client = p.talents[0]!;
    });

    it('a talent accepting their offer in 10 parallel calls on a pool of 3 is not frozen', async () => {
      // Before the fix, accept() read the rules on a second connection inside its transaction.
      const before = connectionGuardViolations.length;
      const started = Date.now();
      const results = await Promise.all(Array.from({ length: 10 }, () => client.request(
        ACCEPT, { input: { offerId } })));
      const elapsed = Date.now() - started;
      const ok = results.filter((r) => r.body.data?.acceptApartmentOffer?.lease).length;
      expect(results.every((r) => !r.body.errors)).toBe(true);
      expect(ok).toBe(1);
      expect(connectionGuardViolations.length).toBe(before);
      // Frozen was 60-120 s; one lock queue of ten short transactions takes a second or two.
      expect(elapsed).toBeLessThan(20_000);
    });
  });
});
