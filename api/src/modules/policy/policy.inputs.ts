// Inputs of the policy module. The fact classes are both input types (what a client sends) and
// object types (what a talent saved comes back as), so the two can never drift apart.
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { JSONScalar, LocalDateScalar, UUIDScalar } from '../../core/graphql/scalars.js';
import { EducationLevel } from '../talent/index.js';
import {
  type AwardLevel as AwardLevelValue,
  type BaseTier,
  type ClassRank as ClassRankValue,
  type ComputerLevel as ComputerLevelValue,
  type DirectSettlementCategory as DirectSettlementValue,
  type GraduateDegree as GraduateDegreeValue,
  type HukouTitleLevel as HukouTitleValue,
  type KeyAreaZone,
  type LanguageLevel as LanguageLevelValue,
  type SchoolCategory as SchoolCategoryValue,
  type TitleOrSkillLevel as TitleOrSkillValue,
} from './rules/index.js';
import {
  AwardLevel,
  ClassRank,
  ComputerLevel,
  DirectSettlementCategory,
  GraduateDegree,
  HukouTitleLevel,
  LanguageLevel,
  PolicyAudience,
  PolicyCategory,
  RemoteKeyZone,
  SchoolCategory,
  SocialInsuranceBaseTier,
  TitleOrSkillLevel,
} from './policy.enums.js';

@ObjectType('RemoteKeyAreaAnswer', { description: '远郊重点区域的工作居住情况 / Work and residence in an outer-suburb key area' })
@InputType('RemoteKeyAreaInput', { description: '远郊重点区域的工作居住情况 / Work and residence in an outer-suburb key area' })
export class RemoteKeyAreaInput {
  @Field(() => RemoteKeyZone, { description: '区域 / Which area' })
  zone!: KeyAreaZone;

  @Field(() => Int, { description: '在该区域工作并居住的整年数 / Full years working and living there' })
  yearsWorkAndLive!: number;
}

@ObjectType('ResidencePointsAnswers', { description: '保存的积分计算器答案 / Saved answers of the points calculator' })
@InputType('ResidencePointsInput', {
  description: '居住证积分估算的输入；省略的字段视为无、零或否 / Input of the residence-points estimate; omitted fields mean none, zero or no',
})
export class ResidencePointsInput {
  @Field(() => Int, { description: '年龄（周岁，18–70）/ Age in full years (18–70)' })
  age!: number;

  @Field(() => EducationLevel, { nullable: true, description: '最高学历 / Highest education' })
  education?: EducationLevel | null;

  @Field(() => TitleOrSkillLevel, { nullable: true, description: '职称或技能等级（与学历二选一，取高者）/ Title or skill level (an alternative to education; the higher counts)' })
  titleOrSkill?: TitleOrSkillValue | null;

  @Field(() => Int, {
    nullable: true,
    description: '近 12 个月中社保缴费基数不低于上年度社平工资的月数（中级、高级职称或技能二级、一级须至少 6 个月）/ Months in the last 12 with a base at or above last year\'s average wage (intermediate/senior titles and skill levels 2/1 need at least 6)',
  })
  monthsBaseAtLeastAverageInLast12?: number | null;

  @Field(() => Int, { nullable: true, description: '在本市缴纳职工社保的累计月数（补缴不计）/ Months of Shanghai employee social insurance (back-paid months excluded)' })
  socialInsuranceMonths?: number | null;

  @Field(() => Boolean, { nullable: true, description: '符合条件的创业人才 / A qualifying entrepreneur' })
  entrepreneurTalent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '创新创业中介服务人才 / An innovation intermediary' })
  innovationIntermediaryTalent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '紧缺急需专业且从事相应工作 / Shortage-list major in a matching job' })
  shortageMajor?: boolean | null;

  @Field(() => Float, { nullable: true, description: '投资企业近 3 年平均年纳税额（万元）/ Invested company\'s average annual tax over 3 years (10,000 yuan)' })
  investmentAvgAnnualTaxWan?: number | null;

  @Field(() => Int, { nullable: true, description: '投资企业近 3 年平均每年聘用本市户籍人数 / Invested company\'s average annual Shanghai-hukou hires over 3 years' })
  investmentAvgAnnualShanghaiHires?: number | null;

  @Field(() => SocialInsuranceBaseTier, { nullable: true, description: '社保缴费基数档次 / Social-insurance base tier' })
  socialInsuranceBaseTier?: BaseTier | null;

  @Field(() => Int, { nullable: true, description: '在特定公共服务领域工作的整年数 / Full years in a designated public-service field' })
  publicServiceYears?: number | null;

  @Field(() => RemoteKeyAreaInput, { nullable: true, description: '远郊重点区域 / Outer-suburb key area' })
  remoteKeyArea?: RemoteKeyAreaInput | null;

  @Field(() => Boolean, { nullable: true, description: '全日制应届高校毕业生 / Full-time new university graduate' })
  freshGraduate?: boolean | null;

  @Field(() => AwardLevel, { nullable: true, description: '最高级别的政府表彰奖励 / Highest government award' })
  award?: AwardLevelValue | null;

  @Field(() => Int, { nullable: true, description: '与本市户籍配偶结婚的整年数 / Full years married to a Shanghai-hukou spouse' })
  spouseShanghaiHukouMarriageYears?: number | null;

  @Field(() => Int, { nullable: true, description: '3 年内提供虚假材料次数 / False materials supplied within 3 years' })
  falseMaterialCountWithin3Years?: number | null;

  @Field(() => Int, { nullable: true, description: '5 年内行政拘留次数 / Administrative detentions within 5 years' })
  adminDetentionCountWithin5Years?: number | null;

  @Field(() => Int, { nullable: true, description: '5 年内一般刑事犯罪次数 / Ordinary criminal offences within 5 years' })
  generalCriminalCountWithin5Years?: number | null;

  @Field(() => Boolean, { nullable: true, description: '有严重刑事犯罪记录（一票否决）/ Serious criminal record (veto)' })
  seriousCriminalRecord?: boolean | null;
}

@ObjectType('HukouTransferFacts', { description: '居转户检查的事实 / Facts for the 居转户 check' })
@InputType('HukouTransferFactsInput', { description: '居转户检查的事实；省略的基本条件视为未知 / Facts for the 居转户 check; an omitted basic fact is unknown' })
export class HukouTransferFactsInput {
  @Field(() => Int, { nullable: true, description: '持有《上海市居住证》的累计月数 / Months holding the Shanghai residence permit' })
  permitMonthsHeld?: number | null;

  @Field(() => Int, { nullable: true, description: '持证期间在本市缴纳职工社保的月数（补缴不计）/ Months of Shanghai social insurance while holding the permit (back-paid excluded)' })
  socialInsuranceMonthsWhileHolding?: number | null;

  @Field(() => Boolean, { nullable: true, description: '持证期间在本市缴纳个人所得税 / Paid income tax in Shanghai while holding the permit' })
  paidShanghaiIncomeTax?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '个税扣缴单位与社保缴费单位一致 / The same employer withholds tax and pays social insurance' })
  taxAndInsuranceSameEmployer?: boolean | null;

  @Field(() => HukouTitleLevel, { nullable: true, description: '职称或技能等级 / Title or skill level' })
  titleLevel?: HukouTitleValue | null;

  @Field(() => Boolean, { nullable: true, description: '职称或技能等级与所聘岗位相符 / The title or skill matches the job' })
  titleMatchesJob?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '有违法犯罪记录 / Has a criminal record' })
  hasCriminalRecord?: boolean | null;

  @Field(() => Int, { nullable: true, description: '近 48 个月中缴费基数不低于社平工资 1.3 倍的月数 / Months in the last 48 with a base of at least 1.3× the average wage' })
  monthsAtMarketBaseInLast48?: number | null;

  @Field(() => Boolean, { nullable: true, description: '申请当月缴费基数达到 1.3 倍 / The application month\'s base is at least 1.3×' })
  applicationMonthAtMarketBase?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '获省部级及以上奖励 / Holds a provincial or higher award' })
  provincialAwardOrAbove?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '近 3 年连续缴费基数不低于社平工资 2 倍 / Base at least 2× the average wage for the last 3 years' })
  baseAtLeast2xLast3Years?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '重点岗位薪酬达到规定水平 / Key-post pay at the required level' })
  keyPostPay?: boolean | null;

  @Field(() => Float, { nullable: true, description: '创业企业近 3 年平均年纳税（万元）/ Own company\'s average annual tax over 3 years (10,000 yuan)' })
  entrepreneurAvgAnnualTaxWan?: number | null;

  @Field(() => Int, { nullable: true, description: '创业企业平均聘用本市户籍人数 / Own company\'s average Shanghai-hukou staff' })
  entrepreneurAvgAnnualShanghaiHires?: number | null;

  @Field(() => Int, { nullable: true, description: '在远郊教育、卫生、农业岗位连续工作的年数 / Continuous years in outer-suburb education, health or farming posts' })
  remotePublicServiceContinuousYears?: number | null;

  @Field(() => Int, { nullable: true, description: '在临港新片区工作的年数 / Years working in the Lingang Special Area' })
  lingangYears?: number | null;

  @Field(() => Boolean, { nullable: true, description: '临港新片区推荐的核心人才 / Recommended Lingang core talent' })
  lingangRecommendedCoreTalent?: boolean | null;
}

@ObjectType('GraduateScoreAnswers', { description: '应届生落户评分的答案 / Answers for the new-graduate settlement score' })
@InputType('GraduateScoreInput', { description: '应届生落户评分的输入；学历和学校类别缺失时只能判断直接落户途径 / Input of the new-graduate score; without degree and school category only the direct route can be judged' })
export class GraduateScoreInput {
  @Field(() => GraduateDegree, { nullable: true, description: '学历学位 / Degree' })
  degree?: GraduateDegreeValue | null;

  @Field(() => SchoolCategory, { nullable: true, description: '毕业院校类别 / University category' })
  schoolCategory?: SchoolCategoryValue | null;

  @Field(() => ClassRank, { nullable: true, description: '学业成绩排名 / Class rank' })
  classRank?: ClassRankValue | null;

  @Field(() => LanguageLevel, { nullable: true, description: '外语水平 / Foreign language' })
  foreignLanguage?: LanguageLevelValue | null;

  @Field(() => ComputerLevel, { nullable: true, description: '计算机水平 / Computer skills' })
  computerLevel?: ComputerLevelValue | null;

  @Field(() => Boolean, { nullable: true, description: '用人单位符合加分条件（5 分）/ The employer earns the employer factor (5 points)' })
  employerFactor?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '重点学科（3 分）/ Key discipline (3 points)' })
  keyDiscipline?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '最高学历在沪高校就读（2 分）/ Highest degree studied in Shanghai (2 points)' })
  highestDegreeStudiedInShanghai?: boolean | null;

  @Field(() => Int, { nullable: true, description: '国家级荣誉或竞赛奖项数 / National honours or prizes' })
  nationalHonours?: number | null;

  @Field(() => Int, { nullable: true, description: '省级荣誉或竞赛奖项数 / Provincial honours or prizes' })
  provincialHonours?: number | null;

  @Field(() => Int, { nullable: true, description: '校级荣誉或竞赛奖项数（最多计 2 项）/ University honours or prizes (at most 2 count)' })
  schoolHonours?: number | null;

  @Field(() => Boolean, { nullable: true, description: '发明专利 / Invention patent' })
  inventionPatent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '西部计划、三支一扶或服兵役 / Western Programme, "Three Supports, One Assistance" or military service' })
  grassrootsService?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '在校期间创业（持股 10% 以上且为法定代表人）/ Student start-up (10%+ equity, legal representative)' })
  studentStartup?: boolean | null;

  @Field(() => DirectSettlementCategory, { nullable: true, description: '直接落户类别；省略表示未说明 / Direct-settlement category; omitted means not stated' })
  directSettlementCategory?: DirectSettlementValue | null;
}

@ObjectType('EligibilityFacts', { description: '人才为资格检查提供的事实 / Facts a talent gives for eligibility checks' })
@InputType('EligibilityFactsInput', {
  description:
    '资格检查的事实；全部可省略，省略即"未说明"（相应条件判为无法判断）。按条件检查的政策读取顶层字段（见 PolicyEligibility.facts），居转户读 hukouTransfer，应届生落户读 graduate，residencePoints 保存积分计算器答案 / Facts for eligibility checks; all optional, omitted means not stated (the criterion is then UNKNOWN). Criteria-based policies read the top-level fields (see PolicyEligibility.facts); 居转户 reads hukouTransfer, new-graduate settlement reads graduate; residencePoints keeps the calculator answers',
})
export class EligibilityFactsInput {
  @Field(() => Int, { nullable: true, description: '年龄（周岁）/ Age in full years' })
  age?: number | null;

  @Field(() => EducationLevel, { nullable: true, description: '最高学历 / Highest education' })
  education?: EducationLevel | null;

  @Field(() => TitleOrSkillLevel, { nullable: true, description: '职称或技能等级 / Title or skill level' })
  titleOrSkill?: TitleOrSkillValue | null;

  @Field(() => Int, { nullable: true, description: '前 12 个月内在本市缴纳职工社保的月数（0–12）/ Months of Shanghai social insurance in the previous 12 (0–12)' })
  socialInsuranceMonthsInLast12?: number | null;

  @Field(() => Int, { nullable: true, description: '劳动合同期限（月）/ Length of the labour contract in months' })
  laborContractMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '在本单位连续缴纳社保的月数 / Consecutive months of social insurance at the employer' })
  consecutiveInsuranceMonthsAtEmployer?: number | null;

  @Field(() => Int, { nullable: true, description: '距法定退休年龄的年数 / Years until statutory retirement age' })
  yearsToStatutoryRetirement?: number | null;

  @Field(() => Float, { nullable: true, description: '上一年度在本区取得的税前收入（元）/ Previous year\'s pre-tax income in the district (yuan)' })
  previousYearPreTaxIncomeYuan?: number | null;

  @Field(() => Boolean, { nullable: true, description: '持有有效的《上海市居住证》/ Holds a valid Shanghai residence permit' })
  hasShanghaiResidencePermit?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '本月在本市就业并缴纳职工社保 / Employed in Shanghai and paying employee social insurance this month' })
  employedWithShanghaiInsuranceNow?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '有严重刑事犯罪记录 / Has a serious criminal record' })
  hasSeriousCriminalRecord?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '有违法犯罪记录 / Has a criminal record' })
  hasCriminalRecord?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '在宝山区或周边地区有自有住房 / Owns a home in Baoshan or nearby' })
  ownsHomeInBaoshanOrNearby?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '用人单位工商、税务登记在宝山区 / Employer registered for business and tax in Baoshan' })
  employerRegisteredInBaoshan?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '用人单位符合该政策的单位条件（由单位人事确认）/ The employer meets the policy\'s employer conditions (confirmed by its HR)' })
  employerMeetsPolicyConditions?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '用人单位为区属国有企业或其下属企业 / The employer is a district state-owned company or its subsidiary' })
  employerIsDistrictStateOwned?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '区级及以上高层次人才 / High-level talent at district level or above' })
  highLevelTalentDistrictOrAbove?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '在相应岗位任中高级管理人员 / Mid or senior manager in a matching post' })
  midOrSeniorManager?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '经单位推荐并经区联席会议认定 / Recommended by the employer and approved by the district joint meeting' })
  recommendedByEmployerAndApproved?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '优秀海外人才 / Excellent overseas talent' })
  overseasTalent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '经单位认定为重要创新岗位的骨干人才 / Recognised by the employer as key talent in an innovation post' })
  keyPostRecognisedByEmployer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '在本单位缴纳个人所得税 / Pays income tax through the employer' })
  paysIncomeTaxAtEmployer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '近一年无违法违规和失信行为 / No illegal acts or dishonesty in the last year' })
  noViolationsLastYear?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '获省部级及以上政府奖励 / Holds a provincial or higher government award' })
  provincialAwardOrAbove?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '入选省部级以上人才计划或为重大科技项目负责人、骨干 / In a provincial or higher talent programme, or leads/core of a major S&T project' })
  talentProgrammeOrMajorProject?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '重点机构紧缺急需并经推荐 / Needed and recommended by a key institution' })
  keyInstitutionRecommended?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '获中华技能大奖、全国技术能手等 / China Skills Award, National Technical Expert or similar' })
  nationalSkillAward?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '市场化创新创业人才 / Market-recognised innovation or entrepreneurship talent' })
  marketInnovationTalent?: boolean | null;

  @Field(() => HukouTransferFactsInput, { nullable: true, description: '居转户的事实 / Facts for 居转户' })
  hukouTransfer?: HukouTransferFactsInput | null;

  @Field(() => GraduateScoreInput, { nullable: true, description: '应届生落户的事实 / Facts for new-graduate settlement' })
  graduate?: GraduateScoreInput | null;

  @Field(() => ResidencePointsInput, { nullable: true, description: '积分计算器的答案（仅保存用）/ Points-calculator answers (kept with the saved facts)' })
  residencePoints?: ResidencePointsInput | null;
}

/** The JSON kept in talent_policy_facts: the facts as given, nothing derived. */
export type StoredPolicyFacts = Omit<EligibilityFactsInput, 'hukouTransfer' | 'graduate' | 'residencePoints'> & {
  hukouTransfer?: HukouTransferFactsInput | null;
  graduate?: GraduateScoreInput | null;
  residencePoints?: ResidencePointsInput | null;
};

@InputType({ description: '规则数据中的一处修改 / One change to rule data' })
export class RuleChangeInput {
  @Field({ description: '以点分隔的路径，如 cityAverageMonthlyWage.yuan、age.maxPoints、criteria.2.test.min；只能改已有的项（列表可在末尾追加）/ Dotted path, e.g. cityAverageMonthlyWage.yuan, age.maxPoints, criteria.2.test.min; only existing entries (a list may gain one at its end)' })
  path!: string;

  @Field(() => JSONScalar, { nullable: true, description: '新的值；null 表示"待配置" / The new value; null means "not configured"' })
  value!: unknown;
}

@InputType({ description: '新建规则版本：在指定日期施行的版本基础上修改若干值 / A new rule version: some values changed from the version in force on its date' })
export class CreateRuleVersionInput {
  @Field(() => UUIDScalar, { description: '规则集编号 / Rule set id' })
  ruleSetId!: string;

  @Field(() => LocalDateScalar, { description: '生效日期，不能早于今天（上海时间），以免改写历史结果 / Effective date; not before today (Shanghai time), so past results are never rewritten' })
  effectiveFrom!: string;

  @Field(() => [RuleChangeInput], { description: '修改，至少一处 / The changes, at least one' })
  changes!: RuleChangeInput[];

  @Field({ description: '修改说明和依据 / What changed and why (Chinese)' })
  noteZh!: string;

  @Field({ description: '修改说明和依据（英文）/ What changed and why (English)' })
  noteEn!: string;

  @Field(() => String, { nullable: true, description: '新的法律依据；省略则沿用 / New legal basis; omitted keeps the current one' })
  legalBasis?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '打开页面时该规则集的最新版本号；此后若有人保存了新版本，则拒绝并提示冲突 / The rule set\'s latest version number when the page was opened; if someone saved a version since, the save is refused as a conflict',
  })
  expectedLatestVersion?: number | null;
}

@InputType({ description: '政策的一条来源 / One source of a policy' })
export class PolicySourceInput {
  @Field({ description: '来源名称 / What the source is' })
  title!: string;

  @Field(() => String, { nullable: true, description: '网址（域名和路径）/ Web address (domain and path)' })
  url?: string | null;

  @Field({ description: '可信度：V-official、V、V-1、INF、CONFLICT、UNKNOWN / Confidence: V-official, V, V-1, INF, CONFLICT, UNKNOWN' })
  confidence!: string;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  note?: string | null;
}

@InputType({ description: '新建政策版本；省略的字段沿用上一版本 / A new policy version; omitted fields keep the previous version\'s text' })
export class CreatePolicyVersionInput {
  @Field(() => UUIDScalar, { description: '政策编号 / Policy id' })
  policyId!: string;

  @Field(() => LocalDateScalar, { description: '生效日期，不能早于今天（上海时间）/ Effective date; not before today (Shanghai time)' })
  effectiveFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '依据文件自身的施行日期（已核实的）；省略则沿用 / The document\'s own effective date, once verified; omitted keeps the current one' })
  documentEffectiveOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '依据文件有效期至 / The document is valid until' })
  effectiveTo?: string | null;

  @Field(() => String, { nullable: true, description: '标题 / Title (Chinese)' })
  titleZh?: string | null;

  @Field(() => String, { nullable: true, description: '英文标题 / Title (English)' })
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: '摘要 / Summary (Chinese)' })
  summaryZh?: string | null;

  @Field(() => String, { nullable: true, description: '英文摘要 / Summary (English)' })
  summaryEn?: string | null;

  @Field(() => String, { nullable: true, description: '政策待遇 / What it gives (Chinese)' })
  benefitsZh?: string | null;

  @Field(() => String, { nullable: true, description: '政策待遇（英文）/ What it gives (English)' })
  benefitsEn?: string | null;

  @Field(() => String, { nullable: true, description: '申请条件 / Who qualifies (Chinese)' })
  eligibilityZh?: string | null;

  @Field(() => String, { nullable: true, description: '申请条件（英文）/ Who qualifies (English)' })
  eligibilityEn?: string | null;

  @Field(() => String, { nullable: true, description: '所需材料 / Documents (Chinese)' })
  documentsZh?: string | null;

  @Field(() => String, { nullable: true, description: '所需材料（英文）/ Documents (English)' })
  documentsEn?: string | null;

  @Field(() => String, { nullable: true, description: '办理流程 / Process (Chinese)' })
  processZh?: string | null;

  @Field(() => String, { nullable: true, description: '办理流程（英文）/ Process (English)' })
  processEn?: string | null;

  @Field(() => String, { nullable: true, description: '办理时限 / Processing time (Chinese)' })
  processingTimeZh?: string | null;

  @Field(() => String, { nullable: true, description: '办理时限（英文）/ Processing time (English)' })
  processingTimeEn?: string | null;

  @Field(() => String, { nullable: true, description: '依据文件文号 / Document number' })
  documentNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '最近核对日期；省略则为今天 / Last checked on; omitted means today' })
  lastVerifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: '依据文件名称；省略则沿用 / Title of the legal document; omitted keeps the current one' })
  documentTitle?: string | null;

  @Field(() => String, { nullable: true, description: '发文机关；省略则沿用 / Issuing body (Chinese); omitted keeps the current one' })
  issuingBodyZh?: string | null;

  @Field(() => String, { nullable: true, description: '发文机关（英文）；省略则沿用 / Issuing body (English); omitted keeps the current one' })
  issuingBodyEn?: string | null;

  @Field(() => String, { nullable: true, description: '核对说明；省略则沿用 / Verification note (Chinese); omitted keeps the current one' })
  verificationNoteZh?: string | null;

  @Field(() => String, { nullable: true, description: '核对说明（英文）；省略则沿用 / Verification note (English); omitted keeps the current one' })
  verificationNoteEn?: string | null;

  @Field(() => [PolicySourceInput], { nullable: true, description: '来源（整组替换，最多 30 条）；省略则沿用 / Sources (replacing the list, at most 30); omitted keeps the current ones' })
  sources?: PolicySourceInput[] | null;

  @Field(() => Int, { nullable: true, description: '打开页面时的最新版本号；此后有人保存了新版本则拒绝并提示冲突 / The latest version number when the page was opened; a version saved since is refused as a conflict' })
  expectedLatestVersion?: number | null;

  @Field({ description: '修改说明 / What changed (Chinese)' })
  changeNoteZh!: string;

  @Field({ description: '修改说明（英文）/ What changed (English)' })
  changeNoteEn!: string;
}

export interface PolicySearchFilter {
  search?: string | null;
  category?: PolicyCategory | null;
  audience?: PolicyAudience | null;
}
