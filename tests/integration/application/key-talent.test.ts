import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, configureWage, EMPLOYMENT, M, mutation, newApplicant, secondReviewer, type Applicant } from './helpers.js';

// Issue 17 item 7: the key-talent incentive (宝人社规〔2022〕8号) is filed by the employer. HR
// nominate, the talent adds the documents and submits, HR confirm the facts the policy's
// conditions are about (income ≥ 3× the average wage, contract ≥ 3 years, 6 months of social
// insurance), and the reviewer approves the configured award.

let app: TestApp;
let hr: GraphQLClient;
let reviewer: GraphQLClient;
let otherReviewer: GraphQLClient;
const AWARD = 80_000;
/** 12,000 a month: the bar is 3 × 12 × 12,000 = 432,000 a year. */
const WAGE = 12_000;
const KEY_TALENT_DOCUMENTS = ['EMPLOYER_RECOMMENDATION', 'LABOUR_CONTRACT', 'INCOME_PROOF', 'TAX_RECORD', 'SOCIAL_INSURANCE_RECORD'];

beforeAll(async () => {
  app = await startTestApp();
  const admin = await app.client('admin');
  [hr, reviewer, otherReviewer] = await Promise.all([app.client('hr'), app.client('reviewer'), secondReviewer(app, admin)]);
  await configureCap(admin, POLICY.keyTalentIncentive, AWARD);
});
afterAll(async () => {
  await app.close();
});

const NOMINATE = `mutation($input: NominateForApplicationInput!) { nominateForApplication(input: $input) { application { id status requestedAmountYuan } errors { field code message } } }`;
const CONFIRM = mutation('confirmEmployment', 'ConfirmEmploymentInput');
const SNAPSHOT = `query($id: UUID!) { application(id: $id) { status eligibilitySnapshot } }`;

/** HR nominate a new member of staff at sample enterprise 1; the talent attaches the documents and submits. */
async function filedByHr(): Promise<{ id: string; applicant: Applicant }> {
  const applicant = await newApplicant(app, KEY_TALENT_DOCUMENTS);
  const nominated = (await hr.data(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: applicant.id } })).nominateForApplication;
  expect(nominated.errors).toEqual([]);
  const { id } = nominated.application;
  for (const documentId of applicant.documents) await applicant.client.data(M.attach, { input: { applicationId: id, documentId } });
  const submitted = (await applicant.client.data(M.submit, { input: { id } })).submitApplication;
  expect(submitted.errors).toEqual([]);
  return { id, applicant };
}

/** What a refused call must leave as it was. */
async function stateOf(id: string) {
  const [row] = await app.sql<{ status: string; version: number; employment_confirmation_id: string | null; approved_amount_yuan: number | null }>(
    'select status, version, employment_confirmation_id, approved_amount_yuan from applications where id = ?', [id]);
  const [counts] = await app.sql<{ events: number; confirmations: number }>(
    'select (select count(*)::int from application_events where application_id = ?) as events, (select count(*)::int from employment_confirmations) as confirmations', [id]);
  return { ...row, ...counts };
}

const criterion = (snapshot: any, code: string) => snapshot.criteria.find((c: any) => c.code === code);

describe('a talent cannot start the key-talent incentive alone', () => {
  it('refuses the talent\'s own application, in both languages, and a reviewer filing it at the counter, writing nothing', async () => {
    const talent = await newApplicant(app, []);
    const zh = await talent.client.data(M.create, { input: { policyId: POLICY.keyTalentIncentive, requestedAmountYuan: 10_000 } });
    expect(zh.createApplication.errors).toEqual([{ field: 'input.policyId', code: 'INVALID_STATE', message: '该项由单位申报，个人不能自行发起：请联系单位人事在平台上推荐您，推荐后您会收到通知并补充材料。' }]);
    const en = await talent.client.request(M.create, { input: { policyId: POLICY.keyTalentIncentive } }, { 'accept-language': 'en' });
    expect(en.body.data.createApplication.errors[0].message).toMatch(/^Your employer files this one/);
    const walkIn = await reviewer.data(`mutation($input: FileWalkInApplicationInput!) { fileWalkInApplication(input: $input) { errors { field code } } }`,
      { input: { policyId: POLICY.keyTalentIncentive, talentUserId: talent.id, documentsSeen: [] } });
    expect(walkIn.fileWalkInApplication.errors).toContainEqual({ field: 'input.policyId', code: 'INVALID_STATE' });
    expect(await app.sql('select id from applications where applicant_id = ?', [talent.id])).toEqual([]);
  });

  it('says on the form that the employer files it', async () => {
    const { applicationForm } = await (await app.client()).data(`query($id: UUID!) { applicationForm(policyId: $id) { employerNominates } }`, { id: POLICY.keyTalentIncentive });
    expect(applicationForm.employerNominates).toBe(true);
  });
});

describe('HR file for their staff', () => {
  it('accepts HR\'s facts while the average wage is not configured, and the check says the income cannot be judged yet', async () => {
    const { id } = await filedByHr();
    const res = (await hr.data(CONFIRM, { input: { id, ...EMPLOYMENT, previousYearIncomeYuan: 300_000 } })).confirmEmployment;
    expect(res.errors).toEqual([]);
    const { application } = await hr.data(SNAPSHOT, { id });
    expect(application.status).toBe('EMPLOYER_CONFIRMED');
    expect(criterion(application.eligibilitySnapshot, 'INCOME_THREE_TIMES_AVERAGE')).toMatchObject({ status: 'UNKNOWN', explanation: { zh: expect.stringContaining('待配置') } });
  });

  it('asks for the configured award, and waits for HR even when another confirmation is still valid', async () => {
    await configureWage(await app.client('admin'), WAGE);
    const applicant = await newApplicant(app, KEY_TALENT_DOCUMENTS);
    // A confirmation given for another application, valid for a year: not reused for a filing by the employer.
    await app.sql(`insert into employment_confirmations (id, talent_id, enterprise_id, confirmed_by_id, contract_start, position, social_insurance_months, valid_until)
      select ?, ?, ?, id, '2024-03-01', '工程师', 30, current_date + 300 from users where email = 'hr@yuepu.example'`, [randomUUID(), applicant.id, ORG.enterprises[0]]);
    const nominated = (await hr.data(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: applicant.id } })).nominateForApplication;
    expect(nominated.application).toMatchObject({ status: 'DRAFT', requestedAmountYuan: AWARD });
    for (const documentId of applicant.documents) await applicant.client.data(M.attach, { input: { applicationId: nominated.application.id, documentId } });
    const submitted = (await applicant.client.data(M.submit, { input: { id: nominated.application.id } })).submitApplication;
    expect(submitted.application).toMatchObject({ status: 'SUBMITTED', waitingOn: 'EMPLOYER_HR' });
  });

  it('refuses facts below the policy\'s conditions with a message on each field, and changes nothing', async () => {
    const { id } = await filedByHr();
    const before = await stateOf(id);
    const low = (await hr.data(CONFIRM, { input: { id, ...EMPLOYMENT, previousYearIncomeYuan: 431_999 } })).confirmEmployment;
    expect(low.application).toBeNull();
    expect(low.errors).toEqual([{ field: 'input.employment.previousYearIncomeYuan', code: 'OUT_OF_RANGE', message: expect.stringMatching(/不符合（.*432,000 元），还差 1 元）。$/) }]);

    const short = (await hr.data(CONFIRM, { input: { id, contractStart: '2025-06-01', contractEnd: '2027-05-31', position: '研发主管', socialInsuranceMonths: 5, previousYearIncomeYuan: 500_000 } })).confirmEmployment;
    expect(short.errors.map((e: any) => [e.field, e.code])).toEqual([['input.employment.contractEnd', 'OUT_OF_RANGE'], ['input.employment.socialInsuranceMonths', 'OUT_OF_RANGE']]);
    expect(short.errors[0].message).toContain('劳动合同期限 24 个月，须不少于 36 个月');
    const en = await hr.request(CONFIRM, { input: { id, ...EMPLOYMENT, previousYearIncomeYuan: 100_000 } }, { 'accept-language': 'en' });
    expect(en.body.data.confirmEmployment.errors[0].message).toMatch(/not met \(.*332,000 yuan short\)\.$/);

    const none = (await hr.data(CONFIRM, { input: { id, ...EMPLOYMENT } })).confirmEmployment;
    expect(none.errors).toEqual([{ field: 'input.employment.previousYearIncomeYuan', code: 'REQUIRED', message: '单位申报的政策须填写上一年度税前收入（元），用于核对收入条件。' }]);
    expect(await stateOf(id)).toEqual(before);
  });

  it('refuses hostile input, changing nothing', async () => {
    const { id } = await filedByHr();
    const before = await stateOf(id);
    for (const income of [-1, 1_000_000_001]) {
      const res = (await hr.data(CONFIRM, { input: { id, ...EMPLOYMENT, previousYearIncomeYuan: income } })).confirmEmployment;
      expect(res.errors, String(income)).toEqual([expect.objectContaining({ field: 'input.employment.previousYearIncomeYuan', code: 'OUT_OF_RANGE' })]);
    }
    const tooBig = await hr.request(CONFIRM, { input: { id, ...EMPLOYMENT, previousYearIncomeYuan: 1e12 } });
    expect(tooBig.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const nul = (await hr.data(CONFIRM, { input: { id, ...EMPLOYMENT, position: '主管\u0000', previousYearIncomeYuan: 500_000 } })).confirmEmployment;
    expect(nul.errors).toEqual([expect.objectContaining({ code: 'INVALID' })]);
    const long = (await hr.data(CONFIRM, { input: { id, ...EMPLOYMENT, position: '长'.repeat(100_000), previousYearIncomeYuan: 500_000 } })).confirmEmployment;
    expect(long.errors.length).toBeGreaterThan(0);
    const malformed = await hr.request(CONFIRM, { input: { id: 'not-an-id', ...EMPLOYMENT, previousYearIncomeYuan: 500_000 } });
    expect(malformed.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const otherEnterprise = await (await app.client('hr2')).request(CONFIRM, { input: { id, ...EMPLOYMENT, previousYearIncomeYuan: 500_000 } });
    expect(otherEnterprise.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await stateOf(id)).toEqual(before);
  });

  it('takes HR\'s confirmation once when sent twice at once, into the eligibility check, and the reviewer approves the configured award once', async () => {
    const { id, applicant } = await filedByHr();
    const [a, b] = await Promise.all([0, 1].map(() => hr.data(CONFIRM, { input: { id, ...EMPLOYMENT, contractEnd: null, previousYearIncomeYuan: 500_000 } })));
    const outcomes = [a.confirmEmployment, b.confirmEmployment];
    expect(outcomes.filter((o) => o.errors.length === 0)).toHaveLength(1);
    expect(outcomes.flatMap((o) => o.errors.map((e: any) => e.code))).toEqual(['INVALID_STATE']);
    expect(await app.sql('select id from employment_confirmations where talent_id = ?', [applicant.id])).toHaveLength(1);

    const { application } = await reviewer.data(SNAPSHOT, { id });
    expect(application.eligibilitySnapshot.employerConfirmed).toBe(true);
    expect(criterion(application.eligibilitySnapshot, 'INCOME_THREE_TIMES_AVERAGE')).toMatchObject({ status: 'MET', explanation: { zh: expect.stringContaining('500,000') } });
    expect(criterion(application.eligibilitySnapshot, 'CONTRACT_THREE_YEARS').status).toBe('MET');
    expect(criterion(application.eligibilitySnapshot, 'INSURED_SIX_MONTHS').status).toBe('MET');
    expect(criterion(application.eligibilitySnapshot, 'KEY_POST').status).toBe('MET');

    await reviewer.data(M.startReview, { input: { id } });
    const before = await stateOf(id);
    const other = (await reviewer.data(M.approve, { input: { id, amountYuan: 50_000 } })).approveApplication;
    expect(other.errors).toEqual([{ field: 'input.amountYuan', code: 'INVALID', message: `该政策按配置的激励金额 ${AWARD} 元批准，不能改为其他金额（可不填金额）。` }]);
    expect(await stateOf(id)).toEqual(before);

    const [x, y] = await Promise.all([reviewer, otherReviewer].map((r) => r.data(M.approve, { input: { id } })));
    const decisions = [x.approveApplication, y.approveApplication];
    expect(decisions.filter((d) => d.errors.length === 0).map((d) => d.application)).toEqual([expect.objectContaining({ status: 'APPROVED', approvedAmountYuan: AWARD })]);
    expect(decisions.flatMap((d) => d.errors.map((e: any) => e.code))).toEqual(['INVALID_STATE']);
    expect(await app.sql(`select id from application_events where application_id = ? and action = 'APPROVE'`, [id])).toHaveLength(1);
  });
});
