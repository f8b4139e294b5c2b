/** How the apartment pages write money, months and dates (Shanghai time whatever the browser's zone). */
import { locale, t, type MessageKey } from '$lib/i18n';

const intl = () => (locale.current === 'en' ? 'en-GB' : 'zh-CN');

/** `¥2,600` or `¥703.50`: yuan, with fen only when there are any. */
export function yuan(amount: number): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(intl(), { style: 'currency', currency: 'CNY', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
}

/** `2027-03` → `2027年3月` / `Mar 2027`. */
export function month(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 15)).toLocaleDateString(intl(), { timeZone: 'UTC', year: 'numeric', month: 'short' });
}

export function date(iso: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00+08:00` : iso;
  return new Date(instant).toLocaleDateString(intl(), { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric' });
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(intl(), { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export const layoutName = (layout: string) => t(`apartments.layout.${layout}` as MessageKey);

export const LAYOUTS = ['STUDIO', 'ONE_BEDROOM', 'TWO_BEDROOM', 'THREE_BEDROOM'] as const;
export const UNIT_STATUSES = ['AVAILABLE', 'RESERVED', 'OCCUPIED', 'MAINTENANCE'] as const;

/** This month in Shanghai, `YYYY-MM`. */
export function thisMonth(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** The localised name of anything with `nameZh` / `nameEn`. */
export const named = (x: { nameZh: string; nameEn: string }) => (locale.current === 'en' ? x.nameEn : x.nameZh);
