import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, DomainErrorCode, FieldErrors, oneUserError, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { KeysetOrder, type KeysetWindow } from '../../core/graphql/pagination.js';
import { keysetEntities, type KeysetEntities } from '../../core/db/keyset-page.js';
import { isValidPhone, normalisePhone } from '../../core/privacy/masking.js';
import { idOrNull, optionalDate, optionalText, requiredText } from '../../core/text-fields.js';
import { Role } from '../../core/auth/role.js';
import { required } from '../../core/required.js';
import { User } from '../account/index.js';
import { workerPlaceId } from '../community/index.js';
import { Document, DocumentKind } from '../document/index.js';
import type { NotificationService } from '../notification/index.js';
import { Organisation } from '../organisation/index.js';
import { isClaimant, memberOrganisation, namesResident, worksForPlace } from './microwish.access.js';
import { CommunityVolunteer, MicroWish, MicroWishClaim, MicroWishRecipient } from './microwish.entity.js';
import { ClaimantKind, WishStatus } from './microwish.enums.js';
import type { ClaimMicroWishInput, ConfirmMicroWishInput, MicroWishInput, MicroWishReasonInput, RegisterVolunteerInput, UpdateMicroWishInput } from './microwish.inputs.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { MICROWISH_MESSAGES as M } from './microwish.messages.js';

const NEWEST_FIRST = new KeysetOrder([{ time: 'w.posted_at' }], 'w.id', true);


export interface MicroWishCounts {
  year: number | null;
  open: number;
  claimed: number;
  fulfilled: number;
  byYear: { year: number; posted: number; fulfilled: number }[];
  byOrganisation: { organisation: Organisation; fulfilled: number; claimed: number }[];
  byClaimantKind: { kind: ClaimantKind; fulfilled: number }[];
}

/** Claims a claimant may hold at once, so nobody takes every wish and sits on them. */
export const MAX_STANDING_CLAIMS = { person: 5, organisation: 30 } as const;

const ALREADY_CLAIMED = () => oneUserError(null, UserErrorCode.CONFLICT, M.claimedMeanwhile);

/** A resident's phone: a mobile, or a landline (elderly residents often have only that). */
function checkResidentPhone(errors: FieldErrors, field: string, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const compact = raw.replace(/[\s()]/g, '');
  if (compact.length <= 20 && isValidPhone(compact)) return normalisePhone(compact);
  if (/^(0\d{2,3}-?)?\d{7,8}$/.test(compact)) return compact;
  errors.addText(field, UserErrorCode.INVALID, M.residentPhoneInvalid);
  return null;
}

interface CheckedWish {
  title: string;
  description: string;
  category: MicroWishInput['category'];
  estimatedValueYuan: number | null;
  dueOn: string | null;
  handover: MicroWishInput['handover'];
  recipient: { name: string; phone: string | null; address: string; note: string | null };
}

function checkWish(input: MicroWishInput, today: string): CheckedWish {
  const errors = new FieldErrors();
  const title = requiredText(errors, 'input.title', input.title, M.wishTitle, { max: 60 });
  const description = requiredText(errors, 'input.description', input.description, M.wishDescription, { max: 500, multiline: true });
  const value = input.estimatedValueYuan ?? null;
  if (value !== null && (!Number.isInteger(value) || value < 1 || value > 100_000)) {
    errors.addText('input.estimatedValueYuan', UserErrorCode.OUT_OF_RANGE, M.valueOutOfRange);
  }
  const dueOn = optionalDate(errors, 'input.dueOn', input.dueOn, M.wishDueOn);
  if (dueOn && dueOn < today) errors.addText('input.dueOn', UserErrorCode.OUT_OF_RANGE, M.dueInPast);
  const r = input.recipient;
  const name = requiredText(errors, 'input.recipient.name', r.name, M.residentName, { max: 50 });
  const phone = checkResidentPhone(errors, 'input.recipient.phone', r.phone);
  const address = requiredText(errors, 'input.recipient.address', r.address, M.residentAddress, { max: 120 });
  const note = optionalText(errors, 'input.recipient.note', r.note, M.recipientNote, { max: 300, multiline: true });
  const resident = { name, phone, address };
  // The public text must not give the resident away; the worker is asked to rephrase.
  for (const [field, text] of [['input.title', title], ['input.description', description]] as const) {
    if (text && !errors.has(field) && name && namesResident(text, resident)) {
      errors.addText(field, UserErrorCode.INVALID, M.publicTextNamesResident);
    }
  }
  errors.throwIfAny();
  return { title, description, category: input.category, estimatedValueYuan: value, dueOn, handover: input.handover, recipient: { name, phone, address, note } };
}

/**
 * Micro-wishes (微心愿): a community worker posts a resident's wish for their village or
 * residential area; a member organisation, a Party member or a registered volunteer claims it
 * (one claimant at a time, the wish row locked and a partial unique index behind it); the
 * worker confirms the handover, with an optional photo.
 */
export class MicroWishService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
  ) {}

  async post(viewer: Viewer, input: MicroWishInput, now = new Date()): Promise<MicroWish> {
    const placeId = workerPlaceId(viewer);
    const checked = checkWish(input, shanghaiToday(now));
    return this.em.transactional(async (tx) => {
      const { recipient, ...facts } = checked;
      const wish = tx.create(MicroWish, { ...facts, place: tx.getReference(Organisation, placeId), postedBy: tx.getReference(User, viewer.userId), postedAt: now });
      tx.create(MicroWishRecipient, { wish, ...recipient });
      return wish;
    });
  }

  /** Locks the wish of the viewer's own place; any other answers like a missing one. */
  private async ownPlaceWish(tx: EntityManager, viewer: Viewer, rawId: string): Promise<MicroWish> {
    const placeId = workerPlaceId(viewer);
    const id = idOrNull(rawId);
    const wish = id ? await tx.findOne(MicroWish, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
    if (!wish || wish.place.id !== placeId) throw DomainError.notFound(M.wish);
    return wish;
  }

  /** Corrects a wish nobody has claimed yet (after a claim the claimant relies on what they saw). */
  async update(viewer: Viewer, input: UpdateMicroWishInput, now = new Date()): Promise<MicroWish> {
    workerPlaceId(viewer);
    const checked = checkWish(input, shanghaiToday(now));
    return this.em.transactional(async (tx) => {
      const wish = await this.ownPlaceWish(tx, viewer, input.wishId);
      if (wish.version !== input.expectedVersion) {
        throw oneUserError('input.expectedVersion', UserErrorCode.CONFLICT, M.changedMeanwhile);
      }
      if (wish.status !== WishStatus.OPEN) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.onlyOpenChangeable);
      const { recipient, ...facts } = checked;
      Object.assign(wish, facts);
      const row = await tx.findOneOrFail(MicroWishRecipient, { wish: wish.id });
      Object.assign(row, recipient);
      return wish;
    });
  }

  /** The worker takes a wish back (the resident no longer needs it); a standing claim ends with it. */
  async withdraw(viewer: Viewer, input: MicroWishReasonInput, now = new Date()): Promise<MicroWish> {
    const errors = new FieldErrors();
    const reason = requiredText(errors, 'input.reason', input.reason, M.withdrawReason, { max: 300, multiline: true });
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      const wish = await this.ownPlaceWish(tx, viewer, input.wishId);
      if (wish.status !== WishStatus.OPEN && wish.status !== WishStatus.CLAIMED) {
        throw oneUserError(null, UserErrorCode.INVALID_STATE, M.notWithdrawable);
      }
      const claim = await tx.findOne(MicroWishClaim, { wish: wish.id, releasedAt: null });
      if (claim) {
        Object.assign(claim, { releasedAt: now, releasedBy: tx.getReference(User, viewer.userId), releaseReason: reason });
        this.tellClaimant(tx, claim, wish, M.withdrawnTellClaimant(reason));
      }
      Object.assign(wish, { status: WishStatus.WITHDRAWN, withdrawnAt: now, withdrawnReason: reason });
      return wish;
    });
  }

  /** Who the viewer claims as: their organisation, or themselves as a registered Party member or volunteer. */
  private async claimantOf(tx: EntityManager, viewer: Viewer): Promise<{ kind: ClaimantKind; organisationId: string | null }> {
    const organisationId = memberOrganisation(viewer);
    if (organisationId) return { kind: ClaimantKind.ORGANISATION, organisationId };
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
    const volunteer = await tx.findOne(CommunityVolunteer, { user: viewer.userId });
    if (!volunteer) {
      throw oneUserError(null, UserErrorCode.INVALID_STATE, M.registerAsVolunteerFirst);
    }
    return { kind: volunteer.partyMember ? ClaimantKind.PARTY_MEMBER : ClaimantKind.VOLUNTEER, organisationId: null };
  }

  /**
   * One claimant per wish. The wish row is locked, so concurrent claims queue and every one
   * after the first finds it taken; the partial unique index on standing claims is the
   * database's own guarantee should anything get past that.
   */
  async claim(viewer: Viewer, input: ClaimMicroWishInput, now = new Date()): Promise<MicroWish> {
    const errors = new FieldErrors();
    const note = optionalText(errors, 'input.note', input.note, M.claimNote, { max: 300, multiline: true });
    errors.throwIfAny();
    const id = idOrNull(input.wishId);
    if (!id) throw DomainError.notFound(M.wish);
    try {
      return await this.em.transactional(async (tx) => {
        const claimant = await this.claimantOf(tx, viewer);
        const wish = await tx.findOne(MicroWish, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (!wish || wish.status === WishStatus.WITHDRAWN) throw DomainError.notFound(M.wish);
        if (wish.status !== WishStatus.OPEN) throw ALREADY_CLAIMED();
        const standing = await tx.count(MicroWishClaim, {
          releasedAt: null, wish: { status: WishStatus.CLAIMED },
          ...(claimant.organisationId ? { organisation: claimant.organisationId } : { claimedBy: viewer.userId, organisation: null }),
        });
        const max = claimant.organisationId ? MAX_STANDING_CLAIMS.organisation : MAX_STANDING_CLAIMS.person;
        if (standing >= max) {
          throw oneUserError(null, UserErrorCode.OUT_OF_RANGE, M.tooManyStandingClaims(standing));
        }
        tx.create(MicroWishClaim, {
          wish, claimantKind: claimant.kind, organisation: claimant.organisationId ? tx.getReference(Organisation, claimant.organisationId) : null,
          claimedBy: tx.getReference(User, viewer.userId), claimedAt: now, note,
        });
        wish.status = WishStatus.CLAIMED;
        await this.tellWorkers(tx, wish, {
          kind: 'microwish.claimed',
          title: M.claimedTitle(wish.title),
          body: M.claimedBody(wish.title, note),
        });
        return wish;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw ALREADY_CLAIMED();
      throw error;
    }
  }

  /** The claimant gives the wish up, or the place's worker ends a claim that went nowhere: the wish is open again. */
  async release(viewer: Viewer, input: MicroWishReasonInput, now = new Date()): Promise<MicroWish> {
    const errors = new FieldErrors();
    const reason = optionalText(errors, 'input.reason', input.reason, M.releaseReason, { max: 300, multiline: true });
    errors.throwIfAny();
    const id = idOrNull(input.wishId);
    if (!id) throw DomainError.notFound(M.wish);
    return this.em.transactional(async (tx) => {
      const wish = await tx.findOne(MicroWish, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const claim = wish ? await tx.findOne(MicroWishClaim, { wish: wish.id, releasedAt: null }) : null;
      const party = claim ? { claimedById: claim.claimedBy.id, organisationId: claim.organisation?.id ?? null } : null;
      const byWorker = !!wish && worksForPlace(viewer, wish.place.id);
      const byClaimant = !!party && isClaimant(viewer, party);
      if (!wish || (!byWorker && !byClaimant)) throw DomainError.notFound(M.wish);
      if (wish.status !== WishStatus.CLAIMED || !claim) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.onlyClaimedReleasable);
      Object.assign(claim, { releasedAt: now, releasedBy: tx.getReference(User, viewer.userId), releaseReason: reason });
      wish.status = WishStatus.OPEN;
      if (byClaimant) {
        await this.tellWorkers(tx, wish, {
          kind: 'microwish.released',
          title: M.claimantGaveUpTitle(wish.title),
          body: M.claimantGaveUpBody(wish.title, reason),
        });
      } else {
        this.tellClaimant(tx, claim, wish, M.workerEndedClaim(reason));
      }
      return wish;
    });
  }

  /** The place's worker confirms the gift reached the resident. */
  async confirm(viewer: Viewer, input: ConfirmMicroWishInput, now = new Date()): Promise<MicroWish> {
    workerPlaceId(viewer);
    const today = shanghaiToday(now);
    const errors = new FieldErrors();
    const fulfilledOn = optionalDate(errors, 'input.fulfilledOn', input.fulfilledOn, M.fulfilledOn) ?? (errors.has('input.fulfilledOn') ? null : today);
    if (fulfilledOn && fulfilledOn > today) errors.addText('input.fulfilledOn', UserErrorCode.OUT_OF_RANGE, M.fulfilledInFuture);
    const note = optionalText(errors, 'input.note', input.note, M.fulfilmentNote, { max: 300, multiline: true });
    let photo: Document | null = null;
    if (input.photoDocumentId) {
      const photoId = idOrNull(input.photoDocumentId);
      // Only a photo the worker uploaded themselves: nobody attaches another person's file.
      photo = photoId ? await this.em.findOne(Document, { id: photoId, owner: viewer.userId, kind: DocumentKind.PHOTO }) : null;
      if (!photo) errors.addText('input.photoDocumentId', UserErrorCode.NOT_FOUND, M.photoNotYours);
    }
    errors.throwIfAny();
    const givenOn = required(fulfilledOn, 'fulfilment date (refused above when missing)');
    return this.em.transactional(async (tx) => {
      const wish = await this.ownPlaceWish(tx, viewer, input.wishId);
      const claim = await tx.findOne(MicroWishClaim, { wish: wish.id, releasedAt: null });
      if (wish.status !== WishStatus.CLAIMED || !claim) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.onlyClaimedFulfillable);
      if (givenOn < shanghaiToday(claim.claimedAt)) {
        throw oneUserError('input.fulfilledOn', UserErrorCode.OUT_OF_RANGE, M.fulfilledBeforeClaim(shanghaiToday(claim.claimedAt)));
      }
      if (note) {
        const recipient = await tx.findOneOrFail(MicroWishRecipient, { wish: wish.id });
        if (namesResident(note, recipient)) throw oneUserError('input.note', UserErrorCode.INVALID, M.publicTextNamesResident);
      }
      Object.assign(wish, {
        status: WishStatus.FULFILLED, fulfilledOn: givenOn, fulfilledAt: now, fulfilledBy: tx.getReference(User, viewer.userId), fulfilmentNote: note,
        photo: photo ? tx.getReference(Document, photo.id) : null,
      });
      this.tellClaimant(tx, claim, wish, M.fulfilledTellClaimant(wish.title), 'microwish.fulfilled');
      return wish;
    });
  }

  async registerVolunteer(viewer: Viewer, input: RegisterVolunteerInput): Promise<CommunityVolunteer> {
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const raw = input.phone.trim();
    if (!raw) errors.addText('input.phone', UserErrorCode.REQUIRED, M.mobileMissing);
    else if (raw.length > 20 || !isValidPhone(raw)) errors.addText('input.phone', UserErrorCode.INVALID, M.mobileInvalid);
    errors.throwIfAny();
    const phone = normalisePhone(raw);
    // One row per person: an upsert, so registering twice at once cannot fail on the key.
    await this.em.execute(
      `insert into community_volunteers (user_id, phone, party_member) values (?, ?, ?)
       on conflict (user_id) do update set phone = excluded.phone, party_member = excluded.party_member`,
      [viewer.userId, phone, input.partyMember],
    );
    return this.em.findOneOrFail(CommunityVolunteer, { user: viewer.userId }, { refresh: true });
  }

  myVolunteer(viewer: Viewer): Promise<CommunityVolunteer | null> {
    return this.em.findOne(CommunityVolunteer, { user: viewer.userId });
  }

  /** Public list: every wish but withdrawn ones; `mine` narrows to the viewer's place or claims. */
  /** Wishes, newest first, by keyset: a wish posted while someone pages makes them neither skip nor repeat one. */
  async list(viewer: Viewer | null, filter: { status?: WishStatus | null; placeId?: string | null; category?: string | null; mine?: boolean }, window: KeysetWindow): Promise<KeysetEntities<MicroWish>> {
    const none: KeysetEntities<MicroWish> = { rows: [], total: 0, keyOf: (w) => ({ key: '0', id: w.id }) };
    const where: string[] = [];
    const params: unknown[] = [];
    const ownPlace = viewer?.role === Role.COMMUNITY_WORKER ? viewer.organisationId : null;
    if (filter.placeId !== undefined && filter.placeId !== null) {
      const placeId = idOrNull(filter.placeId);
      if (!placeId) return none;
      where.push('w.place_id = ?');
      params.push(placeId);
    }
    if (filter.category) { where.push('w.category = ?'); params.push(filter.category); }
    if (filter.mine) {
      if (!viewer) throw DomainError.unauthenticated();
      if (ownPlace) { where.push('w.place_id = ?'); params.push(ownPlace); }
      else {
        const organisationId = memberOrganisation(viewer);
        where.push(organisationId
          ? 'w.id in (select c.wish_id from micro_wish_claims c where c.released_at is null and c.organisation_id = ?)'
          : 'w.id in (select c.wish_id from micro_wish_claims c where c.released_at is null and c.organisation_id is null and c.claimed_by_id = ?)');
        params.push(organisationId ?? viewer.userId);
      }
    }
    // Withdrawn wishes are the place's own business: only its workers list them.
    const seesWithdrawn = !!filter.mine && !!ownPlace;
    if (filter.status) {
      if (filter.status === WishStatus.WITHDRAWN && !seesWithdrawn) return none;
      where.push('w.status = ?');
      params.push(filter.status);
    } else if (!seesWithdrawn) {
      where.push('w.status <> ?');
      params.push(WishStatus.WITHDRAWN);
    }
    return keysetEntities(this.em, (ids) => this.em.find(MicroWish, { id: { $in: ids } }), { from: 'micro_wishes w', where: where.join(' and '), params }, NEWEST_FIRST, window, 'w.id');
  }

  async get(viewer: Viewer | null, rawId: string): Promise<MicroWish> {
    const id = idOrNull(rawId);
    const wish = id ? await this.em.findOne(MicroWish, id) : null;
    if (!wish || (wish.status === WishStatus.WITHDRAWN && !worksForPlace(viewer, wish.place.id))) throw DomainError.notFound(M.wish);
    return wish;
  }

  /**
   * Running counts, computed from the wishes each time (no counter kept): open and claimed now,
   * fulfilled in `year` (or ever), per year, per claiming organisation and per kind of claimant.
   * Withdrawn wishes count nowhere; a year is the Shanghai calendar year.
   */
  async counts(year: number | null): Promise<MicroWishCounts> {
    const conn = this.em.getConnection();
    if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.yearOutOfRange);
    }
    const inYear = year === null ? '' : `and extract(year from w.fulfilled_on) = ${year}`;
    const [now] = await conn.execute<{ open: number; claimed: number; fulfilled: number }[]>(
      `select count(*) filter (where status = 'OPEN')::int as open, count(*) filter (where status = 'CLAIMED')::int as claimed,
              count(*) filter (where status = 'FULFILLED' ${inYear})::int as fulfilled
         from micro_wishes w`,
    );
    const byYear = await conn.execute<{ year: number; posted: number; fulfilled: number }[]>(
      `select year::int, sum(posted)::int as posted, sum(fulfilled)::int as fulfilled from (
         select extract(year from posted_at at time zone 'Asia/Shanghai') as year, 1 as posted, 0 as fulfilled from micro_wishes where status <> 'WITHDRAWN'
         union all
         select extract(year from fulfilled_on), 0, 1 from micro_wishes where status = 'FULFILLED'
       ) t group by year order by year desc`,
    );
    const byOrganisation = await conn.execute<{ organisation_id: string; fulfilled: number; claimed: number }[]>(
      `select c.organisation_id, count(*) filter (where w.status = 'FULFILLED' ${inYear})::int as fulfilled,
              count(*) filter (where w.status = 'CLAIMED')::int as claimed
         from micro_wish_claims c join micro_wishes w on w.id = c.wish_id
        where c.released_at is null and c.organisation_id is not null
        group by c.organisation_id
       having count(*) filter (where w.status = 'FULFILLED' ${inYear}) > 0 ${year === null ? "or count(*) filter (where w.status = 'CLAIMED') > 0" : ''}
        order by fulfilled desc, claimed desc, c.organisation_id`,
    );
    const byKind = await conn.execute<{ kind: ClaimantKind; fulfilled: number }[]>(
      `select c.claimant_kind as kind, count(*)::int as fulfilled
         from micro_wish_claims c join micro_wishes w on w.id = c.wish_id
        where c.released_at is null and w.status = 'FULFILLED' ${inYear}
        group by c.claimant_kind order by c.claimant_kind`,
    );
    const organisations = new Map((await this.em.find(Organisation, { id: { $in: byOrganisation.map((r) => r.organisation_id) } })).map((o) => [o.id, o]));
    return {
      year,
      open: now?.open ?? 0,
      claimed: now?.claimed ?? 0,
      fulfilled: now?.fulfilled ?? 0,
      byYear,
      byOrganisation: byOrganisation.map((r) => ({ organisation: required(organisations.get(r.organisation_id), `organisation ${r.organisation_id} of a claim`), fulfilled: r.fulfilled, claimed: r.claimed })),
      byClaimantKind: byKind,
    };
  }

  private async tellWorkers(tx: EntityManager, wish: MicroWish, message: { kind: string; title: LocalisedText; body: LocalisedText }): Promise<void> {
    const workers = await tx.find(User, { role: Role.COMMUNITY_WORKER, organisation: wish.place.id }, { fields: ['id'] });
    this.notifications.within(tx).notify(workers.map((w) => w.id), { ...message, link: `/micro-wishes/${wish.id}` });
  }

  private tellClaimant(tx: EntityManager, claim: MicroWishClaim, wish: MicroWish, body: LocalisedText, kind = 'microwish.claim.ended'): void {
    this.notifications.within(tx).notify([claim.claimedBy.id], {
      kind,
      title: M.claimantTitle(wish.title),
      body,
      link: `/micro-wishes/${wish.id}`,
    });
  }
}
