import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, DomainErrorCode, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { isIsoDate } from '../../core/validation.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { COMMUNITY_PLACE_KINDS, isTownStaff, isUuid, looksAfterPlace, memberOrganisationId, MEMBER_KINDS, ownPlaceId } from './community-access.js';
import { idOf, optionalText, requiredDate, requiredText, yearOf } from './community-checks.js';
import { CommitmentKind, CommitmentOutcome, ReviewRating } from './community.enums.js';
import { PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem } from './pairing.entity.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

export const AGREEMENT = { zh: '结对协议', en: 'pairing agreement' };
const MAX_YEARS = 10;
const MAX_COMMITMENTS = 20;

export interface NewPairingAgreement {
  placeId: string;
  partnerId: string;
  startsOn: string;
  endsOn: string;
  note?: string | null;
  commitments: { kind: CommitmentKind; description: string }[];
}

export interface NewPairingReview {
  agreementId: string;
  year: number;
  rating: ReviewRating;
  summary: string;
  outcomes: { commitmentId: string; outcome: CommitmentOutcome }[];
}

export enum PairingOrder {
  PLACE = 'PLACE',
  PARTNER = 'PARTNER',
}

export interface PairingFilter {
  placeId?: string | null;
  partnerId?: string | null;
  /** Only agreements in force on this date (YYYY-MM-DD). */
  activeOn?: string | null;
  orderBy?: PairingOrder | null;
}

/** Whether a check-constraint or trigger error from PostgreSQL names this constraint. */
export function violates(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return (e.code === '23514' || e.code === '23P01' || e.code === '23505') && (e.constraint === constraint || !!e.message?.includes(constraint));
}

/**
 * 结对协议: who signs them, their commitments from the 四项清单, and the yearly review.
 * Agreements and commitments are public facts of the alliance; reviews are for the two parties
 * and town staff.
 */
export class PairingService {
  constructor(private readonly em: EntityManager) {}

  /** A community worker for their own place, or town staff for any place. */
  async create(viewer: Viewer, input: NewPairingAgreement): Promise<PairingAgreement> {
    if (!isTownStaff(viewer) && !ownPlaceId(viewer)) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const placeId = idOf(errors, 'input.placeId', input.placeId, { zh: '村居', en: 'village or residential area' });
    const partnerId = idOf(errors, 'input.partnerId', input.partnerId, { zh: '结对单位', en: 'partner organisation' });
    const startsOn = requiredDate(errors, 'input.startsOn', input.startsOn, { zh: '起始日期', en: 'first day' });
    const endsOn = requiredDate(errors, 'input.endsOn', input.endsOn, { zh: '截止日期', en: 'last day' });
    const note = optionalText(errors, 'input.note', input.note, { zh: '备注', en: 'note' }, 1000);
    if (!errors.has('input.startsOn') && !errors.has('input.endsOn')) {
      if (endsOn < startsOn) errors.add('input.endsOn', UserErrorCode.OUT_OF_RANGE, '截止日期不能早于起始日期。', 'The last day cannot be before the first day.');
      else if (yearOf(endsOn) - yearOf(startsOn) >= MAX_YEARS) errors.add('input.endsOn', UserErrorCode.OUT_OF_RANGE, `协议期限最长 ${MAX_YEARS} 年。`, `An agreement runs for at most ${MAX_YEARS} years.`);
    }
    const commitments = input.commitments;
    if (commitments.length === 0) errors.add('input.commitments', UserErrorCode.REQUIRED, '请至少填写一项承诺（实事、结对、责任或岗位）。', 'Add at least one commitment (practical matter, pairing, responsibility or post).');
    else if (commitments.length > MAX_COMMITMENTS) errors.add('input.commitments', UserErrorCode.TOO_LONG, `最多 ${MAX_COMMITMENTS} 项承诺。`, `At most ${MAX_COMMITMENTS} commitments.`);
    else commitments.forEach((c, i) => requiredText(errors, `input.commitments.${i}.description`, c.description, { zh: '承诺内容', en: 'commitment' }, 500));

    const place = placeId ? await this.em.findOne(Organisation, { id: placeId, kind: { $in: [...COMMUNITY_PLACE_KINDS] } }) : null;
    if (placeId && !place) errors.add('input.placeId', UserErrorCode.NOT_FOUND, '所选村居不存在。', 'The chosen village or residential area does not exist.');
    else if (place && !looksAfterPlace(viewer, place.id)) {
      errors.add('input.placeId', UserErrorCode.INVALID, '社区工作者只能为本村居登记结对协议。', 'A community worker records agreements for their own village or residential area only.');
    }
    const partner = partnerId ? await this.em.findOne(Organisation, { id: partnerId, kind: { $in: [...MEMBER_KINDS] } }) : null;
    if (partnerId && !partner) errors.add('input.partnerId', UserErrorCode.NOT_FOUND, '所选结对单位不存在（须为企业、银行支行或高校）。', 'The chosen partner does not exist (it must be an enterprise, bank branch or university).');
    errors.throwIfAny();

    const duplicate = () => new UserInputErrors([{
      field: 'input.partnerId',
      code: UserErrorCode.DUPLICATE,
      message: { zh: '该村居与该单位在这段时间内已有结对协议。', en: 'This place and this organisation already have an agreement for part of that period.' },
    }]);
    try {
      return await this.em.transactional(async (tx) => {
        // One agreement per pair at a time: agreements of a place are written one after another.
        await tx.findOne(Organisation, place!.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const overlapping = await tx.count(PairingAgreement, { place: place!.id, partner: partner!.id, startsOn: { $lte: endsOn }, endsOn: { $gte: startsOn } });
        if (overlapping > 0) throw duplicate();
        const agreement = tx.create(PairingAgreement, { place: place!, partner: partner!, startsOn, endsOn, note, createdBy: tx.getReference(User, viewer.userId) });
        commitments.forEach((c, i) => tx.create(PairingCommitment, { agreement, position: i + 1, kind: c.kind, description: c.description.trim() }));
        await tx.flush();
        return agreement;
      });
    } catch (error) {
      if (violates(error, 'community_pairing_overlap')) throw duplicate();
      throw error;
    }
  }

  /** The place's worker or town staff record how the year went, commitment by commitment. */
  async review(viewer: Viewer, input: NewPairingReview, today = shanghaiToday()): Promise<PairingReview> {
    const agreement = isUuid(input.agreementId) ? await this.em.findOne(PairingAgreement, input.agreementId) : null;
    if (!agreement || !this.canSee(viewer, agreement)) throw DomainError.notFound(AGREEMENT);
    if (!looksAfterPlace(viewer, agreement.place.id)) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const summary = requiredText(errors, 'input.summary', input.summary, { zh: '评议意见', en: 'summary' }, 2000);
    const thisYear = yearOf(today);
    if (!Number.isInteger(input.year) || input.year < yearOf(agreement.startsOn) || input.year > Math.min(yearOf(agreement.endsOn), thisYear)) {
      errors.add('input.year', UserErrorCode.OUT_OF_RANGE, `评议年度应在 ${yearOf(agreement.startsOn)} 到 ${Math.min(yearOf(agreement.endsOn), thisYear)} 之间（协议期内且不晚于今年）。`,
        `The year must be from ${yearOf(agreement.startsOn)} to ${Math.min(yearOf(agreement.endsOn), thisYear)} (within the agreement, not after this year).`);
    }
    const commitments = await this.em.find(PairingCommitment, { agreement: agreement.id }, { orderBy: { position: 'asc' } });
    const given = new Map<string, CommitmentOutcome>();
    input.outcomes.forEach((o, i) => {
      if (!commitments.some((c) => c.id === o.commitmentId.toLowerCase())) {
        errors.add(`input.outcomes.${i}.commitmentId`, UserErrorCode.NOT_FOUND, '该承诺不属于此协议。', 'That commitment is not part of this agreement.');
      } else if (given.has(o.commitmentId.toLowerCase())) {
        errors.add(`input.outcomes.${i}.commitmentId`, UserErrorCode.DUPLICATE, '同一项承诺只能评一次。', 'Each commitment is rated once.');
      } else given.set(o.commitmentId.toLowerCase(), o.outcome);
    });
    const itemProblems = input.outcomes.some((_, i) => errors.has(`input.outcomes.${i}.commitmentId`));
    if (!itemProblems && commitments.some((c) => !given.has(c.id))) {
      errors.add('input.outcomes', UserErrorCode.REQUIRED, '请为每一项承诺评定完成情况。', 'Rate how far each commitment was kept.');
    }
    const duplicate = () => new UserInputErrors([{ field: 'input.year', code: UserErrorCode.DUPLICATE, message: { zh: `${input.year} 年度已评议过。`, en: `The ${input.year} review has already been recorded.` } }]);
    if (!errors.has('input.year') && (await this.em.count(PairingReview, { agreement: agreement.id, year: input.year })) > 0) errors.add('input.year', UserErrorCode.DUPLICATE, `${input.year} 年度已评议过。`, `The ${input.year} review has already been recorded.`);
    errors.throwIfAny();
    try {
      return await this.em.transactional(async (tx) => {
        const review = tx.create(PairingReview, { agreement: tx.getReference(PairingAgreement, agreement.id), year: input.year, rating: input.rating, summary, reviewedBy: tx.getReference(User, viewer.userId) });
        for (const c of commitments) tx.create(PairingReviewItem, { review, commitment: tx.getReference(PairingCommitment, c.id), outcome: given.get(c.id)! });
        await tx.flush();
        return review;
      });
    } catch (error) {
      // Two reviewers at once: the unique (agreement, year) index lets one through.
      if (error instanceof UniqueConstraintViolationException) throw duplicate();
      throw error;
    }
  }

  async byId(viewer: Viewer | null, id: string): Promise<PairingAgreement | null> {
    const agreement = isUuid(id) ? await this.em.findOne(PairingAgreement, id) : null;
    return agreement && this.canSee(viewer, agreement) ? agreement : null;
  }

  /** Agreements are public: who is paired with whom is published by the town. */
  canSee(_viewer: Viewer | null, _agreement: PairingAgreement): boolean {
    return true;
  }

  /** Reviews are for the place's workers, the partner's HR or liaison, and town staff. */
  canSeeReviews(viewer: Viewer | null, agreement: PairingAgreement): boolean {
    return looksAfterPlace(viewer, agreement.place.id) || memberOrganisationId(viewer) === agreement.partner.id;
  }

  async list(filter: PairingFilter, window: PageWindow): Promise<[PairingAgreement[], number]> {
    const where: Record<string, unknown> = {};
    if (filter.placeId) {
      if (!isUuid(filter.placeId)) return [[], 0];
      where.place = filter.placeId;
    }
    if (filter.partnerId) {
      if (!isUuid(filter.partnerId)) return [[], 0];
      where.partner = filter.partnerId;
    }
    if (filter.activeOn) {
      if (!isIsoDate(filter.activeOn)) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, { zh: 'activeOn 应为 YYYY-MM-DD 格式的日期。', en: 'activeOn must be a date like 2026-06-30.' });
      where.startsOn = { $lte: filter.activeOn };
      where.endsOn = { $gte: filter.activeOn };
    }
    const orderBy = filter.orderBy === PairingOrder.PARTNER
      ? { partner: { nameZh: 'asc' }, place: { nameZh: 'asc' }, startsOn: 'desc', id: 'asc' }
      : { place: { kind: 'asc', nameZh: 'asc' }, partner: { nameZh: 'asc' }, startsOn: 'desc', id: 'asc' };
    return this.em.findAndCount(PairingAgreement, where, { orderBy: orderBy as never, offset: window.offset, limit: window.limit });
  }
}
