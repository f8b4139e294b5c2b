import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, M, mutation, newApplicant, submittedApplication } from './helpers.js';

// Issue 17 item 3: the workflow table's `requires` column drives the checks, and the
// administrator's page shows the table from the same source. Refusals keep their field-level
// messages (zh, the default language) and leave the row as it was.

let app: TestApp;
let hr: GraphQLClient;
let reviewer: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  [hr, reviewer] = await Promise.all([app.client('hr'), app.client('reviewer')]);
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 20000);
});
afterAll(async () => {
  await app.close();
});

const TABLE = `{ workflowSteps { action { code nameZh nameEn } actor { code nameZh } from { code } to { code } requires { code nameZh nameEn } benefits { code } } }`;

const rowOf = async (id: string) => {
  const [row] = await app.sql<{ status: string; version: number; approved_amount_yuan: number | null; payment_reference: string | null }>('select status, version, approved_amount_yuan, payment_reference from applications where id = ?', [id]);
  const [events] = await app.sql<{ n: string }>('select count(*) as n from application_events where application_id = ?', [id]);
  return { ...row, events: events.n };
};

describe('the workflow table for administrators', () => {
  it('lists every step with who takes it, from and to which states, what it needs and where it applies', async () => {
    const { workflowSteps } = await (await app.client('admin')).data(TABLE);
    const step = (code: string) => workflowSteps.find((s: any) => s.action.code === code);
    expect(step('APPROVE')).toMatchObject({
      action: { nameZh: '批准', nameEn: 'Approved' }, actor: { code: 'REVIEWER', nameZh: '镇审核人员' }, from: [{ code: 'UNDER_REVIEW' }], to: { code: 'APPROVED' },
      requires: [{ code: 'AMOUNT_WITHIN_CAP', nameZh: expect.stringContaining('批准金额不超过政策上限') }, { code: 'GRANT_LIMITS' }],
      benefits: [{ code: 'MONEY' }, { code: 'FLAT' }, { code: 'NOMINATION' }],
    });
    expect(step('DISBURSE').benefits).toEqual([{ code: 'MONEY' }]);
    expect(step('CONFIRM_EMPLOYMENT_FOR_EMPLOYER').requires.map((r: any) => r.code)).toEqual(['EMPLOYER_WITHOUT_HR', 'EVIDENCE_NOTE', 'EMPLOYMENT_FACTS', 'FACTS_MEET_CRITERIA']);
    expect(step('CONFIRM_EMPLOYMENT').requires.map((r: any) => r.code)).toEqual(['EMPLOYMENT_FACTS', 'FACTS_MEET_CRITERIA']);
    expect(step('START_REVIEW').requires).toEqual([]);
    for (const s of workflowSteps) for (const r of s.requires) expect(r.nameEn, r.code).not.toBe('');
  });

  it('is for administrators only', async () => {
    for (const role of ['reviewer', 'talent', 'hr'] as const) {
      const res = await (await app.client(role)).request(TABLE);
      expect(res.body.errors![0].extensions!.code, role).toBe('FORBIDDEN');
    }
  });
});

describe('each requirement refuses with its field-level message and writes nothing', () => {
  it('from submission to payment', async () => {
    const applicant = await newApplicant(app);
    // REQUIRED_DOCUMENTS: nothing attached.
    const draft = (await applicant.client.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 12000 } })).createApplication.application;
    const bare = await applicant.client.data(M.submit, { input: { id: draft.id } });
    expect(bare.submitApplication.errors).toMatchObject([{ field: 'documents', code: 'REQUIRED', message: expect.stringMatching(/^缺少必需材料（或已过期）：身份证/) }]);
    await applicant.client.data(M.withdraw, { input: { id: draft.id } });

    const { id } = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
    // EMPLOYMENT_FACTS: HR must enter them.
    let before = await rowOf(id);
    const noFacts = await hr.data(M.confirm, { input: { id, ...EMPLOYMENT, position: '' } });
    expect(noFacts.confirmEmployment.errors).toEqual([{ field: 'input.employment.position', code: 'REQUIRED', message: '请填写岗位。' }]);
    expect(await rowOf(id)).toEqual(before);
    // EMPLOYER_WITHOUT_HR before EVIDENCE_NOTE: the town may not confirm for an enterprise with HR, however it asks.
    const byTown = await reviewer.data(mutation('confirmEmploymentForEmployer', 'ConfirmEmploymentForEmployerInput'), { input: { id, ...EMPLOYMENT, evidence: '' } });
    expect(byTown.confirmEmploymentForEmployer.errors).toMatchObject([{ field: 'enterprise', code: 'INVALID_STATE', message: expect.stringContaining('须由单位人事在平台上确认在职') }]);
    expect(await rowOf(id)).toEqual(before);

    await hr.data(M.confirm, { input: { id, ...EMPLOYMENT } });
    await reviewer.data(M.startReview, { input: { id } });
    before = await rowOf(id);
    // REASON
    const noReason = await reviewer.data(M.reject, { input: { id, reason: '   ' } });
    expect(noReason.rejectApplication.errors).toEqual([{ field: 'input.reason', code: 'REQUIRED', message: '请填写理由，申请人会看到。' }]);
    // AMOUNT_WITHIN_CAP
    const over = await reviewer.data(M.approve, { input: { id, amountYuan: 20001 } });
    expect(over.approveApplication.errors).toEqual([{ field: 'input.amountYuan', code: 'OUT_OF_RANGE', message: '批准金额不能超过政策上限 20000 元。' }]);
    expect(await rowOf(id)).toEqual(before);

    expect((await reviewer.data(M.approve, { input: { id, amountYuan: 12000 } })).approveApplication.errors).toEqual([]);
    before = await rowOf(id);
    // PAYMENT_REFERENCE
    const badReference = await reviewer.data(M.disburse, { input: { id, paymentReference: 'no spaces allowed' } });
    expect(badReference.recordDisbursement.errors).toEqual([{ field: 'input.paymentReference', code: 'INVALID', message: '请填写银行流水号（4–64 位字母、数字或连字符）。' }]);
    expect(await rowOf(id)).toEqual(before);
    const paid = await reviewer.data(M.disburse, { input: { id, paymentReference: 'ICBC-2026-0001' } });
    expect(paid.recordDisbursement.application).toMatchObject({ status: 'DISBURSED', paymentReference: 'ICBC-2026-0001' });
    expect(paid.recordDisbursement.application.history.at(-1)).toMatchObject({ action: 'DISBURSE' });
    const [event] = await app.sql<{ data: Record<string, unknown> }>(`select data from application_events where application_id = ? and action = 'DISBURSE'`, [id]);
    expect(event.data).toMatchObject({ paymentReference: 'ICBC-2026-0001', amountYuan: 12000 });
  });

  it('keeps the employer named on a confirmation the town gave for an enterprise without HR', async () => {
    const applicant = await newApplicant(app, undefined, ORG.enterprises[2]);
    const { id } = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
    const res = await reviewer.data(mutation('confirmEmploymentForEmployer', 'ConfirmEmploymentForEmployerInput'), { input: { id, ...EMPLOYMENT, evidence: '查看了劳动合同原件。' } });
    expect(res.confirmEmploymentForEmployer.errors).toEqual([]);
    const [event] = await app.sql<{ data: Record<string, unknown>; reason: string }>(`select data, reason from application_events where application_id = ? and action = 'CONFIRM_EMPLOYMENT_FOR_EMPLOYER'`, [id]);
    expect(event).toMatchObject({ reason: '查看了劳动合同原件。', data: { confirmedForEmployer: ORG.enterprises[2], confirmationId: expect.any(String) } });
  });
});
