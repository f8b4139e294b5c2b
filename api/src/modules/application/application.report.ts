import type { EntityManager } from '@mikro-orm/postgresql';
import { theRow } from '../../core/db/rows.js';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, DomainErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { addDays, shanghaiAt } from '../../core/time/shanghai.js';
import { Role } from '../../core/auth/role.js';
import { ApplicationStatus, STATUS_NAMES } from './application-status.js';

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
function rangeFilter(range: ReportRange): { sql: string; params: Date[] } {
  const malformed = [range.from, range.to].some((day) => day != null && (!DATE.test(day) || Number.isNaN(shanghaiAt(day).getTime())));
  if (malformed) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, { zh: '日期格式应为 YYYY-MM-DD。', en: 'Dates look like YYYY-MM-DD.' });
  if (range.from && range.to && range.to < range.from) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, { zh: '结束日期不能早于开始日期。', en: 'The end date cannot come before the start date.' });
  const parts: string[] = [];
  const params: Date[] = [];
  if (range.from) {
    parts.push('a.submitted_at >= ?');
    params.push(shanghaiAt(range.from));
  }
  if (range.to) {
    parts.push('a.submitted_at < ?');
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
    const title = `(select pv.title_zh from policy_versions pv where pv.policy_id = p.id order by pv.effective_from desc, pv.version desc limit 1)`;
    const titleEn = `(select pv.title_en from policy_versions pv where pv.policy_id = p.id order by pv.effective_from desc, pv.version desc limit 1)`;
    const [byStatus, byPolicy, byEnterprise, byMonth, totals] = await Promise.all([
      run(`select a.status::text as key, null as name_zh, null as name_en, ${FIGURES} from applications a where ${counted} group by a.status order by a.status`),
      run(`select p.id::text as key, ${title} as name_zh, ${titleEn} as name_en, ${FIGURES}
             from applications a join policies p on p.id = a.policy_id where ${counted} group by p.id order by count desc, p.id`),
      run(`select o.id::text as key, o.name_zh, o.name_en, ${FIGURES}
             from applications a left join organisations o on o.id = a.enterprise_id where ${counted} group by o.id order by count desc, o.id`),
      run(`select to_char(a.submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM') as key, null as name_zh, null as name_en, ${FIGURES}
             from applications a where ${counted} and a.submitted_at is not null group by 1 order by 1`),
      run(`select 'ALL' as key, '合计' as name_zh, 'All' as name_en, ${FIGURES} from applications a where ${counted}`),
    ]);
    return {
      byStatus: byStatus.map((r) => tally(r, STATUS_NAMES[r.key as ApplicationStatus])),
      byPolicy: byPolicy.map((r) => tally(r, { zh: '（未命名政策）', en: '(untitled policy)' })),
      byEnterprise: byEnterprise.map((r) => tally(r, { zh: '（未填写单位）', en: '(no employer given)' })),
      byMonth: byMonth.map((r) => tally(r, { zh: `${r.key!.slice(0, 4)}年${Number(r.key!.slice(5))}月`, en: r.key! })),
      total: tally(theRow(totals, 'report total'), { zh: '合计', en: 'All' }),
    };
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
                (select pv.title_zh from policy_versions pv where pv.policy_id = a.policy_id order by pv.effective_from desc, pv.version desc limit 1) as policy_zh,
                (select pv.title_en from policy_versions pv where pv.policy_id = a.policy_id order by pv.effective_from desc, pv.version desc limit 1) as policy_en,
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
