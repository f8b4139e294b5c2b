import { LockMode } from '@mikro-orm/core';
import { theRow } from '../../core/db/rows.js';
import { containsPattern } from '../../core/db/like.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode } from '../../core/errors/domain-error.js';
import { keysetKey, KeysetOrder, type KeysetWindow } from '../../core/graphql/pagination.js';
import { keysetEntities, type KeysetEntities } from '../../core/db/keyset-page.js';
import { required } from '../../core/required.js';
import { checkPhone } from '../../core/validation.js';
import { User } from '../account/index.js';
import { Document, DocumentKind } from '../document/index.js';
import type { NotificationService } from '../notification/index.js';
import { Organisation } from '../organisation/index.js';
import { isUuid, memberOrganisationId, workerPlaceId } from './community-access.js';
import { intInRange, optionalText, requiredDate, requiredText } from './community-checks.js';
import { NeedCategory, NeedStatus, ResourceKind, RESOURCE_KIND_NAMES } from './community.enums.js';
import { canSeeNeed, needVisibility } from './need-access.js';
import { CommunityNeed, CommunityOffer, NeedClaim, NeedPhoto, NeedResource } from './need.entity.js';
import { violates } from './pairing.service.js';
import { CommunityProject, ProjectOwner } from './project.entity.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { COMMUNITY_MESSAGES as M } from './community.messages.js';

// Open needs first, soonest due first; then the rest; newest first among equals; then by id. All
// parts ascending for the keyset: open is 0, the rest 1; the due day counts only for open needs.
const OPEN_SOONEST_DUE_FIRST = new KeysetOrder([
  { int: `case when n.status = 'OPEN' then 0 else 1 end` },
  { int: `case when n.status = 'OPEN' then n.due_on - date '1970-01-01' else 0 end` },
  { int: `-${keysetKey('n.created_at')}` },
], 'n.id');

const MAX_RESOURCES = 10;
const MAX_PHOTOS = 9;
const MAX_QUANTITY: Record<ResourceKind, number> = { MONEY: 100_000_000, VOLUNTEERS: 10_000, EXPERTISE: 10_000, VENUE: 10_000, GOODS: 1_000_000 };

export interface NewNeed {
  title: string;
  description: string;
  category: NeedCategory;
  peopleServed: number;
  beneficiaries?: string | null;
  dueOn: string;
  isPublic: boolean;
  resources: { kind: ResourceKind; quantity: number; description?: string | null }[];
  photoIds?: string[] | null;
  residentName?: string | null;
  residentPhone?: string | null;
  residentAddress?: string | null;
}

export interface NewClaim {
  needId: string;
  lines: { resourceId: string; quantity: number }[];
  note?: string | null;
}

export interface NeedFilter {
  placeId?: string | null;
  status?: NeedStatus | null;
  category?: NeedCategory | null;
  /** Only needs with something left that the viewer's organisation offers. */
  matchingOurOffer?: boolean | null;
  /** Only needs the viewer's organisation claimed. */
  claimedByUs?: boolean | null;
  /** Only needs whose reference or title contains this, as typed (`%` and `_` are themselves). */
  search?: string | null;
}

/** Claimed so far, per resource, read inside the caller's transaction. */
async function claimedPerResource(em: EntityManager, needId: string): Promise<Map<string, number>> {
  const rows = await em.execute<{ resource_id: string; n: string }[]>(
    'select resource_id, sum(quantity) as n from community_need_claims where need_id = ? group by resource_id', [needId],
  );
  return new Map(rows.map((r) => [r.resource_id, Number(r.n)]));
}

/**
 * Needs and claims (需求清单 → 认领清单). Claims on one need queue behind a lock on the need's row,
 * and a trigger refuses any claim that would take a resource past what was asked for, so
 * nothing is ever claimed twice over.
 */
export class NeedService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
  ) {}

  /** 社区下单: a community worker posts a need of their own place. */
  async post(viewer: Viewer, input: NewNeed, today = shanghaiToday()): Promise<CommunityNeed> {
    const placeId = workerPlaceId(viewer);
    const errors = new FieldErrors();
    const title = requiredText(errors, 'input.title', input.title, M.needTitle, 100);
    const description = requiredText(errors, 'input.description', input.description, M.needDescription, 2000);
    const beneficiaries = optionalText(errors, 'input.beneficiaries', input.beneficiaries, M.beneficiaries, 200);
    intInRange(errors, 'input.peopleServed', input.peopleServed, M.peopleServed, 1, 100_000);
    const dueOn = requiredDate(errors, 'input.dueOn', input.dueOn, M.needDueOn);
    if (!errors.has('input.dueOn')) {
      const latest = `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`;
      if (dueOn < today) errors.addText('input.dueOn', UserErrorCode.OUT_OF_RANGE, M.needDueInPast);
      else if (dueOn > latest) errors.addText('input.dueOn', UserErrorCode.OUT_OF_RANGE, M.needDueTooFar);
    }
    const resources = input.resources;
    if (resources.length === 0) errors.addText('input.resources', UserErrorCode.REQUIRED, M.resourcesMissing);
    else if (resources.length > MAX_RESOURCES) errors.addText('input.resources', UserErrorCode.TOO_LONG, M.tooManyResources(MAX_RESOURCES));
    else {
      resources.forEach((r, i) => {
        const unit = RESOURCE_KIND_NAMES[r.kind];
        intInRange(errors, `input.resources.${i}.quantity`, r.quantity, M.resourceQuantity(unit), 1, MAX_QUANTITY[r.kind]);
        optionalText(errors, `input.resources.${i}.description`, r.description, M.resourceDetails, 200);
      });
    }
    const residentName = optionalText(errors, 'input.residentName', input.residentName, M.residentName, 50);
    const residentPhone = checkPhone(errors, 'input.residentPhone', input.residentPhone);
    const residentAddress = optionalText(errors, 'input.residentAddress', input.residentAddress, M.residentAddress, 200);
    const photoIds = [...new Set(input.photoIds ?? [])];
    let photos: Document[] = [];
    if (photoIds.length > MAX_PHOTOS) errors.addText('input.photoIds', UserErrorCode.TOO_LONG, M.tooManyPhotos(MAX_PHOTOS));
    else if (photoIds.length) {
      photos = photoIds.every(isUuid) ? await this.em.find(Document, { id: { $in: photoIds.map((id) => id.toLowerCase()) }, owner: viewer.userId, kind: DocumentKind.PHOTO }) : [];
      if (photos.length !== photoIds.length) errors.addText('input.photoIds', UserErrorCode.NOT_FOUND, M.photosNotYours);
    }
    errors.throwIfAny();

    return this.em.transactional(async (tx) => {
      const { n } = theRow(await tx.execute<{ n: string }[]>(`select nextval('community_need_reference_seq') as n`), 'nextval');
      const need = tx.create(CommunityNeed, {
        reference: `XQ-${today.slice(0, 4)}-${String(n).padStart(4, '0')}`,
        place: tx.getReference(Organisation, placeId),
        postedBy: tx.getReference(User, viewer.userId),
        title,
        description,
        category: input.category,
        peopleServed: input.peopleServed,
        beneficiaries,
        dueOn,
        isPublic: !!input.isPublic,
        residentName,
        residentPhone,
        residentAddress,
      });
      resources.forEach((r, i) => tx.create(NeedResource, { need, position: i + 1, kind: r.kind, quantity: r.quantity, description: r.description?.trim() || null }));
      photoIds.forEach((id, i) => tx.create(NeedPhoto, { need, document: tx.getReference(Document, id.toLowerCase()), position: i + 1 }));
      await tx.flush();
      return need;
    });
  }

  /** The place's worker withdraws a need nobody has claimed yet. */
  async cancel(viewer: Viewer, id: string, reason: string): Promise<CommunityNeed> {
    const placeId = workerPlaceId(viewer);
    const errors = new FieldErrors();
    const why = requiredText(errors, 'reason', reason, M.withdrawReason, 500);
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      const need = isUuid(id) ? await tx.findOne(CommunityNeed, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!need || need.place.id !== placeId) throw DomainError.notFound(M.need);
      if (need.status !== NeedStatus.OPEN || (await tx.count(NeedClaim, { need: need.id })) > 0) {
        throw oneUserError(null, UserErrorCode.INVALID_STATE, M.needHasClaims);
      }
      need.status = NeedStatus.CANCELLED;
      need.cancelReason = why;
      need.version++;
      await tx.flush();
      return need;
    });
  }

  /**
   * 党员领单: a member organisation's HR or liaison takes on part or all of one or more
   * resources. All lines or none; a line over what is left is refused and says how much is left.
   */
  async claim(viewer: Viewer, input: NewClaim, today = shanghaiToday()): Promise<NeedClaim[]> {
    const organisationId = memberOrganisationId(viewer);
    if (!organisationId) throw DomainError.forbidden();
    const found = isUuid(input.needId) ? await this.em.findOne(CommunityNeed, input.needId) : null;
    if (!found || !(await canSeeNeed(this.em, viewer, found))) throw DomainError.notFound(M.need);
    const errors = new FieldErrors();
    const note = optionalText(errors, 'input.note', input.note, M.claimOrOfferNote, 500);
    const lines = input.lines;
    if (lines.length === 0) errors.addText('input.lines', UserErrorCode.REQUIRED, M.claimLinesMissing);
    if (lines.length > MAX_RESOURCES) errors.addText('input.lines', UserErrorCode.TOO_LONG, M.tooManyClaimLines(MAX_RESOURCES));
    const resources = await this.em.find(NeedResource, { need: found.id });
    const byId = new Map(resources.map((r) => [r.id, r]));
    const seen = new Set<string>();
    lines.forEach((line, i) => {
      const resource = isUuid(line.resourceId) ? byId.get(line.resourceId.toLowerCase()) : undefined;
      if (!resource) errors.addText(`input.lines.${i}.resourceId`, UserErrorCode.NOT_FOUND, M.resourceNotInNeed);
      else if (seen.has(resource.id)) errors.addText(`input.lines.${i}.resourceId`, UserErrorCode.DUPLICATE, M.resourceOnTwoLines);
      else seen.add(resource.id);
      intInRange(errors, `input.lines.${i}.quantity`, line.quantity, M.claimQuantity, 1, MAX_QUANTITY[resource?.kind ?? ResourceKind.MONEY]);
    });
    errors.throwIfAny();

    try {
      return await this.em.transactional(async (tx) => {
        // Claims on one need queue here, one after another.
        const need = await tx.findOneOrFail(CommunityNeed, found.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (need.status !== NeedStatus.OPEN) {
          throw oneUserError(null, UserErrorCode.CONFLICT, need.status === NeedStatus.CLAIMED ? M.needFullyClaimed : M.needClosedToClaims);
        }
        if (need.dueOn < today) {
          throw oneUserError(null, UserErrorCode.INVALID_STATE, M.needPastDue);
        }
        const claimed = await claimedPerResource(tx, need.id);
        const over = new FieldErrors();
        lines.forEach((line, i) => {
          const resource = required(byId.get(line.resourceId.toLowerCase()), 'claimed resource (checked above)');
          const left = resource.quantity - (claimed.get(resource.id) ?? 0);
          const unit = RESOURCE_KIND_NAMES[resource.kind];
          if (left <= 0) over.addText(`input.lines.${i}.quantity`, UserErrorCode.CONFLICT, M.resourceFullyClaimed(unit));
          else if (line.quantity > left) over.addText(`input.lines.${i}.quantity`, UserErrorCode.OUT_OF_RANGE, M.resourceLeft(unit, left));
        });
        over.throwIfAny();

        const organisation = tx.getReference(Organisation, organisationId);
        const claims = lines.map((line) => tx.create(NeedClaim, {
          need, resource: tx.getReference(NeedResource, line.resourceId.toLowerCase()), organisation, claimedBy: tx.getReference(User, viewer.userId), quantity: line.quantity, note,
        }));
        // The first claim opens the project; claimants are its owners.
        let project = await tx.findOne(CommunityProject, { need: need.id });
        if (!project) project = tx.create(CommunityProject, { need, place: tx.getReference(Organisation, need.place.id) });
        if (!(await tx.findOne(ProjectOwner, { project: project.id, user: viewer.userId }))) tx.create(ProjectOwner, { project, user: tx.getReference(User, viewer.userId) });
        for (const line of lines) claimed.set(line.resourceId.toLowerCase(), (claimed.get(line.resourceId.toLowerCase()) ?? 0) + line.quantity);
        if (resources.every((r) => (claimed.get(r.id) ?? 0) >= r.quantity)) need.status = NeedStatus.CLAIMED;
        need.version++;
        const org = await tx.findOne(Organisation, organisationId);
        this.notifications.within(tx).notify([need.postedBy.id], {
          kind: 'community.need.claimed',
          title: M.needClaimedTitle(need.title),
          body: M.needClaimedBody(org, need.reference, need.status === NeedStatus.CLAIMED),
          link: `/community/needs/${need.id}`,
        });
        await tx.flush();
        return claims;
      });
    } catch (error) {
      if (violates(error, 'community_claims_over')) {
        throw oneUserError('input.lines', UserErrorCode.CONFLICT, M.claimedMeanwhile);
      }
      throw error;
    }
  }

  async byId(viewer: Viewer | null, id: string): Promise<CommunityNeed | null> {
    const need = isUuid(id) ? await this.em.findOne(CommunityNeed, id.toLowerCase()) : null;
    return need && (await canSeeNeed(this.em, viewer, need)) ? need : null;
  }

  async list(viewer: Viewer | null, filter: NeedFilter, window: KeysetWindow): Promise<KeysetEntities<CommunityNeed>> {
    const none: KeysetEntities<CommunityNeed> = { rows: [], total: 0, keyOf: (n) => ({ key: '0', id: n.id }) };
    const visible = needVisibility(viewer);
    const where: string[] = [visible.sql];
    const params: unknown[] = [...visible.params];
    if (filter.placeId) {
      if (!isUuid(filter.placeId)) return none;
      where.push('n.place_id = ?');
      params.push(filter.placeId.toLowerCase());
    }
    if (filter.status) {
      where.push('n.status = ?');
      params.push(filter.status);
    }
    if (filter.category) {
      where.push('n.category = ?');
      params.push(filter.category);
    }
    const search = filter.search?.trim();
    if (search) {
      where.push('(n.reference ilike ? or n.title ilike ?)');
      params.push(containsPattern(search), containsPattern(search));
    }
    const member = memberOrganisationId(viewer);
    if (filter.claimedByUs) {
      if (!member) return none;
      where.push('exists (select 1 from community_need_claims c where c.need_id = n.id and c.organisation_id = ?)');
      params.push(member);
    }
    if (filter.matchingOurOffer) {
      if (!member) return none;
      // Something still wanted of a kind the organisation offers, in a category it cares for.
      where.push(`n.status = 'OPEN' and exists (
        select 1 from community_offers o join community_need_resources r on r.need_id = n.id
         where o.organisation_id = ? and r.kind::text = any(o.resource_kinds)
           and (cardinality(o.categories) = 0 or n.category::text = any(o.categories))
           and r.quantity > coalesce((select sum(c.quantity) from community_need_claims c where c.resource_id = r.id), 0))`);
      params.push(member);
    }
    return keysetEntities(this.em, (ids) => this.em.find(CommunityNeed, { id: { $in: ids } }), { from: 'community_needs n', where: where.join(' and '), params }, OPEN_SOONEST_DUE_FIRST, window, 'n.id');
  }

  /** HR or liaison say what their organisation can offer, so matching needs come first. */
  async saveOffer(viewer: Viewer, input: { resourceKinds: ResourceKind[]; categories: NeedCategory[]; note?: string | null }): Promise<CommunityOffer> {
    const organisationId = memberOrganisationId(viewer);
    if (!organisationId) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const note = optionalText(errors, 'input.note', input.note, M.claimOrOfferNote, 500);
    const resourceKinds = [...new Set(input.resourceKinds)];
    if (resourceKinds.length === 0) errors.addText('input.resourceKinds', UserErrorCode.REQUIRED, M.offerKindsMissing);
    errors.throwIfAny();
    const categories = [...new Set(input.categories)];
    const existing = await this.em.findOne(CommunityOffer, { organisation: organisationId });
    const offer = existing ?? this.em.create(CommunityOffer, { organisation: this.em.getReference(Organisation, organisationId), resourceKinds, categories });
    Object.assign(offer, { resourceKinds, categories, note });
    await this.em.flush();
    return offer;
  }

  async offerOf(viewer: Viewer): Promise<CommunityOffer | null> {
    const organisationId = memberOrganisationId(viewer);
    return organisationId ? this.em.findOne(CommunityOffer, { organisation: organisationId }) : null;
  }
}
