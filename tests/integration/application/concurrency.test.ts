import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, M, newApplicant, secondReviewer, submittedApplication } from './helpers.js';

let app: TestApp;
let talent: GraphQLClient;
let reviewer: GraphQLClient;
let otherReviewer: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  const admin = await app.client('admin');
  await configureCap(admin, POLICY.housingSubsidy, 20000);
  [talent, reviewer, otherReviewer] = await Promise.all([app.client('talent'), app.client('reviewer'), secondReviewer(app, admin)]);
});
afterAll(async () => {
  await app.close();
});

/** An application under review, each time by a new applicant (one open application per person and policy). */
async function underReview(): Promise<{ id: string; version: number }> {
  const applicant = await newApplicant(app);
  const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
  if (submitted.status === 'SUBMITTED') await (await app.client('hr')).data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
  const started = await reviewer.data(M.startReview, { input: { id: submitted.id } });
  return started.startReview.application;
}

const events = (id: string, action: string) => app.sql('select id from application_events where application_id = ? and action = ?', [id, action]);

describe('two reviewers acting at once', () => {
  it('lets exactly one of two simultaneous approvals win; the other is told someone acted first', async () => {
    const { id, version } = await underReview();
    const [a, b] = await Promise.all([
      reviewer.data(M.approve, { input: { id, amountYuan: 12000, expectedVersion: version } }),
      otherReviewer.data(M.approve, { input: { id, amountYuan: 15000, expectedVersion: version } }),
    ]);
    const outcomes = [a.approveApplication, b.approveApplication];
    expect(outcomes.filter((o) => o.application?.status === 'APPROVED')).toHaveLength(1);
    const loser = outcomes.find((o) => o.errors.length > 0)!;
    expect(loser.errors).toEqual([{ field: 'input.expectedVersion', code: 'CONFLICT', message: '该申请已被他人处理或修改，请刷新后查看最新状态。' }]);
    expect(await events(id, 'APPROVE')).toHaveLength(1);
    const [row] = await app.sql<{ approved_amount_yuan: number }>('select approved_amount_yuan from applications where id = ?', [id]);
    expect([12000, 15000]).toContain(row.approved_amount_yuan);
  });

  it('records exactly one of two simultaneous payments', async () => {
    const { id } = await underReview();
    await reviewer.data(M.approve, { input: { id, amountYuan: 10000 } });
    const [a, b] = await Promise.all([
      reviewer.data(M.disburse, { input: { id, paymentReference: 'PAY-A-0001' } }),
      otherReviewer.data(M.disburse, { input: { id, paymentReference: 'PAY-B-0002' } }),
    ]);
    const outcomes = [a.recordDisbursement, b.recordDisbursement];
    expect(outcomes.filter((o) => o.application?.status === 'DISBURSED')).toHaveLength(1);
    expect(outcomes.find((o) => o.errors.length)!.errors[0].code).toBe('INVALID_STATE');
    expect(await events(id, 'DISBURSE')).toHaveLength(1);
  });
});

describe('retries with an idempotency key', () => {
  it('does not create a second application when the same create is retried, even at once', async () => {
    const input = { policyId: POLICY.talentApartment, idempotencyKey: 'create-apartment-0001' };
    const [a, b, c] = await Promise.all([talent.data(M.create, { input }), talent.data(M.create, { input }), talent.data(M.create, { input })]);
    const ids = new Set([a, b, c].map((r) => r.createApplication.application.id));
    expect(ids.size).toBe(1);
    expect(await app.sql("select id from applications where policy_id = ? and applicant_id = (select id from users where email = 'talent@yuepu.example')", [POLICY.talentApartment])).toHaveLength(1);
  });

  it('does not pay twice when a payment is retried with its key', async () => {
    const { id } = await underReview();
    await reviewer.data(M.approve, { input: { id, amountYuan: 9000 } });
    const input = { id, paymentReference: 'PAY-RETRY-0001', idempotencyKey: 'pay-retry-0001' };
    const first = await reviewer.data(M.disburse, { input });
    const retry = await reviewer.data(M.disburse, { input });
    expect(first.recordDisbursement.application.status).toBe('DISBURSED');
    expect(retry.recordDisbursement).toEqual(first.recordDisbursement);
    expect(await events(id, 'DISBURSE')).toHaveLength(1);
  });

  it('refuses a key reused for another application', async () => {
    const { id } = await underReview();
    const res = await reviewer.data(M.disburse, { input: { id, paymentReference: 'PAY-0009', idempotencyKey: 'pay-retry-0001' } });
    expect(res.recordDisbursement.errors).toMatchObject([{ field: 'input.idempotencyKey', code: 'DUPLICATE' }]);
  });
});
