// The administrator's cap form (web/src/lib/features/admin/cap-form.ts): what it refuses before
// sending. The server checks the same and decides; these keep the page from sending nonsense.
import { describe, expect, it } from 'vitest';
import { checkCapForm, checkDays, parseCapYuan } from '../../web/src/lib/features/admin/cap-form.js';

const TODAY = '2026-12-05';
const ok = { amount: '30000', effectiveFrom: TODAY, noteZh: '依据文件录入' };

describe('the cap form', () => {
  it('accepts a whole number of yuan from 1 to 10,000,000, with or without thousands separators', () => {
    expect(parseCapYuan('50,000')).toBe(50000);
    expect(parseCapYuan('50，000')).toBe(50000);
    expect(checkCapForm(ok, TODAY).fields).toEqual({});
    expect(checkCapForm({ ...ok, amount: '10000000' }, TODAY).fields).toEqual({});
  });

  it('refuses zero, negatives, fractions, exponents, hex, null bytes, huge and 100 KB values', () => {
    for (const amount of ['0', '-5', '1.5', '1e5', '0x10', '5\u00000', '10000001', '99999999999', 'x'.repeat(100_000)]) {
      expect(checkCapForm({ ...ok, amount }, TODAY).fields.value?.code, amount.slice(0, 20)).toBe('OUT_OF_RANGE');
    }
    expect(checkCapForm({ ...ok, amount: '  ' }, TODAY).fields.value?.code).toBe('REQUIRED');
  });

  it('refuses a date before today and a missing note, and leaves the check of later dates to the server', () => {
    expect(checkCapForm({ ...ok, effectiveFrom: '2026-12-04' }, TODAY).fields.effectiveFrom).toMatchObject({ code: 'OUT_OF_RANGE', params: { today: TODAY } });
    expect(checkCapForm({ ...ok, effectiveFrom: '2027-01-01' }, TODAY).fields).toEqual({});
    expect(checkCapForm({ ...ok, effectiveFrom: '' }, TODAY).fields.effectiveFrom?.code).toBe('REQUIRED');
    expect(checkCapForm({ ...ok, noteZh: ' ' }, TODAY).fields.noteZh?.code).toBe('REQUIRED');
  });

  it('takes processing days from 1 to 365 only', () => {
    expect(checkDays('30').fields).toEqual({});
    for (const days of ['0', '366', '-1', '1.5', '', 'abc']) expect(checkDays(days).fields.processingDays?.code, days).toBe('OUT_OF_RANGE');
  });
});
