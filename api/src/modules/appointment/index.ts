/**
 * Appointments at the town's talent service window and partner bank branches: service types,
 * opening hours, holidays and adjusted working days, slots, booking, the day's queue, reminders
 * and calendar entries. Other modules import this module only through this file.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationService } from '../notification/index.js';
import { Appointment, AppointmentService, CalendarDay, OpeningHours, PointClosure, QueueCounter, ServicePoint, SlotLoad } from './appointment.entity.js';
import { AppointmentResolver, AppointmentServiceResolver, ServicePointResolver } from './appointment.resolver.js';
import { AppointmentBookingService } from './appointment.service.js';

export { appointmentLoaders } from './appointment.loaders.js';
export { appointmentJobs } from './appointment.jobs.js';
export { appointmentRoutes } from './appointment.http.js';
export { appointmentFeedEntries } from './appointment.feed.js';
export { AppointmentStatus, CalendarDayKind } from './appointment.enums.js';

export const APPOINTMENT_ENTITIES = [ServicePoint, OpeningHours, PointClosure, CalendarDay, AppointmentService, Appointment, SlotLoad, QueueCounter] as const;

export const APPOINTMENT_RESOLVERS = [AppointmentResolver, AppointmentServiceResolver, ServicePointResolver] as const;

export function appointmentServices(em: EntityManager, notifications: NotificationService) {
  return { appointments: new AppointmentBookingService(em, notifications) };
}
