// A policy's criteria rule data as a zod schema: the conditions (a small test language over the
// facts in eligibility-facts.ts), what the policy gives, per-person grant limits and the amount
// cap. z.infer gives the types the check reads; only the recursive test is written out by hand,
// because a type cannot be inferred from a schema that refers to itself.
import { z } from 'zod';
import { FLAG_FACTS, LEVEL_FACTS, NUMBER_FACTS, type FlagFact, type LevelFact, type NumberFact } from './eligibility-facts.js';
import { EDUCATION_LEVELS, TITLE_OR_SKILL_LEVELS } from './residence-points.rules.js';
import { GRANT_PERIODS } from './grant-limits.js';
import { MAX_APPLICATION_CAP_YUAN } from './application-cap.js';
import { PROVENANCE, int, num, str, text } from './schema-parts.js';

export type CriterionTest =
  | { kind: 'FLAG'; fact: FlagFact; expected: boolean }
  | { kind: 'MIN'; fact: NumberFact; min: number }
  | { kind: 'MAX'; fact: NumberFact; max: number }
  | { kind: 'IN'; fact: LevelFact; values: string[] }
  /** Income at least `multiple` × the city average wage × 12 (the wage is a yearly parameter). */
  | { kind: 'INCOME_MULTIPLE'; fact: NumberFact; multipleOfAverageAnnualWage: number }
  | { kind: 'ANY'; of: CriterionTest[] }
  | { kind: 'ALL'; of: CriterionTest[] };

/** Level values of either level fact; which fact takes which is a cross-field check (rule-kinds.ts). */
const LEVEL_VALUE = z.enum([...new Set([...EDUCATION_LEVELS, ...TITLE_OR_SKILL_LEVELS])] as [string, ...string[]]);

export const CRITERION_TEST: z.ZodType<CriterionTest> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('FLAG'), fact: z.enum(FLAG_FACTS), expected: z.boolean() }),
    z.strictObject({ kind: z.literal('MIN'), fact: z.enum(NUMBER_FACTS), min: num() }),
    z.strictObject({ kind: z.literal('MAX'), fact: z.enum(NUMBER_FACTS), max: num() }),
    z.strictObject({ kind: z.literal('IN'), fact: z.enum(LEVEL_FACTS), values: z.array(LEVEL_VALUE).max(20) }),
    z.strictObject({ kind: z.literal('INCOME_MULTIPLE'), fact: z.enum(NUMBER_FACTS), multipleOfAverageAnnualWage: num({ max: 100 }) }),
    z.strictObject({ kind: z.literal('ANY'), of: z.array(CRITERION_TEST).max(30) }),
    z.strictObject({ kind: z.literal('ALL'), of: z.array(CRITERION_TEST).max(30) }),
  ]),
);

const CODE = str(64, /^[A-Z][A-Z0-9_]{0,63}$/);

const CRITERION_RULE = z.strictObject({
  code: CODE,
  /** The condition in words, e.g. 劳动合同期限一年以上. */
  label: text(),
  legalBasis: str(500),
  test: CRITERION_TEST,
  /** What would change a NOT_MET outcome; null = worded from the test. */
  howToChange: text().nullable(),
});

/** What a policy gives: a rate, a cap, an amount. `amount: null` = not configured (待配置). */
const BENEFIT_RULE = z.strictObject({ code: CODE, label: text(), amount: num({ max: 1e12 }).nullable(), unit: text(), note: text().nullable() });

/**
 * Per-person limits; each is null while no source gives it ("待配置"): then there is no limit of
 * that kind. A grant is an approval; it counts from the day it was approved.
 */
export const GRANT_LIMITS_SCHEMA = z.strictObject({
  /** Most approvals one person may get for this policy, ever. */
  maxGrantsPerPerson: int({ min: 1, max: 1000 }).nullable(),
  /** Most approvals one person may get within one period (see `period`). */
  maxGrantsPerPeriod: int({ min: 1, max: 1000 }).nullable(),
  /** CALENDAR_YEAR: the Shanghai calendar year of the approval; ROLLING_MONTHS: the `periodMonths` months before it. */
  period: z.enum(GRANT_PERIODS),
  /** Only for ROLLING_MONTHS. */
  periodMonths: int({ min: 1, max: 120 }).nullable(),
  /** Most money (yuan) approved to one person for this policy, ever; only for policies that pay money. */
  maxAmountYuanPerPerson: int({ min: 1, max: 100_000_000 }).nullable(),
  /** Where each value comes from; the legal basis is the rule version's, named in every refusal. */
  provenance: PROVENANCE,
});

export const APPLICATION_CAP_SCHEMA = z.strictObject({
  /** Yuan; null while no official document gives it ("待配置 / not configured"). */
  amountYuan: int({ min: 1, max: MAX_APPLICATION_CAP_YUAN }).nullable(),
  /** true for the illustrative caps of the sample data, shown to users as 示例 / sample. */
  sample: z.boolean(),
});

export const POLICY_CRITERIA_SCHEMA = z.strictObject({
  /** false when POLICY.md gives no rules: the check then says so instead of guessing. */
  configured: z.boolean(),
  notConfiguredReason: text().nullable(),
  legalBasis: str(500),
  criteria: z.array(CRITERION_RULE).max(50),
  benefits: z.array(BENEFIT_RULE).max(50),
  /** How often one person may be granted the benefit. Versions stored before limits existed have none: read with `grantLimitsOf`. */
  grantLimits: GRANT_LIMITS_SCHEMA,
  /** Most money one application may be approved for; versions stored before caps were rule data have none: read with `applicationCapOf`. */
  applicationCap: APPLICATION_CAP_SCHEMA,
  provenance: PROVENANCE,
});

export type CriterionRule = z.infer<typeof CRITERION_RULE>;
export type BenefitRule = z.infer<typeof BENEFIT_RULE>;
export type GrantLimits = z.infer<typeof GRANT_LIMITS_SCHEMA>;
export type ApplicationCap = z.infer<typeof APPLICATION_CAP_SCHEMA>;
export type PolicyCriteriaRules = z.infer<typeof POLICY_CRITERIA_SCHEMA>;
