// Applies the yearly parameters to results of the other evaluators. Pure: no clock, no database.
import type { LocalisedText } from './common.js';
import type { ResidencePointsInput, ResidencePointsResult } from './residence-points.js';
import type { ResidencePointsRules } from './residence-points.rules.js';
import type { YearlyParameters } from './yearly-parameters.rules.js';

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

export const NOT_CONFIGURED: LocalisedText = t('待配置', 'not configured');

/** Whole yuan, grouped: 12345.6 → "12,346". */
export function formatYuan(yuan: number): string {
  return Math.round(yuan).toLocaleString('en-US');
}

/** The previous year's city average wage a month, or null while not configured. */
export function averageMonthlyWage(params: YearlyParameters): number | null {
  const yuan = params.cityAverageMonthlyWage.yuan;
  return typeof yuan === 'number' && yuan > 0 ? yuan : null;
}

function wageLabel(params: YearlyParameters): LocalisedText {
  const wage = averageMonthlyWage(params);
  const year = params.cityAverageMonthlyWage.dataYear;
  if (wage === null) return t('上年度全市职工月平均工资（待配置）', "last year's city average wage (not configured)");
  return year
    ? t(`${year} 年全市职工月平均工资 ${formatYuan(wage)} 元`, `the ${year} city average wage of ${formatYuan(wage)} yuan a month`)
    : t(`上年度全市职工月平均工资 ${formatYuan(wage)} 元`, `last year's city average wage of ${formatYuan(wage)} yuan a month`);
}

/**
 * The points rules work in multiples of the city average wage; this turns those multiples into
 * yuan with the wage in force on the estimate's date, so a new wage shows in the explanations
 * of the base-tier and title indicators. It never changes points.
 */
export function withWageAmounts(
  result: ResidencePointsResult,
  input: ResidencePointsInput,
  rules: ResidencePointsRules,
  params: YearlyParameters,
): ResidencePointsResult {
  const wage = averageMonthlyWage(params);
  const label = wageLabel(params);
  const items = result.items.map((item) => {
    if (item.indicator === 'SOCIAL_INSURANCE_BASE_TIER' && input.socialInsuranceBaseTier && input.socialInsuranceBaseTier !== 'NONE') {
      const tier = rules.socialInsuranceBaseTier.tiers[input.socialInsuranceBaseTier];
      if (wage === null) {
        return append(item, t(`。按${label.zh}无法换算为金额`, `. With ${label.en}, no yuan amount can be given`));
      }
      const from = formatYuan(wage * tier.minRatio);
      const range =
        tier.maxRatio === null
          ? t(`${from} 元`, `${from} yuan`)
          : t(`${from} 元至 ${formatYuan(wage * tier.maxRatio)} 元（不含）`, `${from} to under ${formatYuan(wage * tier.maxRatio)} yuan`);
      return append(item, t(`。按${label.zh}，即月缴费基数 ${range.zh}`, `. At ${label.en}, that is a monthly base of ${range.en}`));
    }
    if (item.indicator === 'TITLE_OR_SKILL' && input.titleOrSkill && rules.titleOrSkill.salaryBaseCondition.levels.includes(input.titleOrSkill)) {
      return wage === null
        ? (append(item, t(`。社保基数门槛按${label.zh}计`, `. The base threshold uses ${label.en}`)))
        : (append(item, t(`。按${label.zh}，即月缴费基数不低于 ${formatYuan(wage)} 元`, `. At ${label.en}, that is a monthly base of at least ${formatYuan(wage)} yuan`)));
    }
    return item;
  });
  return { ...result, items };

  function append<T extends { explanation: LocalisedText }>(item: T, extra: LocalisedText): T {
    return { ...item, explanation: { zh: `${item.explanation.zh}${extra.zh}`, en: `${item.explanation.en}${extra.en}` } };
  }
}
