import { ApplicationAction as A, ApplicationStatus as S } from './application-status.js';
import { BenefitKind } from './application-form.entity.js';
import type { Transition } from './workflow.js';

/**
 * The steps of the town's pre-check (预审) for a procedure the city decides (人才引进落户, 居转户,
 * 应届生落户, 居住证积分): part of the workflow table (workflow.ts spreads them in). A pre-check
 * takes only these steps and withdrawal: the city, not the town, approves the benefit, so the
 * employer's confirmation, approval and payment never apply to it.
 *
 * DRAFT → (submit) → UNDER_REVIEW → needs documents → RETURNED_FOR_INFO → (resubmit) → UNDER_REVIEW
 *                                  → not eligible    → REJECTED
 *                                  → passed          → READY_TO_FILE, or AWAITING_RECOMMENDATION
 *                                    when the policy's city procedure names a recommender, then
 *                                    the employer's HR or the town recommends → READY_TO_FILE.
 */
const PRE_CHECK = BenefitKind.PRE_CHECK;

export const PRE_CHECK_TRANSITIONS: readonly Transition[] = [
  { action: A.SUBMIT_PRE_CHECK, from: [S.DRAFT], to: S.UNDER_REVIEW, actor: 'APPLICANT', requires: ['REQUIRED_DOCUMENTS'], onlyFor: PRE_CHECK },
  { action: A.RESUBMIT_PRE_CHECK, from: [S.RETURNED_FOR_INFO], to: S.UNDER_REVIEW, actor: 'APPLICANT', requires: ['REQUIRED_DOCUMENTS'], onlyFor: PRE_CHECK },
  { action: A.PASS_PRE_CHECK, from: [S.UNDER_REVIEW], to: S.READY_TO_FILE, actor: 'REVIEWER', requires: [], onlyFor: PRE_CHECK },
  { action: A.PASS_PRE_CHECK_FOR_RECOMMENDATION, from: [S.UNDER_REVIEW], to: S.AWAITING_RECOMMENDATION, actor: 'REVIEWER', requires: [], onlyFor: PRE_CHECK },
  { action: A.PRE_CHECK_NEEDS_DOCUMENTS, from: [S.UNDER_REVIEW], to: S.RETURNED_FOR_INFO, actor: 'REVIEWER', requires: ['REASON'], onlyFor: PRE_CHECK },
  { action: A.PRE_CHECK_NOT_ELIGIBLE, from: [S.UNDER_REVIEW], to: S.REJECTED, actor: 'REVIEWER', requires: ['REASON'], onlyFor: PRE_CHECK },
  // Which of the two the policy asks for is its city procedure's data (CityProcedure.recommendation).
  { action: A.RECOMMEND_BY_EMPLOYER, from: [S.AWAITING_RECOMMENDATION], to: S.READY_TO_FILE, actor: 'EMPLOYER_HR', requires: [], onlyFor: PRE_CHECK },
  { action: A.RECOMMEND_BY_TOWN, from: [S.AWAITING_RECOMMENDATION], to: S.READY_TO_FILE, actor: 'REVIEWER', requires: [], onlyFor: PRE_CHECK },
];

/** Steps a pre-check shares with every application. */
export const SHARED_WITH_PRE_CHECK: readonly A[] = [A.WITHDRAW];
