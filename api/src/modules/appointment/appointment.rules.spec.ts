import { describe, expect, it } from 'vitest';
import { Role } from '../../core/auth/role.js';
import { changeDeadline, queueCode, reminderAt, servesAt } from './appointment.rules.js';
import { addDays, shanghaiDay } from '../../core/time/shanghai.js';

const viewer = (role: Role, organisationId: string | null) => ({ userId: 'u', role, organisationId, sessionId: 's' });

describe('appointment rules', () => {
  it('writes queue numbers as the point\'s letter and three digits', () => {
    expect(queueCode('A', 1)).toBe('A001');
    expect(queueCode('B', 42)).toBe('B042');
    expect(queueCode('A', 999)).toBe('A999');
  });

  it('reads days in Shanghai, across the UTC midnight and the year end', () => {
    expect(shanghaiDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(shanghaiDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('reminds at 10:00 Shanghai the day before, and closes changes at the cut-off', () => {
    expect(reminderAt('2027-01-04').toISOString()).toBe('2027-01-03T02:00:00.000Z');
    expect(changeDeadline(new Date('2027-01-04T01:00:00Z'), 120).toISOString()).toBe('2027-01-03T23:00:00.000Z');
  });

  it('lets reviewers serve the town office\'s points and liaisons only their own bank\'s', () => {
    expect(servesAt(viewer(Role.REVIEWER, 'town'), 'town')).toBe(true);
    expect(servesAt(viewer(Role.BANK_LIAISON, 'bank1'), 'bank1')).toBe(true);
    expect(servesAt(viewer(Role.BANK_LIAISON, 'bank1'), 'bank2')).toBe(false);
    expect(servesAt(viewer(Role.BANK_LIAISON, 'bank1'), 'town')).toBe(false);
    expect(servesAt(viewer(Role.COORDINATOR, 'town'), 'town')).toBe(false);
    expect(servesAt(viewer(Role.TALENT, null), 'town')).toBe(false);
    expect(servesAt(viewer(Role.ADMIN, null), 'bank2')).toBe(true);
    expect(servesAt(null, 'town')).toBe(false);
  });
});
