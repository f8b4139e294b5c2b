import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_SET, RULE_VERSION } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CREATE_RULE_VERSION, ESTIMATE, firstError, nextYearStart, today, type Item } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const TIER_INPUT = { age: 30, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: 8, socialInsuranceMonths: 36, socialInsuranceBaseTier: 'FROM_1_TO_2X' };
const estimate = async (asOf?: string) => (await (await app.client()).data(ESTIMATE, { input: TIER_INPUT, asOf })).residencePointsEstimate;
const tierText = (result: { items: Item[] }) => result.items.find((i) => i.indicator === 'SOCIAL_INSURANCE_BASE_TIER')!.explanation;
const ruleRows = () => app.sql<{ n: number }>('select count(*)::int as n from rule_versions');
const auditRows = () => app.sql<{ n: number }>('select count(*)::int as n from audit_entries');

const wageChange = (effectiveFrom: string, yuan: unknown = 12_434) => ({
  input: {
    ruleSetId: RULE_SET.yearlyParameters,
    effectiveFrom,
    changes: [
      { path: 'cityAverageMonthlyWage.yuan', value: yuan },
      { path: 'cityAverageMonthlyWage.dataYear', value: Number(effectiveFrom.slice(0, 4)) - 1 },
      { path: 'cityAverageMonthlyWage.source', value: '上海市人社局公布的上年度全市职工月平均工资（测试数据）' },
    ],
    noteZh: '录入上年度社平工资',
    noteEn: "Entered last year's city average wage",
  },
});

describe('an administrator changes the city average wage in a new version dated next year', () => {
  it('leaves today\'s estimate as it was, uses the new wage from next year, and the audit log shows who', async () => {
    const before = await estimate();
    expect(tierText(before).zh).toContain('待配置');

    const admin = await app.client('admin');
    const created = (await admin.data(CREATE_RULE_VERSION, wageChange(nextYearStart()))).createRuleVersion;
    expect(created.errors).toEqual([]);
    expect(created.ruleVersion).toMatchObject({
      version: 2,
      effectiveFrom: nextYearStart(),
      ruleSet: { code: 'yearly-parameters' },
      createdBy: { email: 'admin@yuepu.example' },
      data: { cityAverageMonthlyWage: { yuan: 12_434 } },
    });

    // Today: the very same result as before, naming the first version.
    const after = await estimate();
    expect(after).toEqual(before);
    expect(after.parametersVersion.id).toBe(RULE_VERSION.yearlyParameters);

    // Next year: the new version and its wage, points unchanged (the tier is given as a ratio).
    const nextYear = await estimate(nextYearStart());
    expect(nextYear.parametersVersion).toMatchObject({ id: created.ruleVersion.id, version: 2, effectiveFrom: nextYearStart() });
    expect(tierText(nextYear).zh).toContain('月缴费基数 12,434 元至 24,868 元（不含）');
    expect(tierText(nextYear).en).toContain('12,434 to under 24,868 yuan');
    expect(nextYear.items.find((i: Item) => i.indicator === 'TITLE_OR_SKILL').explanation.zh).toContain('不低于 12,434 元');
    expect(nextYear.total).toBe(before.total);
    // The day before still uses version 1.
    const dayBefore = `${Number(nextYearStart().slice(0, 4)) - 1}-12-31`;
    expect((await estimate(dayBefore)).parametersVersion.id).toBe(RULE_VERSION.yearlyParameters);

    const audit = (await admin.data(`query($id: UUID) { auditEntries(entityType: "RuleSet", entityId: $id) { totalCount edges { node { action actor { email displayName } summaryZh summaryEn changes createdAt } } } }`, { id: RULE_SET.yearlyParameters })).auditEntries;
    expect(audit.totalCount).toBe(1);
    const entry = audit.edges[0].node;
    expect(entry).toMatchObject({ action: 'RULE_VERSION_CREATED', actor: { email: 'admin@yuepu.example', displayName: '系统管理员' } });
    expect(entry.summaryZh).toContain(`系统管理员 新建「年度参数`);
    expect(entry.summaryZh).toContain(`自 ${nextYearStart()} 起施行`);
    expect(entry.changes).toContainEqual({ path: 'cityAverageMonthlyWage.yuan', from: null, to: 12_434 });
  });

  it('the key-talent income criterion uses the wage from the day it applies', async () => {
    const check = `query($facts: EligibilityFactsInput!, $asOf: LocalDate) { checkEligibility(policyId: "00000000-0000-4000-8000-000000004007", facts: $facts, asOf: $asOf) { criteria { code status notConfigured explanation { zh } } parametersVersion { version } } }`;
    const client = await app.client();
    const income = (r: any) => r.checkEligibility.criteria.find((c: any) => c.code === 'INCOME_THREE_TIMES_AVERAGE');
    const now = await client.data(check, { facts: { previousYearPreTaxIncomeYuan: 500_000 } });
    expect(income(now)).toMatchObject({ status: 'UNKNOWN', notConfigured: true });
    const later = await client.data(check, { facts: { previousYearPreTaxIncomeYuan: 500_000 }, asOf: nextYearStart() });
    // 3 × 12 × 12,434 = 447,624
    expect(income(later)).toMatchObject({ status: 'MET', notConfigured: false });
    expect(income(later).explanation.zh).toContain('447,624');
    expect(later.checkEligibility.parametersVersion.version).toBe(2);
  });

  it('the audit log cannot be edited, even directly in the database', async () => {
    await expect(app.sql("update audit_entries set summary_zh = '改写'")).rejects.toThrow(/append-only/);
    await expect(app.sql('delete from audit_entries')).rejects.toThrow(/append-only/);
  });
});

describe('refusals leave the rules unchanged', () => {
  it.each(['talent', 'reviewer', 'hr'] as const)('%s may not create a rule version', async (who) => {
    const [rulesBefore, auditBefore] = [await ruleRows(), await auditRows()];
    const res = await (await app.client(who)).request(CREATE_RULE_VERSION, wageChange(nextYearStart(), 99_999));
    expect(firstError(res).extensions.code).toBe('FORBIDDEN');
    expect(await ruleRows()).toEqual(rulesBefore);
    expect(await auditRows()).toEqual(auditBefore);
  });

  it('a visitor is asked to sign in', async () => {
    const res = await (await app.client()).request(CREATE_RULE_VERSION, wageChange(nextYearStart(), 99_999));
    expect(firstError(res).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('non-admins do not see who created a version, nor the audit log', async () => {
    const res = await (await app.client('reviewer')).request(`{ auditEntries { totalCount } }`);
    expect(firstError(res).extensions.code).toBe('FORBIDDEN');
  });

  it('validates the values and the date, beside each change, and stores nothing', async () => {
    const [rulesBefore, auditBefore] = [await ruleRows(), await auditRows()];
    const admin = await app.client('admin', 'en');
    const res = (
      await admin.data(CREATE_RULE_VERSION, {
        input: {
          ruleSetId: RULE_SET.yearlyParameters,
          effectiveFrom: '2024-01-01',
          changes: [
            { path: 'cityAverageMonthlyWage.yuan', value: -5 },
            { path: 'cityAverageMonthlyWage.euro', value: 1 },
          ],
          noteZh: '',
          noteEn: 'bad',
        },
      })
    ).createRuleVersion;
    expect(res.ruleVersion).toBeNull();
    expect(res.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['input.effectiveFrom', 'OUT_OF_RANGE'],
      ['input.noteZh', 'REQUIRED'],
    ]);
    const later = (
      await admin.data(CREATE_RULE_VERSION, {
        input: { ruleSetId: RULE_SET.yearlyParameters, effectiveFrom: nextYearStart(), changes: [{ path: 'cityAverageMonthlyWage.yuan', value: -5 }, { path: 'cityAverageMonthlyWage.euro', value: 1 }], noteZh: '试', noteEn: 'try' },
      })
    ).createRuleVersion;
    expect(later.errors).toEqual([{ field: 'input.changes.1.path', code: 'INVALID', message: 'cityAverageMonthlyWage.euro: does not exist in the rule data' }]);
    const negative = (
      await admin.data(CREATE_RULE_VERSION, {
        input: { ruleSetId: RULE_SET.residencePoints, effectiveFrom: nextYearStart(), changes: [{ path: 'age.maxPoints', value: 'thirty' }, { path: 'education.points.MASTER', value: -1 }], noteZh: '试', noteEn: 'try' },
      })
    ).createRuleVersion;
    expect(negative.errors).toEqual([
      { field: 'input.changes.0.value', code: 'INVALID', message: 'age.maxPoints: must be a number' },
      { field: 'input.changes.1.value', code: 'INVALID', message: 'education.points.MASTER: must be at least 0' },
    ]);
    expect(await ruleRows()).toEqual(rulesBefore);
    expect(await auditRows()).toEqual(auditBefore);
  });

  it('an unknown rule set is a field error', async () => {
    const res = (await (await app.client('admin')).data(CREATE_RULE_VERSION, { input: { ...wageChange(nextYearStart()).input, ruleSetId: '00000000-0000-4000-8000-00000000ffff' } })).createRuleVersion;
    expect(res.errors).toMatchObject([{ field: 'input.ruleSetId', code: 'NOT_FOUND' }]);
  });
});

describe('point tables are rule data too', () => {
  it('a later change to an indicator applies from its date only; estimates before it keep the old value and version', async () => {
    const admin = await app.client('admin');
    const from = `${Number(today().slice(0, 4)) + 2}-07-01`;
    const res = (
      await admin.data(CREATE_RULE_VERSION, {
        input: { ruleSetId: RULE_SET.residencePoints, effectiveFrom: from, changes: [{ path: 'freshGraduate.points', value: 15 }], noteZh: '应届生加分调整（测试）', noteEn: 'New-graduate bonus changed (test)' },
      })
    ).createRuleVersion;
    expect(res.errors).toEqual([]);
    const client = await app.client();
    const bonus = async (asOf?: string) => {
      const r = (await client.data(ESTIMATE, { input: { age: 25, education: 'BACHELOR_WITH_DEGREE', freshGraduate: true }, asOf })).residencePointsEstimate;
      return [r.items.find((i: Item) => i.indicator === 'FRESH_GRADUATE').points, r.ruleVersion.version];
    };
    expect(await bonus()).toEqual([10, 1]);
    expect(await bonus(from)).toEqual([15, 2]);
  });
});
