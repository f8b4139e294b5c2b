import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, RULE_SET } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, M, newApplicant, secondReviewer, submittedApplication, type Applicant } from './helpers.js';
import { shanghaiToday } from '../../../api/src/core/time/shanghai.js';

// Issue 10 item 6: per-person limits from rule data (grants per person, per period, lifetime
// amount), checked when a reviewer approves.

let app: TestApp;
let admin: GraphQLClient;
let hr: GraphQLClient;
let reviewer: GraphQLClient;
let otherReviewer: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.client('admin');
  await configureCap(admin, POLICY.housingSubsidy, 50000);
  [hr, reviewer, otherReviewer] = await Promise.all([app.client('hr'), app.client('reviewer'), secondReviewer(app, admin)]);
});
afterAll(async () => {
  await app.close();
});

const CREATE_RULE_VERSION = `mutation($input: CreateRuleVersionInput!) { createRuleVersion(input: $input) { ruleVersion { id version data } errors { field code message } } }`;

interface Limits { maxGrantsPerPerson?: number | null; maxGrantsPerPeriod?: number | null; period?: string; periodMonths?: number | null; maxAmountYuanPerPerson?: number | null }

/** An administrator sets the housing subsidy's limits (all of them, from today) as a new rule version; returns its number. */
async function setLimits(limits: Limits, ruleSetId = RULE_SET.housingSubsidy): Promise<number> {
  const all = { maxGrantsPerPerson: null, maxGrantsPerPeriod: null, period: 'CALENDAR_YEAR', periodMonths: null, maxAmountYuanPerPerson: null, ...limits };
  const res = await admin.data(CREATE_RULE_VERSION, { input: {
    ruleSetId, effectiveFrom: shanghaiToday(),
    changes: Object.entries(all).map(([key, value]) => ({ path: `grantLimits.${key}`, value })),
    legalBasis: '测试：区人才办内部规定（示例）', noteZh: '设置每人限额（测试）', noteEn: 'Per-person limits (test)',
  } });
  expect(res.createRuleVersion.errors).toEqual([]);
  return res.createRuleVersion.ruleVersion.version;
}

/** An application of `who`, submitted, confirmed by HR and under review. */
async function underReview(who: Applicant, amount = 10000): Promise<{ id: string; version: number }> {
  const submitted = await submittedApplication(who.client, POLICY.housingSubsidy, who.documents, amount);
  if (submitted.status === 'SUBMITTED') await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
  return (await reviewer.data(M.startReview, { input: { id: submitted.id } })).startReview.application;
}

/** Approved and paid out, so the person may apply again (one open application per policy). */
async function granted(who: Applicant, amount: number): Promise<string> {
  const { id } = await underReview(who, amount);
  const approved = await reviewer.data(M.approve, { input: { id, amountYuan: amount } });
  expect(approved.approveApplication.errors).toEqual([]);
  await reviewer.data(M.disburse, { input: { id, paymentReference: `PAY-${id.slice(0, 8)}` } });
  return id;
}

const stateOf = async (id: string) => (await app.sql<{ status: string; version: number; approved_amount_yuan: number | null; approvals: number }>(
  `select status, version, approved_amount_yuan, (select count(*)::int from application_events where application_id = a.id and action = 'APPROVE') as approvals from applications a where id = ?`, [id]))[0];

describe('per-person limits refuse an approval, naming the limit and the rule version', () => {
  it('one grant per person: the second approval is refused in words, and nothing changes', async () => {
    const version = await setLimits({ maxGrantsPerPerson: 1 });
    const who = await newApplicant(app);
    await granted(who, 10000);
    const second = await underReview(who);
    const before = await stateOf(second.id);
    const res = await reviewer.data(M.approve, { input: { id: second.id, amountYuan: 10000, expectedVersion: second.version } });
    expect(res.approveApplication.application).toBeNull();
    expect(res.approveApplication.errors).toEqual([{ field: null, code: 'OUT_OF_RANGE',
      message: `超过每人获批次数上限：该申请人已获批本政策 1 次，每人最多 1 次，不能再批准（「人才安居资助条件和金额（待配置）」第 ${version} 版，依据：测试：区人才办内部规定（示例））。` }]);
    expect(res.approveApplication.errors[0].message).toContain(`第 ${version} 版`);
    expect(await stateOf(second.id)).toEqual(before);
    const en = await reviewer.request(M.approve, { input: { id: second.id, amountYuan: 10000 } }, { 'accept-language': 'en' });
    expect(en.body.data.approveApplication.errors[0].message).toMatch(new RegExp(`^Over the limit of grants per person: .* granted this policy 1 time\\(s\\), and the limit is 1 per person.*version ${version}`));
    // A rejection is not a grant: another person with a rejected case may still be approved once.
    const other = await newApplicant(app);
    const rejected = await underReview(other);
    await reviewer.data(M.reject, { input: { id: rejected.id, reason: '材料不符' } });
    const retry = await underReview(other);
    expect((await reviewer.data(M.approve, { input: { id: retry.id, amountYuan: 10000 } })).approveApplication.errors).toEqual([]);
  });

  it('a lifetime amount: over it is refused beside the amount, saying how much is left; within it passes and the history names the rule version', async () => {
    const version = await setLimits({ maxAmountYuanPerPerson: 15000 });
    const who = await newApplicant(app);
    await granted(who, 10000);
    const second = await underReview(who, 8000);
    const refused = await reviewer.data(M.approve, { input: { id: second.id, amountYuan: 8000 } });
    expect(refused.approveApplication.errors).toEqual([{ field: 'input.amountYuan', code: 'OUT_OF_RANGE', message: expect.stringContaining('本次最多可批准 5,000 元') }]);
    expect(refused.approveApplication.errors[0].message).toContain('每人累计最多 15,000 元');
    const ok = await reviewer.data(M.approve, { input: { id: second.id, amountYuan: 5000 } });
    expect(ok.approveApplication.errors).toEqual([]);
    const [event] = await app.sql<{ data: any }>(`select data from application_events where application_id = ? and action = 'APPROVE'`, [second.id]);
    expect(event.data.grantLimits).toMatchObject({ ruleVersion: version, before: { grants: 1, amountYuan: 10000 } });
  });

  it('per calendar year and per rolling months: only grants inside the period count', async () => {
    const who = await newApplicant(app);
    // A grant approved 11 months ago, kept in the database as the history has it.
    const past = new Date(Date.now() - 330 * 86_400_000);
    await app.sql(`insert into applications (id, reference, policy_id, applicant_id, status, answers, approved_amount_yuan) values (gen_random_uuid(), 'YP-PAST-000001', ?, ?, 'CLOSED', '{}', 9000)`, [POLICY.housingSubsidy, who.id]);
    await app.sql(`insert into application_events (id, application_id, action, from_status, to_status, at) select gen_random_uuid(), id, 'APPROVE', 'UNDER_REVIEW', 'APPROVED', ? from applications where reference = 'YP-PAST-000001'`, [past]);
    const pastYear = Number(shanghaiToday(past).slice(0, 4)) < Number(shanghaiToday().slice(0, 4));

    await setLimits({ maxGrantsPerPeriod: 1, period: 'ROLLING_MONTHS', periodMonths: 12 });
    const current = await underReview(who);
    const rolling = await reviewer.data(M.approve, { input: { id: current.id, amountYuan: 10000 } });
    expect(rolling.approveApplication.errors).toEqual([{ field: null, code: 'OUT_OF_RANGE', message: expect.stringContaining('近 12 个月内已获批本政策 1 次') }]);

    await setLimits({ maxGrantsPerPeriod: 1, period: 'ROLLING_MONTHS', periodMonths: 6 });
    expect((await reviewer.data(M.approve, { input: { id: current.id, amountYuan: 10000, reason: '近 6 个月内未获批' } })).approveApplication.errors).toEqual([]);
    // The calendar year depends on today's date: last year's grant does not count, this year's does.
    await setLimits({ maxGrantsPerPeriod: 1 });
    await reviewer.data(M.disburse, { input: { id: current.id, paymentReference: 'PAY-PERIOD-01' } });
    const third = await underReview(who);
    const yearly = await reviewer.data(M.approve, { input: { id: third.id, amountYuan: 10000 } });
    expect(yearly.approveApplication.errors).toEqual([{ field: null, code: 'OUT_OF_RANGE', message: expect.stringContaining(`${shanghaiToday().slice(0, 4)} 年内已获批本政策 ${pastYear ? 1 : 2} 次，每个自然年最多 1 次`) }]);
  });

  it('values the sources do not give stay not configured: no limit of that kind', async () => {
    await setLimits({});
    const who = await newApplicant(app);
    await granted(who, 10000);
    await granted(who, 10000);
    const third = await underReview(who);
    expect((await reviewer.data(M.approve, { input: { id: third.id, amountYuan: 10000 } })).approveApplication.errors).toEqual([]);
  });
});

/**
 * A second case of the same person under review beside `of`: possible only for cases that were
 * already open side by side before the one-open rule (its migration marked them grandfathered).
 */
async function legacyDuplicate(of: string, n: number): Promise<string> {
  const [row] = await app.sql<{ id: string }>(
    `insert into applications (id, reference, policy_id, applicant_id, enterprise_id, status, answers, requested_amount_yuan, submitted_at, grandfathered)
     select gen_random_uuid(), ?, policy_id, applicant_id, enterprise_id, 'UNDER_REVIEW', answers, requested_amount_yuan, submitted_at, true from applications where id = ?
     returning id`, [`YP-OLD-${of.slice(0, 4)}-${n}`, of]);
  return row.id;
}

describe('parallel approvals of one person\'s applications', () => {
  it('two reviewers approving two different applications of one person at once do not both pass a limit of 1', async () => {
    await setLimits({ maxGrantsPerPerson: 1 });
    const who = await newApplicant(app);
    const first = await underReview(who);
    const second = { id: await legacyDuplicate(first.id, 1) };
    const [a, b] = await Promise.all([
      reviewer.data(M.approve, { input: { id: first.id, amountYuan: 10000 } }),
      otherReviewer.data(M.approve, { input: { id: second.id, amountYuan: 10000 } }),
    ]);
    const outcomes = [a.approveApplication, b.approveApplication];
    console.log(`parallel approvals, limit 1 per person: ${outcomes.filter((o) => o.application).length} approved, ${outcomes.filter((o) => o.errors.length).length} refused by the limit`);
    expect(outcomes.filter((o) => o.application?.status === 'APPROVED')).toHaveLength(1);
    expect(outcomes.find((o) => o.errors.length)!.errors).toEqual([{ field: null, code: 'OUT_OF_RANGE', message: expect.stringContaining('每人最多 1 次') }]);
    const approvals = await app.sql(`select e.id from application_events e join applications a on a.id = e.application_id where a.applicant_id = ? and e.action = 'APPROVE'`, [who.id]);
    expect(approvals).toHaveLength(1);
  });

  it('six of one person\'s cases approved at once by two reviewers under a lifetime amount of 25,000: at most 25,000 approved', async () => {
    await setLimits({ maxAmountYuanPerPerson: 25000 });
    const who = await newApplicant(app);
    const first = await underReview(who);
    const cases = [first, ...(await Promise.all([2, 3, 4, 5, 6].map(async (n) => ({ id: await legacyDuplicate(first.id, n) }))))];
    const outcomes = await Promise.all(cases.map((c, i) => (i % 2 ? otherReviewer : reviewer).data(M.approve, { input: { id: c.id, amountYuan: 10000 } })));
    expect(outcomes.filter((o) => o.approveApplication.application)).toHaveLength(2);
    const [sum] = await app.sql<{ total: number }>(`select coalesce(sum(approved_amount_yuan), 0)::int as total from applications where applicant_id = ?`, [who.id]);
    expect(sum.total).toBe(20000);
  });
});

describe('where an administrator sets the limits', () => {
  it('rule data stored before limits existed can still be changed: the new version starts from "no limits"', async () => {
    await app.sql(`update rule_versions set data = data - 'grantLimits' where rule_set_id = ?`, [RULE_SET.keyTalentIncentive]);
    const version = await setLimits({ maxGrantsPerPeriod: 1 }, RULE_SET.keyTalentIncentive);
    // Version 2 is the sample data's illustrative cap.
    expect(version).toBe(3);
    const [row] = await app.sql<{ data: any }>(`select data from rule_versions where rule_set_id = ? and version = 3`, [RULE_SET.keyTalentIncentive]);
    expect(row.data.grantLimits).toMatchObject({ maxGrantsPerPeriod: 1, period: 'CALENDAR_YEAR', maxGrantsPerPerson: null });
  });

  it('refuses limits that contradict themselves, beside the change', async () => {
    const res = await admin.data(CREATE_RULE_VERSION, { input: {
      ruleSetId: RULE_SET.housingSubsidy, effectiveFrom: shanghaiToday(),
      changes: [{ path: 'grantLimits.period', value: 'ROLLING_MONTHS' }, { path: 'grantLimits.periodMonths', value: null }],
      noteZh: '测试', noteEn: 'test',
    } });
    expect(res.createRuleVersion.errors).toEqual([expect.objectContaining({ field: 'input.changes.1.value', code: 'INVALID' })]);
  });
});
