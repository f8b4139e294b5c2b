import { ApplicationAction as A, ApplicationStatus as S } from './application-status.js';
import { BenefitKind } from './application-form.entity.js';
import { PRE_CHECK_TRANSITIONS, SHARED_WITH_PRE_CHECK } from './pre-check.workflow.js';

/**
 * The application workflow in one table: every step, from which states, by whom, and what it
 * needs. Services ask `transitionFor`; nothing else decides whether a step is allowed.
 */

/** Who takes a step: the applicant, HR of the applicant's enterprise, or a town reviewer. */
export type Actor = 'APPLICANT' | 'EMPLOYER_HR' | 'REVIEWER';

/**
 * What a step needs besides being allowed. Each has one check in step-requirements.ts; a step
 * runs exactly the checks its row lists, in the row's order (the first refusal stops it).
 */
export const REQUIREMENTS = ['REQUIRED_DOCUMENTS', 'REASON', 'AMOUNT_WITHIN_CAP', 'GRANT_LIMITS', 'PAYMENT_REFERENCE', 'ALLOCATION_NOTE', 'EMPLOYMENT_FACTS', 'FACTS_MEET_CRITERIA', 'EVIDENCE_NOTE', 'EMPLOYER_WITHOUT_HR'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export interface Transition {
  action: A;
  from: readonly S[];
  to: S;
  actor: Actor;
  requires: readonly Requirement[];
  /** Steps that exist only for some benefits (paying out money, allocating a flat). */
  onlyFor?: BenefitKind;
}

const OPEN_BEFORE_DECISION = [S.DRAFT, S.SUBMITTED, S.EMPLOYER_CONFIRMED, S.UNDER_REVIEW, S.RETURNED_FOR_INFO] as const;

export const TRANSITIONS: readonly Transition[] = [
  { action: A.SUBMIT, from: [S.DRAFT], to: S.SUBMITTED, actor: 'APPLICANT', requires: ['REQUIRED_DOCUMENTS'] },
  // A talent who comes to the town's counter: a reviewer files the draft and submits it in one go
  // (ApplicationService.fileForWalkIn), the paper documents seen counting for the checklist.
  // Reviewers never see drafts, so no page offers this step on one.
  { action: A.SUBMIT_FOR_WALK_IN, from: [S.DRAFT], to: S.SUBMITTED, actor: 'REVIEWER', requires: ['REQUIRED_DOCUMENTS'] },
  { action: A.CONFIRM_EMPLOYMENT, from: [S.SUBMITTED], to: S.EMPLOYER_CONFIRMED, actor: 'EMPLOYER_HR', requires: ['EMPLOYMENT_FACTS', 'FACTS_MEET_CRITERIA'] },
  // An enterprise with no HR account on the platform cannot confirm: the town does, from the
  // evidence it saw (a labour contract, a call to the enterprise), noted in the history. Where the
  // enterprise has an active HR account, HR must confirm.
  { action: A.CONFIRM_EMPLOYMENT_FOR_EMPLOYER, from: [S.SUBMITTED], to: S.EMPLOYER_CONFIRMED, actor: 'REVIEWER', requires: ['EMPLOYER_WITHOUT_HR', 'EVIDENCE_NOTE', 'EMPLOYMENT_FACTS', 'FACTS_MEET_CRITERIA'] },
  { action: A.DECLINE_EMPLOYMENT, from: [S.SUBMITTED], to: S.RETURNED_FOR_INFO, actor: 'EMPLOYER_HR', requires: ['REASON'] },
  { action: A.START_REVIEW, from: [S.EMPLOYER_CONFIRMED], to: S.UNDER_REVIEW, actor: 'REVIEWER', requires: [] },
  { action: A.APPROVE, from: [S.UNDER_REVIEW], to: S.APPROVED, actor: 'REVIEWER', requires: ['AMOUNT_WITHIN_CAP', 'GRANT_LIMITS'] },
  { action: A.REJECT, from: [S.UNDER_REVIEW], to: S.REJECTED, actor: 'REVIEWER', requires: ['REASON'] },
  { action: A.RETURN_FOR_INFO, from: [S.UNDER_REVIEW], to: S.RETURNED_FOR_INFO, actor: 'REVIEWER', requires: ['REASON'] },
  // Back to the employer when they never confirmed, else straight back to review (see resubmitTarget).
  { action: A.RESUBMIT, from: [S.RETURNED_FOR_INFO], to: S.UNDER_REVIEW, actor: 'APPLICANT', requires: ['REQUIRED_DOCUMENTS'] },
  { action: A.DISBURSE, from: [S.APPROVED], to: S.DISBURSED, actor: 'REVIEWER', requires: ['PAYMENT_REFERENCE'], onlyFor: BenefitKind.MONEY },
  { action: A.ALLOCATE, from: [S.APPROVED], to: S.ALLOCATED, actor: 'REVIEWER', requires: ['ALLOCATION_NOTE'], onlyFor: BenefitKind.FLAT },
  { action: A.CLOSE, from: [S.APPROVED, S.DISBURSED, S.ALLOCATED, S.REJECTED], to: S.CLOSED, actor: 'REVIEWER', requires: [] },
  // A passed pre-check still waiting for its recommendation is open, so its talent can withdraw it
  // (an employer that never recommends would otherwise hold the policy for them for good).
  { action: A.WITHDRAW, from: [...OPEN_BEFORE_DECISION, S.AWAITING_RECOMMENDATION], to: S.WITHDRAWN, actor: 'APPLICANT', requires: [] },
  ...PRE_CHECK_TRANSITIONS,
];

const BY_ACTION = new Map(TRANSITIONS.map((t) => [t.action, t]));

export function transitionOf(action: A): Transition {
  const transition = BY_ACTION.get(action);
  if (!transition) throw new Error(`${action} is not a workflow step`);
  return transition;
}

/** Whether `action` may be taken from `status` for this kind of benefit (ignoring who and what it needs). */
export function allowedFrom(action: A, status: S, benefit: BenefitKind): boolean {
  const transition = BY_ACTION.get(action);
  if (!transition || !transition.from.includes(status)) return false;
  if (transition.onlyFor && transition.onlyFor !== benefit) return false;
  if (benefit === BenefitKind.PRE_CHECK && !transition.onlyFor && !SHARED_WITH_PRE_CHECK.includes(action)) return false;
  // Money and flats are closed once paid out or allocated, a nomination once approved.
  if (action === A.CLOSE && status === S.APPROVED) return benefit === BenefitKind.NOMINATION;
  return true;
}

/** Where a resubmission goes: the employer has to confirm first if they never did. */
export function resubmitTarget(employerConfirmed: boolean): S {
  return employerConfirmed ? S.UNDER_REVIEW : S.SUBMITTED;
}

/** The steps an actor could take now, for "what to do next" and the buttons a page shows. */
export function nextActions(status: S, actor: Actor, benefit: BenefitKind): A[] {
  return TRANSITIONS.filter((t) => t.actor === actor && allowedFrom(t.action, status, benefit)).map((t) => t.action);
}

/** Who the application is waiting on in each open state (for deadlines and "waiting on you"). */
export function waitingOn(status: S): Actor | null {
  switch (status) {
    case S.DRAFT:
    case S.RETURNED_FOR_INFO:
      return 'APPLICANT';
    case S.SUBMITTED:
      return 'EMPLOYER_HR';
    case S.EMPLOYER_CONFIRMED:
    case S.UNDER_REVIEW:
    case S.APPROVED:
      return 'REVIEWER';
    default:
      return null;
  }
}

/** Submitted cases that wait on someone have a deadline; drafts and finished cases do not. */
export function hasDeadline(status: S): boolean {
  return status !== S.DRAFT && waitingOn(status) !== null;
}

/**
 * When the current step is due: the policy's processing days from entering the state. Drafts and
 * finished cases have no deadline. Shared by the API's `dueAt` and the calendar feed.
 */
export function dueAt(status: S, statusChangedAt: Date, processingDays: number): Date | null {
  if (!hasDeadline(status)) return null;
  return new Date(statusChangedAt.getTime() + processingDays * 86_400_000);
}

/**
 * The steps that hand out the benefit: the decision to grant it, then the money or the flat; for a
 * pre-check, what the town gives is the pass that sends the talent to the city (straight away,
 * or once recommended).
 */
const GRANTING: readonly A[] = [A.APPROVE, A.DISBURSE, A.ALLOCATE, A.PASS_PRE_CHECK, A.RECOMMEND_BY_EMPLOYER, A.RECOMMEND_BY_TOWN];

/**
 * States in which a case is still open, read off the table above: those from which a granting
 * step can still be reached. That makes drafts (the applicant's own and HR nominations alike),
 * cases waiting on the employer or a reviewer, cases returned for information, approved cases
 * not yet paid out or allocated, and passed pre-checks waiting for their recommendation open.
 * Rejected, withdrawn and closed cases are finished, and so are paid-out and allocated ones: the
 * benefit has been given and only the closing for the record is left, which is the reviewer's
 * bookkeeping, not the applicant's business. A pre-check ready to file with the city is finished
 * too: the town's part is done.
 *
 * A person has at most one open case per policy (the partial unique index
 * `applications_one_open_per_person_policy` holds exactly these states). A finished case never
 * blocks a new one; how often a person may be granted a benefit is the per-person limits' job.
 */
export const OPEN_STATES: readonly S[] = (() => {
  const open = new Set<S>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of TRANSITIONS) {
      if (!GRANTING.includes(t.action) && !open.has(t.to)) continue;
      for (const from of t.from) {
        if (!open.has(from)) {
          open.add(from);
          grew = true;
        }
      }
    }
  }
  return Object.values(S).filter((status) => open.has(status));
})();

/** Whether a case in this state is still open (see OPEN_STATES). */
export function isOpen(status: S): boolean {
  return OPEN_STATES.includes(status);
}
