// The fund's forms read yuan as typed into whole fen (web/src/lib/features/fund/format.ts): one
// helper for the grant application, the donation, the tranche and the receipt forms.
import { describe, expect, it } from 'vitest';
import { parseYuan, readAmountFen } from '../../web/src/lib/features/fund/format.js';

describe('reading an amount typed in yuan', () => {
  it('reads grouped and decimal amounts exactly, without floating-point drift', () => {
    expect(parseYuan('8,000')).toBe(800_000);
    expect(parseYuan(' 1，234.5 ')).toBe(123_450);
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1.10')).toBe(110);
    expect(parseYuan('999999999999.99')).toBe(99_999_999_999_999);
    expect(parseYuan('-12')).toBe(-1_200);
  });

  it('refuses what is not an amount with at most two decimals', () => {
    for (const text of ['', '   ', '1.234', 'abc', '12元', '1e5', '1.2.3', '\u0000', '8'.repeat(100_000), '0x10', '.5']) {
      expect(parseYuan(text), JSON.stringify(text.slice(0, 20))).toBeNull();
    }
  });

  it('gives the form its amountFen error, or the fen to send', () => {
    expect(readAmountFen('5000')).toEqual({ ok: true, fen: 500_000 });
    const refused = readAmountFen('five thousand');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.fields.amountFen).toEqual({ code: 'INVALID', key: 'fund.amount.invalid' });
  });
});
