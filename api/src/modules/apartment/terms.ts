import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { type RuleService, type RuleSet, type RulesInForce, RuleVersion, type TalentApartmentRules } from '../policy/index.js';
import type { VersionedRules } from './subsidy.js';
import { APARTMENT_MESSAGES as M } from './apartment.messages.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

/** Stable code of the talent-apartment rule set (kind TALENT_APARTMENT). */
export const TALENT_APARTMENT_RULE_SET_CODE = 'talent-apartment-terms';

/**
 * The talent-apartment rule data: subsidy rates and caps, the months per person, the offer
 * response time and the lease term. Nothing in this module holds those numbers itself.
 */
export class ApartmentTerms {
  private cachedSet: RuleSet | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly rules: RuleService,
  ) {}

  async ruleSet(em: EntityManager = this.em): Promise<RuleSet> {
    if (this.cachedSet) return this.cachedSet;
    const set = await this.rules.byCode(TALENT_APARTMENT_RULE_SET_CODE, em);
    if (!set) {
      new FieldErrors().addText(null, UserErrorCode.INVALID_STATE, M.rulesNotConfigured).throwIfAny();
    }
    this.cachedSet = set;
    return set!;
  }

  /**
   * The version in force on `date` (default today in Shanghai), with its data. Inside a
   * transaction pass its `tx`: the request's own entity manager would take a second pool
   * connection while the transaction holds one (under load, the pool starves).
   */
  async inForce(date: string = shanghaiToday(), em: EntityManager = this.em): Promise<RulesInForce<'TALENT_APARTMENT'>> {
    return this.rules.inForce(await this.ruleSet(em), 'TALENT_APARTMENT', date, 'asOf', em);
  }

  /** Every version, for month-by-month subsidy schedules (each month picks the one in force then). */
  async allVersions(em: EntityManager = this.em): Promise<VersionedRules[]> {
    return allTermVersions(em, (await this.ruleSet(em)).id);
  }
}

/** Every version of the rule set (by id, or by its code in one query when no id is at hand). */
export async function allTermVersions(em: EntityManager, ruleSetId?: string): Promise<VersionedRules[]> {
  const versions = await em.find(RuleVersion, ruleSetId ? { ruleSet: ruleSetId } : { ruleSet: { code: TALENT_APARTMENT_RULE_SET_CODE } },
    { orderBy: { effectiveFrom: 'asc', version: 'asc' } });
  return versions.map((v) => ({ id: v.id, version: v.version, effectiveFrom: v.effectiveFrom, data: v.data as TalentApartmentRules }));
}
