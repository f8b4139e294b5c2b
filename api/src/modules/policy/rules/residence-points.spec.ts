import { describe, expect, it } from 'vitest';
import { PolicyInputError } from './common.js';
import {
  type ResidencePointsInput,
  type ResidencePointsResult,
  estimateResidencePoints,
  validateResidencePointsInput,
} from './residence-points.js';
import {
  DEFAULT_RESIDENCE_POINTS_RULES as RULES,
  RESIDENCE_INDICATORS,
  type ResidenceIndicator,
  type ResidencePointsRules,
} from './residence-points.rules.js';

const estimate = (input: ResidencePointsInput, rules: ResidencePointsRules = RULES) => estimateResidencePoints(input, rules);
const itemOf = (result: ResidencePointsResult, indicator: ResidenceIndicator) => {
  const found = result.items.find((i) => i.indicator === indicator);
  if (!found) throw new Error(`no item ${indicator}`);
  return found;
};
const pointsOf = (input: ResidencePointsInput, indicator: ResidenceIndicator, rules: ResidencePointsRules = RULES) =>
  itemOf(estimate(input, rules), indicator).points;
const withRules = (patch: (r: ResidencePointsRules) => void): ResidencePointsRules => {
  const copy = structuredClone(RULES);
  patch(copy);
  return copy;
};

// Age 44 scores 29, so using it keeps other indicators visible in totals without hitting 120 by accident.
const OLDER = 44;

describe('estimateResidencePoints: POLICY.md §1.7 public worked examples', () => {
  it('本科+学位 90 + age 30 = 120 meets the standard', () => {
    const result = estimate({ age: 30, education: 'BACHELOR_WITH_DEGREE' });
    expect(result.total).toBe(120);
    expect(result.meetsStandard).toBe(true);
  });

  it('大专 50 + 紧缺 30 + age 30 = 110; four years of social insurance (12) passes 120', () => {
    const base: ResidencePointsInput = { age: 30, education: 'ASSOCIATE', shortageMajor: true };
    expect(estimate(base).total).toBe(110);
    expect(estimate(base).meetsStandard).toBe(false);
    const withInsurance = estimate({ ...base, socialInsuranceMonths: 48 });
    expect(withInsurance.total).toBe(122);
    expect(withInsurance.meetsStandard).toBe(true);
  });

  it('大专 50 + 0.8–1× base 25 + age 30 + 5 years 15 = 120', () => {
    const result = estimate({
      age: 30,
      education: 'ASSOCIATE',
      socialInsuranceBaseTier: 'FROM_0_8_TO_1X',
      socialInsuranceMonths: 60,
    });
    expect(result.total).toBe(120);
    expect(result.meetsStandard).toBe(true);
  });

  it('三级技能 60 + 0.8–1× 25 + age 30 + 3 years 9 = 124', () => {
    const result = estimate({
      age: 30,
      titleOrSkill: 'SKILL_3',
      socialInsuranceBaseTier: 'FROM_0_8_TO_1X',
      socialInsuranceMonths: 36,
    });
    expect(result.total).toBe(124);
    expect(itemOf(result, 'TITLE_OR_SKILL').points).toBe(60);
  });

  it('age 44 (29) + 大专 50 + 8 years 24 = 103', () => {
    const result = estimate({ age: 44, education: 'ASSOCIATE', socialInsuranceMonths: 96 });
    expect(result.total).toBe(103);
    expect(result.meetsStandard).toBe(false);
  });

  it('中级职称 100 + age 30 = 130, only with 6 months at a base ≥ the average wage', () => {
    const title: ResidencePointsInput = { age: 30, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE' };
    expect(estimate({ ...title, monthsBaseAtLeastAverageInLast12: 6 }).total).toBe(130);
    expect(estimate(title).total).toBe(30);
  });
});

describe('AGE', () => {
  it.each([
    [18, 30],
    [30, 30],
    [43, 30],
    [44, 29],
    [45, 27],
    [50, 17],
    [52, 13],
    [55, 7],
    [56, 5],
    [60, 5],
    [61, 0],
    [70, 0],
  ])('age %i scores %i', (age, points) => {
    expect(pointsOf({ age }, 'AGE')).toBe(points);
  });

  it('explains the full-points band in both languages', () => {
    const { explanation } = itemOf(estimate({ age: 29 }), 'AGE');
    expect(explanation.zh).toBe('年龄 29 岁：≤43 岁积满 30 分');
    expect(explanation.en).toBe('Age 29: 43 or younger scores the full 30 points');
  });

  it('explains the 2-points-per-year band and the 56–60 band', () => {
    expect(itemOf(estimate({ age: 50 }), 'AGE').explanation.en).toContain('plus 2 for each year younger, so 17 points');
    expect(itemOf(estimate({ age: 58 }), 'AGE').explanation.zh).toBe('年龄 58 岁：56–60 岁积 5 分');
  });

  it('over 60 is valid input, scores 0 and says not eligible', () => {
    const result = estimate({ age: 61, education: 'DOCTOR' });
    expect(itemOf(result, 'AGE').explanation.en).toContain('not eligible');
    expect(itemOf(result, 'AGE').explanation.zh).toContain('不符合');
    expect(result.total).toBe(110);
  });
});

describe('EDUCATION and TITLE_OR_SKILL', () => {
  it.each([
    ['NONE', 0],
    ['ASSOCIATE', 50],
    ['BACHELOR', 60],
    ['BACHELOR_WITH_DEGREE', 90],
    ['MASTER', 100],
    ['DOCTOR', 110],
  ] as const)('education %s scores %i', (education, points) => {
    expect(pointsOf({ age: OLDER, education }, 'EDUCATION')).toBe(points);
  });

  it.each([
    ['NONE', 0],
    ['SKILL_5', 15],
    ['SKILL_4', 30],
    ['SKILL_3', 60],
    ['SKILL_2_OR_INTERMEDIATE_TITLE', 100],
    ['SKILL_1_OR_SENIOR_TITLE', 140],
  ] as const)('title %s scores %i when the base condition holds', (titleOrSkill, points) => {
    expect(pointsOf({ age: OLDER, titleOrSkill, monthsBaseAtLeastAverageInLast12: 12 }, 'TITLE_OR_SKILL')).toBe(points);
  });

  it('counts only the higher of education and title (二选一) and says which', () => {
    const result = estimate({ age: OLDER, education: 'BACHELOR_WITH_DEGREE', titleOrSkill: 'SKILL_3' });
    expect(itemOf(result, 'EDUCATION').points).toBe(90);
    expect(itemOf(result, 'TITLE_OR_SKILL').points).toBe(0);
    expect(itemOf(result, 'TITLE_OR_SKILL').explanation.zh).toContain('二选一');
    expect(itemOf(result, 'TITLE_OR_SKILL').explanation.en).toContain("education's 90 points are used instead");
    expect(result.total).toBe(29 + 90);
  });

  it('uses the title when it is higher', () => {
    const result = estimate({
      age: OLDER,
      education: 'MASTER',
      titleOrSkill: 'SKILL_1_OR_SENIOR_TITLE',
      monthsBaseAtLeastAverageInLast12: 6,
    });
    expect(itemOf(result, 'EDUCATION').points).toBe(0);
    expect(itemOf(result, 'EDUCATION').explanation.en).toContain("the title's 140 points are used instead");
    expect(itemOf(result, 'TITLE_OR_SKILL').points).toBe(140);
    expect(result.total).toBe(29 + 140);
  });

  it('on a tie counts education once, never both', () => {
    const result = estimate({
      age: OLDER,
      education: 'MASTER',
      titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE',
      monthsBaseAtLeastAverageInLast12: 6,
    });
    expect([itemOf(result, 'EDUCATION').points, itemOf(result, 'TITLE_OR_SKILL').points]).toEqual([100, 0]);
  });

  it.each([
    [5, 0],
    [6, 100],
  ])('SKILL_2 with %i of 12 months at base ≥ average scores %i', (months, points) => {
    const input = { age: OLDER, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: months } as const;
    expect(pointsOf(input, 'TITLE_OR_SKILL')).toBe(points);
  });

  it('SKILL_1 needs the base condition too, and the explanation says why it scores 0', () => {
    const item = itemOf(estimate({ age: OLDER, titleOrSkill: 'SKILL_1_OR_SENIOR_TITLE', monthsBaseAtLeastAverageInLast12: 5 }), 'TITLE_OR_SKILL');
    expect(item.points).toBe(0);
    expect(item.explanation.en).toContain('would score 140 points, but it needs at least 6 of the last 12 months');
    expect(item.explanation.zh).toContain('目前只有 5 个月');
  });

  it('falls back to education when the title fails the base condition', () => {
    const result = estimate({ age: OLDER, education: 'BACHELOR', titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE' });
    expect(itemOf(result, 'EDUCATION').points).toBe(60);
    expect(itemOf(result, 'TITLE_OR_SKILL').points).toBe(0);
  });

  it('SKILL_3 and below need no base condition', () => {
    expect(pointsOf({ age: OLDER, titleOrSkill: 'SKILL_3', monthsBaseAtLeastAverageInLast12: 0 }, 'TITLE_OR_SKILL')).toBe(60);
  });
});

describe('SOCIAL_INSURANCE_YEARS', () => {
  it.each([
    [0, 0],
    [11, 0],
    [12, 3],
    [23, 3],
    [24, 6],
    [96, 24],
    [648, 162],
  ])('%i months score %i (3 per full year, no cap)', (socialInsuranceMonths, points) => {
    // Age 70: old enough to have paid 54 years (648 months) since the minimum working age of 16.
    expect(pointsOf({ age: 70, socialInsuranceMonths }, 'SOCIAL_INSURANCE_YEARS')).toBe(points);
  });

  it('tells how many months to the next 3 points', () => {
    expect(itemOf(estimate({ age: OLDER, socialInsuranceMonths: 11 }), 'SOCIAL_INSURANCE_YEARS').explanation.en).toContain(
      '1 more months add 3',
    );
  });
});

describe('bonus indicators', () => {
  it.each([
    ['entrepreneurTalent', 'ENTREPRENEUR', 120],
    ['innovationIntermediaryTalent', 'INNOVATION_INTERMEDIARY', 120],
    ['shortageMajor', 'SHORTAGE_MAJOR', 30],
    ['freshGraduate', 'FRESH_GRADUATE', 10],
  ] as const)('%s scores %i for %s when true, 0 when omitted', (field, indicator, points) => {
    // A new graduate has a qualification; education itself is another indicator.
    expect(pointsOf({ age: OLDER, education: 'ASSOCIATE', [field]: true }, indicator)).toBe(points);
    expect(pointsOf({ age: OLDER, [field]: false }, indicator)).toBe(0);
    expect(pointsOf({ age: OLDER }, indicator)).toBe(0);
  });

  describe('INVESTMENT_OR_HIRES', () => {
    it.each([
      [9.9, 0, 0],
      [10, 0, 10],
      [35, 0, 30],
      [119.9, 0, 110],
      [120, 0, 120],
      [130, 0, 120],
      [0, 9, 0],
      [0, 25, 20],
      [15, 25, 20],
      [45, 25, 40],
      [0, 200, 120],
    ])('tax %s万 / hires %i scores %i', (investmentAvgAnnualTaxWan, investmentAvgAnnualShanghaiHires, points) => {
      expect(
        pointsOf({ age: OLDER, investmentAvgAnnualTaxWan, investmentAvgAnnualShanghaiHires }, 'INVESTMENT_OR_HIRES'),
      ).toBe(points);
    });

    it('says which of tax and hires was used and mentions the cap', () => {
      const item = itemOf(estimate({ age: OLDER, investmentAvgAnnualTaxWan: 15, investmentAvgAnnualShanghaiHires: 25 }), 'INVESTMENT_OR_HIRES');
      expect(item.explanation.en).toContain('25 Shanghai-hukou hires');
      expect(item.explanation.en).toContain('max 120');
      const capped = itemOf(estimate({ age: OLDER, investmentAvgAnnualTaxWan: 130 }), 'INVESTMENT_OR_HIRES');
      expect(capped.explanation.en).toContain('1,300,000 yuan');
      expect(capped.explanation.zh).toContain('得 130 分；本项计 120 分');
    });
  });

  it.each([
    ['NONE', 0],
    ['FROM_0_8_TO_1X', 25],
    ['FROM_1_TO_2X', 50],
    ['FROM_2_TO_3X', 100],
    ['AT_3X', 120],
  ] as const)('social-insurance base tier %s scores %i', (socialInsuranceBaseTier, points) => {
    expect(pointsOf({ age: OLDER, socialInsuranceMonths: 48, socialInsuranceBaseTier }, 'SOCIAL_INSURANCE_BASE_TIER')).toBe(points);
  });

  it('explains the base tier windows from rule data', () => {
    const tier = itemOf(estimate({ age: OLDER, socialInsuranceMonths: 48, socialInsuranceBaseTier: 'AT_3X' }), 'SOCIAL_INSURANCE_BASE_TIER');
    expect(tier.explanation.en).toContain('24 months within the last 3 years');
    const low = itemOf(estimate({ age: OLDER, socialInsuranceMonths: 48, socialInsuranceBaseTier: 'FROM_0_8_TO_1X' }), 'SOCIAL_INSURANCE_BASE_TIER');
    expect(low.explanation.zh).toContain('近 4 年内累计 36 个月');
    expect(low.explanation.zh).toContain('0.8 倍至 1 倍');
  });

  describe('PUBLIC_SERVICE', () => {
    it('has no configured cap by default: flagged not configured and not counted', () => {
      const result = estimate({ age: OLDER, publicServiceYears: 6 });
      const item = itemOf(result, 'PUBLIC_SERVICE');
      expect(item.notConfigured).toBe(true);
      expect(item.points).toBe(0);
      expect(item.explanation.zh).toContain('待配置');
      expect(item.explanation.en).toContain('would give 24 points');
      expect(result.total).toBe(29);
    });

    it('flags not configured even when no years are claimed', () => {
      expect(itemOf(estimate({ age: OLDER }), 'PUBLIC_SERVICE').notConfigured).toBe(true);
    });

    const capped = withRules((r) => {
      r.publicService.cap = 20;
    });
    it.each([
      [4, 0],
      [5, 20],
      [6, 20],
    ])('with a cap of 20 configured, %i years score %i', (publicServiceYears, points) => {
      const item = itemOf(estimate({ age: OLDER, publicServiceYears }, capped), 'PUBLIC_SERVICE');
      expect(item.points).toBe(points);
      expect(item.notConfigured).toBeUndefined();
    });

    it('counts every year once the threshold is met (6 years → 24 under a cap of 40)', () => {
      const loose = withRules((r) => {
        r.publicService.cap = 40;
      });
      expect(pointsOf({ age: OLDER, publicServiceYears: 6 }, 'PUBLIC_SERVICE', loose)).toBe(24);
      expect(pointsOf({ age: OLDER, publicServiceYears: 4 }, 'PUBLIC_SERVICE', loose)).toBe(0);
    });
  });

  describe('REMOTE_KEY_AREA', () => {
    it.each([
      ['OTHER', 4, 0],
      ['OTHER', 5, 10],
      ['OTHER', 6, 12],
      ['OTHER', 10, 20],
      ['OTHER', 11, 20],
      ['LINGANG', 2, 0],
      ['LINGANG', 3, 6],
      ['LINGANG', 12, 20],
    ] as const)('%s zone, %i years scores %i', (zone, yearsWorkAndLive, points) => {
      expect(pointsOf({ age: OLDER, remoteKeyArea: { zone, yearsWorkAndLive } }, 'REMOTE_KEY_AREA')).toBe(points);
    });

    it('explains a threshold not yet reached', () => {
      const item = itemOf(estimate({ age: OLDER, remoteKeyArea: { zone: 'OTHER', yearsWorkAndLive: 4 } }), 'REMOTE_KEY_AREA');
      expect(item.explanation.en).toContain('points count only after 5 years');
    });
  });

  it.each([
    ['NONE', 0],
    ['MUNICIPAL_SPECIAL', 30],
    ['MUNICIPAL_COMPREHENSIVE', 60],
    ['PROVINCIAL_OR_ABOVE', 110],
  ] as const)('award %s scores %i (highest only)', (award, points) => {
    expect(pointsOf({ age: OLDER, award }, 'AWARD')).toBe(points);
  });

  it.each([
    [0, 0],
    [3, 12],
    [10, 40],
    [11, 40],
  ])('spouse with hukou, %i years of marriage scores %i (cap 40)', (spouseShanghaiHukouMarriageYears, points) => {
    expect(pointsOf({ age: OLDER, spouseShanghaiHukouMarriageYears }, 'SPOUSE_HUKOU')).toBe(points);
  });
});

describe('deductions and veto', () => {
  it.each([
    ['falseMaterialCountWithin3Years', 'FALSE_MATERIAL', 1, -150],
    ['falseMaterialCountWithin3Years', 'FALSE_MATERIAL', 2, -300],
    ['adminDetentionCountWithin5Years', 'ADMIN_DETENTION', 1, -50],
    ['adminDetentionCountWithin5Years', 'ADMIN_DETENTION', 3, -150],
    ['generalCriminalCountWithin5Years', 'GENERAL_CRIMINAL', 1, -150],
  ] as const)('%s = %i gives %s %i', (field, indicator, count, points) => {
    expect(pointsOf({ age: OLDER, [field]: count }, indicator)).toBe(points);
  });

  it('zero occurrences give exactly 0 (not −0) and name the window', () => {
    const result = estimate({ age: OLDER });
    expect(Object.is(itemOf(result, 'FALSE_MATERIAL').points, 0)).toBe(true);
    expect(itemOf(result, 'FALSE_MATERIAL').explanation.en).toContain('within 3 years');
    expect(itemOf(result, 'ADMIN_DETENTION').explanation.en).toContain('within 5 years');
    expect(itemOf(result, 'GENERAL_CRIMINAL').explanation.en).toContain('within 5 years');
  });

  it('subtracts deductions from the total', () => {
    const result = estimate({ age: 30, education: 'DOCTOR', adminDetentionCountWithin5Years: 1 });
    expect(result.total).toBe(30 + 110 - 50);
    expect(result.meetsStandard).toBe(false);
  });

  it('a serious criminal record disqualifies: total 0, not meeting, items still listed', () => {
    const result = estimate({ age: 30, education: 'DOCTOR', seriousCriminalRecord: true });
    expect(result.disqualified).toBe(true);
    expect(result.total).toBe(0);
    expect(result.meetsStandard).toBe(false);
    expect(result.items).toHaveLength(RESIDENCE_INDICATORS.length);
    expect(itemOf(result, 'EDUCATION').points).toBe(110);
    expect(itemOf(result, 'SERIOUS_CRIMINAL_VETO').explanation.en).toContain('veto');
  });
});

describe('result shape', () => {
  it('lists one item per indicator in order, each with a legal basis', () => {
    const result = estimate({ age: 30 });
    expect(result.items.map((i) => i.indicator)).toEqual([...RESIDENCE_INDICATORS]);
    for (const item of result.items) {
      expect(item.legalBasis).toContain('沪府规〔2022〕21号');
      expect(item.explanation.zh.length).toBeGreaterThan(0);
      expect(item.explanation.en.length).toBeGreaterThan(0);
    }
    expect(result.standardScore).toBe(120);
    expect(result.disclaimer.zh).toContain('以上海市居住证积分管理信息系统');
  });

  it('meets the standard at exactly 120 and not at 119', () => {
    // 29 (age 44) + 90 (本科+学位) = 119; one more year of insurance adds 3.
    expect(estimate({ age: 44, education: 'BACHELOR_WITH_DEGREE' }).meetsStandard).toBe(false);
    expect(estimate({ age: 43, education: 'BACHELOR_WITH_DEGREE' }).meetsStandard).toBe(true);
  });

  it('treats null like an omitted field', () => {
    const result = estimate({ age: 30, education: null, socialInsuranceMonths: null } as unknown as ResidencePointsInput);
    expect(result.total).toBe(30);
  });

  it('reads every value from rule data, so a new rule version changes the result without code', () => {
    const edited = withRules((r) => {
      r.standardScore = 100;
      r.education.points.ASSOCIATE = 55;
      r.age.maxPoints = 20;
    });
    const result = estimate({ age: 30, education: 'ASSOCIATE', shortageMajor: true }, edited);
    expect(result.total).toBe(20 + 55 + 30);
    expect(result.meetsStandard).toBe(true);
  });
});

describe('DEFAULT_RESIDENCE_POINTS_RULES', () => {
  it('survives a JSON round trip unchanged (stored as jsonb)', () => {
    const roundTripped = JSON.parse(JSON.stringify(RULES)) as ResidencePointsRules;
    expect(roundTripped).toEqual(RULES);
    expect(roundTripped.publicService.cap).toBeNull();
    const input: ResidencePointsInput = { age: 35, education: 'MASTER', socialInsuranceMonths: 30, award: 'MUNICIPAL_SPECIAL' };
    expect(estimate(input, roundTripped)).toEqual(estimate(input));
  });

  it('tags inferences, conflicts and unknowns', () => {
    const tags = (p: { provenance: { tag: string }[] }) => p.provenance.map((x) => x.tag);
    expect(tags(RULES.age)).toContain('INF');
    expect(tags(RULES.investmentOrHires)).toContain('CONFLICT');
    expect(tags(RULES.socialInsuranceBaseTier)).toContain('CONFLICT');
    expect(tags(RULES.adminDetention)).toContain('CONFLICT');
    expect(tags(RULES.publicService)).toContain('UNKNOWN');
    expect(tags(RULES.award)).toContain('INF');
    expect(tags(RULES.titleOrSkill)).toContain('V-official');
  });
});

describe('validateResidencePointsInput', () => {
  const codesFor = (input: unknown) =>
    validateResidencePointsInput(input as ResidencePointsInput, RULES).map((e) => `${e.field}:${e.code}`);

  it('accepts the age bounds 18 and 70 and a full valid input', () => {
    expect(codesFor({ age: 18 })).toEqual([]);
    expect(codesFor({ age: 70 })).toEqual([]);
    expect(
      codesFor({
        age: 35,
        education: 'MASTER',
        titleOrSkill: 'SKILL_3',
        monthsBaseAtLeastAverageInLast12: 12,
        socialInsuranceMonths: 200,
        investmentAvgAnnualTaxWan: 12.5,
        remoteKeyArea: { zone: 'LINGANG', yearsWorkAndLive: 3 },
        spouseShanghaiHukouMarriageYears: 0,
        seriousCriminalRecord: false,
      }),
    ).toEqual([]);
  });

  it.each([
    [{ age: 17 }, 'age:OUT_OF_RANGE'],
    [{ age: 75 }, 'age:OUT_OF_RANGE'],
    [{ age: 29.5 }, 'age:NOT_AN_INTEGER'],
    [{ age: Number.NaN }, 'age:NOT_A_NUMBER'],
    [{ age: '30' }, 'age:NOT_A_NUMBER'],
    [{}, 'age:REQUIRED'],
    [{ age: 30, socialInsuranceMonths: -1 }, 'socialInsuranceMonths:OUT_OF_RANGE'],
    [{ age: 30, socialInsuranceMonths: 721 }, 'socialInsuranceMonths:OUT_OF_RANGE'],
    [{ age: 30, socialInsuranceMonths: 12.5 }, 'socialInsuranceMonths:NOT_AN_INTEGER'],
    [{ age: 30, monthsBaseAtLeastAverageInLast12: 13 }, 'monthsBaseAtLeastAverageInLast12:OUT_OF_RANGE'],
    [{ age: 30, monthsBaseAtLeastAverageInLast12: -1 }, 'monthsBaseAtLeastAverageInLast12:OUT_OF_RANGE'],
    [{ age: 30, publicServiceYears: 1000 }, 'publicServiceYears:OUT_OF_RANGE'],
    [{ age: 30, spouseShanghaiHukouMarriageYears: 1000 }, 'spouseShanghaiHukouMarriageYears:OUT_OF_RANGE'],
    [{ age: 30, remoteKeyArea: { zone: 'OTHER', yearsWorkAndLive: 1000 } }, 'remoteKeyArea.yearsWorkAndLive:OUT_OF_RANGE'],
    [{ age: 30, remoteKeyArea: { zone: 'MARS', yearsWorkAndLive: 2 } }, 'remoteKeyArea.zone:INVALID_OPTION'],
    [{ age: 30, remoteKeyArea: { zone: 'OTHER' } }, 'remoteKeyArea.yearsWorkAndLive:REQUIRED'],
    [{ age: 30, falseMaterialCountWithin3Years: -1 }, 'falseMaterialCountWithin3Years:OUT_OF_RANGE'],
    [{ age: 30, adminDetentionCountWithin5Years: 1.5 }, 'adminDetentionCountWithin5Years:NOT_AN_INTEGER'],
    [{ age: 30, generalCriminalCountWithin5Years: -2 }, 'generalCriminalCountWithin5Years:OUT_OF_RANGE'],
    [{ age: 30, investmentAvgAnnualTaxWan: -5 }, 'investmentAvgAnnualTaxWan:OUT_OF_RANGE'],
    [{ age: 30, investmentAvgAnnualShanghaiHires: 10.5 }, 'investmentAvgAnnualShanghaiHires:NOT_AN_INTEGER'],
    [{ age: 30, education: 'PHD' }, 'education:INVALID_OPTION'],
    [{ age: 30, titleOrSkill: 'SKILL_9' }, 'titleOrSkill:INVALID_OPTION'],
    [{ age: 30, socialInsuranceBaseTier: 'AT_5X' }, 'socialInsuranceBaseTier:INVALID_OPTION'],
    [{ age: 30, award: 'NOBEL' }, 'award:INVALID_OPTION'],
    [{ age: 30, shortageMajor: 'yes' }, 'shortageMajor:NOT_A_BOOLEAN'],
  ])('refuses %j with %s', (input, expected) => {
    expect(codesFor(input)).toEqual([expected]);
  });

  it('reports every bad field with a bilingual message', () => {
    const errors = validateResidencePointsInput(
      { age: 17, socialInsuranceMonths: -3 },
      RULES,
    );
    expect(errors.map((e) => e.field)).toEqual(['age', 'socialInsuranceMonths']);
    expect(errors[0]?.message).toEqual({ zh: '年龄须在 18 至 70 之间', en: 'Age must be between 18 and 70' });
  });

  it('takes the age bounds from rule data', () => {
    const strict = withRules((r) => {
      r.inputLimits.maxAge = 65;
    });
    expect(validateResidencePointsInput({ age: 66 }, strict).map((e) => e.code)).toEqual(['OUT_OF_RANGE']);
  });

  it('estimate refuses invalid input instead of returning a number', () => {
    expect(() => estimate({ age: 17 })).toThrow(PolicyInputError);
    expect(() => estimate({ age: 30, socialInsuranceMonths: 12 * 1000 })).toThrow(PolicyInputError);
    try {
      estimate({ age: 75 });
      expect.unreachable();
    } catch (error) {
      expect((error as PolicyInputError).errors.map((e) => e.field)).toEqual(['age']);
      expect((error as PolicyInputError).code).toBe('POLICY_INPUT_INVALID');
    }
  });
});

describe('contradictory answers (issue 10 item 12): refused, never scored', () => {
  const refusal = (input: ResidencePointsInput) => validateResidencePointsInput(input, RULES).map((e) => `${e.field}:${e.code}`);

  it.each([
    ['FROM_0_8_TO_1X', 12],
    ['FROM_1_TO_2X', 24],
    ['FROM_2_TO_3X', 35],
    ['AT_3X', 23],
  ] as const)('a base tier %s with only %i months of social insurance is refused', (tier, months) => {
    const input: ResidencePointsInput = { age: 30, socialInsuranceMonths: months, socialInsuranceBaseTier: tier };
    expect(refusal(input)).toEqual(['socialInsuranceBaseTier:CONTRADICTS']);
    // The estimate does not hand out the tier's points with an explanation about 36 months.
    expect(() => estimate(input)).toThrow(PolicyInputError);
  });

  it('says what the tier needs and what the person entered, in both languages', () => {
    const [error] = validateResidencePointsInput({ age: 30, socialInsuranceMonths: 12, socialInsuranceBaseTier: 'FROM_1_TO_2X' }, RULES);
    expect(error?.message.zh).toContain('近 4 年内累计 36 个月');
    expect(error?.message.zh).toContain('只有 12 个月');
    expect(error?.message.en).toContain('36 months');
    expect(error?.message.en).toContain('only 12');
  });

  it('a tier claimed with no months at all counts the months as 0 and says so', () => {
    const [error] = validateResidencePointsInput({ age: 30, socialInsuranceBaseTier: 'AT_3X' }, RULES);
    expect(error?.field).toBe('socialInsuranceBaseTier');
    expect(error?.message.zh).toContain('未填写');
    expect(error?.message.en).toContain('24 months');
  });

  it('the months the tier needs come from the rule version', () => {
    const looser = withRules((r) => {
      r.socialInsuranceBaseTier.tiers.FROM_1_TO_2X.requiredMonths = 24;
    });
    expect(validateResidencePointsInput({ age: 30, socialInsuranceMonths: 24, socialInsuranceBaseTier: 'FROM_1_TO_2X' }, looser)).toEqual([]);
    expect(itemOf(estimate({ age: 30, socialInsuranceMonths: 24, socialInsuranceBaseTier: 'FROM_1_TO_2X' }, looser), 'SOCIAL_INSURANCE_BASE_TIER').points).toBe(50);
  });

  it('exactly the months a tier needs is enough', () => {
    expect(pointsOf({ age: 30, socialInsuranceMonths: 36, socialInsuranceBaseTier: 'FROM_2_TO_3X' }, 'SOCIAL_INSURANCE_BASE_TIER')).toBe(100);
    expect(pointsOf({ age: 30, socialInsuranceMonths: 24, socialInsuranceBaseTier: 'AT_3X' }, 'SOCIAL_INSURANCE_BASE_TIER')).toBe(120);
  });

  it.each([
    [{ age: 30, socialInsuranceMonths: 4, monthsBaseAtLeastAverageInLast12: 6 }, 'monthsBaseAtLeastAverageInLast12:CONTRADICTS'],
    [{ age: 20, socialInsuranceMonths: 60 }, 'socialInsuranceMonths:CONTRADICTS'],
    [{ age: 25, publicServiceYears: 10 }, 'publicServiceYears:CONTRADICTS'],
    [{ age: 25, remoteKeyArea: { zone: 'OTHER', yearsWorkAndLive: 10 } }, 'remoteKeyArea.yearsWorkAndLive:CONTRADICTS'],
    [{ age: 25, spouseShanghaiHukouMarriageYears: 6 }, 'spouseShanghaiHukouMarriageYears:CONTRADICTS'],
    [{ age: 30, freshGraduate: true }, 'freshGraduate:CONTRADICTS'],
  ] as const)('refuses %j with %s', (input, expected) => {
    expect(refusal(input as ResidencePointsInput)).toEqual([expected]);
  });

  it.each([
    // The title condition may be answered before the months: no contradiction without them.
    [{ age: 30, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: 6 }],
    [{ age: 30, socialInsuranceMonths: 6, monthsBaseAtLeastAverageInLast12: 6 }],
    [{ age: 20, socialInsuranceMonths: 48 }],
    [{ age: 25, publicServiceYears: 9, remoteKeyArea: { zone: 'LINGANG', yearsWorkAndLive: 9 } }],
    [{ age: 25, spouseShanghaiHukouMarriageYears: 5 }],
    [{ age: 22, education: 'ASSOCIATE', freshGraduate: true }],
    // Age against education is not judged: accelerated students finish early.
    [{ age: 18, education: 'DOCTOR' }],
  ] as const)('accepts the possible %j', (input) => {
    expect(refusal(input as ResidencePointsInput)).toEqual([]);
  });

  it('reports each contradiction beside its own answer, all at once', () => {
    expect(refusal({ age: 22, socialInsuranceMonths: 12, socialInsuranceBaseTier: 'FROM_1_TO_2X', spouseShanghaiHukouMarriageYears: 5 })).toEqual([
      'socialInsuranceBaseTier:CONTRADICTS',
      'spouseShanghaiHukouMarriageYears:CONTRADICTS',
    ]);
  });

  it('judges contradictions only once each answer is valid on its own', () => {
    expect(refusal({ age: 30, socialInsuranceMonths: -1, socialInsuranceBaseTier: 'FROM_1_TO_2X' })).toEqual(['socialInsuranceMonths:OUT_OF_RANGE']);
  });
});
