import express from 'express';
import type { HttpRoute } from '../../context.js';
import { csvPages, toCsv, type CsvCell } from '../../core/csv.js';
import { shanghaiDateTime, shanghaiToday } from '../../core/time/shanghai.js';
import { guardTextColumns, newWorkbook, workbookBuffer, XLSX_CONTENT_TYPE } from '../../core/xlsx.js';
import { STATUS_NAMES, type ApplicationStatus } from './application-status.js';
import type { ApplicationReportService, ExportRow, MonthlyFigures, MonthlyReport, ReportRange } from './application.report.js';

const HEADER = ['受理编号 Reference', '状态 Status', '政策 Policy', 'Policy (en)', '申请人 Applicant', '单位 Enterprise', '申请金额 Requested (yuan)', '批准金额 Approved (yuan)', '发放凭证 Payment ref', '提交时间（上海）Submitted (Shanghai)', '状态时间（上海）Status since (Shanghai)'];

/** `已批准 / Approved`; an unknown code as it is. */
function statusWords(code: string): string {
  const name = STATUS_NAMES[code as ApplicationStatus] as { zh: string; en: string } | undefined;
  return name ? `${name.zh} / ${name.en}` : code;
}

const MONTHLY_HEADER = [
  '月份（上海）Month (Shanghai)', '政策 Policy', 'Policy (en)', '受理 Received', statusWords('APPROVED'), '批准金额（元）Approved (yuan)',
  statusWords('REJECTED'), statusWords('DISBURSED'), '发放金额（元）Paid (yuan)', '平均办理天数 Average days', '第90百分位办理天数 90th percentile days', '逾期 Overdue',
];

function monthlyLine(r: MonthlyFigures): CsvCell[] {
  return [r.month ?? '合计 All', r.policyNameZh, r.policyNameEn, r.received, r.approved, r.approvedYuan, r.rejected, r.paid, r.paidYuan, r.averageProcessingDays, r.p90ProcessingDays, r.overdue];
}

/** Policy lines of each month followed by that month's total, then the grand total: as on the page. */
function monthlyLines(report: MonthlyReport): CsvCell[][] {
  const lines: CsvCell[][] = [];
  for (const month of report.months) {
    for (const row of report.rows) if (row.month === month.month) lines.push(monthlyLine(row));
    lines.push(monthlyLine({ ...month, policyNameZh: `${month.month ?? ''} 合计`, policyNameEn: `${month.month ?? ''} total` }));
  }
  lines.push(monthlyLine(report.total));
  return lines;
}

function exportLine(r: ExportRow): CsvCell[] {
  return [r.reference, statusWords(r.status), r.policy_zh, r.policy_en, r.applicant, r.enterprise, r.requested_amount_yuan, r.approved_amount_yuan, r.payment_reference,
    shanghaiDateTime(r.submitted_at ? new Date(r.submitted_at) : null), shanghaiDateTime(new Date(r.status_changed_at))];
}

async function* rowsOf(pages: AsyncIterable<ExportRow[]>) {
  for await (const page of pages) yield page.map(exportLine);
}

/** The monthly statistics and the applications behind them as one workbook: two sheets. */
async function monthlyWorkbook(report: MonthlyReport, pages: AsyncIterable<ExportRow[]>, range: ReportRange): Promise<Buffer> {
  const book = await newWorkbook();
  const monthly = book.addWorksheet('月度统计 Monthly');
  monthly.addRow([`月浦镇人才政策月度统计 / Yuepu monthly statistics: ${range.from ?? '…'} – ${range.to ?? '…'}（上海时间 Shanghai time）`]).font = { bold: true };
  monthly.addRow(MONTHLY_HEADER).font = { bold: true };
  for (const line of monthlyLines(report)) monthly.addRow(line);
  monthly.columns.forEach((column, i) => { column.width = i < 3 ? 26 : 14; });
  const list = book.addWorksheet('申请明细 Applications');
  list.addRow(HEADER).font = { bold: true };
  for await (const page of rowsOf(pages)) for (const line of page) list.addRow(line);
  list.columns.forEach((column) => { column.width = 20; });
  // Names and references are text people typed.
  guardTextColumns(monthly, [2, 3]);
  guardTextColumns(list, [1, 3, 4, 5, 6, 9]);
  return workbookBuffer(book);
}

/**
 * For reviewers, with the session cookie; dates are Shanghai days, both ends optional.
 * - `GET /reports/applications.csv?from&to`: the non-draft applications submitted in the range,
 *   Excel-ready, streamed page by page; statuses in words (zh / en), times on Shanghai's clock.
 * - `GET /reports/monthly.csv?from&to`: the district's monthly statistics (rows, month totals, total).
 * - `GET /reports/monthly.xlsx?from&to`: the same statistics and the applications, as a workbook.
 */
export function applicationRoutes(route: HttpRoute): express.Router {
  const router = express.Router();
  const rangeOf = (req: express.Request): ReportRange => ({ from: queryText(req.query.from), to: queryText(req.query.to) });
  const span = (range: ReportRange) => (range.from || range.to ? `${range.from ?? 'start'}_${range.to ?? shanghaiToday()}` : shanghaiToday());
  const reports = (ctx: { services: { applicationReports: ApplicationReportService } }) => ctx.services.applicationReports;

  router.get('/reports/applications.csv', route(async (call) => {
    const range = rangeOf(call.req);
    const pages = reports(call.ctx).exportPages(call.signedIn(), range);
    await call.stream({ contentType: 'text/csv; charset=utf-8', filename: `applications-${span(range)}.csv` }, csvPages(HEADER, rowsOf(pages)));
  }));
  router.get('/reports/monthly.csv', route(async (call) => {
    const range = rangeOf(call.req);
    const report = await reports(call.ctx).monthlyReport(call.signedIn(), range);
    call.send({ contentType: 'text/csv; charset=utf-8', filename: `monthly-${span(range)}.csv` }, toCsv([MONTHLY_HEADER, ...monthlyLines(report)]));
  }));
  router.get('/reports/monthly.xlsx', route(async (call) => {
    const range = rangeOf(call.req);
    const viewer = call.signedIn();
    const service = reports(call.ctx);
    const report = await service.monthlyReport(viewer, range);
    const body = await monthlyWorkbook(report, service.exportPages(viewer, range), range);
    call.send({ contentType: XLSX_CONTENT_TYPE, filename: `monthly-${span(range)}.xlsx` }, body);
  }));
  return router;
}

/** A query parameter given once as text; anything else (repeated, nested) as absent-but-wrong. */
function queryText(value: unknown): string | null {
  if (value === undefined || value === '') return null;
  return typeof value === 'string' ? value : 'invalid';
}
