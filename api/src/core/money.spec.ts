import { describe, expect, it } from 'vitest';
import { groupedYuan, groupedYuanFromFen, plainYuanFromFen, yuanText } from './money.js';

describe('money in text', () => {
  it('groups whole yuan and keeps up to two decimals', () => {
    expect(groupedYuan(5_000_000)).toBe('5,000,000');
    expect(groupedYuan(12.5)).toBe('12.5');
    expect(groupedYuan(0)).toBe('0');
  });

  it('prints fen as yuan with cents, grouped for people and plain for machines', () => {
    expect(groupedYuanFromFen(123_456)).toBe('1,234.56');
    expect(groupedYuanFromFen(5)).toBe('0.05');
    expect(plainYuanFromFen(123_456)).toBe('1234.56');
    expect(plainYuanFromFen(100)).toBe('1.00');
  });

  it('writes an amount in both languages', () => {
    expect(yuanText(30_000)).toEqual({ zh: '30,000 元', en: '30,000 yuan' });
  });
});
