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
    errors.add('input.employment', UserErrorCode.REQUIRED, '请填写在职信息。', 'Enter the employment facts.');
    errors.throwIfAny();
  }
  const start = checkDate(errors, 'input.employment.contractStart', facts!.contractStart, true);
  if (start && start > today) errors.add('input.employment.contractStart', UserErrorCode.OUT_OF_RANGE, '合同起始日不能晚于今天。', 'The contract cannot start after today.');
  const end = checkDate(errors, 'input.employment.contractEnd', facts!.contractEnd ?? null, false);
  if (start && end && end < start) errors.add('input.employment.contractEnd', UserErrorCode.OUT_OF_RANGE, '合同终止日不能早于起始日。', 'The contract cannot end before it starts.');
  if (end && end < today) errors.add('input.employment.contractEnd', UserErrorCode.OUT_OF_RANGE, '合同已到期，无法确认在职。', 'The contract has ended; employment cannot be confirmed.');
  const position = facts!.position.trim();
  if (!position) errors.add('input.employment.position', UserErrorCode.REQUIRED, '请填写岗位。', 'Enter the position.');
  else if (position.length > 100) errors.add('input.employment.position', UserErrorCode.TOO_LONG, '岗位最多 100 个字。', 'The position can have at most 100 characters.');
  const months = facts!.socialInsuranceMonths;
  if (!Number.isInteger(months) || months < 0 || months > 600) {
    errors.add('input.employment.socialInsuranceMonths', UserErrorCode.OUT_OF_RANGE, '社保月数应为 0 到 600 之间的整数。', 'Social-insurance months must be a whole number from 0 to 600.');
  }
  const income = facts!.previousYearIncomeYuan ?? null;
  if (income !== null && (!Number.isInteger(income) || income < 0 || income > MAX_INCOME_YUAN)) {
    errors.add('input.employment.previousYearIncomeYuan', UserErrorCode.OUT_OF_RANGE, '上一年度税前收入应为 0 到 10 亿之间的整数（元）。', 'The previous year\'s pre-tax income must be a whole number of yuan from 0 to 1,000,000,000.');
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

