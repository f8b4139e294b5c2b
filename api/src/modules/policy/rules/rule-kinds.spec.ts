import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADUATE_SCORE_RULES } from './graduate-score.rules.js';
import { DEFAULT_HUKOU_TRANSFER_RULES } from './hukou-transfer.rules.js';
import * as CRITERIA from './policy-criteria.rules.js';
import { DEFAULT_RESIDENCE_POINTS_RULES } from './residence-points.rules.js';
import { applyChange, validateRuleData } from './rule-kinds.js';
import { DEFAULT_YEARLY_PARAMETERS } from './yearly-parameters.rules.js';
import { apartmentBenefits, DEFAULT_TALENT_APARTMENT_RULES } from './talent-apartment.rules.js';

describe('validateRuleData', () => {
  it('accepts every default rule set as shipped', () => {
    expect(validateRuleData('RESIDENCE_POINTS', DEFAULT_RESIDENCE_POINTS_RULES)).toEqual([]);
    expect(validateRuleData('HUKOU_TRANSFER', DEFAULT_HUKOU_TRANSFER_RULES)).toEqual([]);
    expect(validateRuleData('GRADUATE_SCORE', DEFAULT_GRADUATE_SCORE_RULES)).toEqual([]);
    expect(validateRuleData('YEARLY_PARAMETERS', DEFAULT_YEARLY_PARAMETERS)).toEqual([]);
    for (const [name, rules] of Object.entries(CRITERIA)) {
      expect(validateRuleData('ELIGIBILITY_CRITERIA', rules), name).toEqual([]);
    }
  });

  it('names the path of a wrong type, a negative value, a missing and an unknown key', () => {
    const data = structuredClone(DEFAULT_RESIDENCE_POINTS_RULES) as any;
    data.age.maxPoints = 'thirty';
    data.education.points.MASTER = -5;
    delete data.freshGraduate.points;
    data.spouseHukou.bonus = 1;
    expect(validateRuleData('RESIDENCE_POINTS', data).map((p) => p.path)).toEqual([
      'age.maxPoints',
      'education.points.MASTER',
      'freshGraduate.points',
      'spouseHukou.bonus',
    ]);
  });

  it('checks cross-field rules: a tier whose upper bound is below its lower bound', () => {
    const data = structuredClone(DEFAULT_RESIDENCE_POINTS_RULES);
    data.socialInsuranceBaseTier.tiers.FROM_1_TO_2X.maxRatio = 0.5;
    expect(validateRuleData('RESIDENCE_POINTS', data)).toEqual([
      expect.objectContaining({ path: 'socialInsuranceBaseTier.tiers.FROM_1_TO_2X.maxRatio' }),
    ]);
  });

  it('allows the city average wage to be a positive number or not configured, nothing else', () => {
    const ok = structuredClone(DEFAULT_YEARLY_PARAMETERS);
    ok.cityAverageMonthlyWage.yuan = 12_183;
    expect(validateRuleData('YEARLY_PARAMETERS', ok)).toEqual([]);
    const bad = structuredClone(DEFAULT_YEARLY_PARAMETERS) as any;
    bad.cityAverageMonthlyWage.yuan = 0;
    expect(validateRuleData('YEARLY_PARAMETERS', bad)[0]?.message.en).toBe('cityAverageMonthlyWage.yuan: must be at least 1');
  });

  it('refuses criteria that name an unknown fact or a level value of the wrong fact', () => {
    const data = structuredClone(CRITERIA.TALENT_APARTMENT_CRITERIA) as any;
    data.criteria[0].test.fact = 'likesCats';
    expect(validateRuleData('ELIGIBILITY_CRITERIA', data)[0]?.path).toBe('criteria.0.test.fact');
    const wrongLevel = structuredClone(CRITERIA.TALENT_APARTMENT_CRITERIA) as any;
    wrongLevel.criteria[4].test.of[2].values = ['MASTER'];
    expect(validateRuleData('ELIGIBILITY_CRITERIA', wrongLevel).map((p) => p.path)).toEqual(['criteria.4.test.of.2.values.0']);
  });
});

describe('rule data schemas (zod)', () => {
  it('refuses a null character and over-long text beside the field, in both languages', () => {
    const data = structuredClone(DEFAULT_YEARLY_PARAMETERS) as any;
    data.cityAverageMonthlyWage.source = 'a\u0000b';
    data.remoteKeyAreas.zones[0] = 'x'.repeat(100_000);
    expect(validateRuleData('YEARLY_PARAMETERS', data).map((p) => p.message)).toEqual([
      { zh: 'cityAverageMonthlyWage.source：不能包含空字符（U+0000）', en: 'cityAverageMonthlyWage.source: must not contain a null character (U+0000)' },
      { zh: 'remoteKeyAreas.zones.0：最多 100 个字符', en: 'remoteKeyAreas.zones.0: must have at most 100 characters' },
    ]);
  });

  it('names a whole number that is not one, and an unknown criterion kind', () => {
    const data = structuredClone(DEFAULT_TALENT_APARTMENT_RULES) as any;
    data.subsidy.maxMonthsPerPerson = 36.5;
    expect(validateRuleData('TALENT_APARTMENT', data)[0]?.message.en).toBe('subsidy.maxMonthsPerPerson: must be a whole number');
    const criteria = structuredClone(CRITERIA.TALENT_APARTMENT_CRITERIA) as any;
    criteria.criteria[0].test.kind = 'MAYBE';
    expect(validateRuleData('ELIGIBILITY_CRITERIA', criteria).map((p) => p.path)).toEqual(['criteria.0.test.kind']);
  });

  it('keeps the apartment rates once: the policy\'s benefits are worded from the apartment rule data', () => {
    expect(CRITERIA.TALENT_APARTMENT_CRITERIA.benefits).toEqual([]);
    const rules = structuredClone(DEFAULT_TALENT_APARTMENT_RULES);
    rules.subsidy.tiers.STANDARD.monthlyCapYuan = 1200;
    expect(apartmentBenefits(rules).find((b) => b.code === 'OTHER_CAP')).toMatchObject({ amount: 1200, unit: { zh: '元/人/月' } });
    expect(apartmentBenefits(rules).find((b) => b.code === 'OVERSEAS_RATE')?.amount).toBe(50);
  });
});

describe('applyChange', () => {
  it('changes one value in a copy and reports the previous value', () => {
    const result = applyChange(DEFAULT_YEARLY_PARAMETERS, 'cityAverageMonthlyWage.yuan', 12_000);
    expect(result).toMatchObject({ ok: true, previous: null });
    expect((result as any).data.cityAverageMonthlyWage.yuan).toBe(12_000);
    expect(DEFAULT_YEARLY_PARAMETERS.cityAverageMonthlyWage.yuan).toBeNull();
  });

  it('refuses paths that do not exist or reach into the prototype', () => {
    expect(applyChange(DEFAULT_YEARLY_PARAMETERS, 'cityAverageMonthlyWage.euro', 1)).toMatchObject({ ok: false });
    expect(applyChange(DEFAULT_YEARLY_PARAMETERS, '__proto__.polluted', 1)).toMatchObject({ ok: false });
    expect(applyChange(DEFAULT_YEARLY_PARAMETERS, 'remoteKeyAreas.zones.9', 'x')).toMatchObject({ ok: false });
    expect(applyChange(DEFAULT_YEARLY_PARAMETERS, 'remoteKeyAreas.zones.4', '吴淞')).toMatchObject({ ok: true });
  });
});
