import { randomInt } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode } from '../../core/errors/domain-error.js';
import { keysetKey, KeysetOrder, type KeysetWindow } from '../../core/graphql/pagination.js';
import { keysetEntities, type KeysetEntities } from '../../core/db/keyset-page.js';
import { shanghaiClock } from '../../core/time/shanghai.js';
import { Role } from '../../core/auth/role.js';
import { required } from '../../core/required.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import type { NotificationService } from '../notification/index.js';
import { TalentProfile } from '../talent/index.js';
import { canSeeEvent, canSeeRegistration, runsAlliance } from './alliance-access.js';
import { AllianceEvent, EventSeatQuota } from './alliance-event.entity.js';
import { AllianceEventStatus, CadreNominationStatus, RegistrationStatus } from './alliance.enums.js';
import { CadreNomination } from './cadre.entity.js';
import { EventRegistration } from './event-registration.entity.js';
import { promoteFromWaitlist, rebalance, seatFor, type SeatState } from './seat-rules.js';
import { ALLIANCE_MESSAGES as M } from './alliance.messages.js';

const IN_QUEUE_ORDER = new KeysetOrder([{ int: 'r.queue_number' }], 'r.id');
// The latest event first, then by id as before: the start time negated, so the order stays ascending.
const LATEST_EVENT_FIRST = new KeysetOrder([{ int: `-${keysetKey('e.starts_at')}` }], 'r.id');

/** Letters and digits that cannot be mistaken for one another when read out or typed. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CHECK_IN_OPENS_HOURS_BEFORE = 24;

export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
  return code;
}

/** `k7qx 94mb`, `K7QX-94MB` → `K7QX94MB`. */
export function normaliseCheckInCode(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function formatCheckInCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

interface Registrant {
  userId: string;
  organisationId: string | null;
}

/** One event's seats as read under its lock. */
interface Desk {
  event: AllianceEvent;
  rows: EventRegistration[];
  state: SeatState;
}

const eventLink = (id: string) => `/alliance/events/${id}`;

/**
 * Registration, waitlist, check-in and feedback. Every change to an event's seats runs in one
 * transaction that first locks the event row (`select … for update`), so sign-ups for the same
 * event queue up one after another; the database's own constraints and trigger refuse anything
 * that would still break the rules.
 */
export class RegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
  ) {}

  // ---- the lock and the seats ------------------------------------------------------------

  /** Locks the event row until the transaction ends and reads its seats afresh. */
  static async openDesk(em: EntityManager, eventId: string): Promise<Desk | null> {
    const event = await em.findOne(AllianceEvent, eventId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!event) return null;
    const rows = await em.find(EventRegistration, { event: eventId }, { orderBy: { queueNumber: 'asc' }, refresh: true });
    const quotas = await em.find(EventSeatQuota, { event: eventId }, { refresh: true });
    return { event, rows, state: RegistrationService.stateOf(event, rows, quotas) };
  }

  /** `openDesk` for an event found (and its access checked) before the transaction. */
  static async openFoundDesk(em: EntityManager, eventId: string): Promise<Desk> {
    return required(await RegistrationService.openDesk(em, eventId), `event ${eventId} (found before its lock)`);
  }

  static stateOf(event: AllianceEvent, rows: EventRegistration[], quotas: EventSeatQuota[]): SeatState {
    return {
      capacity: event.capacity,
      quotas: new Map(quotas.map((q) => [q.organisation.id, q.seats])),
      released: event.reservedSeatsReleasedAt != null,
      holders: rows.filter((r) => r.status === RegistrationStatus.REGISTERED).map((r) => ({ id: r.id, organisationId: r.organisation?.id ?? null, seat: required(r.seat, 'seat of a registered registration') })),
    };
  }

  /**
   * At the release time, unused reserved seats go to everyone (checked lazily under the lock, and
   * by the sweeper). The release is written at once: the seats trigger reads it from the event
   * row, and a later flush would insert new sign-ups before updating the event, so open seats
   * taken after the release would be counted against the reservations (issue 10 item 11).
   */
  static async releaseIfDue(em: EntityManager, desk: Desk, now: Date): Promise<void> {
    const { event } = desk;
    if (event.reservedSeatsReleasedAt || event.status !== AllianceEventStatus.PUBLISHED || now < event.reservedSeatsReleaseAt) return;
    event.reservedSeatsReleasedAt = now;
    desk.state.released = true;
    await em.flush();
  }

  /**
   * Fills free seats: an enterprise's open-seat holders first move onto its freed reserved seats,
   * then the waitlist is served in order. Promoted people (and the HR who signed them up) are told.
   */
  async fillSeats(em: EntityManager, desk: Desk): Promise<EventRegistration[]> {
    const byId = new Map(desk.rows.map((r) => [r.id, r]));
    for (const moved of rebalance(desk.state)) required(byId.get(moved.id), `registration ${moved.id} on the desk`).seat = moved.seat;
    // Each step is flushed on its own: the trigger checks the seats after every statement.
    await em.flush();
    const waiting = desk.rows.filter((r) => r.status === RegistrationStatus.WAITLISTED).map((r) => ({ id: r.id, organisationId: r.organisation?.id ?? null }));
    const promoted = promoteFromWaitlist(desk.state, waiting).map(({ id, seat }) => {
      const row = required(byId.get(id), `registration ${id} on the desk`);
      row.status = RegistrationStatus.REGISTERED;
      row.seat = seat;
      return row;
    });
    const { event } = desk;
    for (const row of promoted) {
      this.notifications.within(em).notify([row.person.id, row.registeredBy.id], {
        kind: 'alliance.registration.promoted',
        title: M.promotedTitle(event),
        body: M.promotedBody(event),
        link: eventLink(event.id),
      });
    }
    await em.flush();
    return promoted;
  }

  // ---- signing up ------------------------------------------------------------------------

  /** Talent sign themselves up; HR sign up their own enterprise's staff. */
  private async registrants(viewer: Viewer, personIds: string[] | null): Promise<Registrant[]> {
    if (viewer.role === Role.TALENT) {
      const profile = await this.em.findOne(TalentProfile, { user: viewer.userId });
      return [{ userId: viewer.userId, organisationId: profile?.employer?.id ?? null }];
    }
    if (viewer.role !== Role.ENTERPRISE_HR || !viewer.organisationId) throw DomainError.forbidden();
    const ids = [...new Set(personIds ?? [])];
    if (ids.length === 0) {
      throw oneUserError('personIds', UserErrorCode.REQUIRED, M.chooseStaffToRegister);
    }
    if (ids.length > 50) {
      throw oneUserError('personIds', UserErrorCode.TOO_LONG, M.tooManyAtOnce);
    }
    const profiles = await this.em.find(TalentProfile, { user: { $in: ids }, employer: viewer.organisationId });
    // Someone else's staff answer exactly like someone who does not exist.
    if (profiles.length !== ids.length) throw DomainError.notFound(M.person);
    return ids.map((userId) => ({ userId, organisationId: viewer.organisationId }));
  }

  async register(viewer: Viewer, eventId: string, personIds: string[] | null, now = new Date()): Promise<EventRegistration[]> {
    const people = await this.registrants(viewer, personIds);
    const visible = await this.em.findOne(AllianceEvent, eventId);
    if (!visible || !canSeeEvent(viewer, visible)) throw DomainError.notFound(M.event);
    const field = (i: number) => (viewer.role === Role.TALENT ? 'eventId' : `personIds.${i}`);
    try {
      return await this.em.transactional(async (em) => {
        const desk = await RegistrationService.openFoundDesk(em, eventId);
        const { event } = desk;
        const errors = new FieldErrors();
        if (event.status !== AllianceEventStatus.PUBLISHED) {
          errors.addText('eventId', UserErrorCode.INVALID_STATE, M.notTakingRegistrations);
        } else if (now < event.registrationOpensAt) {
          errors.addText('eventId', UserErrorCode.INVALID_STATE, M.registrationNotOpen);
        } else if (now > event.registrationClosesAt) {
          errors.addText('eventId', UserErrorCode.INVALID_STATE, M.registrationClosed);
        }
        if (event.cohort) {
          const selected = await em.find(CadreNomination, { cohort: event.cohort.id, status: CadreNominationStatus.SELECTED, person: { $in: people.map((p) => p.userId) } });
          people.forEach((p, i) => {
            if (!selected.some((n) => n.person.id === p.userId)) {
              errors.addText(field(i), UserErrorCode.INVALID_STATE, M.cohortSessionOnly);
            }
          });
        }
        people.forEach((p, i) => {
          const existing = desk.rows.find((r) => r.person.id === p.userId);
          if (existing && existing.status !== RegistrationStatus.CANCELLED) {
            errors.addText(field(i), UserErrorCode.DUPLICATE, existing.status === RegistrationStatus.REGISTERED ? M.alreadyRegistered : M.alreadyWaitlisted);
          }
        });
        errors.throwIfAny();

        await RegistrationService.releaseIfDue(em, desk, now);
        let queueNumber = desk.rows.reduce((max, r) => Math.max(max, r.queueNumber), 0);
        const result: EventRegistration[] = [];
        for (const person of people) {
          const seat = seatFor(desk.state, person.organisationId);
          let row = desk.rows.find((r) => r.person.id === person.userId);
          if (!row) {
            row = em.create(EventRegistration, {
              event,
              person: em.getReference(User, person.userId),
              status: RegistrationStatus.WAITLISTED,
              queueNumber: 0,
              registeredBy: em.getReference(User, viewer.userId),
              checkInCode: newCheckInCode(),
            });
            desk.rows.push(row);
          }
          row.status = seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
          row.seat = seat;
          row.queueNumber = ++queueNumber;
          row.organisation = person.organisationId ? em.getReference(Organisation, person.organisationId, { wrapped: true }) : null;
          row.registeredBy = em.getReference(User, viewer.userId, { wrapped: true });
          row.cancelledAt = null;
          if (seat) desk.state.holders.push({ id: row.id, organisationId: person.organisationId, seat });
          result.push(row);
        }
        await em.flush();
        // The release above may have freed seats for people already waiting.
        if (desk.state.released) await this.fillSeats(em, desk);
        return result;
      });
    } catch (error) {
      // The lock makes this unreachable in practice; the unique (event, person) index is the backstop.
      if (error instanceof UniqueConstraintViolationException) {
        throw oneUserError('eventId', UserErrorCode.DUPLICATE, M.alreadyRegistered);
      }
      throw error;
    }
  }

  /** Cancels a sign-up (the person, their HR or a coordinator) and gives the seat to the waitlist. */
  async cancel(viewer: Viewer, registrationId: string, now = new Date()): Promise<EventRegistration> {
    const found = await this.visibleOrFail(viewer, registrationId);
    return this.em.transactional(async (em) => {
      const desk = await RegistrationService.openFoundDesk(em, found.event.id);
      const row = required(desk.rows.find((r) => r.id === registrationId), `registration ${registrationId} (found above)`);
      const errors = new FieldErrors();
      if (row.status === RegistrationStatus.CANCELLED) {
        errors.addText('registrationId', UserErrorCode.INVALID_STATE, M.registrationAlreadyCancelled);
      } else if (desk.event.status !== AllianceEventStatus.PUBLISHED || now >= desk.event.startsAt) {
        errors.addText('registrationId', UserErrorCode.INVALID_STATE, M.tooLateToCancel);
      }
      errors.throwIfAny();
      const hadSeat = row.status === RegistrationStatus.REGISTERED;
      row.status = RegistrationStatus.CANCELLED;
      row.seat = null;
      row.cancelledAt = now;
      desk.state.holders = desk.state.holders.filter((h) => h.id !== row.id);
      await em.flush();
      if (row.person.id !== viewer.userId) {
        this.notifications.within(em).notify([row.person.id], {
          kind: 'alliance.registration.cancelled',
          title: M.registrationCancelledTitle(desk.event),
          body: M.registrationCancelledBody,
          link: eventLink(desk.event.id),
        });
      }
      await RegistrationService.releaseIfDue(em, desk, now);
      if (hadSeat || desk.state.released) await this.fillSeats(em, desk);
      await em.flush();
      return row;
    });
  }

  /** A coordinator hands unused reserved seats to the waitlist now (the sweeper does it at the set time). */
  async releaseReservedSeats(viewer: Viewer, eventId: string, now = new Date()): Promise<AllianceEvent> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    return this.em.transactional(async (em) => {
      const desk = await RegistrationService.openDesk(em, eventId);
      if (!desk) throw DomainError.notFound(M.event);
      if (desk.event.status !== AllianceEventStatus.PUBLISHED) {
        throw oneUserError('eventId', UserErrorCode.INVALID_STATE, M.releaseOnlyPublished);
      }
      if (!desk.event.reservedSeatsReleasedAt) desk.event.reservedSeatsReleasedAt = now;
      desk.state.released = true;
      await this.fillSeats(em, desk);
      return desk.event;
    });
  }

  /** Releases reserved seats of every published event whose release time has come; returns their ids. */
  async releaseDueReservedSeats(now = new Date()): Promise<string[]> {
    const due = await this.em.execute<{ id: string }[]>(
      `select id from alliance_events
        where status = 'PUBLISHED' and reserved_seats_released_at is null
          and starts_at - make_interval(hours => reserved_seats_release_hours) <= ?`,
      [now],
    );
    for (const { id } of due) {
      await this.em.fork().transactional(async (em) => {
        const desk = await RegistrationService.openFoundDesk(em, id);
        await RegistrationService.releaseIfDue(em, desk, now);
        if (desk.state.released) await this.fillSeats(em, desk);
      });
    }
    return due.map((d) => d.id);
  }

  // ---- reading -----------------------------------------------------------------------------

  async visibleOrFail(viewer: Viewer | null, registrationId: string): Promise<EventRegistration> {
    const row = await this.em.findOne(EventRegistration, registrationId);
    if (!row || !canSeeRegistration(viewer, row)) throw DomainError.notFound(M.registration);
    return row;
  }

  /** Coordinators see everyone's, HR their enterprise's, anyone else only their own. */
  private readonly byIds = (ids: string[]) => this.em.find(EventRegistration, { id: { $in: ids } });

  /** An event's registrations in queue order (the order people were taken), by keyset. */
  listForEvent(viewer: Viewer, event: { id: string }, status: RegistrationStatus | null, window: KeysetWindow): Promise<KeysetEntities<EventRegistration>> {
    const where = ['r.event_id = ?'];
    const params: unknown[] = [event.id];
    if (status) { where.push('r.status = ?'); params.push(status); }
    if (!runsAlliance(viewer)) {
      if (viewer.role === Role.ENTERPRISE_HR && viewer.organisationId) { where.push('r.organisation_id = ?'); params.push(viewer.organisationId); }
      else { where.push('r.person_id = ?'); params.push(viewer.userId); }
    }
    return keysetEntities(this.em, this.byIds, { from: 'alliance_event_registrations r', where: where.join(' and '), params }, IN_QUEUE_ORDER, window, 'r.id');
  }

  /** The viewer's registrations (not cancelled), latest event first, by keyset. */
  listMine(viewer: Viewer, window: KeysetWindow): Promise<KeysetEntities<EventRegistration>> {
    return keysetEntities(this.em, this.byIds, {
      from: 'alliance_event_registrations r join alliance_events e on e.id = r.event_id', where: 'r.person_id = ? and r.status <> ?', params: [viewer.userId, RegistrationStatus.CANCELLED],
    }, LATEST_EVENT_FIRST, window, 'r.id');
  }

  // ---- at the door and after ---------------------------------------------------------------

  /** Records attendance once, from the code on the person's phone or print-out. */
  async checkIn(viewer: Viewer, eventId: string, rawCode: string, now = new Date()): Promise<EventRegistration> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    const event = await this.em.findOne(AllianceEvent, eventId);
    if (!event) throw DomainError.notFound(M.event);
    const code = normaliseCheckInCode(rawCode);
    const errors = new FieldErrors();
    if (event.status !== AllianceEventStatus.PUBLISHED && event.status !== AllianceEventStatus.COMPLETED) {
      errors.addText('eventId', UserErrorCode.INVALID_STATE, M.noCheckIns);
    } else if (now.getTime() < event.startsAt.getTime() - CHECK_IN_OPENS_HOURS_BEFORE * 3600_000) {
      errors.addText('eventId', UserErrorCode.INVALID_STATE, M.checkInNotOpen(CHECK_IN_OPENS_HOURS_BEFORE));
    }
    errors.throwIfAny();
    const found = code.length === 8 ? await this.em.findOne(EventRegistration, { event: event.id, checkInCode: code }) : null;
    if (!found) errors.addText('code', UserErrorCode.NOT_FOUND, M.unknownCheckInCode);
    else if (found.status !== RegistrationStatus.REGISTERED) {
      errors.addText('code', UserErrorCode.INVALID_STATE, found.status === RegistrationStatus.WAITLISTED ? M.checkInWhileWaitlisted : M.checkInCancelled);
    }
    errors.throwIfAny();
    const row = required(found, 'registration of the code (refused above when missing)');
    // One atomic statement: two doors scanning the same code record one attendance.
    const updated = await this.em.nativeUpdate(EventRegistration, { id: row.id, checkedInAt: null }, { checkedInAt: now, checkedInBy: viewer.userId });
    if (updated === 0) {
      await this.em.refresh(row);
      const at = shanghaiClock(required(row.checkedInAt, 'check-in time of a registration the update found checked in'));
      throw oneUserError('code', UserErrorCode.DUPLICATE, M.alreadyCheckedIn(at));
    }
    await this.em.refresh(row);
    return row;
  }

  /** The person who attended rates the event once, 1–5, with an optional comment. */
  async giveFeedback(viewer: Viewer, registrationId: string, rating: number, comment: string | null, now = new Date()): Promise<EventRegistration> {
    const row = await this.em.findOne(EventRegistration, { id: registrationId, person: viewer.userId });
    if (!row) throw DomainError.notFound(M.registration);
    const event = await this.em.findOneOrFail(AllianceEvent, row.event.id);
    const errors = new FieldErrors();
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) errors.addText('rating', UserErrorCode.OUT_OF_RANGE, M.ratingOutOfRange);
    const text = comment?.trim() || null;
    if (text && text.length > 1000) errors.addText('comment', UserErrorCode.TOO_LONG, M.commentTooLong);
    if (!row.checkedInAt || now < event.startsAt) {
      errors.addText(null, UserErrorCode.INVALID_STATE, M.feedbackBeforeAttending);
    }
    errors.throwIfAny();
    const updated = await this.em.nativeUpdate(EventRegistration, { id: row.id, feedbackRating: null }, { feedbackRating: rating, feedbackComment: text, feedbackAt: now });
    if (updated === 0) {
      throw oneUserError(null, UserErrorCode.DUPLICATE, M.feedbackAlreadyGiven);
    }
    await this.em.refresh(row);
    return row;
  }
}
