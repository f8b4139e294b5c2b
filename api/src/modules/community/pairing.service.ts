import { LockMode, UniqueConstraintViolationException, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, DomainErrorCode, FieldErrors, oneUserError, UserErrorCode } from '../../core/errors/domain-error.js';
import { thrownCode, thrownField } from '../../core/errors/thrown.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { required } from '../../core/required.js';
import { isIsoDate } from '../../core/validation.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { COMMUNITY_PLACE_KINDS, isTownStaff, isUuid, looksAfterPlace, memberOrganisationId, MEMBER_KINDS, ownPlaceId } from './community-access.js';
import { idOf, optionalText, requiredDate, requiredText, yearOf } from './community-checks.js';
import { CommitmentKind, CommitmentOutcome, ReviewRating } from './community.enums.js';
import { PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem } from './pairing.entity.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { COMMUNITY_MESSAGES as M } from './community.messages.js';

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
  const code = thrownCode(error);
  const message = thrownField(error, 'message');
  return (code === '23514' || code === '23P01' || code === '23505') && (thrownField(error, 'constraint') === constraint || (typeof message === 'string' && message.includes(constraint)));
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
    const placeId = idOf(errors, 'input.placeId', input.placeId, M.pairingPlace);
    const partnerId = idOf(errors, 'input.partnerId', input.partnerId, M.pairingPartner);
    const startsOn = requiredDate(errors, 'input.startsOn', input.startsOn, M.agreementStartsOn);
    const endsOn = requiredDate(errors, 'input.endsOn', input.endsOn, M.agreementEndsOn);
    const note = optionalText(errors, 'input.note', input.note, M.agreementNote, 1000);
    if (!errors.has('input.startsOn') && !errors.has('input.endsOn')) {
      if (endsOn < startsOn) errors.addText('input.endsOn', UserErrorCode.OUT_OF_RANGE, M.agreementEndsBeforeStart);
      else if (yearOf(endsOn) - yearOf(startsOn) >= MAX_YEARS) errors.addText('input.endsOn', UserErrorCode.OUT_OF_RANGE, M.agreementTooLong(MAX_YEARS));
    }
    const commitments = input.commitments;
    if (commitments.length === 0) errors.addText('input.commitments', UserErrorCode.REQUIRED, M.commitmentsMissing);
    else if (commitments.length > MAX_COMMITMENTS) errors.addText('input.commitments', UserErrorCode.TOO_LONG, M.tooManyCommitments(MAX_COMMITMENTS));
    else commitments.forEach((c, i) => requiredText(errors, `input.commitments.${i}.description`, c.description, M.commitment, 500));

    const place = placeId ? await this.em.findOne(Organisation, { id: placeId, kind: { $in: [...COMMUNITY_PLACE_KINDS] } }) : null;
    if (placeId && !place) errors.addText('input.placeId', UserErrorCode.NOT_FOUND, M.placeNotFound);
    else if (place && !looksAfterPlace(viewer, place.id)) {
      errors.addText('input.placeId', UserErrorCode.INVALID, M.workerRecordsOwnPlaceAgreements);
    }
    const partner = partnerId ? await this.em.findOne(Organisation, { id: partnerId, kind: { $in: [...MEMBER_KINDS] } }) : null;
    if (partnerId && !partner) errors.addText('input.partnerId', UserErrorCode.NOT_FOUND, M.partnerNotFound);
    errors.throwIfAny();
    // Both required and looked up above: a missing one was refused.
    const placeFound = required(place, 'the place of a new agreement');
    const partnerFound = required(partner, 'the partner of a new agreement');

    const duplicate = () => oneUserError('input.partnerId', UserErrorCode.DUPLICATE, M.agreementOverlaps);
    try {
      return await this.em.transactional(async (tx) => {
        // One agreement per pair at a time: agreements of a place are written one after another.
        await tx.findOne(Organisation, placeFound.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const overlapping = await tx.count(PairingAgreement, { place: placeFound.id, partner: partnerFound.id, startsOn: { $lte: endsOn }, endsOn: { $gte: startsOn } });
        if (overlapping > 0) throw duplicate();
        const agreement = tx.create(PairingAgreement, { place: placeFound, partner: partnerFound, startsOn, endsOn, note, createdBy: tx.getReference(User, viewer.userId) });
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
    if (!agreement || !this.canSee(viewer, agreement)) throw DomainError.notFound(M.pairingAgreement);
    if (!looksAfterPlace(viewer, agreement.place.id)) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const summary = requiredText(errors, 'input.summary', input.summary, M.reviewSummary, 2000);
    const thisYear = yearOf(today);
    if (!Number.isInteger(input.year) || input.year < yearOf(agreement.startsOn) || input.year > Math.min(yearOf(agreement.endsOn), thisYear)) {
      errors.addText('input.year', UserErrorCode.OUT_OF_RANGE, M.reviewYearOutOfRange(yearOf(agreement.startsOn), Math.min(yearOf(agreement.endsOn), thisYear)));
    }
    const commitments = await this.em.find(PairingCommitment, { agreement: agreement.id }, { orderBy: { position: 'asc' } });
    const given = new Map<string, CommitmentOutcome>();
    input.outcomes.forEach((o, i) => {
      if (!commitments.some((c) => c.id === o.commitmentId.toLowerCase())) {
        errors.addText(`input.outcomes.${i}.commitmentId`, UserErrorCode.NOT_FOUND, M.commitmentNotInAgreement);
      } else if (given.has(o.commitmentId.toLowerCase())) {
        errors.addText(`input.outcomes.${i}.commitmentId`, UserErrorCode.DUPLICATE, M.commitmentRatedTwice);
      } else given.set(o.commitmentId.toLowerCase(), o.outcome);
    });
    const itemProblems = input.outcomes.some((_, i) => errors.has(`input.outcomes.${i}.commitmentId`));
    if (!itemProblems && commitments.some((c) => !given.has(c.id))) {
      errors.addText('input.outcomes', UserErrorCode.REQUIRED, M.outcomesMissing);
    }
    const duplicate = () => oneUserError('input.year', UserErrorCode.DUPLICATE, M.yearAlreadyReviewed(input.year));
    if (!errors.has('input.year') && (await this.em.count(PairingReview, { agreement: agreement.id, year: input.year })) > 0) errors.addText('input.year', UserErrorCode.DUPLICATE, M.yearAlreadyReviewed(input.year));
    errors.throwIfAny();
    try {
      return await this.em.transactional(async (tx) => {
        const review = tx.create(PairingReview, { agreement: tx.getReference(PairingAgreement, agreement.id), year: input.year, rating: input.rating, summary, reviewedBy: tx.getReference(User, viewer.userId) });
        for (const c of commitments) tx.create(PairingReviewItem, { review, commitment: tx.getReference(PairingCommitment, c.id), outcome: required(given.get(c.id), 'outcome of a commitment (all were checked above)') });
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
      if (!isIsoDate(filter.activeOn)) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.activeOnNotADate);
      where.startsOn = { $lte: filter.activeOn };
      where.endsOn = { $gte: filter.activeOn };
    }
    const orderBy: QueryOrderMap<PairingAgreement> = filter.orderBy === PairingOrder.PARTNER
      ? { partner: { nameZh: 'asc' }, place: { nameZh: 'asc' }, startsOn: 'desc', id: 'asc' }
      : { place: { kind: 'asc', nameZh: 'asc' }, partner: { nameZh: 'asc' }, startsOn: 'desc', id: 'asc' };
    return this.em.findAndCount(PairingAgreement, where, { orderBy, offset: window.offset, limit: window.limit });
  }
}
