import express, { type Request, type Response } from 'express';
import type { AppDeps } from '../../context.js';
import { SESSION_COOKIE } from '../../core/auth/cookies.js';
import { DomainError, DomainErrorCode } from '../../core/errors/domain-error.js';
import { SessionService } from '../account/session.service.js';
import { CalendarService } from './calendar.service.js';
import { LearningService } from './learning.service.js';

/**
 * Plain HTTP downloads that calendar apps and spreadsheets fetch by URL: .ics files and feeds,
 * and the CSV exports (those use the session cookie, like the GraphQL API).
 */
export function allianceRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  const baseUrl = (req: Request) => `${req.protocol}://${req.get('host')}`;

  const handle = (fn: (req: Request, res: Response, em: ReturnType<AppDeps['orm']['em']['fork']>) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const em = deps.orm.em.fork();
      try {
        await fn(req, res, em);
      } catch (error) {
        if (error instanceof DomainError) {
          const status = { [DomainErrorCode.UNAUTHENTICATED]: 401, [DomainErrorCode.FORBIDDEN]: 403, [DomainErrorCode.NOT_FOUND]: 404 }[error.code as string] ?? 400;
          res.status(status).type('text/plain; charset=utf-8').send(`${error.text.zh}\n${error.text.en}\n`);
          return;
        }
        deps.logger.error({ err: error, requestId: res.locals.requestId }, 'alliance download failed');
        res.status(500).type('text/plain').send(`Internal error (request id ${res.locals.requestId})\n`);
      }
    };

  const sessionToken = (req: Request): string | null => {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === SESSION_COOKIE) {
        try {
          return decodeURIComponent(value.join('='));
        } catch {
          return null;
        }
      }
    }
    return null;
  };
  const viewerOf = async (req: Request, em: ReturnType<AppDeps['orm']['em']['fork']>) =>
    new SessionService(em, deps.config.sessionTtlHours).viewerForToken(sessionToken(req));

  const sendCalendar = (res: Response, body: string, filename: string, download: boolean) => {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `${download ? 'attachment' : 'inline'}; filename="${filename}"`);
    res.send(body);
  };

  router.get('/calendar/alliance.ics', handle(async (req, res, em) => {
    res.setHeader('cache-control', 'public, max-age=300');
    sendCalendar(res, await new CalendarService(em).publicFeed(baseUrl(req)), 'yuepu-alliance.ics', false);
  }));

  router.get('/calendar/events/:file', handle(async (req, res, em) => {
    const id = String(req.params.file).replace(/\.ics$/, '');
    const body = await new CalendarService(em).eventFile(await viewerOf(req, em), id, baseUrl(req));
    res.setHeader('cache-control', 'no-cache');
    sendCalendar(res, body, `alliance-event-${id}.ics`, true);
  }));

  router.get('/calendar/feeds/:file', handle(async (req, res, em) => {
    const token = String(req.params.file).replace(/\.ics$/, '');
    const body = await new CalendarService(em).personalFeed(token, baseUrl(req));
    res.setHeader('cache-control', 'private, no-store');
    if (body === null) throw DomainError.notFound({ zh: '日历订阅', en: 'calendar feed' });
    sendCalendar(res, body, 'my-yuepu-events.ics', false);
  }));

  const sendCsv = (res: Response, file: { filename: string; body: string }) => {
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('cache-control', 'private, no-store');
    res.send(file.body);
  };

  router.get('/alliance/exports/learning-record.csv', handle(async (req, res, em) => {
    const viewer = await viewerOf(req, em);
    if (!viewer) throw DomainError.unauthenticated();
    sendCsv(res, await new LearningService(em).recordCsv(viewer, String(req.query.userId ?? viewer.userId)));
  }));

  router.get('/alliance/exports/participation.csv', handle(async (req, res, em) => {
    const viewer = await viewerOf(req, em);
    if (!viewer) throw DomainError.unauthenticated();
    const year = Number(req.query.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, { zh: '年份无效。', en: 'Not a valid year.' });
    sendCsv(res, await new LearningService(em).participationCsv(viewer, year));
  }));

  return router;
}
