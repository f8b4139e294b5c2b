// Rule data for the 居住证积分 estimate (POLICY.md §1). An administrator edits these values as a
// versioned rule set stored as jsonb, so the shape holds only plain JSON values: no Dates,
// no functions, `null` (never undefined) for values that are not configured.
import type { ResidencePointsRules } from './residence-points.schema.js';

export const EDUCATION_LEVELS = ['NONE', 'ASSOCIATE', 'BACHELOR', 'BACHELOR_WITH_DEGREE', 'MASTER', 'DOCTOR'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const TITLE_OR_SKILL_LEVELS = [
  'NONE',
  'SKILL_5',
  'SKILL_4',
  'SKILL_3',
  'SKILL_2_OR_INTERMEDIATE_TITLE',
  'SKILL_1_OR_SENIOR_TITLE',
] as const;
export type TitleOrSkillLevel = (typeof TITLE_OR_SKILL_LEVELS)[number];

export const BASE_TIERS = ['NONE', 'FROM_0_8_TO_1X', 'FROM_1_TO_2X', 'FROM_2_TO_3X', 'AT_3X'] as const;
export type BaseTier = (typeof BASE_TIERS)[number];

export const KEY_AREA_ZONES = ['LINGANG', 'OTHER'] as const;
export type KeyAreaZone = (typeof KEY_AREA_ZONES)[number];

export const AWARD_LEVELS = ['NONE', 'MUNICIPAL_SPECIAL', 'MUNICIPAL_COMPREHENSIVE', 'PROVINCIAL_OR_ABOVE'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** Indicator codes in display order: base, bonus, deduction, veto. */
export const RESIDENCE_INDICATORS = [
  'AGE',
  'EDUCATION',
  'TITLE_OR_SKILL',
  'SOCIAL_INSURANCE_YEARS',
  'ENTREPRENEUR',
  'INNOVATION_INTERMEDIARY',
  'SHORTAGE_MAJOR',
  'INVESTMENT_OR_HIRES',
  'SOCIAL_INSURANCE_BASE_TIER',
  'PUBLIC_SERVICE',
  'REMOTE_KEY_AREA',
  'FRESH_GRADUATE',
  'AWARD',
  'SPOUSE_HUKOU',
  'FALSE_MATERIAL',
  'ADMIN_DETENTION',
  'GENERAL_CRIMINAL',
  'SERIOUS_CRIMINAL_VETO',
] as const;
export type ResidenceIndicator = (typeof RESIDENCE_INDICATORS)[number];

// The shape of this data, and its type, is residence-points.schema.ts.
export type { BaseTierRule, DeductionRule, ResidencePointsRules } from './residence-points.schema.js';

const REG = '《上海市居住证积分管理办法》（沪府规〔2022〕21号）';

export const DEFAULT_RESIDENCE_POINTS_RULES: ResidencePointsRules = {
  regulation: {
    title: '上海市居住证积分管理办法',
    number: '沪府规〔2022〕21号',
    inForceFrom: '2023-01-01',
    validTo: '2027-12-31',
    provenance: [
      { tag: 'V', note: 'Regulation number and validity: hwfdj.com/jifen/1481.html; incomepos.com/shjfxz/10544.html' },
      { tag: 'V', note: 'Standard score 120: juke.outofmemory.cn/read/1226857.html; 21bm.com' },
    ],
  },
  standardScore: 120,
  inputLimits: {
    minAge: 18,
    maxAge: 70,
    maxMonths: 12 * 60,
    maxYears: 60,
    maxCount: 20,
    maxTaxWan: 1_000_000,
    maxHires: 100_000,
    provenance: [
      {
        tag: 'INF',
        note: 'Plausibility bounds for input only. Applicants must be employed and paying social insurance, so under-18s are refused; 70 allows a few years past retirement age.',
      },
    ],
  },
  age: {
    legalBasis: `${REG} 基础指标：年龄`,
    maxPoints: 30,
    floorBandFromAge: 56,
    floorBandToAge: 60,
    floorBandPoints: 5,
    pointsPerYearYounger: 2,
    provenance: [
      { tag: 'V', note: '56–60 → 5, +2 per year younger, cap 30 (≤43 → 30): hwfdj.com 1481; czxinmiao.com; kzix.com 6228' },
      { tag: 'INF', note: 'Above 60 no value is defined: 0 points, shown as not eligible.' },
    ],
  },
  education: {
    legalBasis: `${REG} 基础指标：教育背景`,
    points: { NONE: 0, ASSOCIATE: 50, BACHELOR: 60, BACHELOR_WITH_DEGREE: 90, MASTER: 100, DOCTOR: 110 },
    provenance: [
      { tag: 'V', note: 'pyt3.net 55257 (人社 Q&A repost); w.sf024.com; 52luohu.cn 41827' },
      { tag: 'V', note: 'Education and title are alternatives (二选一, higher counts): wantom.net 1321; 51luohu 124917; 52luohu 9529' },
    ],
  },
  titleOrSkill: {
    legalBasis: `${REG} 基础指标：专业技术职称和技能等级`,
    points: {
      NONE: 0,
      SKILL_5: 15,
      SKILL_4: 30,
      SKILL_3: 60,
      SKILL_2_OR_INTERMEDIATE_TITLE: 100,
      SKILL_1_OR_SENIOR_TITLE: 140,
    },
    salaryBaseCondition: {
      levels: ['SKILL_2_OR_INTERMEDIATE_TITLE', 'SKILL_1_OR_SENIOR_TITLE'],
      minMonths: 6,
      windowMonths: 12,
    },
    provenance: [
      { tag: 'V-official', note: 'Points and the 6-of-12-months base condition: shcm.gov.cn knowledge base (崇明区政府)' },
      { tag: 'V', note: 'Education and title are alternatives (二选一, higher counts)' },
    ],
  },
  socialInsuranceYears: {
    legalBasis: `${REG} 基础指标：在本市工作及缴纳职工社会保险年限`,
    pointsPerFullYear: 3,
    provenance: [{ tag: 'V', note: '3 per full year, no cap, 补缴 excluded: juke.outofmemory.cn 1226857; czxinmiao.com; ddtbk.com 123547' }],
  },
  entrepreneur: {
    legalBasis: `${REG} 加分指标：创业人才`,
    points: 120,
    provenance: [{ tag: 'V', note: 'wfek.com/jifen/1507.html; e78.com.cn k_30362; 51luohu 124917' }],
  },
  innovationIntermediary: {
    legalBasis: `${REG} 加分指标：创新创业中介服务人才`,
    points: 120,
    provenance: [{ tag: 'V', note: 'wfek.com/jifen/1507.html; 51luohu 124917' }],
  },
  shortageMajor: {
    legalBasis: `${REG} 加分指标：紧缺急需专业`,
    points: 30,
    provenance: [{ tag: 'V', note: 'c-ibc.com/jifen/842.html; ewxc.com/jifen/1326.html' }],
  },
  investmentOrHires: {
    legalBasis: `${REG} 加分指标：投资纳税或带动本地就业`,
    taxStepWan: 10,
    hiresStep: 10,
    pointsPerStep: 10,
    cap: 120,
    provenance: [
      { tag: 'V', note: '10 per 10万元 tax or per 10 hires, 二选一: rymafc.cn 31836; fantu.net 635; 51luohu 124917' },
      { tag: 'CONFLICT', note: 'Cap 120 (2018+ texts) adopted over 100 (2013 text quoted by juruchina.com, hfnuidl.cn).' },
    ],
  },
  socialInsuranceBaseTier: {
    legalBasis: `${REG} 加分指标：缴纳职工社会保险费基数`,
    tiers: {
      FROM_0_8_TO_1X: { points: 25, minRatio: 0.8, maxRatio: 1, requiredMonths: 36, windowMonths: 48 },
      FROM_1_TO_2X: { points: 50, minRatio: 1, maxRatio: 2, requiredMonths: 36, windowMonths: 48 },
      FROM_2_TO_3X: { points: 100, minRatio: 2, maxRatio: 3, requiredMonths: 36, windowMonths: 48 },
      AT_3X: { points: 120, minRatio: 3, maxRatio: null, requiredMonths: 24, windowMonths: 36 },
    },
    provenance: [
      { tag: 'V', note: 'hahafu.net.cn 67994; ddtbk.com 123547; tltzg.com 4820; one tier only' },
      { tag: 'CONFLICT', note: '3× = 120, max 120 (2018+) adopted over the 2013 cap of 100 and an older table without a 3× tier.' },
    ],
  },
  publicService: {
    legalBasis: `${REG} 加分指标：特定的公共服务领域`,
    pointsPerFullYear: 4,
    thresholdYears: 5,
    cap: null,
    provenance: [
      { tag: 'V', note: '4 per full year: fantu.net 635; rymafc 31836' },
      {
        tag: 'INF',
        note: 'Threshold 5 years is from the 2013/2018 texts; the 2023 text defers the years to the 实施细则 (POLICY.md §4 item 1).',
      },
      { tag: 'INF', note: 'Once the threshold is met all years count (high confidence).' },
      { tag: 'UNKNOWN', note: 'Cap not given by any source: null until an administrator enters it; shown as not configured.' },
    ],
  },
  remoteKeyArea: {
    legalBasis: `${REG} 加分指标：远郊重点区域`,
    pointsPerFullYear: 2,
    thresholdYears: { LINGANG: 3, OTHER: 5 },
    cap: 20,
    provenance: [
      { tag: 'V', note: '2 per full year from 3 years (临港) / 5 years (elsewhere), cap 20: jzzjf.com 2353; fantu.net 635' },
      { tag: 'INF', note: 'Once the threshold is met all years count (6 years elsewhere → 12).' },
      { tag: 'INF', note: 'Whether 月浦 is in any key area is unknown (probably not); zones are an admin-edited list.' },
    ],
  },
  freshGraduate: {
    legalBasis: `${REG} 加分指标：全日制应届高校毕业生`,
    points: 10,
    provenance: [{ tag: 'V', note: 'c-ibc.com 842; rymafc 31836; wantom.net' }],
  },
  award: {
    legalBasis: `${REG} 加分指标：表彰奖励`,
    points: { MUNICIPAL_SPECIAL: 30, MUNICIPAL_COMPREHENSIVE: 60, PROVINCIAL_OR_ABOVE: 110 },
    provenance: [
      { tag: 'V', note: '91luohu.com 15386; liuhubang.com jifen_3045; hukou021.com 3404' },
      { tag: 'INF', note: 'Only the highest award counts; levels are not added (cap 110).' },
    ],
  },
  spouseHukou: {
    legalBasis: `${REG} 加分指标：配偶为本市户籍人员`,
    pointsPerFullYear: 4,
    cap: 40,
    provenance: [{ tag: 'V', note: 'fantu.net 635; rymafc 31836' }],
  },
  falseMaterial: {
    legalBasis: `${REG} 减分指标：提供虚假材料`,
    pointsEach: 150,
    windowYears: 3,
    provenance: [{ tag: 'V', note: 'e3xbk.cn 1352; chaorc.cn 1352; fantuluohu.com 908' }],
  },
  adminDetention: {
    legalBasis: `${REG} 减分指标：行政拘留记录`,
    pointsEach: 50,
    windowYears: 5,
    provenance: [
      { tag: 'V', note: 'e3xbk.cn 1352; fantuluohu.com 908' },
      { tag: 'CONFLICT', note: 'Window 5 years (official-style reposts) adopted over "三年内" in a public calculator.' },
    ],
  },
  generalCriminal: {
    legalBasis: `${REG} 减分指标：一般刑事犯罪记录`,
    pointsEach: 150,
    windowYears: 5,
    provenance: [
      { tag: 'V', note: 'e3xbk.cn 1352; fantuluohu.com 908' },
      { tag: 'CONFLICT', note: 'Window 5 years (official-style reposts) adopted over "三年内" in a public calculator.' },
    ],
  },
  seriousCriminalVeto: {
    legalBasis: `${REG} 一票否决指标：严重刑事犯罪记录`,
    provenance: [
      { tag: 'V-1', note: 'From 2023 only a serious criminal record vetoes; the family-planning veto was removed (incomepos.com 10544).' },
    ],
  },
};
