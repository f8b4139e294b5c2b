import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, USER } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, HOUSING_SUBSIDY_DOCUMENTS, M, walletWith } from './helpers.js';
import { shanghaiToday } from '../../../api/src/core/time/shanghai.js';

let app: TestApp;
let talent: GraphQLClient;
let hr: GraphQLClient;
let otherHr: GraphQLClient;
let reviewer: GraphQLClient;
let documents: string[];

beforeAll(async () => {
  app = await startTestApp();
  [talent, hr, otherHr, reviewer] = await Promise.all([app.client('talent'), app.client('hr'), app.client('hr2'), app.client('reviewer')]);
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 20000);
  documents = await walletWith(app, talent, HOUSING_SUBSIDY_DOCUMENTS);
});
afterAll(async () => {
  await app.close();
});

const statusOf = async (id: string) => (await app.sql<{ status: string }>('select status from applications where id = ?', [id]))[0].status;
const eventCount = async (id: string) => Number((await app.sql<{ n: string }>('select count(*) as n from application_events where application_id = ?', [id]))[0].n);

describe('a housing-subsidy application from draft to closed', () => {
  let id: string;

  it('refuses an amount over the configured cap, then creates a draft with a phone-readable reference', async () => {
    const over = await talent.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 30000 } });
    expect(over.createApplication.errors).toEqual([{ field: 'input.requestedAmountYuan', code: 'OUT_OF_RANGE', message: '金额不能超过政策上限 20000 元。' }]);
    expect(await app.sql('select id from applications')).toEqual([]);

    const res = await talent.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 12000, answers: [{ key: 'monthlyRent', value: '4200' }] } });
    expect(res.createApplication.errors).toEqual([]);
    const draft = res.createApplication.application;
    expect(draft).toMatchObject({ status: 'DRAFT', requestedAmountYuan: 12000, waitingOn: 'APPLICANT', nextActions: ['SUBMIT', 'WITHDRAW'] });
    expect(draft.reference).toMatch(/^YP-\d{4}-\d{6}$/);
    id = draft.id;
  });

  it('will not submit while required documents are missing, and changes nothing', async () => {
    await talent.data(M.attach, { input: { applicationId: id, documentId: documents[0] } });
    const res = await talent.data(M.submit, { input: { id } });
    expect(res.submitApplication.application).toBeNull();
    expect(res.submitApplication.errors).toEqual([{ field: 'documents', code: 'REQUIRED', message: '缺少必需材料（或已过期）：劳动合同、学历学位证书、租赁合同、无房承诺或证明。' }]);
    expect(await statusOf(id)).toBe('DRAFT');
  });

  it('submits once every required document is attached, and tells the employer\'s HR', async () => {
    for (const documentId of documents.slice(1)) await talent.data(M.attach, { input: { applicationId: id, documentId } });
    const res = await talent.data(M.submit, { input: { id } });
    expect(res.submitApplication.application).toMatchObject({ status: 'SUBMITTED', waitingOn: 'EMPLOYER_HR' });
    // The preliminary eligibility check is kept as it was at submission, with its rule version.
    const { application } = await talent.data(`query($id: UUID!) { application(id: $id) { eligibilitySnapshot } }`, { id });
    expect(application.eligibilitySnapshot).toMatchObject({ preliminary: true, verdict: expect.stringMatching(/^(LIKELY_ELIGIBLE|NOT_ELIGIBLE|NEEDS_INFORMATION)$/), ruleVersion: { id: expect.any(String), effectiveFrom: expect.any(String) } });
    expect(application.eligibilitySnapshot.criteria.length).toBeGreaterThan(0);
    expect(res.submitApplication.application.documents).toHaveLength(5);
    const inbox = await hr.data(`{ enterpriseApplications(status: SUBMITTED) { totalCount edges { node { id reference } } } unreadNotificationCount }`);
    expect(inbox.enterpriseApplications.edges.map((e: any) => e.node.id)).toContain(id);
    expect(inbox.unreadNotificationCount).toBeGreaterThan(0);
  });

  it('lets only the applicant\'s own enterprise HR confirm; others get not-found or forbidden', async () => {
    const other = await otherHr.request(M.confirm, { input: { id, ...EMPLOYMENT } });
    expect(other.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const byTalent = await talent.request(M.confirm, { input: { id, ...EMPLOYMENT } });
    expect(byTalent.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await statusOf(id)).toBe('SUBMITTED');
  });

  it('checks the employment facts HR enter', async () => {
    const res = await hr.data(M.confirm, { input: { id, ...EMPLOYMENT, contractStart: '2099-01-01', position: ' ', socialInsuranceMonths: -1 } });
    expect(res.confirmEmployment.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['input.employment.contractStart', 'OUT_OF_RANGE'],
      ['input.employment.contractEnd', 'OUT_OF_RANGE'],
      ['input.employment.position', 'REQUIRED'],
      ['input.employment.socialInsuranceMonths', 'OUT_OF_RANGE'],
    ]);
    expect(await statusOf(id)).toBe('SUBMITTED');
    expect(await app.sql('select id from employment_confirmations')).toEqual([]);
  });

  it('moves on when HR confirm, and a reviewer must take it up before deciding', async () => {
    const confirmed = await hr.data(M.confirm, { input: { id, ...EMPLOYMENT } });
    expect(confirmed.confirmEmployment.application.status).toBe('EMPLOYER_CONFIRMED');
    const early = await reviewer.data(M.approve, { input: { id, amountYuan: 12000 } });
    expect(early.approveApplication.errors[0].code).toBe('INVALID_STATE');
    const started = await reviewer.data(M.startReview, { input: { id } });
    expect(started.startReview.application).toMatchObject({ status: 'UNDER_REVIEW', nextActions: ['APPROVE', 'REJECT', 'RETURN_FOR_INFO'] });
  });

  it('asks for a reason to return, and an amount within the cap to approve', async () => {
    const noReason = await reviewer.data(M.returnForInfo, { input: { id, reason: '  ' } });
    expect(noReason.returnApplication.errors).toMatchObject([{ field: 'input.reason', code: 'REQUIRED' }]);
    const tooMuch = await reviewer.data(M.approve, { input: { id, amountYuan: 25000 } });
    expect(tooMuch.approveApplication.errors).toMatchObject([{ field: 'input.amountYuan', code: 'OUT_OF_RANGE' }]);
    const noAmount = await reviewer.data(M.approve, { input: { id } });
    expect(noAmount.approveApplication.errors).toMatchObject([{ field: 'input.amountYuan', code: 'REQUIRED' }]);
    expect(await statusOf(id)).toBe('UNDER_REVIEW');
  });

  it('returns it for information; the applicant resubmits straight back to review', async () => {
    const returned = await reviewer.data(M.returnForInfo, { input: { id, reason: '请补充近三个月租金支付凭证' } });
    expect(returned.returnApplication.application).toMatchObject({ status: 'RETURNED_FOR_INFO', waitingOn: 'APPLICANT' });
    const mine = await talent.data(`query($id: UUID!) { application(id: $id) { nextActions history { reason } } }`, { id });
    expect(mine.application.nextActions).toEqual(['RESUBMIT', 'WITHDRAW']);
    expect(mine.application.history.at(-1).reason).toBe('请补充近三个月租金支付凭证');
    const resubmitted = await talent.data(M.resubmit, { input: { id } });
    expect(resubmitted.resubmitApplication.application.status).toBe('UNDER_REVIEW');
  });

  it('approves, records the payment, and closes', async () => {
    const approved = await reviewer.data(M.approve, { input: { id, amountYuan: 12000, reason: '材料齐全' } });
    expect(approved.approveApplication.application).toMatchObject({ status: 'APPROVED', approvedAmountYuan: 12000, nextActions: ['DISBURSE'] });
    const noReference = await reviewer.data(M.disburse, { input: { id, paymentReference: '' } });
    expect(noReference.recordDisbursement.errors).toMatchObject([{ field: 'input.paymentReference', code: 'REQUIRED' }]);
    const paid = await reviewer.data(M.disburse, { input: { id, paymentReference: 'ICBC-20261128-0001' } });
    expect(paid.recordDisbursement.application).toMatchObject({ status: 'DISBURSED', paymentReference: 'ICBC-20261128-0001' });
    const closed = await reviewer.data(M.close, { input: { id } });
    expect(closed.closeApplication.application).toMatchObject({ status: 'CLOSED', waitingOn: null, nextActions: [] });
  });

  it('keeps the whole timeline, who and why, and the database refuses to edit it', async () => {
    const { application } = await talent.data(`query($id: UUID!) { application(id: $id) { history { action fromStatus toStatus reason actor { displayName } } } }`, { id });
    expect(application.history.map((h: any) => h.action)).toEqual([
      'CREATE', 'SUBMIT', 'CONFIRM_EMPLOYMENT', 'START_REVIEW', 'RETURN_FOR_INFO', 'RESUBMIT', 'APPROVE', 'DISBURSE', 'CLOSE',
    ]);
    expect(application.history[2].actor.displayName).toBe('人事 李敏');
    expect(application.history[6]).toMatchObject({ fromStatus: 'UNDER_REVIEW', toStatus: 'APPROVED', reason: '材料齐全', actor: { displayName: '审核员 陈静' } });
    await expect(app.sql("update application_events set reason = 'edited' where application_id = ?", [id])).rejects.toThrow(/append-only/);
    await expect(app.sql('delete from application_events where application_id = ?', [id])).rejects.toThrow(/append-only/);
  });
});

describe('refusals', () => {
  it('never approves a withdrawn application', async () => {
    const created = (await talent.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 5000 } })).createApplication.application;
    for (const documentId of documents) await talent.data(M.attach, { input: { applicationId: created.id, documentId } });
    await talent.data(M.submit, { input: { id: created.id } });
    const withdrawn = await talent.data(M.withdraw, { input: { id: created.id, reason: '已另行申请' } });
    expect(withdrawn.withdrawApplication.application.status).toBe('WITHDRAWN');
    for (const [query, name] of [[M.startReview, 'startReview'], [M.approve, 'approveApplication']] as const) {
      const res = await reviewer.data(query, { input: { id: created.id, amountYuan: name === 'approveApplication' ? 5000 : undefined } });
      expect(res[name].errors[0]).toMatchObject({ code: 'INVALID_STATE', message: '申请当前状态为「已撤回」，不能进行此操作。' });
    }
    expect(await statusOf(created.id)).toBe('WITHDRAWN');
  });

  it('answers a talent reading someone else\'s application exactly like a missing one', async () => {
    const created = (await talent.data(M.create, { input: { policyId: POLICY.talentApartment } })).createApplication.application;
    const stranger = await app.client();
    await stranger.signIn('talent3@yuepu.example');
    const theirs = await stranger.request(`query($id: UUID!) { application(id: $id) { id reference } }`, { id: created.id });
    const missing = await stranger.request(`query($id: UUID!) { application(id: $id) { id reference } }`, { id: '00000000-0000-4000-8000-00000000dead' });
    expect(theirs.body.data).toBeNull();
    expect(theirs.body.errors![0].message).toBe(missing.body.errors![0].message);
    expect(theirs.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    // Not even the document behind it.
    const file = await fetch(`${app.url}/files/${documents[0]}`, { headers: { cookie: stranger.sessionCookie! } });
    const none = await fetch(`${app.url}/files/00000000-0000-4000-8000-00000000dead`, { headers: { cookie: stranger.sessionCookie! } });
    expect(file.status).toBe(404);
    expect(await file.json()).toEqual(await none.json());
  });

  it('will not approve money while the policy\'s cap is not configured', async () => {
    const admin = await app.client('admin');
    const kinds = ['EMPLOYER_RECOMMENDATION', 'INCOME_PROOF', 'TAX_RECORD', 'SOCIAL_INSURANCE_RECORD'];
    const extra = await walletWith(app, talent, kinds);
    // The employer files the key-talent incentive: HR nominate, the talent adds documents and submits.
    const created = (await hr.data(`mutation($input: NominateForApplicationInput!) { nominateForApplication(input: $input) { application { id } } }`,
      { input: { policyId: POLICY.keyTalentIncentive, talentUserId: USER.talent } })).nominateForApplication.application;
    for (const documentId of [...extra, documents[1]]) await talent.data(M.attach, { input: { applicationId: created.id, documentId } });
    const submitted = await talent.data(M.submit, { input: { id: created.id } });
    // The employer's confirmation from the first application is still valid, but HR confirm an employer's filing themselves.
    expect(submitted.submitApplication.application.status).toBe('SUBMITTED');
    expect((await hr.data(M.confirm, { input: { id: created.id, ...EMPLOYMENT, previousYearIncomeYuan: 500000 } })).confirmEmployment.errors).toEqual([]);
    await reviewer.data(M.startReview, { input: { id: created.id } });
    // The administrator takes the (sample) cap back to 待配置 while the application is in review.
    await configureCap(admin, POLICY.keyTalentIncentive, null);
    const res = await reviewer.data(M.approve, { input: { id: created.id, amountYuan: 50000 } });
    expect(res.approveApplication.errors[0]).toMatchObject({ field: 'input.amountYuan', code: 'INVALID_STATE' });
    expect(res.approveApplication.errors[0].message).toContain('待配置');
  });

  it('declines employment with a reason; the resubmission goes back to HR', async () => {
    const talent2 = await app.client();
    await talent2.signIn('talent2@yuepu.example');
    const docs = await walletWith(app, talent2, ['ID_CARD', 'LABOUR_CONTRACT', 'NO_PROPERTY_STATEMENT']);
    // A flat application says which layout and from which month (checked on submission).
    const answers = [{ key: 'layout', value: 'ONE_BEDROOM' }, { key: 'moveInMonth', value: shanghaiToday().slice(0, 7) }];
    const created = (await talent2.data(M.create, { input: { policyId: POLICY.talentApartment, answers } })).createApplication.application;
    for (const documentId of docs) await talent2.data(M.attach, { input: { applicationId: created.id, documentId } });
    await talent2.data(M.submit, { input: { id: created.id } });
    const noReason = await hr.data(M.decline, { input: { id: created.id } });
    expect(noReason.declineEmployment.errors[0].code).toBe('REQUIRED');
    const declined = await hr.data(M.decline, { input: { id: created.id, reason: '劳动合同版本不是最新' } });
    expect(declined.declineEmployment.application.status).toBe('RETURNED_FOR_INFO');
    const again = await talent2.data(M.resubmit, { input: { id: created.id } });
    expect(again.resubmitApplication.application.status).toBe('SUBMITTED');
    expect(await eventCount(created.id)).toBe(4);
  });

  it('keeps reviewers from acting as applicants', async () => {
    const res = await reviewer.request(M.create, { input: { policyId: POLICY.housingSubsidy } });
    expect(res.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
