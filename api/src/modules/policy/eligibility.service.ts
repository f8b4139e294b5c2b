import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, UserInputErrors, type UserErrorData } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { EducationLevel, type talentLoaders } from '../talent/index.js';
import { evaluating, userErrorsOf } from './policy.errors.js';
import type { Policy } from './policy.entity.js';
import type { EligibilityFactsInput, ResidencePointsInput, StoredPolicyFacts } from './policy.inputs.js';
import type { policyLoaders } from './policy.loaders.js';
import type { CriterionResult, EligibilityResult, PointsItem, PolicyBenefit, PolicyEligibility, ResidencePointsEstimate } from './policy.payloads.js';
import { TalentPolicyFacts } from './policy-facts.entity.js';
import type { PolicyService } from './policy.service.js';
import { RuleSet, type RuleVersion } from './rule.entity.js';
import type { RuleService } from './rule.service.js';
import { shanghaiNoon, shanghaiToday } from '../../core/time/shanghai.js';
import {
  FACT_KEYS,
  apartmentBenefits,
  OFFICIAL_SCORE_NOTICE,
  PRELIMINARY_CHECK_NOTICE,
  checkGraduateSettlement,
  checkHukouTransfer,
  checkPolicyCriteria,
  estimateResidencePoints,
  factsUsedBy,
  validateEligibilityFacts,
  validateGraduateScoreInput,
  validateHukouTransferFacts,
  validateResidencePointsInput,
  withWageAmounts,
  type BenefitRule,
  type CriterionResult as EngineCriterion,
  type CriterionTest,
  type EligibilityFacts,
  type GraduateScoreInput,
  type GraduateScoreRules,
  type HukouTransferFacts,
  type HukouTransferRules,
  type PolicyCriteriaRules,
  type TalentApartmentRules,
  type ResidencePointsRules,
  type ResidencePointsInput as EngineResidencePointsInput,
  type YearlyParameters,
} from './rules/index.js';
import { POLICY_MESSAGES as M } from './policy.messages.js';

/** Codes of the shared rule sets (seeded; see seeds/ids.ts). */
export const RULE_SET_CODES = { residencePoints: 'residence-points', yearlyParameters: 'yearly-parameters' } as const;

type Loaders = ReturnType<typeof policyLoaders> & ReturnType<typeof talentLoaders>;

/** What describing a policy's eligibility reads of it: an entity or a list's plain row alike. */
type PolicyRef = Pick<Policy, 'id' | 'code' | 'eligibilityKind'>;

/** The engine treats null (GraphQL's "omitted") like undefined; only the static types differ. */
const engineAnswers = (input: ResidencePointsInput) => input as unknown as EngineResidencePointsInput;

/** Plain JSON of a GraphQL input object: no class instances, no undefined. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? {})) as T;

function criterionView(c: EngineCriterion): CriterionResult {
  return {
    code: c.code,
    status: c.status,
    explanation: c.explanation,
    legalBasis: c.legalBasis,
    howToChange: c.howToChange ?? null,
    notConfigured: c.notConfigured === true,
  };
}

function benefitView(b: BenefitRule): PolicyBenefit {
  return { code: b.code, label: b.label, amount: b.amount, unit: b.unit, note: b.note, notConfigured: b.amount === null };
}

/**
 * What a policy gives: its criteria's benefits, and for the talent-apartment policy the rates and
 * caps of its own rule set, which are kept there only (a stored criteria version that still
 * carries a copy of one is shown from the rule set instead).
 */
function benefitsOf(rules: PolicyCriteriaRules, apartment: RuleVersion | null | undefined): BenefitRule[] {
  if (!apartment) return rules.benefits;
  const derived = apartmentBenefits(apartment.data as TalentApartmentRules);
  return [...derived, ...rules.benefits.filter((b) => !derived.some((d) => d.code === b.code))];
}

function usesAverageWage(rules: PolicyCriteriaRules): boolean {
  const walk = (test: CriterionTest): boolean => (test.kind === 'ANY' || test.kind === 'ALL' ? test.of.some(walk) : test.kind === 'INCOME_MULTIPLE');
  return rules.criteria.some((c) => walk(c.test));
}

/** Full years between a YYYY-MM-DD birth date and a YYYY-MM-DD date. */
export function ageOn(birth: string, date: string): number {
  // Both are zero-padded, so month-and-day compare as text.
  const beforeBirthday = date.slice(5, 10) < birth.slice(5, 10);
  return Number(date.slice(0, 4)) - Number(birth.slice(0, 4)) - (beforeBirthday ? 1 : 0);
}

/** Saved facts with age (on `date`) and education taken from the talent profile where the facts leave them out. */
export function withProfileFacts(saved: StoredPolicyFacts, profile: { dateOfBirth?: string | null; education: EducationLevel } | null, date: string): StoredPolicyFacts {
  const filled: StoredPolicyFacts = { ...saved };
  if (filled.age == null && profile?.dateOfBirth) filled.age = ageOn(profile.dateOfBirth, date);
  if (filled.education == null && profile && profile.education !== EducationLevel.NONE) filled.education = profile.education;
  return filled;
}

/** The points calculator, eligibility checks and a talent's saved facts. */
export class EligibilityService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
    private readonly rules: RuleService,
    private readonly policies: PolicyService,
  ) {}

  private async sharedRuleSets(): Promise<{ points: RuleSet; params: RuleSet }> {
    const sets = await this.em.find(RuleSet, { code: { $in: [RULE_SET_CODES.residencePoints, RULE_SET_CODES.yearlyParameters] } });
    const points = sets.find((s) => s.code === RULE_SET_CODES.residencePoints);
    const params = sets.find((s) => s.code === RULE_SET_CODES.yearlyParameters);
    if (!points || !params) throw new Error('the residence-points and yearly-parameters rule sets are missing: is the catalogue seeded?');
    return { points, params };
  }

  /**
   * The public points estimate with the rules in force on `asOf` (default: today in Shanghai).
   * Input problems are UserInputErrors with fields under `prefix` (`input.age`).
   */
  async residencePoints(input: ResidencePointsInput, asOf?: string | null, prefix = 'input'): Promise<ResidencePointsEstimate> {
    const date = asOf ?? shanghaiToday();
    const versions = await this.rules.inForceByCode([RULE_SET_CODES.residencePoints, RULE_SET_CODES.yearlyParameters], date);
    const pointsVersion = versions.get(RULE_SET_CODES.residencePoints)!;
    const paramsVersion = versions.get(RULE_SET_CODES.yearlyParameters)!;
    const rules = pointsVersion.data as ResidencePointsRules;
    const answers = engineAnswers(plain(input));
    const estimate = evaluating(prefix, () => estimateResidencePoints(answers, rules));
    const explained = withWageAmounts(estimate, answers, rules, paramsVersion.data as YearlyParameters);
    return {
      total: explained.total,
      standardScore: explained.standardScore,
      meetsStandard: explained.meetsStandard,
      disqualified: explained.disqualified,
      items: explained.items.map((i): PointsItem => ({ ...i, notConfigured: i.notConfigured === true })),
      ruleVersion: pointsVersion,
      parametersVersion: paramsVersion,
      asOf: date,
      note: OFFICIAL_SCORE_NOTICE,
    };
  }

  private async eligibilityRuleSet(policy: PolicyRef): Promise<RuleSet> {
    const kind = policy.eligibilityKind === 'CRITERIA' ? 'ELIGIBILITY_CRITERIA' : policy.eligibilityKind;
    const ruleSet = (await this.loaders.ruleSetsByPolicyId.load(policy.id)).find((r) => r.kind === kind);
    if (!ruleSet) throw new Error(`policy ${policy.code} has no ${kind} rule set`);
    return ruleSet;
  }

  /** The policy's talent-apartment rule set (rates and caps), if it has one. */
  private async apartmentRuleSet(policy: PolicyRef): Promise<RuleSet | null> {
    return (await this.loaders.ruleSetsByPolicyId.load(policy.id)).find((r) => r.kind === 'TALENT_APARTMENT') ?? null;
  }

  /** Preliminary check of one policy against the given facts, with the rules in force on `asOf`. */
  async check(policyId: string, facts: EligibilityFactsInput | StoredPolicyFacts, asOf?: string | null, prefix = 'facts'): Promise<EligibilityResult> {
    const policy = await this.policies.byIdOrFail(policyId);
    const checker = await this.checkerFor(policy, asOf ?? shanghaiToday(), prefix);
    return checker(plain(facts));
  }

  /**
   * Loads the rules of one policy in force on `date` once and returns a pure check of facts
   * against them, so many people's facts can be checked without a query each (the alerts job).
   */
  async checkerFor(policy: Policy, date: string, prefix = 'facts'): Promise<(given: StoredPolicyFacts) => EligibilityResult> {
    const noon = shanghaiNoon(date);
    const ruleSet = await this.eligibilityRuleSet(policy);
    const base = { policy, preliminary: true, asOf: date, note: PRELIMINARY_CHECK_NOTICE, graduateScore: null, requiredYears: null };

    if (policy.eligibilityKind === 'HUKOU_TRANSFER') {
      const { version, data } = await this.rules.inForce(ruleSet, 'HUKOU_TRANSFER', date);
      return (given) => {
        const result = evaluating(`${prefix}.hukouTransfer`, () => checkHukouTransfer((given.hukouTransfer ?? {}) as HukouTransferFacts, data, noon));
        return { ...base, verdict: result.verdict, criteria: result.criteria.map(criterionView), requiredYears: result.requiredYears, benefits: [], ruleVersion: version, parametersVersion: null };
      };
    }
    if (policy.eligibilityKind === 'GRADUATE_SCORE') {
      const { version, data } = await this.rules.inForce(ruleSet, 'GRADUATE_SCORE', date);
      return (given) => {
        const result = evaluating(`${prefix}.graduate`, () => checkGraduateSettlement((given.graduate ?? {}) as Partial<GraduateScoreInput>, data));
        return {
          ...base,
          verdict: result.verdict,
          criteria: result.criteria.map(criterionView),
          graduateScore: result.score && { total: result.score.total, standardScore: result.score.standardScore, meetsStandard: result.score.meetsStandard, items: result.score.items },
          benefits: [],
          ruleVersion: version,
          parametersVersion: null,
        };
      };
    }
    const { params } = await this.sharedRuleSets();
    const apartment = await this.apartmentRuleSet(policy);
    const versions = await this.rules.manyInForce([ruleSet, params, ...(apartment ? [apartment] : [])], date);
    const version = versions.get(ruleSet.id)!;
    const paramsVersion = versions.get(params.id)!;
    const rules = version.data as PolicyCriteriaRules;
    const benefits = benefitsOf(rules, apartment && versions.get(apartment.id)).map(benefitView);
    return (given) => {
      const flat = Object.fromEntries(FACT_KEYS.map((k) => [k, given[k] ?? null])) as EligibilityFacts;
      const result = evaluating(prefix, () => checkPolicyCriteria(flat, rules, paramsVersion.data as YearlyParameters, noon));
      return {
        ...base,
        verdict: result.verdict,
        criteria: result.criteria.map(criterionView),
        benefits,
        ruleVersion: version,
        parametersVersion: usesAverageWage(rules) ? paramsVersion : null,
      };
    };
  }

  /** The residence-points estimate with the point tables in force on `date`, as a pure function of the answers. */
  async pointsEstimatorFor(date: string): Promise<(answers: ResidencePointsInput) => { total: number; standardScore: number; meetsStandard: boolean; disqualified: boolean }> {
    const { points } = await this.sharedRuleSets();
    const { data } = await this.rules.inForce(points, 'RESIDENCE_POINTS', date);
    return (answers) => estimateResidencePoints(engineAnswers(plain(answers)), data);
  }

  /** How a policy's eligibility is checked today, for its page (what facts to ask for). */
  async describe(policy: PolicyRef): Promise<PolicyEligibility> {
    // Both sets, then both versions, in one batch each: a list of policies stays at a fixed number of statements.
    const [ruleSet, apartment] = await Promise.all([this.eligibilityRuleSet(policy), this.apartmentRuleSet(policy)]);
    const current = this.loaders.currentRuleVersionByRuleSetId;
    const [version, apartmentVersion] = await Promise.all([current.load(ruleSet.id), apartment && current.load(apartment.id)]);
    if (!version) throw DomainError.notFound(M.rulesInForce);
    if (policy.eligibilityKind !== 'CRITERIA') {
      return { kind: policy.eligibilityKind, facts: [], configured: true, notConfiguredReason: null, benefits: [], ruleVersion: version };
    }
    const rules = version.data as PolicyCriteriaRules;
    return {
      kind: policy.eligibilityKind,
      facts: factsUsedBy(rules),
      configured: rules.configured,
      notConfiguredReason: rules.notConfiguredReason,
      benefits: benefitsOf(rules, apartmentVersion).map(benefitView),
      ruleVersion: version,
    };
  }

  private assertTalent(viewer: Viewer): void {
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
  }

  async myFacts(viewer: Viewer): Promise<StoredPolicyFacts | null> {
    this.assertTalent(viewer);
    const row = await this.em.findOne(TalentPolicyFacts, { user: viewer.userId });
    return row?.facts ?? null;
  }

  /** Saved facts, with age and education filled in from the talent profile where not given. */
  private async factsForCheck(viewer: Viewer, date: string): Promise<StoredPolicyFacts> {
    const saved = (await this.myFacts(viewer)) ?? {};
    const profile = await this.loaders.talentProfileByUserId.load(viewer.userId);
    return withProfileFacts(saved, profile ?? null, date);
  }

  async myEligibility(viewer: Viewer, policyId: string, asOf?: string | null): Promise<EligibilityResult> {
    this.assertTalent(viewer);
    const date = asOf ?? shanghaiToday();
    return this.check(policyId, await this.factsForCheck(viewer, date), date);
  }

  /** The estimate from the talent's saved calculator answers; null when none are saved. */
  async myResidencePoints(viewer: Viewer, asOf?: string | null): Promise<ResidencePointsEstimate | null> {
    const saved = await this.myFacts(viewer);
    return saved?.residencePoints ? this.residencePoints(saved.residencePoints, asOf, 'facts.residencePoints') : null;
  }

  /** Replaces the talent's saved facts after checking every part against today's rules. */
  async saveMyFacts(viewer: Viewer, facts: EligibilityFactsInput): Promise<StoredPolicyFacts> {
    this.assertTalent(viewer);
    const given = plain(facts) as StoredPolicyFacts;
    const today = shanghaiToday();
    const [hukouSet, graduateSet] = await Promise.all([this.rules.byCode('hukou-transfer'), this.rules.byCode('graduate-score')]);
    const { points } = await this.sharedRuleSets();
    const versions = await this.rules.manyInForce([points, ...(hukouSet ? [hukouSet] : []), ...(graduateSet ? [graduateSet] : [])], today);
    const data = (set: RuleSet | null) => (set ? versions.get(set.id)?.data : undefined);

    const flat = Object.fromEntries(FACT_KEYS.map((k) => [k, given[k] ?? null])) as EligibilityFacts;
    const errors: UserErrorData[] = userErrorsOf(validateEligibilityFacts(flat), 'facts');
    if (given.hukouTransfer && hukouSet) {
      errors.push(...userErrorsOf(validateHukouTransferFacts(given.hukouTransfer as HukouTransferFacts, data(hukouSet) as HukouTransferRules), 'facts.hukouTransfer'));
    }
    if (given.graduate && graduateSet) {
      // Degree and school may be saved later: only what is given is checked.
      const problems = validateGraduateScoreInput(given.graduate as GraduateScoreInput, data(graduateSet) as GraduateScoreRules).filter((e) => e.code !== 'REQUIRED');
      errors.push(...userErrorsOf(problems, 'facts.graduate'));
    }
    if (given.residencePoints) {
      errors.push(...userErrorsOf(validateResidencePointsInput(engineAnswers(given.residencePoints), versions.get(points.id)!.data as ResidencePointsRules), 'facts.residencePoints'));
    }
    if (errors.length > 0) throw new UserInputErrors(errors);

    // One row per talent; an upsert lets two saves racing each other both succeed (the last wins).
    await this.em.upsert(
      TalentPolicyFacts,
      { id: randomUUID(), user: this.em.getReference(User, viewer.userId), facts: given, updatedAt: new Date() },
      { onConflictFields: ['user'], onConflictAction: 'merge', onConflictMergeFields: ['facts', 'updatedAt'] },
    );
    return given;
  }
}

export type { RuleVersion };
