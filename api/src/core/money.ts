import type { LocalisedText } from './errors/domain-error.js';

// Amounts as people read them in messages, letters and notifications. Amounts are stored as
// whole yuan (policy caps, requests) or whole fen (the fund and rent subsidies, where cents
// matter); both print with grouped digits so 5000000 reads as 5,000,000.
// The web formats for the screen with Intl in the reader's locale (万元 in Chinese); these are
// for text the server writes once for both languages, so both use the same grouping.

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const GROUPED_WITH_CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Whole or fractional yuan, grouped: 1234567 → "1,234,567", 12.5 → "12.5". */
export function groupedYuan(yuan: number): string {
  return GROUPED.format(yuan);
}

/** Fen as yuan with both decimals, grouped: 123456 → "1,234.56". */
export function groupedYuanFromFen(fen: number): string {
  return GROUPED_WITH_CENTS.format(fen / 100);
}

/** Fen as a plain decimal for files read by machines (a bank's payment CSV): 123456 → "1234.56". */
export function plainYuanFromFen(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** An amount in yuan in both languages: "1,234 元" / "1,234 yuan". */
export function yuanText(yuan: number): LocalisedText {
  const grouped = groupedYuan(yuan);
  return { zh: `${grouped} 元`, en: `${grouped} yuan` };
}
