import type { EntityManager } from '@mikro-orm/postgresql';
import { grantLimitsOf, type GrantLimits, type LimitSource } from './rules/grant-limits.js';

/** A policy's per-person limits on a date, with the rule version they come from. */
export interface GrantLimitsInForce {
  limits: GrantLimits;
  source: LimitSource & { ruleVersionId: string };
}

/**
 * The per-person limits in the policy's criteria rule data in force on `date` (Shanghai), or
 * null when the policy has no criteria rule set. Runs on the caller's entity manager, so inside
 * an approval's transaction it uses that transaction's connection and sees what it sees.
 */
export async function grantLimitsInForce(em: EntityManager, policyId: string, date: string): Promise<GrantLimitsInForce | null> {
  const [row] = await em.execute<{ id: string; version: number; data: unknown; legal_basis: string; name_zh: string; name_en: string }[]>(
    `select v.id, v.version, v.data, v.legal_basis, s.name_zh, s.name_en
       from rule_sets s
       join lateral (select * from rule_versions
                      where rule_set_id = s.id and effective_from <= ?::date
                      order by effective_from desc, version desc limit 1) v on true
      where s.policy_id = ? and s.kind = 'ELIGIBILITY_CRITERIA'
      order by s.code limit 1`,
    [date, policyId],
  );
  if (!row) return null;
  return {
    limits: grantLimitsOf(row.data),
    source: { ruleVersionId: row.id, version: row.version, legalBasis: row.legal_basis, ruleSetNameZh: row.name_zh, ruleSetNameEn: row.name_en },
  };
}
