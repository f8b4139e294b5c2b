import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { theRow } from '../../core/db/rows.js';
import { DomainError, FieldErrors, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { keysetKey, keysetTime, type KeysetWindow } from '../../core/graphql/pagination.js';
import { User } from '../account/index.js';
import type { NotificationService } from '../notification/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { canSeeEvent, runsAlliance } from './alliance-access.js';
import { readRows } from '../../core/db/read-rows.js';
import { AllianceEvent, EVENT_COLUMNS, EVENT_DESCRIPTION_COLUMNS, eventView, EventSeatQuota, type AllianceEventRow, type AllianceEventView } from './alliance-event.entity.js';
import { AllianceEventKind, AllianceEventStatus, RegistrationStatus, SeatKind } from './alliance.enums.js';
import { CadreCohort } from './cadre.entity.js';
import type { EventRegistration } from './event-registration.entity.js';
import type { AllianceEventInput } from './alliance.inputs.js';
import { RegistrationService } from './registration.service.js';
import { ALLIANCE_MESSAGES as M } from './alliance.messages.js';
import { eventCountRowsJson, eventCountsOf, type EventCountRow } from './alliance.loaders.js';

export interface EventFilter {
  status?: AllianceEventStatus | null;
  kind?: AllianceEventKind | null;
  /** Events that end after this instant. */
  from?: Date | null;
  /** Events that start before this instant. */
  to?: Date | null;
}

interface CleanEvent {
  fields: Omit<AllianceEvent, 'id' | 'status' | 'sequence' | 'createdBy' | 'createdAt' | 'updatedAt' | 'reservedSeatsReleasedAt' | 'cancelReason' | 'reservedSeatsReleaseAt'>;
  quotas: { organisationId: string; seats: number }[];
}

const MAX_CAPACITY = 5000;
const eventLink = (id: string) => `/alliance/events/${id}`;

/** Coordinators post and run events; everyone else reads the published ones. */
export class AllianceEventService {
  constructor(
    private readonly em: EntityManager,
    private readonly registrations: RegistrationService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * A page of events by start time, as plain rows (no entities: issue 13), with the total in the
   * same statement, read on the pool's connection (readRows). Keyset paging on (starts_at, id): an
   * event added or moved while someone pages makes no one skip or see another twice; older
   * position cursors still work (`offset`). `withCounts`: each event's registrations grouped as
   * the counts loader groups them, in this statement instead of a second one; `withDescriptions`:
   * the long texts, which a list screen seldom shows (without them, their fields load them).
   */
  async list(viewer: Viewer | null, filter: EventFilter, window: KeysetWindow, { withCounts = false, withDescriptions = false } = {}): Promise<{ rows: (AllianceEventView & { sortKey: string })[]; total: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    // A parameter's placeholder ($1, $2…): the where clause serves the page and its total alike.
    const param = (value: unknown) => `$${params.push(value)}`;
    // Drafts are the coordinators'; anyone else asking for them gets the events they may see.
    const status = runsAlliance(viewer) || filter.status !== AllianceEventStatus.DRAFT ? filter.status : null;
    if (status) conditions.push(`status = ${param(status)}`);
    else if (!runsAlliance(viewer)) conditions.push(`status <> ${param(AllianceEventStatus.DRAFT)}`);
    if (filter.kind) conditions.push(`kind = ${param(filter.kind)}`);
    if (filter.from) conditions.push(`ends_at > ${param(filter.from)}`);
    if (filter.to) conditions.push(`starts_at < ${param(filter.to)}`);
    const where = conditions.length ? conditions.join(' and ') : 'true';
    // The where clause's own parameters come first: the count of an empty page takes only them.
    const whereParams = params.length;
    const after = window.after;
    const keyset = after ? ` and (starts_at, id) > (${keysetTime(param(after.key))}, ${param(after.id)}::uuid)` : '';
    const more = `${withDescriptions ? `, ${EVENT_DESCRIPTION_COLUMNS}` : ''}${withCounts ? `, ${eventCountRowsJson('alliance_events.id')} as count_rows` : ''}`;
    const rows = await readRows<AllianceEventRow & { sort_key: string; total: string; count_rows?: EventCountRow[] | null }>(this.em,
      `select ${EVENT_COLUMNS}, ${keysetKey('starts_at')} as sort_key, (select count(*) from alliance_events where ${where}) as total${more}
         from alliance_events
        where ${where}${keyset}
        order by starts_at, id
        offset ${param(window.offset)} limit ${param(window.limit + 1)}`,
      params,
    );
    // An empty page has no row to carry the total (past the end, or `first: 0`).
    const [first] = rows;
    const total = first ? Number(first.total) : Number(theRow(await readRows<{ n: string }>(this.em, `select count(*) as n from alliance_events where ${where}`, params.slice(0, whereParams)), 'count of events').n);
    return {
      rows: rows.map((r) => Object.assign(eventView(r), { sortKey: r.sort_key }, withCounts ? { counts: eventCountsOf(r.count_rows ?? []) } : {})),
      total,
    };
  }

  async getOrFail(viewer: Viewer | null, id: string): Promise<AllianceEvent> {
    const event = await this.em.findOne(AllianceEvent, id);
    if (!event || !canSeeEvent(viewer, event)) throw DomainError.notFound(M.event);
    return event;
  }

  private async clean(input: AllianceEventInput): Promise<CleanEvent> {
    const errors = new FieldErrors();
    // The trimmed text ('' when there is none, refused when it is required).
    const text = (field: keyof AllianceEventInput, raw: string | null | undefined, label: LocalisedText, max: number, mandatory = true) => {
      const value = raw?.trim() ?? '';
      if (!value && mandatory) errors.addText(`input.${field}`, UserErrorCode.REQUIRED, M.missing(label));
      else if (value.length > max) errors.addText(`input.${field}`, UserErrorCode.TOO_LONG, M.tooLong(label, max));
      return value;
    };
    const titleZh = text('titleZh', input.titleZh, M.eventTitleZh, 100);
    // English is optional: an event held only in Chinese has none, and English readers see the Chinese.
    const titleEn = text('titleEn', input.titleEn, M.eventTitleEn, 150, false);
    const descriptionZh = text('descriptionZh', input.descriptionZh, M.eventDescriptionZh, 4000);
    const descriptionEn = text('descriptionEn', input.descriptionEn, M.eventDescriptionEn, 6000, false);
    const venueZh = text('venueZh', input.venueZh, M.eventVenueZh, 200, false) || null;
    const venueEn = text('venueEn', input.venueEn, M.eventVenueEn, 300, false) || null;

    const valid = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());
    for (const key of ['startsAt', 'endsAt', 'registrationOpensAt', 'registrationClosesAt'] as const) {
      if (!valid(input[key])) errors.addText(`input.${key}`, UserErrorCode.INVALID, M.invalidTime);
    }
    if (errors.isEmpty) {
      if (input.endsAt <= input.startsAt) errors.addText('input.endsAt', UserErrorCode.INVALID, M.endsBeforeStart);
      if (input.registrationClosesAt <= input.registrationOpensAt) {
        errors.addText('input.registrationClosesAt', UserErrorCode.INVALID, M.registrationClosesBeforeOpening);
      }
      if (input.registrationClosesAt > input.startsAt) {
        errors.addText('input.registrationClosesAt', UserErrorCode.INVALID, M.registrationClosesAfterStart);
      }
    }
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY) {
      errors.addText('input.capacity', UserErrorCode.OUT_OF_RANGE, M.capacityOutOfRange(MAX_CAPACITY));
    }
    const releaseHours = input.reservedSeatsReleaseHours ?? 48;
    if (!Number.isInteger(releaseHours) || releaseHours < 0 || releaseHours > 24 * 60) {
      errors.addText('input.reservedSeatsReleaseHours', UserErrorCode.OUT_OF_RANGE, M.releaseHoursOutOfRange);
    }

    let host: Organisation | null = null;
    if (input.hostOrganisationId) {
      host = await this.em.findOne(Organisation, input.hostOrganisationId);
      if (!host) errors.addText('input.hostOrganisationId', UserErrorCode.NOT_FOUND, M.hostNotFound);
    }
    let cohort: CadreCohort | null = null;
    if (input.cohortId) {
      cohort = await this.em.findOne(CadreCohort, input.cohortId);
      if (!cohort) errors.addText('input.cohortId', UserErrorCode.NOT_FOUND, M.cohortNotFound);
    }

    const quotas = (input.quotas ?? []).map((q) => ({ organisationId: q.organisationId, seats: q.seats }));
    const ids = quotas.map((q) => q.organisationId);
    const members = ids.length ? await this.em.find(Organisation, { id: { $in: ids }, kind: OrganisationKind.ENTERPRISE, allianceMember: true }) : [];
    let reserved = 0;
    quotas.forEach((q, i) => {
      if (!members.some((m) => m.id === q.organisationId)) {
        errors.addText(`input.quotas.${i}.organisationId`, UserErrorCode.NOT_FOUND, M.reservedForNonMember);
      } else if (quotas.findIndex((o) => o.organisationId === q.organisationId) !== i) {
        errors.addText(`input.quotas.${i}.organisationId`, UserErrorCode.DUPLICATE, M.reservedTwiceForOne);
      }
      if (!Number.isInteger(q.seats) || q.seats < 1) errors.addText(`input.quotas.${i}.seats`, UserErrorCode.OUT_OF_RANGE, M.reserveAtLeastOne);
      else reserved += q.seats;
    });
    if (!errors.has('input.capacity') && reserved > input.capacity) {
      errors.addText('input.quotas', UserErrorCode.OUT_OF_RANGE, M.reservedOverCapacity(reserved));
    }
    errors.throwIfAny();
    return {
      fields: {
        titleZh, titleEn, descriptionZh, descriptionEn, venueZh, venueEn,
        kind: input.kind,
        hostOrganisation: host ? this.em.getReference(Organisation, host.id, { wrapped: true }) : null,
        cohort: cohort ? this.em.getReference(CadreCohort, cohort.id, { wrapped: true }) : null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity,
        registrationOpensAt: input.registrationOpensAt,
        registrationClosesAt: input.registrationClosesAt,
        reservedSeatsReleaseHours: releaseHours,
      },
      quotas,
    };
  }

  async create(viewer: Viewer, input: AllianceEventInput): Promise<AllianceEvent> {
    const { fields, quotas } = await this.clean(input);
    return this.em.transactional(async (em) => {
      const event = em.create(AllianceEvent, { ...fields, createdBy: em.getReference(User, viewer.userId) });
      for (const q of quotas) em.create(EventSeatQuota, { event, organisation: em.getReference(Organisation, q.organisationId), seats: q.seats });
      return event;
    });
  }

  /**
   * Replaces an event's content. Under the event's lock: the new capacity and quotas must still
   * hold everyone seated; added seats go to the waitlist; registrants of a published event are told.
   */
  async update(viewer: Viewer, id: string, input: AllianceEventInput): Promise<AllianceEvent> {
    await this.getOrFail(viewer, id);
    const { fields, quotas } = await this.clean(input);
    return this.em.transactional(async (em) => {
      const desk = await RegistrationService.openFoundDesk(em, id);
      const { event } = desk;
      const errors = new FieldErrors();
      if (event.status === AllianceEventStatus.CANCELLED || event.status === AllianceEventStatus.COMPLETED) {
        errors.addText(null, UserErrorCode.INVALID_STATE, M.eventClosedToChanges);
      }
      const seated = desk.state.holders;
      if (fields.capacity < seated.length) {
        errors.addText('input.capacity', UserErrorCode.OUT_OF_RANGE, M.capacityBelowSeated(seated.length));
      }
      if (!event.reservedSeatsReleasedAt) {
        const reservedSum = quotas.reduce((s, q) => s + q.seats, 0);
        const openHeld = seated.filter((h) => h.seat === SeatKind.OPEN).length;
        quotas.forEach((q, i) => {
          const held = seated.filter((h) => h.seat === SeatKind.RESERVED && h.organisationId === q.organisationId).length;
          if (q.seats < held) errors.addText(`input.quotas.${i}.seats`, UserErrorCode.OUT_OF_RANGE, M.quotaBelowHeld(held));
        });
        const dropped = seated.filter((h) => h.seat === SeatKind.RESERVED && !quotas.some((q) => q.organisationId === h.organisationId));
        if (dropped.length) errors.addText('input.quotas', UserErrorCode.INVALID_STATE, M.quotaInUseRemoved);
        if (!errors.has('input.capacity') && openHeld > fields.capacity - reservedSum) {
          errors.addText('input.quotas', UserErrorCode.OUT_OF_RANGE, M.openSeatsTaken);
        }
      }
      errors.throwIfAny();

      Object.assign(event, fields);
      if (event.status === AllianceEventStatus.PUBLISHED) event.sequence += 1;
      const existing = await em.find(EventSeatQuota, { event: id });
      for (const old of existing) if (!quotas.some((q) => q.organisationId === old.organisation.id)) em.remove(old);
      for (const q of quotas) {
        const old = existing.find((e) => e.organisation.id === q.organisationId);
        if (old) old.seats = q.seats;
        else em.create(EventSeatQuota, { event, organisation: em.getReference(Organisation, q.organisationId), seats: q.seats });
      }
      await em.flush();
      desk.state.capacity = fields.capacity;
      desk.state.quotas = new Map(quotas.map((q) => [q.organisationId, q.seats]));
      if (event.status === AllianceEventStatus.PUBLISHED) {
        await RegistrationService.releaseIfDue(em, desk, new Date());
        await this.registrations.fillSeats(em, desk);
        const involved = desk.rows.filter((r) => r.status !== RegistrationStatus.CANCELLED).map((r) => r.person.id);
        this.notifications.within(em).notify(involved, {
          kind: 'alliance.event.updated',
          title: M.eventChangedTitle(event),
          body: M.eventChangedBody(event, event.startsAt),
          link: eventLink(event.id),
        });
      }
      return event;
    });
  }

  async publish(viewer: Viewer, id: string): Promise<AllianceEvent> {
    return this.transition(viewer, id, [AllianceEventStatus.DRAFT], AllianceEventStatus.PUBLISHED);
  }

  async complete(viewer: Viewer, id: string, now = new Date()): Promise<AllianceEvent> {
    const event = await this.getOrFail(viewer, id);
    if (now < event.startsAt) {
      new FieldErrors().addText(null, UserErrorCode.INVALID_STATE, M.completedBeforeStart).throwIfAny();
    }
    return this.transition(viewer, id, [AllianceEventStatus.PUBLISHED], AllianceEventStatus.COMPLETED);
  }

  /** Cancels the event and tells everyone involved: the seated, the waiting, and the HR who signed them up. */
  async cancel(viewer: Viewer, id: string, reason: string | null): Promise<AllianceEvent> {
    const why = reason?.trim() || null;
    if (why && why.length > 500) {
      new FieldErrors().addText('reason', UserErrorCode.TOO_LONG, M.cancelReasonTooLong).throwIfAny();
    }
    return this.transition(viewer, id, [AllianceEventStatus.DRAFT, AllianceEventStatus.PUBLISHED], AllianceEventStatus.CANCELLED, async (em, event, rows) => {
      event.cancelReason = why;
      const involved = rows.filter((r) => r.status !== RegistrationStatus.CANCELLED).flatMap((r) => [r.person.id, r.registeredBy.id]);
      this.notifications.within(em).notify(involved, {
        kind: 'alliance.event.cancelled',
        title: M.eventCancelledTitle(event),
        body: M.eventCancelledBody(event, event.startsAt, why),
        link: eventLink(event.id),
      });
    });
  }

  private async transition(
    viewer: Viewer,
    id: string,
    from: AllianceEventStatus[],
    to: AllianceEventStatus,
    also?: (em: EntityManager, event: AllianceEvent, rows: EventRegistration[]) => Promise<void>,
  ): Promise<AllianceEvent> {
    await this.getOrFail(viewer, id);
    return this.em.transactional(async (em) => {
      const desk = await RegistrationService.openFoundDesk(em, id);
      if (!from.includes(desk.event.status)) {
        new FieldErrors().addText(null, UserErrorCode.INVALID_STATE, M.notInThisStatus).throwIfAny();
      }
      desk.event.status = to;
      if (to !== AllianceEventStatus.PUBLISHED) desk.event.sequence += 1;
      if (also) await also(em, desk.event, desk.rows);
      return desk.event;
    });
  }
}
