/**
 * Application actions: each runs one mutation through `mutate` (errors through the funnel).
 * Every workflow step sends the version the page showed; when someone acted first the server
 * answers CONFLICT, and `isConflict` tells the page to say so and refetch.
 */
import type { FormErrors, UserErrorLike } from '$lib/errors';
import { client, mutate, type MutationOutcome } from '$lib/graphql/client';
import {
  ApproveApplicationDocument,
  AttachApplicationDocumentDocument,
  CloseApplicationDocument,
  ConfirmEmploymentDocument,
  ConfirmEmploymentForEmployerDocument,
  CreateApplicationDocument,
  DeclineEmploymentDocument,
  DetachApplicationDocumentDocument,
  IssuePreCheckResultDocument,
  RecommendPreCheckDocument,
  RecordAllocationDocument,
  RecordDisbursementDocument,
  RejectApplicationDocument,
  ResubmitApplicationDocument,
  ReturnApplicationDocument,
  StartReviewDocument,
  SubmitApplicationDocument,
  SubmitPreCheckDocument,
  UpdateApplicationDocument,
  WithdrawApplicationDocument,
  type AnswerInput,
  type ApplicationAction,
  type ApplicationDetailFragment,
  type DocumentVerdictInput,
  type PreCheckOutcome,
} from '$lib/graphql/generated/graphql';

export interface ApplicationPayloadLike {
  readonly application: ApplicationDetailFragment | null;
  readonly errors: readonly UserErrorLike[];
}

export type ApplicationOutcome = MutationOutcome<ApplicationPayloadLike>;

/** Fields of the wizard and of the action forms that show their own errors (besides the form's questions, by key). */
export const DRAFT_FIELDS = ['requestedAmountYuan', 'answers', 'documents', 'enterprise', 'documentId'];
export const STEP_FIELDS = [
  'reason', 'amountYuan', 'paymentReference', 'allocationNote',
  'contractStart', 'contractEnd', 'position', 'socialInsuranceMonths', 'previousYearIncomeYuan', 'evidence',
] as const;

/** Whether the server refused because someone changed the application after we read it. */
export function isConflict(errors: FormErrors): boolean {
  return [...errors.form, ...Object.values(errors.fields)].some((p) => p.code === 'CONFLICT');
}

/** Asks again for every query on screen (lists, the wizard's start), each showing its own failure. */
export async function refetchActive(): Promise<void> {
  try {
    await client.refetchQueries({ include: 'active' });
  } catch {
    // Each query shows its own failure.
  }
}

/** After a step, lists on screen (inbox, queue, my applications) may have to drop or move a row. */
async function refreshed(outcome: ApplicationOutcome): Promise<ApplicationOutcome> {
  if (outcome.ok) await refetchActive();
  return outcome;
}

export interface DraftValues {
  readonly answers: AnswerInput[];
  /** Only for policies that pay money. */
  readonly requestedAmountYuan?: number | null;
}

/** `questions`: the form's questions, whose errors show beside their fields. */
export function createApplication(policyId: string, values: DraftValues, idempotencyKey: string, questions: readonly { key: string }[]): Promise<ApplicationOutcome> {
  return mutate(CreateApplicationDocument, { input: { policyId, idempotencyKey, ...values } }, {
    payload: (d) => d.createApplication,
    fields: [...DRAFT_FIELDS, ...questions.map((q) => q.key)],
  });
}

export function updateApplication(id: string, expectedVersion: number, values: DraftValues, questions: readonly { key: string }[]): Promise<ApplicationOutcome> {
  return mutate(UpdateApplicationDocument, { input: { id, expectedVersion, ...values } }, {
    payload: (d) => d.updateApplication,
    fields: [...DRAFT_FIELDS, ...questions.map((q) => q.key)],
  });
}

export function attachDocument(applicationId: string, documentId: string): Promise<ApplicationOutcome> {
  return mutate(AttachApplicationDocumentDocument, { input: { applicationId, documentId } }, {
    payload: (d) => d.attachApplicationDocument,
    fields: DRAFT_FIELDS,
  });
}

export function detachDocument(applicationId: string, documentId: string): Promise<ApplicationOutcome> {
  return mutate(DetachApplicationDocumentDocument, { input: { applicationId, documentId } }, {
    payload: (d) => d.detachApplicationDocument,
    fields: DRAFT_FIELDS,
  });
}

/** What a workflow step may carry besides the application and its version. */
export interface StepValues {
  readonly reason?: string;
  readonly amountYuan?: number | null;
  readonly paymentReference?: string;
  readonly allocationNote?: string;
  readonly contractStart?: string;
  readonly contractEnd?: string;
  readonly position?: string;
  readonly socialInsuranceMonths?: number;
  /** For a policy the employer files: the income its conditions are checked against. */
  readonly previousYearIncomeYuan?: number | null;
  /** The town confirming for an enterprise without HR: what it saw. */
  readonly evidence?: string;
  /** Recording a payment: the same key on a retry records nothing twice. */
  readonly idempotencyKey?: string;
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The employment facts both confirmations send (HR's, and the town's for an enterprise without HR). */
function employmentFacts(values: StepValues) {
  return {
    contractStart: values.contractStart ?? '',
    contractEnd: text(values.contractEnd),
    position: values.position ?? '',
    socialInsuranceMonths: values.socialInsuranceMonths ?? -1,
    previousYearIncomeYuan: values.previousYearIncomeYuan ?? null,
  };
}

/**
 * Take one workflow step. `version` is the one on screen. Submitting also shows a `documents`
 * error (required documents missing) next to the checklist, so the wizard lists that field.
 */
export async function takeStep(action: ApplicationAction, id: string, version: number, values: StepValues = {}): Promise<ApplicationOutcome> {
  const step = { id, expectedVersion: version, reason: text(values.reason) };
  const fields = [...STEP_FIELDS, ...DRAFT_FIELDS];
  switch (action) {
    case 'SUBMIT':
      return refreshed(await mutate(SubmitApplicationDocument, { input: step }, { payload: (d) => d.submitApplication, fields }));
    case 'RESUBMIT':
      return refreshed(await mutate(ResubmitApplicationDocument, { input: step }, { payload: (d) => d.resubmitApplication, fields }));
    case 'WITHDRAW':
      return refreshed(await mutate(WithdrawApplicationDocument, { input: step }, { payload: (d) => d.withdrawApplication, fields }));
    case 'CONFIRM_EMPLOYMENT':
      return refreshed(await mutate(ConfirmEmploymentDocument, { input: { ...step, ...employmentFacts(values) } }, { payload: (d) => d.confirmEmployment, fields }));
    case 'CONFIRM_EMPLOYMENT_FOR_EMPLOYER':
      return refreshed(await mutate(ConfirmEmploymentForEmployerDocument, {
        input: { ...step, ...employmentFacts(values), evidence: values.evidence ?? '' },
      }, { payload: (d) => d.confirmEmploymentForEmployer, fields }));
    case 'DECLINE_EMPLOYMENT':
      return refreshed(await mutate(DeclineEmploymentDocument, { input: step }, { payload: (d) => d.declineEmployment, fields }));
    case 'START_REVIEW':
      return refreshed(await mutate(StartReviewDocument, { input: step }, { payload: (d) => d.startReview, fields }));
    case 'APPROVE':
      return refreshed(await mutate(ApproveApplicationDocument, { input: { ...step, amountYuan: values.amountYuan ?? null } }, { payload: (d) => d.approveApplication, fields }));
    case 'REJECT':
      return refreshed(await mutate(RejectApplicationDocument, { input: step }, { payload: (d) => d.rejectApplication, fields }));
    case 'RETURN_FOR_INFO':
      return refreshed(await mutate(ReturnApplicationDocument, { input: step }, { payload: (d) => d.returnApplication, fields }));
    case 'DISBURSE':
      return refreshed(await mutate(RecordDisbursementDocument, {
        input: { ...step, paymentReference: values.paymentReference?.trim() ?? '', idempotencyKey: values.idempotencyKey },
      }, { payload: (d) => d.recordDisbursement, fields }));
    case 'ALLOCATE':
      return refreshed(await mutate(RecordAllocationDocument, { input: { ...step, allocationNote: values.allocationNote?.trim() ?? '' } }, { payload: (d) => d.recordAllocation, fields }));
    case 'CLOSE':
      return refreshed(await mutate(CloseApplicationDocument, { input: step }, { payload: (d) => d.closeApplication, fields }));
    case 'CREATE':
      throw new Error('CREATE is not a step; use createApplication');
    case 'SUBMIT_FOR_WALK_IN':
      throw new Error('SUBMIT_FOR_WALK_IN is taken with the filing; use fileWalkInApplication');
    case 'IMPORT':
      throw new Error('IMPORT is not a step; past cases come in through the Excel import');
    case 'SUBMIT_PRE_CHECK':
    case 'RESUBMIT_PRE_CHECK':
      return refreshed(await mutate(SubmitPreCheckDocument, { input: step }, { payload: (d) => d.submitPreCheck, fields }));
    case 'RECOMMEND_BY_EMPLOYER':
    case 'RECOMMEND_BY_TOWN':
      return refreshed(await mutate(RecommendPreCheckDocument, { input: step }, { payload: (d) => d.recommendPreCheck, fields }));
    case 'PASS_PRE_CHECK':
    case 'PASS_PRE_CHECK_FOR_RECOMMENDATION':
    case 'PRE_CHECK_NEEDS_DOCUMENTS':
    case 'PRE_CHECK_NOT_ELIGIBLE':
      throw new Error(`${action} is the pre-check result: use issuePreCheckResult`);
  }
}

/** A town reviewer issues a pre-check result: the outcome, its reasons and a verdict per checklist document. */
export async function issuePreCheckResult(id: string, version: number, outcome: PreCheckOutcome, reason: string, documents: DocumentVerdictInput[]): Promise<ApplicationOutcome> {
  return refreshed(await mutate(IssuePreCheckResultDocument, { input: { id, expectedVersion: version, outcome, reason: text(reason), documents } }, {
    payload: (d) => d.issuePreCheckResult,
    fields: [...STEP_FIELDS, 'outcome', 'documents', ...documents.map((_, i) => `documents.${i}.problem`)],
  }));
}
