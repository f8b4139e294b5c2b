// One schema per kind of rule data (zod): what an administrator may store, checked field by field,
// and (z.infer, in each kind's *.schema.ts) the types the evaluators read. The schemas replace the
// hand-written checker this file used to hold; problems keep its paths and bilingual wording.
import type { z } from 'zod';
import { GRADUATE_SCORE_SCHEMA } from './graduate-score.schema.js';
import { HUKOU_TRANSFER_SCHEMA } from './hukou-transfer.schema.js';
import { POLICY_CRITERIA_SCHEMA } from './policy-criteria.schema.js';
import { RESIDENCE_POINTS_SCHEMA } from './residence-points.schema.js';
import { problemsOf, type RuleDataProblem } from './rule-data.problems.js';
import { TALENT_APARTMENT_SCHEMA } from './talent-apartment.schema.js';
import { YEARLY_PARAMETERS_SCHEMA } from './yearly-parameters.schema.js';

export type { RuleDataProblem } from './rule-data.problems.js';

export const RULE_DATA_SCHEMAS = {
  RESIDENCE_POINTS: RESIDENCE_POINTS_SCHEMA,
  HUKOU_TRANSFER: HUKOU_TRANSFER_SCHEMA,
  GRADUATE_SCORE: GRADUATE_SCORE_SCHEMA,
  YEARLY_PARAMETERS: YEARLY_PARAMETERS_SCHEMA,
  ELIGIBILITY_CRITERIA: POLICY_CRITERIA_SCHEMA,
  TALENT_APARTMENT: TALENT_APARTMENT_SCHEMA,
} as const;

export type RuleKindName = keyof typeof RULE_DATA_SCHEMAS;
export type RuleDataOf = { [K in RuleKindName]: z.infer<(typeof RULE_DATA_SCHEMAS)[K]> };

/** `data` as rule data of `kind`, or every problem with it, by path. */
export function parseRuleData<K extends RuleKindName>(kind: K, data: unknown): { ok: true; data: RuleDataOf[K] } | { ok: false; problems: RuleDataProblem[] } {
  const result = RULE_DATA_SCHEMAS[kind].safeParse(data);
  return result.success ? { ok: true, data: result.data as RuleDataOf[K] } : { ok: false, problems: problemsOf(result.error) };
}
