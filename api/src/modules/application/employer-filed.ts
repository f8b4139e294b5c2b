import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { addDays } from '../../core/time/shanghai.js';
import type { Application } from './application.entity.js';
import type { EmploymentConfirmation } from './employment-confirmation.entity.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

/**
 * Policies the employer files (ApplicationForm.employerNominates; today the key-talent incentive,
 * 宝人社规〔2022〕8号, which the enterprise submits to its 街镇, POLICY.md §3.3):
 * - only HR start one, by nominating a member of staff (ApplicationService.nominate); a talent
 *   alone, or a reviewer at the counter, cannot;
 * - HR's confirmation carries the facts the policy's conditions are about (income, contract,
 *   social insurance) and they are checked against the policy's criteria in force;
 * - a still-valid confirmation from another application is not reused: HR confirm this year's pay;
 * - the award is the configured amount (see `awardAmount`).
 */


/** The outcome of the policy module's preliminary criteria check, and the snapshot an application keeps of it. */
export interface CriteriaOutcome {
  criteria: { code: string; status: 'MET' | 'NOT_MET' | 'UNKNOWN'; explanation: LocalisedText }[];
  snapshot: Record<string, unknown>;
}

/**
 * The policy's criteria in force (policy module) checked against `facts`; with `applicantId`, the
 * talent's saved facts under them (the given facts win). Reads through `tx`.
 */
export type CriteriaCheck = (tx: EntityManager, policyId: string, facts: EmployerFacts, applicantId: string | null) => Promise<CriteriaOutcome>;

/** The eligibility engine's facts that HR's confirmation gives. */
export interface EmployerFacts {
  laborContractMonths?: number;
  consecutiveInsuranceMonthsAtEmployer?: number;
  previousYearPreTaxIncomeYuan?: number;
  keyPostRecognisedByEmployer?: boolean;
}

/** Where a refusal about each fact points in HR's confirmation form. */
const FIELD_OF_FACT: Record<'laborContractMonths' | 'consecutiveInsuranceMonthsAtEmployer' | 'previousYearPreTaxIncomeYuan', string> = {
  laborContractMonths: 'input.employment.contractEnd',
  consecutiveInsuranceMonthsAtEmployer: 'input.employment.socialInsuranceMonths',
  previousYearPreTaxIncomeYuan: 'input.employment.previousYearIncomeYuan',
};

/** An open-ended contract (无固定期限) meets any length; the engine's bound for the fact. */
const OPEN_ENDED_MONTHS = 1200;

/** Whole months from the first day to the day after the last (2024-03-01 … 2027-02-28 is 36). */
export function contractMonths(start: string, end: string | null | undefined): number {
  if (!end) return OPEN_ENDED_MONTHS;
  const after = addDays(end, 1);
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = after.split('-').map(Number) as [number, number, number];
  return Math.min(OPEN_ENDED_MONTHS, Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0)));
}

/**
 * HR's confirmed facts as the engine's facts. The months of social insurance HR enter are those
 * paid by this employer, taken as consecutive [INF: the form asks for months at this employer, and
 * a gap would be HR's to decline]; nominating the person is the employer's recognition of the key post.
 */
export function employerFacts(confirmation: Pick<EmploymentConfirmation, 'contractStart' | 'contractEnd' | 'socialInsuranceMonths' | 'previousYearIncomeYuan'>): EmployerFacts {
  return {
    laborContractMonths: contractMonths(confirmation.contractStart, confirmation.contractEnd),
    consecutiveInsuranceMonthsAtEmployer: confirmation.socialInsuranceMonths,
    ...(confirmation.previousYearIncomeYuan != null ? { previousYearPreTaxIncomeYuan: confirmation.previousYearIncomeYuan } : {}),
    keyPostRecognisedByEmployer: true,
  };
}

/**
 * For a policy the employer files: HR's facts must meet the policy's conditions. Each fact is
 * checked alone, so a refusal names the field at fault (a condition that cannot be judged yet,
 * such as an income multiple while the average wage is 待配置, refuses nothing). Then the
 * application's eligibility snapshot is taken again with HR's facts over the talent's own:
 * what the reviewer sees is what the employer confirmed.
 */
export async function checkEmployerFacts(tx: EntityManager, app: Application, confirmation: EmploymentConfirmation, check: CriteriaCheck): Promise<void> {
  const errors = new FieldErrors();
  if (confirmation.previousYearIncomeYuan == null) {
    errors.addText(FIELD_OF_FACT.previousYearPreTaxIncomeYuan, UserErrorCode.REQUIRED, M.previousYearIncomeMissing);
  }
  const facts = employerFacts(confirmation);
  for (const fact of Object.keys(FIELD_OF_FACT) as (keyof typeof FIELD_OF_FACT)[]) {
    if (facts[fact] === undefined) continue;
    const outcome = await check(tx, app.policy.id, { [fact]: facts[fact] }, null);
    for (const c of outcome.criteria.filter((c) => c.status === 'NOT_MET')) {
      errors.addText(FIELD_OF_FACT[fact], UserErrorCode.OUT_OF_RANGE, M.criterionNotMet(c.explanation));
    }
  }
  errors.throwIfAny();
  app.eligibilitySnapshot = { ...(await check(tx, app.policy.id, facts, app.applicant.id)).snapshot, employerConfirmed: true };
}

/**
 * The amount approved for a policy the employer files: the configured award, nothing else.
 * POLICY.md §3.3 lists the key-talent award amount among the rule values an administrator
 * configures from the official text (激励标准 of 宝人社规〔2022〕8号), and the incentive is an award
 * at that standard, not a reimbursement of costs up to a ceiling like the rent subsidy (据实补贴
 * below its cap). A reviewer choosing another figure would treat equal nominees unequally, so
 * the amount may be left out (it is then the award) and any other amount is refused.
 */
export function awardAmount(errors: FieldErrors, awardYuan: number, amount: number | null | undefined): number {
  if (amount !== null && amount !== undefined && amount !== awardYuan) {
    errors.addText('input.amountYuan', UserErrorCode.INVALID, M.awardIsConfigured(awardYuan));
  }
  return awardYuan;
}
