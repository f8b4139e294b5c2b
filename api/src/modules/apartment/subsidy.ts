// The rent subsidy, month by month, for one person over all their leases. Pure: the service
// loads the person's leases and every version of the TALENT_APARTMENT rule set, and stores what
// this returns (settlement lines name the rule version each month used).
import { monthlySubsidyFen, type SubsidyCategoryName, type TalentApartmentRules } from '../policy/index.js';
import { firstDay, monthRange, type Month } from '../../core/time/months.js';

/** One lease as whole months. */
export interface LeaseMonths {
  leaseId: string;
  startMonth: Month;
  /** Last month included; earlier than `startMonth` for a lease ended before it began. */
  endMonth: Month;
  rentYuan: number;
  category: SubsidyCategoryName;
}

export interface VersionedRules {
  id: string;
  version: number;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  data: TalentApartmentRules;
}

export type MonthOutcome =
  /** Subsidised: rate × rent, capped. */
  | 'SUBSIDISED'
  /** The person has had the most months the rules allow. */
  | 'LIMIT_REACHED'
  /** No rule version was in force on the month's first day. */
  | 'NOT_CONFIGURED'
  /** Already counted under another lease of the same person. */
  | 'OVERLAP';

interface MonthBase {
  leaseId: string;
  month: Month;
  rentYuan: number;
  subsidyFen: number;
  capped: boolean;
}

/** What the rule version in force on a month says for it. */
interface RuledMonth extends MonthBase {
  ratePercent: number;
  capYuan: number;
  ruleVersionId: string;
  ruleVersion: number;
  maxMonths: number;
}

/** A month of a lease; only a subsidised one has a number, and only a month under some rules has their figures. */
export type SubsidyMonth =
  | (MonthBase & { outcome: 'NOT_CONFIGURED'; ratePercent: null; capYuan: null; subsidyMonthNumber: null; ruleVersionId: null; ruleVersion: null; maxMonths: null })
  | (RuledMonth & { outcome: 'OVERLAP' | 'LIMIT_REACHED'; subsidyMonthNumber: null })
  /** `subsidyMonthNumber`: 1 for the person's first subsidised month, up to the rules' maximum. */
  | (RuledMonth & { outcome: 'SUBSIDISED'; subsidyMonthNumber: number });

/**
 * The version in force on `date`: the latest effective date on or before it, then the highest
 * version number (the same order as the policy module's `ruleVersionsInForce`).
 */
export function rulesInForceOn(versions: readonly VersionedRules[], date: string): VersionedRules | null {
  let best: VersionedRules | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > date) continue;
    if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version > best.version)) best = v;
  }
  return best;
}

/**
 * Every month of every lease, oldest first. A month uses the rule version in force on its first
 * day, so a new version applies from the first month that begins on or after its effective date
 * and never changes months before it. Months are counted per person across all their leases;
 * once the count reaches the maximum of the version in force, later months get nothing.
 */
export function subsidySchedule(leases: readonly LeaseMonths[], versions: readonly VersionedRules[]): SubsidyMonth[] {
  const ordered = [...leases].sort((a, b) => (a.startMonth === b.startMonth ? a.leaseId.localeCompare(b.leaseId) : a.startMonth.localeCompare(b.startMonth)));
  const counted = new Set<Month>();
  let used = 0;
  const out: SubsidyMonth[] = [];
  for (const lease of ordered) {
    for (const month of monthRange(lease.startMonth, lease.endMonth)) {
      const base = { leaseId: lease.leaseId, month, rentYuan: lease.rentYuan, capped: false, subsidyFen: 0 };
      const rules = rulesInForceOn(versions, firstDay(month));
      if (!rules) {
        out.push({ ...base, outcome: 'NOT_CONFIGURED', ratePercent: null, capYuan: null, subsidyMonthNumber: null, ruleVersionId: null, ruleVersion: null, maxMonths: null });
        continue;
      }
      const tier = rules.data.subsidy.tiers[lease.category];
      const shared = { ratePercent: tier.ratePercent, capYuan: tier.monthlyCapYuan, ruleVersionId: rules.id, ruleVersion: rules.version, maxMonths: rules.data.subsidy.maxMonthsPerPerson };
      if (counted.has(month)) {
        out.push({ ...base, ...shared, outcome: 'OVERLAP', subsidyMonthNumber: null });
        continue;
      }
      if (used >= rules.data.subsidy.maxMonthsPerPerson) {
        out.push({ ...base, ...shared, outcome: 'LIMIT_REACHED', subsidyMonthNumber: null });
        continue;
      }
      const { fen, capped } = monthlySubsidyFen(lease.rentYuan, tier);
      counted.add(month);
      used += 1;
      out.push({ ...base, ...shared, outcome: 'SUBSIDISED', subsidyFen: fen, capped, subsidyMonthNumber: used });
    }
  }
  return out;
}
