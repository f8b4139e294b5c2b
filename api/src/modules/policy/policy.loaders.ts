import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { Policy, PolicyVersion } from './policy.entity.js';
import { RuleSet, RuleVersion } from './rule.entity.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

/** Postgres array literal of uuids (callers only pass ids that passed the uuid check or came from rows). */
export const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** A policy's row as plain data, e.g. from a list's own statement (issue 13: no entity, no identity map). */
export interface PolicyRow {
  id: string;
  code: string;
  category: Policy['category'];
  audiences: Policy['audiences'];
  level: Policy['level'];
  eligibility_kind: Policy['eligibilityKind'];
  has_points_calculator: boolean;
  sort_order: number;
  created_at: string;
}

/** A policy as the GraphQL type Policy reads it, from its row: the entity's fields, not an entity. */
export type PolicyView = Pick<Policy, 'id' | 'code' | 'category' | 'audiences' | 'level' | 'eligibilityKind' | 'hasPointsCalculator' | 'sortOrder' | 'createdAt'>;

/** SQL building a PolicyRow as JSON from the policies row aliased `alias`. */
export const POLICY_JSON = (alias: string) => `json_build_object('id', ${alias}.id, 'code', ${alias}.code, 'category', ${alias}.category, 'audiences', ${alias}.audiences,
  'level', ${alias}.level, 'eligibility_kind', ${alias}.eligibility_kind, 'has_points_calculator', ${alias}.has_points_calculator, 'sort_order', ${alias}.sort_order,
  'created_at', ${alias}.created_at)`;

export const policyView = (r: PolicyRow): PolicyView => ({
  id: r.id, code: r.code, category: r.category, audiences: r.audiences, level: r.level, eligibilityKind: r.eligibility_kind,
  hasPointsCalculator: r.has_points_calculator, sortOrder: r.sort_order, createdAt: new Date(r.created_at),
});


/** The version of each policy in force on `date`: latest effective date on or before it, then highest number. */
export async function policyVersionsInForce(em: EntityManager, policyIds: readonly string[], date: string): Promise<PolicyVersion[]> {
  if (policyIds.length === 0) return [];
  const rows = await em.execute(
    `select distinct on (policy_id) * from policy_versions
      where policy_id = any(?::uuid[]) and effective_from <= ?::date
      order by policy_id, effective_from desc, version desc`,
    [uuidArray(policyIds), date],
  );
  return rows.map((row: Record<string, unknown>) => em.map(PolicyVersion, row));
}

/** The version of each rule set in force on `date`. */
export async function ruleVersionsInForce(em: EntityManager, ruleSetIds: readonly string[], date: string): Promise<RuleVersion[]> {
  if (ruleSetIds.length === 0) return [];
  const rows = await em.execute(
    `select distinct on (rule_set_id) * from rule_versions
      where rule_set_id = any(?::uuid[]) and effective_from <= ?::date
      order by rule_set_id, effective_from desc, version desc`,
    [uuidArray(ruleSetIds), date],
  );
  return rows.map((row: Record<string, unknown>) => em.map(RuleVersion, row));
}

export function policyLoaders(em: EntityManager) {
  const today = shanghaiToday();
  return {
    policyById: keyedLoader<string, Policy>((ids) => em.find(Policy, { id: { $in: [...ids] } }), (p) => p.id),
    /** Keyed by policy id: the version in force today (Asia/Shanghai). */
    currentPolicyVersionByPolicyId: keyedLoader<string, PolicyVersion>((ids) => policyVersionsInForce(em, ids, today), (v) => v.policy.id),
    policyVersionsByPolicyId: groupedLoader<PolicyVersion>(
      (ids) => em.find(PolicyVersion, { policy: { $in: [...ids] } }, { orderBy: { version: 'desc' } }),
      (v) => v.policy.id,
    ),
    ruleSetById: keyedLoader<string, RuleSet>((ids) => em.find(RuleSet, { id: { $in: [...ids] } }), (r) => r.id),
    ruleSetsByPolicyId: groupedLoader<RuleSet>((ids) => em.find(RuleSet, { policy: { $in: [...ids] } }, { orderBy: { code: 'asc' } }), (r) => r.policy!.id),
    /** Keyed by rule set id: the version in force today (Asia/Shanghai). */
    currentRuleVersionByRuleSetId: keyedLoader<string, RuleVersion>((ids) => ruleVersionsInForce(em, ids, today), (v) => v.ruleSet.id),
    ruleVersionsByRuleSetId: groupedLoader<RuleVersion>(
      (ids) => em.find(RuleVersion, { ruleSet: { $in: [...ids] } }, { orderBy: { version: 'desc' } }),
      (v) => v.ruleSet.id,
    ),
  };
}
