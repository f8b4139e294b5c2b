/**
 * Bank partnership actions: each runs one mutation through `mutate` (errors through the funnel),
 * then refetches the queries on screen so statuses and offers are current.
 */
import { client, mutate, type MutationOutcome } from '$lib/graphql/client';
import {
  AcceptFinancingOfferDocument,
  AnswerFinancingRequestDocument,
  CreateBankProductDocument,
  CreateFinancingRequestDocument,
  ReplyToFinancingQuestionDocument,
  SetBankProductStatusDocument,
  SetBankProductVisibilityDocument,
  UpdateBankProductDocument,
  UpdateFinancingConsentDocument,
  WithdrawFinancingRequestDocument,
  type BankProductInput,
  type BankProductStatus,
  type CreateBankProductMutation,
  type CreateFinancingRequestMutation,
  type FinancingAnswerInput,
  type FinancingFact,
  type FinancingRequestInput,
} from '$lib/graphql/generated/graphql';

export const REQUEST_FIELDS = [
  'kind', 'purpose', 'amount', 'termMonths', 'branchIds',
  'contactPhone', 'settlementAccount', 'creditCode', 'annualRevenueWan', 'employeeCount', 'foundedYear', 'patentCount', 'monthlyIncome',
] as const;

export const ANSWER_FIELDS = ['offerAmount', 'offerRatePercent', 'offerTermMonths', 'conditions', 'productId', 'question', 'reason'] as const;

export const PRODUCT_FIELDS = [
  'kind', 'audience', 'nameZh', 'nameEn', 'summaryZh', 'summaryEn', 'requirementsZh', 'requirementsEn',
  'minAmount', 'maxAmount', 'minTermMonths', 'maxTermMonths', 'minRatePercent', 'maxRatePercent',
] as const;

async function refreshed<T extends { ok: boolean }>(outcome: T): Promise<T> {
  if (outcome.ok) {
    try {
      await client.refetchQueries({ include: 'active' });
    } catch {
      // Each query shows its own failure.
    }
  }
  return outcome;
}

export async function postFinancingRequest(input: FinancingRequestInput): Promise<MutationOutcome<CreateFinancingRequestMutation['createFinancingRequest']>> {
  return refreshed(await mutate(CreateFinancingRequestDocument, { input }, { payload: (d) => d.createFinancingRequest, fields: REQUEST_FIELDS }));
}

export async function acceptOffer(answerId: string) {
  return refreshed(await mutate(AcceptFinancingOfferDocument, { answerId }, { payload: (d) => d.acceptFinancingOffer }));
}

export async function replyToQuestion(answerId: string, reply: string) {
  return refreshed(await mutate(ReplyToFinancingQuestionDocument, { answerId, reply }, { payload: (d) => d.replyToFinancingQuestion, fields: ['reply'] }));
}

export async function withdrawRequest(id: string) {
  return refreshed(await mutate(WithdrawFinancingRequestDocument, { id }, { payload: (d) => d.withdrawFinancingRequest }));
}

export async function changeConsent(routeId: string, facts: FinancingFact[]) {
  return refreshed(await mutate(UpdateFinancingConsentDocument, { input: { routeId, facts } }, { payload: (d) => d.updateFinancingConsent }));
}

export async function answerRequest(input: FinancingAnswerInput) {
  return refreshed(await mutate(AnswerFinancingRequestDocument, { input }, { payload: (d) => d.answerFinancingRequest, fields: ANSWER_FIELDS }));
}

export async function saveProduct(id: string | null, input: BankProductInput): Promise<MutationOutcome<CreateBankProductMutation['createBankProduct']>> {
  if (id) return refreshed(await mutate(UpdateBankProductDocument, { id, input }, { payload: (d) => d.updateBankProduct, fields: PRODUCT_FIELDS }));
  return refreshed(await mutate(CreateBankProductDocument, { input }, { payload: (d) => d.createBankProduct, fields: PRODUCT_FIELDS }));
}

export async function setProductStatus(id: string, status: BankProductStatus) {
  return refreshed(await mutate(SetBankProductStatusDocument, { id, status }, { payload: (d) => d.setBankProductStatus }));
}

export async function setProductVisibility(productId: string, change: { featured?: boolean; hidden?: boolean }) {
  return refreshed(await mutate(SetBankProductVisibilityDocument, { input: { productId, ...change } }, { payload: (d) => d.setBankProductVisibility }));
}

/** Facts each applicant may share, in the order the form shows them. */
export const FACTS_OF = {
  ENTERPRISE: ['APPLICANT_NAME', 'CONTACT_PHONE', 'SETTLEMENT_ACCOUNT', 'CREDIT_CODE', 'ANNUAL_REVENUE', 'EMPLOYEE_COUNT', 'FOUNDED_YEAR', 'PATENT_COUNT'],
  TALENT: ['APPLICANT_NAME', 'CONTACT_PHONE', 'SETTLEMENT_ACCOUNT', 'MONTHLY_INCOME', 'EMPLOYER_NAME', 'EDUCATION'],
} as const satisfies Record<string, readonly FinancingFact[]>;

export const KINDS = ['TECH_ENTERPRISE_CREDIT', 'IP_PLEDGE_LOAN', 'SUPPLY_CHAIN_FINANCE', 'TALENT_HOUSING_LOAN', 'TALENT_CONSUMER_LOAN', 'ACCOUNT_SERVICE', 'OTHER'] as const;
export const LENDING_KINDS: readonly string[] = ['TECH_ENTERPRISE_CREDIT', 'IP_PLEDGE_LOAN', 'SUPPLY_CHAIN_FINANCE', 'TALENT_HOUSING_LOAN', 'TALENT_CONSUMER_LOAN'];
