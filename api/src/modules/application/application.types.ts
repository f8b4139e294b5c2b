import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldErrors } from '../../core/errors/domain-error.js';
import type { DocumentKind } from '../document/index.js';
import type { ApplicationCapInForce, GrantLimitsInForce } from '../policy/index.js';
import type { ApplicationAction as A, ApplicationStatus as S } from './application-status.js';
import type { Application } from './application.entity.js';
import type { ApplicationForm, BenefitKind } from './application-form.entity.js';
import type { CriteriaCheck } from './employer-filed.js';

export interface DraftInput {
  policyId: string;
  answers?: Record<string, string> | null;
  requestedAmountYuan?: number | null;
  idempotencyKey?: string | null;
}

/** What a reviewer enters when filing for a walk-in talent (see ApplicationService.fileForWalkIn). */
export interface WalkInInput extends DraftInput {
  talentUserId: string;
  /** The employer on the labour contract; omitted: the one in the talent's profile. */
  enterpriseId?: string | null;
  /** Checklist documents the reviewer saw on paper. */
  documentsSeen?: DocumentKind[] | null;
}

export interface EmploymentFacts {
  contractStart: string;
  contractEnd?: string | null;
  position: string;
  socialInsuranceMonths: number;
  /** Whole yuan; needed for the policies the employer files (employer-filed.ts). */
  previousYearIncomeYuan?: number | null;
}

export interface DecisionInput {
  expectedVersion?: number | null;
  reason?: string | null;
  amountYuan?: number | null;
  paymentReference?: string | null;
  allocationNote?: string | null;
  employment?: EmploymentFacts | null;
  idempotencyKey?: string | null;
}

/** Takes the eligibility snapshot stored at submission (policy module's check of saved facts). */
/** Reads through `tx`, the step's transaction (a second connection could starve the pool). */
export type EligibilitySnapshotter = (tx: EntityManager, applicantId: string, policyId: string) => Promise<Record<string, unknown> | null>;

export interface QueueFilter {
  policyId?: string | null;
  status?: S | null;
  enterpriseId?: string | null;
  /** Only applications that have waited at least this many days in their status. */
  minDaysWaiting?: number | null;
}

/** How long an employer's confirmation is reused when the contract gives no earlier end. */
export interface FormChanges {
  policyId: string;
  processingDays?: number | null;
}

/**
 * Checks the answers a benefit needs (a flat: layout and move-in month). Adds field errors on
 * `input.answers.<key>`; with `submitting`, answers the benefit cannot do without are required.
 */
export type AnswerCheck = (errors: FieldErrors, answers: Record<string, string>, submitting: boolean) => void;

/** One workflow step just written, for the modules that act on it. */
export interface StepTaken {
  app: Application;
  form: ApplicationForm;
  action: A;
  from: S;
  to: S;
}

/**
 * Runs inside the step's own transaction after its history entry is written, so whatever it
 * writes (an approved flat application joining the waitlist) commits or rolls back with the step.
 */
export type StepListener = (tx: EntityManager, step: StepTaken) => Promise<void>;

/** The policy's per-person limits on a date, read on the given (transaction's) entity manager. */
export type GrantLimitsReader = (tx: EntityManager, policyId: string, date: string) => Promise<GrantLimitsInForce | null>;

/** What other modules plug into the workflow without the workflow knowing them. */
export interface ApplicationHooks {
  answerChecks?: Partial<Record<BenefitKind, AnswerCheck>>;
  onStep?: readonly StepListener[];
  /** The policy module's per-person limits, checked when an application is approved. */
  grantLimits?: GrantLimitsReader;
  /** The policy module's criteria check, for the facts HR confirm on a policy the employer files. */
  criteriaCheck?: CriteriaCheck;
  /** The policy module's cap per application (rule data) in force on a date. */
  applicationCap?: (tx: EntityManager, policyId: string, date: string) => Promise<ApplicationCapInForce | null>;
}

/**
 * Facts a step's caller checks on the locked row and records in the history entry (a pre-check's
 * document verdicts); throwing refuses the step and writes nothing.
 */
export type StepFacts = (tx: EntityManager, app: Application) => Promise<Record<string, unknown>>;

/**
 * A step whose action is decided on the locked row, from data that may change until the lock is
 * held (the pre-check's result reads who recommends from the policy's city procedure): `choose`
 * runs after the row lock and before the check of who may act, and may throw to refuse the step
 * (writing nothing). `operation` names the step for idempotency keys, whichever action is chosen,
 * so a retry replays the first answer even if the data changed in between.
 */
export interface StepChoice {
  operation: string;
  choose: (tx: EntityManager, app: Application) => Promise<A>;
}

/** What a step taken on someone's behalf records. */
export interface OnBehalfInput {
  reason?: string | null;
  allocationNote?: string | null;
  /** Extra facts for the history entry, e.g. the lease the allocation came from. */
  data?: Record<string, unknown>;
}
