import express from 'express';
import type { HttpRoute } from '../../context.js';
import { DomainError, DomainErrorCode } from '../../core/errors/domain-error.js';
import type { Download } from '../../core/http/plain-route.js';
import { ALLIANCE_MESSAGES as M } from './alliance.messages.js';

const calendar = (filename: string, disposition: Download['disposition'], cacheControl: string): Download =>
  ({ contentType: 'text/calendar; charset=utf-8', filename, disposition, cacheControl });
const csv = (filename: string): Download => ({ contentType: 'text/csv; charset=utf-8', filename });

/**
 * Plain HTTP downloads that calendar apps and spreadsheets fetch by URL: .ics files and feeds,
 * and the CSV exports (those use the session cookie, like the GraphQL API).
 */
export function allianceRoutes(route: HttpRoute): express.Router {
  const router = express.Router();

  router.get('/calendar/alliance.ics', route(async ({ ctx, baseUrl, send }) => {
    send(calendar('yuepu-alliance.ics', 'inline', 'public, max-age=300'), await ctx.services.calendar.publicFeed(baseUrl));
  }));

  router.get('/calendar/events/:file', route(async ({ req, ctx, baseUrl, send }) => {
    const id = String(req.params.file).replace(/\.ics$/, '');
    const body = await ctx.services.calendar.eventFile(ctx.viewer, id, baseUrl);
    // The id is a UUID by now (anything else is not found), so it is safe in the header.
    send(calendar(`alliance-event-${id}.ics`, 'attachment', 'no-cache'), body);
  }));

  router.get('/calendar/feeds/:file', route(async ({ req, ctx, baseUrl, send }) => {
    const body = await ctx.services.calendar.personalFeed(String(req.params.file).replace(/\.ics$/, ''), baseUrl);
    if (body === null) throw DomainError.notFound({ zh: '日历订阅', en: 'calendar feed' });
    send(calendar('my-yuepu-events.ics', 'inline', 'private, no-store'), body);
  }));

  router.get('/alliance/exports/learning-record.csv', route(async ({ req, ctx, signedIn, send }) => {
    const viewer = signedIn();
    const file = await ctx.services.learning.recordCsv(viewer, String(req.query.userId ?? viewer.userId));
    send(csv(file.filename), file.body);
  }));

  router.get('/alliance/exports/participation.csv', route(async ({ req, ctx, signedIn, send }) => {
    const viewer = signedIn();
    const year = Number(req.query.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.invalidYear);
    const file = await ctx.services.learning.participationCsv(viewer, year);
    send(csv(file.filename), file.body);
  }));

  return router;
}
