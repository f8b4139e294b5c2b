import type { EntityManager } from '@mikro-orm/postgresql';
import type { talentLoaders } from '../talent/index.js';
import { AuditService } from '../audit/index.js';
import { EligibilityResolver } from './eligibility.resolver.js';
import { EligibilityService } from './eligibility.service.js';
import { TalentPolicyFacts } from './policy-facts.entity.js';
import { PolicyAlertSent, PolicyChangeAnnounced } from './policy-alert-tables.entity.js';
import { PolicyFollow } from './policy-follow.entity.js';
import { PolicyFollowResolver } from './policy-follow.resolver.js';
import { PolicyFollowService } from './policy-follow.service.js';
import { Policy, PolicyVersion } from './policy.entity.js';
import { policyLoaders } from './policy.loaders.js';
import { PolicyResolver, PolicyVersionResolver } from './policy.resolver.js';
import { PolicyService } from './policy.service.js';
import { RuleSet, RuleVersion } from './rule.entity.js';
import { RuleSetResolver, RuleVersionResolver } from './rule.resolver.js';
import { RuleService } from './rule.service.js';

export { policyLoaders };
export { POLICY_JSON, policyVersionsInForce, policyView, type PolicyRow, type PolicyView } from './policy.loaders.js';
export { policyAlertJobs } from './policy-alerts.js';
// What the application module asks when a benefit is granted (issue 10 item 6).
export { applicationCapsInForce, capInForceOf, criteriaInForceSql, grantLimitsInForce, type ApplicationCapInForce, type GrantLimitsInForce } from './grant-limits.service.js';
export { MAX_APPLICATION_CAP_YUAN, type ApplicationCap } from './rules/application-cap.js';
export { anyGrantLimit, grantLimitProblems, periodStart, type GrantsSoFar } from './rules/grant-limits.js';

export const POLICY_ENTITIES = [Policy, PolicyVersion, RuleSet, RuleVersion, TalentPolicyFacts, PolicyFollow, PolicyChangeAnnounced, PolicyAlertSent];

export const POLICY_RESOLVERS = [PolicyResolver, PolicyVersionResolver, RuleSetResolver, RuleVersionResolver, EligibilityResolver, PolicyFollowResolver] as const;

type Loaders = ReturnType<typeof policyLoaders> & ReturnType<typeof talentLoaders>;

export function policyServices(em: EntityManager, loaders: Loaders) {
  const audit = new AuditService(em);
  const rules = new RuleService(em, audit);
  const policies = new PolicyService(em, loaders, audit);
  return { audit, rules, policies, eligibility: new EligibilityService(em, loaders, rules, policies), policyFollows: new PolicyFollowService(em) };
}

// What other modules use.
export type { EligibilityService } from './eligibility.service.js';
export { Policy } from './policy.entity.js';
export { RuleVersion, type RuleSet } from './rule.entity.js';
export type { RuleService, RulesInForce } from './rule.service.js';
export { validateRuleData } from './rules/rule-kinds.js';
export { DEFAULT_TALENT_APARTMENT_RULES, monthlySubsidyFen, SUBSIDY_CATEGORIES, type SubsidyCategoryName, type TalentApartmentRules } from './rules/talent-apartment.rules.js';
export { checkNewPolicy, createPolicyRecords, NewPolicyInput, policyCodeTaken } from './policy-create.js';
