import type { EntityManager } from '@mikro-orm/postgresql';
import { theRow } from '../../core/db/rows.js';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, DomainErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { addDays, shanghaiAt } from '../../core/time/shanghai.js';
import { Role } from '../../core/auth/role.js';
import { ApplicationStatus, STATUS_NAMES } from './application-status.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

@ObjectType({ description: '一组申请的统计 / Figures for one group of applications' })
export class ApplicationTally {
  @Field({ description: '分组键：状态代码、政策编号或企业编号 / Group key: a status code, policy id or enterprise id' })
  key!: string;

  @Field({ description: '中文名称 / Name in Chinese' })
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  nameEn!: string;

  @Field(() => Int, { description: '申请数（不含草稿）/ Applications (drafts not counted)' })
  count!: number;

  @Field(() => Int, { description: '批准金额合计（元）/ Total approved, in yuan' })
  approvedYuan!: number;

  @Field(() => Int, { description: '已发放金额合计（元）/ Total paid out, in yuan' })
  paidYuan!: number;
}

@ObjectType({ description: '区月度统计的一行：某月某项政策（或该月合计、总计）/ One line of the district\'s monthly statistics: a policy in a month (or a month\'s or the whole total)' })
export class MonthlyFigures {
  @Field(() => String, { nullable: true, description: '月份（上海时间，YYYY-MM）；总计行为空 / Month (Shanghai time, YYYY-MM); null on the grand total' })
  month!: string | null;

  @Field(() => String, { nullable: true, description: '政策编号；月合计与总计行为空 / Policy id; null on month totals and the grand total' })
  policyId!: string | null;

  @Field({ description: '政策名称（中文），合计行为“合计” / Policy name in Chinese; 合计 on totals' })
  policyNameZh!: string;

  @Field({ description: '政策名称（英文），合计行为 All / Policy name in English; All on totals' })
  policyNameEn!: string;

  @Field(() => Int, { description: '受理：当月提交的申请 / Received: applications submitted in the month' })
  received!: number;

  @Field(() => Int, { description: '批准：当月作出的批准决定 / Approved: approvals decided in the month' })
  approved!: number;

  @Field(() => Int, { description: '当月批准的金额（元）/ Amount approved in the month, in yuan' })
  approvedYuan!: number;

  @Field(() => Int, { description: '不予批准：当月作出的驳回决定 / Rejected: rejections decided in the month' })
  rejected!: number;

  @Field(() => Int, { description: '发放：当月记录的发放笔数（含平台上线前导入的）/ Paid: payments recorded in the month (imported past ones included)' })
  paid!: number;

  @Field(() => Int, { description: '当月发放金额（元）/ Amount paid out in the month, in yuan' })
  paidYuan!: number;

  @Field(() => Float, { nullable: true, description: '当月决定（批准或驳回）的平均办理天数：自提交日至决定日的上海日历天数，保留一位小数；无决定时为空 / Average processing days of the month\'s decisions (approved or rejected): Shanghai calendar days from submission to decision, one decimal; null with no decision' })
  averageProcessingDays!: number | null;

  @Field(() => Int, { nullable: true, description: '办理天数的第 90 百分位（最近秩法：从小到大第 ⌈0.9n⌉ 个）；无决定时为空 / 90th percentile of processing days (nearest rank: the ⌈0.9n⌉-th smallest); null with no decision' })
  p90ProcessingDays!: number | null;

  @Field(() => Int, { description: '逾期：当月决定中办理天数超过该政策办理时限的件数 / Overdue: decisions of the month that took longer than the policy\'s processing days' })
  overdue!: number;
}

@ObjectType({ description: '区月度统计：每月每项政策的受理、批准、驳回、发放及金额、办理天数与逾期，另有每月合计与总计 / The district\'s monthly statistics: received, approved, rejected, paid and amounts, processing days and overdue per policy per month, with month totals and a grand total' })
export class MonthlyReport {
  @Field(() => [MonthlyFigures], { description: '每月每项政策一行，按月份、政策排列 / One line per policy per month, by month then policy' })
  rows!: MonthlyFigures[];

  @Field(() => [MonthlyFigures], { description: '每月合计（图表用）/ Each month\'s total (for the chart)' })
  months!: MonthlyFigures[];

  @Field(() => MonthlyFigures, { description: '总计：件数与金额等于各行之和 / Grand total: counts and amounts equal the sum of the rows' })
  total!: MonthlyFigures;
}

@ObjectType({ description: '申请统计 / Application figures for the town' })
export class ApplicationReport {
  @Field(() => [ApplicationTally], { description: '按状态 / By status' })
  byStatus!: ApplicationTally[];

  @Field(() => [ApplicationTally], { description: '按政策 / By policy' })
  byPolicy!: ApplicationTally[];

  @Field(() => [ApplicationTally], { description: '按企业 / By enterprise' })
  byEnterprise!: ApplicationTally[];

  @Field(() => [ApplicationTally], { description: '按提交月份（上海时间，YYYY-MM 为键），只含有提交的月份 / By month of submission (Shanghai time, keyed YYYY-MM), months with submissions only' })
  byMonth!: ApplicationTally[];

  @Field(() => ApplicationTally, { description: '合计 / All together' })
  total!: ApplicationTally;

  @Field(() => MonthlyReport, { description: '区月度统计；期间按各事件自身的日期（提交、决定、发放）取 / The district\'s monthly statistics; the range applies to each event\'s own day (submission, decision, payment)' })
  monthly!: MonthlyReport;
}

/** Submitted between two Shanghai dates, both included; either end may be open. */
export interface ReportRange {
  from?: string | null;
  to?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The range as SQL on `a.submitted_at` with its parameters; a range with an end leaves out
 * applications never submitted. A malformed date or a backwards range is refused as bad input
 * (a query has no payload for field errors; the page checks the order before asking).
 */
function rangeFilter(range: ReportRange, column = 'a.submitted_at'): { sql: string; params: Date[] } {
  const malformed = [range.from, range.to].some((day) => day != null && (!DATE.test(day) || Number.isNaN(shanghaiAt(day).getTime())));
  if (malformed) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.reportDateFormat);
  if (range.from && range.to && range.to < range.from) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.reportEndBeforeStart);
  const parts: string[] = [];
  const params: Date[] = [];
  if (range.from) {
    parts.push(`${column} >= ?`);
    params.push(shanghaiAt(range.from));
  }
  if (range.to) {
    parts.push(`${column} < ?`);
    params.push(shanghaiAt(addDays(range.to, 1)));
  }
  return { sql: parts.map((p) => ` and ${p}`).join(''), params };
}

interface TallyRow {
  key: string | null;
  name_zh: string | null;
  name_en: string | null;
  count: number;
  approved: number;
  paid: number;
}

// Approved money counts once a decision is in; paid once the payment is recorded.
const FIGURES = `count(*)::int as count,
  coalesce(sum(a.approved_amount_yuan) filter (where a.status in ('APPROVED','DISBURSED','CLOSED')), 0)::int as approved,
  coalesce(sum(a.approved_amount_yuan) filter (where a.status = 'DISBURSED' or (a.status = 'CLOSED' and a.payment_reference is not null)), 0)::int as paid`;

const tally = (r: TallyRow, fallback: LocalisedText): ApplicationTally => ({
  key: r.key ?? '',
  nameZh: r.name_zh ?? fallback.zh,
  nameEn: r.name_en ?? fallback.en,
  count: r.count,
  approvedYuan: r.approved,
  paidYuan: r.paid,
});

interface MonthlyRow {
  month: string | null;
  policy_id: string | null;
  level: number;
  name_zh: string | null;
  name_en: string | null;
  received: number;
  approved: number;
  approved_yuan: number;
  rejected: number;
  paid: number;
  paid_yuan: number;
  average_days: number | null;
  p90_days: number | null;
  overdue: number;
}

const latestTitle = (lang: 'zh' | 'en', policy: string) =>
  `(select pv.title_${lang} from policy_versions pv where pv.policy_id = ${policy} order by pv.effective_from desc, pv.version desc limit 1)`;

/**
 * Each event counts in the Shanghai month of its own day: a submission (received), a decision
 * (APPROVE or REJECT in the history) and a payment (DISBURSE); past applications imported from
 * before the platform carry the same history entries with their original days, so they count
 * alike. Processing days are Shanghai calendar days from submission to decision; a decision is
 * overdue when they exceed the policy's processing days. One grouping-sets query gives the rows,
 * each month's total and the grand total from the same events, so totals cannot drift from rows.
 */
function monthlySql(range: string): string {
  return `
    with ev as (
      select a.policy_id, 'RECEIVED'::text as kind, a.submitted_at as at, a.submitted_at, null::int as amount
        from applications a where a.status <> 'DRAFT' and a.submitted_at is not null
      union all
      select a.policy_id, e.action::text, e.at, a.submitted_at, a.approved_amount_yuan
        from application_events e join applications a on a.id = e.application_id
       where e.action in ('APPROVE', 'REJECT', 'DISBURSE')
    ), figured as (
      select ev.kind, ev.policy_id, ev.amount, f.processing_days,
             to_char(ev.at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
             case when ev.kind in ('APPROVE', 'REJECT') and ev.submitted_at is not null
                  then (ev.at at time zone 'Asia/Shanghai')::date - (ev.submitted_at at time zone 'Asia/Shanghai')::date end as days
        from ev left join application_forms f on f.policy_id = ev.policy_id
       where true${range}
    ), grouped as (
      select month, policy_id, grouping(month, policy_id)::int as level,
             count(*) filter (where kind = 'RECEIVED')::int as received,
             count(*) filter (where kind = 'APPROVE')::int as approved,
             coalesce(sum(amount) filter (where kind = 'APPROVE'), 0)::int as approved_yuan,
             count(*) filter (where kind = 'REJECT')::int as rejected,
             count(*) filter (where kind = 'DISBURSE')::int as paid,
             coalesce(sum(amount) filter (where kind = 'DISBURSE'), 0)::int as paid_yuan,
             round(avg(days), 1)::float8 as average_days,
             (percentile_disc(0.9) within group (order by days))::int as p90_days,
             count(*) filter (where days > processing_days)::int as overdue
        from figured group by grouping sets ((month, policy_id), (month), ())
    )
    select g.*, ${latestTitle('zh', 'g.policy_id')} as name_zh, ${latestTitle('en', 'g.policy_id')} as name_en
      from grouped g order by g.month nulls last, g.level desc, name_zh, g.policy_id`;
}

const ALL = { zh: '合计', en: 'All' };

function monthlyFigures(r: MonthlyRow | undefined, month: string | null): MonthlyFigures {
  return {
    month: r?.month ?? month,
    policyId: r?.policy_id ?? null,
    policyNameZh: r?.policy_id ? (r.name_zh ?? '（未命名政策）') : ALL.zh,
    policyNameEn: r?.policy_id ? (r.name_en ?? '(untitled policy)') : ALL.en,
    received: r?.received ?? 0,
    approved: r?.approved ?? 0,
    approvedYuan: r?.approved_yuan ?? 0,
    rejected: r?.rejected ?? 0,
    paid: r?.paid ?? 0,
    paidYuan: r?.paid_yuan ?? 0,
    averageProcessingDays: r?.average_days ?? null,
    p90ProcessingDays: r?.p90_days ?? null,
    overdue: r?.overdue ?? 0,
  };
}

export interface ExportRow {
  reference: string;
  status: string;
  policy_zh: string;
  policy_en: string;
  applicant: string;
  enterprise: string | null;
  requested_amount_yuan: number | null;
  approved_amount_yuan: number | null;
  payment_reference: string | null;
  submitted_at: Date | null;
  status_changed_at: Date;
}

const EXPORT_PAGE_SIZE = 500;

/** Figures and exports for town reviewers; drafts are the applicant's own business and never counted. */
export class ApplicationReportService {
  constructor(private readonly em: EntityManager) {}

  private assertReviewer(viewer: Viewer): void {
    if (viewer.role !== Role.REVIEWER) throw DomainError.forbidden();
  }

  async report(viewer: Viewer, range: ReportRange = {}): Promise<ApplicationReport> {
    this.assertReviewer(viewer);
    const within = rangeFilter(range);
    // Drafts are never counted; every figure covers the same applications.
    const counted = `a.status <> 'DRAFT'${within.sql}`;
    const run = (sql: string) => this.em.execute<TallyRow[]>(sql, within.params);
    const [byStatus, byPolicy, byEnterprise, byMonth, totals, monthly] = await Promise.all([
      run(`select a.status::text as key, null as name_zh, null as name_en, ${FIGURES} from applications a where ${counted} group by a.status order by a.status`),
      run(`select p.id::text as key, ${latestTitle('zh', 'p.id')} as name_zh, ${latestTitle('en', 'p.id')} as name_en, ${FIGURES}
             from applications a join policies p on p.id = a.policy_id where ${counted} group by p.id order by count desc, p.id`),
      run(`select o.id::text as key, o.name_zh, o.name_en, ${FIGURES}
             from applications a left join organisations o on o.id = a.enterprise_id where ${counted} group by o.id order by count desc, o.id`),
      run(`select to_char(a.submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM') as key, null as name_zh, null as name_en, ${FIGURES}
             from applications a where ${counted} and a.submitted_at is not null group by 1 order by 1`),
      run(`select 'ALL' as key, '合计' as name_zh, 'All' as name_en, ${FIGURES} from applications a where ${counted}`),
      this.monthly(range),
    ]);
    return {
      byStatus: byStatus.map((r) => tally(r, STATUS_NAMES[r.key as ApplicationStatus])),
      byPolicy: byPolicy.map((r) => tally(r, { zh: '（未命名政策）', en: '(untitled policy)' })),
      byEnterprise: byEnterprise.map((r) => tally(r, { zh: '（未填写单位）', en: '(no employer given)' })),
      byMonth: byMonth.map((r) => tally(r, { zh: `${r.key!.slice(0, 4)}年${Number(r.key!.slice(5))}月`, en: r.key! })),
      total: tally(theRow(totals, 'report total'), ALL),
      monthly,
    };
  }

  /** The district's monthly statistics over the range (see monthlySql); the caller checked access. */
  private async monthly(range: ReportRange): Promise<MonthlyReport> {
    const within = rangeFilter(range, 'ev.at');
    const rows = await this.em.execute<MonthlyRow[]>(monthlySql(within.sql), within.params);
    return {
      rows: rows.filter((r) => r.level === 0).map((r) => monthlyFigures(r, r.month)),
      months: rows.filter((r) => r.level === 1).map((r) => monthlyFigures(r, r.month)),
      total: monthlyFigures(rows.find((r) => r.level === 3), null),
    };
  }

  /** The monthly statistics alone, for the workbook and CSV exports. */
  async monthlyReport(viewer: Viewer, range: ReportRange = {}): Promise<MonthlyReport> {
    this.assertReviewer(viewer);
    return this.monthly(range);
  }

  /**
   * Every non-draft application, a page at a time (oldest submission first): each page is its
   * own query, so no connection is held while the client reads, and a client that goes away
   * stops the export between pages. Access is checked at once, before anything is sent.
   */
  exportPages(viewer: Viewer, range: ReportRange = {}, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ExportRow[]> {
    this.assertReviewer(viewer);
    return this.pages(rangeFilter(range), pageSize);
  }

  private async *pages(within: { sql: string; params: Date[] }, pageSize: number): AsyncGenerator<ExportRow[]> {
    // Keyset paging on (submitted, reference): references are unique, drafts never counted.
    let after: { submitted: string; reference: string } | null = null;
    for (;;) {
      const page: (ExportRow & { sort_at: string })[] = await this.em.execute(
        `select a.reference, a.status::text as status,
                ${latestTitle('zh', 'a.policy_id')} as policy_zh, ${latestTitle('en', 'a.policy_id')} as policy_en,
                u.display_name as applicant, o.name_zh as enterprise,
                a.requested_amount_yuan, a.approved_amount_yuan, a.payment_reference, a.submitted_at, a.status_changed_at,
                coalesce(a.submitted_at, 'infinity')::text as sort_at
           from applications a join users u on u.id = a.applicant_id left join organisations o on o.id = a.enterprise_id
          where a.status <> 'DRAFT'${within.sql} ${after ? `and (coalesce(a.submitted_at, 'infinity'), a.reference) > (?::timestamptz, ?)` : ''}
          order by coalesce(a.submitted_at, 'infinity'), a.reference
          limit ${Number(pageSize)}`,
        [...within.params, ...(after ? [after.submitted, after.reference] : [])],
      );
      if (page.length > 0) yield page;
      const last = page.at(-1);
      if (!last || page.length < pageSize) return;
      after = { submitted: last.sort_at, reference: last.reference };
    }
  }
}
