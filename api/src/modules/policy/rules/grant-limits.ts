// Per-person limits on how often a policy's benefit is granted (issue 10 item 6), as part of the
// policy's ELIGIBILITY_CRITERIA rule data: versioned, with a legal basis, edited by an
// administrator with createRuleVersion (paths `grantLimits.maxGrantsPerPerson` and so on). Pure:
// the application module counts the person's grants and asks `grantLimitProblems`.
import type { LocalisedText } from './common.js';
import type { GrantLimits } from './policy-criteria.schema.js';
import { SHANGHAI_OFFSET_MS } from '../../../core/time/shanghai.js';

export const GRANT_PERIODS = ['CALENDAR_YEAR', 'ROLLING_MONTHS'] as const;
export type GrantPeriod = (typeof GRANT_PERIODS)[number];

// The shape of the limits, and their type, is policy-criteria.schema.ts.
export type { GrantLimits } from './policy-criteria.schema.js';

/** What rule data stored before limits existed means: no limit of any kind. */
export const NO_GRANT_LIMITS: GrantLimits = {
  maxGrantsPerPerson: null,
  maxGrantsPerPeriod: null,
  period: 'CALENDAR_YEAR',
  periodMonths: null,
  maxAmountYuanPerPerson: null,
  provenance: [{ tag: 'UNKNOWN', note: 'POLICY.md gives no per-person grant limits for this policy; none are applied until configured.' }],
};

/** The limits in a policy's criteria data; data stored before limits existed has none. */
export function grantLimitsOf(data: unknown): GrantLimits {
  const limits = (data as { grantLimits?: GrantLimits } | null)?.grantLimits;
  return limits ?? NO_GRANT_LIMITS;
}

export function anyGrantLimit(limits: GrantLimits): boolean {
  return limits.maxGrantsPerPerson !== null || limits.maxGrantsPerPeriod !== null || limits.maxAmountYuanPerPerson !== null;
}

/** Cross-field checks before a version is stored (the shape is checked separately). */
export function grantLimitsChecks(limits: GrantLimits): { path: string; zh: string; en: string }[] {
  const out: { path: string; zh: string; en: string }[] = [];
  if (limits.period === 'ROLLING_MONTHS' && limits.periodMonths === null) {
    out.push({ path: 'grantLimits.periodMonths', zh: '按滚动月数计算时须填写月数', en: 'is required when the period is ROLLING_MONTHS' });
  }
  if (limits.period === 'CALENDAR_YEAR' && limits.periodMonths !== null) {
    out.push({ path: 'grantLimits.periodMonths', zh: '按自然年计算时须为 null', en: 'must be null when the period is CALENDAR_YEAR' });
  }
  if (limits.maxGrantsPerPerson !== null && limits.maxGrantsPerPeriod !== null && limits.maxGrantsPerPeriod > limits.maxGrantsPerPerson) {
    out.push({ path: 'grantLimits.maxGrantsPerPeriod', zh: '不能大于 maxGrantsPerPerson', en: 'must not exceed maxGrantsPerPerson' });
  }
  return out;
}

/** When the period that `now` falls in began (an instant), for counting grants within it. */
export function periodStart(limits: GrantLimits, now: Date): Date {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  if (limits.period === 'CALENDAR_YEAR') return new Date(Date.UTC(local.getUTCFullYear(), 0, 1) - SHANGHAI_OFFSET_MS);
  const months = limits.periodMonths ?? 12;
  const start = new Date(local);
  start.setUTCMonth(start.getUTCMonth() - months);
  return new Date(start.getTime() - SHANGHAI_OFFSET_MS);
}

/** The person's grants for the policy other than the one being decided. */
export interface GrantsSoFar {
  /** Approvals ever. */
  grants: number;
  /** Approvals since `periodStart`. */
  grantsInPeriod: number;
  /** Money approved ever, in yuan. */
  amountYuan: number;
}

/** The rule version the limits come from, for the message and the history entry. */
export interface LimitSource {
  version: number;
  ruleSetNameZh: string;
  ruleSetNameEn: string;
  /** The version's legal basis (document and number). */
  legalBasis: string;
}

export interface GrantLimitProblem {
  /** Which limit: the field to put the message on is the caller's choice. */
  limit: 'maxGrantsPerPerson' | 'maxGrantsPerPeriod' | 'maxAmountYuanPerPerson';
  message: LocalisedText;
}

const yuan = (n: number) => n.toLocaleString('en-US');

/**
 * Every limit this grant would break, each naming the limit and the rule version. `amountYuan`
 * is the amount being approved (null when the policy pays no money).
 */
export function grantLimitProblems(limits: GrantLimits, so: GrantsSoFar, amountYuan: number | null, source: LimitSource, now: Date): GrantLimitProblem[] {
  const out: GrantLimitProblem[] = [];
  const rule = {
    zh: `（「${source.ruleSetNameZh}」第 ${source.version} 版，依据：${source.legalBasis}）`,
    en: ` ("${source.ruleSetNameEn}", version ${source.version}, basis: ${source.legalBasis})`,
  };
  if (limits.maxGrantsPerPerson !== null && so.grants + 1 > limits.maxGrantsPerPerson) {
    out.push({
      limit: 'maxGrantsPerPerson',
      message: {
        zh: `超过每人获批次数上限：该申请人已获批本政策 ${so.grants} 次，每人最多 ${limits.maxGrantsPerPerson} 次，不能再批准${rule.zh}。`,
        en: `Over the limit of grants per person: this applicant has been granted this policy ${so.grants} time(s), and the limit is ${limits.maxGrantsPerPerson} per person, so it cannot be approved again${rule.en}.`,
      },
    });
  }
  if (limits.maxGrantsPerPeriod !== null && so.grantsInPeriod + 1 > limits.maxGrantsPerPeriod) {
    const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
    const period = limits.period === 'CALENDAR_YEAR'
      ? { zh: `${local.getUTCFullYear()} 年内`, en: `in ${local.getUTCFullYear()}` }
      : { zh: `近 ${limits.periodMonths} 个月内`, en: `in the last ${limits.periodMonths} months` };
    const per = limits.period === 'CALENDAR_YEAR' ? { zh: '每个自然年', en: 'per calendar year' } : { zh: `每 ${limits.periodMonths} 个月`, en: `per ${limits.periodMonths} months` };
    out.push({
      limit: 'maxGrantsPerPeriod',
      message: {
        zh: `超过期间内获批次数上限：该申请人${period.zh}已获批本政策 ${so.grantsInPeriod} 次，${per.zh}最多 ${limits.maxGrantsPerPeriod} 次${rule.zh}。`,
        en: `Over the limit of grants per period: this applicant has been granted this policy ${so.grantsInPeriod} time(s) ${period.en}, and the limit is ${limits.maxGrantsPerPeriod} ${per.en}${rule.en}.`,
      },
    });
  }
  if (limits.maxAmountYuanPerPerson !== null && amountYuan !== null && so.amountYuan + amountYuan > limits.maxAmountYuanPerPerson) {
    const left = Math.max(0, limits.maxAmountYuanPerPerson - so.amountYuan);
    out.push({
      limit: 'maxAmountYuanPerPerson',
      message: {
        zh: `超过每人累计金额上限：该申请人本政策已累计获批 ${yuan(so.amountYuan)} 元，加上本次 ${yuan(amountYuan)} 元共 ${yuan(so.amountYuan + amountYuan)} 元，每人累计最多 ${yuan(limits.maxAmountYuanPerPerson)} 元；本次最多可批准 ${yuan(left)} 元${rule.zh}。`,
        en: `Over the lifetime amount per person: this applicant has been approved ${yuan(so.amountYuan)} yuan under this policy; with ${yuan(amountYuan)} more that makes ${yuan(so.amountYuan + amountYuan)}, over the limit of ${yuan(limits.maxAmountYuanPerPerson)} per person. At most ${yuan(left)} yuan can be approved now${rule.en}.`,
      },
    });
  }
  return out;
}
