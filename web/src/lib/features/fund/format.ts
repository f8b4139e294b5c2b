/** How the fund's pages write and read money. Amounts travel as whole fen; yuan is only for people. */
import { locale } from '$lib/i18n';

/** 123456 fen → "1,234.56" (grouped by the page's language), with whole-number arithmetic only. */
export function yuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = whole.toLocaleString(locale.current === 'en' ? 'en-US' : 'zh-CN');
  return `${negative ? '−' : ''}${grouped}.${cents}`;
}

/**
 * What someone typed in yuan ("1,234.5", "800") → whole fen, or null when it is not an amount
 * with at most two decimals. Parsed as text so no floating-point rounding creeps in; the server
 * still checks the range.
 */
export function parseYuan(text: string): number | null {
  const cleaned = text.trim().replace(/[,，\s]/g, '');
  const m = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

export const FUND_AREAS = ['LIVING_CIRCLE', 'MICRO_RENEWAL', 'ELDERLY_CARE', 'CHILD_FRIENDLY', 'HARDSHIP_RELIEF'] as const;
