/**
 * The questions of an eligibility check, by kind of check, and the conversion between the form's
 * strings and the facts input. Labels are message keys (see messages.ts).
 */
import type { EligibilityFact, EligibilityFactsInput, EligibilityKind } from '$lib/graphql/generated/graphql';
import type { FormErrors, Problem } from '$lib/errors';
import type { MessageKey } from '$lib/i18n';
import { EDUCATION_LEVELS, TITLE_LEVELS } from './points-form';

export interface Question {
  readonly key: string;
  readonly label: MessageKey;
  readonly kind: 'number' | 'select' | 'flag';
  readonly options?: readonly { value: string; label: MessageKey }[];
  readonly group?: MessageKey;
}

const NUMBER_FACTS = new Set(['age', 'socialInsuranceMonthsInLast12', 'laborContractMonths', 'consecutiveInsuranceMonthsAtEmployer', 'yearsToStatutoryRetirement', 'previousYearPreTaxIncomeYuan']);

const options = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, label: `${prefix}.${value}` as MessageKey }));

function criteriaQuestion(fact: EligibilityFact): Question {
  const label = `fact.${fact}` as MessageKey;
  if (fact === 'education') return { key: fact, label, kind: 'select', options: options('level.education', EDUCATION_LEVELS) };
  if (fact === 'titleOrSkill') return { key: fact, label, kind: 'select', options: options('level.titleOrSkill', TITLE_LEVELS) };
  return { key: fact, label, kind: NUMBER_FACTS.has(fact) ? 'number' : 'flag' };
}

const HUKOU_BASIC: readonly Question[] = [
  { key: 'permitMonthsHeld', label: 'hukou.permitMonthsHeld', kind: 'number' },
  { key: 'socialInsuranceMonthsWhileHolding', label: 'hukou.socialInsuranceMonthsWhileHolding', kind: 'number' },
  { key: 'paidShanghaiIncomeTax', label: 'hukou.paidShanghaiIncomeTax', kind: 'flag' },
  { key: 'taxAndInsuranceSameEmployer', label: 'hukou.taxAndInsuranceSameEmployer', kind: 'flag' },
  { key: 'titleLevel', label: 'hukou.titleLevel', kind: 'select', options: options('hukou.titleLevel', ['NONE', 'JUNIOR', 'INTERMEDIATE_OR_TECHNICIAN', 'SENIOR_OR_SENIOR_TECHNICIAN']) },
  { key: 'titleMatchesJob', label: 'hukou.titleMatchesJob', kind: 'flag' },
  { key: 'hasCriminalRecord', label: 'hukou.hasCriminalRecord', kind: 'flag' },
  { key: 'monthsAtMarketBaseInLast48', label: 'hukou.monthsAtMarketBaseInLast48', kind: 'number' },
  { key: 'applicationMonthAtMarketBase', label: 'hukou.applicationMonthAtMarketBase', kind: 'flag' },
].map((q) => ({ ...q, group: 'policy.group.hukou.basic' as MessageKey }) as Question);

const HUKOU_INCENTIVES: readonly Question[] = [
  { key: 'provincialAwardOrAbove', label: 'hukou.provincialAwardOrAbove', kind: 'flag' },
  { key: 'baseAtLeast2xLast3Years', label: 'hukou.baseAtLeast2xLast3Years', kind: 'flag' },
  { key: 'keyPostPay', label: 'hukou.keyPostPay', kind: 'flag' },
  { key: 'entrepreneurAvgAnnualTaxWan', label: 'hukou.entrepreneurAvgAnnualTaxWan', kind: 'number' },
  { key: 'entrepreneurAvgAnnualShanghaiHires', label: 'hukou.entrepreneurAvgAnnualShanghaiHires', kind: 'number' },
  { key: 'remotePublicServiceContinuousYears', label: 'hukou.remotePublicServiceContinuousYears', kind: 'number' },
  { key: 'lingangYears', label: 'hukou.lingangYears', kind: 'number' },
  { key: 'lingangRecommendedCoreTalent', label: 'hukou.lingangRecommendedCoreTalent', kind: 'flag' },
].map((q) => ({ ...q, group: 'policy.group.hukou.incentives' as MessageKey }) as Question);

const GRADUATE: readonly Question[] = [
  { key: 'directSettlementCategory', label: 'graduate.directSettlementCategory', kind: 'select', options: options('graduate.directSettlementCategory', ['NONE', 'DOMESTIC_DOCTOR', 'TOP_SIX_UNIVERSITY', 'SHANGHAI_UNIVERSITY_MASTER', 'SHANGHAI_DOUBLE_FIRST_CLASS_BACHELOR_IN_NEW_CITY_OR_TRANSFORMATION_AREA', 'FIRST_CLASS_UNIVERSITY_MASTER']), group: 'policy.group.graduate.core' },
  { key: 'degree', label: 'graduate.degree', kind: 'select', options: options('graduate.degree', ['BACHELOR', 'MASTER', 'DOCTOR']), group: 'policy.group.graduate.core' },
  { key: 'schoolCategory', label: 'graduate.schoolCategory', kind: 'select', options: options('graduate.schoolCategory', ['CATEGORY_1', 'CATEGORY_2', 'OTHER']), group: 'policy.group.graduate.core' },
  { key: 'classRank', label: 'graduate.classRank', kind: 'select', options: options('graduate.classRank', ['TOP_25', 'TOP_50', 'TOP_75', 'BOTTOM_25']), group: 'policy.group.graduate.more' },
  { key: 'foreignLanguage', label: 'graduate.foreignLanguage', kind: 'select', options: options('graduate.foreignLanguage', ['NONE', 'CET4_OR_TEM4', 'CET6_OR_TEM8']), group: 'policy.group.graduate.more' },
  { key: 'computerLevel', label: 'graduate.computerLevel', kind: 'select', options: options('graduate.computerLevel', ['NONE', 'LOWER', 'HIGHER']), group: 'policy.group.graduate.more' },
  { key: 'employerFactor', label: 'graduate.employerFactor', kind: 'flag', group: 'policy.group.graduate.more' },
  { key: 'keyDiscipline', label: 'graduate.keyDiscipline', kind: 'flag', group: 'policy.group.graduate.more' },
  { key: 'highestDegreeStudiedInShanghai', label: 'graduate.highestDegreeStudiedInShanghai', kind: 'flag', group: 'policy.group.graduate.more' },
  { key: 'nationalHonours', label: 'graduate.nationalHonours', kind: 'number', group: 'policy.group.graduate.more' },
  { key: 'provincialHonours', label: 'graduate.provincialHonours', kind: 'number', group: 'policy.group.graduate.more' },
  { key: 'schoolHonours', label: 'graduate.schoolHonours', kind: 'number', group: 'policy.group.graduate.more' },
  { key: 'inventionPatent', label: 'graduate.inventionPatent', kind: 'flag', group: 'policy.group.graduate.more' },
  { key: 'grassrootsService', label: 'graduate.grassrootsService', kind: 'flag', group: 'policy.group.graduate.more' },
  { key: 'studentStartup', label: 'graduate.studentStartup', kind: 'flag', group: 'policy.group.graduate.more' },
];

export function questionsFor(kind: EligibilityKind, facts: readonly EligibilityFact[]): readonly Question[] {
  if (kind === 'HUKOU_TRANSFER') return [...HUKOU_BASIC, ...HUKOU_INCENTIVES];
  if (kind === 'GRADUATE_SCORE') return GRADUATE;
  return facts.map(criteriaQuestion);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The answers as the facts input (nested for 居转户 and graduates), or local errors. */
export function factsFrom(kind: EligibilityKind, questions: readonly Question[], values: Readonly<Record<string, string>>): { facts: EligibilityFactsInput | null; errors: FormErrors } {
  const part: Record<string, unknown> = {};
  const fields: Record<string, Problem> = {};
  for (const q of questions) {
    const raw = (values[q.key] ?? '').trim();
    if (!raw) continue;
    if (q.kind === 'number') {
      if (!NUMBER.test(raw)) fields[q.key] = { code: 'INVALID', key: 'userError.INVALID' };
      else part[q.key] = Number(raw);
    } else if (q.kind === 'flag') part[q.key] = raw === 'true';
    else part[q.key] = raw;
  }
  if (Object.keys(fields).length > 0) return { facts: null, errors: { form: [], fields } };
  const facts: EligibilityFactsInput = kind === 'HUKOU_TRANSFER' ? { hukouTransfer: part } : kind === 'GRADUATE_SCORE' ? { graduate: part } : (part as EligibilityFactsInput);
  return { facts, errors: { form: [], fields: {} } };
}

/** Saved facts back into the form's strings. */
export function valuesFrom(kind: EligibilityKind, saved: EligibilityFactsInput): Record<string, string> {
  const source = (kind === 'HUKOU_TRANSFER' ? saved.hukouTransfer : kind === 'GRADUATE_SCORE' ? saved.graduate : saved) ?? {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'boolean') out[key] = value ? 'true' : 'false';
    else if (typeof value === 'number' || typeof value === 'string') out[key] = String(value);
  }
  return out;
}
