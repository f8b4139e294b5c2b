/**
 * How the bank pages write money, terms and rates. Amounts travel in yuan; people think in 万元
 * (10,000 yuan), so forms take 万元 and lists show 万元 from 10,000 up.
 */
import { dateTime, money as moneyText, number, rate as rateText } from '$lib/format';
import { locale, t } from '$lib/i18n';

export const formatNumber = number;

/** `500 万元` / `CNY 5,000,000` (see `$lib/format`), or "none". */
export function money(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? t('common.none') : moneyText(yuan);
}

export function months(n: number | null | undefined): string {
  return n === null || n === undefined ? t('common.none') : t('bank.format.months', { n });
}

export function rate(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? t('common.none') : rateText(percent);
}

/** "50 万元 – 1000 万元", "最高 …", "… 起", or "不限". */
export function range<T>(min: T | null | undefined, max: T | null | undefined, show: (v: T) => string): string {
  if (min != null && max != null) return t('bank.format.range', { from: show(min), to: show(max) });
  if (min != null) return t('bank.format.from', { from: show(min) });
  if (max != null) return t('bank.format.upTo', { to: show(max) });
  return t('bank.format.any');
}

/** A 万元 text field's value in yuan (rounded), or null when empty; NaN when not a number. */
export function wanToYuan(value: string): number | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? Math.round(n * 10_000) : Number.NaN;
}

export function yuanToWan(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '' : String(yuan / 10_000);
}

/** A whole-number text field's value, or null when empty; NaN when not a number. */
export function intOrNull(value: string): number | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isInteger(n) ? n : Number.NaN;
}

export function floatOrNull(value: string): number | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

export const formatDate = dateTime;

/** Name in the current language: Chinese and English fields of one record. */
export function localText(zh: string, en: string): string {
  return locale.current === 'en' ? en || zh : zh || en;
}
