import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, M, newApplicant, submittedApplication } from './helpers.js';

// Issue 10 item 9: 20 parallel retries with one idempotency key gave 11 OK and 9 INVALID_STATE.
// Every mutation that takes an idempotencyKey (createApplication, recordDisbursement) must give
// every retry the first call's answer, also while that first call is still running.

let app: TestApp;
let hr: GraphQLClient;
let reviewer: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 50000);
  [hr, reviewer] = await Promise.all([app.client('hr'), app.client('reviewer')]);
});
afterAll(async () => {
  await app.close();
});

/** Sends the same request 20 times at once; every answer must be a 200 without top-level errors. */
async function twentyAtOnce(client: GraphQLClient, query: string, variables: Record<string, unknown>, field: string) {
  const answers = await Promise.all(Array.from({ length: 20 }, () => client.request(query, variables)));
  return answers.map((res) => {
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    return res.body.data[field];
  });
}

function tally(name: string, payloads: { application: unknown; errors: { code: string }[] }[]) {
  const ok = payloads.filter((p) => p.errors.length === 0).length;
  const codes = payloads.flatMap((p) => p.errors.map((e) => e.code));
  const distinct = new Set(payloads.map((p) => JSON.stringify(p))).size;
  console.log(`20 parallel retries, one key, ${name}: ${ok} OK, ${codes.length} refused (${[...new Set(codes)].join(', ') || 'none'}), ${distinct} distinct answer(s)`);
}

describe('20 parallel retries with one idempotency key get one and the same answer', () => {
  it('createApplication: one draft, 20 identical answers', async () => {
    const applicant = await newApplicant(app, []);
    const payloads = await twentyAtOnce(applicant.client, M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 12000, idempotencyKey: 'create-twenty-0001' } }, 'createApplication');
    tally('createApplication', payloads);
    expect(payloads[0].errors).toEqual([]);
    expect(payloads[0].application.status).toBe('DRAFT');
    for (const p of payloads) expect(p).toEqual(payloads[0]);
    expect(await app.sql('select id from applications where applicant_id = ?', [applicant.id])).toHaveLength(1);
    expect(await app.sql('select id from idempotency_keys where user_id = ?', [applicant.id])).toHaveLength(1);
  });

  it('recordDisbursement: paid once, 20 identical answers, none INVALID_STATE or CONFLICT', async () => {
    const applicant = await newApplicant(app);
    const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents, 12000);
    await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    const started = (await reviewer.data(M.startReview, { input: { id: submitted.id } })).startReview.application;
    const approved = (await reviewer.data(M.approve, { input: { id: submitted.id, amountYuan: 12000, expectedVersion: started.version } })).approveApplication.application;
    const payloads = await twentyAtOnce(reviewer, M.disburse, { input: { id: submitted.id, expectedVersion: approved.version, paymentReference: 'PAY-TWENTY-0001', idempotencyKey: 'pay-twenty-0001' } }, 'recordDisbursement');
    tally('recordDisbursement', payloads);
    expect(payloads[0].errors).toEqual([]);
    expect(payloads[0].application).toMatchObject({ status: 'DISBURSED', paymentReference: 'PAY-TWENTY-0001' });
    for (const p of payloads) expect(p).toEqual(payloads[0]);
    expect(await app.sql(`select id from application_events where application_id = ? and action = 'DISBURSE'`, [submitted.id])).toHaveLength(1);
  });

  it('a first call that is refused stores nothing: the corrected retry with the same key does the work', async () => {
    const applicant = await newApplicant(app, []);
    const refused = await applicant.client.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: -5, idempotencyKey: 'create-fixed-0001' } });
    expect(refused.createApplication.errors).toMatchObject([{ field: 'input.requestedAmountYuan' }]);
    const fixed = await applicant.client.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 5000, idempotencyKey: 'create-fixed-0001' } });
    expect(fixed.createApplication.errors).toEqual([]);
    expect(fixed.createApplication.application.requestedAmountYuan).toBe(5000);
  });
});
