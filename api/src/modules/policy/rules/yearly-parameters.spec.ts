import { describe, expect, it } from 'vitest';
import { estimateResidencePoints, type ResidencePointsInput } from './residence-points.js';
import { DEFAULT_RESIDENCE_POINTS_RULES as RULES } from './residence-points.rules.js';
import { withWageAmounts } from './yearly-parameters.js';
import { DEFAULT_YEARLY_PARAMETERS } from './yearly-parameters.rules.js';

const input: ResidencePointsInput = { age: 30, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: 6, socialInsuranceMonths: 36, socialInsuranceBaseTier: 'FROM_1_TO_2X' };
const explain = (yuan: number | null) => {
  const params = { ...DEFAULT_YEARLY_PARAMETERS, cityAverageMonthlyWage: { yuan, dataYear: yuan ? 2026 : null, source: null } };
  const result = withWageAmounts(estimateResidencePoints(input, RULES), input, RULES, params);
  return Object.fromEntries(result.items.map((i) => [i.indicator, i]));
};

describe('withWageAmounts', () => {
  it('turns the tier into yuan with the configured wage, never changing points', () => {
    const items = explain(12_000);
    expect(items.SOCIAL_INSURANCE_BASE_TIER?.points).toBe(50);
    expect(items.SOCIAL_INSURANCE_BASE_TIER?.explanation.zh).toContain('即月缴费基数 12,000 元至 24,000 元（不含）');
    expect(items.TITLE_OR_SKILL?.explanation.en).toContain('a monthly base of at least 12,000 yuan');
  });

  it('says the wage is not configured instead of inventing one', () => {
    const items = explain(null);
    expect(items.SOCIAL_INSURANCE_BASE_TIER?.explanation.zh).toContain('待配置');
    expect(items.TITLE_OR_SKILL?.explanation.en).toContain('not configured');
    const [age] = estimateResidencePoints(input, RULES).items;
    expect(age?.indicator).toBe('AGE');
    expect(items.AGE?.explanation).toEqual(age?.explanation);
  });
});
