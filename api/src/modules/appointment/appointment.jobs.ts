import type { JobDefinition } from '../../core/jobs/job-engine.js';
import { NotificationService } from '../notification/index.js';
import { Appointment, AppointmentService, ServicePoint } from './appointment.entity.js';
import { AppointmentStatus } from './appointment.enums.js';
import { REMIND_JOB } from './appointment.service.js';
import { APPOINTMENT_MESSAGES as M } from './appointment.messages.js';

/**
 * The day-before reminder, enqueued by booking and rescheduling (job key per appointment, so a
 * reschedule replaces it and a cancellation withdraws it). It writes an in-app notification,
 * which queues its outbox message the usual way; delivery channels are the outbox's business.
 * A booking no longer waiting (cancelled, served) gets nothing.
 */
export const appointmentJobs: JobDefinition<{ appointmentId?: string }>[] = [
  {
    name: REMIND_JOB,
    maxAttempts: 5,
    async run(payload, ctx) {
      const { appointmentId } = payload;
      if (!appointmentId) return;
      await ctx.orm.em.fork().transactional(async (em) => {
        const a = await em.findOne(Appointment, appointmentId);
        if (!a || a.status !== AppointmentStatus.BOOKED || a.startsAt.getTime() <= Date.now()) return;
        const service = await em.findOneOrFail(AppointmentService, a.service.id);
        const point = await em.findOneOrFail(ServicePoint, a.point.id);
        new NotificationService(em).notify([a.person.id], {
          kind: 'appointment.reminder',
          title: M.reminderTitle(service),
          body: M.reminderBody(point, service, a.startsAt, a.queueCode),
          link: '/appointments',
        });
      });
    },
  },
];
