import type { EntityManager } from '@mikro-orm/postgresql';
import { applicationCapOf, type ApplicationCap } from './rules/application-cap.js';
import { grantLimitsOf, type GrantLimits, type LimitSource } from './rules/grant-limits.js';
import { uuidArray } from './policy.loaders.js';

/** A policy's per-person limits on a date, with the rule version they come from. */
export interface GrantLimitsInForce {
  limits: GrantLimits;
  source: LimitSource & { ruleVersionId: string };
}

/** A policy's cap per application on a date, with the rule version it comes from. */
export interface ApplicationCapInForce {
  cap: ApplicationCap;
  ruleVersionId: string;
  version: number;
}

interface CriteriaRow { policy_id: string; id: string; version: number; data: unknown; legal_basis: string; name_zh: string; name_en: string }

/**
 * The statement of `criteriaInForce`, for a caller that folds it into a statement of its own:
 * the ELIGIBILITY_CRITERIA rule version in force on the date (the first parameter) for each of
 * the policies `policyIds` names (a uuid[] expression: a parameter, or a subquery).
 */
export const criteriaInForceSql = (policyIds: string) =>
  `select distinct on (s.policy_id) s.policy_id, v.id, v.version, v.data, v.legal_basis, s.name_zh, s.name_en
     from rule_sets s
     join lateral (select * from rule_versions
                    where rule_set_id = s.id and effective_from <= ?::date
                    order by effective_from desc, version desc limit 1) v on true
    where s.policy_id = any(${policyIds}) and s.kind = 'ELIGIBILITY_CRITERIA'
    order by s.policy_id, s.code`;

/**
 * The ELIGIBILITY_CRITERIA rule version in force on `date` (Shanghai) for each policy that has
 * one, in one statement. Runs on the caller's entity manager, so inside a step's transaction it
 * uses that transaction's connection and sees what it sees.
 */
async function criteriaInForce(em: EntityManager, policyIds: readonly string[], date: string): Promise<Map<string, CriteriaRow>> {
  if (policyIds.length === 0) return new Map();
  const rows = await em.execute<CriteriaRow[]>(criteriaInForceSql('?::uuid[]'), [date, uuidArray(policyIds)]);
  return new Map(rows.map((r) => [r.policy_id, r]));
}

/** The per-person limits in force on `date`, or null when the policy has no criteria rule set. */
export async function grantLimitsInForce(em: EntityManager, policyId: string, date: string): Promise<GrantLimitsInForce | null> {
  const row = (await criteriaInForce(em, [policyId], date)).get(policyId);
  if (!row) return null;
  return {
    limits: grantLimitsOf(row.data),
    source: { ruleVersionId: row.id, version: row.version, legalBasis: row.legal_basis, ruleSetNameZh: row.name_zh, ruleSetNameEn: row.name_en },
  };
}

/** Each policy's cap per application in force on `date`; a policy without criteria rules is absent. */
export async function applicationCapsInForce(em: EntityManager, policyIds: readonly string[], date: string): Promise<Map<string, ApplicationCapInForce>> {
  const rows = await criteriaInForce(em, policyIds, date);
  return new Map([...rows].map(([policyId, row]) => [policyId, capInForceOf(row)]));
}

/** A policy's cap from its criteria row in force (see criteriaInForceSql). */
export const capInForceOf = (row: Pick<CriteriaRow, 'id' | 'version' | 'data'>): ApplicationCapInForce =>
  ({ cap: applicationCapOf(row.data), ruleVersionId: row.id, version: row.version });
