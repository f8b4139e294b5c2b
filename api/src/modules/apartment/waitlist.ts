import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors } from '../../core/errors/domain-error.js';
import { theRow } from '../../core/db/rows.js';
import { required } from '../../core/required.js';
import { User } from '../account/index.js';
import { ApplicationStatus, BenefitKind, type StepTaken } from '../application/index.js';
import type { NotificationService } from '../notification/index.js';
import { RuleVersion } from '../policy/index.js';
import { LAYOUT_NAMES, OfferStatus, UnitLayout, UnitStatus, WaitlistStatus } from './apartment.enums.js';
import { APARTMENT_MESSAGES as M } from './apartment.messages.js';
import { checkFlatAnswers, flatAnswersOf } from './answers.js';
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { addMonths, monthOf } from '../../core/time/months.js';
import type { ApartmentTerms } from './terms.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

export const MINE = '/apartments/mine';

/** Waitlist places still in the queue (holding an offer keeps one's place until answered). */
export const IN_QUEUE = [WaitlistStatus.WAITING, WaitlistStatus.OFFERED];

export const fmtDeadline = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The waitlist and its matching of free units to applicants: joining when a flat application is
 * approved (a workflow step listener), offers, lapses. It needs no application service, so the
 * application workflow can call it without a late-bound loop; the applicant's answers, which take
 * workflow steps themselves, stay in AllocationService. Callers hold the layout's letting lock
 * (see AllocationService).
 */
export class Waitlist {
  constructor(
    private readonly notifications: NotificationService,
    private readonly terms: ApartmentTerms,
    private readonly em: EntityManager,
  ) {}

  // ---- the letting lock ------------------------------------------------------------------

  static async lockLayout(tx: EntityManager, layout: UnitLayout): Promise<void> {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`apartment-letting:${layout}`]);
  }

  /** Several layouts' locks in one fixed order, so two transactions never wait on each other. */
  static async lockLayouts(tx: EntityManager, layouts: Iterable<UnitLayout>): Promise<void> {
    for (const layout of [...new Set(layouts)].sort()) await Waitlist.lockLayout(tx, layout);
  }

  // ---- joining the waitlist (a workflow step listener) ----------------------------------

  /**
   * Runs inside every application step's transaction: an approved flat application joins the
   * waitlist for its layout (and may get an offer at once); a flat application that leaves
   * APPROVED some other way (a reviewer recorded an allocation by hand) leaves the waitlist.
   */
  async onApplicationStep(tx: EntityManager, step: StepTaken): Promise<void> {
    if (step.form.benefit !== BenefitKind.FLAT) return;
    const now = new Date();
    if (step.to === ApplicationStatus.APPROVED) {
      const errors = new FieldErrors();
      checkFlatAnswers(errors, step.app.answers, false);
      const answers = flatAnswersOf(step.app.answers);
      // Applications approved before the layout was asked for cannot queue; a reviewer allocates them by hand.
      if (!errors.isEmpty || !answers) return;
      await Waitlist.lockLayout(tx, answers.layout);
      const entry = tx.create(WaitlistEntry, {
        application: step.app,
        talent: tx.getReference(User, step.app.applicant.id),
        referenceKey: step.app.reference,
        layout: answers.layout,
        moveInMonth: answers.moveInMonth,
        category: answers.category,
        approvedAt: now,
        queuedAt: now,
      });
      await tx.flush();
      const offers = await this.match(tx, answers.layout, now);
      if (!offers.some((o) => o.entry.id === entry.id)) {
        const position = await Waitlist.positionOf(tx, entry);
        const layout = LAYOUT_NAMES[entry.layout];
        this.notifications.within(tx).notify([entry.talent.id], {
          kind: 'apartment.waitlist.joined',
          title: M.joinedWaitlistTitle(layout),
          body: M.joinedWaitlistBody(layout, position),
          link: MINE,
        });
      }
      return;
    }
    if (step.from === ApplicationStatus.APPROVED) {
      const entry = await tx.findOne(WaitlistEntry, { application: step.app.id });
      if (!entry || !IN_QUEUE.includes(entry.status)) return;
      await Waitlist.lockLayout(tx, entry.layout);
      await tx.refresh(entry);
      const pending = await tx.findOne(ApartmentOffer, { entry: entry.id, status: OfferStatus.PENDING });
      if (pending) {
        const unit = await tx.findOneOrFail(ApartmentUnit, pending.unit.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        pending.status = OfferStatus.WITHDRAWN;
        pending.respondedAt = now;
        unit.status = UnitStatus.AVAILABLE;
        unit.statusChangedAt = now;
      }
      entry.status = WaitlistStatus.LEFT;
      await tx.flush();
      if (pending) await this.match(tx, entry.layout, now);
    }
  }

  // ---- offering units --------------------------------------------------------------------

  /**
   * Offers every available unit of `layout` to the next applicants in the published order. The
   * caller holds the layout's letting lock. Overdue offers are let lapse first, so a missed
   * sweeper tick loses nothing.
   */
  async match(tx: EntityManager, layout: UnitLayout, now = new Date()): Promise<ApartmentOffer[]> {
    await this.lapseDue(tx, layout, now);
    const units = await tx.find(ApartmentUnit, { layout, status: UnitStatus.AVAILABLE },
      { orderBy: { statusChangedAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (units.length === 0) return [];
    const readyBy = addMonths(monthOf(shanghaiToday(now)), 1);
    const waiting = await tx.find(WaitlistEntry, { layout, status: WaitlistStatus.WAITING, moveInMonth: { $lte: readyBy } },
      { orderBy: { queuedAt: 'asc', referenceKey: 'asc', id: 'asc' }, refresh: true });
    if (waiting.length === 0) return [];
    const housed = new Set((await tx.execute<{ tenant_id: string }[]>(
      `select tenant_id from apartment_leases where status = 'ACTIVE' and tenant_id = any(?::uuid[])`, [`{${waiting.map((e) => e.talent.id).join(',')}}`],
    )).map((r) => r.tenant_id));
    // Nobody is offered again a unit they declined or let lapse.
    const refused = new Set((await tx.execute<{ unit_id: string; entry_id: string }[]>(
      `select unit_id, entry_id from apartment_offers where status in ('DECLINED', 'LAPSED') and entry_id = any(?::uuid[])`, [`{${waiting.map((e) => e.id).join(',')}}`],
    )).map((r) => `${r.unit_id}:${r.entry_id}`));
    const candidates = waiting.filter((e) => !housed.has(e.talent.id));
    if (candidates.length === 0) return [];

    const rules = await this.terms.inForce(shanghaiToday(now), tx);
    const respondBy = new Date(now.getTime() + rules.data.letting.offerResponseDays * 86_400_000);
    const offers: ApartmentOffer[] = [];
    const taken = new Set<string>();
    for (const unit of units) {
      const entry = candidates.find((e) => !taken.has(e.id) && !refused.has(`${unit.id}:${e.id}`));
      if (!entry) continue;
      taken.add(entry.id);
      unit.status = UnitStatus.RESERVED;
      unit.statusChangedAt = now;
      entry.status = WaitlistStatus.OFFERED;
      offers.push(tx.create(ApartmentOffer, {
        unit, entry, talent: tx.getReference(User, entry.talent.id), respondBy, offeredAt: now,
        ruleVersion: tx.getReference(RuleVersion, rules.version.id),
      }));
    }
    await tx.flush();
    if (offers.length > 0) await this.tellOffered(tx, offers);
    return offers;
  }

  /** Tells each applicant of their new offer (the waitlist's own, or one a coordinator made by hand). */
  async tellOffered(tx: EntityManager, offers: ApartmentOffer[]): Promise<void> {
    const projects = new Map((await tx.find(ApartmentProject, { id: { $in: offers.map((o) => o.unit.getEntity().project.id) } })).map((p) => [p.id, p]));
    for (const offer of offers) {
      const unit = offer.unit.getEntity();
      const project = required(projects.get(unit.project.id), `project of unit ${unit.id}`);
      const layout = LAYOUT_NAMES[unit.layout];
      this.notifications.within(tx).notify([offer.talent.id], {
        kind: 'apartment.offer.made',
        title: M.offerMadeTitle(project, unit.code),
        body: M.offerMadeBody(project, unit, layout, fmtDeadline(offer.respondBy)),
        link: MINE,
      });
    }
  }

  /** Overdue offers of a layout lapse: the unit is free again and the applicant goes to the back. */
  private async lapseDue(tx: EntityManager, layout: UnitLayout, now: Date): Promise<number> {
    const due = await tx.find(ApartmentOffer, { status: OfferStatus.PENDING, respondBy: { $lt: now }, unit: { layout } }, { populate: ['unit', 'entry'], refresh: true });
    for (const offer of due) {
      await tx.lock(offer.unit.getEntity(), LockMode.PESSIMISTIC_WRITE);
      this.release(offer, OfferStatus.LAPSED, now);
      this.notifications.within(tx).notify([offer.talent.id], {
        kind: 'apartment.offer.lapsed',
        title: M.offerLapsedTitle(offer.unit.getEntity().code),
        body: M.offerLapsedBody,
        link: MINE,
      });
    }
    if (due.length) await tx.flush();
    return due.length;
  }

  /** Ends a pending offer without a lease: the unit is free and the applicant queues again at the back. */
  release(offer: ApartmentOffer, status: OfferStatus.DECLINED | OfferStatus.LAPSED, now: Date): void {
    const unit = offer.unit.getEntity();
    const entry = offer.entry.getEntity();
    offer.status = status;
    offer.respondedAt = now;
    unit.status = UnitStatus.AVAILABLE;
    unit.statusChangedAt = now;
    entry.status = WaitlistStatus.WAITING;
    entry.queuedAt = now;
    entry.declines += 1;
  }

  /** Lapses every overdue offer and passes the units on (the sweeper, or a coordinator's button). */
  async passOnLapsed(now = new Date()): Promise<number> {
    const layouts = (await this.em.execute<{ layout: UnitLayout }[]>(
      `select distinct u.layout from apartment_offers o join apartment_units u on u.id = o.unit_id where o.status = 'PENDING' and o.respond_by < ?`, [now],
    )).map((r) => r.layout);
    let lapsed = 0;
    for (const layout of layouts) {
      await this.em.transactional(async (tx) => {
        await Waitlist.lockLayout(tx, layout);
        lapsed += await this.lapseDue(tx, layout, now);
        await this.match(tx, layout, now);
      });
    }
    return lapsed;
  }

  /** Offers whatever is free of these layouts (after units were added or came back from maintenance). */
  async offerFreeUnits(tx: EntityManager, layouts: Iterable<UnitLayout>, now = new Date()): Promise<void> {
    for (const layout of [...new Set(layouts)].sort()) await this.match(tx, layout, now);
  }

  /** How many are in each layout's queue (waiting or holding an offer), every layout listed. */
  static async queueCounts(em: EntityManager): Promise<{ layout: UnitLayout; count: number }[]> {
    const rows = await em.execute<{ layout: UnitLayout; n: number }[]>(
      `select layout, count(*)::int as n from apartment_waitlist where status in ('WAITING', 'OFFERED') group by layout`,
    );
    return Object.values(UnitLayout).map((layout) => ({ layout, count: rows.find((r) => r.layout === layout)?.n ?? 0 }));
  }

  /** 1 for the first in line of the entry's layout; counts everyone still queued ahead. */
  static async positionOf(em: EntityManager, entry: WaitlistEntry): Promise<number> {
    const rows = await em.execute<{ n: string }[]>(
      `select count(*) as n from apartment_waitlist where layout = ? and status in ('WAITING', 'OFFERED') and (queued_at, reference_key, id) < (?::timestamptz, ?, ?::uuid)`,
      [entry.layout, entry.queuedAt, entry.referenceKey, entry.id],
    );
    return Number(theRow(rows, 'count of the waitlist ahead').n) + 1;
  }
}
