/**
 * The one place for dates in Asia/Shanghai, where every date the platform shows or decides on
 * lives (a deadline's day, a quota's day, a year's figures). Shanghai is UTC+8 all year, with no
 * daylight saving, so a fixed offset is exact; computing a day with `toISOString()` on an instant
 * is not (it gives the UTC day, a day early between 00:00 and 08:00 in Shanghai).
 *
 * Days are `YYYY-MM-DD` strings, months `YYYY-MM`, instants `Date`.
 */
export const SHANGHAI = 'Asia/Shanghai';
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as Shanghai's wall clock, read with the getUTC… methods. */
function wallClock(instant: Date): Date {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
}

/** Year, month (1-12), day, hours, minutes and seconds of an instant on Shanghai's clock. */
export function shanghaiParts(instant: Date): { year: number; month: number; day: number; hours: number; minutes: number; seconds: number } {
  const w = wallClock(instant);
  return { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hours: w.getUTCHours(), minutes: w.getUTCMinutes(), seconds: w.getUTCSeconds() };
}

/** The Shanghai date of an instant, YYYY-MM-DD. */
export function shanghaiDay(instant: Date): string {
  return wallClock(instant).toISOString().slice(0, 10);
}

/** Today's date in Shanghai, YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return shanghaiDay(now);
}

/** `YYYY-MM-DD HH:MM` on Shanghai's clock ('' for none), for exports and messages. */
export function shanghaiDateTime(instant: Date | null | undefined): string {
  return instant ? wallClock(instant).toISOString().slice(0, 16).replace('T', ' ') : '';
}

/** `14:05` on Shanghai's clock. */
export function shanghaiClock(instant: Date): string {
  const p = shanghaiParts(instant);
  return `${pad(p.hours)}:${pad(p.minutes)}`;
}

/** `2026年12月5日 14:05` on Shanghai's clock, for Chinese messages (as zh-CN's medium date, short time). */
export function shanghaiDateTimeZh(instant: Date): string {
  const p = shanghaiParts(instant);
  return `${p.year}年${p.month}月${p.day}日 ${shanghaiClock(instant)}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** `5 Dec 2026, 14:05` on Shanghai's clock, for English messages (as en-GB's medium date, short time). */
export function shanghaiDateTimeEn(instant: Date): string {
  const p = shanghaiParts(instant);
  return `${p.day} ${MONTHS_EN.at(p.month - 1) ?? ''} ${p.year}, ${shanghaiClock(instant)}`;
}

/** The year in Shanghai. */
export function shanghaiYear(now: Date = new Date()): number {
  return wallClock(now).getUTCFullYear();
}

/** The Shanghai calendar month `monthsAhead` months after `asOf`, as YYYY-MM. */
export function shanghaiMonthAfter(asOf: Date, monthsAhead: number): string {
  const { year, month } = shanghaiParts(asOf);
  const index = year * 12 + month - 1 + monthsAhead;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The instant a Shanghai wall-clock time happens: `at('2026-12-05', '09:30')`. */
export function shanghaiAt(day: string, time = '00:00'): Date {
  return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}+08:00`);
}

/** Noon in Shanghai on a date (for month arithmetic on that date, clear of any day boundary). */
export function shanghaiNoon(day: string): Date {
  return shanghaiAt(day, '12:00');
}

/** The first instant of a month (YYYY-MM) in Shanghai. */
export function shanghaiMonthStart(month: string): Date {
  return shanghaiAt(`${month}-01`);
}

/** Seconds until the next midnight in Shanghai (at least 1), when a day's counts start afresh. */
export function secondsUntilShanghaiMidnight(now: Date = new Date()): number {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  return Math.max(1, Math.ceil((DAY_MS - (((local % DAY_MS) + DAY_MS) % DAY_MS)) / 1000));
}

/** A day `days` later (or earlier) than a YYYY-MM-DD day: calendar arithmetic, no clock involved. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `20261205T140000`: Shanghai wall-clock time, as iCalendar writes a time with TZID. */
export function shanghaiCompact(instant: Date): string {
  const p = shanghaiParts(instant);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hours)}${pad(p.minutes)}${pad(p.seconds)}`;
}
