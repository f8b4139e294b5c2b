/**
 * Policy actions. Queries that a form runs on demand (the calculator, eligibility checks) go
 * through `ask`, which turns a BAD_USER_INPUT answer's `extensions.fieldErrors` into form errors
 * beside each field, like a mutation payload's errors. Saving facts is an ordinary `mutate`.
 */
import { CombinedGraphQLErrors, type OperationVariables, type TypedDocumentNode } from '@apollo/client/core';
import { formErrorsFrom, formErrorsFromFailure, NO_FORM_ERRORS, type FormErrors, type UserErrorLike } from '$lib/errors';
import { client, mutate } from '$lib/graphql/client';
import {
  CheckEligibilityDocument,
  MyEligibilityDocument,
  MyPolicyFactsDocument,
  ResidencePointsEstimateDocument,
  ResidencePointsTotalDocument,
  SaveMyPolicyFactsDocument,
  type EligibilityFactsInput,
  type ResidencePointsInput,
  type SavedFactsFragment,
} from '$lib/graphql/generated/graphql';
import { stripTypename } from './text';

export type Asked<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: FormErrors };

async function ask<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  fields: readonly string[],
): Promise<Asked<TData>> {
  try {
    const result = await client.query<TData, TVariables>({ query: document, variables, fetchPolicy: 'no-cache' } as Parameters<typeof client.query<TData, TVariables>>[0]);
    if (result.error) return { ok: false, errors: failure(result.error, fields) };
    return { ok: true, data: result.data as TData };
  } catch (error) {
    return { ok: false, errors: failure(error, fields) };
  }
}

function failure(error: unknown, fields: readonly string[]): FormErrors {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const fieldErrors = first?.extensions?.fieldErrors;
    if (first?.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(fieldErrors)) {
      return formErrorsFrom(fieldErrors as UserErrorLike[], fields);
    }
  }
  return formErrorsFromFailure(error);
}

export const POINTS_FIELDS = [
  'age', 'education', 'titleOrSkill', 'monthsBaseAtLeastAverageInLast12', 'socialInsuranceMonths', 'entrepreneurTalent',
  'innovationIntermediaryTalent', 'shortageMajor', 'investmentAvgAnnualTaxWan', 'investmentAvgAnnualShanghaiHires',
  'socialInsuranceBaseTier', 'publicServiceYears', 'zone', 'yearsWorkAndLive', 'freshGraduate', 'award',
  'spouseShanghaiHukouMarriageYears', 'falseMaterialCountWithin3Years', 'adminDetentionCountWithin5Years',
  'generalCriminalCountWithin5Years', 'seriousCriminalRecord',
] as const;

export function estimatePoints(input: ResidencePointsInput) {
  return ask(ResidencePointsEstimateDocument, { input }, POINTS_FIELDS);
}

/** Totals only, for what-if scenarios; null when the scenario's input is not valid. */
export async function pointsTotal(input: ResidencePointsInput): Promise<number | null> {
  const answer = await ask(ResidencePointsTotalDocument, { input }, []);
  return answer.ok ? answer.data.residencePointsEstimate.total : null;
}

export function checkEligibility(policyId: string, facts: EligibilityFactsInput, fields: readonly string[]) {
  return ask(CheckEligibilityDocument, { policyId, facts }, fields);
}

export function checkMyEligibility(policyId: string) {
  return ask(MyEligibilityDocument, { policyId }, []);
}

/** The talent's saved facts as input (no __typename), or an empty object. */
export async function savedFacts(): Promise<EligibilityFactsInput> {
  const answer = await ask(MyPolicyFactsDocument, {}, []);
  if (!answer.ok || !answer.data.myPolicyFacts) return {};
  return stripTypename(answer.data.myPolicyFacts) as EligibilityFactsInput;
}

/**
 * Saves facts for the signed-in talent. Saving replaces what was saved, so `part` is laid over
 * what is saved already (a calculator save keeps the eligibility answers, and the other way round).
 */
export async function saveFacts(part: EligibilityFactsInput, fields: readonly string[]) {
  const facts = { ...(await savedFacts()), ...part };
  return mutate(SaveMyPolicyFactsDocument, { facts }, { payload: (d) => d.saveMyPolicyFacts, fields });
}

export type { SavedFactsFragment };
export { NO_FORM_ERRORS };
