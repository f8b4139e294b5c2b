// GraphQL enums of the policy module. Values are the rule engine's own string codes, so the pure
// evaluators in ./rules take them unchanged. (EducationLevel is the talent module's enum.)
import { registerEnumType } from 'type-graphql';
import {
  AWARD_LEVELS,
  BASE_TIERS,
  CLASS_RANKS,
  COMPUTER_LEVELS,
  DIRECT_SETTLEMENT_CATEGORIES,
  FACT_KEYS,
  GRADUATE_DEGREES,
  GRADUATE_INDICATORS,
  HUKOU_TITLE_LEVELS,
  KEY_AREA_ZONES,
  LANGUAGE_LEVELS,
  RESIDENCE_INDICATORS,
  RULE_KINDS,
  SCHOOL_CATEGORIES,
  TITLE_OR_SKILL_LEVELS,
  factLabel,
  type FactKey,
} from './rules/index.js';

type EnumObject<V extends string> = { readonly [K in V]: K };

function graphqlEnum<V extends string>(values: readonly V[], name: string, description: string, valueDescriptions: Record<V, string>): EnumObject<V> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as EnumObject<V>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: valueDescriptions[v] }])) as Record<V, { description: string }>,
  });
  return enumObject;
}

export const PolicyCategory = graphqlEnum(
  ['RESIDENCE_PERMIT', 'SETTLEMENT', 'HOUSING', 'INCENTIVE', 'TRAINING', 'FINANCE'] as const,
  'PolicyCategory',
  '政策类别 / Kind of policy',
  {
    RESIDENCE_PERMIT: '居住证积分 / Residence-permit points',
    SETTLEMENT: '落户 / Hukou settlement',
    HOUSING: '人才安居 / Housing',
    INCENTIVE: '激励资助 / Incentives and awards',
    TRAINING: '培养交流 / Training and exchange',
    FINANCE: '金融服务 / Financial services',
  },
);
export type PolicyCategory = keyof typeof PolicyCategory;

export const PolicyAudience = graphqlEnum(
  ['NEW_TALENT', 'NEW_GRADUATE', 'OVERSEAS_TALENT', 'HIGH_LEVEL_TALENT', 'KEY_TALENT', 'ENTERPRISE', 'CADRE'] as const,
  'PolicyAudience',
  '政策面向的人群 / Who a policy is for',
  {
    NEW_TALENT: '新引进人才 / Newly recruited talent',
    NEW_GRADUATE: '应届高校毕业生 / New university graduates',
    OVERSEAS_TALENT: '海外人才 / Overseas talent',
    HIGH_LEVEL_TALENT: '高层次人才 / High-level talent',
    KEY_TALENT: '企业骨干人才 / Enterprises\' key staff',
    ENTERPRISE: '企业（人事）/ Enterprises (their HR)',
    CADRE: '干部及后备人才 / Cadres and reserve talent',
  },
);
export type PolicyAudience = keyof typeof PolicyAudience;

export const PolicyLevel = graphqlEnum(['MUNICIPAL', 'DISTRICT', 'TOWN'] as const, 'PolicyLevel', '发文层级 / Government level that issues the policy', {
  MUNICIPAL: '上海市 / Shanghai municipality',
  DISTRICT: '宝山区 / Baoshan District',
  TOWN: '月浦镇 / Yuepu Town',
});
export type PolicyLevel = keyof typeof PolicyLevel;

export const EligibilityKind = graphqlEnum(['CRITERIA', 'HUKOU_TRANSFER', 'GRADUATE_SCORE'] as const, 'EligibilityKind', '资格检查的方式 / How a policy\'s eligibility is checked', {
  CRITERIA: '按条件逐项检查（所需事实见 PolicyEligibility.facts）/ Criterion by criterion over the facts listed in PolicyEligibility.facts',
  HUKOU_TRANSFER: '居转户条件检查（EligibilityFactsInput.hukouTransfer）/ The 居转户 conditions (EligibilityFactsInput.hukouTransfer)',
  GRADUATE_SCORE: '应届生落户：直接落户或 72 分评分（EligibilityFactsInput.graduate）/ New-graduate settlement: direct, or the 72-point score (EligibilityFactsInput.graduate)',
});
export type EligibilityKind = keyof typeof EligibilityKind;

export const RuleKind = graphqlEnum(RULE_KINDS, 'RuleKind', '规则数据的种类 / Kind of rule data', {
  RESIDENCE_POINTS: '居住证积分分值表 / Residence-permit point tables',
  HUKOU_TRANSFER: '居转户条件 / 居转户 conditions',
  GRADUATE_SCORE: '应届生落户评分 / New-graduate settlement score',
  YEARLY_PARAMETERS: '年度参数：社平工资、重点区域、紧缺专业和奖项目录 / Yearly parameters: average wage, zones, shortage majors, awards',
  ELIGIBILITY_CRITERIA: '某项政策的申请条件和待遇标准 / One policy\'s conditions and benefit amounts',
  TALENT_APARTMENT: '人才公寓：租金补贴比例、月上限、补贴总月数和配租参数 / Talent apartments: subsidy rate, monthly cap, months per person and letting settings',
});
export type RuleKind = keyof typeof RuleKind;

export const TitleOrSkillLevel = graphqlEnum(TITLE_OR_SKILL_LEVELS, 'TitleOrSkillLevel', '专业技术职称或技能等级 / Professional title or skill level', {
  NONE: '无 / None',
  SKILL_5: '技能五级（国家职业资格五级）/ Skill level 5',
  SKILL_4: '技能四级 / Skill level 4',
  SKILL_3: '技能三级 / Skill level 3',
  SKILL_2_OR_INTERMEDIATE_TITLE: '技能二级、中级职称或相当的职业资格 / Skill level 2, an intermediate title or an equivalent qualification',
  SKILL_1_OR_SENIOR_TITLE: '技能一级或高级职称 / Skill level 1 or a senior title',
});

export const SocialInsuranceBaseTier = graphqlEnum(BASE_TIERS, 'SocialInsuranceBaseTier', '社保缴费基数档次（相对上年度全市职工平均工资）/ Social-insurance base tier, relative to last year\'s city average wage', {
  NONE: '未达到 0.8 倍或不申报 / Below 0.8× or not claimed',
  FROM_0_8_TO_1X: '近 4 年累计 36 个月 0.8 倍至 1 倍 / 36 of the last 48 months at 0.8× to under 1×',
  FROM_1_TO_2X: '近 4 年累计 36 个月 1 倍至 2 倍 / 36 of the last 48 months at 1× to under 2×',
  FROM_2_TO_3X: '近 4 年累计 36 个月 2 倍至 3 倍 / 36 of the last 48 months at 2× to under 3×',
  AT_3X: '近 3 年累计 24 个月 3 倍（上限）/ 24 of the last 36 months at 3× (the ceiling)',
});

export const RemoteKeyZone = graphqlEnum(KEY_AREA_ZONES, 'RemoteKeyZone', '远郊重点区域 / Outer-suburb key area', {
  LINGANG: '临港新片区（满 3 年起计分）/ Lingang Special Area (counts from 3 years)',
  OTHER: '其他远郊重点区域（满 5 年起计分）/ Another key area (counts from 5 years)',
});

export const AwardLevel = graphqlEnum(AWARD_LEVELS, 'AwardLevel', '政府表彰奖励级别 / Level of a government award', {
  NONE: '无 / None',
  MUNICIPAL_SPECIAL: '市级机关专项性 / Municipal, single-purpose',
  MUNICIPAL_COMPREHENSIVE: '市级机关综合性 / Municipal, comprehensive',
  PROVINCIAL_OR_ABOVE: '省部级及以上 / Provincial/ministerial or higher',
});

export const ResidencePointsIndicator = graphqlEnum(RESIDENCE_INDICATORS, 'ResidencePointsIndicator', '居住证积分指标 / Residence-permit points indicator', {
  AGE: '年龄 / Age',
  EDUCATION: '教育背景 / Education',
  TITLE_OR_SKILL: '专业技术职称和技能等级 / Title or skill level',
  SOCIAL_INSURANCE_YEARS: '在本市工作及缴纳社保年限 / Years of Shanghai social insurance',
  ENTREPRENEUR: '创业人才 / Entrepreneur',
  INNOVATION_INTERMEDIARY: '创新创业中介服务人才 / Innovation intermediary',
  SHORTAGE_MAJOR: '紧缺急需专业 / Shortage major',
  INVESTMENT_OR_HIRES: '投资纳税或带动本地就业 / Investment tax or local hires',
  SOCIAL_INSURANCE_BASE_TIER: '缴纳职工社会保险费基数 / Social-insurance base',
  PUBLIC_SERVICE: '特定的公共服务领域 / Designated public service',
  REMOTE_KEY_AREA: '远郊重点区域 / Outer-suburb key area',
  FRESH_GRADUATE: '全日制应届高校毕业生 / Full-time new graduate',
  AWARD: '表彰奖励 / Government award',
  SPOUSE_HUKOU: '配偶为本市户籍人员 / Spouse with Shanghai hukou',
  FALSE_MATERIAL: '减分：提供虚假材料 / Deduction: false materials',
  ADMIN_DETENTION: '减分：行政拘留 / Deduction: administrative detention',
  GENERAL_CRIMINAL: '减分：一般刑事犯罪 / Deduction: ordinary criminal offence',
  SERIOUS_CRIMINAL_VETO: '一票否决：严重刑事犯罪 / Veto: serious criminal record',
});

export const HukouTitleLevel = graphqlEnum(HUKOU_TITLE_LEVELS, 'HukouTitleLevel', '居转户所看的职称或技能等级 / Title or skill level as the 居转户 rules grade it', {
  NONE: '无 / None',
  JUNIOR: '初级职称或技能三至五级 / Junior title or skill levels 3 to 5',
  INTERMEDIATE_OR_TECHNICIAN: '中级职称或技师（国家二级）/ Intermediate title or technician (level 2)',
  SENIOR_OR_SENIOR_TECHNICIAN: '高级职称或高级技师（国家一级）/ Senior title or senior technician (level 1)',
});

export const GraduateDegree = graphqlEnum(GRADUATE_DEGREES, 'GraduateDegree', '应届毕业生的学历学位 / A new graduate\'s degree', {
  BACHELOR: '学士 / Bachelor',
  MASTER: '硕士 / Master',
  DOCTOR: '博士 / Doctor',
});

export const SchoolCategory = graphqlEnum(SCHOOL_CATEGORIES, 'SchoolCategory', '毕业院校类别（评分办法）/ University category in the scoring rules', {
  CATEGORY_1: '第一类高校（15 分）/ Category 1 (15 points)',
  CATEGORY_2: '第二类高校（12 分）/ Category 2 (12 points)',
  OTHER: '其他高校（8 分）/ Other (8 points)',
});

export const ClassRank = graphqlEnum(CLASS_RANKS, 'ClassRank', '学业成绩排名 / Class rank', {
  TOP_25: '前 25% / Top 25%',
  TOP_50: '26%–50% / 26–50%',
  TOP_75: '51%–75% / 51–75%',
  BOTTOM_25: '76%–100% / 76–100%',
});

export const LanguageLevel = graphqlEnum(LANGUAGE_LEVELS, 'LanguageLevel', '外语水平 / Foreign-language level', {
  NONE: '无 / None',
  CET4_OR_TEM4: '大学英语四级或专业四级 / CET-4 or TEM-4',
  CET6_OR_TEM8: '大学英语六级（≥425）或专业八级 / CET-6 (425 or more) or TEM-8',
});

export const ComputerLevel = graphqlEnum(COMPUTER_LEVELS, 'ComputerLevel', '计算机水平（本科生；研究生按 7 分计）/ Computer skills (bachelors; graduate students score 7)', {
  NONE: '无 / None',
  LOWER: '较低等级（6 分）/ The lower level (6 points)',
  HIGHER: '较高等级（7 分）/ The higher level (7 points)',
});

export const DirectSettlementCategory = graphqlEnum(DIRECT_SETTLEMENT_CATEGORIES, 'DirectSettlementCategory', '应届生直接落户（免评分）类别 / New-graduate direct-settlement category', {
  NONE: '不属于任何类别 / None applies',
  DOMESTIC_DOCTOR: '国内高校应届博士 / Domestic new doctoral graduate',
  TOP_SIX_UNIVERSITY: '清华、北大、复旦、上交、同济、华师大本科及以上 / Bachelor or above from the six named universities',
  SHANGHAI_UNIVERSITY_MASTER: '本市高校应届硕士 / New master\'s graduate of a Shanghai university',
  SHANGHAI_DOUBLE_FIRST_CLASS_BACHELOR_IN_NEW_CITY_OR_TRANSFORMATION_AREA: '本市"双一流"本科生在五个新城或南北转型地区工作 / Shanghai Double First-Class bachelor working in a new city or transformation area',
  FIRST_CLASS_UNIVERSITY_MASTER: '"一流大学建设高校"硕士 / Master of a First-Class University institution',
});

export const GraduateScoreIndicator = graphqlEnum(GRADUATE_INDICATORS, 'GraduateScoreIndicator', '应届生落户评分要素 / New-graduate score factor', {
  DEGREE: '学历（学位）/ Degree',
  SCHOOL: '学校 / University',
  CLASS_RANK: '学业成绩排名 / Class rank',
  FOREIGN_LANGUAGE: '外语水平 / Foreign language',
  COMPUTER: '计算机水平 / Computer skills',
  EMPLOYER: '用人单位 / Employer',
  KEY_DISCIPLINE: '重点学科 / Key discipline',
  STUDIED_IN_SHANGHAI: '在沪高校就读最高学历 / Highest degree studied in Shanghai',
  HONOURS_AND_COMPETITIONS: '荣誉和竞赛获奖 / Honours and competitions',
  INVENTION_PATENT: '发明专利 / Invention patent',
  GRASSROOTS_SERVICE: '西部计划、三支一扶或服兵役 / Grassroots or military service',
  STUDENT_STARTUP: '在校期间创业 / Student start-up',
});

export const CriterionStatus = graphqlEnum(['MET', 'NOT_MET', 'UNKNOWN'] as const, 'CriterionStatus', '单项条件的判断 / Outcome of one criterion', {
  MET: '符合 / Met',
  NOT_MET: '不符合 / Not met',
  UNKNOWN: '无法判断：缺少信息或规则待配置 / Cannot tell: information missing or rule not configured',
});

export const EligibilityVerdict = graphqlEnum(['LIKELY_ELIGIBLE', 'NOT_ELIGIBLE', 'NEEDS_INFORMATION'] as const, 'EligibilityVerdict', '初步结论 / Preliminary verdict', {
  LIKELY_ELIGIBLE: '可能符合条件（以审核为准）/ Likely eligible (the review decides)',
  NOT_ELIGIBLE: '至少一项条件不符合 / At least one condition is not met',
  NEEDS_INFORMATION: '需补充信息后再判断 / More information needed',
});

/** The facts of EligibilityFactsInput a criteria-based policy reads (the web builds its form from them). */
export const EligibilityFact = graphqlEnum(
  FACT_KEYS,
  'EligibilityFact',
  '资格检查所用的事实，名称与 EligibilityFactsInput 的字段相同 / A fact used by eligibility checks, named like its EligibilityFactsInput field',
  Object.fromEntries(FACT_KEYS.map((k) => [k, `${factLabel(k).zh} / ${factLabel(k).en}`])) as Record<FactKey, string>,
);
