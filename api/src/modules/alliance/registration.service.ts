import { randomInt } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { shanghaiClock } from '../../core/time/shanghai.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import type { NotificationService } from '../notification/index.js';
import { TalentProfile } from '../talent/index.js';
import { canSeeEvent, canSeeRegistration, EVENT, PERSON, REGISTRATION, runsAlliance } from './alliance-access.js';
import { AllianceEvent, EventSeatQuota, titleForEnglish } from './alliance-event.entity.js';
import { AllianceEventStatus, CadreNominationStatus, RegistrationStatus } from './alliance.enums.js';
import { CadreNomination } from './cadre.entity.js';
import { EventRegistration } from './event-registration.entity.js';
import { promoteFromWaitlist, rebalance, seatFor, type SeatState } from './seat-rules.js';

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

  static stateOf(event: AllianceEvent, rows: EventRegistration[], quotas: EventSeatQuota[]): SeatState {
    return {
      capacity: event.capacity,
      quotas: new Map(quotas.map((q) => [q.organisation.id, q.seats])),
      released: event.reservedSeatsReleasedAt != null,
      holders: rows.filter((r) => r.status === RegistrationStatus.REGISTERED).map((r) => ({ id: r.id, organisationId: r.organisation?.id ?? null, seat: r.seat! })),
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
    for (const moved of rebalance(desk.state)) byId.get(moved.id)!.seat = moved.seat;
    // Each step is flushed on its own: the trigger checks the seats after every statement.
    await em.flush();
    const waiting = desk.rows.filter((r) => r.status === RegistrationStatus.WAITLISTED).map((r) => ({ id: r.id, organisationId: r.organisation?.id ?? null }));
    const promoted = promoteFromWaitlist(desk.state, waiting).map(({ id, seat }) => {
      const row = byId.get(id)!;
      row.status = RegistrationStatus.REGISTERED;
      row.seat = seat;
      return row;
    });
    const { event } = desk;
    for (const row of promoted) {
      this.notifications.within(em).notify([row.person.id, row.registeredBy.id], {
        kind: 'alliance.registration.promoted',
        title: { zh: `候补成功：${event.titleZh}`, en: `You have a seat: ${titleForEnglish(event)}` },
        body: {
          zh: `有人取消或座位已释放，您已从候补转为正式报名「${event.titleZh}」。签到码见活动页面。`,
          en: `A seat came free and you moved from the waitlist to registered for "${titleForEnglish(event)}". Your check-in code is on the event page.`,
        },
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
      throw new UserInputErrors([{ field: 'personIds', code: UserErrorCode.REQUIRED, message: { zh: '请选择要报名的员工。', en: 'Choose the staff to register.' } }]);
    }
    if (ids.length > 50) {
      throw new UserInputErrors([{ field: 'personIds', code: UserErrorCode.TOO_LONG, message: { zh: '一次最多报名 50 人。', en: 'Register at most 50 people at once.' } }]);
    }
    const profiles = await this.em.find(TalentProfile, { user: { $in: ids }, employer: viewer.organisationId });
    // Someone else's staff answer exactly like someone who does not exist.
    if (profiles.length !== ids.length) throw DomainError.notFound(PERSON);
    return ids.map((userId) => ({ userId, organisationId: viewer.organisationId }));
  }

  async register(viewer: Viewer, eventId: string, personIds: string[] | null, now = new Date()): Promise<EventRegistration[]> {
    const people = await this.registrants(viewer, personIds);
    const visible = await this.em.findOne(AllianceEvent, eventId);
    if (!visible || !canSeeEvent(viewer, visible)) throw DomainError.notFound(EVENT);
    const field = (i: number) => (viewer.role === Role.TALENT ? 'eventId' : `personIds.${i}`);
    try {
      return await this.em.transactional(async (em) => {
        const desk = (await RegistrationService.openDesk(em, eventId))!;
        const { event } = desk;
        const errors = new FieldErrors();
        if (event.status !== AllianceEventStatus.PUBLISHED) {
          errors.add('eventId', UserErrorCode.INVALID_STATE, '该活动当前不接受报名。', 'This event is not taking registrations.');
        } else if (now < event.registrationOpensAt) {
          errors.add('eventId', UserErrorCode.INVALID_STATE, '报名尚未开始。', 'Registration has not opened yet.');
        } else if (now > event.registrationClosesAt) {
          errors.add('eventId', UserErrorCode.INVALID_STATE, '报名已截止。', 'Registration has closed.');
        }
        if (event.cohort) {
          const selected = await em.find(CadreNomination, { cohort: event.cohort.id, status: CadreNominationStatus.SELECTED, person: { $in: people.map((p) => p.userId) } });
          people.forEach((p, i) => {
            if (!selected.some((n) => n.person.id === p.userId)) {
              errors.add(field(i), UserErrorCode.INVALID_STATE, '该课程仅限干部培养交流批次入选人员。', 'Only people selected for this cadre exchange cohort may attend its sessions.');
            }
          });
        }
        people.forEach((p, i) => {
          const existing = desk.rows.find((r) => r.person.id === p.userId);
          if (existing && existing.status !== RegistrationStatus.CANCELLED) {
            errors.add(field(i), UserErrorCode.DUPLICATE,
              existing.status === RegistrationStatus.REGISTERED ? '已报名此活动。' : '已在此活动的候补名单中。',
              existing.status === RegistrationStatus.REGISTERED ? 'Already registered for this event.' : 'Already on this event\'s waitlist.');
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
        throw new UserInputErrors([{ field: 'eventId', code: UserErrorCode.DUPLICATE, message: { zh: '已报名此活动。', en: 'Already registered for this event.' } }]);
      }
      throw error;
    }
  }

  /** Cancels a sign-up (the person, their HR or a coordinator) and gives the seat to the waitlist. */
  async cancel(viewer: Viewer, registrationId: string, now = new Date()): Promise<EventRegistration> {
    const found = await this.visibleOrFail(viewer, registrationId);
    return this.em.transactional(async (em) => {
      const desk = (await RegistrationService.openDesk(em, found.event.id))!;
      const row = desk.rows.find((r) => r.id === registrationId)!;
      const errors = new FieldErrors();
      if (row.status === RegistrationStatus.CANCELLED) {
        errors.add('registrationId', UserErrorCode.INVALID_STATE, '该报名已取消。', 'This registration is already cancelled.');
      } else if (desk.event.status !== AllianceEventStatus.PUBLISHED || now >= desk.event.startsAt) {
        errors.add('registrationId', UserErrorCode.INVALID_STATE, '活动已开始或已结束，不能取消报名。', 'The event has started or ended; the registration can no longer be cancelled.');
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
          title: { zh: `报名已取消：${desk.event.titleZh}`, en: `Registration cancelled: ${titleForEnglish(desk.event)}` },
          body: { zh: '您的活动报名已由人事或联盟协调人取消。', en: 'Your registration was cancelled by your HR or an alliance coordinator.' },
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
      if (!desk) throw DomainError.notFound(EVENT);
      if (desk.event.status !== AllianceEventStatus.PUBLISHED) {
        throw new UserInputErrors([{ field: 'eventId', code: UserErrorCode.INVALID_STATE, message: { zh: '只有已发布的活动可以释放预留座位。', en: 'Only a published event can release its reserved seats.' } }]);
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
        const desk = (await RegistrationService.openDesk(em, id))!;
        await RegistrationService.releaseIfDue(em, desk, now);
        if (desk.state.released) await this.fillSeats(em, desk);
      });
    }
    return due.map((d) => d.id);
  }

  // ---- reading -----------------------------------------------------------------------------

  async visibleOrFail(viewer: Viewer | null, registrationId: string): Promise<EventRegistration> {
    const row = await this.em.findOne(EventRegistration, registrationId);
    if (!row || !canSeeRegistration(viewer, row)) throw DomainError.notFound(REGISTRATION);
    return row;
  }

  /** Coordinators see everyone's, HR their enterprise's, anyone else only their own. */
  listForEvent(viewer: Viewer, event: { id: string }, status: RegistrationStatus | null, window: PageWindow): Promise<[EventRegistration[], number]> {
    const where: Record<string, unknown> = { event: event.id };
    if (status) where.status = status;
    if (!runsAlliance(viewer)) {
      if (viewer.role === Role.ENTERPRISE_HR && viewer.organisationId) where.organisation = viewer.organisationId;
      else where.person = viewer.userId;
    }
    return this.em.findAndCount(EventRegistration, where, { orderBy: { queueNumber: 'asc' }, offset: window.offset, limit: window.limit });
  }

  listMine(viewer: Viewer, window: PageWindow): Promise<[EventRegistration[], number]> {
    return this.em.findAndCount(EventRegistration, { person: viewer.userId, status: { $ne: RegistrationStatus.CANCELLED } }, {
      orderBy: { event: { startsAt: 'desc' }, id: 'asc' }, offset: window.offset, limit: window.limit,
    });
  }

  // ---- at the door and after ---------------------------------------------------------------

  /** Records attendance once, from the code on the person's phone or print-out. */
  async checkIn(viewer: Viewer, eventId: string, rawCode: string, now = new Date()): Promise<EventRegistration> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    const event = await this.em.findOne(AllianceEvent, eventId);
    if (!event) throw DomainError.notFound(EVENT);
    const code = normaliseCheckInCode(rawCode);
    const errors = new FieldErrors();
    if (event.status !== AllianceEventStatus.PUBLISHED && event.status !== AllianceEventStatus.COMPLETED) {
      errors.add('eventId', UserErrorCode.INVALID_STATE, '该活动不能签到。', 'This event does not take check-ins.');
    } else if (now.getTime() < event.startsAt.getTime() - CHECK_IN_OPENS_HOURS_BEFORE * 3600_000) {
      errors.add('eventId', UserErrorCode.INVALID_STATE, `签到在活动开始前 ${CHECK_IN_OPENS_HOURS_BEFORE} 小时开放。`, `Check-in opens ${CHECK_IN_OPENS_HOURS_BEFORE} hours before the start.`);
    }
    errors.throwIfAny();
    const row = code.length === 8 ? await this.em.findOne(EventRegistration, { event: event.id, checkInCode: code }) : null;
    if (!row) errors.add('code', UserErrorCode.NOT_FOUND, '此活动没有这个签到码，请核对。', 'No registration for this event has that code; please check it.');
    else if (row.status !== RegistrationStatus.REGISTERED) {
      errors.add('code', UserErrorCode.INVALID_STATE,
        row.status === RegistrationStatus.WAITLISTED ? '此人仍在候补名单中，未获得座位。' : '此报名已取消。',
        row.status === RegistrationStatus.WAITLISTED ? 'This person is still on the waitlist and has no seat.' : 'This registration was cancelled.');
    }
    errors.throwIfAny();
    // One atomic statement: two doors scanning the same code record one attendance.
    const updated = await this.em.nativeUpdate(EventRegistration, { id: row!.id, checkedInAt: null }, { checkedInAt: now, checkedInBy: viewer.userId });
    if (updated === 0) {
      await this.em.refresh(row!);
      const at = shanghaiClock(row!.checkedInAt!);
      throw new UserInputErrors([{ field: 'code', code: UserErrorCode.DUPLICATE, message: { zh: `此人已于 ${at} 签到。`, en: `Already checked in at ${at}.` } }]);
    }
    await this.em.refresh(row!);
    return row!;
  }

  /** The person who attended rates the event once, 1–5, with an optional comment. */
  async giveFeedback(viewer: Viewer, registrationId: string, rating: number, comment: string | null, now = new Date()): Promise<EventRegistration> {
    const row = await this.em.findOne(EventRegistration, { id: registrationId, person: viewer.userId });
    if (!row) throw DomainError.notFound(REGISTRATION);
    const event = await this.em.findOneOrFail(AllianceEvent, row.event.id);
    const errors = new FieldErrors();
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) errors.add('rating', UserErrorCode.OUT_OF_RANGE, '评分须为 1 到 5。', 'The rating must be from 1 to 5.');
    const text = comment?.trim() || null;
    if (text && text.length > 1000) errors.add('comment', UserErrorCode.TOO_LONG, '意见最多 1000 字。', 'The comment can have at most 1,000 characters.');
    if (!row.checkedInAt || now < event.startsAt) {
      errors.add(null, UserErrorCode.INVALID_STATE, '签到参加活动后才能评价。', 'Feedback opens once you have attended the event.');
    }
    errors.throwIfAny();
    const updated = await this.em.nativeUpdate(EventRegistration, { id: row.id, feedbackRating: null }, { feedbackRating: rating, feedbackComment: text, feedbackAt: now });
    if (updated === 0) {
      throw new UserInputErrors([{ field: null, code: UserErrorCode.DUPLICATE, message: { zh: '您已评价过此活动。', en: 'You have already given feedback on this event.' } }]);
    }
    await this.em.refresh(row);
    return row;
  }
}
