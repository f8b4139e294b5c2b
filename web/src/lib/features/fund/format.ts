/** How the fund's forms read money. Amounts travel as whole fen; people type yuan. */

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

/**
 * A form's amount field read for sending: the fen, or the form's errors saying what to type in
 * the `amountFen` field (the name the server's own errors use, so the summary links the same).
 */
export function readAmountFen(text: string): { ok: true; fen: number } | { ok: false; errors: AmountErrors } {
  const fen = parseYuan(text);
  if (fen === null) return { ok: false, errors: { form: [], fields: { amountFen: { code: 'INVALID', key: 'fund.amount.invalid' } } } };
  return { ok: true, fen };
}

/** A `FormErrors` (spelled out: this module is also unit-tested outside the web app's aliases). */
interface AmountErrors {
  readonly form: readonly never[];
  readonly fields: { readonly amountFen: { readonly code: 'INVALID'; readonly key: 'fund.amount.invalid' } };
}

export const FUND_AREAS = ['LIVING_CIRCLE', 'MICRO_RENEWAL', 'ELDERLY_CARE', 'CHILD_FRIENDLY', 'HARDSHIP_RELIEF'] as const;
