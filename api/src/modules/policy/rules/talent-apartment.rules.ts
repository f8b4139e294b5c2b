// Baoshan talent apartments (POLICY.md §3.1) as rule data: the rent subsidy's rate and monthly cap
// per kind of talent, the most months one person is subsidised across all their leases, and the
// letting parameters the town sets itself. Seeded as version 1 of the TALENT_APARTMENT rule set;
// administrators change it with a new version that applies from its own effective date.
import type { SubsidyTier, TalentApartmentRules } from './talent-apartment.schema.js';
import type { LocalisedText } from './common.js';
import type { BenefitRule } from './policy-criteria.schema.js';

/** Who gets which subsidy: 优秀海外人才 or other enterprise talent (其他企业人才). */
export const SUBSIDY_CATEGORIES = ['STANDARD', 'OVERSEAS_EXCELLENT'] as const;
export type SubsidyCategoryName = (typeof SUBSIDY_CATEGORIES)[number];

// The shape of this data, and its types, is talent-apartment.schema.ts.
export type { SubsidyTier, TalentApartmentRules } from './talent-apartment.schema.js';

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

export const TALENT_APARTMENT_DOC = '《宝山区人才公寓管理暂行办法》';

/** From POLICY.md §3.1; the letting parameters are the town's own service settings ([INF]). */
export const DEFAULT_TALENT_APARTMENT_RULES: TalentApartmentRules = {
  legalBasis: TALENT_APARTMENT_DOC,
  subsidy: {
    legalBasis: `${TALENT_APARTMENT_DOC}；上海宝山 2023 年上半年人才公寓申请通知（先租后补）`,
    tiers: {
      STANDARD: { label: t('其他企业人才', 'Other enterprise talent'), ratePercent: 30, monthlyCapYuan: 1000 },
      OVERSEAS_EXCELLENT: { label: t('优秀海外人才', 'Excellent overseas talent'), ratePercent: 50, monthlyCapYuan: 2000 },
    },
    maxMonthsPerPerson: 36,
  },
  letting: { offerResponseDays: 7, leaseTermMonths: 12 },
  provenance: [
    { tag: 'V', note: 'Rates and caps (50%/2,000, 30%/1,000 yuan per person a month; actual amount below the cap): fensifuwu.com 2023 H1 notice; wtabcd.cn 167757336942176.' },
    { tag: 'V-1', note: 'At most 3 years, settled with operators every half year: newhan.cn 167757334042155.' },
    { tag: 'INF', note: 'Effective from 2023-01-01: the earliest date the sources show these rates in force (2023 H1 notice); the 暂行办法\'s own date is unknown.' },
    { tag: 'INF', note: 'Offer response time (7 days) and lease term (12 months) are the town\'s own settings, not from a source.' },
  ],
};

/** The subsidy for one month's rent, in fen: rate × rent, never above the cap. */
export function monthlySubsidyFen(rentYuan: number, tier: SubsidyTier): { fen: number; capped: boolean } {
  // Whole fen, half up: rent is whole yuan, so rent × rate% is exact in fen for whole percents.
  const raw = Math.round(rentYuan * tier.ratePercent);
  const cap = Math.round(tier.monthlyCapYuan * 100);
  return raw > cap ? { fen: cap, capped: true } : { fen: raw, capped: false };
}

/**
 * What the talent-apartment policy gives, worded for its page and eligibility check, from this
 * rule data: the rates and caps are kept here only, never copied into the policy's criteria.
 */
export function apartmentBenefits(rules: TalentApartmentRules): BenefitRule[] {
  const { STANDARD, OVERSEAS_EXCELLENT } = rules.subsidy.tiers;
  const perMonth = t('元/人/月', 'yuan per person a month');
  return [
    { code: 'OVERSEAS_RATE', label: t(`${OVERSEAS_EXCELLENT.label.zh}补贴比例`, `${OVERSEAS_EXCELLENT.label.en}: share of rent`), amount: OVERSEAS_EXCELLENT.ratePercent, unit: t('%', '%'), note: null },
    { code: 'OVERSEAS_CAP', label: t(`${OVERSEAS_EXCELLENT.label.zh}补贴上限`, `${OVERSEAS_EXCELLENT.label.en}: cap`), amount: OVERSEAS_EXCELLENT.monthlyCapYuan, unit: perMonth, note: null },
    { code: 'OTHER_RATE', label: t(`${STANDARD.label.zh}补贴比例`, `${STANDARD.label.en}: share of rent`), amount: STANDARD.ratePercent, unit: t('%', '%'), note: t('低于上限的据实补贴', 'Below the cap, the actual amount') },
    { code: 'OTHER_CAP', label: t(`${STANDARD.label.zh}补贴上限`, `${STANDARD.label.en}: cap`), amount: STANDARD.monthlyCapYuan, unit: perMonth, note: null },
    { code: 'MAX_DURATION', label: t('最长补贴期限', 'Longest subsidy period'), amount: rules.subsidy.maxMonthsPerPerson, unit: t('个月', 'months'), note: null },
  ];
}
