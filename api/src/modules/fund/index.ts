/**
 * The community charity fund (社区公益基金会): donations, grants to community projects approved by
 * two people and paid in tranches, receipts, and the append-only ledger every public figure is
 * summed from. Other modules import this module only through this file.
 */
import { theRow } from '../../core/db/rows.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { allowDocumentReader } from '../document/index.js';
import { isFundStaff } from './fund.access.js';
import { FundDonation, FundGrant, FundGrantApproval, FundLedgerEntry, FundReceipt, FundTranche } from './fund.entity.js';
import { fundLoaders } from './fund.loaders.js';
import { FundDonationResolver, FundGrantResolver, FundLedgerEntryResolver } from './fund.resolver.js';
import { FundService } from './fund.service.js';

export { DonorKind, FundArea, GrantStatus, LedgerEntryKind } from './fund.enums.js';

export const FUND_ENTITIES = [FundDonation, FundGrant, FundGrantApproval, FundTranche, FundReceipt, FundLedgerEntry] as const;

export const FUND_RESOLVERS = [FundGrantResolver, FundDonationResolver, FundLedgerEntryResolver] as const;

export { fundLoaders };

export function fundServices(em: EntityManager) {
  return { fund: new FundService(em) };
}

/** A receipt is read by fund staff and the grant's project side (its place's worker, its owners); never by the public. */
async function readsReceipt(em: EntityManager, viewer: Viewer, documentId: string): Promise<boolean> {
  const rows = await em.execute<{ ok: boolean }[]>(
    `select exists (
       select 1 from fund_receipts r join fund_grants g on g.id = r.grant_id join community_projects p on p.id = g.project_id
        where r.document_id = ? and (?::boolean or (?::text = 'COMMUNITY_WORKER' and p.place_id = ?::uuid)
              or exists (select 1 from community_project_owners o where o.project_id = p.id and o.user_id = ?::uuid))
     ) as ok`,
    [documentId, isFundStaff(viewer), viewer.role, viewer.organisationId, viewer.userId],
  );
  return theRow(rows, 'select exists').ok;
}

allowDocumentReader(readsReceipt);
