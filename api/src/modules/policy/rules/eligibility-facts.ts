// The facts a person can give for the criteria-based eligibility checks (人才公寓, 骨干激励,
// 人才引进, the 居住证积分 application conditions). Criteria in rule data name these facts; the
// labels and bounds here are presentation and input sanity, not policy values.
import { type FieldError, type LocalisedText, checkBoolean, checkNumber, checkOption } from './common.js';
import { EDUCATION_LEVELS, TITLE_OR_SKILL_LEVELS, type EducationLevel, type TitleOrSkillLevel } from './residence-points.rules.js';

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

export const FLAG_FACTS = [
  'hasShanghaiResidencePermit',
  'employedWithShanghaiInsuranceNow',
  'hasSeriousCriminalRecord',
  'hasCriminalRecord',
  'ownsHomeInBaoshanOrNearby',
  'employerRegisteredInBaoshan',
  'employerMeetsPolicyConditions',
  'employerIsDistrictStateOwned',
  'highLevelTalentDistrictOrAbove',
  'midOrSeniorManager',
  'recommendedByEmployerAndApproved',
  'overseasTalent',
  'keyPostRecognisedByEmployer',
  'paysIncomeTaxAtEmployer',
  'noViolationsLastYear',
  'provincialAwardOrAbove',
  'talentProgrammeOrMajorProject',
  'keyInstitutionRecommended',
  'nationalSkillAward',
  'marketInnovationTalent',
] as const;
export type FlagFact = (typeof FLAG_FACTS)[number];

export const NUMBER_FACTS = [
  'age',
  'socialInsuranceMonthsInLast12',
  'laborContractMonths',
  'consecutiveInsuranceMonthsAtEmployer',
  'yearsToStatutoryRetirement',
  'previousYearPreTaxIncomeYuan',
] as const;
export type NumberFact = (typeof NUMBER_FACTS)[number];

export const LEVEL_FACTS = ['education', 'titleOrSkill'] as const;
export type LevelFact = (typeof LEVEL_FACTS)[number];

export type FactKey = FlagFact | NumberFact | LevelFact;
export const FACT_KEYS: readonly FactKey[] = [...NUMBER_FACTS, ...LEVEL_FACTS, ...FLAG_FACTS];

/** What a person says about themself; every fact optional (omitted or null = not stated). */
export type EligibilityFacts = Partial<Record<FlagFact, boolean | null>> &
  Partial<Record<NumberFact, number | null>> & {
    education?: EducationLevel | null;
    titleOrSkill?: TitleOrSkillLevel | null;
  };

interface NumberSpec {
  label: LocalisedText;
  unit: LocalisedText;
  min: number;
  max: number;
  integer: boolean;
  /** A count of months that grows by one each month while things stay as they are. */
  accruesMonthly: boolean;
}

export const NUMBER_FACT_SPECS: Record<NumberFact, NumberSpec> = {
  age: { label: t('年龄', 'Age'), unit: t('岁', 'years'), min: 16, max: 80, integer: true, accruesMonthly: false },
  socialInsuranceMonthsInLast12: {
    label: t('前 12 个月内在本市缴纳职工社保的月数', 'Months of Shanghai employee social insurance in the previous 12'),
    unit: t('个月', 'months'),
    min: 0,
    max: 12,
    integer: true,
    accruesMonthly: true,
  },
  laborContractMonths: { label: t('劳动合同期限', 'Length of the labour contract'), unit: t('个月', 'months'), min: 0, max: 1200, integer: true, accruesMonthly: false },
  consecutiveInsuranceMonthsAtEmployer: {
    label: t('在本单位连续缴纳社保的月数', 'Consecutive months of social insurance at this employer'),
    unit: t('个月', 'months'),
    min: 0,
    max: 720,
    integer: true,
    accruesMonthly: true,
  },
  yearsToStatutoryRetirement: {
    label: t('距法定退休年龄的年数', 'Years until statutory retirement age'),
    unit: t('年', 'years'),
    min: 0,
    max: 60,
    integer: true,
    accruesMonthly: false,
  },
  previousYearPreTaxIncomeYuan: {
    label: t('上一年度在本区取得的税前收入', 'Previous year\'s pre-tax income earned in the district'),
    unit: t('元', 'yuan'),
    min: 0,
    max: 1_000_000_000,
    integer: false,
    accruesMonthly: false,
  },
};

export const FLAG_FACT_LABELS: Record<FlagFact, LocalisedText> = {
  hasShanghaiResidencePermit: t('持有有效的《上海市居住证》', 'Holds a valid Shanghai residence permit'),
  employedWithShanghaiInsuranceNow: t('本月在本市就业并缴纳职工社保', 'Employed in Shanghai and paying employee social insurance this month'),
  hasSeriousCriminalRecord: t('有严重刑事犯罪记录', 'Has a serious criminal record'),
  hasCriminalRecord: t('有违法犯罪记录', 'Has a criminal record'),
  ownsHomeInBaoshanOrNearby: t('在宝山区或周边地区有自有住房', 'Owns a home in Baoshan or nearby'),
  employerRegisteredInBaoshan: t('用人单位工商、税务登记在宝山区', 'The employer is registered for business and tax in Baoshan'),
  employerMeetsPolicyConditions: t('用人单位符合本政策的单位条件（由单位人事确认）', 'The employer meets this policy\'s employer conditions (confirmed by its HR)'),
  employerIsDistrictStateOwned: t('用人单位为区属国有企业或其下属、受区国资委委托监管的企业', 'The employer is a district state-owned company, its subsidiary, or entrusted to the district SASAC'),
  highLevelTalentDistrictOrAbove: t('区级及以上高层次人才', 'High-level talent recognised at district level or above'),
  midOrSeniorManager: t('在相应岗位任中高级管理人员', 'Mid or senior manager in a matching post'),
  recommendedByEmployerAndApproved: t('经单位推荐并经区联席会议认定', 'Recommended by the employer and approved by the district joint meeting'),
  overseasTalent: t('优秀海外人才', 'Excellent overseas talent'),
  keyPostRecognisedByEmployer: t('经单位认定在重要创新岗位担任高级管理、核心技术等骨干人才', 'Recognised by the employer as key talent in an important innovation post'),
  paysIncomeTaxAtEmployer: t('在本单位缴纳个人所得税', 'Pays income tax through this employer'),
  noViolationsLastYear: t('近一年无违法违规和失信行为', 'No illegal acts or dishonesty in the last year'),
  provincialAwardOrAbove: t('获省部级及以上政府奖励', 'Holds a provincial/ministerial or higher government award'),
  talentProgrammeOrMajorProject: t('入选省部级及以上人才计划，或为国家、本市重大科技项目负责人或骨干', 'In a provincial or higher talent programme, or leader/core member of a national or Shanghai major S&T project'),
  keyInstitutionRecommended: t('重点机构紧缺急需并经推荐', 'Needed and recommended by a key institution (重点机构)'),
  nationalSkillAward: t('获中华技能大奖、全国技术能手、国务院特殊津贴或世界技能大赛奖项', 'China Skills Award, National Technical Expert, State Council special allowance or WorldSkills winner'),
  marketInnovationTalent: t('市场化创新创业人才（风险投资支持的创业者、中介服务人才、企业家等）', 'Market-recognised innovation or entrepreneurship talent (VC-backed founders, intermediaries, entrepreneurs)'),
};

export const LEVEL_FACT_LABELS: Record<LevelFact, LocalisedText> = {
  education: t('最高学历', 'Highest education'),
  titleOrSkill: t('职称或技能等级', 'Title or skill level'),
};

export const LEVEL_VALUES: Record<LevelFact, readonly string[]> = {
  education: EDUCATION_LEVELS,
  titleOrSkill: TITLE_OR_SKILL_LEVELS,
};

export const LEVEL_VALUE_LABELS: Record<LevelFact, Record<string, LocalisedText>> = {
  education: {
    NONE: t('大专以下', 'below associate degree'),
    ASSOCIATE: t('大专', 'associate degree'),
    BACHELOR: t('本科（无学位）', 'bachelor studies without the degree'),
    BACHELOR_WITH_DEGREE: t('本科及学士学位', "bachelor's degree"),
    MASTER: t('硕士', "master's degree"),
    DOCTOR: t('博士', 'doctorate'),
  },
  titleOrSkill: {
    NONE: t('无职称或技能等级', 'no title or skill level'),
    SKILL_5: t('技能五级', 'skill level 5'),
    SKILL_4: t('技能四级', 'skill level 4'),
    SKILL_3: t('技能三级', 'skill level 3'),
    SKILL_2_OR_INTERMEDIATE_TITLE: t('技能二级或中级职称', 'skill level 2 or intermediate title'),
    SKILL_1_OR_SENIOR_TITLE: t('技能一级或高级职称', 'skill level 1 or senior title'),
  },
};

export function factLabel(fact: FactKey): LocalisedText {
  if ((NUMBER_FACTS as readonly string[]).includes(fact)) return NUMBER_FACT_SPECS[fact as NumberFact].label;
  if ((LEVEL_FACTS as readonly string[]).includes(fact)) return LEVEL_FACT_LABELS[fact as LevelFact];
  return FLAG_FACT_LABELS[fact as FlagFact];
}

/** Field errors for the facts, with paths relative to the facts object (`laborContractMonths`). */
export function validateEligibilityFacts(facts: EligibilityFacts): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of NUMBER_FACTS) {
    const spec = NUMBER_FACT_SPECS[key];
    checkNumber(errors, key, facts[key], { label: spec.label, min: spec.min, max: spec.max, integer: spec.integer });
  }
  for (const key of LEVEL_FACTS) checkOption(errors, key, facts[key], LEVEL_VALUES[key], LEVEL_FACT_LABELS[key]);
  for (const key of FLAG_FACTS) checkBoolean(errors, key, facts[key], FLAG_FACT_LABELS[key]);
  return errors;
}
