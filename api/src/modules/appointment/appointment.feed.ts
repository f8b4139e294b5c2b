import type { EntityManager } from '@mikro-orm/postgresql';
import type { IcsEvent } from '../../core/calendar/ics.js';
import { required } from '../../core/required.js';
import { Appointment, AppointmentService, ServicePoint } from './appointment.entity.js';
import { AppointmentStatus } from './appointment.enums.js';

/** Cancelled bookings stay in feeds this long, marked CANCELLED, so calendar apps drop them. */
const FEED_DAYS_BACK = 30;

/** A person's appointments as calendar entries: their feed and the single .ics download. */
export async function appointmentCalendarEntries(em: EntityManager, appointments: Appointment[], baseUrl: string): Promise<IcsEvent[]> {
  if (!appointments.length) return [];
  const services = new Map((await em.find(AppointmentService, { id: { $in: [...new Set(appointments.map((a) => a.service.id))] } })).map((s) => [s.id, s]));
  const points = new Map((await em.find(ServicePoint, { id: { $in: [...new Set(appointments.map((a) => a.point.id))] } })).map((p) => [p.id, p]));
  return appointments.map((a) => {
    const service = required(services.get(a.service.id), `service of appointment ${a.id}`);
    const point = required(points.get(a.point.id), `service point of appointment ${a.id}`);
    const url = `${baseUrl}/appointments`;
    const bring = service.documentsZh.length ? `\n请携带 Bring: ${service.documentsZh.join('、')} / ${service.documentsEn.join('; ')}` : '';
    return {
      uid: `appointment-${a.id}@yuepu-hub`,
      sequence: a.sequence,
      summary: `${service.nameZh} / ${service.nameEn} · ${a.queueCode}`,
      description: `${point.nameZh} / ${point.nameEn}\n排队号 Queue number: ${a.queueCode}${bring}\n\n${url}`,
      location: `${point.addressZh} / ${point.addressEn}`,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: a.status === AppointmentStatus.CANCELLED ? 'CANCELLED' : 'CONFIRMED',
      url,
      updatedAt: a.updatedAt,
    };
  });
}

/** Entries for the person's private calendar feed: their bookings from 30 days back on. */
export async function appointmentFeedEntries(em: EntityManager, userId: string, baseUrl: string, now = new Date()): Promise<IcsEvent[]> {
  const appointments = await em.find(Appointment, { person: userId, startsAt: { $gt: new Date(now.getTime() - FEED_DAYS_BACK * 86400_000) } }, { orderBy: { startsAt: 'asc' }, limit: 200 });
  return appointmentCalendarEntries(em, appointments, baseUrl);
}
