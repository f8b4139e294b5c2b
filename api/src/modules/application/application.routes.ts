import express from 'express';
import type { HttpRoute } from '../../context.js';
import { csvPages } from '../../core/csv.js';
import { shanghaiDateTime, shanghaiToday } from '../../core/time/shanghai.js';
import { STATUS_NAMES, type ApplicationStatus } from './application-status.js';

const HEADER = ['受理编号 Reference', '状态 Status', '政策 Policy', 'Policy (en)', '申请人 Applicant', '单位 Enterprise', '申请金额 Requested (yuan)', '批准金额 Approved (yuan)', '发放凭证 Payment ref', '提交时间（上海）Submitted (Shanghai)', '状态时间（上海）Status since (Shanghai)'];

/**
 * `GET /reports/applications.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`: the non-draft applications
 * submitted in the range (both ends optional, Shanghai dates), for reviewers, Excel-ready, streamed
 * page by page; statuses in words (zh / en) and times on Shanghai's clock.
 */
export function applicationRoutes(route: HttpRoute): express.Router {
  const router = express.Router();
  router.get('/reports/applications.csv', route(async (call) => {
    const range = { from: queryText(call.req.query.from), to: queryText(call.req.query.to) };
    const pages = call.ctx.services.applicationReports.exportPages(call.signedIn(), range);
    const span = range.from || range.to ? `${range.from ?? 'start'}_${range.to ?? shanghaiToday()}` : shanghaiToday();
    await call.stream({ contentType: 'text/csv; charset=utf-8', filename: `applications-${span}.csv` }, csvPages(HEADER, rowsOf(pages)));
  }));
  return router;
}

async function* rowsOf(pages: ReturnType<import('./application.report.js').ApplicationReportService['exportPages']>) {
  for await (const page of pages) {
    yield page.map((r) => [r.reference, statusWords(r.status), r.policy_zh, r.policy_en, r.applicant, r.enterprise, r.requested_amount_yuan, r.approved_amount_yuan, r.payment_reference,
      shanghaiDateTime(r.submitted_at ? new Date(r.submitted_at) : null), shanghaiDateTime(new Date(r.status_changed_at))]);
  }
}

/** `已批准 / Approved`; an unknown code as it is. */
function statusWords(code: string): string {
  const name = STATUS_NAMES[code as ApplicationStatus] as { zh: string; en: string } | undefined;
  return name ? `${name.zh} / ${name.en}` : code;
}

/** A query parameter given once as text; anything else (repeated, nested) as absent-but-wrong. */
function queryText(value: unknown): string | null {
  if (value === undefined || value === '') return null;
  return typeof value === 'string' ? value : 'invalid';
}
