import { shanghaiToday } from '../../../api/src/core/time/shanghai.js';

export const today = () => shanghaiToday();
/** 1 January of next year (Shanghai time). */
export const nextYearStart = () => `${Number(today().slice(0, 4)) + 1}-01-01`;

export const ESTIMATE = `query($input: ResidencePointsInput!, $asOf: LocalDate) {
  residencePointsEstimate(input: $input, asOf: $asOf) {
    total standardScore meetsStandard disqualified asOf
    items { indicator points explanation { zh en } legalBasis notConfigured }
    ruleVersion { id version effectiveFrom legalBasis ruleSet { code } }
    parametersVersion { id version effectiveFrom }
    note { zh en }
  }
}`;

export const CHECK = `query($policyId: UUID!, $facts: EligibilityFactsInput!, $asOf: LocalDate) {
  checkEligibility(policyId: $policyId, facts: $facts, asOf: $asOf) {
    verdict preliminary asOf requiredYears
    criteria { code status explanation { zh en } legalBasis howToChange { zh en } notConfigured }
    graduateScore { total standardScore meetsStandard items { indicator points } }
    benefits { code amount notConfigured }
    ruleVersion { id version effectiveFrom ruleSet { code } }
    parametersVersion { id }
    note { zh en }
    policy { code }
  }
}`;

export const CREATE_RULE_VERSION = `mutation($input: CreateRuleVersionInput!) {
  createRuleVersion(input: $input) {
    ruleVersion { id version effectiveFrom legalBasis noteZh data ruleSet { code } createdBy { email } }
    errors { field code message }
  }
}`;

export type Item = { indicator: string; points: number; explanation: { zh: string; en: string }; legalBasis: string; notConfigured: boolean };
export const pointsOf = (items: Item[]) => Object.fromEntries(items.filter((i) => i.points !== 0).map((i) => [i.indicator, i.points]));

/** The first top-level error of a response (the tests expect one). */
export function firstError(res: { body: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }): { message: string; extensions: any } {
  const error = res.body.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(res.body)}`);
  return { message: error.message, extensions: error.extensions ?? {} };
}
