// The web app's one formatting module (web/src/lib/format/intl.ts): money, rates and dates by
// language, dates in Shanghai time whatever the machine's zone.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatMoneyFen, formatMoneyFenExact, formatMonth, formatRate, formatTime } from '../../web/src/lib/format/intl.js';

/** Intl puts a no-break space between the currency code and the number; compare with plain spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('money by language', () => {
  it('writes large sums in 万元 in Chinese and in full with CNY in English', () => {
    expect(formatMoney(5_000_000, 'zh-CN')).toBe('500 万元');
    expect(plain(formatMoney(5_000_000, 'en'))).toBe('CNY 5,000,000');
    expect(formatMoney(12_000, 'zh-CN')).toBe('1.2 万元');
    expect(formatMoney(2_345_678, 'zh-CN')).toBe('234.5678 万元');
    expect(formatMoney(200_000_000_000, 'zh-CN')).toBe('20,000,000 万元');
  });
  it('writes sums under 10,000 in 元, with fen only when there are any', () => {
    expect(formatMoney(800, 'zh-CN')).toBe('800 元');
    expect(formatMoney(9_999, 'zh-CN')).toBe('9,999 元');
    expect(formatMoney(703.5, 'zh-CN')).toBe('703.50 元');
    expect(plain(formatMoney(703.5, 'en'))).toBe('CNY 703.50');
    expect(formatMoney(0, 'zh-CN')).toBe('0 元');
    expect(formatMoney(-1_500, 'zh-CN')).toBe('-1,500 元');
  });
  it('reads whole fen exactly', () => {
    expect(formatMoneyFen(123_456, 'zh-CN')).toBe('1,234.56 元');
    expect(plain(formatMoneyFen(705_200_000, 'en'))).toBe('CNY 7,052,000');
    expect(formatMoneyFen(705_200_000, 'zh-CN')).toBe('705.2 万元');
  });
});

describe('rates and dates', () => {
  it('writes rates as percentages with at most two decimals', () => {
    expect(formatRate(3.45, 'zh-CN')).toBe('3.45%');
    expect(formatRate(30, 'en')).toBe('30%');
    expect(formatRate(3.456, 'en')).toBe('3.46%');
  });
  it('writes instants in Shanghai time, calendar days as themselves', () => {
    // 2026-12-31T16:30Z is already 1 January 2027, 00:30 in Shanghai.
    expect(formatDateTime('2026-12-31T16:30:00Z', 'zh-CN')).toBe('2027年1月1日 00:30');
    expect(formatDateTime('2026-12-31T16:30:00Z', 'en')).toBe('1 Jan 2027, 00:30');
    expect(formatTime('2026-12-31T16:30:00Z', 'en')).toBe('00:30');
    expect(formatDate('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
    expect(formatDate('2026-12-31', 'en')).toBe('31 Dec 2026');
    expect(formatMonth('2027-03', 'zh-CN')).toBe('2027年3月');
    expect(formatMonth('2027-03', 'en')).toBe('Mar 2027');
  });
});

describe('the fund\'s money, to the fen', () => {
  it('never rounds to 万 and keeps fen', () => {
    expect(formatMoneyFenExact(123_456_789, 'zh-CN')).toBe('1,234,567.89 元');
    expect(plain(formatMoneyFenExact(123_456_789, 'en'))).toBe('CNY 1,234,567.89');
    expect(formatMoneyFenExact(800_000, 'zh-CN')).toBe('8,000 元');
    expect(formatMoneyFenExact(50, 'zh-CN')).toBe('0.50 元');
  });
});
