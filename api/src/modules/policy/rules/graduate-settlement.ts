// New-graduate settlement as an eligibility result (POLICY.md §2.3): two routes, either suffices:
// direct settlement without scoring, or a score of at least the standard (72).
import { type LocalisedText, PRELIMINARY_CHECK_NOTICE, assertValid } from './common.js';
import type { CriterionResult, EligibilityResult, Verdict } from './criteria.js';
import { type GraduateScoreInput, type GraduateScoreResult, estimateGraduateScore, validateGraduateScoreInput } from './graduate-score.js';
import type { GraduateScoreRules } from './graduate-score.rules.js';

export interface GraduateSettlementResult extends EligibilityResult {
  /** The score route in full; null while degree or school category is missing. */
  score: GraduateScoreResult | null;
}

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

/** Like the score, but a missing degree or school only makes the score route UNKNOWN. */
export function checkGraduateSettlement(input: Partial<GraduateScoreInput>, rules: GraduateScoreRules): GraduateSettlementResult {
  const missingCore = input.degree == null || input.schoolCategory == null;
  const errors = validateGraduateScoreInput(input as GraduateScoreInput, rules).filter((e) => !(missingCore && e.code === 'REQUIRED'));
  assertValid(errors);

  const either = t('（直接落户与评分两种途径满足其一即可）', ' (either route, direct settlement or the score, is enough)');
  const legalBasis = `${rules.legalBasis} 标准分 ${rules.standardScore} 分`;
  let score: GraduateScoreResult | null = null;
  let scoreCriterion: CriterionResult;
  if (missingCore) {
    // Direct settlement is judged the same way whatever the score inputs are.
    const direct = estimateGraduateScore({ ...input, degree: 'BACHELOR', schoolCategory: 'OTHER' }, rules).directSettlement;
    scoreCriterion = {
      code: 'SCORE',
      status: 'UNKNOWN',
      legalBasis,
      explanation: t(`请提供学历（学位）和学校类别，以计算评分${either.zh}`, `Please give your degree and university category to compute the score${either.en}`),
    };
    return finish(direct, scoreCriterion, null);
  }
  score = estimateGraduateScore(input as GraduateScoreInput, rules);
  const short = rules.standardScore - score.total;
  scoreCriterion =
    short <= 0
      ? {
          code: 'SCORE',
          status: 'MET',
          legalBasis,
          explanation: t(`评分 ${score.total} 分，达到标准分 ${rules.standardScore} 分${either.zh}`, `Score ${score.total}, at or above the standard ${rules.standardScore}${either.en}`),
        }
      : {
          code: 'SCORE',
          status: 'NOT_MET',
          legalBasis,
          explanation: t(`评分 ${score.total} 分，低于标准分 ${rules.standardScore} 分${either.zh}`, `Score ${score.total}, below the standard ${rules.standardScore}${either.en}`),
          howToChange: t(
            `还差 ${short} 分；未计分的加分项（如发明专利 +${rules.inventionPatent}、西部计划等基层服务 +${rules.grassrootsService}、重点学科 +${rules.keyDiscipline}）可能补足`,
            `${short} points short; bonus items not yet counted (e.g. an invention patent +${rules.inventionPatent}, grassroots service +${rules.grassrootsService}, a key discipline +${rules.keyDiscipline}) may close the gap`,
          ),
        };
  return finish(score.directSettlement, scoreCriterion, score);

  function finish(direct: CriterionResult, scoreResult: CriterionResult, full: GraduateScoreResult | null): GraduateSettlementResult {
    const statuses = [direct.status, scoreResult.status];
    const verdict: Verdict = statuses.includes('MET') ? 'LIKELY_ELIGIBLE' : statuses.includes('UNKNOWN') ? 'NEEDS_INFORMATION' : 'NOT_ELIGIBLE';
    return { verdict, criteria: [direct, scoreResult], score: full, disclaimer: PRELIMINARY_CHECK_NOTICE };
  }
}
