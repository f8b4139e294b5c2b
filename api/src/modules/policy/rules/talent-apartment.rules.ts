// Baoshan talent apartments (POLICY.md §3.1) as rule data: the rent subsidy's rate and monthly cap
// per kind of talent, the most months one person is subsidised across all their leases, and the
// letting parameters the town sets itself. Seeded as version 1 of the TALENT_APARTMENT rule set;
// administrators change it with a new version that applies from its own effective date.
import type { LocalisedText, Provenance } from './common.js';

/** Who gets which subsidy: 优秀海外人才 or other enterprise talent (其他企业人才). */
export const SUBSIDY_CATEGORIES = ['STANDARD', 'OVERSEAS_EXCELLENT'] as const;
export type SubsidyCategoryName = (typeof SUBSIDY_CATEGORIES)[number];

export interface SubsidyTier {
  label: LocalisedText;
  /** Share of the monthly rent, in percent (30 = 30%). */
  ratePercent: number;
  /** Most paid for one person in one month, in yuan ("据实补贴" below it). */
  monthlyCapYuan: number;
}

export interface TalentApartmentRules {
  legalBasis: string;
  subsidy: {
    legalBasis: string;
    tiers: Record<SubsidyCategoryName, SubsidyTier>;
    /** Subsidised months per person over all their leases (3 years). */
    maxMonthsPerPerson: number;
  };
  letting: {
    /** Days an applicant has to accept or decline an offered unit. */
    offerResponseDays: number;
    /** Length of a new lease in months. */
    leaseTermMonths: number;
  };
  provenance: Provenance[];
}

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
