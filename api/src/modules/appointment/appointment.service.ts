import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { cancelJob, enqueueJob } from '../../core/jobs/job-engine.js';
import { DomainError, DomainErrorCode, FieldErrors, oneUserError, UserErrorCode } from '../../core/errors/domain-error.js';
import { isIsoDate } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import type { NotificationService } from '../notification/index.js';
import { Appointment, AppointmentService, CalendarDay, OpeningHours, PointClosure, ServicePoint } from './appointment.entity.js';
import { AppointmentStatus, CalendarDayKind } from './appointment.enums.js';
import { changeDeadline, queueCode, reminderAt, servesAt } from './appointment.rules.js';
import { addDays, shanghaiDay, shanghaiToday } from '../../core/time/shanghai.js';
import { theRow } from '../../core/db/rows.js';
import { thrownCode, thrownField } from '../../core/errors/thrown.js';
import { APPOINTMENT_MESSAGES as M } from './appointment.messages.js';

export const REMIND_JOB = 'appointment.remind-day-before';
export const reminderKey = (appointmentId: string) => `appointment-reminder:${appointmentId}`;

const MAX_RANGE_DAYS = 31;

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  remaining: number;
}

export interface BookInput {
  serviceId: string;
  startsAt: Date;
  personId?: string | null;
  applicationId?: string | null;
}

export interface CalendarDayInput {
  day: string;
  kind: CalendarDayKind;
  nameZh: string;
  nameEn: string;
}

export interface OpeningHoursInput {
  weekday: number;
  opensAt: string;
  closesAt: string;
  capacity: number;
}

/** The PostgreSQL error behind a driver exception, if it names this constraint. */
function violates(error: unknown, constraint: string): boolean {
  const code = thrownCode(error);
  const message = thrownField(error, 'message');
  return (code === '23514' || code === '23505') && (thrownField(error, 'constraint') === constraint || (typeof message === 'string' && message.includes(constraint)));
}

/** Translates the database's refusals of a booking into what the user can fix. */
function bookingRefusal(error: unknown, field: string): never {
  if (violates(error, 'appointment_slot_loads_capacity_check')) {
    throw oneUserError(field, UserErrorCode.OUT_OF_RANGE, M.slotFull);
  }
  if (violates(error, 'appointments_one_active_per_person_service_day')) {
    throw oneUserError(field, UserErrorCode.DUPLICATE, M.oneBookingPerServiceAndDay);
  }
  if (violates(error, 'appointment_queue_counters_number_check')) {
    throw oneUserError(field, UserErrorCode.OUT_OF_RANGE, M.queueNumbersUsedUp);
  }
  throw error;
}

/**
 * Appointments at service points: slots, booking, rescheduling, cancelling, and the day's queue.
 * Places per slot, one active booking per person/service/day and queue numbers are held by the
 * database (see the migration), so the code here checks what it can say nicely and lets the
 * database settle races.
 */
export class AppointmentBookingService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
  ) {}

  services(policyId: string | null): Promise<AppointmentService[]> {
    return this.em.find(AppointmentService, { active: true, ...(policyId ? { policyIds: { $contains: [policyId] } } : {}) }, { orderBy: { nameZh: 'asc', id: 'asc' }, limit: 200 });
  }

  async service(id: string): Promise<AppointmentService> {
    const service = await this.em.findOne(AppointmentService, { id, active: true });
    if (!service) throw DomainError.notFound(M.service);
    return service;
  }

  points(): Promise<ServicePoint[]> {
    return this.em.find(ServicePoint, {}, { orderBy: { nameZh: 'asc' }, limit: 200 });
  }

  /** The points whose day lists the viewer works. */
  async staffPoints(viewer: Viewer): Promise<ServicePoint[]> {
    const points = await this.points();
    return points.filter((p) => servesAt(viewer, p.organisation.id));
  }

  /**
   * Open slots of a service between two Shanghai dates (at most 31 days, clipped to today and the
   * point's booking horizon): no holiday, closure or past slot; adjusted weekend working days
   * open with Monday's hours.
   */
  async slots(serviceId: string, from: string, to: string, now = new Date()): Promise<Slot[]> {
    const service = await this.service(serviceId);
    const point = await this.em.findOneOrFail(ServicePoint, service.point.id);
    const errors = new FieldErrors();
    if (!isIsoDate(from)) errors.addText('from', UserErrorCode.INVALID, M.invalidDate);
    if (!isIsoDate(to)) errors.addText('to', UserErrorCode.INVALID, M.invalidDate);
    if (errors.isEmpty && (to < from || to > addDays(from, MAX_RANGE_DAYS))) errors.addText('to', UserErrorCode.OUT_OF_RANGE, M.rangeTooLong(MAX_RANGE_DAYS));
    if (!errors.isEmpty) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.invalidDateRange);
    const today = shanghaiToday(now);
    const first = from < today ? today : from;
    const horizon = addDays(today, point.bookingDaysAhead);
    const last = to > horizon ? horizon : to;
    if (last < first) return [];
    const rows = await this.em.execute<{ starts_at: Date; capacity: number; booked: number }[]>(
      `with k as (
         select d::date as day, extract(isodow from d)::int as dow, c.kind
           from generate_series(?::date, ?::date, interval '1 day') d
           left join appointment_calendar_days c on c.day = d::date
       ), s as (
         select ((k.day + h.opens_at) at time zone 'Asia/Shanghai') + make_interval(mins => p.slot_minutes * n) as starts_at, h.capacity
           from k
           join appointment_service_points p on p.id = ?
           join appointment_opening_hours h on h.point_id = p.id
            and h.weekday = case when k.kind = 'WORKDAY' and k.dow in (6, 7) then 1 else k.dow end
           cross join lateral generate_series(0, ((extract(epoch from h.closes_at) - extract(epoch from h.opens_at)) / 60 / p.slot_minutes)::int - 1) n
          where k.kind is distinct from 'HOLIDAY'
            and not exists (select 1 from appointment_closures c where c.point_id = p.id and c.closed_on = k.day)
            and extract(epoch from h.opens_at) + p.slot_minutes * 60 * (n + 1) <= extract(epoch from h.closes_at)
       )
       select s.starts_at, s.capacity, coalesce(l.booked, 0) as booked
         from s left join appointment_slot_loads l on l.point_id = ? and l.starts_at = s.starts_at
        where s.starts_at > ?
        order by s.starts_at`,
      [first, last, point.id, point.id, now],
    );
    return rows.map((r) => {
      const startsAt = new Date(r.starts_at);
      return { startsAt, endsAt: new Date(startsAt.getTime() + service.durationMinutes * 60_000), capacity: r.capacity, remaining: Math.max(0, r.capacity - Number(r.booked)) };
    });
  }

  /** The viewer's own appointments, and those they booked for their staff; upcoming first. */
  mine(viewer: Viewer, includePast: boolean, now = new Date()): Promise<Appointment[]> {
    return this.em.find(Appointment, {
      $or: [{ person: viewer.userId }, { bookedBy: viewer.userId }],
      ...(includePast ? {} : { localDay: { $gte: shanghaiToday(now) } }),
    }, { orderBy: { startsAt: 'asc', id: 'asc' }, limit: 200 });
  }

  async get(viewer: Viewer, id: string): Promise<Appointment> {
    const appointment = await this.em.findOne(Appointment, id, { populate: ['point'] });
    if (!appointment || !(await this.canSee(viewer, appointment))) throw DomainError.notFound(M.appointment);
    return appointment;
  }

  async canSee(viewer: Viewer | null, appointment: Appointment): Promise<boolean> {
    if (!viewer) return false;
    if (appointment.person.id === viewer.userId || appointment.bookedBy.id === viewer.userId) return true;
    const point = await this.em.findOneOrFail(ServicePoint, appointment.point.id);
    return servesAt(viewer, point.organisation.id);
  }

  /** Checks a requested slot against the service point's hours, holidays, closures and horizon. */
  private async checkSlot(tx: EntityManager, point: ServicePoint, startsAt: Date, field: string, now: Date): Promise<void> {
    if (startsAt.getTime() <= now.getTime()) throw oneUserError(field, UserErrorCode.OUT_OF_RANGE, M.slotPassed);
    if (shanghaiDay(startsAt) > addDays(shanghaiToday(now), point.bookingDaysAhead)) {
      throw oneUserError(field, UserErrorCode.OUT_OF_RANGE, M.beyondBookingHorizon(point.bookingDaysAhead));
    }
    const [row] = await tx.execute<{ capacity: number }[]>('select appointment_slot_capacity(?, ?) as capacity', [point.id, startsAt]);
    if (!row || Number(row.capacity) <= 0) throw oneUserError(field, UserErrorCode.INVALID, M.notAnOpenSlot);
  }

  /** The next number in the point's queue for that day; rolled back with a refused booking, so numbers have no gaps. */
  private async nextQueueNumber(tx: EntityManager, pointId: string, day: string): Promise<number> {
    const rows = await tx.execute<{ last_number: number }[]>(
      `insert into appointment_queue_counters as c (point_id, day, last_number) values (?, ?, 1)
         on conflict (point_id, day) do update set last_number = c.last_number + 1 returning last_number`,
      [pointId, day],
    );
    return Number(theRow(rows, 'queue counter').last_number);
  }

  private async scheduleReminder(tx: EntityManager, appointmentId: string, localDay: string, now: Date): Promise<void> {
    const at = reminderAt(localDay);
    if (at.getTime() > now.getTime()) await enqueueJob(tx, REMIND_JOB, { appointmentId }, { runAt: at, jobKey: reminderKey(appointmentId) });
    else await cancelJob(tx, reminderKey(appointmentId));
  }

  async book(viewer: Viewer, input: BookInput, now = new Date()): Promise<Appointment> {
    const service = await this.em.findOne(AppointmentService, { id: input.serviceId, active: true });
    if (!service) throw oneUserError('input.serviceId', UserErrorCode.NOT_FOUND, M.serviceNotFound);
    const point = await this.em.findOneOrFail(ServicePoint, service.point.id);
    const personId = await this.personFor(viewer, input.personId ?? null);
    if (input.applicationId) {
      const [own] = await this.em.execute<{ ok: boolean }[]>('select exists (select 1 from applications where id = ? and applicant_id = ?) as ok', [input.applicationId, personId]);
      if (!own?.ok) throw oneUserError('input.applicationId', UserErrorCode.NOT_FOUND, M.applicationNotFound);
    }
    const startsAt = input.startsAt;
    let id: string;
    try {
      id = await this.em.transactional(async (tx) => {
        await this.checkSlot(tx, point, startsAt, 'input.startsAt', now);
        await this.checkNoShows(tx, point, personId, now);
        const localDay = shanghaiDay(startsAt);
        const number = await this.nextQueueNumber(tx, point.id, localDay);
        const inserted = await tx.execute<{ id: string }[]>(
          `insert into appointments (id, service_id, point_id, person_id, booked_by_id, application_id, starts_at, ends_at, local_day, queue_number, queue_code)
           values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
          [service.id, point.id, personId, viewer.userId, input.applicationId ?? null, startsAt, new Date(startsAt.getTime() + service.durationMinutes * 60_000), localDay, number, queueCode(point.queuePrefix, number)],
        );
        const { id: appointmentId } = theRow(inserted, 'insert into appointments');
        await this.scheduleReminder(tx, appointmentId, localDay, now);
        if (personId !== viewer.userId) {
          this.notifications.within(tx).notify([personId], {
            kind: 'appointment.booked_for_you',
            title: M.bookedForYouTitle(service),
            body: M.bookedForYouBody(point, startsAt, queueCode(point.queuePrefix, number)),
            link: '/appointments',
          });
          await tx.flush();
        }
        return appointmentId;
      });
    } catch (error) {
      bookingRefusal(error, 'input.startsAt');
    }
    return this.em.findOneOrFail(Appointment, id, { refresh: true });
  }

  /** Whom a booking is for: the talent themselves, or a talent employed at the HR's enterprise. */
  private async personFor(viewer: Viewer, personId: string | null): Promise<string> {
    if (viewer.role === Role.TALENT) {
      if (personId && personId !== viewer.userId) throw oneUserError('input.personId', UserErrorCode.NOT_FOUND, M.personNotFound);
      return viewer.userId;
    }
    if (viewer.role === Role.ENTERPRISE_HR) {
      if (!personId) throw oneUserError('input.personId', UserErrorCode.REQUIRED, M.chooseStaffMember);
      const [row] = await this.em.execute<{ ok: boolean }[]>(
        `select exists (select 1 from talent_profiles t join users u on u.id = t.user_id where t.user_id = ? and t.employer_id = ? and u.role = 'TALENT') as ok`,
        [personId, viewer.organisationId],
      );
      if (!row?.ok) throw oneUserError('input.personId', UserErrorCode.NOT_FOUND, M.staffMemberNotFound);
      return personId;
    }
    throw DomainError.forbidden();
  }

  /**
   * Repeated no-shows stop new bookings at that point while they are recent: each takes a place
   * another person could have used. Counted per point over its window (90 days by default), so
   * the limit lifts on its own as old no-shows age out.
   */
  private async checkNoShows(tx: EntityManager, point: ServicePoint, personId: string, now: Date): Promise<void> {
    const [row] = await tx.execute<{ n: number }[]>(
      `select count(*)::int as n from appointments where person_id = ? and point_id = ? and status = 'NO_SHOW' and starts_at > ?::timestamptz - make_interval(days => ?)`,
      [personId, point.id, now, point.noShowWindowDays],
    );
    if (Number(row?.n ?? 0) >= point.noShowLimit) {
      throw oneUserError(null, UserErrorCode.INVALID_STATE, M.tooManyNoShows(point.noShowLimit, point.noShowWindowDays));
    }
  }

  /** Locks a booking the viewer made or is booked into, for a change by them. */
  private async lockOwn(tx: EntityManager, viewer: Viewer, id: string): Promise<{ a: Appointment; service: AppointmentService; point: ServicePoint }> {
    const rows = await tx.execute<{ id: string }[]>('select id from appointments where id = ? and (person_id = ? or booked_by_id = ?) for update', [id, viewer.userId, viewer.userId]);
    if (!rows.length) throw DomainError.notFound(M.appointment);
    const a = await tx.findOneOrFail(Appointment, id, { refresh: true });
    const service = await tx.findOneOrFail(AppointmentService, a.service.id);
    const point = await tx.findOneOrFail(ServicePoint, a.point.id);
    return { a, service, point };
  }

  private checkChangeable(a: Appointment, service: AppointmentService, now: Date): void {
    if (a.status !== AppointmentStatus.BOOKED) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.noLongerChangeable);
    if (now.getTime() >= changeDeadline(a.startsAt, service.cancelCutoffMinutes).getTime()) {
      throw oneUserError(null, UserErrorCode.INVALID_STATE, M.pastChangeCutoff(service.cancelCutoffMinutes));
    }
  }

  async reschedule(viewer: Viewer, id: string, startsAt: Date, now = new Date()): Promise<Appointment> {
    try {
      await this.em.transactional(async (tx) => {
        const { a, service, point } = await this.lockOwn(tx, viewer, id);
        this.checkChangeable(a, service, now);
        await this.checkSlot(tx, point, startsAt, 'input.startsAt', now);
        const localDay = shanghaiDay(startsAt);
        // A new day means a place in that day's queue; the same day keeps the number.
        const number = localDay === a.localDay ? a.queueNumber : await this.nextQueueNumber(tx, point.id, localDay);
        await tx.execute(
          `update appointments set starts_at = ?, ends_at = ?, local_day = ?, queue_number = ?, queue_code = ?, sequence = sequence + 1, updated_at = now() where id = ?`,
          [startsAt, new Date(startsAt.getTime() + service.durationMinutes * 60_000), localDay, number, queueCode(point.queuePrefix, number), id],
        );
        await this.scheduleReminder(tx, id, localDay, now);
      });
    } catch (error) {
      bookingRefusal(error, 'input.startsAt');
    }
    return this.em.findOneOrFail(Appointment, id, { refresh: true });
  }

  async cancel(viewer: Viewer, id: string, now = new Date()): Promise<Appointment> {
    await this.em.transactional(async (tx) => {
      const { a, service } = await this.lockOwn(tx, viewer, id);
      this.checkChangeable(a, service, now);
      await tx.execute(`update appointments set status = 'CANCELLED', cancelled_at = ?, sequence = sequence + 1, updated_at = now() where id = ?`, [now, id]);
      await cancelJob(tx, reminderKey(id));
    });
    return this.em.findOneOrFail(Appointment, id, { refresh: true });
  }

  private async staffPoint(viewer: Viewer, pointId: string): Promise<ServicePoint> {
    const point = await this.em.findOne(ServicePoint, pointId);
    if (!point || !servesAt(viewer, point.organisation.id)) throw DomainError.notFound(M.servicePoint);
    return point;
  }

  /** A service point's appointments on one day, in slot and queue order (its staff only). */
  async dayList(viewer: Viewer, pointId: string, day: string): Promise<Appointment[]> {
    const point = await this.staffPoint(viewer, pointId);
    if (!isIsoDate(day)) throw oneUserError('day', UserErrorCode.INVALID, M.invalidDate);
    return this.em.find(Appointment, { point: point.id, localDay: day }, { orderBy: { startsAt: 'asc', queueNumber: 'asc' }, limit: 1000 });
  }

  /**
   * Calls the next person waiting today (earliest slot, then queue number). Two counters calling
   * at once get different people: the row is taken with SKIP LOCKED.
   */
  async callNext(viewer: Viewer, pointId: string, now = new Date()): Promise<Appointment> {
    const point = await this.staffPoint(viewer, pointId);
    const id = await this.em.transactional(async (tx) => {
      const [row] = await tx.execute<{ id: string }[]>(
        `select id from appointments where point_id = ? and local_day = ? and status = 'BOOKED' order by starts_at, queue_number limit 1 for update skip locked`,
        [point.id, shanghaiToday(now)],
      );
      if (!row) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.nobodyWaiting);
      await tx.execute(`update appointments set status = 'CALLED', called_at = ?, updated_at = now() where id = ?`, [now, row.id]);
      return row.id;
    });
    return this.em.findOneOrFail(Appointment, id, { refresh: true });
  }

  /** Served (from called or still booked) or absent (booked or called), today or, for absence, after the day. */
  async mark(viewer: Viewer, id: string, outcome: AppointmentStatus.SERVED | AppointmentStatus.NO_SHOW, now = new Date()): Promise<Appointment> {
    const appointment = await this.em.findOne(Appointment, id);
    if (!appointment) throw DomainError.notFound(M.appointment);
    await this.staffPoint(viewer, appointment.point.id).catch(() => {
      throw DomainError.notFound(M.appointment);
    });
    const today = shanghaiToday(now);
    if (appointment.localDay > today || (outcome === AppointmentStatus.SERVED && appointment.localDay !== today)) {
      throw oneUserError(null, UserErrorCode.INVALID_STATE, M.onlyOnTheDay);
    }
    const column = outcome === AppointmentStatus.SERVED ? 'served_at' : 'no_show_at';
    const rows = await this.em.execute<{ id: string }[]>(
      `update appointments set status = ?, ${column} = ?, updated_at = now() where id = ? and status in ('BOOKED', 'CALLED') returning id`,
      [outcome, now, id],
    );
    if (!rows.length) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.alreadyConcluded);
    return this.em.findOneOrFail(Appointment, id, { refresh: true });
  }

  calendarDays(year: number): Promise<CalendarDay[]> {
    return this.em.find(CalendarDay, { day: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { day: 'asc' } });
  }

  /**
   * Replaces a year's holidays and adjusted working days with the list from the State Council's
   * notice (administrators). Bookings already made on a day that becomes a holiday stay; no new
   * ones are taken.
   */
  async loadCalendar(viewer: Viewer, year: number, days: CalendarDayInput[]): Promise<CalendarDay[]> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const errors = new FieldErrors();
    if (!Number.isInteger(year) || year < 2020 || year > 2100) errors.addText('input.year', UserErrorCode.OUT_OF_RANGE, M.yearOutOfRange);
    if (days.length > 60) errors.addText('input.days', UserErrorCode.TOO_LONG, M.tooManyCalendarDays);
    const seen = new Set<string>();
    days.forEach((d, i) => {
      const f = `input.days.${i}`;
      if (!isIsoDate(d.day) || !d.day.startsWith(`${year}-`)) errors.addText(`${f}.day`, UserErrorCode.INVALID, M.dayOutsideYear(year));
      else if (seen.has(d.day)) errors.addText(`${f}.day`, UserErrorCode.DUPLICATE, M.dayListedTwice);
      seen.add(d.day);
      if (!d.nameZh.trim() || d.nameZh.length > 40) errors.addText(`${f}.nameZh`, UserErrorCode.INVALID, M.dayNameZhLength);
      if (!d.nameEn.trim() || d.nameEn.length > 80) errors.addText(`${f}.nameEn`, UserErrorCode.INVALID, M.dayNameEnLength);
    });
    errors.throwIfAny();
    await this.em.transactional(async (tx) => {
      await tx.execute(`delete from appointment_calendar_days where day between ?::date and ?::date`, [`${year}-01-01`, `${year}-12-31`]);
      for (const d of days) {
        await tx.execute(`insert into appointment_calendar_days (day, kind, name_zh, name_en, is_sample) values (?, ?, ?, ?, false)`, [d.day, d.kind, d.nameZh.trim(), d.nameEn.trim()]);
      }
    });
    this.em.clear();
    return this.calendarDays(year);
  }

  /** Replaces a point's weekly opening hours (its staff or administrators). */
  async setOpeningHours(viewer: Viewer, pointId: string, hours: OpeningHoursInput[]): Promise<ServicePoint> {
    const point = await this.staffPoint(viewer, pointId);
    const errors = new FieldErrors();
    const time = /^([01]\d|2[0-3]):[0-5]\d$/;
    hours.forEach((h, i) => {
      const f = `input.hours.${i}`;
      if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) errors.addText(`${f}.weekday`, UserErrorCode.OUT_OF_RANGE, M.weekdayOutOfRange);
      if (!time.test(h.opensAt)) errors.addText(`${f}.opensAt`, UserErrorCode.INVALID, M.timeFormat);
      if (!time.test(h.closesAt)) errors.addText(`${f}.closesAt`, UserErrorCode.INVALID, M.timeFormat);
      else if (time.test(h.opensAt) && h.closesAt <= h.opensAt) errors.addText(`${f}.closesAt`, UserErrorCode.OUT_OF_RANGE, M.closesBeforeOpening);
      if (!Number.isInteger(h.capacity) || h.capacity < 1 || h.capacity > 100) errors.addText(`${f}.capacity`, UserErrorCode.OUT_OF_RANGE, M.slotPlacesOutOfRange);
      const overlap = hours.findIndex((o, j) => j < i && o.weekday === h.weekday && o.opensAt < h.closesAt && h.opensAt < o.closesAt);
      if (overlap >= 0) errors.addText(`${f}.opensAt`, UserErrorCode.INVALID, M.overlappingHours);
    });
    if (hours.length > 28) errors.addText('input.hours', UserErrorCode.TOO_LONG, M.tooManyIntervals);
    errors.throwIfAny();
    await this.em.transactional(async (tx) => {
      await tx.execute('delete from appointment_opening_hours where point_id = ?', [point.id]);
      for (const h of hours) {
        await tx.execute('insert into appointment_opening_hours (id, point_id, weekday, opens_at, closes_at, capacity) values (gen_random_uuid(), ?, ?, ?, ?, ?)', [point.id, h.weekday, h.opensAt, h.closesAt, h.capacity]);
      }
    });
    return point;
  }

  /** Closes a point for a day (its staff or administrators); existing bookings stay, new ones are refused. */
  async addClosure(viewer: Viewer, pointId: string, day: string, reason: string, now = new Date()): Promise<PointClosure> {
    const point = await this.staffPoint(viewer, pointId);
    const errors = new FieldErrors();
    if (!isIsoDate(day) || day < shanghaiToday(now)) errors.addText('input.day', UserErrorCode.INVALID, M.closureInPast);
    if (!reason.trim() || reason.length > 200) errors.addText('input.reason', UserErrorCode.INVALID, M.closureReasonLength);
    errors.throwIfAny();
    const closure = this.em.create(PointClosure, { point, closedOn: day, reason: reason.trim() });
    try {
      await this.em.flush();
    } catch (error) {
      if (violates(error, 'appointment_closures_point_id_closed_on_unique')) throw oneUserError('input.day', UserErrorCode.DUPLICATE, M.dayAlreadyClosed);
      throw error;
    }
    return closure;
  }

  upcomingClosures(pointId: string, now = new Date()): Promise<PointClosure[]> {
    return this.em.find(PointClosure, { point: pointId, closedOn: { $gte: shanghaiToday(now) } }, { orderBy: { closedOn: 'asc' }, limit: 100 });
  }

  openingHours(pointId: string): Promise<OpeningHours[]> {
    return this.em.find(OpeningHours, { point: pointId }, { orderBy: { weekday: 'asc', opensAt: 'asc' } });
  }
}
