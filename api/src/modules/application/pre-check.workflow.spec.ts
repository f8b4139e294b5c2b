import { describe, expect, it } from 'vitest';
import { ApplicationAction as A, ApplicationStatus as S } from './application-status.js';
import { BenefitKind } from './application-form.entity.js';
import { allowedFrom, isOpen, nextActions, TRANSITIONS, waitingOn } from './workflow.js';

const { PRE_CHECK, MONEY } = BenefitKind;
const to = (action: A) => TRANSITIONS.find((t) => t.action === action)!.to;

describe('the pre-check in the workflow table', () => {
  it('walks submission, "more documents", a pass and the recommendation to "file with the city"', () => {
    let status = S.DRAFT;
    for (const action of [A.SUBMIT_PRE_CHECK, A.PRE_CHECK_NEEDS_DOCUMENTS, A.RESUBMIT_PRE_CHECK, A.PASS_PRE_CHECK_FOR_RECOMMENDATION, A.RECOMMEND_BY_EMPLOYER]) {
      expect(allowedFrom(action, status, PRE_CHECK), action).toBe(true);
      status = to(action);
    }
    expect(status).toBe(S.READY_TO_FILE);
    expect(to(A.PASS_PRE_CHECK)).toBe(S.READY_TO_FILE);
    expect(to(A.PRE_CHECK_NOT_ELIGIBLE)).toBe(S.REJECTED);
  });

  it('takes none of the usual steps but withdrawal: the city, not the town, grants the benefit', () => {
    expect(nextActions(S.DRAFT, 'APPLICANT', PRE_CHECK)).toEqual([A.WITHDRAW, A.SUBMIT_PRE_CHECK]);
    expect(nextActions(S.UNDER_REVIEW, 'REVIEWER', PRE_CHECK)).toEqual([A.PASS_PRE_CHECK, A.PASS_PRE_CHECK_FOR_RECOMMENDATION, A.PRE_CHECK_NEEDS_DOCUMENTS, A.PRE_CHECK_NOT_ELIGIBLE]);
    expect(nextActions(S.RETURNED_FOR_INFO, 'APPLICANT', PRE_CHECK)).toEqual([A.WITHDRAW, A.RESUBMIT_PRE_CHECK]);
    for (const action of [A.SUBMIT, A.SUBMIT_FOR_WALK_IN, A.APPROVE, A.REJECT, A.RETURN_FOR_INFO, A.RESUBMIT, A.DISBURSE, A.CLOSE]) {
      for (const status of Object.values(S)) expect(allowedFrom(action, status, PRE_CHECK), `${action} from ${status}`).toBe(false);
    }
  });

  it('keeps its steps away from other benefits', () => {
    for (const action of [A.SUBMIT_PRE_CHECK, A.PASS_PRE_CHECK, A.RECOMMEND_BY_TOWN]) {
      for (const status of Object.values(S)) expect(allowedFrom(action, status, MONEY)).toBe(false);
    }
  });

  it('a pre-check waiting on the recommendation is open (its talent may withdraw it); one ready to file is finished; neither has a deadline', () => {
    expect([S.AWAITING_RECOMMENDATION, S.READY_TO_FILE].map(isOpen)).toEqual([true, false]);
    expect(nextActions(S.AWAITING_RECOMMENDATION, 'APPLICANT', PRE_CHECK)).toEqual([A.WITHDRAW]);
    expect(nextActions(S.READY_TO_FILE, 'APPLICANT', PRE_CHECK)).toEqual([]);
    // Who recommends is the city procedure's data, so the state alone names no one to wait on.
    expect([S.AWAITING_RECOMMENDATION, S.READY_TO_FILE].map(waitingOn)).toEqual([null, null]);
  });
});
