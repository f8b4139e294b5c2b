/**
 * Talent-apartment actions: one mutation each through `mutate` (errors through the funnel), then
 * the queries on screen are fetched again so positions, offers and statuses are current.
 */
import { client, mutate } from '$lib/graphql/client';
import {
  AcceptApartmentOfferDocument,
  ApproveSettlementBatchDocument,
  CreateApartmentProjectDocument,
  CreateApartmentUnitDocument,
  CreateSettlementBatchDocument,
  DeclineApartmentOfferDocument,
  DeleteSettlementBatchDocument,
  ImportApartmentUnitsDocument,
  MarkSettlementBatchPaidDocument,
  OfferApartmentByHandDocument,
  PassOnLapsedApartmentOffersDocument,
  RecordApartmentMoveOutDocument,
  SetApartmentUnitStatusDocument,
  type CreateApartmentProjectInput,
  type CreateApartmentUnitInput,
  type UnitStatus,
} from '$lib/graphql/generated/graphql';

async function refreshed<T extends { ok: boolean }>(outcome: T): Promise<T> {
  if (outcome.ok) {
    try {
      await client.refetchQueries({ include: 'active' });
    } catch {
      // Each query shows its own failure.
    }
  }
  return outcome;
}

export const PROJECT_FIELDS = ['operatorId', 'nameZh', 'nameEn', 'addressZh', 'distanceKm', 'latitude', 'longitude'] as const;
export const UNIT_FIELDS = ['code', 'layout', 'areaSqm', 'monthlyRentYuan', 'status'] as const;

export const acceptOffer = async (offerId: string) =>
  refreshed(await mutate(AcceptApartmentOfferDocument, { input: { offerId } }, { payload: (d) => d.acceptApartmentOffer }));

export const declineOffer = async (offerId: string, reason: string) =>
  refreshed(await mutate(DeclineApartmentOfferDocument, { input: { offerId, reason: reason.trim() || null } }, { payload: (d) => d.declineApartmentOffer, fields: ['reason'] }));

/** A coordinator's offer out of the waitlist order, with the reason (kept in the audit log). */
export const offerByHand = async (entryId: string, unitId: string, reason: string) =>
  refreshed(await mutate(OfferApartmentByHandDocument, { input: { entryId, unitId, reason } }, { payload: (d) => d.offerApartmentByHand, fields: ['unitId', 'reason'] }));

export const createProject = async (input: CreateApartmentProjectInput) =>
  refreshed(await mutate(CreateApartmentProjectDocument, { input }, { payload: (d) => d.createApartmentProject, fields: PROJECT_FIELDS }));

export const createUnit = async (input: CreateApartmentUnitInput) =>
  refreshed(await mutate(CreateApartmentUnitDocument, { input }, { payload: (d) => d.createApartmentUnit, fields: UNIT_FIELDS }));

export const setUnitStatus = async (id: string, status: UnitStatus) =>
  refreshed(await mutate(SetApartmentUnitStatusDocument, { input: { id, status } }, { payload: (d) => d.setApartmentUnitStatus }));

/** Import or check a CSV; the payload carries the bad rows. */
export async function importUnits(projectId: string, csv: string, dryRun: boolean) {
  const outcome = await mutate(ImportApartmentUnitsDocument, { input: { projectId, csv, dryRun } }, { payload: (d) => d.importApartmentUnits, fields: ['csv'] });
  return outcome.ok && !dryRun && outcome.payload.imported > 0 ? refreshed(outcome) : outcome;
}

export async function passOnLapsedOffers(): Promise<number | null> {
  try {
    const result = await client.mutate({ mutation: PassOnLapsedApartmentOffersDocument });
    await client.refetchQueries({ include: 'active' });
    return result.data?.passOnLapsedApartmentOffers ?? 0;
  } catch {
    return null;
  }
}

export const recordMoveOut = async (leaseId: string, lastMonth: string, toMaintenance: boolean) =>
  refreshed(await mutate(RecordApartmentMoveOutDocument, { input: { leaseId, lastMonth, toMaintenance } }, { payload: (d) => d.recordApartmentMoveOut, fields: ['lastMonth'] }));

export const createBatch = async (operatorId: string, period: string) =>
  refreshed(await mutate(CreateSettlementBatchDocument, { input: { operatorId, period: period.trim() } }, { payload: (d) => d.createSettlementBatch, fields: ['operatorId', 'period'] }));

export const approveBatch = async (id: string, expectedVersion: number) =>
  refreshed(await mutate(ApproveSettlementBatchDocument, { input: { id, expectedVersion } }, { payload: (d) => d.approveSettlementBatch }));

export const payBatch = async (id: string, expectedVersion: number, paymentReference: string) =>
  refreshed(await mutate(MarkSettlementBatchPaidDocument, { input: { id, expectedVersion, paymentReference } }, { payload: (d) => d.markSettlementBatchPaid, fields: ['paymentReference'] }));

export const deleteBatch = async (id: string) =>
  refreshed(await mutate(DeleteSettlementBatchDocument, { input: { id } }, { payload: (d) => d.deleteSettlementBatch }));
