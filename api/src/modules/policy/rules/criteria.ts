import type { LocalisedText } from './common.js';

export type CriterionStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';

/** One explainable condition of an eligibility check. */
export interface CriterionResult {
  code: string;
  status: CriterionStatus;
  explanation: LocalisedText;
  legalBasis: string;
  /** For NOT_MET (and sometimes UNKNOWN): what would change the outcome. */
  howToChange?: LocalisedText;
  /** The criterion depends on a value POLICY.md marks `unknown` that no administrator has entered yet. */
  notConfigured?: boolean;
}

export type Verdict = 'LIKELY_ELIGIBLE' | 'NOT_ELIGIBLE' | 'NEEDS_INFORMATION';

/** A failed condition decides the verdict even while other facts are missing. */
export function verdictOf(criteria: readonly CriterionResult[]): Verdict {
  if (criteria.some((c) => c.status === 'NOT_MET')) return 'NOT_ELIGIBLE';
  if (criteria.some((c) => c.status === 'UNKNOWN')) return 'NEEDS_INFORMATION';
  return 'LIKELY_ELIGIBLE';
}

export interface EligibilityResult {
  verdict: Verdict;
  criteria: CriterionResult[];
  /** Every check is preliminary (POLICY.md rule 4). */
  disclaimer: LocalisedText;
}
