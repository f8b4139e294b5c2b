import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import { FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { User } from '../account/index.js';
import type { ApplicationCap } from '../policy/index.js';
import type { ApplicationAction as A } from './application-status.js';
import type { Application } from './application.entity.js';
import { type ApplicationForm, BenefitKind } from './application-form.entity.js';
import type { DecisionInput } from './application.types.js';
import { requireAllocationNote, requireEvidence, requirePaymentReference, requireReason } from './application.checks.js';
import { recordConfirmation } from './employment-confirmation.js';
import { awardAmount, checkEmployerFacts, type CriteriaCheck } from './employer-filed.js';
import type { Requirement, Transition } from './workflow.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

/**
 * What each `requires` entry of the workflow table (workflow.ts) checks: one function per
 * Requirement. A step runs exactly the checks its row lists, in the row's order, so adding a
 * requirement to a row adds its check and nothing else decides what a step needs.
 *
 * A check refuses with field-level messages (zh and en) or keeps what the step records: the
 * reason shown in the history, the employer's confirmation, the approved amount. Everything runs
 * inside the step's transaction on the locked row, so a refusal writes nothing.
 */

/** The step being taken, as the checks see it. */
export interface StepUnderCheck {
  tx: EntityManager;
  app: Application;
  form: ApplicationForm;
  action: A;
  /** Who takes the step (null: the platform itself). */
  actorId: string | null;
  input: DecisionInput;
  now: Date;
  /** What the history entry records; checks fill it in. */
  event: { reason: string | null; data: Record<string, unknown> };
}

/** What the checks read through the application service (rule data in force, the submission checks). */
export interface RequirementServices {
  capOf(tx: EntityManager, policyId: string, date: string): Promise<ApplicationCap | null>;
  /** Answers, amount, employer and the checklist's documents of the form version filed under. */
  checkReadyToSubmit(tx: EntityManager, app: Application, form: ApplicationForm): Promise<void>;
  /** The policy's per-person limits; what the history records of them, or null when none apply. */
  checkGrantLimits(tx: EntityManager, app: Application, now: Date): Promise<Record<string, unknown> | null>;
  /** The policy module's criteria check (null where the workflow runs without one, as in unit tests). */
  criteriaCheck: CriteriaCheck | null;
}

export type RequirementCheck = (step: StepUnderCheck, services: RequirementServices) => Promise<void>;

/** Typed as a Record over Requirement: a requirement without a check does not compile. */
export const REQUIREMENT_CHECKS: Readonly<Record<Requirement, RequirementCheck>> = {
  REQUIRED_DOCUMENTS: async ({ tx, app, form }, services) => services.checkReadyToSubmit(tx, app, form),

  REASON: async ({ input, event }) => {
    event.reason = requireReason(input.reason);
  },

  AMOUNT_WITHIN_CAP: async ({ tx, app, form, input, now, event }, services) => {
    app.approvedAmountYuan = approvedAmount(form, await services.capOf(tx, app.policy.id, shanghaiToday(now)), input.amountYuan);
    event.data.amountYuan = app.approvedAmountYuan;
  },

  GRANT_LIMITS: async ({ tx, app, now, event }, services) => {
    const limits = await services.checkGrantLimits(tx, app, now);
    if (limits) event.data.grantLimits = limits;
  },

  PAYMENT_REFERENCE: async ({ app, input, event }) => {
    app.paymentReference = requirePaymentReference(input.paymentReference);
    event.data.paymentReference = app.paymentReference;
    event.data.amountYuan = app.approvedAmountYuan;
  },

  ALLOCATION_NOTE: async ({ app, input }) => {
    app.allocationNote = requireAllocationNote(input.allocationNote);
  },

  EMPLOYMENT_FACTS: async ({ tx, app, actorId, input, event }) => {
    const confirmation = recordConfirmation(tx, actorId!, app, input.employment);
    app.employmentConfirmation = ref(confirmation);
    event.data.confirmationId = confirmation.id;
  },

  // After EMPLOYMENT_FACTS, which recorded the confirmation; only for the policies the employer files.
  FACTS_MEET_CRITERIA: async ({ tx, app, form }, services) => {
    const confirmation = app.employmentConfirmation?.getEntity();
    if (!form.employerNominates || !confirmation || !services.criteriaCheck) return;
    await checkEmployerFacts(tx, app, confirmation, services.criteriaCheck);
  },

  EVIDENCE_NOTE: async ({ input, event }) => {
    event.reason = requireEvidence(input.reason);
  },

  EMPLOYER_WITHOUT_HR: async ({ tx, app, event }) => {
    await refuseWhenEmployerHasHr(tx, app);
    event.data.confirmedForEmployer = app.enterprise?.id ?? null;
  },
};

/** Runs the checks `transition`'s row lists, in its order; the first refusal stops the step. */
export async function checkRequirements(transition: Pick<Transition, 'requires'>, step: StepUnderCheck, services: RequirementServices, checks: Readonly<Record<Requirement, RequirementCheck>> = REQUIREMENT_CHECKS): Promise<void> {
  for (const requirement of transition.requires) await checks[requirement](step, services);
}

/**
 * The amount a reviewer approves: none for benefits that pay no money, else within the cap in
 * force (which must be configured); for a policy the employer files, the cap is the award itself.
 */
function approvedAmount(form: ApplicationForm, cap: ApplicationCap | null, amount: number | null | undefined): number | null {
  const errors = new FieldErrors();
  if (form.benefit !== BenefitKind.MONEY) {
    if (amount !== null && amount !== undefined) errors.addText('input.amountYuan', UserErrorCode.INVALID, M.noMoneyApproveWithoutAmount);
    errors.throwIfAny();
    return null;
  }
  const capYuan = cap?.amountYuan ?? null;
  if (capYuan === null) {
    errors.addText('input.amountYuan', UserErrorCode.INVALID_STATE, M.capNotConfigured);
  } else if (form.employerNominates) {
    const award = awardAmount(errors, capYuan, amount);
    errors.throwIfAny();
    return award;
  } else if (amount === null || amount === undefined) {
    errors.addText('input.amountYuan', UserErrorCode.REQUIRED, M.approvedAmountMissing);
  } else if (!Number.isInteger(amount) || amount <= 0) {
    errors.addText('input.amountYuan', UserErrorCode.INVALID, M.amountNotWholeYuan);
  } else if (amount > capYuan) {
    errors.addText('input.amountYuan', UserErrorCode.OUT_OF_RANGE, M.approvedOverCap(capYuan));
  }
  errors.throwIfAny();
  return amount!;
}

/** The town confirms only for an enterprise without an active HR account; otherwise its HR must. */
async function refuseWhenEmployerHasHr(tx: EntityManager, app: Application): Promise<void> {
  if (!app.enterprise) throw new UserInputErrors([{ field: 'enterprise', code: UserErrorCode.REQUIRED, message: M.noEmployer }]);
  const hr = await tx.count(User, { role: Role.ENTERPRISE_HR, organisation: app.enterprise.id, disabledAt: null });
  if (hr > 0) {
    throw new UserInputErrors([{ field: 'enterprise', code: UserErrorCode.INVALID_STATE, message: M.employerHasHr }]);
  }
}
