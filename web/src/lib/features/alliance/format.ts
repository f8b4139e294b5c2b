/**
 * Times of the alliance are Shanghai times, whatever the browser's own time zone: events happen
 * in Yuepu. Inputs use `datetime-local` values read and written as Asia/Shanghai wall-clock.
 */
import { locale } from '$lib/i18n';

export const SHANGHAI = 'Asia/Shanghai';
const OFFSET = '+08:00';

function intlLocale(): string {
  return locale.current === 'en' ? 'en-GB' : 'zh-CN';
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(intlLocale(), { timeZone: SHANGHAI, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' });
}

export { date as formatDate, time as formatTime } from '$lib/format';

/** `2026-12-05T14:00` (Shanghai) for a `datetime-local` input. */
export function toLocalInput(iso: string | Date): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return d.toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Shanghai time, as ISO 8601 with its offset; '' stays ''. */
export function fromLocalInput(value: string): string {
  return value ? `${value}:00${OFFSET}` : '';
}

/** Year, month (0-11) and day of an instant in Shanghai. */
export function shanghaiParts(date: Date): { year: number; month: number; day: number } {
  const d = new Date(date.getTime() + 8 * 3600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

/** The instant a Shanghai calendar day starts. */
export function shanghaiDayStart(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day) - 8 * 3600_000);
}

export function monthName(year: number, month: number): string {
  return shanghaiDayStart(year, month, 15).toLocaleDateString(intlLocale(), { timeZone: SHANGHAI, year: 'numeric', month: 'long' });
}
