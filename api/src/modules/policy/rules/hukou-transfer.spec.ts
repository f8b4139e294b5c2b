import { describe, expect, it } from 'vitest';
import { PolicyInputError } from './common.js';
import { type HukouTransferFacts, checkHukouTransfer, validateHukouTransferFacts } from './hukou-transfer.js';
import { DEFAULT_HUKOU_TRANSFER_RULES as RULES, HUKOU_CRITERIA, type HukouCriterion } from './hukou-transfer.rules.js';

const AS_OF = new Date('2026-03-15T04:00:00Z');

// Seven full years of everything, intermediate title matching the job.
const ELIGIBLE: HukouTransferFacts = {
  permitMonthsHeld: 84,
  socialInsuranceMonthsWhileHolding: 84,
  paidShanghaiIncomeTax: true,
  taxAndInsuranceSameEmployer: true,
  titleLevel: 'INTERMEDIATE_OR_TECHNICIAN',
  titleMatchesJob: true,
  hasCriminalRecord: false,
  monthsAtMarketBaseInLast48: 36,
  applicationMonthAtMarketBase: true,
};

const check = (facts: HukouTransferFacts) => checkHukouTransfer(facts, RULES, AS_OF);
const criterionOf = (facts: HukouTransferFacts, code: HukouCriterion) => {
  const found = check(facts).criteria.find((c) => c.code === code);
  if (!found) throw new Error(`no criterion ${code}`);
  return found;
};

describe('checkHukouTransfer', () => {
  it('is LIKELY_ELIGIBLE when every basic condition holds, with a legal basis per criterion', () => {
    const result = check(ELIGIBLE);
    expect(result.verdict).toBe('LIKELY_ELIGIBLE');
    expect(result.requiredYears).toBe(7);
    expect(result.criteria.map((c) => c.code)).toEqual([...HUKOU_CRITERIA]);
    expect(result.criteria.every((c) => c.status === 'MET')).toBe(true);
    expect(result.criteria.every((c) => c.legalBasis.includes('持有〈上海市居住证〉人员申办本市常住户口办法'))).toBe(true);
    expect(result.disclaimer.en).toContain('preliminary');
  });

  it('says how many more months of social insurance are needed and from when', () => {
    const c = criterionOf({ ...ELIGIBLE, socialInsuranceMonthsWhileHolding: 60 }, 'SOCIAL_INSURANCE_YEARS');
    expect(c.status).toBe('NOT_MET');
    expect(c.howToChange?.en).toContain('Needs 24 more months of social insurance; at the current rate you qualify from 2028-03');
    expect(c.howToChange?.zh).toContain('还需缴纳社保 24 个月');
    expect(check({ ...ELIGIBLE, socialInsuranceMonthsWhileHolding: 60 }).verdict).toBe('NOT_ELIGIBLE');
  });

  it.each([
    [83, 'NOT_MET'],
    [84, 'MET'],
  ] as const)('permit held %i months is %s', (permitMonthsHeld, status) => {
    const c = criterionOf({ ...ELIGIBLE, permitMonthsHeld, socialInsuranceMonthsWhileHolding: 12 * 7 - 1 }, 'PERMIT_YEARS');
    expect(c.status).toBe(status);
    if (status === 'NOT_MET') expect(c.howToChange?.en).toContain('Needs 1 more months holding the permit; if you keep holding it you qualify from 2026-04');
  });

  it('marks missing facts UNKNOWN and asks for information', () => {
    const result = check({ permitMonthsHeld: 90, socialInsuranceMonthsWhileHolding: 90 });
    expect(result.verdict).toBe('NEEDS_INFORMATION');
    const unknown = result.criteria.filter((c) => c.status === 'UNKNOWN').map((c) => c.code);
    expect(unknown).toEqual(['SHANGHAI_INCOME_TAX', 'TAX_AND_INSURANCE_SAME_EMPLOYER', 'TITLE', 'NO_CRIMINAL_RECORD', 'MARKET_BASE']);
  });

  it('with no facts at all, every criterion is UNKNOWN', () => {
    expect(check({}).criteria.every((c) => c.status === 'UNKNOWN')).toBe(true);
  });

  it('treats null, as GraphQL sends for omitted fields, as unknown rather than "no"', () => {
    const nulls = { hasCriminalRecord: null, paidShanghaiIncomeTax: null, permitMonthsHeld: null } as unknown as HukouTransferFacts;
    const result = check(nulls);
    expect(result.criteria.every((c) => c.status === 'UNKNOWN')).toBe(true);
  });

  it('a failed condition outweighs missing facts', () => {
    expect(check({ hasCriminalRecord: true }).verdict).toBe('NOT_ELIGIBLE');
  });

  it.each([
    ['paidShanghaiIncomeTax', 'SHANGHAI_INCOME_TAX'],
    ['taxAndInsuranceSameEmployer', 'TAX_AND_INSURANCE_SAME_EMPLOYER'],
  ] as const)('%s = false fails %s with a fix', (field, code) => {
    const c = criterionOf({ ...ELIGIBLE, [field]: false }, code);
    expect(c.status).toBe('NOT_MET');
    expect(c.howToChange).toBeDefined();
  });

  it('a criminal record fails', () => {
    expect(criterionOf({ ...ELIGIBLE, hasCriminalRecord: true }, 'NO_CRIMINAL_RECORD').status).toBe('NOT_MET');
  });

  describe('TITLE', () => {
    it.each([
      ['NONE', 'NOT_MET'],
      ['JUNIOR', 'NOT_MET'],
      ['INTERMEDIATE_OR_TECHNICIAN', 'MET'],
      ['SENIOR_OR_SENIOR_TECHNICIAN', 'MET'],
    ] as const)('%s is %s', (titleLevel, status) => {
      expect(criterionOf({ ...ELIGIBLE, titleLevel }, 'TITLE').status).toBe(status);
    });

    it('needs the title to match the job', () => {
      expect(criterionOf({ ...ELIGIBLE, titleMatchesJob: false }, 'TITLE').status).toBe('NOT_MET');
      expect(criterionOf({ ...ELIGIBLE, titleMatchesJob: undefined }, 'TITLE').status).toBe('UNKNOWN');
    });

    it('says how to change a missing title', () => {
      expect(criterionOf({ ...ELIGIBLE, titleLevel: 'JUNIOR' }, 'TITLE').howToChange?.en).toContain('2× the average wage for 3 consecutive years');
    });

    it.each([
      [{ baseAtLeast2xLast3Years: true }, 'MET'],
      [{ keyPostPay: true }, 'MET'],
      [{ entrepreneurAvgAnnualTaxWan: 100 }, 'MET'],
      [{ entrepreneurAvgAnnualTaxWan: 99.9 }, 'NOT_MET'],
      [{ entrepreneurAvgAnnualShanghaiHires: 100 }, 'MET'],
      [{ entrepreneurAvgAnnualShanghaiHires: 99 }, 'NOT_MET'],
    ] as const)('incentive %j waives the title requirement: %s', (incentive, status) => {
      const c = criterionOf({ ...ELIGIBLE, titleLevel: 'JUNIOR', ...incentive }, 'TITLE');
      expect(c.status).toBe(status);
      if (status === 'MET') expect(c.explanation.en).toContain('the title requirement does not apply');
    });
  });

  describe('incentives on years', () => {
    it('a provincial award lifts the 7-year requirements', () => {
      const result = check({ ...ELIGIBLE, permitMonthsHeld: 12, socialInsuranceMonthsWhileHolding: 12, provincialAwardOrAbove: true });
      expect(result.requiredYears).toBeNull();
      expect(result.verdict).toBe('LIKELY_ELIGIBLE');
      expect(result.criteria[0]?.explanation.en).toContain('the 7-year requirement for holding the residence permit does not apply');
    });

    it('a senior title lifts them too, unless it does not match the job', () => {
      const senior = { ...ELIGIBLE, titleLevel: 'SENIOR_OR_SENIOR_TECHNICIAN', permitMonthsHeld: 24, socialInsuranceMonthsWhileHolding: 24 } as const;
      expect(check(senior).verdict).toBe('LIKELY_ELIGIBLE');
      expect(criterionOf({ ...senior, titleMatchesJob: false }, 'PERMIT_YEARS').status).toBe('NOT_MET');
    });

    it('5 continuous years in outer-suburb public service shorten 7 years to 5', () => {
      const facts = { ...ELIGIBLE, permitMonthsHeld: 60, socialInsuranceMonthsWhileHolding: 60 };
      expect(check({ ...facts, remotePublicServiceContinuousYears: 4 }).verdict).toBe('NOT_ELIGIBLE');
      const result = check({ ...facts, remotePublicServiceContinuousYears: 5 });
      expect(result.requiredYears).toBe(5);
      expect(result.verdict).toBe('LIKELY_ELIGIBLE');
      expect(result.criteria[0]?.explanation.en).toContain('5 years (60 months) are required instead of 7 years');
    });

    it('Lingang: 3 years there shorten to 5; recommended core talent with 2 years there to 3', () => {
      expect(check({ ...ELIGIBLE, lingangYears: 2 }).requiredYears).toBe(7);
      expect(check({ ...ELIGIBLE, lingangYears: 3 }).requiredYears).toBe(5);
      expect(check({ ...ELIGIBLE, lingangYears: 2, lingangRecommendedCoreTalent: true }).requiredYears).toBe(3);
      expect(check({ ...ELIGIBLE, lingangYears: 1, lingangRecommendedCoreTalent: true }).requiredYears).toBe(7);
      const c = criterionOf({ ...ELIGIBLE, permitMonthsHeld: 30, socialInsuranceMonthsWhileHolding: 30, lingangYears: 2, lingangRecommendedCoreTalent: true }, 'SOCIAL_INSURANCE_YEARS');
      expect(c.howToChange?.en).toContain('Needs 6 more months of social insurance; at the current rate you qualify from 2026-09');
    });
  });

  describe('MARKET_BASE (≥1.3× for 36 of 48 months and the application month)', () => {
    it.each([
      [35, true, 'NOT_MET'],
      [36, true, 'MET'],
      [48, true, 'MET'],
      [36, false, 'NOT_MET'],
      [36, undefined, 'UNKNOWN'],
      [undefined, true, 'UNKNOWN'],
      [10, undefined, 'NOT_MET'],
    ] as const)('%s months, application month %s: %s', (monthsAtMarketBaseInLast48, applicationMonthAtMarketBase, status) => {
      expect(criterionOf({ ...ELIGIBLE, monthsAtMarketBaseInLast48, applicationMonthAtMarketBase }, 'MARKET_BASE').status).toBe(status);
    });

    it('gives the earliest month and warns about the rolling window', () => {
      const c = criterionOf({ ...ELIGIBLE, monthsAtMarketBaseInLast48: 30, applicationMonthAtMarketBase: false }, 'MARKET_BASE');
      expect(c.howToChange?.en).toContain('Needs 6 more months at 1.3×; if every month from now qualifies, from 2026-09 at the earliest');
      expect(c.howToChange?.en).toContain('The base in the month you apply must be at least 1.3×');
    });
  });

  it('reads its thresholds from rule data', () => {
    const rules = structuredClone(RULES);
    rules.requiredYears = 6;
    const result = checkHukouTransfer({ ...ELIGIBLE, permitMonthsHeld: 72, socialInsuranceMonthsWhileHolding: 72 }, rules, AS_OF);
    expect(result.verdict).toBe('LIKELY_ELIGIBLE');
    expect(JSON.parse(JSON.stringify(RULES))).toEqual(RULES);
  });
});

describe('validateHukouTransferFacts', () => {
  const codes = (facts: unknown) => validateHukouTransferFacts(facts as HukouTransferFacts, RULES).map((e) => `${e.field}:${e.code}`);

  it.each([
    [{ permitMonthsHeld: -1 }, 'permitMonthsHeld:OUT_OF_RANGE'],
    [{ permitMonthsHeld: 12 * 1000 }, 'permitMonthsHeld:OUT_OF_RANGE'],
    [{ socialInsuranceMonthsWhileHolding: 2.5 }, 'socialInsuranceMonthsWhileHolding:NOT_AN_INTEGER'],
    [{ monthsAtMarketBaseInLast48: 49 }, 'monthsAtMarketBaseInLast48:OUT_OF_RANGE'],
    [{ lingangYears: 1000 }, 'lingangYears:OUT_OF_RANGE'],
    [{ titleLevel: 'PROFESSOR' }, 'titleLevel:INVALID_OPTION'],
    [{ hasCriminalRecord: 'no' }, 'hasCriminalRecord:NOT_A_BOOLEAN'],
    [{ permitMonthsHeld: 24, socialInsuranceMonthsWhileHolding: 30 }, 'socialInsuranceMonthsWhileHolding:OUT_OF_RANGE'],
  ])('refuses %j', (facts, expected) => {
    expect(codes(facts)).toEqual([expected]);
  });

  it('accepts an empty or complete set of facts', () => {
    expect(codes({})).toEqual([]);
    expect(codes(ELIGIBLE)).toEqual([]);
  });

  it('check throws on invalid facts or an invalid date', () => {
    expect(() => check({ permitMonthsHeld: -5 })).toThrow(PolicyInputError);
    expect(() => checkHukouTransfer(ELIGIBLE, RULES, new Date('nonsense'))).toThrow(PolicyInputError);
  });
});
