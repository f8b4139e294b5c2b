/**
 * How the bank pages write money, terms and rates. Amounts travel in yuan; people think in 万元
 * (10,000 yuan), so forms take 万元 and lists show 万元 from 10,000 up.
 */
import { locale, t } from '$lib/i18n';

const numberLocale = () => (locale.current === 'en' ? 'en-US' : 'zh-CN');

export function formatNumber(n: number, digits = 2): string {
  return n.toLocaleString(numberLocale(), { maximumFractionDigits: digits });
}

export function money(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined) return t('common.none');
  if (yuan >= 10_000) return t('bank.format.wan', { n: formatNumber(yuan / 10_000, 2) });
  return t('bank.format.yuan', { n: formatNumber(yuan, 0) });
}

export function months(n: number | null | undefined): string {
  return n === null || n === undefined ? t('common.none') : t('bank.format.months', { n });
}

export function rate(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? t('common.none') : t('bank.format.rate', { n: formatNumber(percent, 2) });
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

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleString(locale.current === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Name in the current language: Chinese and English fields of one record. */
export function localText(zh: string, en: string): string {
  return locale.current === 'en' ? en || zh : zh || en;
}
