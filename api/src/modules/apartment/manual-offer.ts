import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors, type LocalisedText } from '../../core/errors/domain-error.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { User } from '../account/index.js';
import type { AuditService } from '../audit/index.js';
import { RuleVersion } from '../policy/index.js';
import { LAYOUT_NAMES, LeaseStatus, UnitStatus, WaitlistStatus } from './apartment.enums.js';
import { APARTMENT_MESSAGES as M } from './apartment.messages.js';
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { requireStaff } from './allocation.service.js';
import { ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';
import type { ApartmentTerms } from './terms.js';
import { Waitlist } from './waitlist.js';

export const MANUAL_OFFER_REASON_MAX = 500;

/** Why someone not WAITING cannot be offered a unit, by where they stand. */
const NOT_WAITING: Record<Exclude<WaitlistStatus, WaitlistStatus.WAITING>, LocalisedText> = {
  OFFERED: M.alreadyOffered,
  HOUSED: M.alreadyHoused,
  LEFT: M.leftWaitlist,
};

function problem(field: string, code: UserErrorCode, message: LocalisedText): UserInputErrors {
  return new UserInputErrors([{ field, code, message }]);
}

/**
 * Offers made by hand: a coordinator offers a free unit to someone waiting, out of the published
 * order (an urgent case; someone whose move-in month has not come yet), and says why. The offer
 * carries who made it and why, and an audit entry records it in the same transaction. Under the
 * layout's letting lock, like every change to who may get a unit, so two coordinators at once
 * cannot both offer to the same person or the same unit: the second finds the first's offer
 * and is refused, and nothing of theirs is written.
 */
export class ManualOffers {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly terms: ApartmentTerms,
    private readonly matching: Waitlist,
  ) {}

  async offer(viewer: Viewer, entryId: string, unitId: string, reason: string, now = new Date()): Promise<ApartmentOffer> {
    requireStaff(viewer);
    const note = reason.trim();
    const errors = new FieldErrors();
    if (!note) errors.addText('input.reason', UserErrorCode.REQUIRED, M.manualOfferReasonMissing);
    else if ([...note].length > MANUAL_OFFER_REASON_MAX) {
      errors.addText('input.reason', UserErrorCode.TOO_LONG, M.manualOfferReasonTooLong(MANUAL_OFFER_REASON_MAX));
    }
    errors.throwIfAny();
    const seen = await this.em.findOne(WaitlistEntry, entryId);
    if (!seen) throw DomainError.notFound(M.waitlistEntry);

    return this.em.transactional(async (tx) => {
      await Waitlist.lockLayout(tx, seen.layout);
      const entry = await tx.findOneOrFail(WaitlistEntry, entryId, { refresh: true });
      if (entry.status !== WaitlistStatus.WAITING) throw problem('input.entryId', UserErrorCode.INVALID_STATE, NOT_WAITING[entry.status]);
      const unit = await tx.findOne(ApartmentUnit, unitId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['project'] });
      if (!unit) throw problem('input.unitId', UserErrorCode.NOT_FOUND, M.noSuchUnit);
      if (unit.layout !== entry.layout) {
        const [want, got] = [LAYOUT_NAMES[entry.layout], LAYOUT_NAMES[unit.layout]];
        throw problem('input.unitId', UserErrorCode.INVALID, M.wrongLayout(want, got));
      }
      if (unit.status !== UnitStatus.AVAILABLE) {
        throw problem('input.unitId', UserErrorCode.INVALID_STATE, M.unitNoLongerFree);
      }
      if (await tx.count(ApartmentLease, { tenant: entry.talent.id, status: LeaseStatus.ACTIVE })) {
        throw problem('input.entryId', UserErrorCode.INVALID_STATE, M.personAlreadyRents);
      }

      const rules = await this.terms.inForce(shanghaiToday(now), tx);
      const offer = tx.create(ApartmentOffer, {
        unit, entry, talent: tx.getReference(User, entry.talent.id), offeredAt: now,
        respondBy: new Date(now.getTime() + rules.data.letting.offerResponseDays * 86_400_000),
        ruleVersion: tx.getReference(RuleVersion, rules.version.id),
        offeredBy: tx.getReference(User, viewer.userId), offerReason: note,
      });
      unit.status = UnitStatus.RESERVED;
      unit.statusChangedAt = now;
      entry.status = WaitlistStatus.OFFERED;
      this.audit.record(tx, viewer.userId, 'APARTMENT_OFFER_BY_HAND', 'ApartmentOffer', offer.id,
        M.offeredByHand(unit.project.getEntity(), unit.code, entry.referenceKey, note),
        [
          { path: 'unit.status', from: UnitStatus.AVAILABLE, to: UnitStatus.RESERVED },
          { path: 'waitlist.status', from: WaitlistStatus.WAITING, to: WaitlistStatus.OFFERED },
          { path: 'offer.reason', from: null, to: note },
        ]);
      await tx.flush();
      await this.matching.tellOffered(tx, [offer]);
      return offer;
    });
  }
}
