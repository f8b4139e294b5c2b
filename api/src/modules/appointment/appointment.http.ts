import express from 'express';
import type { AppDeps } from '../../context.js';
import { readCookie, SESSION_COOKIE } from '../../core/auth/cookies.js';
import { renderCalendar } from '../../core/calendar/ics.js';
import { parseUuid } from '../../core/ids.js';
import { SessionService } from '../account/session.service.js';
import { NotificationService } from '../notification/notification.service.js';
import { appointmentCalendarEntries } from './appointment.feed.js';
import { AppointmentBookingService } from './appointment.service.js';

/** GET /appointments/:id.ics: one booking as a calendar file, for its person, whoever booked it, and the point's staff. */
export function appointmentRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  // Only `<id>.ics`: the web app's own /appointments/… pages must fall through to it.
  router.get(/^\/appointments\/([^/]+)\.ics$/, async (req, res) => {
    const em = deps.orm.em.fork();
    try {
      const id = parseUuid((req.params as Record<string, string>)[0]);
      const viewer = await new SessionService(em, deps.config.sessionTtlHours).viewerForToken(readCookie(req.headers, SESSION_COOKIE));
      const service = new AppointmentBookingService(em, new NotificationService(em));
      const appointment = id && viewer ? await service.get(viewer, id).catch(() => null) : null;
      if (!appointment) {
        res.status(viewer ? 404 : 401).type('text/plain; charset=utf-8').send(viewer ? '未找到该预约。\nThat appointment was not found.\n' : '请先登录。\nPlease sign in first.\n');
        return;
      }
      const body = renderCalendar({ name: '月浦预约 Yuepu appointment', events: await appointmentCalendarEntries(em, [appointment], `${req.protocol}://${req.get('host')}`) });
      res.setHeader('content-type', 'text/calendar; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="appointment-${appointment.queueCode}.ics"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(body);
    } catch (error) {
      deps.logger.error({ err: error, requestId: res.locals.requestId }, 'appointment download failed');
      res.status(500).type('text/plain').send(`Internal error (request id ${res.locals.requestId})\n`);
    }
  });
  return router;
}
