import { APPOINTMENT } from '../../../seeds/ids.js';
import type { GraphQLClient, TestApp } from '../../helpers/test-app.js';

export const WINDOW = APPOINTMENT.points[0];
export const BANK1 = APPOINTMENT.points[1];
export const BANK2 = APPOINTMENT.points[2];
/** The window's policy-advice service (30-minute slots, 3 places, cut-off 120 minutes). */
export const WINDOW_SERVICE = APPOINTMENT.services[0];
export const BANK1_SERVICE = APPOINTMENT.services[2];

export const BOOK = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
  appointment { id startsAt endsAt localDay queueCode queueNumber status personName calendarUrl viewerCanChange service { id nameZh } point { id } }
  errors { field code message } } }`;
export const SLOTS = `query($serviceId: UUID!, $from: LocalDate!, $to: LocalDate!) { appointmentSlots(serviceId: $serviceId, from: $from, to: $to) { startsAt endsAt capacity remaining } }`;

/** YYYY-MM-DD in Shanghai, `days` from now. */
export function shanghaiDate(days = 0, from = new Date()): string {
  return new Date(from.getTime() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a YYYY-MM-DD date. */
export function weekday(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The first date from `minDays` ahead on the given ISO weekday (0: any of Monday to Friday), not in the official calendar. */
export async function nextPlainDay(app: TestApp, isoWeekday: number, minDays: number): Promise<string> {
  for (let i = minDays; i < minDays + 60; i++) {
    const day = shanghaiDate(i);
    if (isoWeekday ? weekday(day) !== isoWeekday : weekday(day) > 5) continue;
    const rows = await app.sql('select 1 from appointment_calendar_days where day = ?', [day]);
    if (!rows.length) return day;
  }
  throw new Error('no plain day found');
}

/** A Shanghai wall-clock time on a day as an ISO instant. */
export const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).toISOString();

export async function book(client: GraphQLClient, input: Record<string, unknown>) {
  const res = await client.request(BOOK, { input: { serviceId: WINDOW_SERVICE, ...input } });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.bookAppointment as { appointment: any; errors: { field: string | null; code: string; message: string }[] };
}

/**
 * Opens a point all day, every day, in 5-minute slots (and clears today's calendar entry), so
 * tests of "on the day" work at any hour the suite runs.
 */
export async function openAllDay(app: TestApp, pointId: string, capacity = 5): Promise<void> {
  await app.sql('delete from appointment_opening_hours where point_id = ?', [pointId]);
  await app.sql('update appointment_service_points set slot_minutes = 5 where id = ?', [pointId]);
  for (let d = 1; d <= 7; d++) {
    await app.sql(`insert into appointment_opening_hours (id, point_id, weekday, opens_at, closes_at, capacity) values (gen_random_uuid(), ?, ?, '00:00', '23:59', ?)`, [pointId, d, capacity]);
  }
  await app.sql('delete from appointment_calendar_days where day = ?', [shanghaiDate(0)]);
}

/** The next 5-minute slot at least 10 minutes from now, if it is still today in Shanghai. */
export function laterToday(minutes = 10): string | null {
  const t = Date.now() + minutes * 60_000;
  const slot = new Date(Math.ceil(t / 300_000) * 300_000);
  return shanghaiDate(0, slot) === shanghaiDate(0) && slot.toISOString() < at(shanghaiDate(0), '23:55') ? slot.toISOString() : null;
}
