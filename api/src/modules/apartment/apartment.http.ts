import express from 'express';
import { localeOf, type AppDeps } from '../../context.js';
import { readCookie, SESSION_COOKIE } from '../../core/auth/cookies.js';
import { DomainError, DomainErrorCode, pick } from '../../core/errors/domain-error.js';
import { parseUuid } from '../../core/ids.js';
import { SessionService } from '../account/session.service.js';
import { AuditService } from '../policy/audit.service.js';
import { RuleService } from '../policy/rule.service.js';
import { NotificationService } from '../notification/notification.service.js';
import { SettlementService } from './settlement.service.js';
import { ApartmentTerms } from './terms.js';

/**
 * `GET /apartments/settlements/<id>.csv`: a settlement batch for the partner bank, UTF-8 with a
 * byte-order mark so Excel on Chinese Windows reads it; town staff only (session cookie).
 */
export function apartmentRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  router.get('/apartments/settlements/:file', async (req, res) => {
    const em = deps.orm.em.fork();
    const locale = localeOf(req.headers['accept-language']);
    try {
      const viewer = await new SessionService(em, deps.config.sessionTtlHours).viewerForToken(readCookie(req.headers, SESSION_COOKIE));
      if (!viewer) throw DomainError.unauthenticated();
      const id = parseUuid(/^(.*)\.csv$/.exec(String(req.params.file))?.[1]);
      if (!id) throw DomainError.notFound({ zh: '结算批次', en: 'settlement batch' });
      const terms = new ApartmentTerms(em, new RuleService(em, new AuditService(em)));
      const { filename, body } = await new SettlementService(em, new NotificationService(em), terms).csv(viewer, id);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${filename}"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(body);
    } catch (error) {
      if (!(error instanceof DomainError)) {
        deps.logger.error({ err: error, requestId: res.locals.requestId }, 'settlement CSV failed');
        res.status(500).json({ errors: [{ message: `Internal error (request id ${res.locals.requestId})`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        return;
      }
      const status = { [DomainErrorCode.UNAUTHENTICATED]: 401, [DomainErrorCode.FORBIDDEN]: 403, [DomainErrorCode.NOT_FOUND]: 404 }[error.code as string] ?? 400;
      res.status(status).json({ errors: [{ message: pick(error.text, locale), extensions: { code: error.code } }] });
    }
  });
  return router;
}
