/**
 * The one place the web app writes money, rates, numbers and dates, with `Intl`. Pure functions
 * of the language, so they are unit-tested without a browser; `$lib/format` binds them to the
 * page's current language.
 *
 * - Money: Chinese readers count large sums in 万 (500 万元), English readers in full with the
 *   currency code (CNY 5,000,000). Amounts are yuan; fen amounts are divided first.
 * - Rates are percentages (3.45%).
 * - Dates and times are Shanghai wall-clock whatever the device's zone: the town works on
 *   Beijing time. A bare `YYYY-MM-DD` is a calendar day, read at Shanghai noon.
 */
export type Lang = 'zh-CN' | 'en';

export const SHANGHAI = 'Asia/Shanghai';

/** The Intl locale for a language: British English for day-month-year dates. */
export function intlLocale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'zh-CN';
}

const fraction = (n: number, most: number) => ({ minimumFractionDigits: Number.isInteger(n) ? 0 : Math.min(2, most), maximumFractionDigits: most });

/** A plain number grouped for the language: 1,234.5. */
export function formatNumber(n: number, lang: Lang, mostDecimals = 2): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: mostDecimals }).format(n);
}

/** 5000000 → `500 万元` / `CNY 5,000,000`; 800 → `800 元` / `CNY 800`; 703.5 → `703.50 元` / `CNY 703.50`. */
export function formatMoney(yuan: number, lang: Lang): string {
  if (lang === 'en') {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'CNY', currencyDisplay: 'code', ...fraction(yuan, 2) }).format(yuan);
  }
  if (Math.abs(yuan) >= 10_000) {
    const wan = yuan / 10_000;
    return `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }).format(wan)} 万元`;
  }
  return `${new Intl.NumberFormat('zh-CN', fraction(yuan, 2)).format(yuan)} 元`;
}

/** Whole fen (the fund's unit) as money. */
export function formatMoneyFen(fen: number, lang: Lang): string {
  return formatMoney(fen / 100, lang);
}

/**
 * Whole fen to the fen, never rounded to 万: 123456789 → `1,234,567.89 元` / `CNY 1,234,567.89`.
 * For the charity fund, whose published figures must add up to the ledger's to the fen.
 */
export function formatMoneyFenExact(fen: number, lang: Lang): string {
  const yuan = fen / 100;
  if (lang === 'en') return formatMoney(yuan, lang);
  return `${new Intl.NumberFormat('zh-CN', fraction(yuan, 2)).format(yuan)} 元`;
}

/** 3.45 → `3.45%`. */
export function formatRate(percent: number, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}

function instant(iso: string | Date): Date {
  if (iso instanceof Date) return iso;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00+08:00` : iso);
}

/** `2026年12月5日` / `5 Dec 2026`. */
export function formatDate(iso: string | Date, lang: Lang): string {
  return instant(iso).toLocaleDateString(intlLocale(lang), { timeZone: SHANGHAI, year: 'numeric', month: 'short', day: 'numeric' });
}

/** `2026年12月5日 14:00` / `5 Dec 2026, 14:00`. */
export function formatDateTime(iso: string | Date, lang: Lang): string {
  return instant(iso).toLocaleString(intlLocale(lang), { timeZone: SHANGHAI, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** `14:00`. */
export function formatTime(iso: string | Date, lang: Lang): string {
  return instant(iso).toLocaleTimeString(intlLocale(lang), { timeZone: SHANGHAI, hour: '2-digit', minute: '2-digit' });
}

/** `2027-03` → `2027年3月` / `Mar 2027`. */
export function formatMonth(ym: string, lang: Lang): string {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 15)).toLocaleDateString(intlLocale(lang), { timeZone: 'UTC', year: 'numeric', month: 'short' });
}
