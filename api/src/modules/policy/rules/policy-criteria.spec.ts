import { describe, expect, it } from 'vitest';
import { PolicyInputError } from './common.js';
import { checkPolicyCriteria, factsUsedBy, type PolicyCriteriaRules } from './policy-criteria.js';
import {
  HOUSING_SUBSIDY_CRITERIA,
  KEY_TALENT_INCENTIVE_CRITERIA,
  RESIDENCE_POINTS_APPLICATION_CRITERIA,
  TALENT_APARTMENT_CRITERIA,
  TALENT_INTRODUCTION_CRITERIA,
} from './policy-criteria.rules.js';
import type { EligibilityFacts } from './eligibility-facts.js';
import { DEFAULT_YEARLY_PARAMETERS, type YearlyParameters } from './yearly-parameters.rules.js';

const AS_OF = new Date('2026-11-28T04:00:00Z');
const WAGE_12000: YearlyParameters = { ...DEFAULT_YEARLY_PARAMETERS, cityAverageMonthlyWage: { yuan: 12_000, dataYear: 2026, source: 'test' } };
const check = (facts: EligibilityFacts, rules: PolicyCriteriaRules, params = DEFAULT_YEARLY_PARAMETERS) => checkPolicyCriteria(facts, rules, params, AS_OF);
const byCode = (result: ReturnType<typeof check>, code: string) => result.criteria.find((c) => c.code === code)!;

const APARTMENT_OK: EligibilityFacts = {
  employerRegisteredInBaoshan: true,
  employerMeetsPolicyConditions: true,
  ownsHomeInBaoshanOrNearby: false,
  laborContractMonths: 24,
  education: 'BACHELOR_WITH_DEGREE',
};

describe('checkPolicyCriteria: 宝山区人才公寓', () => {
  it('is LIKELY_ELIGIBLE for a bachelor with a 2-year contract, every criterion explained with its basis', () => {
    const result = check(APARTMENT_OK, TALENT_APARTMENT_CRITERIA);
    expect(result.verdict).toBe('LIKELY_ELIGIBLE');
    expect(result.criteria.every((c) => c.status === 'MET' && c.legalBasis.includes('宝山区人才公寓管理暂行办法'))).toBe(true);
    expect(byCode(result, 'TALENT_LEVEL').explanation.zh).toContain('本科及学士学位');
    expect(result.disclaimer.zh).toContain('初步判断');
  });

  it('an 11-month contract fails with the rule in the explanation and a fix', () => {
    const c = byCode(check({ ...APARTMENT_OK, laborContractMonths: 11 }, TALENT_APARTMENT_CRITERIA), 'CONTRACT_ONE_YEAR');
    expect(c.status).toBe('NOT_MET');
    expect(c.explanation.zh).toContain('劳动合同期限 11 个月，须不少于 12 个月');
    expect(c.howToChange?.en).toContain('contract of a year or more');
  });

  it('owning a home fails; the verdict is NOT_ELIGIBLE even with facts missing', () => {
    const result = check({ ownsHomeInBaoshanOrNearby: true }, TALENT_APARTMENT_CRITERIA);
    expect(result.verdict).toBe('NOT_ELIGIBLE');
    expect(byCode(result, 'NO_HOME_IN_BAOSHAN').status).toBe('NOT_MET');
  });

  it('"any of": an associate diploma alone is NOT_MET only when every other option is answered no', () => {
    const partial = byCode(check({ education: 'ASSOCIATE' }, TALENT_APARTMENT_CRITERIA), 'TALENT_LEVEL');
    expect(partial.status).toBe('UNKNOWN');
    expect(partial.explanation.en).toContain('any one of');
    const allNo = byCode(
      check({ education: 'ASSOCIATE', titleOrSkill: 'SKILL_4', highLevelTalentDistrictOrAbove: false, midOrSeniorManager: false, recommendedByEmployerAndApproved: false }, TALENT_APARTMENT_CRITERIA),
      'TALENT_LEVEL',
    );
    expect(allNo.status).toBe('NOT_MET');
    expect(byCode(check({ education: 'NONE', titleOrSkill: 'SKILL_3' }, TALENT_APARTMENT_CRITERIA), 'TALENT_LEVEL').status).toBe('MET');
  });

  it('asks for what is missing, in both languages', () => {
    const result = check({}, TALENT_APARTMENT_CRITERIA);
    expect(result.verdict).toBe('NEEDS_INFORMATION');
    expect(byCode(result, 'CONTRACT_ONE_YEAR').explanation.zh).toContain('请提供：劳动合同期限');
  });

  it('lists the facts its criteria read, for the web form', () => {
    expect(factsUsedBy(TALENT_APARTMENT_CRITERIA)).toEqual([
      'employerRegisteredInBaoshan',
      'employerMeetsPolicyConditions',
      'ownsHomeInBaoshanOrNearby',
      'laborContractMonths',
      'highLevelTalentDistrictOrAbove',
      'midOrSeniorManager',
      'titleOrSkill',
      'education',
      'recommendedByEmployerAndApproved',
    ]);
  });
});

describe('checkPolicyCriteria: 居住证积分 application conditions', () => {
  it('4 of the last 12 months: needs 2 more, from 2027-01', () => {
    const c = byCode(check({ socialInsuranceMonthsInLast12: 4 }, RESIDENCE_POINTS_APPLICATION_CRITERIA), 'SIX_OF_LAST_12_MONTHS');
    expect(c.status).toBe('NOT_MET');
    expect(c.howToChange?.en).toBe('needs 2 more months; at the current rate you qualify from 2027-01');
    expect(c.howToChange?.zh).toBe('还需 2 个月；按目前情况持续，预计 2027-01 起满足');
  });

  it.each([
    [5, 'NOT_MET'],
    [6, 'MET'],
  ] as const)('%i months is %s', (months, status) => {
    expect(byCode(check({ socialInsuranceMonthsInLast12: months }, RESIDENCE_POINTS_APPLICATION_CRITERIA), 'SIX_OF_LAST_12_MONTHS').status).toBe(status);
  });

  it('a serious criminal record vetoes', () => {
    expect(byCode(check({ hasSeriousCriminalRecord: true }, RESIDENCE_POINTS_APPLICATION_CRITERIA), 'NO_SERIOUS_CRIMINAL_RECORD').status).toBe('NOT_MET');
  });
});

describe('checkPolicyCriteria: 骨干人才专项激励 and the yearly wage', () => {
  it('without a configured average wage the income criterion is UNKNOWN and marked not configured', () => {
    const c = byCode(check({ previousYearPreTaxIncomeYuan: 600_000 }, KEY_TALENT_INCENTIVE_CRITERIA), 'INCOME_THREE_TIMES_AVERAGE');
    expect(c.status).toBe('UNKNOWN');
    expect(c.notConfigured).toBe(true);
    expect(c.explanation.zh).toContain('待配置');
  });

  it('with a wage of 12,000 a month the bar is 432,000 a year', () => {
    const below = byCode(check({ previousYearPreTaxIncomeYuan: 431_999 }, KEY_TALENT_INCENTIVE_CRITERIA, WAGE_12000), 'INCOME_THREE_TIMES_AVERAGE');
    expect(below.status).toBe('NOT_MET');
    expect(below.explanation.en).toContain('432,000 yuan');
    expect(below.explanation.en).toContain('1 yuan short');
    expect(byCode(check({ previousYearPreTaxIncomeYuan: 432_000 }, KEY_TALENT_INCENTIVE_CRITERIA, WAGE_12000), 'INCOME_THREE_TIMES_AVERAGE').status).toBe('MET');
  });

  it('a district state-owned employer is out of scope', () => {
    expect(byCode(check({ employerIsDistrictStateOwned: true }, KEY_TALENT_INCENTIVE_CRITERIA), 'NOT_DISTRICT_STATE_OWNED').status).toBe('NOT_MET');
  });
});

describe('checkPolicyCriteria: 人才引进 categories', () => {
  const cases: [EligibilityFacts, string][] = [
    [{ education: 'DOCTOR' }, 'MET'],
    [{ titleOrSkill: 'SKILL_1_OR_SENIOR_TITLE' }, 'MET'],
    [{ keyInstitutionRecommended: true, education: 'MASTER' }, 'MET'],
    [{ keyInstitutionRecommended: true, education: 'ASSOCIATE' }, 'UNKNOWN'],
  ];
  it.each(cases)('%o → %s', (facts, status) => {
    expect(byCode(check(facts, TALENT_INTRODUCTION_CRITERIA), 'TALENT_CATEGORY').status).toBe(status);
  });
});

describe('checkPolicyCriteria: not configured and bad facts', () => {
  it('a policy without rules says so instead of guessing', () => {
    const result = check({ education: 'MASTER' }, HOUSING_SUBSIDY_CRITERIA);
    expect(result.verdict).toBe('NEEDS_INFORMATION');
    expect(result.criteria).toEqual([expect.objectContaining({ code: 'RULES_NOT_CONFIGURED', status: 'UNKNOWN', notConfigured: true })]);
    expect(result.criteria[0]?.explanation.zh).toContain('待管理员依据官方文件配置');
  });

  it('refuses out-of-range facts with field errors', () => {
    try {
      check({ laborContractMonths: -1, age: 200, education: 'PHD' as never }, TALENT_APARTMENT_CRITERIA);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).errors.map((e) => [e.field, e.code])).toEqual([
        ['age', 'OUT_OF_RANGE'],
        ['laborContractMonths', 'OUT_OF_RANGE'],
        ['education', 'INVALID_OPTION'],
      ]);
    }
  });
});
