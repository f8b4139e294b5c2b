// Criteria-based eligibility (人才公寓, 骨干激励, 人才引进, 居住证积分 application conditions):
// the conditions are rule data (a small test language over the facts in eligibility-facts.ts);
// this file only evaluates and explains them. Pure: callers pass the date and the parameters.
import { type LocalisedText, PRELIMINARY_CHECK_NOTICE, assertValid } from './common.js';
import { type CriterionResult, type CriterionStatus, type EligibilityResult, verdictOf } from './criteria.js';
import {
  type EligibilityFacts,
  type FactKey,
  LEVEL_VALUE_LABELS,
  NUMBER_FACT_SPECS,
  factLabel,
  validateEligibilityFacts,
} from './eligibility-facts.js';
import { averageMonthlyWage, formatYuan, NOT_CONFIGURED } from './yearly-parameters.js';
import type { YearlyParameters } from './yearly-parameters.rules.js';
import type { CriterionRule, CriterionTest, PolicyCriteriaRules } from './policy-criteria.schema.js';
import { shanghaiMonthAfter } from '../../../core/time/shanghai.js';

// The shapes of this data, and their types, are policy-criteria.schema.ts.
export type { BenefitRule, CriterionRule, CriterionTest, PolicyCriteriaRules } from './policy-criteria.schema.js';

export const CRITERION_TEST_KINDS = ['FLAG', 'MIN', 'MAX', 'IN', 'INCOME_MULTIPLE', 'ANY', 'ALL'] as const;

const t = (zh: string, en: string): LocalisedText => ({ zh, en });
const join = (parts: LocalisedText[], zhSep: string, enSep: string): LocalisedText =>
  t(parts.map((p) => p.zh).join(zhSep), parts.map((p) => p.en).join(enSep));

interface TestOutcome {
  status: CriterionStatus;
  /** What the person said, against what the rule asks. */
  detail: LocalisedText;
  /** Facts the person has not given. */
  missing: FactKey[];
  notConfigured: boolean;
  /** For an unmet monthly count: months still needed. */
  monthsShort?: number;
}

function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function yesNo(value: boolean): LocalisedText {
  return value ? t('是', 'yes') : t('否', 'no');
}

function evaluate(test: CriterionTest, facts: EligibilityFacts, params: YearlyParameters): TestOutcome {
  switch (test.kind) {
    case 'FLAG': {
      const value = facts[test.fact];
      const label = factLabel(test.fact);
      const wanted = t(`须为「${yesNo(test.expected).zh}」`, `must be "${yesNo(test.expected).en}"`);
      if (isAbsent(value)) return { status: 'UNKNOWN', detail: t(`${label.zh}：${wanted.zh}`, `${label.en}: ${wanted.en}`), missing: [test.fact], notConfigured: false };
      return {
        status: value === test.expected ? 'MET' : 'NOT_MET',
        detail: t(`${label.zh}：${yesNo(value).zh}`, `${label.en}: ${yesNo(value).en}`),
        missing: [],
        notConfigured: false,
      };
    }
    case 'MIN':
    case 'MAX': {
      const value = facts[test.fact];
      const spec = NUMBER_FACT_SPECS[test.fact];
      const bound = test.kind === 'MIN' ? test.min : test.max;
      const rule =
        test.kind === 'MIN'
          ? t(`须不少于 ${bound} ${spec.unit.zh}`, `at least ${bound} ${spec.unit.en} required`)
          : t(`须不超过 ${bound} ${spec.unit.zh}`, `at most ${bound} ${spec.unit.en} allowed`);
      if (isAbsent(value)) return { status: 'UNKNOWN', detail: t(`${spec.label.zh}：${rule.zh}`, `${spec.label.en}: ${rule.en}`), missing: [test.fact], notConfigured: false };
      const met = test.kind === 'MIN' ? value >= bound : value <= bound;
      return {
        status: met ? 'MET' : 'NOT_MET',
        detail: t(`${spec.label.zh} ${value} ${spec.unit.zh}，${rule.zh}`, `${spec.label.en}: ${value} ${spec.unit.en}; ${rule.en}`),
        missing: [],
        notConfigured: false,
        ...(!met && test.kind === 'MIN' && spec.accruesMonthly ? { monthsShort: Math.ceil(bound - value) } : {}),
      };
    }
    case 'IN': {
      const value = facts[test.fact];
      const label = factLabel(test.fact);
      const names = LEVEL_VALUE_LABELS[test.fact];
      const allowed = join(test.values.map((v) => names[v] ?? t(v, v)), '、', ', ');
      if (isAbsent(value)) {
        return { status: 'UNKNOWN', detail: t(`${label.zh}须为：${allowed.zh}`, `${label.en} must be one of: ${allowed.en}`), missing: [test.fact], notConfigured: false };
      }
      const given = names[value] ?? t(value, value);
      return {
        status: test.values.includes(value) ? 'MET' : 'NOT_MET',
        detail: t(`${label.zh}为${given.zh}（须为：${allowed.zh}）`, `${label.en}: ${given.en} (must be one of: ${allowed.en})`),
        missing: [],
        notConfigured: false,
      };
    }
    case 'INCOME_MULTIPLE': {
      const value = facts[test.fact];
      const spec = NUMBER_FACT_SPECS[test.fact];
      const wage = averageMonthlyWage(params);
      const m = test.multipleOfAverageAnnualWage;
      if (wage === null) {
        return {
          status: 'UNKNOWN',
          detail: t(
            `${spec.label.zh}须不低于上年度本市职工年平均工资的 ${m} 倍；社平工资${NOT_CONFIGURED.zh}，暂无法判断`,
            `${spec.label.en} must be at least ${m}× the Shanghai average annual wage; the average wage is ${NOT_CONFIGURED.en}, so this cannot be judged yet`,
          ),
          missing: isAbsent(value) ? [test.fact] : [],
          notConfigured: true,
        };
      }
      const threshold = wage * 12 * m;
      const rule = t(
        `须不低于上年度本市职工年平均工资的 ${m} 倍（${formatYuan(threshold)} 元）`,
        `at least ${m}× the Shanghai average annual wage (${formatYuan(threshold)} yuan) required`,
      );
      if (isAbsent(value)) return { status: 'UNKNOWN', detail: t(`${spec.label.zh}${rule.zh}`, `${spec.label.en}: ${rule.en}`), missing: [test.fact], notConfigured: false };
      const met = value >= threshold;
      return {
        status: met ? 'MET' : 'NOT_MET',
        detail: t(
          `${spec.label.zh} ${formatYuan(value)} 元，${rule.zh}${met ? '' : `，还差 ${formatYuan(threshold - value)} 元`}`,
          `${spec.label.en}: ${formatYuan(value)} yuan; ${rule.en}${met ? '' : `; ${formatYuan(threshold - value)} yuan short`}`,
        ),
        missing: [],
        notConfigured: false,
      };
    }
    case 'ANY':
    case 'ALL': {
      const parts = test.of.map((sub) => evaluate(sub, facts, params));
      const statuses = parts.map((p) => p.status);
      let status: CriterionStatus;
      if (test.kind === 'ANY') status = statuses.includes('MET') ? 'MET' : statuses.every((s) => s === 'NOT_MET') ? 'NOT_MET' : 'UNKNOWN';
      else status = statuses.includes('NOT_MET') ? 'NOT_MET' : statuses.every((s) => s === 'MET') ? 'MET' : 'UNKNOWN';
      // For "any of", a met alternative is the whole story; otherwise every alternative is listed.
      const shown = test.kind === 'ANY' && status === 'MET' ? parts.filter((p) => p.status === 'MET') : parts;
      const detail =
        test.kind === 'ANY'
          ? status === 'MET'
            ? join(shown.map((p) => p.detail), '；', '; ')
            : t(`以下任一即可：${shown.map((p) => p.detail.zh).join('；')}`, `any one of: ${shown.map((p) => p.detail.en).join('; ')}`)
          : join(shown.map((p) => p.detail), '；', '; ');
      return {
        status,
        detail,
        missing: status === 'UNKNOWN' ? [...new Set(parts.flatMap((p) => p.missing))] : [],
        notConfigured: status === 'UNKNOWN' && parts.some((p) => p.notConfigured),
      };
    }
  }
}

function criterionResult(rule: CriterionRule, facts: EligibilityFacts, params: YearlyParameters, asOf: Date): CriterionResult {
  const outcome = evaluate(rule.test, facts, params);
  const { label } = rule;
  const base = { code: rule.code, status: outcome.status, legalBasis: rule.legalBasis };
  if (outcome.status === 'MET') {
    return { ...base, explanation: t(`${label.zh}：符合（${outcome.detail.zh}）`, `${label.en}: met (${outcome.detail.en})`) };
  }
  if (outcome.status === 'UNKNOWN') {
    // A single missing fact: ask for it. Alternatives or a rule value not configured: say what is needed.
    const simple = rule.test.kind !== 'ANY' && rule.test.kind !== 'ALL' && !outcome.notConfigured;
    const missing = outcome.missing.map(factLabel);
    return {
      ...base,
      explanation: simple
        ? t(`${label.zh}：暂无法判断，请提供：${missing.map((m) => m.zh).join('、')}`, `${label.en}: cannot tell yet; please give: ${missing.map((m) => m.en).join(', ')}`)
        : t(`${label.zh}：暂无法判断（${outcome.detail.zh}）`, `${label.en}: cannot tell yet (${outcome.detail.en})`),
      ...(outcome.notConfigured ? { notConfigured: true } : {}),
    };
  }
  const fixes: LocalisedText[] = [];
  if (outcome.monthsShort !== undefined) {
    const n = outcome.monthsShort;
    fixes.push(
      t(`还需 ${n} 个月；按目前情况持续，预计 ${shanghaiMonthAfter(asOf, n)} 起满足`, `needs ${n} more months; at the current rate you qualify from ${shanghaiMonthAfter(asOf, n)}`),
    );
  }
  if (rule.howToChange) fixes.push(rule.howToChange);
  return {
    ...base,
    explanation: t(`${label.zh}：不符合（${outcome.detail.zh}）`, `${label.en}: not met (${outcome.detail.en})`),
    ...(fixes.length ? { howToChange: join(fixes, '；', '; ') } : {}),
  };
}

/** Preliminary check of a criteria-based policy; throws PolicyInputError on invalid facts. */
export function checkPolicyCriteria(facts: EligibilityFacts, rules: PolicyCriteriaRules, params: YearlyParameters, asOf: Date): EligibilityResult {
  assertValid(validateEligibilityFacts(facts));
  if (!rules.configured) {
    return {
      verdict: 'NEEDS_INFORMATION',
      criteria: [
        {
          code: 'RULES_NOT_CONFIGURED',
          status: 'UNKNOWN',
          legalBasis: rules.legalBasis,
          explanation: rules.notConfiguredReason ?? t('本政策的申请条件待配置', "This policy's conditions are not configured yet"),
          notConfigured: true,
        },
      ],
      disclaimer: PRELIMINARY_CHECK_NOTICE,
    };
  }
  const criteria = rules.criteria.map((rule) => criterionResult(rule, facts, params, asOf));
  return { verdict: verdictOf(criteria), criteria, disclaimer: PRELIMINARY_CHECK_NOTICE };
}

/** Every fact a rule set's criteria read, in first-use order (the web builds its form from this). */
export function factsUsedBy(rules: PolicyCriteriaRules): FactKey[] {
  const seen = new Set<FactKey>();
  const walk = (test: CriterionTest) => {
    if (test.kind === 'ANY' || test.kind === 'ALL') test.of.forEach(walk);
    else seen.add(test.fact);
  };
  rules.criteria.forEach((c) => walk(c.test));
  return [...seen];
}
