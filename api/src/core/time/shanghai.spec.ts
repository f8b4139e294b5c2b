import { describe, expect, it } from 'vitest';
import { addDays, secondsUntilShanghaiMidnight, shanghaiAt, shanghaiClock, shanghaiCompact, shanghaiDateTime, shanghaiDateTimeEn, shanghaiDateTimeZh, shanghaiDay, shanghaiMonthAfter, shanghaiMonthStart, shanghaiNoon, shanghaiParts, shanghaiYear } from './shanghai.js';

// 23:30 UTC on 4 December is 07:30 on 5 December in Shanghai: the hours where a UTC day is wrong.
const EARLY_MORNING = new Date('2026-12-04T23:30:00Z');

describe('Shanghai dates', () => {
  it('take the Shanghai day, not the UTC day, between 00:00 and 08:00 in Shanghai', () => {
    expect(EARLY_MORNING.toISOString().slice(0, 10)).toBe('2026-12-04');
    expect(shanghaiDay(EARLY_MORNING)).toBe('2026-12-05');
    expect(shanghaiDateTime(EARLY_MORNING)).toBe('2026-12-05 07:30');
    expect(shanghaiParts(EARLY_MORNING)).toEqual({ year: 2026, month: 12, day: 5, hours: 7, minutes: 30, seconds: 0 });
    expect(shanghaiCompact(EARLY_MORNING)).toBe('20261205T073000');
  });

  it('turn the year and the month in Shanghai', () => {
    const newYear = new Date('2026-12-31T16:00:00Z');
    expect(shanghaiYear(newYear)).toBe(2027);
    expect(shanghaiYear(new Date(newYear.getTime() - 1))).toBe(2026);
    expect(shanghaiMonthAfter(newYear, 0)).toBe('2027-01');
    expect(shanghaiMonthAfter(new Date('2026-11-30T17:00:00Z'), 13)).toBe('2028-01');
    expect(shanghaiMonthStart('2027-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('find instants of Shanghai wall-clock times', () => {
    expect(shanghaiAt('2026-12-05', '09:30').toISOString()).toBe('2026-12-05T01:30:00.000Z');
    expect(shanghaiNoon('2026-12-05').toISOString()).toBe('2026-12-05T04:00:00.000Z');
  });

  it('count days on the calendar, across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('tell the seconds until midnight in Shanghai, never 0', () => {
    expect(secondsUntilShanghaiMidnight(EARLY_MORNING)).toBe((16 * 60 + 30) * 60);
    expect(secondsUntilShanghaiMidnight(new Date('2026-12-04T16:00:00Z'))).toBe(24 * 3600);
    expect(secondsUntilShanghaiMidnight(new Date('2026-12-04T15:59:59.900Z'))).toBe(1);
  });

  it('write times for messages as zh-CN and en-GB do (medium date, short time), on every month and across midnight', () => {
    const options = { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' } as const;
    for (let month = 0; month < 12; month++) {
      for (const instant of [new Date(Date.UTC(2026, month, 1, 16, 5)), new Date(Date.UTC(2026, month, 15, 1, 30))]) {
        expect(shanghaiDateTimeZh(instant)).toBe(instant.toLocaleString('zh-CN', options));
        expect(shanghaiDateTimeEn(instant)).toBe(instant.toLocaleString('en-GB', options));
        expect(shanghaiClock(instant)).toBe(instant.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }));
      }
    }
    expect(shanghaiDateTimeZh(EARLY_MORNING)).toBe('2026年12月5日 07:30');
    expect(shanghaiDateTimeEn(EARLY_MORNING)).toBe('5 Dec 2026, 07:30');
  });
});
