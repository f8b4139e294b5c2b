import type { BankProductKind, FinancingAudience } from './bank.enums.js';

/** What an applicant needs; amount and term are null for kinds that lend nothing (account services). */
export interface FinancingNeed {
  audience: FinancingAudience;
  kind: BankProductKind;
  amount: number | null;
  termMonths: number | null;
}

export interface ProductRanges {
  kind: BankProductKind;
  audience: FinancingAudience;
  minAmount?: number | null;
  maxAmount?: number | null;
  minTermMonths?: number | null;
  maxTermMonths?: number | null;
}

const within = (value: number | null, min: number | null | undefined, max: number | null | undefined) =>
  value === null || ((min == null || min <= value) && (max == null || value <= max));

/** A product fits when kind and audience are the same and amount and term lie in its (inclusive) ranges. */
export function productFits(product: ProductRanges, need: FinancingNeed): boolean {
  return product.kind === need.kind && product.audience === need.audience
    && within(need.amount, product.minAmount, product.maxAmount)
    && within(need.termMonths, product.minTermMonths, product.maxTermMonths);
}

/** The same rule as a MikroORM filter, so the database does the matching. */
export function fitFilter(need: FinancingNeed): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  if (need.amount !== null) {
    and.push({ $or: [{ minAmount: null }, { minAmount: { $lte: need.amount } }] });
    and.push({ $or: [{ maxAmount: null }, { maxAmount: { $gte: need.amount } }] });
  }
  if (need.termMonths !== null) {
    and.push({ $or: [{ minTermMonths: null }, { minTermMonths: { $lte: need.termMonths } }] });
    and.push({ $or: [{ maxTermMonths: null }, { maxTermMonths: { $gte: need.termMonths } }] });
  }
  return { kind: need.kind, audience: need.audience, ...(and.length ? { $and: and } : {}) };
}
