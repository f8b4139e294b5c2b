/**
 * The calculator's answers as form state (strings for number boxes, so blank means "not given"),
 * and their two other shapes: the GraphQL input, and the page address (shareable, bookmarkable).
 * Address parameters use the input's own field names; only answers that differ from the
 * defaults are written.
 */
import type { FormErrors, Problem } from '$lib/errors';
import type { AwardLevel, EducationLevel, RemoteKeyZone, ResidencePointsInput, SocialInsuranceBaseTier, TitleOrSkillLevel } from '$lib/graphql/generated/graphql';

export const EDUCATION_LEVELS: readonly EducationLevel[] = ['NONE', 'ASSOCIATE', 'BACHELOR', 'BACHELOR_WITH_DEGREE', 'MASTER', 'DOCTOR'];
export const TITLE_LEVELS: readonly TitleOrSkillLevel[] = ['NONE', 'SKILL_5', 'SKILL_4', 'SKILL_3', 'SKILL_2_OR_INTERMEDIATE_TITLE', 'SKILL_1_OR_SENIOR_TITLE'];
export const BASE_TIERS: readonly SocialInsuranceBaseTier[] = ['NONE', 'FROM_0_8_TO_1X', 'FROM_1_TO_2X', 'FROM_2_TO_3X', 'AT_3X'];
export const ZONES: readonly RemoteKeyZone[] = ['LINGANG', 'OTHER'];
export const AWARDS: readonly AwardLevel[] = ['NONE', 'MUNICIPAL_SPECIAL', 'MUNICIPAL_COMPREHENSIVE', 'PROVINCIAL_OR_ABOVE'];

const NUMBER_FIELDS = [
  'age',
  'monthsBaseAtLeastAverageInLast12',
  'socialInsuranceMonths',
  'investmentAvgAnnualTaxWan',
  'investmentAvgAnnualShanghaiHires',
  'publicServiceYears',
  'yearsWorkAndLive',
  'spouseShanghaiHukouMarriageYears',
  'falseMaterialCountWithin3Years',
  'adminDetentionCountWithin5Years',
  'generalCriminalCountWithin5Years',
] as const;
const FLAG_FIELDS = ['entrepreneurTalent', 'innovationIntermediaryTalent', 'shortageMajor', 'freshGraduate', 'seriousCriminalRecord'] as const;

type NumberField = (typeof NUMBER_FIELDS)[number];
type FlagField = (typeof FLAG_FIELDS)[number];

export type PointsForm = Record<NumberField, string> &
  Record<FlagField, boolean> & {
    education: EducationLevel;
    titleOrSkill: TitleOrSkillLevel;
    socialInsuranceBaseTier: SocialInsuranceBaseTier;
    /** '' = not claimed. */
    zone: RemoteKeyZone | '';
    award: AwardLevel;
  };

export function emptyPointsForm(): PointsForm {
  return {
    age: '',
    monthsBaseAtLeastAverageInLast12: '',
    socialInsuranceMonths: '',
    investmentAvgAnnualTaxWan: '',
    investmentAvgAnnualShanghaiHires: '',
    publicServiceYears: '',
    yearsWorkAndLive: '',
    spouseShanghaiHukouMarriageYears: '',
    falseMaterialCountWithin3Years: '',
    adminDetentionCountWithin5Years: '',
    generalCriminalCountWithin5Years: '',
    entrepreneurTalent: false,
    innovationIntermediaryTalent: false,
    shortageMajor: false,
    freshGraduate: false,
    seriousCriminalRecord: false,
    education: 'NONE',
    titleOrSkill: 'NONE',
    socialInsuranceBaseTier: 'NONE',
    zone: '',
    award: 'NONE',
  };
}

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;

export function pointsFormFromQuery(query: URLSearchParams): PointsForm {
  const form = emptyPointsForm();
  for (const name of NUMBER_FIELDS) form[name] = (query.get(name) ?? '').slice(0, 12);
  for (const name of FLAG_FIELDS) form[name] = query.get(name) === '1';
  form.education = oneOf(EDUCATION_LEVELS, query.get('education'), 'NONE');
  form.titleOrSkill = oneOf(TITLE_LEVELS, query.get('titleOrSkill'), 'NONE');
  form.socialInsuranceBaseTier = oneOf(BASE_TIERS, query.get('socialInsuranceBaseTier'), 'NONE');
  form.zone = oneOf<RemoteKeyZone | ''>(ZONES, query.get('zone'), '');
  form.award = oneOf(AWARDS, query.get('award'), 'NONE');
  return form;
}

export function pointsFormToQuery(form: PointsForm): string {
  const params = new URLSearchParams();
  for (const name of NUMBER_FIELDS) if (form[name].trim()) params.set(name, form[name].trim());
  for (const name of FLAG_FIELDS) if (form[name]) params.set(name, '1');
  if (form.education !== 'NONE') params.set('education', form.education);
  if (form.titleOrSkill !== 'NONE') params.set('titleOrSkill', form.titleOrSkill);
  if (form.socialInsuranceBaseTier !== 'NONE') params.set('socialInsuranceBaseTier', form.socialInsuranceBaseTier);
  if (form.zone) params.set('zone', form.zone);
  if (form.award !== 'NONE') params.set('award', form.award);
  return params.toString();
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The GraphQL input, or the local problems that stop a request (nothing typed as the age, text
 * where a number belongs). Ranges are the server's to judge.
 */
export function pointsInput(form: PointsForm): { input: ResidencePointsInput | null; errors: FormErrors } {
  const fields: Record<string, Problem> = {};
  const num = (name: NumberField): number | null => {
    const raw = form[name].trim();
    if (!raw) return null;
    if (!NUMBER.test(raw)) {
      fields[name] = { code: 'INVALID', key: 'userError.INVALID' };
      return null;
    }
    return Number(raw);
  };
  const age = num('age');
  if (age === null && !fields.age) fields.age = { code: 'REQUIRED', key: 'userError.REQUIRED' };
  const values = Object.fromEntries(NUMBER_FIELDS.map((n) => [n, num(n)])) as Record<NumberField, number | null>;
  if (Object.keys(fields).length > 0) return { input: null, errors: { form: [], fields } };
  const input: ResidencePointsInput = {
    age: age!,
    education: form.education,
    titleOrSkill: form.titleOrSkill,
    socialInsuranceBaseTier: form.socialInsuranceBaseTier,
    award: form.award,
  };
  for (const name of NUMBER_FIELDS) {
    if (name === 'age' || name === 'yearsWorkAndLive') continue;
    if (values[name] !== null) (input as Record<string, unknown>)[name] = values[name];
  }
  for (const name of FLAG_FIELDS) if (form[name]) input[name] = true;
  if (form.zone) input.remoteKeyArea = { zone: form.zone, yearsWorkAndLive: values.yearsWorkAndLive ?? 0 };
  return { input, errors: { form: [], fields: {} } };
}

/** Saved answers back into the form. */
export function pointsFormFromInput(input: Partial<ResidencePointsInput>): PointsForm {
  const form = emptyPointsForm();
  for (const name of NUMBER_FIELDS) {
    const value = name === 'yearsWorkAndLive' ? input.remoteKeyArea?.yearsWorkAndLive : (input as Record<string, unknown>)[name];
    if (typeof value === 'number') form[name] = String(value);
  }
  for (const name of FLAG_FIELDS) form[name] = input[name] === true;
  form.education = input.education ?? 'NONE';
  form.titleOrSkill = input.titleOrSkill ?? 'NONE';
  form.socialInsuranceBaseTier = input.socialInsuranceBaseTier ?? 'NONE';
  form.zone = input.remoteKeyArea?.zone ?? '';
  form.award = input.award ?? 'NONE';
  return form;
}

/** One what-if: a change to try, and what it does to the answers. */
export interface WhatIf {
  readonly id: 'master' | 'twoYears' | 'intermediateTitle' | 'higherTier';
  readonly apply: (form: PointsForm) => PointsForm;
}

const EDUCATION_RANK = Object.fromEntries(EDUCATION_LEVELS.map((l, i) => [l, i])) as Record<EducationLevel, number>;
const TITLE_RANK = Object.fromEntries(TITLE_LEVELS.map((l, i) => [l, i])) as Record<TitleOrSkillLevel, number>;

/** The what-ifs that would change something for these answers. */
export function whatIfsFor(form: PointsForm): WhatIf[] {
  const out: WhatIf[] = [];
  if (EDUCATION_RANK[form.education] < EDUCATION_RANK.MASTER) out.push({ id: 'master', apply: (f) => ({ ...f, education: 'MASTER' }) });
  out.push({
    id: 'twoYears',
    apply: (f) => ({ ...f, socialInsuranceMonths: String((Number(f.socialInsuranceMonths) || 0) + 24) }),
  });
  if (TITLE_RANK[form.titleOrSkill] < TITLE_RANK.SKILL_2_OR_INTERMEDIATE_TITLE) {
    out.push({
      id: 'intermediateTitle',
      apply: (f) => ({ ...f, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: String(Math.max(6, Number(f.monthsBaseAtLeastAverageInLast12) || 0)) }),
    });
  }
  const tier = BASE_TIERS.indexOf(form.socialInsuranceBaseTier);
  if (tier < BASE_TIERS.length - 1) out.push({ id: 'higherTier', apply: (f) => ({ ...f, socialInsuranceBaseTier: BASE_TIERS[tier + 1]! }) });
  return out;
}

/** Which indicators the answers touch, so the breakdown shows them even at 0 points. */
export function answeredIndicators(form: PointsForm): Set<string> {
  const out = new Set<string>();
  const given = (v: string) => v.trim() !== '' && v.trim() !== '0';
  if (form.age.trim()) out.add('AGE');
  if (form.education !== 'NONE') out.add('EDUCATION');
  if (form.titleOrSkill !== 'NONE') out.add('TITLE_OR_SKILL');
  if (given(form.socialInsuranceMonths)) out.add('SOCIAL_INSURANCE_YEARS');
  if (form.entrepreneurTalent) out.add('ENTREPRENEUR');
  if (form.innovationIntermediaryTalent) out.add('INNOVATION_INTERMEDIARY');
  if (form.shortageMajor) out.add('SHORTAGE_MAJOR');
  if (given(form.investmentAvgAnnualTaxWan) || given(form.investmentAvgAnnualShanghaiHires)) out.add('INVESTMENT_OR_HIRES');
  if (form.socialInsuranceBaseTier !== 'NONE') out.add('SOCIAL_INSURANCE_BASE_TIER');
  if (given(form.publicServiceYears)) out.add('PUBLIC_SERVICE');
  if (form.zone) out.add('REMOTE_KEY_AREA');
  if (form.freshGraduate) out.add('FRESH_GRADUATE');
  if (form.award !== 'NONE') out.add('AWARD');
  if (given(form.spouseShanghaiHukouMarriageYears)) out.add('SPOUSE_HUKOU');
  if (given(form.falseMaterialCountWithin3Years)) out.add('FALSE_MATERIAL');
  if (given(form.adminDetentionCountWithin5Years)) out.add('ADMIN_DETENTION');
  if (given(form.generalCriminalCountWithin5Years)) out.add('GENERAL_CRIMINAL');
  if (form.seriousCriminalRecord) out.add('SERIOUS_CRIMINAL_VETO');
  return out;
}
