import { describe, expect, it } from 'vitest';
import { deduction } from './common.js';
import { type CriterionResult, type CriterionStatus, verdictOf } from './criteria.js';
import { shanghaiMonthAfter } from '../../../core/time/shanghai.js';

const criterion = (code: string, status: CriterionStatus): CriterionResult => ({
  code,
  status,
  explanation: { zh: code, en: code },
  legalBasis: 'test',
});

describe('verdictOf', () => {
  it('is LIKELY_ELIGIBLE when every criterion is met', () => {
    expect(verdictOf([criterion('A', 'MET'), criterion('B', 'MET')])).toBe('LIKELY_ELIGIBLE');
  });

  it('is NEEDS_INFORMATION when something is unknown and nothing failed', () => {
    expect(verdictOf([criterion('A', 'MET'), criterion('B', 'UNKNOWN')])).toBe('NEEDS_INFORMATION');
  });

  it('is NOT_ELIGIBLE when anything failed, even with unknowns', () => {
    expect(verdictOf([criterion('A', 'UNKNOWN'), criterion('B', 'NOT_MET'), criterion('C', 'MET')])).toBe('NOT_ELIGIBLE');
  });
});

describe('shanghaiMonthAfter', () => {
  it('adds months across year ends', () => {
    expect(shanghaiMonthAfter(new Date('2026-03-15T04:00:00Z'), 24)).toBe('2028-03');
    expect(shanghaiMonthAfter(new Date('2026-11-15T04:00:00Z'), 3)).toBe('2027-02');
    expect(shanghaiMonthAfter(new Date('2026-01-10T04:00:00Z'), 0)).toBe('2026-01');
  });

  it('uses the Shanghai calendar (UTC+8), not UTC', () => {
    // 2026-03-31 17:00 UTC is already 1 April in Shanghai.
    expect(shanghaiMonthAfter(new Date('2026-03-31T17:00:00Z'), 1)).toBe('2026-05');
    expect(shanghaiMonthAfter(new Date('2026-03-31T15:00:00Z'), 1)).toBe('2026-04');
  });
});

describe('deduction', () => {
  it('never yields negative zero', () => {
    expect(Object.is(deduction(0, 150), 0)).toBe(true);
    expect(deduction(2, 50)).toBe(-100);
  });
});
