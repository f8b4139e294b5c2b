import { describe, expect, it } from 'vitest';
import { confirmationValidUntil } from './application.service.js';

describe('how long an employer\'s confirmation is reused', () => {
  it('counts the year from the Shanghai day of the confirmation: HR confirming at 07:30 Shanghai (23:30 UTC the day before) get the full year', () => {
    // The old code took the UTC day of now + 365 days: 2027-12-04, a day short.
    expect(confirmationValidUntil(new Date('2026-12-04T23:30:00Z'), null)).toBe('2027-12-05');
    expect(confirmationValidUntil(new Date('2026-12-05T15:59:00Z'), null)).toBe('2027-12-05');
    expect(confirmationValidUntil(new Date('2026-12-05T16:00:00Z'), null)).toBe('2027-12-06');
  });

  it('ends with the contract when that comes first', () => {
    expect(confirmationValidUntil(new Date('2026-12-04T23:30:00Z'), '2027-06-30')).toBe('2027-06-30');
    expect(confirmationValidUntil(new Date('2026-12-04T23:30:00Z'), '2028-06-30')).toBe('2027-12-05');
  });
});
