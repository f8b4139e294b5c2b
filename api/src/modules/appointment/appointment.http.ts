import express from 'express';
import type { HttpRoute } from '../../context.js';
import { renderCalendar } from '../../core/calendar/ics.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { parseUuid } from '../../core/ids.js';
import { appointmentCalendarEntries } from './appointment.feed.js';
import { APPOINTMENT_MESSAGES as M } from './appointment.messages.js';

/** GET /appointments/:id.ics: one booking as a calendar file, for its person, whoever booked it, and the point's staff. */
export function appointmentRoutes(route: HttpRoute): express.Router {
  const router = express.Router();
  // Only `<id>.ics`: the web app's own /appointments/… pages must fall through to it.
  router.get(/^\/appointments\/([^/]+)\.ics$/, route(async ({ req, ctx, baseUrl, signedIn, send }) => {
    const viewer = signedIn();
    const id = parseUuid(req.params[0]);
    if (!id) throw DomainError.notFound(M.appointment);
    const appointment = await ctx.services.appointments.get(viewer, id);
    const body = renderCalendar({ name: '月浦预约 Yuepu appointment', events: await appointmentCalendarEntries(ctx.em, [appointment], baseUrl) });
    send({ contentType: 'text/calendar; charset=utf-8', filename: `appointment-${appointment.queueCode}.ics` }, body);
  }));
  return router;
}
