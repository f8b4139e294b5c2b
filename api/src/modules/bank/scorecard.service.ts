import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, DomainErrorCode } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { FinancingAnswerKind, FinancingRequestStatus, FinancingRouteStatus } from './bank.enums.js';
import { BANK_MESSAGES as M } from './bank.messages.js';
import { BankBranch, BankScorecard, BankScorecardRow } from './bank.payloads.js';
import { isTown } from './bank.service.js';
import { scorecardFigures, scorecardMonths, type ScorecardSums } from './scorecard.js';
import { addMonths } from '../../core/time/months.js';
import { shanghaiMonthStart } from '../../core/time/shanghai.js';

interface SumsRow {
  branch_id: string | null;
  month: string;
  routes: number;
  requests: number;
  answered: number;
  answers: number;
  hours_sum: number;
  offers: number;
  offers_open: number;
  accepted: number;
}

const EMPTY: ScorecardSums = { requestsReceived: 0, requestsAnswered: 0, answersGiven: 0, hoursToFirstAnswerSum: 0, offersMade: 0, offersOpen: 0, offersAccepted: 0, distinctRequests: 0 };

/**
 * The partnership's scorecard, by the measures of scorecard.ts: everything counts in the month
 * (Shanghai time) the request reached the branch, and the totals are the branches' sums (one
 * grouping-sets query gives both, so they cannot disagree).
 */
export class ScorecardService {
  constructor(private readonly em: EntityManager) {}

  async scorecard(viewer: Viewer, fromMonth: string, toMonth: string, branchId: string | null | undefined): Promise<BankScorecard> {
    const months = scorecardMonths(fromMonth, toMonth);
    if (!months) {
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.scorecardMonths);
    }
    // The town sees every branch; a liaison only their own (and no partnership totals).
    let only: string | null = branchId ?? null;
    if (viewer.role === Role.BANK_LIAISON) {
      if (only && only !== viewer.organisationId) throw DomainError.notFound(M.branch);
      only = viewer.organisationId;
    } else if (!isTown(viewer)) throw DomainError.forbidden();

    const branches = await this.em.find(Organisation, { kind: OrganisationKind.BANK_BRANCH, ...(only ? { id: only } : {}) }, { orderBy: { nameZh: 'asc', id: 'asc' } });
    if (only && branches.length === 0) throw DomainError.notFound(M.branch);

    const rows: SumsRow[] = await this.em.execute(
      `with per_route as (
         select route_id, count(*) as answers, bool_or(kind = ?) as offered from financing_answers group by route_id
       ), sent as (
         select r.*, q.status as request_status, to_char(r.sent_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month
           from financing_routes r join financing_requests q on q.id = r.request_id
          where r.sent_at >= ? and r.sent_at < ? ${only ? 'and r.branch_id = ?' : ''}
       )
       select r.branch_id, r.month,
              count(*)::int as routes,
              count(distinct r.request_id)::int as requests,
              count(r.first_answered_at)::int as answered,
              coalesce(sum(a.answers), 0)::int as answers,
              coalesce(sum(extract(epoch from (r.first_answered_at - r.sent_at)) / 3600.0), 0)::float8 as hours_sum,
              count(*) filter (where a.offered)::int as offers,
              count(*) filter (where a.offered and r.request_status = ?)::int as offers_open,
              count(*) filter (where r.status = ?)::int as accepted
         from sent r left join per_route a on a.route_id = r.id
        group by grouping sets ((r.branch_id, r.month), (r.month))`,
      [FinancingAnswerKind.INTERESTED, shanghaiMonthStart(fromMonth), shanghaiMonthStart(addMonths(toMonth, 1)), ...(only ? [only] : []), FinancingRequestStatus.OPEN, FinancingRouteStatus.ACCEPTED],
    );

    const sums = (row: SumsRow | undefined): ScorecardSums => row ? {
      requestsReceived: row.routes,
      requestsAnswered: row.answered,
      answersGiven: row.answers,
      hoursToFirstAnswerSum: row.hours_sum,
      offersMade: row.offers,
      offersOpen: row.offers_open,
      offersAccepted: row.accepted,
      distinctRequests: row.requests,
    } : EMPTY;
    const key = (branch: string | null, month: string) => `${branch ?? '*'}|${month}`;
    const byKey = new Map(rows.map((r) => [key(r.branch_id, r.month), r]));
    const row = (branch: string | null, month: string): BankScorecardRow =>
      Object.assign(new BankScorecardRow(), { month, branchId: branch, ...scorecardFigures(sums(byKey.get(key(branch, month)))) });

    return {
      months,
      branches: branches.map((org) => BankBranch.of(org)),
      rows: branches.flatMap((b) => months.map((m) => row(b.id, m))),
      totals: only ? [] : months.map((m) => row(null, m)),
    };
  }
}
