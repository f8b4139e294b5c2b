import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { RuleVersion } from '../policy/index.js';
import { OfferStatus, SettlementStatus, UnitStatus } from './apartment.enums.js';
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { ApartmentOperator, ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';
import { monthOf } from '../../core/time/months.js';
import { SettlementBatch } from './settlement.entity.js';
import { subsidySchedule, type SubsidyMonth } from './subsidy.js';
import { allTermVersions } from './terms.js';

export type UnitCounts = Record<UnitStatus, number> & { total: number };

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Per request. Rows come back in key order, one query per kind however many keys. */
export function apartmentLoaders(em: EntityManager) {
  return {
    apartmentOperatorById: keyedLoader<string, ApartmentOperator>((ids) => em.find(ApartmentOperator, { id: { $in: [...ids] } }), (o) => o.id),
    apartmentProjectById: keyedLoader<string, ApartmentProject>((ids) => em.find(ApartmentProject, { id: { $in: [...ids] } }), (p) => p.id),
    apartmentUnitById: keyedLoader<string, ApartmentUnit>((ids) => em.find(ApartmentUnit, { id: { $in: [...ids] } }), (u) => u.id),
    waitlistEntryById: keyedLoader<string, WaitlistEntry>((ids) => em.find(WaitlistEntry, { id: { $in: [...ids] } }), (e) => e.id),
    apartmentOfferById: keyedLoader<string, ApartmentOffer>((ids) => em.find(ApartmentOffer, { id: { $in: [...ids] } }), (o) => o.id),
    settlementBatchById: keyedLoader<string, SettlementBatch>((ids) => em.find(SettlementBatch, { id: { $in: [...ids] } }), (b) => b.id),

    /** Units of each project by status. */
    unitCountsByProjectId: new DataLoader<string, UnitCounts>(async (ids) => {
      const rows = await em.execute<{ project_id: string; status: UnitStatus; n: string }[]>(
        `select project_id, status, count(*) as n from apartment_units where project_id = any(?::uuid[]) group by project_id, status`, [uuidArray(ids)],
      );
      return ids.map((id) => {
        const counts = { AVAILABLE: 0, RESERVED: 0, OCCUPIED: 0, MAINTENANCE: 0, total: 0 } as UnitCounts;
        for (const r of rows.filter((row) => row.project_id === id)) {
          counts[r.status] = Number(r.n);
          counts.total += Number(r.n);
        }
        return counts;
      });
    }),

    /** 1-based place in its layout's queue for entries still queued; null otherwise. */
    waitlistPositionByEntryId: new DataLoader<string, number | null>(async (ids) => {
      const rows = await em.execute<{ id: string; position: string }[]>(
        `select id, position from (
           select id, row_number() over (partition by layout order by queued_at, reference_key, id) as position
             from apartment_waitlist where status in ('WAITING', 'OFFERED')
              and layout in (select layout from apartment_waitlist where id = any(?::uuid[]))
         ) ranked where id = any(?::uuid[])`,
        [uuidArray(ids), uuidArray(ids)],
      );
      const byId = new Map(rows.map((r) => [r.id, Number(r.position)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** The pending offer held by each waitlist entry. */
    pendingOfferByEntryId: keyedLoader<string, ApartmentOffer>((ids) => em.find(ApartmentOffer, { entry: { $in: [...ids] }, status: OfferStatus.PENDING }), (o) => o.entry.id),

    /** Each tenant's subsidy month by month over all their leases (see subsidy.ts). */
    subsidyScheduleByTenantId: new DataLoader<string, SubsidyMonth[]>(async (ids) => {
      const [leases, versions] = await Promise.all([
        em.find(ApartmentLease, { tenant: { $in: [...ids] } }, { orderBy: { startDate: 'asc' } }),
        allTermVersions(em),
      ]);
      return ids.map((id) => subsidySchedule(
        leases.filter((l) => l.tenant.id === id).map((l) => ({ leaseId: l.id, startMonth: monthOf(l.startDate), endMonth: monthOf(l.endDate), rentYuan: l.monthlyRentYuan, category: l.category })),
        versions,
      ));
    }),

    /** Months already in a settlement batch, per lease: `YYYY-MM` → the batch's status. */
    settledMonthsByLeaseId: new DataLoader<string, Map<string, SettlementStatus>>(async (ids) => {
      const rows = await em.execute<{ lease_id: string; month: string; status: SettlementStatus }[]>(
        `select l.lease_id, l.month, b.status from apartment_settlement_lines l join apartment_settlement_batches b on b.id = l.batch_id where l.lease_id = any(?::uuid[])`,
        [uuidArray(ids)],
      );
      return ids.map((id) => new Map(rows.filter((r) => r.lease_id === id).map((r) => [r.month, r.status])));
    }),

    /** Subsidy paid to operators so far per tenant: months and fen, from the lines of PAID batches. */
    paidSubsidyByTenantId: new DataLoader<string, { months: number; fen: number }>(async (ids) => {
      const rows = await em.execute<{ tenant_id: string; months: string; fen: string }[]>(
        `select l.tenant_id, count(*) as months, sum(l.subsidy_fen) as fen from apartment_settlement_lines l
           join apartment_settlement_batches b on b.id = l.batch_id where b.status = 'PAID' and l.tenant_id = any(?::uuid[]) group by l.tenant_id`,
        [uuidArray(ids)],
      );
      const byId = new Map(rows.map((r) => [r.tenant_id, { months: Number(r.months), fen: Number(r.fen) }]));
      return ids.map((id) => byId.get(id) ?? { months: 0, fen: 0 });
    }),

    ruleVersionById: keyedLoader<string, RuleVersion>((ids) => em.find(RuleVersion, { id: { $in: [...ids] } }), (v) => v.id),

    leasesByTenantId: groupedLoader<ApartmentLease>((ids) => em.find(ApartmentLease, { tenant: { $in: [...ids] } }, { orderBy: { startDate: 'desc' } }), (l) => l.tenant.id),
  };
}
