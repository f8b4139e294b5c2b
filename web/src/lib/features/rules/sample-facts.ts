/**
 * The sample facts of a trial run, by kind of rule data: the points calculator's facts for point
 * tables and yearly parameters, a rent for apartment rates, JSON for the rest (with an example).
 */
export type SampleKind = 'POINTS' | 'RENT' | 'JSON';

export const sampleKindOf = (kind: string): SampleKind => (kind === 'RESIDENCE_POINTS' || kind === 'YEARLY_PARAMETERS' ? 'POINTS' : kind === 'TALENT_APARTMENT' ? 'RENT' : 'JSON');

export const EDUCATION = ['NONE', 'ASSOCIATE', 'BACHELOR', 'BACHELOR_WITH_DEGREE', 'MASTER', 'DOCTOR'] as const;
export const TITLE = ['NONE', 'SKILL_5', 'SKILL_4', 'SKILL_3', 'SKILL_2_OR_INTERMEDIATE_TITLE', 'SKILL_1_OR_SENIOR_TITLE'] as const;
export const BASE_TIER = ['NONE', 'FROM_0_8_TO_1X', 'FROM_1_TO_2X', 'FROM_2_TO_3X', 'AT_3X'] as const;

export const JSON_EXAMPLE: Record<string, string> = {
  ELIGIBILITY_CRITERIA: '{ "age": 30, "education": "MASTER", "laborContractMonths": 24 }',
  HUKOU_TRANSFER: '{ "permitMonthsHeld": 84, "socialInsuranceMonthsWhileHolding": 84, "titleLevel": "INTERMEDIATE_OR_TECHNICIAN" }',
  GRADUATE_SCORE: '{ "degree": "MASTER", "schoolCategory": "CATEGORY_1", "directSettlementCategory": "NONE" }',
};

export interface SampleTexts {
  age: string;
  education: string;
  titleOrSkill: string;
  socialInsuranceMonths: string;
  socialInsuranceBaseTier: string;
  rentYuan: string;
  json: string;
}

export const emptySample = (kind: string): SampleTexts => ({
  age: '30', education: 'BACHELOR_WITH_DEGREE', titleOrSkill: '', socialInsuranceMonths: '48', socialInsuranceBaseTier: 'FROM_1_TO_2X', rentYuan: '3000', json: JSON_EXAMPLE[kind] ?? '',
});

const numberOrText = (text: string): number | string | undefined => {
  const plain = text.trim().replace(/[,，]/g, '');
  if (plain === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : plain;
};

/** The facts to send (the server checks them and names a bad one, e.g. `sample.age`); `json` when the JSON does not parse. */
export function sampleFacts(kind: string, texts: SampleTexts): { facts: unknown } | { problem: 'json' } {
  switch (sampleKindOf(kind)) {
    case 'POINTS': {
      const facts: Record<string, unknown> = { age: numberOrText(texts.age), socialInsuranceMonths: numberOrText(texts.socialInsuranceMonths) };
      if (texts.education) facts.education = texts.education;
      if (texts.titleOrSkill) facts.titleOrSkill = texts.titleOrSkill;
      if (texts.socialInsuranceBaseTier) facts.socialInsuranceBaseTier = texts.socialInsuranceBaseTier;
      return { facts: JSON.parse(JSON.stringify(facts)) as unknown };
    }
    case 'RENT':
      return { facts: { rentYuan: numberOrText(texts.rentYuan) ?? null } };
    default:
      if (!texts.json.trim()) return { facts: null };
      try {
        return { facts: JSON.parse(texts.json) as unknown };
      } catch {
        return { problem: 'json' };
      }
  }
}
