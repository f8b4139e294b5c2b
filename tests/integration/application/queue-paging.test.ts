import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { EMPLOYMENT, M, newApplicant, secondReviewer, submittedApplication, waitingInQueue } from './helpers.js';

// Issue 13: the review queue pages by keyset cursors. With offsets, a reviewer paging through a
// queue that drained under them skipped rows (page 2 started further on than it should).

let app: TestApp;
let reviewer: GraphQLClient;
/** Another reviewer, who works the same queue meanwhile. */
let other: GraphQLClient;

const PAGE = `query($after: String) { reviewQueue(first: 4, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id status statusChangedAt } } } }`;

async function wholeQueue(): Promise<{ id: string; statusChangedAt: string }[]> {
  const { reviewQueue } = await reviewer.data('{ reviewQueue(first: 100) { totalCount edges { node { id statusChangedAt } } } }');
  expect(reviewQueue.totalCount).toBe(reviewQueue.edges.length);
  return reviewQueue.edges.map((e: any) => e.node);
}

beforeAll(async () => {
  app = await startTestApp();
  reviewer = await app.client('reviewer');
  other = await secondReviewer(app, await app.client('admin'));
  // 30 waiting; three at a time share their time, so the id breaks ties.
  await waitingInQueue(app, 30, 'YP-Q', `timestamptz '2026-03-01' + (i / 3) * interval '1 hour'`);
});
afterAll(async () => {
  await app.close();
});

describe('paging through the review queue while it moves', () => {
  it('returns every row that stayed in the queue exactly once, and no row twice', async () => {
    const hr = await app.client('hr');
    // Two applications waiting for their employer: confirming them puts them in the queue mid-walk.
    const arriving = [];
    for (let i = 0; i < 2; i++) {
      const applicant = await newApplicant(app);
      arriving.push(await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents));
    }
    const before = await wholeQueue();
    expect(before.length).toBeGreaterThanOrEqual(30);
    const touched = new Set<string>();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const upcoming = before.filter((r) => !seen.includes(r.id) && !touched.has(r.id)).map((r) => r.id);
      const done = seen.filter((id) => !touched.has(id));
      // While the page is read, the other reviewer takes up a row on a later page (it moves to
      // the end: its status time is now), takes up one already shown, and takes up and rejects
      // one on a later page (it leaves the queue); the employer confirms a new one (it joins at the end).
      const moves: Promise<unknown>[] = [];
      const act = (id: string | undefined, ...steps: [string, Record<string, unknown>?][]) => {
        if (!id) return;
        touched.add(id);
        moves.push((async () => {
          for (const [step, input] of steps) {
            const data = await other.data(step, { input: { id, ...input } });
            expect(Object.values<any>(data)[0].errors).toEqual([]);
          }
        })());
      };
      act(upcoming[5], [M.startReview]);
      act(upcoming[6], [M.startReview], [M.reject, { reason: '材料不符合要求' }]);
      if (pages % 2 === 0) act(done[0], [M.startReview]);
      const confirm = arriving.shift();
      if (confirm) moves.push(hr.data(M.confirm, { input: { id: confirm.id, ...EMPLOYMENT } }).then((r) => touched.add(r.confirmEmployment.application.id)));
      const [page]: any[] = await Promise.all([reviewer.data(PAGE, { after }), ...moves]);
      await Promise.all(moves);
      pages++;
      const { edges, pageInfo }: { edges: any[]; pageInfo: any } = page.reviewQueue;
      expect(edges.length).toBeLessThanOrEqual(4);
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...edges.map((e: any) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
      expect(pages).toBeLessThan(40);
    }
    expect(touched.size).toBeGreaterThan(10);
    // No row twice, moved or not.
    expect(new Set(seen).size).toBe(seen.length);
    // Every row that stayed where it was, in the queue's order.
    const stayed = before.map((r) => r.id).filter((id) => !touched.has(id));
    expect(seen.filter((id) => !touched.has(id))).toEqual(stayed);
    // The moved rows are all still in the queue, at its end: read afresh, they are there.
    const now = await wholeQueue();
    expect(now.map((r) => r.id).slice(0, stayed.length)).toEqual(stayed);
  });

  it('starts page 2 right after page 1\'s last row when another reviewer takes rows of page 1 out of the queue', async () => {
    const before = await wholeQueue();
    const first = (await reviewer.data(PAGE, { after: null })).reviewQueue;
    expect(first.edges.map((e: any) => e.node.id)).toEqual(before.slice(0, 4).map((r) => r.id));
    // The other reviewer decides three rows of page 1: rejected, they leave the queue.
    for (const { node } of first.edges.slice(0, 3)) {
      const steps = [[M.startReview, {}], [M.reject, { reason: '材料不符合要求' }]] as const;
      for (const [step, input] of node.status === 'UNDER_REVIEW' ? steps.slice(1) : steps) {
        const data = await other.data(step, { input: { id: node.id, ...input } });
        expect(Object.values<any>(data)[0].errors).toEqual([]);
      }
    }
    const second = (await reviewer.data(PAGE, { after: first.pageInfo.endCursor })).reviewQueue;
    // With position cursors page 2 began 3 rows further on (rows 8-11 of the queue as it was).
    expect(second.edges.map((e: any) => e.node.id)).toEqual(before.slice(4, 8).map((r) => r.id));
    expect(second.totalCount).toBe(before.length - 3);
  });

  it('tells the whole total on every page, and pages in the queue\'s order', async () => {
    const all = await wholeQueue();
    const first = (await reviewer.data(PAGE, { after: null })).reviewQueue;
    const second = (await reviewer.data(PAGE, { after: first.pageInfo.endCursor })).reviewQueue;
    expect(first.totalCount).toBe(all.length);
    expect(second.totalCount).toBe(all.length);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual(all.slice(0, 8).map((r) => r.id));
    // A cursor of the older kind (a position) still works.
    const byPosition = (await reviewer.data(PAGE, { after: Buffer.from('pos:3').toString('base64url') })).reviewQueue;
    expect(byPosition.edges.map((e: any) => e.node.id)).toEqual(all.slice(4, 8).map((r) => r.id));
    // After the last row: an empty page, still with the total.
    const last = (await reviewer.data('query($after: String) { reviewQueue(first: 100, after: $after) { totalCount pageInfo { hasNextPage } edges { node { id } } } }',
      { after: (await reviewer.data(`{ reviewQueue(first: ${all.length}) { pageInfo { endCursor } } }`)).reviewQueue.pageInfo.endCursor })).reviewQueue;
    expect(last).toEqual({ totalCount: all.length, pageInfo: { hasNextPage: false }, edges: [] });
  });

  it('refuses a malformed cursor with a message, whatever it holds', async () => {
    const keyset = (text: string) => Buffer.from(text).toString('base64url');
    const hostile = ['nonsense', 'pos:-1', '\u0000', 'x'.repeat(100_000), keyset('kabc.abc.not-hex'), keyset('kzzzzzzzzzzz.1.00000000000040008000000000000000'),
      keyset("k1.1.0000'; drop table applications; --"), keyset('k1.1.00000000000040008000000000000000\u0000')];
    const answers = await Promise.all(hostile.map((after) => reviewer.request(PAGE, { after })));
    for (const res of answers) {
      expect(res.body.data).toBeNull();
      expect(res.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors![0].message).toMatch(/^after/);
    }
    expect((await app.sql('select count(*)::int as n from applications'))[0].n).toBeGreaterThan(30);
  });

  it('lists rows without their answers, and still gives the answers to a query that asks', async () => {
    const [row] = await app.sql<{ id: string }>(`select id from applications where reference = 'YP-Q000001'`);
    await app.sql(`update applications set answers = '{"reason": "排队原因"}' where id = ?`, [row.id]);
    const { reviewQueue } = await reviewer.data('{ reviewQueue(first: 100) { edges { node { id answers { key value } eligibilitySnapshot } } } }');
    const node = reviewQueue.edges.find((e: any) => e.node.id === row.id).node;
    expect(node).toEqual({ id: row.id, answers: [{ key: 'reason', value: '排队原因' }], eligibilitySnapshot: null });
  });
});
