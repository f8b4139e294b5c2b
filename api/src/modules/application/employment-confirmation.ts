import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { addDays, shanghaiDay, shanghaiToday } from '../../core/time/shanghai.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { ApplicationAction as A, ApplicationStatus as S } from './application-status.js';
import { ApplicationEvent, type Application } from './application.entity.js';
import type { EmploymentFacts } from './application.types.js';
import { checkDate } from './application.checks.js';
import { EmploymentConfirmation } from './employment-confirmation.entity.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

/**
 * HR confirm a talent's employment once; the confirmation is reused for the talent's next
 * applications to the same enterprise until it runs out (a workflow step of its own).
 */
const CONFIRMATION_VALID_DAYS = 365;

/** The bound of the income fact in the eligibility engine (and of the column's check). */
const MAX_INCOME_YUAN = 1_000_000_000;

/**
 * The last day an employer's confirmation given at `now` may be reused: a year on, counted in
 * Shanghai days (HR confirming at 07:30 in Shanghai, 23:30 UTC the day before, confirm on the
 * Shanghai day), or the contract's end if that comes first.
 */
export function confirmationValidUntil(now: Date, contractEnd: string | null): string {
  const yearAhead = addDays(shanghaiDay(now), CONFIRMATION_VALID_DAYS);
  return contractEnd && contractEnd < yearAhead ? contractEnd : yearAhead;
}

/** The CONFIRM_EMPLOYMENT step's record, from the facts HR entered (checked here). */
export function recordConfirmation(tx: EntityManager, confirmedById: string, app: Application, facts: EmploymentFacts | null | undefined): EmploymentConfirmation {
  const errors = new FieldErrors();
  const today = shanghaiToday();
  if (!facts) {
    errors.addText('input.employment', UserErrorCode.REQUIRED, M.employmentMissing);
    errors.throwIfAny();
  }
  const start = checkDate(errors, 'input.employment.contractStart', facts!.contractStart, true);
  if (start && start > today) errors.addText('input.employment.contractStart', UserErrorCode.OUT_OF_RANGE, M.contractStartsLater);
  const end = checkDate(errors, 'input.employment.contractEnd', facts!.contractEnd ?? null, false);
  if (start && end && end < start) errors.addText('input.employment.contractEnd', UserErrorCode.OUT_OF_RANGE, M.contractEndsBeforeStart);
  if (end && end < today) errors.addText('input.employment.contractEnd', UserErrorCode.OUT_OF_RANGE, M.contractEnded);
  const position = facts!.position.trim();
  if (!position) errors.addText('input.employment.position', UserErrorCode.REQUIRED, M.positionMissing);
  else if (position.length > 100) errors.addText('input.employment.position', UserErrorCode.TOO_LONG, M.positionTooLong);
  const months = facts!.socialInsuranceMonths;
  if (!Number.isInteger(months) || months < 0 || months > 600) {
    errors.addText('input.employment.socialInsuranceMonths', UserErrorCode.OUT_OF_RANGE, M.socialInsuranceMonths);
  }
  const income = facts!.previousYearIncomeYuan ?? null;
  if (income !== null && (!Number.isInteger(income) || income < 0 || income > MAX_INCOME_YUAN)) {
    errors.addText('input.employment.previousYearIncomeYuan', UserErrorCode.OUT_OF_RANGE, M.previousYearIncomeRange);
  }
  errors.throwIfAny();
  return tx.create(EmploymentConfirmation, {
    talent: tx.getReference(User, app.applicant.id),
    enterprise: tx.getReference(Organisation, app.enterprise!.id),
    confirmedBy: tx.getReference(User, confirmedById),
    contractStart: start!,
    contractEnd: end,
    position,
    socialInsuranceMonths: months,
    previousYearIncomeYuan: income,
    validUntil: confirmationValidUntil(new Date(), end),
  });
}


/** On submission: a still-valid confirmation from the employer moves the application on at once. */
export async function reuseConfirmation(tx: EntityManager, app: Application, now: Date): Promise<void> {
  if (!app.enterprise) return;
  const confirmation = await tx.findOne(EmploymentConfirmation,
    { talent: app.applicant.id, enterprise: app.enterprise.id, validUntil: { $gte: shanghaiToday(now) } },
    { orderBy: { createdAt: 'desc' } });
  if (!confirmation) return;
  app.employmentConfirmation = ref(confirmation);
  app.status = S.EMPLOYER_CONFIRMED;
  tx.create(ApplicationEvent, {
    application: app, action: A.CONFIRM_EMPLOYMENT, fromStatus: S.SUBMITTED, toStatus: S.EMPLOYER_CONFIRMED, actor: null,
    reason: `沿用 ${shanghaiDay(confirmation.createdAt)} 的单位确认（有效至 ${confirmation.validUntil}）/ Reused the employer's confirmation of ${shanghaiDay(confirmation.createdAt)} (valid until ${confirmation.validUntil})`,
    // A millisecond after the submission it follows, so the timeline keeps the two in order.
    data: { confirmationId: confirmation.id, reused: true }, at: new Date(now.getTime() + 1),
  });
}

