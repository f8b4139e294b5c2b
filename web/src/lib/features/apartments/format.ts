/** How the apartment pages write money, months and dates (Shanghai time whatever the browser's zone). */
import { money } from '$lib/format';
import { locale, t, type MessageKey } from '$lib/i18n';

/** `2,600 元` / `CNY 703.50`: yuan, with fen only when there are any (see `$lib/format`). */
export const yuan = money;
export { date, dateTime, month } from '$lib/format';

export const layoutName = (layout: string) => t(`apartments.layout.${layout}` as MessageKey);

export const LAYOUTS = ['STUDIO', 'ONE_BEDROOM', 'TWO_BEDROOM', 'THREE_BEDROOM'] as const;
export const UNIT_STATUSES = ['AVAILABLE', 'RESERVED', 'OCCUPIED', 'MAINTENANCE'] as const;

/** This month in Shanghai, `YYYY-MM`. */
export function thisMonth(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** The localised name of anything with `nameZh` / `nameEn`. */
export const named = (x: { nameZh: string; nameEn: string }) => (locale.current === 'en' ? x.nameEn : x.nameZh);
