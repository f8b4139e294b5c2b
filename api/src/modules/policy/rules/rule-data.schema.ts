// Shapes of the rule data an administrator may store, and a checker that reports every problem by
// its path in the data (`age.maxPoints`). Pure; the service runs it before a rule version is saved.
import { type LocalisedText } from './common.js';
import { FLAG_FACTS, LEVEL_FACTS, LEVEL_VALUES, NUMBER_FACTS } from './eligibility-facts.js';
import { CLASS_RANKS, COMPUTER_LEVELS, GRADUATE_DEGREES, LANGUAGE_LEVELS, SCHOOL_CATEGORIES } from './graduate-score.rules.js';
import { HUKOU_TITLE_LEVELS } from './hukou-transfer.rules.js';
import { AWARD_LEVELS, BASE_TIERS, EDUCATION_LEVELS, KEY_AREA_ZONES, TITLE_OR_SKILL_LEVELS } from './residence-points.rules.js';
import { SUBSIDY_CATEGORIES } from './talent-apartment.rules.js';
import { GRANT_PERIODS } from './grant-limits.js';
import { MAX_APPLICATION_CAP_YUAN } from './application-cap.js';

export type Shape =
  | { type: 'number'; min?: number; max?: number; integer?: boolean; nullable?: boolean }
  | { type: 'boolean'; nullable?: boolean }
  | { type: 'string'; nullable?: boolean; maxLength?: number; pattern?: RegExp; options?: readonly string[] }
  | { type: 'array'; of: Shape; maxItems?: number; nullable?: boolean }
  | { type: 'object'; fields: Record<string, Shape>; nullable?: boolean }
  /** An object whose keys are exactly `keys`, every value of shape `of`. */
  | { type: 'record'; keys: readonly string[]; of: Shape }
  /** A tagged union: `tag` picks the shape. */
  | { type: 'union'; tag: string; variants: Record<string, Shape> }
  | { type: 'lazy'; get: () => Shape };

export interface RuleDataProblem {
  path: string;
  message: LocalisedText;
}

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

const num = (extra: Omit<Extract<Shape, { type: 'number' }>, 'type'> = {}): Shape => ({ type: 'number', min: 0, ...extra });
const int = (extra: Omit<Extract<Shape, { type: 'number' }>, 'type'> = {}): Shape => ({ type: 'number', min: 0, integer: true, ...extra });
const str = (extra: Omit<Extract<Shape, { type: 'string' }>, 'type'> = {}): Shape => ({ type: 'string', maxLength: 2000, ...extra });
const obj = (fields: Record<string, Shape>, nullable = false): Shape => ({ type: 'object', fields, nullable });
const text: Shape = obj({ zh: str({ maxLength: 1000 }), en: str({ maxLength: 1000 }) });
const provenance: Shape = { type: 'array', maxItems: 50, of: obj({ tag: str({ options: ['V-official', 'V', 'V-1', 'INF', 'CONFLICT', 'UNKNOWN'] }), note: str() }) };
const basis = { legalBasis: str({ maxLength: 500 }), provenance };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const RESIDENCE_POINTS_SHAPE: Shape = obj({
  regulation: obj({ title: str(), number: str(), inForceFrom: str({ pattern: DATE }), validTo: str({ pattern: DATE }), provenance }),
  standardScore: int({ min: 1, max: 1000 }),
  inputLimits: obj({
    minAge: int({ max: 100 }),
    maxAge: int({ max: 100 }),
    maxMonths: int({ min: 1, max: 1200 }),
    maxYears: int({ min: 1, max: 100 }),
    maxCount: int({ min: 1, max: 1000 }),
    maxTaxWan: num({ min: 1 }),
    maxHires: int({ min: 1 }),
    provenance,
  }),
  age: obj({ ...basis, maxPoints: int(), floorBandFromAge: int({ max: 100 }), floorBandToAge: int({ max: 100 }), floorBandPoints: int(), pointsPerYearYounger: int() }),
  education: obj({ ...basis, points: { type: 'record', keys: EDUCATION_LEVELS, of: int({ max: 1000 }) } }),
  titleOrSkill: obj({
    ...basis,
    points: { type: 'record', keys: TITLE_OR_SKILL_LEVELS, of: int({ max: 1000 }) },
    salaryBaseCondition: obj({
      levels: { type: 'array', of: str({ options: TITLE_OR_SKILL_LEVELS }), maxItems: TITLE_OR_SKILL_LEVELS.length },
      minMonths: int({ max: 120 }),
      windowMonths: int({ min: 1, max: 120 }),
    }),
  }),
  socialInsuranceYears: obj({ ...basis, pointsPerFullYear: int({ max: 100 }) }),
  entrepreneur: obj({ ...basis, points: int({ max: 1000 }) }),
  innovationIntermediary: obj({ ...basis, points: int({ max: 1000 }) }),
  shortageMajor: obj({ ...basis, points: int({ max: 1000 }) }),
  investmentOrHires: obj({ ...basis, taxStepWan: num({ min: 0.01 }), hiresStep: int({ min: 1 }), pointsPerStep: int({ max: 1000 }), cap: int({ max: 1000 }) }),
  socialInsuranceBaseTier: obj({
    ...basis,
    tiers: {
      type: 'record',
      keys: BASE_TIERS.filter((b) => b !== 'NONE'),
      of: obj({ points: int({ max: 1000 }), minRatio: num({ max: 100 }), maxRatio: num({ max: 100, nullable: true }), requiredMonths: int({ max: 240 }), windowMonths: int({ min: 1, max: 240 }) }),
    },
  }),
  publicService: obj({ ...basis, pointsPerFullYear: int({ max: 100 }), thresholdYears: int({ max: 100 }), cap: int({ max: 1000, nullable: true }) }),
  remoteKeyArea: obj({ ...basis, pointsPerFullYear: int({ max: 100 }), thresholdYears: { type: 'record', keys: KEY_AREA_ZONES, of: int({ max: 100 }) }, cap: int({ max: 1000 }) }),
  freshGraduate: obj({ ...basis, points: int({ max: 1000 }) }),
  award: obj({ ...basis, points: { type: 'record', keys: AWARD_LEVELS.filter((a) => a !== 'NONE'), of: int({ max: 1000 }) } }),
  spouseHukou: obj({ ...basis, pointsPerFullYear: int({ max: 100 }), cap: int({ max: 1000 }) }),
  falseMaterial: obj({ ...basis, pointsEach: int({ max: 1000 }), windowYears: int({ max: 100 }) }),
  adminDetention: obj({ ...basis, pointsEach: int({ max: 1000 }), windowYears: int({ max: 100 }) }),
  generalCriminal: obj({ ...basis, pointsEach: int({ max: 1000 }), windowYears: int({ max: 100 }) }),
  seriousCriminalVeto: obj(basis),
});

const HUKOU_CRITERIA_KEYS = ['PERMIT_YEARS', 'SOCIAL_INSURANCE_YEARS', 'SHANGHAI_INCOME_TAX', 'TAX_AND_INSURANCE_SAME_EMPLOYER', 'TITLE', 'NO_CRIMINAL_RECORD', 'MARKET_BASE'] as const;

export const HUKOU_TRANSFER_SHAPE: Shape = obj({
  requiredYears: int({ min: 1, max: 50 }),
  minimumTitle: str({ options: HUKOU_TITLE_LEVELS }),
  marketBase: obj({ minRatio: num({ max: 100 }), requiredMonths: int({ max: 240 }), windowMonths: int({ min: 1, max: 240 }) }),
  reducedYears: obj({
    remotePublicService: obj({ continuousYears: int({ max: 50 }), requiredYears: int({ max: 50 }) }),
    lingangGeneral: obj({ minYearsInLingang: int({ max: 50 }), requiredYears: int({ max: 50 }) }),
    lingangCoreTalent: obj({ minYearsInLingang: int({ max: 50 }), requiredYears: int({ max: 50 }) }),
  }),
  titleWaiver: obj({ baseRatio: num({ max: 100 }), baseConsecutiveYears: int({ max: 50 }), entrepreneurAvgAnnualTaxWan: num(), entrepreneurShanghaiHires: int() }),
  inputLimits: obj({ maxMonths: int({ min: 1, max: 1200 }), maxYears: int({ min: 1, max: 100 }), maxTaxWan: num({ min: 1 }), maxHires: int({ min: 1 }) }),
  legalBasis: { type: 'record', keys: HUKOU_CRITERIA_KEYS, of: str({ maxLength: 500 }) },
  provenance,
});

const DIRECT_KEYS = [
  'DOMESTIC_DOCTOR',
  'TOP_SIX_UNIVERSITY',
  'SHANGHAI_UNIVERSITY_MASTER',
  'SHANGHAI_DOUBLE_FIRST_CLASS_BACHELOR_IN_NEW_CITY_OR_TRANSFORMATION_AREA',
  'FIRST_CLASS_UNIVERSITY_MASTER',
] as const;

export const GRADUATE_SCORE_SHAPE: Shape = obj({
  legalBasis: str({ maxLength: 500 }),
  standardScore: int({ min: 1, max: 1000 }),
  degree: { type: 'record', keys: GRADUATE_DEGREES, of: int({ max: 100 }) },
  school: { type: 'record', keys: SCHOOL_CATEGORIES, of: int({ max: 100 }) },
  classRank: { type: 'record', keys: CLASS_RANKS, of: int({ max: 100 }) },
  foreignLanguage: { type: 'record', keys: LANGUAGE_LEVELS, of: int({ max: 100 }) },
  computer: obj({ points: { type: 'record', keys: COMPUTER_LEVELS, of: int({ max: 100 }) }, graduateStudentPoints: int({ max: 100 }) }),
  employer: int({ max: 100 }),
  keyDiscipline: int({ max: 100 }),
  studiedInShanghai: int({ max: 100 }),
  honours: obj({ national: int({ max: 100 }), provincial: int({ max: 100 }), school: int({ max: 100 }), schoolMaxCount: int({ max: 100 }), cap: int({ max: 100 }) }),
  inventionPatent: int({ max: 100 }),
  grassrootsService: int({ max: 100 }),
  studentStartup: int({ max: 100 }),
  directSettlement: obj({
    legalBasis: str({ maxLength: 500 }),
    categories: { type: 'record', keys: DIRECT_KEYS, of: obj({ description: text, dependsOnWorkplaceZone: { type: 'boolean' } }) },
    yuepuEmployerInTransformationArea: { type: 'boolean', nullable: true },
  }),
  inputLimits: obj({ maxCount: int({ min: 1, max: 1000 }) }),
  provenance,
});

export const YEARLY_PARAMETERS_SHAPE: Shape = obj({
  cityAverageMonthlyWage: obj({
    yuan: num({ min: 1, max: 1_000_000, nullable: true }),
    dataYear: int({ min: 2000, max: 2100, nullable: true }),
    source: str({ nullable: true, maxLength: 500 }),
  }),
  remoteKeyAreas: obj({ zones: { type: 'array', of: str({ maxLength: 100 }), maxItems: 100 }, yuepuInKeyArea: { type: 'boolean', nullable: true } }),
  shortageMajorCatalogue: obj({ majors: { type: 'array', of: str({ maxLength: 200 }), maxItems: 2000, nullable: true }, source: str({ nullable: true, maxLength: 500 }) }),
  awardCatalogue: obj({ awards: { type: 'array', of: str({ maxLength: 200 }), maxItems: 2000, nullable: true }, source: str({ nullable: true, maxLength: 500 }) }),
  provenance,
});

const CRITERION_TEST: Shape = {
  type: 'union',
  tag: 'kind',
  variants: {
    FLAG: obj({ kind: str(), fact: str({ options: FLAG_FACTS }), expected: { type: 'boolean' } }),
    MIN: obj({ kind: str(), fact: str({ options: NUMBER_FACTS }), min: num({ min: 0 }) }),
    MAX: obj({ kind: str(), fact: str({ options: NUMBER_FACTS }), max: num({ min: 0 }) }),
    IN: obj({
      kind: str(),
      fact: str({ options: LEVEL_FACTS }),
      values: { type: 'array', of: str({ options: [...new Set([...LEVEL_VALUES.education, ...LEVEL_VALUES.titleOrSkill])] }), maxItems: 20 },
    }),
    INCOME_MULTIPLE: obj({ kind: str(), fact: str({ options: NUMBER_FACTS }), multipleOfAverageAnnualWage: num({ min: 0, max: 100 }) }),
    ANY: obj({ kind: str(), of: { type: 'array', of: { type: 'lazy', get: () => CRITERION_TEST }, maxItems: 30 } }),
    ALL: obj({ kind: str(), of: { type: 'array', of: { type: 'lazy', get: () => CRITERION_TEST }, maxItems: 30 } }),
  },
};

export const POLICY_CRITERIA_SHAPE: Shape = obj({
  configured: { type: 'boolean' },
  notConfiguredReason: obj({ zh: str({ maxLength: 1000 }), en: str({ maxLength: 1000 }) }, true),
  legalBasis: str({ maxLength: 500 }),
  criteria: {
    type: 'array',
    maxItems: 50,
    of: obj({ code: str({ pattern: /^[A-Z][A-Z0-9_]{0,63}$/ }), label: text, legalBasis: str({ maxLength: 500 }), test: CRITERION_TEST, howToChange: obj({ zh: str({ maxLength: 1000 }), en: str({ maxLength: 1000 }) }, true) }),
  },
  benefits: {
    type: 'array',
    maxItems: 50,
    of: obj({ code: str({ pattern: /^[A-Z][A-Z0-9_]{0,63}$/ }), label: text, amount: num({ nullable: true, max: 1e12 }), unit: text, note: obj({ zh: str({ maxLength: 1000 }), en: str({ maxLength: 1000 }) }, true) }),
  },
  grantLimits: obj({
    maxGrantsPerPerson: int({ min: 1, max: 1000, nullable: true }),
    maxGrantsPerPeriod: int({ min: 1, max: 1000, nullable: true }),
    period: str({ options: GRANT_PERIODS }),
    periodMonths: int({ min: 1, max: 120, nullable: true }),
    maxAmountYuanPerPerson: int({ min: 1, max: 100_000_000, nullable: true }),
    provenance,
  }),
  applicationCap: obj({ amountYuan: int({ min: 1, max: MAX_APPLICATION_CAP_YUAN, nullable: true }), sample: { type: 'boolean' } }),
  provenance,
});

export const TALENT_APARTMENT_SHAPE: Shape = obj({
  legalBasis: str({ maxLength: 500 }),
  subsidy: obj({
    legalBasis: str({ maxLength: 500 }),
    tiers: { type: 'record', keys: SUBSIDY_CATEGORIES, of: obj({ label: text, ratePercent: num({ max: 100 }), monthlyCapYuan: int({ max: 100_000 }) }) },
    maxMonthsPerPerson: int({ min: 1, max: 240 }),
  }),
  letting: obj({ offerResponseDays: int({ min: 1, max: 60 }), leaseTermMonths: int({ min: 1, max: 60 }) }),
  provenance,
});

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Every problem with `value` against `shape`; an empty list means the data is well formed. */
export function checkShape(value: unknown, shape: Shape, path = ''): RuleDataProblem[] {
  const at = path || '(root)';
  const problem = (zh: string, en: string): RuleDataProblem[] => [{ path: at, message: t(`${at}：${zh}`, `${at}: ${en}`) }];
  if (shape.type === 'lazy') return checkShape(value, shape.get(), path);
  if (value === null && 'nullable' in shape && shape.nullable) return [];
  switch (shape.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return problem('须为数字', 'must be a number');
      if (shape.integer && !Number.isInteger(value)) return problem('须为整数', 'must be a whole number');
      if (shape.min !== undefined && value < shape.min) return problem(`不能小于 ${shape.min}`, `must be at least ${shape.min}`);
      if (shape.max !== undefined && value > shape.max) return problem(`不能大于 ${shape.max}`, `must be at most ${shape.max}`);
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : problem('须为 true 或 false', 'must be true or false');
    case 'string': {
      if (typeof value !== 'string') return problem('须为文字', 'must be text');
      if (shape.maxLength !== undefined && value.length > shape.maxLength) return problem(`最多 ${shape.maxLength} 个字符`, `must have at most ${shape.maxLength} characters`);
      if (shape.pattern && !shape.pattern.test(value)) return problem('格式不正确', 'has the wrong format');
      if (shape.options && !shape.options.includes(value)) return problem(`须为以下之一：${shape.options.join('、')}`, `must be one of ${shape.options.join(', ')}`);
      return [];
    }
    case 'array': {
      if (!Array.isArray(value)) return problem('须为列表', 'must be a list');
      if (shape.maxItems !== undefined && value.length > shape.maxItems) return problem(`最多 ${shape.maxItems} 项`, `must have at most ${shape.maxItems} items`);
      return value.flatMap((item, i) => checkShape(item, shape.of, path ? `${path}.${i}` : String(i)));
    }
    case 'object':
    case 'record': {
      if (kindOf(value) !== 'object') return problem(`须为对象（现为 ${kindOf(value)}）`, `must be an object (is ${kindOf(value)})`);
      const record = value as Record<string, unknown>;
      const fields: Record<string, Shape> = shape.type === 'object' ? shape.fields : Object.fromEntries(shape.keys.map((k) => [k, shape.of]));
      const problems: RuleDataProblem[] = [];
      for (const key of Object.keys(record)) {
        if (!(key in fields)) problems.push(...checkShapeUnknownKey(path, key));
      }
      for (const [key, sub] of Object.entries(fields)) {
        const subPath = path ? `${path}.${key}` : key;
        if (!(key in record)) problems.push({ path: subPath, message: t(`${subPath}：缺少此项`, `${subPath}: missing`) });
        else problems.push(...checkShape(record[key], sub, subPath));
      }
      return problems;
    }
    case 'union': {
      if (kindOf(value) !== 'object') return problem('须为对象', 'must be an object');
      const tag = (value as Record<string, unknown>)[shape.tag];
      const variant = typeof tag === 'string' ? shape.variants[tag] : undefined;
      if (!variant) {
        const tagPath = path ? `${path}.${shape.tag}` : shape.tag;
        return [{ path: tagPath, message: t(`${tagPath}：须为以下之一：${Object.keys(shape.variants).join('、')}`, `${tagPath}: must be one of ${Object.keys(shape.variants).join(', ')}`) }];
      }
      return checkShape(value, variant, path);
    }
  }
}

function checkShapeUnknownKey(path: string, key: string): RuleDataProblem[] {
  const subPath = path ? `${path}.${key}` : key;
  return [{ path: subPath, message: t(`${subPath}：不是可用的字段`, `${subPath}: is not a known field`) }];
}
