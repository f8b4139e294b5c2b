// The most money one application may be approved for (issue 17 item 2), as part of the policy's
// ELIGIBILITY_CRITERIA rule data: versioned, scheduled by effective date, audited, edited by an
// administrator with createRuleVersion (paths `applicationCap.amountYuan`, `applicationCap.sample`).
// A money policy whose cap is null takes no applications: nothing it receives could be approved.
import type { ApplicationCap } from './policy-criteria.schema.js';

// The shape of the cap, and its type, is policy-criteria.schema.ts.
export type { ApplicationCap } from './policy-criteria.schema.js';

/** What rule data stored before caps were rule data means: not configured. */
export const NO_APPLICATION_CAP: ApplicationCap = { amountYuan: null, sample: false };

/** The largest cap an administrator may enter: a sanity bound against a slipped digit, not policy. */
export const MAX_APPLICATION_CAP_YUAN = 10_000_000;

export function applicationCapOf(data: unknown): ApplicationCap {
  return (data as { applicationCap?: ApplicationCap } | null)?.applicationCap ?? NO_APPLICATION_CAP;
}

/** Cross-field check before a version is stored. */
export function applicationCapChecks(cap: ApplicationCap): { path: string; zh: string; en: string }[] {
  if (cap.sample && cap.amountYuan === null) return [{ path: 'applicationCap.sample', zh: '未配置金额时不能标为示例', en: 'cannot be true while no amount is configured' }];
  return [];
}
