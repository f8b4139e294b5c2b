import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_VERSION } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { ESTIMATE, firstError, pointsOf, today, type Item } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const estimate = async (input: Record<string, unknown>, asOf?: string) => (await (await app.client()).data(ESTIMATE, { input, asOf })).residencePointsEstimate;

describe('residencePointsEstimate: POLICY.md §1.7 worked examples, over GraphQL without signing in', () => {
  it.each([
    ['本科+学位 90 + 年龄 30 = 120', { age: 30, education: 'BACHELOR_WITH_DEGREE' }, 120, { AGE: 30, EDUCATION: 90 }],
    ['大专 50 + 紧缺 30 + 年龄 30 = 110', { age: 30, education: 'ASSOCIATE', shortageMajor: true }, 110, { AGE: 30, EDUCATION: 50, SHORTAGE_MAJOR: 30 }],
    ['… plus 4 years of social insurance (12) passes 120', { age: 30, education: 'ASSOCIATE', shortageMajor: true, socialInsuranceMonths: 48 }, 122, { AGE: 30, EDUCATION: 50, SHORTAGE_MAJOR: 30, SOCIAL_INSURANCE_YEARS: 12 }],
    ['大专 50 + 0.8–1× 25 + 年龄 30 + 5 年社保 15 = 120', { age: 30, education: 'ASSOCIATE', socialInsuranceBaseTier: 'FROM_0_8_TO_1X', socialInsuranceMonths: 60 }, 120, { AGE: 30, EDUCATION: 50, SOCIAL_INSURANCE_BASE_TIER: 25, SOCIAL_INSURANCE_YEARS: 15 }],
    ['三级技能 60 + 0.8–1× 25 + 年龄 30 + 3 年 9 = 124', { age: 30, titleOrSkill: 'SKILL_3', socialInsuranceBaseTier: 'FROM_0_8_TO_1X', socialInsuranceMonths: 36 }, 124, { AGE: 30, TITLE_OR_SKILL: 60, SOCIAL_INSURANCE_BASE_TIER: 25, SOCIAL_INSURANCE_YEARS: 9 }],
    ['44 岁 29 + 大专 50 + 8 年社保 24 = 103', { age: 44, education: 'ASSOCIATE', socialInsuranceMonths: 96 }, 103, { AGE: 29, EDUCATION: 50, SOCIAL_INSURANCE_YEARS: 24 }],
    ['中级职称 100 + 年龄 30 = 130 with 6 months at the average base', { age: 30, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: 6 }, 130, { AGE: 30, TITLE_OR_SKILL: 100 }],
  ])('%s', async (_name, input, total, points) => {
    const result = await estimate(input);
    expect(result.total).toBe(total);
    expect(pointsOf(result.items)).toEqual(points);
    expect(result.meetsStandard).toBe(total >= 120);
    expect(result.standardScore).toBe(120);
  });

  it('every result names its rule version, effective date and legal basis, and says the official score governs', async () => {
    const result = await estimate({ age: 30, education: 'BACHELOR_WITH_DEGREE' });
    expect(result.ruleVersion).toEqual({
      id: RULE_VERSION.residencePoints,
      version: 1,
      effectiveFrom: '2023-01-01',
      legalBasis: '《上海市居住证积分管理办法》（沪府规〔2022〕21号）',
      ruleSet: { code: 'residence-points' },
    });
    expect(result.parametersVersion.id).toBe(RULE_VERSION.yearlyParameters);
    expect(result.asOf).toBe(today());
    expect(result.items).toHaveLength(18);
    for (const item of result.items as Item[]) expect(item.legalBasis, item.indicator).toContain('沪府规〔2022〕21号');
    expect(result.note.zh).toContain('以上海市居住证积分管理信息系统的分值');
    expect(result.note.en).toContain('authoritative');
  });

  it('education and title are alternatives: the higher counts and the explanation says why', async () => {
    const result = await estimate({ age: 30, education: 'MASTER', titleOrSkill: 'SKILL_1_OR_SENIOR_TITLE', monthsBaseAtLeastAverageInLast12: 12 });
    expect(pointsOf(result.items)).toEqual({ AGE: 30, TITLE_OR_SKILL: 140 });
    const education = result.items.find((i: Item) => i.indicator === 'EDUCATION');
    expect(education.explanation.zh).toContain('二选一');
  });

  it('a title without 6 of the last 12 months at the average base scores nothing, and the wage is shown as not configured', async () => {
    const result = await estimate({ age: 30, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: 5 });
    expect(result.total).toBe(30);
    const title = result.items.find((i: Item) => i.indicator === 'TITLE_OR_SKILL');
    expect(title.explanation.zh).toContain('目前只有 5 个月');
    expect(title.explanation.zh).toContain('待配置');
  });

  it.each([
    [43, 30],
    [44, 29],
    [56, 5],
    [60, 5],
  ])('age %i scores %i', async (age, points) => {
    expect(pointsOf((await estimate({ age })).items).AGE).toBe(points);
  });

  it.each([
    [11, 0],
    [12, 3],
  ])('%i months of social insurance score %i', async (months, points) => {
    expect(pointsOf((await estimate({ age: 30, socialInsuranceMonths: months })).items).SOCIAL_INSURANCE_YEARS ?? 0).toBe(points);
  });

  it('a serious criminal record vetoes: total 0, disqualified', async () => {
    const result = await estimate({ age: 30, education: 'DOCTOR', seriousCriminalRecord: true });
    expect(result).toMatchObject({ total: 0, disqualified: true, meetsStandard: false });
  });

  it('the public-service bonus stays uncounted while its cap is not configured, and says so', async () => {
    const item = (await estimate({ age: 30, publicServiceYears: 6 })).items.find((i: Item) => i.indicator === 'PUBLIC_SERVICE');
    expect(item).toMatchObject({ points: 0, notConfigured: true });
    expect(item.explanation.zh).toContain('待配置');
  });

  it('answers in English words too (both languages are always in the result)', async () => {
    const result = await (await app.client(undefined, 'en')).data(ESTIMATE, { input: { age: 52 } });
    expect(result.residencePointsEstimate.items[0].explanation.en).toBe('Age 52: ages 56 to 60 score 5 points, plus 2 for each year younger, so 13 points');
  });
});

describe('residencePointsEstimate: bad input gets field-level errors, not a number', () => {
  const bad = async (input: Record<string, unknown>, locale = 'zh-CN') => {
    const res = await (await app.client(undefined, locale)).request(ESTIMATE, { input });
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    return firstError(res).extensions.fieldErrors as { field: string; code: string; message: string }[];
  };

  it.each([17, 75])('age %i', async (age) => {
    expect(await bad({ age })).toEqual([{ field: 'input.age', code: 'OUT_OF_RANGE', message: '年龄须在 18 至 70 之间' }]);
  });

  it('negative months and 1,000 years, each at its own field, in English when asked', async () => {
    const errors = await bad({ age: 30, socialInsuranceMonths: -1, spouseShanghaiHukouMarriageYears: 1000, remoteKeyArea: { zone: 'LINGANG', yearsWorkAndLive: 1000 } }, 'en');
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['input.socialInsuranceMonths', 'OUT_OF_RANGE'],
      ['input.remoteKeyArea.yearsWorkAndLive', 'OUT_OF_RANGE'],
      ['input.spouseShanghaiHukouMarriageYears', 'OUT_OF_RANGE'],
    ]);
    expect(errors[0].message).toBe('Months of social insurance must be between 0 and 720');
  });

  // Issue 10 item 12: a base tier that needs 36 of the last 48 months, from someone with 12.
  it.each([12, 24])('a base tier that needs 36 months, claimed with only %i months, is refused beside the tier and scores nothing', async (months) => {
    const errors = await bad({ age: 30, education: 'ASSOCIATE', socialInsuranceMonths: months, socialInsuranceBaseTier: 'FROM_1_TO_2X' });
    expect(errors).toEqual([{ field: 'input.socialInsuranceBaseTier', code: 'INVALID', message: expect.stringContaining(`只有 ${months} 个月`) }]);
    expect(errors[0].message).toContain('近 4 年内累计 36 个月');
    expect(errors[0].message).toContain('互相矛盾');
    const en = await bad({ age: 30, socialInsuranceMonths: months, socialInsuranceBaseTier: 'FROM_1_TO_2X' }, 'en');
    expect(en[0].message).toMatch(new RegExp(`needs 36 months .* only ${months}\\. The two answers contradict each other`));
    // With the months the tier needs, it scores as before.
    expect(pointsOf((await estimate({ age: 30, education: 'ASSOCIATE', socialInsuranceMonths: 36, socialInsuranceBaseTier: 'FROM_1_TO_2X' })).items)).toEqual({ AGE: 30, EDUCATION: 50, SOCIAL_INSURANCE_BASE_TIER: 50, SOCIAL_INSURANCE_YEARS: 9 });
  });

  it('other answers that cannot all be true are refused beside the one that claims the points', async () => {
    const errors = await bad({ age: 22, socialInsuranceMonths: 84, spouseShanghaiHukouMarriageYears: 5, publicServiceYears: 7, freshGraduate: true });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['input.socialInsuranceMonths', 'INVALID'],
      ['input.publicServiceYears', 'INVALID'],
      ['input.spouseShanghaiHukouMarriageYears', 'INVALID'],
      ['input.freshGraduate', 'INVALID'],
    ]);
    expect(errors[0].message).toContain('16 周岁');
  });

  it('saving contradictory calculator answers is refused the same way and saves nothing', async () => {
    const talent = await app.client('talent');
    const before = await app.sql('select facts from talent_policy_facts');
    const res = await talent.data(`mutation($facts: EligibilityFactsInput!) { saveMyPolicyFacts(facts: $facts) { facts { residencePoints { socialInsuranceBaseTier } } errors { field code message } } }`,
      { facts: { residencePoints: { age: 30, socialInsuranceMonths: 12, socialInsuranceBaseTier: 'FROM_2_TO_3X' } } });
    expect(res.saveMyPolicyFacts.errors).toEqual([expect.objectContaining({ field: 'facts.residencePoints.socialInsuranceBaseTier', code: 'INVALID' })]);
    expect(res.saveMyPolicyFacts.facts).toBeNull();
    expect(await app.sql('select facts from talent_policy_facts')).toEqual(before);
  });

  it('reads the rule sets and their versions in force in one statement (issue 13)', async () => {
    const res = await (await app.client()).request('{ residencePointsEstimate(input: { age: 30, education: MASTER, socialInsuranceMonths: 36 }) { total meetsStandard items { indicator points } ruleVersion { version } } }');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.residencePointsEstimate.total).toBeGreaterThan(0);
    expect(res.sqlCount).toBe(1);
  });

  it('the versions it names read as the rule sets\' own versions do, every field and field resolver (read as plain rows since issue 13)', async () => {
    const admin = await app.client('admin');
    const VERSION = 'id version effectiveFrom legalBasis noteZh noteEn createdAt data ruleSet { code } createdBy { id } applicationCap { amountYuan } fields { path }';
    const res = await admin.data(`{ residencePointsEstimate(input: { age: 30 }) { ruleVersion { ${VERSION} } parametersVersion { ${VERSION} } }
      points: ruleSet(code: "residence-points") { current { ${VERSION} } } params: ruleSet(code: "yearly-parameters") { current { ${VERSION} } } }`);
    expect(res.residencePointsEstimate.ruleVersion).toEqual(res.points.current);
    expect(res.residencePointsEstimate.parametersVersion).toEqual(res.params.current);
    expect(res.points.current.data).toMatchObject({ standardScore: 120 });
    expect(res.points.current.fields.length).toBeGreaterThan(0);
  });

  it('a date before any rules were in force is an error on asOf', async () => {
    const res = await (await app.client()).request(ESTIMATE, { input: { age: 30 }, asOf: '2019-06-01' });
    expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'asOf', code: 'OUT_OF_RANGE' })] });
  });

  it('a malformed date is refused by the LocalDate scalar', async () => {
    const res = await (await app.client()).request(ESTIMATE, { input: { age: 30 }, asOf: '2026-02-30' });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
  });
});
