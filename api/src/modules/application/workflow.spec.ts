import { describe, expect, it } from 'vitest';
import { ApplicationAction as A, ApplicationStatus as S } from './application-status.js';
import { BenefitKind } from './application-form.entity.js';
import { allowedFrom, dueAt, isOpen, nextActions, OPEN_STATES, resubmitTarget, TRANSITIONS, waitingOn } from './workflow.js';

const { MONEY, FLAT, NOMINATION } = BenefitKind;

describe('application workflow', () => {
  it('walks the happy path for money and for a flat', () => {
    const money = [A.SUBMIT, A.CONFIRM_EMPLOYMENT, A.START_REVIEW, A.APPROVE, A.DISBURSE, A.CLOSE];
    let status = S.DRAFT;
    for (const action of money) {
      expect(allowedFrom(action, status, MONEY)).toBe(true);
      status = TRANSITIONS.find((t) => t.action === action)!.to;
    }
    expect(status).toBe(S.CLOSED);
    expect(allowedFrom(A.ALLOCATE, S.APPROVED, FLAT)).toBe(true);
    expect(allowedFrom(A.ALLOCATE, S.APPROVED, MONEY)).toBe(false);
    expect(allowedFrom(A.DISBURSE, S.APPROVED, FLAT)).toBe(false);
  });

  it('never lets a withdrawn, rejected or closed application be decided or paid', () => {
    for (const status of [S.WITHDRAWN, S.REJECTED, S.CLOSED]) {
      for (const action of [A.APPROVE, A.DISBURSE, A.ALLOCATE, A.START_REVIEW, A.SUBMIT]) expect(allowedFrom(action, status, MONEY)).toBe(false);
    }
    expect(allowedFrom(A.WITHDRAW, S.APPROVED, MONEY)).toBe(false);
    expect(allowedFrom(A.DISBURSE, S.DISBURSED, MONEY)).toBe(false);
  });

  it('requires a reason to reject, return or decline, and documents to submit', () => {
    const needs = (a: A) => TRANSITIONS.find((t) => t.action === a)!.requires;
    expect(needs(A.REJECT)).toContain('REASON');
    expect(needs(A.RETURN_FOR_INFO)).toContain('REASON');
    expect(needs(A.DECLINE_EMPLOYMENT)).toContain('REASON');
    expect(needs(A.SUBMIT)).toContain('REQUIRED_DOCUMENTS');
    expect(needs(A.APPROVE)).toContain('AMOUNT_WITHIN_CAP');
    expect(needs(A.DISBURSE)).toContain('PAYMENT_REFERENCE');
  });

  it('tells each actor what they can do now', () => {
    expect(nextActions(S.SUBMITTED, 'EMPLOYER_HR', MONEY)).toEqual([A.CONFIRM_EMPLOYMENT, A.DECLINE_EMPLOYMENT]);
    expect(nextActions(S.SUBMITTED, 'APPLICANT', MONEY)).toEqual([A.WITHDRAW]);
    expect(nextActions(S.UNDER_REVIEW, 'REVIEWER', MONEY)).toEqual([A.APPROVE, A.REJECT, A.RETURN_FOR_INFO]);
    expect(nextActions(S.APPROVED, 'REVIEWER', MONEY)).toEqual([A.DISBURSE]);
    expect(nextActions(S.APPROVED, 'REVIEWER', FLAT)).toEqual([A.ALLOCATE]);
    expect(nextActions(S.APPROVED, 'REVIEWER', NOMINATION)).toEqual([A.CLOSE]);
    expect(nextActions(S.RETURNED_FOR_INFO, 'APPLICANT', MONEY)).toEqual([A.RESUBMIT, A.WITHDRAW]);
  });

  it('lets a reviewer submit a draft filed at the counter, with the documents, and only a draft', () => {
    const walkIn = TRANSITIONS.find((t) => t.action === A.SUBMIT_FOR_WALK_IN)!;
    expect(walkIn).toMatchObject({ from: [S.DRAFT], to: S.SUBMITTED, actor: 'REVIEWER' });
    expect(walkIn.requires).toContain('REQUIRED_DOCUMENTS');
    expect(nextActions(S.DRAFT, 'REVIEWER', MONEY)).toEqual([A.SUBMIT_FOR_WALK_IN]);
    for (const status of Object.values(S).filter((s) => s !== S.DRAFT)) expect(allowedFrom(A.SUBMIT_FOR_WALK_IN, status, MONEY)).toBe(false);
  });

  it('sends a resubmission back to the employer only when they never confirmed', () => {
    expect(resubmitTarget(false)).toBe(S.SUBMITTED);
    expect(resubmitTarget(true)).toBe(S.UNDER_REVIEW);
  });

  it('knows whom an open application waits on', () => {
    expect([S.DRAFT, S.SUBMITTED, S.EMPLOYER_CONFIRMED, S.APPROVED, S.CLOSED].map(waitingOn)).toEqual(['APPLICANT', 'EMPLOYER_HR', 'REVIEWER', 'REVIEWER', null]);
  });

  it('gives a submitted, waiting case a deadline of its processing days, and none to drafts or finished ones', () => {
    const entered = new Date('2026-03-01T02:00:00Z');
    expect(dueAt(S.SUBMITTED, entered, 20)!.toISOString()).toBe('2026-03-21T02:00:00.000Z');
    expect(dueAt(S.RETURNED_FOR_INFO, entered, 20)).not.toBeNull();
    expect([S.DRAFT, S.CLOSED, S.WITHDRAWN, S.REJECTED].map((s) => dueAt(s, entered, 20))).toEqual([null, null, null, null]);
  });

  it('reads the open states off the table: every state from which a benefit can still be granted', () => {
    expect(OPEN_STATES).toEqual([S.DRAFT, S.SUBMITTED, S.EMPLOYER_CONFIRMED, S.UNDER_REVIEW, S.RETURNED_FOR_INFO, S.APPROVED, S.AWAITING_RECOMMENDATION]);
    for (const finished of [S.REJECTED, S.WITHDRAWN, S.CLOSED, S.DISBURSED, S.ALLOCATED]) expect(isOpen(finished)).toBe(false);
    // No step leads from a finished case back to an open one, so only a new row can break "one open per policy".
    for (const t of TRANSITIONS) {
      if (isOpen(t.to)) expect(t.from.every(isOpen), t.action).toBe(true);
    }
  });
});
