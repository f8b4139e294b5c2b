import { describe, expect, it } from 'vitest';
import { DEFAULT_TALENT_APARTMENT_RULES, type TalentApartmentRules, validateRuleData } from '../policy/index.js';
import { rulesInForceOn, subsidySchedule, type LeaseMonths, type VersionedRules } from './subsidy.js';

const V1: VersionedRules = { id: 'v1', version: 1, effectiveFrom: '2023-01-01', data: DEFAULT_TALENT_APARTMENT_RULES };
const withChanges = (id: string, version: number, effectiveFrom: string, change: (d: TalentApartmentRules) => void): VersionedRules => {
  const data = structuredClone(DEFAULT_TALENT_APARTMENT_RULES);
  change(data);
  return { id, version, effectiveFrom, data };
};
const lease = (leaseId: string, startMonth: string, endMonth: string, rentYuan: number, category: LeaseMonths['category'] = 'STANDARD'): LeaseMonths => ({ leaseId, startMonth, endMonth, rentYuan, category });
const yuan = (fen: number) => fen / 100;

describe('the monthly subsidy: rate × rent, capped per month', () => {
  it('pays 30% of a 2,800 yuan rent in full (840.00) and caps 30% of 3,800 (1,140) at 1,000', () => {
    const [below] = subsidySchedule([lease('a', '2027-01', '2027-01', 2800)], [V1]);
    const [above] = subsidySchedule([lease('b', '2027-01', '2027-01', 3800)], [V1]);
    expect(below).toMatchObject({ outcome: 'SUBSIDISED', ratePercent: 30, capYuan: 1000, subsidyFen: 84_000, capped: false, ruleVersionId: 'v1' });
    expect(above).toMatchObject({ outcome: 'SUBSIDISED', subsidyFen: 100_000, capped: true });
  });

  it('gives excellent overseas talent 50% up to 2,000: 1,200.00 on 2,400 yuan, 2,000 on 5,200', () => {
    expect(subsidySchedule([lease('a', '2027-01', '2027-01', 2400, 'OVERSEAS_EXCELLENT')], [V1])[0]).toMatchObject({ subsidyFen: 1200 * 100 });
    expect(subsidySchedule([lease('b', '2027-01', '2027-01', 5200, 'OVERSEAS_EXCELLENT')], [V1])[0]).toMatchObject({ subsidyFen: 200_000, capped: true });
  });

  it('keeps fen exact: 30% of 2,345 yuan is 703.50', () => {
    expect(subsidySchedule([lease('a', '2027-01', '2027-01', 2345)], [V1])[0]?.subsidyFen).toBe(70_350);
  });
});

describe('the 36-month limit per person, across all their leases', () => {
  it('subsidises 24 + 12 months of two leases, then nothing: months 37–48 reach the limit', () => {
    const months = subsidySchedule([lease('second', '2029-01', '2030-12', 2600), lease('first', '2027-01', '2028-12', 2600)], [V1]);
    expect(months).toHaveLength(48);
    const paid = months.filter((m) => m.outcome === 'SUBSIDISED');
    expect(paid).toHaveLength(36);
    expect(paid.at(-1)).toMatchObject({ leaseId: 'second', month: '2029-12', subsidyMonthNumber: 36 });
    expect(months.filter((m) => m.outcome === 'LIMIT_REACHED').map((m) => m.month)).toEqual(
      ['2030-01', '2030-02', '2030-03', '2030-04', '2030-05', '2030-06', '2030-07', '2030-08', '2030-09', '2030-10', '2030-11', '2030-12'],
    );
    // 36 × 780.00 = 28,080.00
    expect(yuan(paid.reduce((sum, m) => sum + m.subsidyFen, 0))).toBe(28_080);
  });

  it('counts a month once even if two leases cover it', () => {
    const months = subsidySchedule([lease('a', '2027-01', '2027-03', 2000), lease('b', '2027-03', '2027-04', 2000)], [V1]);
    expect(months.map((m) => `${m.leaseId}:${m.month}:${m.outcome}`)).toEqual(['a:2027-01:SUBSIDISED', 'a:2027-02:SUBSIDISED', 'a:2027-03:SUBSIDISED', 'b:2027-03:OVERLAP', 'b:2027-04:SUBSIDISED']);
  });

  it('gives nothing for a lease given up before it began', () => {
    expect(subsidySchedule([lease('a', '2027-01', '2026-12', 2000)], [V1])).toEqual([]);
  });
});

describe('a rule change applies from its effective date only', () => {
  const v2 = withChanges('v2', 2, '2027-04-15', (d) => {
    d.subsidy.tiers.STANDARD.ratePercent = 25;
    d.subsidy.tiers.STANDARD.monthlyCapYuan = 800;
  });

  it('uses version 1 through April (in force on April 1) and version 2 from May: 4 × 1,000 + 8 × 800 = 10,400', () => {
    const months = subsidySchedule([lease('a', '2027-01', '2027-12', 3800)], [V1, v2]);
    expect(months.map((m) => [m.month, m.ruleVersion, yuan(m.subsidyFen)])).toEqual([
      ['2027-01', 1, 1000], ['2027-02', 1, 1000], ['2027-03', 1, 1000], ['2027-04', 1, 1000],
      ['2027-05', 2, 800], ['2027-06', 2, 800], ['2027-07', 2, 800], ['2027-08', 2, 800],
      ['2027-09', 2, 800], ['2027-10', 2, 800], ['2027-11', 2, 800], ['2027-12', 2, 800],
    ]);
    expect(yuan(months.reduce((s, m) => s + m.subsidyFen, 0))).toBe(10_400);
  });

  it('applies a lower month limit from its date, counting the months already had', () => {
    const v3 = withChanges('v3', 2, '2027-07-01', (d) => { d.subsidy.maxMonthsPerPerson = 6; });
    const months = subsidySchedule([lease('a', '2027-01', '2027-12', 2000)], [V1, v3]);
    expect(months.filter((m) => m.outcome === 'SUBSIDISED').map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(months.find((m) => m.month === '2027-07')).toMatchObject({ outcome: 'LIMIT_REACHED', ruleVersion: 2, maxMonths: 6 });
  });

  it('says NOT_CONFIGURED for months before any version', () => {
    expect(subsidySchedule([lease('a', '2022-12', '2023-01', 2000)], [V1]).map((m) => m.outcome)).toEqual(['NOT_CONFIGURED', 'SUBSIDISED']);
  });

  it('picks the latest effective date, then the highest version', () => {
    const same = withChanges('v2b', 3, '2023-01-01', () => {});
    expect(rulesInForceOn([V1, same], '2024-01-01')!.id).toBe('v2b');
    expect(rulesInForceOn([V1], '2022-12-31')).toBeNull();
  });
});

describe('TALENT_APARTMENT rule data', () => {
  it('accepts the seeded rules and refuses a rate over 100% or a zero month limit', () => {
    expect(validateRuleData('TALENT_APARTMENT', DEFAULT_TALENT_APARTMENT_RULES)).toEqual([]);
    const bad = structuredClone(DEFAULT_TALENT_APARTMENT_RULES);
    bad.subsidy.tiers.STANDARD.ratePercent = 130;
    bad.subsidy.maxMonthsPerPerson = 0;
    expect(validateRuleData('TALENT_APARTMENT', bad).map((p) => p.path)).toEqual(['subsidy.tiers.STANDARD.ratePercent', 'subsidy.maxMonthsPerPerson']);
  });
});
