import { describe, expect, it } from 'vitest';
import { FieldErrors } from '../../core/errors/domain-error.js';
import { awardAmount, contractMonths, employerFacts } from './employer-filed.js';

describe('the facts HR confirm for a policy the employer files', () => {
  it('counts a contract in whole months, to the day after its last day', () => {
    expect(contractMonths('2024-03-01', '2027-02-28')).toBe(36);
    expect(contractMonths('2024-03-15', '2027-03-13')).toBe(35);
    expect(contractMonths('2024-03-15', '2027-03-14')).toBe(36);
    expect(contractMonths('2025-06-01', '2027-05-31')).toBe(24);
  });

  it('treats an open-ended contract as long enough for any condition', () => {
    expect(contractMonths('2024-03-01', null)).toBe(1200);
    expect(employerFacts({ contractStart: '2024-03-01', contractEnd: null, socialInsuranceMonths: 8, previousYearIncomeYuan: null }))
      .toEqual({ laborContractMonths: 1200, consecutiveInsuranceMonthsAtEmployer: 8, keyPostRecognisedByEmployer: true });
  });
});

describe('the award a reviewer approves', () => {
  it('is the configured amount, given or left out, and nothing else', () => {
    const errors = new FieldErrors();
    expect(awardAmount(errors, 80_000, null)).toBe(80_000);
    expect(awardAmount(errors, 80_000, 80_000)).toBe(80_000);
    expect(errors.has('input.amountYuan')).toBe(false);
    awardAmount(errors, 80_000, 79_999);
    expect(errors.has('input.amountYuan')).toBe(true);
  });
});
