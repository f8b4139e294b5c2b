// The 居住证积分 point tables as a zod schema: what an administrator may store, and (z.infer) the
// type the estimator reads. Bounds are sanity limits against a slipped digit, not policy.
import { z } from 'zod';
import { AWARD_LEVELS, BASE_TIERS, EDUCATION_LEVELS, KEY_AREA_ZONES, TITLE_OR_SKILL_LEVELS } from './residence-points.rules.js';
import { BASIS, DATE, PROVENANCE, exactRecord, int, num, str, without } from './schema-parts.js';

const points = (max = 1000) => int({ max });

const BASE_TIER_RULE = z.strictObject({
  points: points(),
  /** Base as a multiple of the previous year's city average wage (上年度职工社会平均工资). */
  minRatio: num({ max: 100 }),
  /** Exclusive upper bound; null for the 3× tier, which is the contribution ceiling. */
  maxRatio: num({ max: 100 }).nullable(),
  requiredMonths: int({ max: 240 }),
  windowMonths: int({ min: 1, max: 240 }),
});

const DEDUCTION = z.strictObject({ ...BASIS, pointsEach: points(), windowYears: int({ max: 100 }) });

export const RESIDENCE_POINTS_SCHEMA = z.strictObject({
  regulation: z.strictObject({ title: str(), number: str(), inForceFrom: DATE, validTo: DATE, provenance: PROVENANCE }),
  standardScore: int({ min: 1, max: 1000 }),
  /** Sanity bounds for input validation, not policy values. */
  inputLimits: z.strictObject({
    minAge: int({ max: 100 }),
    maxAge: int({ max: 100 }),
    maxMonths: int({ min: 1, max: 1200 }),
    maxYears: int({ min: 1, max: 100 }),
    maxCount: int({ min: 1, max: 1000 }),
    maxTaxWan: num({ min: 1 }),
    maxHires: int({ min: 1 }),
    provenance: PROVENANCE,
  }),
  age: z.strictObject({ ...BASIS, maxPoints: int(), floorBandFromAge: int({ max: 100 }), floorBandToAge: int({ max: 100 }), floorBandPoints: int(), pointsPerYearYounger: int() }),
  education: z.strictObject({ ...BASIS, points: exactRecord(EDUCATION_LEVELS, points()) }),
  titleOrSkill: z.strictObject({
    ...BASIS,
    points: exactRecord(TITLE_OR_SKILL_LEVELS, points()),
    salaryBaseCondition: z.strictObject({
      levels: z.array(z.enum(TITLE_OR_SKILL_LEVELS)).max(TITLE_OR_SKILL_LEVELS.length),
      minMonths: int({ max: 120 }),
      windowMonths: int({ min: 1, max: 120 }),
    }),
  }),
  socialInsuranceYears: z.strictObject({ ...BASIS, pointsPerFullYear: points(100) }),
  entrepreneur: z.strictObject({ ...BASIS, points: points() }),
  innovationIntermediary: z.strictObject({ ...BASIS, points: points() }),
  shortageMajor: z.strictObject({ ...BASIS, points: points() }),
  investmentOrHires: z.strictObject({ ...BASIS, taxStepWan: num({ min: 0.01 }), hiresStep: int({ min: 1 }), pointsPerStep: points(), cap: points() }),
  socialInsuranceBaseTier: z.strictObject({ ...BASIS, tiers: exactRecord(without(BASE_TIERS, 'NONE'), BASE_TIER_RULE) }),
  publicService: z.strictObject({ ...BASIS, pointsPerFullYear: points(100), thresholdYears: int({ max: 100 }), cap: points().nullable() }),
  remoteKeyArea: z.strictObject({ ...BASIS, pointsPerFullYear: points(100), thresholdYears: exactRecord(KEY_AREA_ZONES, int({ max: 100 })), cap: points() }),
  freshGraduate: z.strictObject({ ...BASIS, points: points() }),
  award: z.strictObject({ ...BASIS, points: exactRecord(without(AWARD_LEVELS, 'NONE'), points()) }),
  spouseHukou: z.strictObject({ ...BASIS, pointsPerFullYear: points(100), cap: points() }),
  falseMaterial: DEDUCTION,
  adminDetention: DEDUCTION,
  generalCriminal: DEDUCTION,
  seriousCriminalVeto: z.strictObject(BASIS),
});

export type ResidencePointsRules = z.infer<typeof RESIDENCE_POINTS_SCHEMA>;
export type BaseTierRule = z.infer<typeof BASE_TIER_RULE>;
export type DeductionRule = z.infer<typeof DEDUCTION>;
