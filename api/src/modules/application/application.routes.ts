import express from 'express';
import type { HttpRoute } from '../../context.js';
import { csvPages } from '../../core/csv.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

const HEADER = ['受理编号 Reference', '状态 Status', '政策 Policy', 'Policy (en)', '申请人 Applicant', '单位 Enterprise', '申请金额 Requested (yuan)', '批准金额 Approved (yuan)', '发放凭证 Payment ref', '提交时间 Submitted', '状态时间 Status since'];

/** `GET /reports/applications.csv`: every non-draft application, for reviewers, Excel-ready, streamed page by page. */
export function applicationRoutes(route: HttpRoute): express.Router {
  const router = express.Router();
  router.get('/reports/applications.csv', route(async (call) => {
    const pages = call.ctx.services.applicationReports.exportPages(call.signedIn());
    await call.stream({ contentType: 'text/csv; charset=utf-8', filename: `applications-${shanghaiToday()}.csv` }, csvPages(HEADER, rowsOf(pages)));
  }));
  return router;
}

async function* rowsOf(pages: ReturnType<import('./application.report.js').ApplicationReportService['exportPages']>) {
  for await (const page of pages) {
    yield page.map((r) => [r.reference, r.status, r.policy_zh, r.policy_en, r.applicant, r.enterprise, r.requested_amount_yuan, r.approved_amount_yuan, r.payment_reference,
      r.submitted_at ? new Date(r.submitted_at).toISOString() : null, new Date(r.status_changed_at).toISOString()]);
  }
}
