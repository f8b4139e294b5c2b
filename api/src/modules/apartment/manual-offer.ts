import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors, type LocalisedText } from '../../core/errors/domain-error.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { User } from '../account/index.js';
import type { AuditService } from '../audit/index.js';
import { RuleVersion } from '../policy/index.js';
import { LAYOUT_NAMES, LeaseStatus, UnitStatus, WaitlistStatus } from './apartment.enums.js';
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { requireStaff } from './allocation.service.js';
import { ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';
import type { ApartmentTerms } from './terms.js';
import { Waitlist } from './waitlist.js';

export const MANUAL_OFFER_REASON_MAX = 500;

/** Why someone not WAITING cannot be offered a unit, by where they stand. */
const NOT_WAITING: Record<Exclude<WaitlistStatus, WaitlistStatus.WAITING>, LocalisedText> = {
  OFFERED: { zh: '此人已有一份待答复的配租通知（可能刚由其他工作人员发出），请刷新名单。', en: 'This person already holds an offer to answer (perhaps just made by a colleague); refresh the list.' },
  HOUSED: { zh: '此人已签约入住，不在轮候中。', en: 'This person is housed under a lease and no longer waiting.' },
  LEFT: { zh: '此人已退出轮候。', en: 'This person has left the waitlist.' },
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
    if (!note) errors.add('input.reason', UserErrorCode.REQUIRED, '请写明为什么手动配租（例如：情况紧急、经领导批准）。', 'Say why you make this offer by hand (for example: urgent housing need, approved by the director).');
    else if ([...note].length > MANUAL_OFFER_REASON_MAX) {
      errors.add('input.reason', UserErrorCode.TOO_LONG, `理由最多 ${MANUAL_OFFER_REASON_MAX} 个字，请精简。`, `Keep the reason to ${MANUAL_OFFER_REASON_MAX} characters at most.`);
    }
    errors.throwIfAny();
    const seen = await this.em.findOne(WaitlistEntry, entryId);
    if (!seen) throw DomainError.notFound({ zh: '轮候登记', en: 'waitlist entry' });

    return this.em.transactional(async (tx) => {
      await Waitlist.lockLayout(tx, seen.layout);
      const entry = await tx.findOneOrFail(WaitlistEntry, entryId, { refresh: true });
      if (entry.status !== WaitlistStatus.WAITING) throw problem('input.entryId', UserErrorCode.INVALID_STATE, NOT_WAITING[entry.status]);
      const unit = await tx.findOne(ApartmentUnit, unitId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['project'] });
      if (!unit) throw problem('input.unitId', UserErrorCode.NOT_FOUND, { zh: '找不到这套房源。', en: 'There is no such unit.' });
      if (unit.layout !== entry.layout) {
        const [want, got] = [LAYOUT_NAMES[entry.layout], LAYOUT_NAMES[unit.layout]];
        throw problem('input.unitId', UserErrorCode.INVALID, { zh: `此人轮候的是${want.zh}，这套是${got.zh}。请选一套${want.zh}。`, en: `This person waits for a ${want.en} unit and this one is a ${got.en}; choose a ${want.en} unit.` });
      }
      if (unit.status !== UnitStatus.AVAILABLE) {
        throw problem('input.unitId', UserErrorCode.INVALID_STATE, { zh: '这套房源现在不是空置可配（可能刚配给了别人），请刷新后另选。', en: 'This unit is no longer free (perhaps just offered to someone else); refresh and choose another.' });
      }
      if (await tx.count(ApartmentLease, { tenant: entry.talent.id, status: LeaseStatus.ACTIVE })) {
        throw problem('input.entryId', UserErrorCode.INVALID_STATE, { zh: '此人已租住一套人才公寓，须先退租才能另配。', en: 'This person already rents a talent apartment; they must move out before another offer.' });
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
        { zh: `手动配租 ${unit.project.getEntity().nameZh} ${unit.code} 给 ${entry.referenceKey}：${note}`, en: `Offered ${unit.project.getEntity().nameEn} ${unit.code} by hand to ${entry.referenceKey}: ${note}` },
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
