import { describe, expect, it } from 'vitest';
import { grantLimitProblems, grantLimitsChecks, grantLimitsOf, NO_GRANT_LIMITS, periodStart, type GrantLimits } from './grant-limits.js';
import { upgradeRuleData, validateRuleData } from './rule-kinds.js';
import { HOUSING_SUBSIDY_CRITERIA } from './policy-criteria.rules.js';

const limits = (over: Partial<GrantLimits>): GrantLimits => ({ ...NO_GRANT_LIMITS, ...over });
const source = { version: 3, ruleSetNameZh: '人才安居资助条件和金额', ruleSetNameEn: 'Talent housing subsidy conditions and amounts', legalBasis: '测试文件第 5 条' };
const now = new Date('2026-07-01T04:00:00Z');

describe('per-person grant limits', () => {
  it('not configured means no limit of that kind', () => {
    expect(grantLimitProblems(NO_GRANT_LIMITS, { grants: 14, grantsInPeriod: 14, amountYuan: 115_000 }, 50_000, source, now)).toEqual([]);
  });

  it('a lifetime count of 1 refuses the second grant, naming the limit and the rule version', () => {
    const [problem, ...rest] = grantLimitProblems(limits({ maxGrantsPerPerson: 1 }), { grants: 1, grantsInPeriod: 0, amountYuan: 0 }, null, source, now);
    expect(rest).toEqual([]);
    expect(problem?.limit).toBe('maxGrantsPerPerson');
    expect(problem?.message.zh).toContain('已获批本政策 1 次，每人最多 1 次');
    expect(problem?.message.zh).toContain('「人才安居资助条件和金额」第 3 版，依据：测试文件第 5 条');
    expect(problem?.message.en).toContain('version 3');
    expect(grantLimitProblems(limits({ maxGrantsPerPerson: 1 }), { grants: 0, grantsInPeriod: 0, amountYuan: 0 }, null, source, now)).toEqual([]);
  });

  it('a count per calendar year or per rolling months says which period', () => {
    const year = grantLimitProblems(limits({ maxGrantsPerPeriod: 1 }), { grants: 3, grantsInPeriod: 1, amountYuan: 0 }, null, source, now);
    expect(year.map((p) => p.limit)).toEqual(['maxGrantsPerPeriod']);
    expect(year[0]?.message.zh).toContain('2026 年内已获批本政策 1 次，每个自然年最多 1 次');
    const rolling = grantLimitProblems(limits({ maxGrantsPerPeriod: 2, period: 'ROLLING_MONTHS', periodMonths: 24 }), { grants: 2, grantsInPeriod: 2, amountYuan: 0 }, null, source, now);
    expect(rolling[0]?.message.en).toContain('2 time(s) in the last 24 months, and the limit is 2 per 24 months');
  });

  it('a lifetime amount refuses what would go over and says how much is left', () => {
    const [problem] = grantLimitProblems(limits({ maxAmountYuanPerPerson: 50_000 }), { grants: 2, grantsInPeriod: 0, amountYuan: 45_000 }, 8_000, source, now);
    expect(problem?.limit).toBe('maxAmountYuanPerPerson');
    expect(problem?.message.zh).toContain('已累计获批 45,000 元，加上本次 8,000 元共 53,000 元，每人累计最多 50,000 元；本次最多可批准 5,000 元');
    expect(grantLimitProblems(limits({ maxAmountYuanPerPerson: 50_000 }), { grants: 2, grantsInPeriod: 0, amountYuan: 45_000 }, 5_000, source, now)).toEqual([]);
    // No money, no amount limit.
    expect(grantLimitProblems(limits({ maxAmountYuanPerPerson: 1 }), { grants: 2, grantsInPeriod: 0, amountYuan: 0 }, null, source, now)).toEqual([]);
  });

  it('periods start at midnight Shanghai time', () => {
    // 2027-01-01 01:00 in Shanghai is still 2026 in UTC.
    expect(periodStart(limits({}), new Date('2026-12-31T17:00:00Z')).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(periodStart(limits({}), new Date('2026-12-31T15:00:00Z')).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(periodStart(limits({ period: 'ROLLING_MONTHS', periodMonths: 12 }), now).toISOString()).toBe('2025-07-01T04:00:00.000Z');
  });

  it('refuses limits that contradict themselves before they are stored', () => {
    expect(grantLimitsChecks(limits({ period: 'ROLLING_MONTHS' })).map((p) => p.path)).toEqual(['grantLimits.periodMonths']);
    expect(grantLimitsChecks(limits({ periodMonths: 6 })).map((p) => p.path)).toEqual(['grantLimits.periodMonths']);
    expect(grantLimitsChecks(limits({ maxGrantsPerPerson: 1, maxGrantsPerPeriod: 2 })).map((p) => p.path)).toEqual(['grantLimits.maxGrantsPerPeriod']);
    const bad = structuredClone(HOUSING_SUBSIDY_CRITERIA);
    bad.grantLimits.maxGrantsPerPerson = 0;
    expect(validateRuleData('ELIGIBILITY_CRITERIA', bad).map((p) => p.path)).toEqual(['grantLimits.maxGrantsPerPerson']);
  });

  it('criteria stored before limits existed read as no limits, and a new version starts from that', () => {
    const { grantLimits: _, ...old } = HOUSING_SUBSIDY_CRITERIA;
    expect(grantLimitsOf(old)).toEqual(NO_GRANT_LIMITS);
    expect(validateRuleData('ELIGIBILITY_CRITERIA', old).map((p) => p.path)).toEqual(['grantLimits']);
    expect(validateRuleData('ELIGIBILITY_CRITERIA', upgradeRuleData('ELIGIBILITY_CRITERIA', old))).toEqual([]);
    expect(upgradeRuleData('ELIGIBILITY_CRITERIA', HOUSING_SUBSIDY_CRITERIA)).toBe(HOUSING_SUBSIDY_CRITERIA);
  });
});
