import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { connectionGuardViolations } from '../../../api/src/core/db/connection-guard.js';
import { makeTalents } from '../../helpers/people.js';
import { startTestApp, type GraphQLClient, type GraphQLResponse, type TestApp } from '../../helpers/test-app.js';
import { M } from '../application/helpers.js';
import { ACCEPT, addUnit, approvedFlat, DECLINE, pendingOfferOf, people, testProject, type People } from '../apartment/helpers.js';

// Issue 10 item 4: one user firing 50 parallel calls of a mutation that takes row or advisory
// locks used to freeze the service (10 acceptApartmentOffer calls: 60-120 s, /readyz 503). Now,
// on the default pool (10) and time limits, each burst ends with one winner and clear refusals,
// no internal error, while another user's read answers and /readyz stays 200.
const N = 50;
const READ = `query { viewer { id } notifications(first: 5) { totalCount } }`;
const CLAIM_WISH = `mutation($input: ClaimMicroWishInput!) { claimMicroWish(input: $input) { wish { id status } errors { field code message } } }`;
const POST_WISH = `mutation($input: MicroWishInput!) { postMicroWish(input: $input) { wish { id } errors { field code message } } }`;

interface Outcome { ok: number; refused: Record<string, number>; busy: number; internal: number; other: number; ms: number; readMs: number[]; readyz: number[]; readsDuringBurst: number }
const results: Record<string, Outcome> = {};

let app: TestApp;
let reader: GraphQLClient;
let p: People;

beforeAll(async () => {
  app = await startTestApp();
  p = await people(app);
  reader = p.talents[4]!;
});
afterAll(async () => {
  console.log(`50-way bursts (pool ${app.orm.config.get('pool')?.max}):\n${Object.entries(results).map(([name, r]) =>
    `  ${name}: ${r.ok} OK, refused ${JSON.stringify(r.refused)}, busy ${r.busy}, internal ${r.internal}, other ${r.other}; burst ${r.ms} ms; ` +
    `other user's reads ${r.readMs.length} (${r.readsDuringBurst} finished during the burst), slowest ${Math.max(...r.readMs)} ms; /readyz ${r.readyz.length}× all ${[...new Set(r.readyz)].join('/')}`).join('\n')}`);
  await app?.close();
});

/** Fires `call` N times at once; meanwhile another user reads and /readyz is polled. */
async function burst(name: string, call: () => Promise<GraphQLResponse>, payloadOf: (data: any) => { errors: { code: string }[] }): Promise<Outcome> {
  const guardBefore = connectionGuardViolations.length;
  let done = false;
  const readMs: number[] = [];
  const readyz: number[] = [];
  let readsDuringBurst = 0;
  const watch = (async () => {
    while (!done) {
      const started = performance.now();
      const [read, ready] = await Promise.all([reader.request(READ), fetch(`${app.url}/readyz`)]);
      expect(read.body.errors).toBeUndefined();
      readMs.push(Math.round(performance.now() - started));
      readyz.push(ready.status);
      if (!done) readsDuringBurst++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: N }, call));
  const ms = Math.round(performance.now() - started);
  done = true;
  await watch;
  const outcome: Outcome = { ok: 0, refused: {}, busy: 0, internal: 0, other: 0, ms, readMs, readyz, readsDuringBurst };
  for (const answer of answers) {
    const code = answer.body.errors?.[0]?.extensions?.code as string | undefined;
    if (code === 'INTERNAL_SERVER_ERROR') outcome.internal++;
    else if (code === 'SERVICE_BUSY') outcome.busy++;
    else if (code) outcome.refused[code] = (outcome.refused[code] ?? 0) + 1;
    else {
      const payload = payloadOf(answer.body.data);
      if (payload.errors.length === 0) outcome.ok++;
      else outcome.refused[payload.errors[0].code] = (outcome.refused[payload.errors[0].code] ?? 0) + 1;
    }
  }
  outcome.other = N - outcome.ok - outcome.busy - outcome.internal - Object.values(outcome.refused).reduce((a, b) => a + b, 0);
  results[name] = outcome;
  expect(outcome.internal, `${name}: internal errors`).toBe(0);
  expect(outcome.busy, `${name}: busy answers`).toBe(0);
  expect(connectionGuardViolations.length, `${name}: second connections inside a transaction`).toBe(guardBefore);
  // The other user was served while the burst ran, and the instance stayed ready throughout.
  expect(readsDuringBurst, `${name}: reads finished during the burst`).toBeGreaterThan(0);
  expect(readyz.every((s) => s === 200), `${name}: /readyz`).toBe(true);
  // The issue asks for 1 s: the typical read must be under it; on a shared 2-core test machine the
  // slowest one is recorded and bounded generously.
  const sorted = [...readMs].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)], `${name}: median read`).toBeLessThan(1000);
  expect(sorted.at(-1), `${name}: slowest read`).toBeLessThan(3000);
  return outcome;
}

describe(`${N} parallel calls of each locking mutation by one user`, () => {
  it('createApplication (advisory lock on person and policy): one draft', async () => {
    const [person] = await makeTalents(app, [null]);
    const r = await burst('createApplication', () => person.client.request(M.create, { input: { policyId: POLICY.housingSubsidy, idempotencyKey: randomUUID() } }), (d) => d.createApplication);
    expect(r.ok).toBe(1);
    expect(r.refused).toEqual({ DUPLICATE: N - 1 });
    expect(await app.sql('select id from applications where applicant_id = ?', [person.id])).toHaveLength(1);
  });

  it('withdrawApplication (row lock, version check): withdrawn once, one history entry', async () => {
    const [person] = await makeTalents(app, [null]);
    const created = (await person.client.data(M.create, { input: { policyId: POLICY.housingSubsidy } })).createApplication.application;
    const r = await burst('withdrawApplication', () => person.client.request(M.withdraw, { input: { id: created.id } }), (d) => d.withdrawApplication);
    expect(r.ok).toBe(1);
    expect(r.ok + Object.values(r.refused).reduce((a, b) => a + b, 0)).toBe(N);
    expect(await app.sql(`select id from application_events where application_id = ? and action = 'WITHDRAW'`, [created.id])).toHaveLength(1);
  });

  it('acceptApartmentOffer (application, layout lock, offer and unit rows): one lease', async () => {
    await approvedFlat(p, 0, { layout: 'TWO_BEDROOM' });
    const unit = await addUnit(p, await testProject(p), 'B-1', 'TWO_BEDROOM');
    const offer = (await pendingOfferOf(p.talents[0]))!;
    const r = await burst('acceptApartmentOffer', () => p.talents[0].request(ACCEPT, { input: { offerId: offer.id } }), (d) => d.acceptApartmentOffer);
    expect(r.ok).toBe(1);
    expect(r.refused).toEqual({ INVALID_STATE: N - 1 });
    expect(await app.sql('select id from apartment_leases where unit_id = ?', [unit])).toHaveLength(1);
  });

  it('declineApartmentOffer (layout lock, offer and unit rows): declined once', async () => {
    await approvedFlat(p, 1, { layout: 'STUDIO' });
    await addUnit(p, await testProject(p, '测试公寓二（测试数据）'), 'B-2', 'STUDIO');
    const offer = (await pendingOfferOf(p.talents[1]))!;
    const r = await burst('declineApartmentOffer', () => p.talents[1].request(DECLINE, { input: { offerId: offer.id } }), (d) => d.declineApartmentOffer);
    expect(r.ok).toBe(1);
    expect(r.refused).toEqual({ INVALID_STATE: N - 1 });
    expect(await app.sql(`select id from apartment_offers where id = ? and status = 'DECLINED'`, [offer.id])).toHaveLength(1);
  });

  it('claimMicroWish (wish row lock, one standing claim): one claim', async () => {
    const worker = await app.client('community');
    const wish = (await worker.data(POST_WISH, { input: {
      title: '一台电风扇', description: '独居老人家里的电风扇坏了。', category: 'ELDERLY', handover: 'AT_PLACE_OFFICE', estimatedValueYuan: 200, dueOn: null,
      recipient: { name: '王秀英', phone: '13912345670', address: '宝山区月浦镇庆安路 1 号', note: null },
    } })).postMicroWish;
    expect(wish.errors).toEqual([]);
    const hr = await app.client('hr');
    const r = await burst('claimMicroWish', () => hr.request(CLAIM_WISH, { input: { wishId: wish.wish.id } }), (d) => d.claimMicroWish);
    expect(r.ok).toBe(1);
    expect(await app.sql(`select id from micro_wish_claims where wish_id = ?`, [wish.wish.id])).toHaveLength(1);
  });
});
