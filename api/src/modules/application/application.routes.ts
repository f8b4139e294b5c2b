import express from 'express';
import { localeOf, type AppDeps } from '../../context.js';
import { readCookie, SESSION_COOKIE } from '../../core/auth/cookies.js';
import { toCsv } from '../../core/csv.js';
import { DomainError, pick } from '../../core/errors/domain-error.js';
import { SessionService } from '../account/session.service.js';
import { ApplicationReportService } from './application.report.js';

/** `GET /reports/applications.csv`: every non-draft application, for reviewers, Excel-ready. */
export function applicationRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  router.get('/reports/applications.csv', async (req, res) => {
    const em = deps.orm.em.fork();
    const viewer = await new SessionService(em, deps.config.sessionTtlHours).viewerForToken(readCookie(req.headers, SESSION_COOKIE));
    const locale = localeOf(req.headers['accept-language']);
    try {
      if (!viewer) throw DomainError.unauthenticated();
      const rows = await new ApplicationReportService(em).exportRows(viewer);
      const csv = toCsv([
        ['受理编号 Reference', '状态 Status', '政策 Policy', 'Policy (en)', '申请人 Applicant', '单位 Enterprise', '申请金额 Requested (yuan)', '批准金额 Approved (yuan)', '发放凭证 Payment ref', '提交时间 Submitted', '状态时间 Status since'],
        ...rows.map((r) => [r.reference, r.status, r.policy_zh, r.policy_en, r.applicant, r.enterprise, r.requested_amount_yuan, r.approved_amount_yuan, r.payment_reference,
          r.submitted_at ? new Date(r.submitted_at).toISOString() : null, new Date(r.status_changed_at).toISOString()]),
      ]);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="applications-${new Date().toISOString().slice(0, 10)}.csv"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(csv);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(error.code === 'UNAUTHENTICATED' ? 401 : 403).json({ errors: [{ message: pick(error.text, locale), extensions: { code: error.code } }] });
    }
  });
  return router;
}
