// Rule data for the 居转户 check (POLICY.md §2.1). Plain JSON, stored as a versioned rule set.
import type { HukouTransferRules } from './hukou-transfer.schema.js';

export const HUKOU_TITLE_LEVELS = ['NONE', 'JUNIOR', 'INTERMEDIATE_OR_TECHNICIAN', 'SENIOR_OR_SENIOR_TECHNICIAN'] as const;
/** JUNIOR covers 初级职称 and skill levels 3–5; INTERMEDIATE_OR_TECHNICIAN is 中级 or 技师 (国家二级). */
export type HukouTitleLevel = (typeof HUKOU_TITLE_LEVELS)[number];

export const HUKOU_CRITERIA = [
  'PERMIT_YEARS',
  'SOCIAL_INSURANCE_YEARS',
  'SHANGHAI_INCOME_TAX',
  'TAX_AND_INSURANCE_SAME_EMPLOYER',
  'TITLE',
  'NO_CRIMINAL_RECORD',
  'MARKET_BASE',
] as const;
export type HukouCriterion = (typeof HUKOU_CRITERIA)[number];

// The shape of this data, and its type, is hukou-transfer.schema.ts.
export type { HukouTransferRules } from './hukou-transfer.schema.js';

const DOC = '《持有〈上海市居住证〉人员申办本市常住户口办法》';

export const DEFAULT_HUKOU_TRANSFER_RULES: HukouTransferRules = {
  requiredYears: 7,
  minimumTitle: 'INTERMEDIATE_OR_TECHNICIAN',
  marketBase: { minRatio: 1.3, requiredMonths: 36, windowMonths: 48 },
  reducedYears: {
    remotePublicService: { continuousYears: 5, requiredYears: 5 },
    lingangGeneral: { minYearsInLingang: 3, requiredYears: 5 },
    lingangCoreTalent: { minYearsInLingang: 2, requiredYears: 3 },
  },
  titleWaiver: { baseRatio: 2, baseConsecutiveYears: 3, entrepreneurAvgAnnualTaxWan: 100, entrepreneurShanghaiHires: 100 },
  inputLimits: { maxMonths: 12 * 60, maxYears: 60, maxTaxWan: 1_000_000, maxHires: 100_000 },
  legalBasis: {
    PERMIT_YEARS: `${DOC} 基本条件：持有《上海市居住证》年限`,
    SOCIAL_INSURANCE_YEARS: `${DOC} 基本条件：持证期间在本市缴纳职工社会保险年限`,
    SHANGHAI_INCOME_TAX: `${DOC} 基本条件：持证期间在本市依法缴纳个人所得税`,
    TAX_AND_INSURANCE_SAME_EMPLOYER: `${DOC} 基本条件：个税扣缴单位与社保缴费单位一致`,
    TITLE: `${DOC} 基本条件：中级及以上专业技术职务或技师（国家二级职业资格）以上，且专业、工种与岗位相符`,
    NO_CRIMINAL_RECORD: `${DOC} 基本条件：无违法犯罪记录`,
    MARKET_BASE: `${DOC} 市场化评价：社会保险缴费基数`,
  },
  provenance: [
    { tag: 'V', note: 'Five basic conditions: m.sh.bendibao.com 273998; 91luohu.com 13759, 7060. 120 points not required.' },
    { tag: 'V-1', note: 'Market evaluation 36 of the last 48 months and the application month at ≥1.3×: 社局提醒 quoted by bendibao.' },
    { tag: 'V-1', note: 'Incentive conditions: 91luohu 13759; details partly unknown.' },
    {
      tag: 'INF',
      note: 'An award or senior title lifts both 7-year requirements (permit and social insurance); 5 years in 远郊 education/health/agriculture shortens both to 5.',
    },
    { tag: 'V', note: '临港新片区 7 → 5 (≥3 there) or 3 for recommended core talent (≥2 there): jzzjf.com 2353.' },
    { tag: 'UNKNOWN', note: 'Baoshan-specific shortening: none configured.' },
  ],
};
