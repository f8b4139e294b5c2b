// The kinds of rule data, and how each is validated before an administrator's version is stored:
// its shape, a few cross-field checks, and a trial evaluation so stored rules can always be run.
import { LEVEL_VALUES } from './eligibility-facts.js';
import { estimateGraduateScore } from './graduate-score.js';
import { DEFAULT_GRADUATE_SCORE_RULES, type GraduateScoreRules } from './graduate-score.rules.js';
import { checkHukouTransfer } from './hukou-transfer.js';
import { DEFAULT_HUKOU_TRANSFER_RULES, type HukouTransferRules } from './hukou-transfer.rules.js';
import { type CriterionTest, type PolicyCriteriaRules, checkPolicyCriteria } from './policy-criteria.js';
import { grantLimitsChecks, NO_GRANT_LIMITS } from './grant-limits.js';
import { applicationCapChecks, NO_APPLICATION_CAP } from './application-cap.js';
import { estimateResidencePoints, MIN_WORKING_AGE, type ResidencePointsInput } from './residence-points.js';
import { DEFAULT_RESIDENCE_POINTS_RULES, type ResidencePointsRules } from './residence-points.rules.js';
import { parseRuleData, RULE_DATA_SCHEMAS, type RuleDataOf, type RuleDataProblem, type RuleKindName } from './rule-data.schema.js';
import { ruleDataProblem as problem } from './rule-data.problems.js';
import { DEFAULT_TALENT_APARTMENT_RULES, monthlySubsidyFen, type TalentApartmentRules } from './talent-apartment.rules.js';
import { DEFAULT_YEARLY_PARAMETERS } from './yearly-parameters.rules.js';

export const RULE_KINDS = Object.keys(RULE_DATA_SCHEMAS) as RuleKindName[];
export type { RuleDataOf, RuleKindName };

function residencePointsChecks(r: ResidencePointsRules): RuleDataProblem[] {
  const out: RuleDataProblem[] = [];
  if (r.age.floorBandFromAge > r.age.floorBandToAge) out.push(problem('age.floorBandFromAge', '不能大于 floorBandToAge', 'must not exceed floorBandToAge'));
  if (r.inputLimits.minAge > r.inputLimits.maxAge) out.push(problem('inputLimits.minAge', '不能大于 maxAge', 'must not exceed maxAge'));
  const cond = r.titleOrSkill.salaryBaseCondition;
  if (cond.minMonths > cond.windowMonths) out.push(problem('titleOrSkill.salaryBaseCondition.minMonths', '不能大于 windowMonths', 'must not exceed windowMonths'));
  for (const [name, tier] of Object.entries(r.socialInsuranceBaseTier.tiers)) {
    const at = `socialInsuranceBaseTier.tiers.${name}`;
    if (tier.maxRatio !== null && tier.maxRatio <= tier.minRatio) out.push(problem(`${at}.maxRatio`, '须大于 minRatio', 'must be greater than minRatio'));
    if (tier.requiredMonths > tier.windowMonths) out.push(problem(`${at}.requiredMonths`, '不能大于 windowMonths', 'must not exceed windowMonths'));
  }
  return out;
}

function hukouChecks(r: HukouTransferRules): RuleDataProblem[] {
  const out: RuleDataProblem[] = [];
  if (r.marketBase.requiredMonths > r.marketBase.windowMonths) out.push(problem('marketBase.requiredMonths', '不能大于 windowMonths', 'must not exceed windowMonths'));
  for (const [name, reduced] of Object.entries(r.reducedYears)) {
    if (reduced.requiredYears > r.requiredYears) out.push(problem(`reducedYears.${name}.requiredYears`, '缩短后的年限不能多于标准年限', 'a shortened requirement cannot exceed the standard one'));
  }
  return out;
}

function criteriaChecks(r: PolicyCriteriaRules): RuleDataProblem[] {
  const out: RuleDataProblem[] = [];
  if (r.configured && r.criteria.length === 0) out.push(problem('criteria', '已配置的政策至少需要一项条件', 'a configured policy needs at least one criterion'));
  if (!r.configured && !r.notConfiguredReason) out.push(problem('notConfiguredReason', '未配置时须说明原因', 'a reason is required while not configured'));
  const codes = new Set<string>();
  r.criteria.forEach((c, i) => {
    if (codes.has(c.code)) out.push(problem(`criteria.${i}.code`, `条件代码 ${c.code} 重复`, `criterion code ${c.code} is used twice`));
    codes.add(c.code);
    const walk = (test: CriterionTest, at: string) => {
      if (test.kind === 'ANY' || test.kind === 'ALL') {
        if (test.of.length === 0) out.push(problem(`${at}.of`, '至少需要一项', 'needs at least one item'));
        test.of.forEach((sub, j) => walk(sub, `${at}.of.${j}`));
      } else if (test.kind === 'IN') {
        const allowed = LEVEL_VALUES[test.fact];
        test.values.forEach((v, j) => {
          if (!allowed.includes(v)) out.push(problem(`${at}.values.${j}`, `不是 ${test.fact} 的取值`, `is not a value of ${test.fact}`));
        });
      }
    };
    walk(c.test, `criteria.${i}.test`);
  });
  const benefitCodes = new Set<string>();
  r.benefits.forEach((b, i) => {
    if (benefitCodes.has(b.code)) out.push(problem(`benefits.${i}.code`, `代码 ${b.code} 重复`, `code ${b.code} is used twice`));
    benefitCodes.add(b.code);
  });
  for (const p of grantLimitsChecks(r.grantLimits)) out.push(problem(p.path, p.zh, p.en));
  for (const p of applicationCapChecks(r.applicationCap)) out.push(problem(p.path, p.zh, p.en));
  return out;
}

/**
 * A consistent sample answer for these rules: enough months of social insurance for the tier it
 * claims and an age old enough to have paid them, so only rules that cannot run fail the trial.
 */
function residencePointsTrialInput(r: ResidencePointsRules): ResidencePointsInput {
  const months = Math.min(r.inputLimits.maxMonths, Math.max(60, r.socialInsuranceBaseTier.tiers.FROM_1_TO_2X.requiredMonths));
  const age = Math.min(r.inputLimits.maxAge, Math.max(30, r.inputLimits.minAge, MIN_WORKING_AGE + Math.ceil(months / 12)));
  return { age, education: 'MASTER', titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: 12, socialInsuranceMonths: months, socialInsuranceBaseTier: 'FROM_1_TO_2X', remoteKeyArea: { zone: 'OTHER', yearsWorkAndLive: 6 }, publicServiceYears: 6, award: 'MUNICIPAL_SPECIAL' };
}

/** Runs the evaluator once on sample input: rules that cannot be evaluated are refused. */
function trial(kind: RuleKindName, data: unknown): RuleDataProblem[] {
  const asOf = new Date('2026-01-01T00:00:00Z');
  try {
    switch (kind) {
      case 'RESIDENCE_POINTS':
        estimateResidencePoints(residencePointsTrialInput(data as ResidencePointsRules), data as ResidencePointsRules);
        break;
      case 'HUKOU_TRANSFER':
        checkHukouTransfer({ permitMonthsHeld: 84, socialInsuranceMonthsWhileHolding: 84, titleLevel: 'INTERMEDIATE_OR_TECHNICIAN' }, data as HukouTransferRules, asOf);
        break;
      case 'GRADUATE_SCORE':
        estimateGraduateScore({ degree: 'MASTER', schoolCategory: 'CATEGORY_1', nationalHonours: 1, directSettlementCategory: 'NONE' }, data as GraduateScoreRules);
        break;
      case 'ELIGIBILITY_CRITERIA':
        checkPolicyCriteria({ age: 30, education: 'MASTER', laborContractMonths: 24 }, data as PolicyCriteriaRules, DEFAULT_YEARLY_PARAMETERS, asOf);
        break;
      case 'TALENT_APARTMENT':
        for (const tier of Object.values((data as TalentApartmentRules).subsidy.tiers)) monthlySubsidyFen(3000, tier);
        break;
      case 'YEARLY_PARAMETERS':
        break;
    }
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [problem('(root)', `规则无法试算：${message}`, `the rules cannot be evaluated: ${message}`)];
  }
}

/**
 * Stored rule data in today's shape: sections added to a kind after a version was stored are
 * filled with what their absence meant (criteria stored before per-person limits: no limits;
 * before caps were rule data: no cap).
 * Stored versions are never rewritten; a new version starts from this.
 */
export function upgradeRuleData(kind: RuleKindName, data: unknown): unknown {
  if (kind !== 'ELIGIBILITY_CRITERIA' || !data || typeof data !== 'object') return data;
  if ('grantLimits' in data && 'applicationCap' in data) return data;
  return {
    ...(data),
    ...('grantLimits' in data ? {} : { grantLimits: structuredClone(NO_GRANT_LIMITS) }),
    ...('applicationCap' in data ? {} : { applicationCap: structuredClone(NO_APPLICATION_CAP) }),
  };
}

/** Every problem with `data` as rule data of `kind`; empty when it may be stored. */
export function validateRuleData(kind: RuleKindName, data: unknown): RuleDataProblem[] {
  const parsed = parseRuleData(kind, data);
  if (!parsed.ok) return parsed.problems;
  const semantic =
    kind === 'RESIDENCE_POINTS'
      ? residencePointsChecks(data as ResidencePointsRules)
      : kind === 'HUKOU_TRANSFER'
        ? hukouChecks(data as HukouTransferRules)
        : kind === 'ELIGIBILITY_CRITERIA'
          ? criteriaChecks(data as PolicyCriteriaRules)
          : [];
  if (semantic.length > 0) return semantic;
  return trial(kind, data);
}

export const DEFAULT_RULE_DATA: Omit<RuleDataOf, 'ELIGIBILITY_CRITERIA'> = {
  RESIDENCE_POINTS: DEFAULT_RESIDENCE_POINTS_RULES,
  HUKOU_TRANSFER: DEFAULT_HUKOU_TRANSFER_RULES,
  GRADUATE_SCORE: DEFAULT_GRADUATE_SCORE_RULES,
  YEARLY_PARAMETERS: DEFAULT_YEARLY_PARAMETERS,
  TALENT_APARTMENT: DEFAULT_TALENT_APARTMENT_RULES,
};

/**
 * Applies `value` at a dotted `path` (`age.maxPoints`, `criteria.2.test.min`) to a deep copy of
 * `data`. Only existing keys or list positions can be changed; the result is validated separately.
 */
export function applyChange(data: unknown, path: string, value: unknown): { ok: true; data: unknown; previous: unknown } | { ok: false; problem: RuleDataProblem } {
  const copy = structuredClone(data) as Record<string, unknown>;
  const parts = path.split('.');
  if (!path || parts.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype')) {
    return { ok: false, problem: problem(path || '(root)', '路径无效', 'is not a valid path') };
  }
  // split() gives at least one part: the last is the key to change, the others lead to it.
  const last = parts.pop() ?? '';
  let node: unknown = copy;
  for (const part of parts) {
    node = step(node, part);
    if (node === undefined || node === null || typeof node !== 'object') {
      return { ok: false, problem: problem(path, '路径不存在', 'does not exist in the rule data') };
    }
  }
  const container = node as Record<string, unknown> | unknown[];
  const exists = Array.isArray(container) ? /^\d+$/.test(last) && Number(last) <= container.length : Object.prototype.hasOwnProperty.call(container, last);
  if (!exists) return { ok: false, problem: problem(path, '路径不存在', 'does not exist in the rule data') };
  const previous = Array.isArray(container) ? container[Number(last)] : container[last];
  if (Array.isArray(container)) container[Number(last)] = value;
  else container[last] = value;
  return { ok: true, data: copy, previous: previous === undefined ? null : previous };

  function step(current: unknown, key: string): unknown {
    if (Array.isArray(current)) return /^\d+$/.test(key) ? current[Number(key)] : undefined;
    if (current && typeof current === 'object' && Object.prototype.hasOwnProperty.call(current, key)) return (current as Record<string, unknown>)[key];
    return undefined;
  }
}
