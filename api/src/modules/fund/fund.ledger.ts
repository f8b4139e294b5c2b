import type { EntityManager } from '@mikro-orm/postgresql';
import { theRow } from '../../core/db/rows.js';
import { FundArea, LedgerEntryKind } from './fund.enums.js';

/**
 * The one writer of the ledger and the one place its figures are summed. Every figure the fund
 * shows comes from `sum(amount_fen)` here; nothing is kept on the side.
 */

/** Serialises everything that moves the money available to grant (donations, commitments and their reversals), in the service and in the ledger's trigger. */
export const FUND_LOCK_KEY = 7235001;

export async function lockFund(tx: EntityManager): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(?)', [FUND_LOCK_KEY]);
}

export interface NewLedgerEntry {
  kind: LedgerEntryKind;
  amountFen: number;
  restrictedTo: FundArea | null;
  donationId?: string | null;
  grantId?: string | null;
  trancheId?: string | null;
  reversesId?: string | null;
  reason?: string | null;
  recordedById: string;
}

/** Appends one entry (after flushing, so the records it names exist); returns its id. */
export async function appendLedgerEntry(tx: EntityManager, e: NewLedgerEntry): Promise<string> {
  await tx.flush();
  const rows = await tx.execute<{ id: string }[]>(
    `insert into fund_ledger_entries (id, kind, amount_fen, restricted_to, donation_id, grant_id, tranche_id, reverses_id, reason, recorded_by_id)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [e.kind, e.amountFen, e.restrictedTo, e.donationId ?? null, e.grantId ?? null, e.trancheId ?? null, e.reversesId ?? null, e.reason ?? null, e.recordedById],
  );
  return theRow(rows, 'insert into fund_ledger_entries').id;
}

/** PostgreSQL sends bigint and numeric sums as text; every amount here is whole fen within 2^53. */
export const fen = (value: string | number | null | undefined): number => (value === null || value === undefined ? 0 : Number(value));

export interface PoolFigures {
  raisedFen: number;
  committedFen: number;
  paidFen: number;
}

/** Sums per kind and pool, and per kind over all pools, in one statement. `pool` undefined = the fund's totals. */
export async function ledgerTotals(em: EntityManager): Promise<{ totals: PoolFigures; pools: Map<FundArea | null, PoolFigures> }> {
  const rows = await em.execute<{ whole: number; restricted_to: FundArea | null; raised: string; committed: string; paid: string }[]>(
    `select grouping(restricted_to) as whole, restricted_to,
            coalesce(sum(amount_fen) filter (where kind = 'DONATION'), 0)::text as raised,
            coalesce(sum(amount_fen) filter (where kind = 'COMMITMENT'), 0)::text as committed,
            coalesce(sum(amount_fen) filter (where kind = 'PAYMENT'), 0)::text as paid
       from fund_ledger_entries group by grouping sets ((restricted_to), ())`,
  );
  const pools = new Map<FundArea | null, PoolFigures>();
  let totals: PoolFigures = { raisedFen: 0, committedFen: 0, paidFen: 0 };
  for (const r of rows) {
    const figures = { raisedFen: fen(r.raised), committedFen: fen(r.committed), paidFen: fen(r.paid) };
    if (Number(r.whole) === 1) totals = figures;
    else pools.set(r.restricted_to, figures);
  }
  return { totals, pools };
}

/** What a pool still has to grant: its donations less its commitments. */
export async function poolAvailableFen(em: EntityManager, pool: FundArea | null): Promise<number> {
  const [row] = await em.execute<{ available: string }[]>(
    `select coalesce(sum(case kind when 'DONATION' then amount_fen when 'COMMITMENT' then -amount_fen else 0 end), 0)::text as available
       from fund_ledger_entries where restricted_to is not distinct from ?::fund_area`,
    [pool],
  );
  return fen(row?.available);
}

export interface GrantFigures {
  committedFen: number;
  paidFen: number;
  /** The pool its commitment came from (null: unrestricted money, or not committed yet). */
  pool: FundArea | null;
}

export async function grantFigures(em: EntityManager, grantIds: readonly string[]): Promise<Map<string, GrantFigures>> {
  const rows = grantIds.length === 0 ? [] : await em.execute<{ grant_id: string; committed: string; paid: string; pool: FundArea | null }[]>(
    `select grant_id,
            coalesce(sum(amount_fen) filter (where kind = 'COMMITMENT'), 0)::text as committed,
            coalesce(sum(amount_fen) filter (where kind = 'PAYMENT'), 0)::text as paid,
            (array_agg(restricted_to) filter (where kind = 'COMMITMENT' and reverses_id is null))[1] as pool
       from fund_ledger_entries where grant_id = any(?::uuid[]) group by grant_id`,
    [`{${grantIds.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.grant_id, { committedFen: fen(r.committed), paidFen: fen(r.paid), pool: r.pool }]));
}
