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
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';
import { addMonths, firstDay, lastDay, monthOf, monthsBetween, type Month } from '../../core/time/months.js';
import { SettlementLine } from './settlement.entity.js';
import type { ApartmentTerms } from './terms.js';
import { fmtDeadline, IN_QUEUE, MINE, Waitlist } from './waitlist.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

const OFFER = { zh: '配租通知', en: 'offer' };
const LEASE = { zh: '租约', en: 'lease' };
const UNIT = { zh: '房源', en: 'unit' };


export const isStaff = (viewer: Viewer) => viewer.role === Role.COORDINATOR || viewer.role === Role.ADMIN;

export function requireStaff(viewer: Viewer): void {
  if (!isStaff(viewer)) throw DomainError.forbidden();
}

/** The published order of the waitlist, shown to applicants and staff alike. */
export const WAITLIST_ORDER: LocalisedText = {
  zh: '每种户型单独轮候。先按申请获批的时间先后排序；谢绝配租通知或逾期未答复的，排到该户型队尾（同一套房不会再配给您）；时间相同的按受理编号。有房源空出时，配给排在最前、且希望入住月份不晚于下月的申请人；希望更晚入住的保留名次，到时再配。已租住人才公寓的，须先退租才会收到新的配租通知。',
  en: 'Each layout has its own waitlist. Applicants are ordered by when their application was approved; declining an offer or letting it lapse moves you to the back of that layout\'s list (and that unit is not offered to you again); ties go by application number. When a unit frees up it is offered to the first applicant who wants to move in by next month; those who want to move in later keep their place and are offered a unit when their month comes. Someone already living in a talent apartment is offered a new one only after moving out.',
};


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
    if (!offer || offer.talent.id !== viewer.userId) throw DomainError.notFound(OFFER);
    return offer;
  }

  private static answered(offer: ApartmentOffer, now: Date): void {
    if (offer.status === OfferStatus.ACCEPTED) throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, '您已接受这份配租通知，租约已生成，请勿重复操作。', 'You have already accepted this offer; the lease exists.');
    if (offer.status === OfferStatus.DECLINED) throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, '您已谢绝这份配租通知，房源已转给下一位。', 'You declined this offer; the unit went to the next in line.');
    if (offer.status === OfferStatus.WITHDRAWN) throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, '这份配租通知已撤回（如房源转入维修）。您仍在轮候中。', 'This offer was withdrawn (e.g. the unit needs repairs). You are still on the waitlist.');
    if (offer.status === OfferStatus.LAPSED || offer.respondBy <= now) {
      throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, `答复期限（${fmtDeadline(offer.respondBy)}）已过，房源已转给下一位。`, `The deadline (${fmtDeadline(offer.respondBy)}) has passed; the unit goes to the next in line.`);
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
      if (unit.status !== UnitStatus.RESERVED) throw DomainError.conflict({ zh: '房源状态已变化，请刷新。', en: 'The unit has changed; refresh the page.' });
      if (await tx.count(ApartmentLease, { tenant: viewer.userId, status: LeaseStatus.ACTIVE })) {
        throw oneUserError('input.offerId', UserErrorCode.INVALID_STATE, '您已有在租的人才公寓，请先办理退租。', 'You already rent a talent apartment; move out of it first.');
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
        title: { zh: `已签约：${project.nameZh} ${unit.code}`, en: `Lease signed: ${project.nameEn} ${unit.code}` },
        body: { zh: `申请人已接受配租，${firstDay(startMonth)} 起租。`, en: `The applicant accepted; the lease starts on ${firstDay(startMonth)}.` },
        link: '/apartments/leases',
      });
      return lease;
    });
  }

  /** Declines an offer: the unit goes to the next in line, the applicant to the back of the list. */
  async decline(viewer: Viewer, offerId: string, reason: string | null, now = new Date()): Promise<ApartmentOffer> {
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
    const note = (reason ?? '').trim();
    if (note.length > 500) throw oneUserError('input.reason', UserErrorCode.TOO_LONG, '理由最多 500 个字。', 'The reason can have at most 500 characters.');
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
    if (!seen) throw DomainError.notFound(LEASE);
    const layout = seen.unit.getEntity().layout;
    return this.em.transactional(async (tx) => {
      await Waitlist.lockLayout(tx, layout);
      const lease = await tx.findOneOrFail(ApartmentLease, leaseId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (lease.status !== LeaseStatus.ACTIVE) throw oneUserError('input.leaseId', UserErrorCode.INVALID_STATE, '该租约已退租。', 'This lease has already ended.');
      const startMonth = monthOf(lease.startDate);
      const thisMonth = monthOf(shanghaiToday(now));
      const errors = new FieldErrors();
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(lastMonth)) errors.add('input.lastMonth', UserErrorCode.INVALID, '月份格式应为 YYYY-MM。', 'A month looks like 2027-03.');
      else if (monthsBetween(addMonths(startMonth, -1), lastMonth) < 0) errors.add('input.lastMonth', UserErrorCode.OUT_OF_RANGE, `最后租住月份不能早于 ${addMonths(startMonth, -1)}（起租前退租）。`, `The last month cannot be before ${addMonths(startMonth, -1)} (given up before the start).`);
      else if (monthsBetween(lastMonth, monthOf(lease.plannedEndDate)) < 0) errors.add('input.lastMonth', UserErrorCode.OUT_OF_RANGE, `最后租住月份不能晚于合同到期月 ${monthOf(lease.plannedEndDate)}。`, `The last month cannot be after the lease's end, ${monthOf(lease.plannedEndDate)}.`);
      else if (monthsBetween(lastMonth, thisMonth) < 0) errors.add('input.lastMonth', UserErrorCode.OUT_OF_RANGE, '请在实际退租时登记：最后租住月份不能晚于本月。', 'Record a move-out when it happens: the last month cannot be after this month.');
      errors.throwIfAny();
      const settled = await tx.findOne(SettlementLine, { lease: lease.id, month: { $gt: lastMonth } }, { orderBy: { month: 'desc' } });
      if (settled) throw oneUserError('input.lastMonth', UserErrorCode.INVALID_STATE, `${settled.month} 的补贴已进入结算批次，最后租住月份不能早于该月。`, `The subsidy for ${settled.month} is already in a settlement batch; the last month cannot be earlier.`);
      const unit = await tx.findOneOrFail(ApartmentUnit, lease.unit.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      lease.endDate = lastDay(lastMonth);
      lease.status = LeaseStatus.ENDED;
      lease.movedOutAt = now;
      unit.status = toMaintenance ? UnitStatus.MAINTENANCE : UnitStatus.AVAILABLE;
      unit.statusChangedAt = now;
      await tx.flush();
      this.notifications.within(tx).notify([lease.tenant.id], {
        kind: 'apartment.lease.ended',
        title: { zh: `已登记退租：${unit.code}`, en: `Move-out recorded: unit ${unit.code}` },
        body: { zh: `租约至 ${lease.endDate} 结束，租金补贴计算到该月。`, en: `The lease ends on ${lease.endDate}; the rent subsidy counts up to that month.` },
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
      throw oneUserError('input.status', UserErrorCode.INVALID, '只能设为空置（AVAILABLE）或维修中（MAINTENANCE）；配租和出租由系统处理。', 'A unit can be set AVAILABLE or MAINTENANCE; offers and leases set the rest.');
    }
    const seen = await this.em.findOne(ApartmentUnit, unitId);
    if (!seen) throw DomainError.notFound(UNIT);
    return this.em.transactional(async (tx) => {
      await Waitlist.lockLayout(tx, seen.layout);
      const unit = await tx.findOneOrFail(ApartmentUnit, unitId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (unit.status === UnitStatus.OCCUPIED) throw oneUserError('input.status', UserErrorCode.INVALID_STATE, '该房源已出租，请先登记退租。', 'The unit is let; record the move-out first.');
      if (unit.status === status) return unit;
      if (unit.status === UnitStatus.RESERVED) {
        const offer = await tx.findOneOrFail(ApartmentOffer, { unit: unit.id, status: OfferStatus.PENDING }, { populate: ['entry'] });
        offer.status = OfferStatus.WITHDRAWN;
        offer.respondedAt = now;
        // Not the applicant's doing: they keep their place.
        offer.entry.getEntity().status = WaitlistStatus.WAITING;
        this.notifications.within(tx).notify([offer.talent.id], {
          kind: 'apartment.offer.withdrawn',
          title: { zh: `配租通知已撤回：${unit.code}`, en: `Offer withdrawn: unit ${unit.code}` },
          body: { zh: '该房源需要维修，配租通知已撤回。您在轮候中的名次不变。', en: 'The unit needs repairs, so the offer was withdrawn. Your place on the waitlist is unchanged.' },
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
    if (!lease || (!isStaff(viewer) && lease.tenant.id !== viewer.userId)) throw DomainError.notFound(LEASE);
    return lease;
  }
}
