import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Application, ApplicationAction, type ApplicationService } from '../application/index.js';
import type { NotificationService } from '../notification/index.js';
import { RuleVersion } from '../policy/index.js';
import { LeaseStatus, OfferStatus, UnitLayout, UnitStatus, WaitlistStatus } from './apartment.enums.js';
import { APARTMENT_MESSAGES as M } from './apartment.messages.js';
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';
import { addMonths, firstDay, lastDay, monthOf, monthsBetween, type Month } from '../../core/time/months.js';
import { SettlementLine } from './settlement.entity.js';
import type { ApartmentTerms } from './terms.js';
import { fmtDeadline, IN_QUEUE, MINE, Waitlist } from './waitlist.js';
import { shanghaiToday } from '../../core/time/shanghai.js';



export const isStaff = (viewer: Viewer) => viewer.role === Role.COORDINATOR || viewer.role === Role.ADMIN;

export function requireStaff(viewer: Viewer): void {
  if (!isStaff(viewer)) throw DomainError.forbidden();
}

/** The published order of the waitlist, shown to applicants and staff alike. */
export const WAITLIST_ORDER: LocalisedText = M.waitlistOrder;


/**
 * The waitlist, offers and leases. Every change to who may get a unit of a layout runs in a
 * transaction that first takes that layout's letting lock (a transaction-scoped advisory lock),
 * so offers, answers, lapses and move-outs of one layout happen one after another; unit rows are
 * also locked, and the database's partial unique indexes and trigger refuse a unit offered or
 * let to two people at once even if this code were wrong. Where an application is involved its
 * row is locked first (the workflow's own order: application, then layout).
 */
export class AllocationService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
    private readonly applications: ApplicationService,
    private readonly terms: ApartmentTerms,
    private readonly matching: Waitlist,
  ) {}

  async passOnLapsedBy(viewer: Viewer, now = new Date()): Promise<number> {
    requireStaff(viewer);
    return this.matching.passOnLapsed(now);
  }

  // ---- the applicant's answer ------------------------------------------------------------

  private async ownOffer(viewer: Viewer, offerId: string): Promise<ApartmentOffer> {
    const offer = await this.em.findOne(ApartmentOffer, offerId, { populate: ['unit', 'entry'] });
    if (!offer || offer.talent.id !== viewer.userId) throw DomainError.notFound(M.offer);
    return offer;
  }

  private static answered(offer: ApartmentOffer, now: Date): void {
    if (offer.status === OfferStatus.ACCEPTED) throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, M.offerAlreadyAccepted);
    if (offer.status === OfferStatus.DECLINED) throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, M.offerAlreadyDeclined);
    if (offer.status === OfferStatus.WITHDRAWN) throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, M.offerWithdrawn);
    if (offer.status === OfferStatus.LAPSED || offer.respondBy <= now) {
      throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, M.offerDeadlinePassed(fmtDeadline(offer.respondBy)));
    }
  }

  /**
   * Accepts an offer: signs the lease (whole months, from the later of next month and the wished
   * move-in month, for the lease term in force), lets the unit, and moves the application from
   * APPROVED to ALLOCATED through the workflow, all in one transaction.
   */
  async accept(viewer: Viewer, offerId: string, now = new Date()): Promise<ApartmentLease> {
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
    const seen = await this.ownOffer(viewer, offerId);
    const layout = seen.unit.getEntity().layout;
    const applicationId = seen.entry.getEntity().application.id;
    return this.em.transactional(async (tx) => {
      // The application first, then the layout: the same order as a workflow step's listener.
      await tx.findOneOrFail(Application, applicationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await Waitlist.lockLayout(tx, layout);
      const offer = await tx.findOneOrFail(ApartmentOffer, offerId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      AllocationService.answered(offer, now);
      const unit = await tx.findOneOrFail(ApartmentUnit, offer.unit.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const entry = await tx.findOneOrFail(WaitlistEntry, offer.entry.id, { refresh: true });
      if (unit.status !== UnitStatus.RESERVED) throw DomainError.conflict(M.unitChanged);
      if (await tx.count(ApartmentLease, { tenant: viewer.userId, status: LeaseStatus.ACTIVE })) {
        throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, M.alreadyRenting);
      }
      const rules = await this.terms.inForce(shanghaiToday(now), tx);
      const nextMonth = addMonths(monthOf(shanghaiToday(now)), 1);
      const startMonth: Month = monthsBetween(nextMonth, entry.moveInMonth) > 0 ? entry.moveInMonth : nextMonth;
      const endMonth = addMonths(startMonth, rules.data.letting.leaseTermMonths - 1);
      const lease = tx.create(ApartmentLease, {
        unit, tenant: tx.getReference(User, viewer.userId), application: tx.getReference(Application, entry.application.id), offer,
        startDate: firstDay(startMonth), plannedEndDate: lastDay(endMonth), endDate: lastDay(endMonth),
        monthlyRentYuan: unit.monthlyRentYuan, category: entry.category, signedAt: now,
        ruleVersion: tx.getReference(RuleVersion, rules.version.id),
      });
      offer.status = OfferStatus.ACCEPTED;
      offer.respondedAt = now;
      entry.status = WaitlistStatus.HOUSED;
      unit.status = UnitStatus.OCCUPIED;
      unit.statusChangedAt = now;
      // The lease row first: the database checks it against the unit's offers before the step is taken.
      await tx.flush();
      const project = await tx.findOneOrFail(ApartmentProject, unit.project.id);
      await this.applications.actOnBehalf(tx, entry.application.id, ApplicationAction.ALLOCATE, null, {
        allocationNote: `${project.nameZh} ${unit.code}，${firstDay(startMonth)} 起租至 ${lastDay(endMonth)}，月租 ${unit.monthlyRentYuan} 元 / ${project.nameEn} ${unit.code}, lease ${firstDay(startMonth)} to ${lastDay(endMonth)}, ${unit.monthlyRentYuan} yuan a month`,
        data: { leaseId: lease.id, unitId: unit.id, offerId: offer.id },
      });
      const staff = await tx.find(User, { role: Role.COORDINATOR }, { fields: ['id'] });
      this.notifications.within(tx).notify(staff.map((u) => u.id), {
        kind: 'apartment.lease.signed',
        title: M.leaseSignedTitle(project, unit.code),
        body: M.leaseSignedBody(firstDay(startMonth)),
        link: '/apartments/leases',
      });
      return lease;
    });
  }

  /** Declines an offer: the unit goes to the next in line, the applicant to the back of the list. */
  async decline(viewer: Viewer, offerId: string, reason: string | null, now = new Date()): Promise<ApartmentOffer> {
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
    const note = (reason ?? '').trim();
    if (note.length > 500) throw oneUserError('input.reason', UserErrorCode.TOO_LONG, M.reasonTooLong);
    const seen = await this.ownOffer(viewer, offerId);
    const layout = seen.unit.getEntity().layout;
    return this.em.transactional(async (tx) => {
      await Waitlist.lockLayout(tx, layout);
      const offer = await tx.findOneOrFail(ApartmentOffer, offerId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['unit', 'entry'] });
      AllocationService.answered(offer, now);
      await tx.lock(offer.unit.getEntity(), LockMode.PESSIMISTIC_WRITE);
      this.matching.release(offer, OfferStatus.DECLINED, now);
      offer.declineReason = note || null;
      await tx.flush();
      await this.matching.match(tx, layout, now);
      return offer;
    });
  }

  // ---- staff: move-out and unit status ---------------------------------------------------

  /**
   * Records that a tenant moved out at the end of `lastMonth` (this month at the latest; the
   * month before the start for a lease given up before moving in). The unit is offered on, or
   * goes into maintenance.
   */
  async moveOut(viewer: Viewer, leaseId: string, lastMonth: string, toMaintenance: boolean, now = new Date()): Promise<ApartmentLease> {
    requireStaff(viewer);
    const seen = await this.em.findOne(ApartmentLease, leaseId, { populate: ['unit'] });
    if (!seen) throw DomainError.notFound(M.lease);
    const layout = seen.unit.getEntity().layout;
    return this.em.transactional(async (tx) => {
      await Waitlist.lockLayout(tx, layout);
      const lease = await tx.findOneOrFail(ApartmentLease, leaseId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (lease.status !== LeaseStatus.ACTIVE) throw oneUserError('input.leaseId', UserErrorCode.INVALID_STATE, M.leaseAlreadyEnded);
      const startMonth = monthOf(lease.startDate);
      const thisMonth = monthOf(shanghaiToday(now));
      const errors = new FieldErrors();
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(lastMonth)) errors.addText('input.lastMonth', UserErrorCode.INVALID, M.monthFormat);
      else if (monthsBetween(addMonths(startMonth, -1), lastMonth) < 0) errors.addText('input.lastMonth', UserErrorCode.OUT_OF_RANGE, M.lastMonthBeforeStart(addMonths(startMonth, -1)));
      else if (monthsBetween(lastMonth, monthOf(lease.plannedEndDate)) < 0) errors.addText('input.lastMonth', UserErrorCode.OUT_OF_RANGE, M.lastMonthAfterEnd(monthOf(lease.plannedEndDate)));
      else if (monthsBetween(lastMonth, thisMonth) < 0) errors.addText('input.lastMonth', UserErrorCode.OUT_OF_RANGE, M.moveOutInFuture);
      errors.throwIfAny();
      const settled = await tx.findOne(SettlementLine, { lease: lease.id, month: { $gt: lastMonth } }, { orderBy: { month: 'desc' } });
      if (settled) throw oneUserError('input.lastMonth', UserErrorCode.INVALID_STATE, M.monthAlreadySettled(settled.month));
      const unit = await tx.findOneOrFail(ApartmentUnit, lease.unit.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      lease.endDate = lastDay(lastMonth);
      lease.status = LeaseStatus.ENDED;
      lease.movedOutAt = now;
      unit.status = toMaintenance ? UnitStatus.MAINTENANCE : UnitStatus.AVAILABLE;
      unit.statusChangedAt = now;
      await tx.flush();
      this.notifications.within(tx).notify([lease.tenant.id], {
        kind: 'apartment.lease.ended',
        title: M.moveOutTitle(unit.code),
        body: M.moveOutBody(lease.endDate),
        link: MINE,
      });
      if (!toMaintenance) await this.matching.match(tx, layout, now);
      return lease;
    });
  }

  /**
   * Takes a unit into maintenance (withdrawing an offer on it; the applicant keeps their place) or
   * back to available (and offers it). A let unit needs its move-out recorded first.
   */
  async setUnitStatus(viewer: Viewer, unitId: string, status: UnitStatus, now = new Date()): Promise<ApartmentUnit> {
    requireStaff(viewer);
    if (status !== UnitStatus.AVAILABLE && status !== UnitStatus.MAINTENANCE) {
      throw oneUserError('input.status', UserErrorCode.INVALID, M.unitStatusByHand);
    }
    const seen = await this.em.findOne(ApartmentUnit, unitId);
    if (!seen) throw DomainError.notFound(M.unit);
    return this.em.transactional(async (tx) => {
      await Waitlist.lockLayout(tx, seen.layout);
      const unit = await tx.findOneOrFail(ApartmentUnit, unitId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (unit.status === UnitStatus.OCCUPIED) throw oneUserError('input.status', UserErrorCode.INVALID_STATE, M.unitLet);
      if (unit.status === status) return unit;
      if (unit.status === UnitStatus.RESERVED) {
        const offer = await tx.findOneOrFail(ApartmentOffer, { unit: unit.id, status: OfferStatus.PENDING }, { populate: ['entry'] });
        offer.status = OfferStatus.WITHDRAWN;
        offer.respondedAt = now;
        // Not the applicant's doing: they keep their place.
        offer.entry.getEntity().status = WaitlistStatus.WAITING;
        this.notifications.within(tx).notify([offer.talent.id], {
          kind: 'apartment.offer.withdrawn',
          title: M.offerWithdrawnTitle(unit.code),
          body: M.offerWithdrawnForRepairs,
          link: MINE,
        });
      }
      unit.status = status;
      unit.statusChangedAt = now;
      await tx.flush();
      await this.matching.match(tx, unit.layout, now);
      return unit;
    });
  }

  // ---- reading ---------------------------------------------------------------------------


  /** Staff: one layout's queue in the published order. */
  waitlist(viewer: Viewer, layout: UnitLayout, window: PageWindow): Promise<[WaitlistEntry[], number]> {
    requireStaff(viewer);
    return this.em.findAndCount(WaitlistEntry, { layout, status: { $in: IN_QUEUE } },
      { orderBy: { queuedAt: 'asc', referenceKey: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }

  /** Staff: how many are queued for each layout. */
  queueCounts(viewer: Viewer): Promise<{ layout: UnitLayout; count: number }[]> {
    requireStaff(viewer);
    return Waitlist.queueCounts(this.em);
  }

  myEntries(viewer: Viewer): Promise<WaitlistEntry[]> {
    return this.em.find(WaitlistEntry, { talent: viewer.userId, status: { $ne: WaitlistStatus.LEFT } }, { orderBy: { approvedAt: 'desc' } });
  }

  myOffers(viewer: Viewer, pendingOnly: boolean): Promise<ApartmentOffer[]> {
    return this.em.find(ApartmentOffer, { talent: viewer.userId, ...(pendingOnly ? { status: OfferStatus.PENDING } : {}) }, { orderBy: { offeredAt: 'desc' } });
  }

  myLeases(viewer: Viewer): Promise<ApartmentLease[]> {
    return this.em.find(ApartmentLease, { tenant: viewer.userId }, { orderBy: { startDate: 'desc' } });
  }

  leases(viewer: Viewer, status: LeaseStatus | null, window: PageWindow): Promise<[ApartmentLease[], number]> {
    requireStaff(viewer);
    return this.em.findAndCount(ApartmentLease, status ? { status } : {}, { orderBy: { signedAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }

  /** Staff, or the tenant themselves. */
  async lease(viewer: Viewer, id: string): Promise<ApartmentLease> {
    const lease = await this.em.findOne(ApartmentLease, id);
    if (!lease || (!isStaff(viewer) && lease.tenant.id !== viewer.userId)) throw DomainError.notFound(M.lease);
    return lease;
  }
}
