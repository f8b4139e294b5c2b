import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { FundDonation, FundGrant, FundGrantApproval, FundReceipt } from './fund.entity.js';
import { fen, grantFigures, type GrantFigures } from './fund.ledger.js';

export interface TrancheRow {
  id: string;
  grantId: string;
  number: number;
  paidOn: string;
  reference: string | null;
  /** Net of any reversal, from the ledger. */
  amountFen: number;
  reversed: boolean;
  /** The PAYMENT entry that paid it (what a correction reverses). */
  entryId: string;
}

export interface GrantProjectRow {
  projectId: string;
  needTitle: string;
  needIsPublic: boolean;
  placeId: string;
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Per request; one query per kind however many grants are on the page. */
export function fundLoaders(em: EntityManager) {
  return {
    fundGrantById: keyedLoader<string, FundGrant>((ids) => em.find(FundGrant, { id: { $in: [...ids] } }), (g) => g.id),
    fundDonationById: keyedLoader<string, FundDonation>((ids) => em.find(FundDonation, { id: { $in: [...ids] } }), (d) => d.id),
    /** Committed and paid per grant, summed from the ledger. */
    fundGrantFigures: new DataLoader<string, GrantFigures>(async (ids) => {
      const figures = await grantFigures(em, ids);
      return ids.map((id) => figures.get(id) ?? { committedFen: 0, paidFen: 0, pool: null });
    }),
    fundTranchesByGrantId: groupedLoader<TrancheRow>(async (ids) => {
      const rows = await em.execute<{ id: string; grant_id: string; number: number; paid_on: string; reference: string | null; net: string; reversed: boolean; entry_id: string }[]>(
        `select t.id, t.grant_id, t.number, to_char(t.paid_on, 'YYYY-MM-DD') as paid_on, t.reference,
                coalesce(sum(e.amount_fen), 0)::text as net, bool_or(e.reverses_id is not null) as reversed,
                (array_agg(e.id) filter (where e.reverses_id is null))[1] as entry_id
           from fund_tranches t left join fund_ledger_entries e on e.tranche_id = t.id
          where t.grant_id = any(?::uuid[]) group by t.id order by t.number`,
        [uuidArray(ids)],
      );
      return rows.map((r) => ({ id: r.id, grantId: r.grant_id, number: r.number, paidOn: r.paid_on, reference: r.reference, amountFen: fen(r.net), reversed: r.reversed, entryId: r.entry_id }));
    }, (t) => t.grantId),
    fundReceiptsByGrantId: groupedLoader<FundReceipt>((ids) => em.find(FundReceipt, { grant: { $in: [...ids] } }, { orderBy: { addedAt: 'asc', id: 'asc' } }), (r) => r.grant.id),
    fundApprovalsByGrantId: groupedLoader<FundGrantApproval>((ids) => em.find(FundGrantApproval, { grant: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), (a) => a.grant.id),
    fundGrantProject: new DataLoader<string, GrantProjectRow | null>(async (ids) => {
      const rows = await em.execute<{ project_id: string; title: string; is_public: boolean; place_id: string }[]>(
        `select p.id as project_id, n.title, n.is_public, p.place_id from community_projects p join community_needs n on n.id = p.need_id where p.id = any(?::uuid[])`,
        [uuidArray(ids)],
      );
      const byId = new Map(rows.map((r) => [r.project_id, { projectId: r.project_id, needTitle: r.title, needIsPublic: r.is_public, placeId: r.place_id }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Net amount of each donation (its entry less any reversal) and whether it was reversed. */
    fundDonationNet: new DataLoader<string, { amountFen: number; reversed: boolean; entryId: string | null }>(async (ids) => {
      const rows = await em.execute<{ donation_id: string; net: string; reversed: boolean; entry_id: string }[]>(
        `select donation_id, sum(amount_fen)::text as net, bool_or(reverses_id is not null) as reversed,
                (array_agg(id) filter (where reverses_id is null))[1] as entry_id
           from fund_ledger_entries where donation_id = any(?::uuid[]) group by donation_id`,
        [uuidArray(ids)],
      );
      const byId = new Map(rows.map((r) => [r.donation_id, { amountFen: fen(r.net), reversed: r.reversed, entryId: r.entry_id }]));
      return ids.map((id) => byId.get(id) ?? { amountFen: 0, reversed: false, entryId: null });
    }),
    /** Entries that have been reversed, among those asked about. */
    fundEntryReversed: new DataLoader<string, boolean>(async (ids) => {
      const rows = await em.execute<{ reverses_id: string }[]>(`select reverses_id from fund_ledger_entries where reverses_id = any(?::uuid[])`, [uuidArray(ids)]);
      const reversed = new Set(rows.map((r) => r.reverses_id));
      return ids.map((id) => reversed.has(id));
    }),
  };
}
