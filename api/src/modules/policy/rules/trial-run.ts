// The trial run of a draft rule version (issue 17 item 4): the same sample facts evaluated under
// the version in force and under the draft, line by line, so an administrator sees what the change
// does before saving it. Pure; bad facts throw PolicyInputError (named by field, like the calculators).
import { assertValid, checkNumber, type FieldError, type LocalisedText } from './common.js';
import type { CriterionResult, EligibilityResult } from './criteria.js';
import { checkGraduateSettlement } from './graduate-settlement.js';
import { checkHukouTransfer } from './hukou-transfer.js';
import { checkPolicyCriteria } from './policy-criteria.js';
import { estimateResidencePoints, type ResidencePointsInput } from './residence-points.js';
import type { RuleDataOf, RuleKindName } from './rule-data.schema.js';
import { monthlySubsidyFen, SUBSIDY_CATEGORIES } from './talent-apartment.rules.js';
import { withWageAmounts } from './yearly-parameters.js';

export interface TrialLine {
  key: string;
  label: LocalisedText;
  inForce: LocalisedText;
  draft: LocalisedText;
  changed: boolean;
}

/** The other rule data an evaluation needs: the point tables and yearly parameters in force. */
export interface TrialContext {
  points: RuleDataOf['RESIDENCE_POINTS'];
  params: RuleDataOf['YEARLY_PARAMETERS'];
  asOf: Date;
}

type Outcome = { key: string; label: LocalisedText; value: LocalisedText }[];

const t = (zh: string, en: string): LocalisedText => ({ zh, en });
const VERDICT: Record<EligibilityResult['verdict'], LocalisedText> = {
  LIKELY_ELIGIBLE: t('初步判断符合', 'Likely eligible'),
  NOT_ELIGIBLE: t('不符合', 'Not eligible'),
  NEEDS_INFORMATION: t('信息不足', 'Needs information'),
};
const STATUS: Record<CriterionResult['status'], LocalisedText> = { MET: t('满足', 'Met'), NOT_MET: t('不满足', 'Not met'), UNKNOWN: t('未知', 'Unknown') };

function eligibilityOutcome(result: EligibilityResult): Outcome {
  return [
    { key: 'VERDICT', label: t('结论', 'Verdict'), value: VERDICT[result.verdict] },
    ...result.criteria.map((c) => ({
      key: c.code,
      label: t(c.code, c.code),
      value: t(`${STATUS[c.status].zh}：${c.explanation.zh}`, `${STATUS[c.status].en}: ${c.explanation.en}`),
    })),
  ];
}

function pointsOutcome(input: ResidencePointsInput, points: TrialContext['points'], params: TrialContext['params']): Outcome {
  const result = withWageAmounts(estimateResidencePoints(input, points), input, points, params);
  return [
    { key: 'TOTAL', label: t('总分', 'Total'), value: t(`${result.total} 分（标准分值 ${result.standardScore}）`, `${result.total} points (standard ${result.standardScore})`) },
    ...result.items.map((i) => ({ key: i.indicator, label: t(i.indicator, i.indicator), value: t(`${i.points} 分：${i.explanation.zh}`, `${i.points} points: ${i.explanation.en}`) })),
  ];
}

function rentSample(facts: Record<string, unknown>): number {
  const errors: FieldError[] = [];
  checkNumber(errors, 'rentYuan', facts.rentYuan, { label: t('月租金（元）', 'Monthly rent (yuan)'), min: 1, max: 1_000_000, integer: true, required: true });
  assertValid(errors);
  return facts.rentYuan as number;
}

function outcome<K extends RuleKindName>(kind: K, data: RuleDataOf[K], facts: Record<string, unknown>, ctx: TrialContext): Outcome {
  switch (kind) {
    case 'RESIDENCE_POINTS':
      return pointsOutcome(facts as unknown as ResidencePointsInput, data as RuleDataOf['RESIDENCE_POINTS'], ctx.params);
    case 'YEARLY_PARAMETERS':
      return pointsOutcome(facts as unknown as ResidencePointsInput, ctx.points, data as RuleDataOf['YEARLY_PARAMETERS']);
    case 'ELIGIBILITY_CRITERIA':
      return eligibilityOutcome(checkPolicyCriteria(facts, data as RuleDataOf['ELIGIBILITY_CRITERIA'], ctx.params, ctx.asOf));
    case 'HUKOU_TRANSFER':
      return eligibilityOutcome(checkHukouTransfer(facts, data as RuleDataOf['HUKOU_TRANSFER'], ctx.asOf));
    case 'GRADUATE_SCORE': {
      const result = checkGraduateSettlement(facts, data as RuleDataOf['GRADUATE_SCORE']);
      const score = result.score ? [{ key: 'SCORE', label: t('评分', 'Score'), value: t(`${result.score.total} 分（标准分 ${result.score.standardScore}）`, `${result.score.total} points (standard ${result.score.standardScore})`) }] : [];
      return [...score, ...eligibilityOutcome(result)];
    }
    default: {
      const rent = rentSample(facts);
      const rules = data as RuleDataOf['TALENT_APARTMENT'];
      return SUBSIDY_CATEGORIES.map((category) => {
        const tier = rules.subsidy.tiers[category];
        const { fen, capped } = monthlySubsidyFen(rent, tier);
        const yuan = (fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
        return { key: category, label: tier.label, value: t(`每月补贴 ${yuan} 元${capped ? '（已达上限）' : ''}`, `${yuan} yuan a month${capped ? ' (at the cap)' : ''}`) };
      });
    }
  }
}

/** The sample facts for each kind: what the admin enters, in the shape the calculators take. */
export function sampleKind(kind: RuleKindName): 'POINTS' | 'CRITERIA' | 'HUKOU' | 'GRADUATE' | 'RENT' {
  return ({ RESIDENCE_POINTS: 'POINTS', YEARLY_PARAMETERS: 'POINTS', ELIGIBILITY_CRITERIA: 'CRITERIA', HUKOU_TRANSFER: 'HUKOU', GRADUATE_SCORE: 'GRADUATE', TALENT_APARTMENT: 'RENT' } as const)[kind];
}

/** Both outcomes side by side; a line is `changed` when the draft gives a different answer. */
export function trialRun<K extends RuleKindName>(kind: K, sample: unknown, inForce: RuleDataOf[K], draft: RuleDataOf[K], ctx: TrialContext): TrialLine[] {
  const facts = sample !== null && typeof sample === 'object' && !Array.isArray(sample) ? (sample as Record<string, unknown>) : {};
  const before = outcome(kind, inForce, facts, ctx);
  const after = outcome(kind, draft, facts, ctx);
  const keys = [...new Set([...before.map((o) => o.key), ...after.map((o) => o.key)])];
  const none = t('—', '—');
  return keys.map((key) => {
    const a = before.find((o) => o.key === key);
    const b = after.find((o) => o.key === key);
    const label = (b ?? a)!.label;
    const changed = JSON.stringify(a?.value) !== JSON.stringify(b?.value);
    return { key, label, inForce: a?.value ?? none, draft: b?.value ?? none, changed };
  });
}
