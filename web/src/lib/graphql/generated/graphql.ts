/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 活动内容；新建和修改都提交完整内容 / An event's content; creating and editing both send all of it */
export type AllianceEventInput = {
  /** 座位总数 / Seats in all */
  capacity: number;
  /** 所属干部培养交流批次（作为其一次课程）/ Cadre exchange cohort this is a session of */
  cohortId?: string | number | null | undefined;
  /** 介绍（英文）/ Description in English */
  descriptionEn: string;
  /** 介绍（中文）/ Description in Chinese */
  descriptionZh: string;
  /** 结束时间 / End */
  endsAt: string;
  /** 承办企业或机构 / Host enterprise or organisation */
  hostOrganisationId?: string | number | null | undefined;
  /** 活动类型 / Kind */
  kind: AllianceEventKind;
  /** 各企业预留座位 / Seats reserved per enterprise */
  quotas?: Array<SeatQuotaInput> | null | undefined;
  /** 报名截止时间（不晚于开始时间）/ When registration closes (no later than the start) */
  registrationClosesAt: string;
  /** 报名开始时间 / When registration opens */
  registrationOpensAt: string;
  /** 开始前多少小时释放未用的预留座位（默认 48）/ Hours before the start when unused reserved seats are released (default 48) */
  reservedSeatsReleaseHours?: number | null | undefined;
  /** 开始时间，ISO 8601，如 2026-12-05T14:00:00+08:00 / Start, ISO 8601, e.g. 2026-12-05T14:00:00+08:00 */
  startsAt: string;
  /** 标题（英文）/ Title in English */
  titleEn: string;
  /** 标题（中文）/ Title in Chinese */
  titleZh: string;
  /** 地点（英文）/ Venue in English */
  venueEn?: string | null | undefined;
  /** 地点（中文）/ Venue in Chinese */
  venueZh?: string | null | undefined;
};

/** 活动类型 / Kind of alliance event */
export type AllianceEventKind =
  /** 学习互鉴交流 / Learning exchange */
  | 'EXCHANGE'
  /** 理论宣讲（如理论宣讲进企业）/ Lecture (e.g. theory lectures held inside enterprises) */
  | 'LECTURE'
  /** 联席会议 / Joint meeting */
  | 'MEETING'
  /** 培训（含干部培养交流课程）/ Training (including cadre exchange sessions) */
  | 'TRAINING'
  /** 参观体验（如世界人工智能大会体验）/ Visit (e.g. the World AI Conference) */
  | 'VISIT';

/** 活动状态 / Status of an alliance event */
export type AllianceEventStatus =
  /** 已取消 / Cancelled */
  | 'CANCELLED'
  /** 已结束 / Completed */
  | 'COMPLETED'
  /** 草稿，仅协调人可见 / Draft, seen by coordinators only */
  | 'DRAFT'
  /** 已发布 / Published */
  | 'PUBLISHED';

/** 政府表彰奖励级别 / Level of a government award */
export type AwardLevel =
  /** 市级机关综合性 / Municipal, comprehensive */
  | 'MUNICIPAL_COMPREHENSIVE'
  /** 市级机关专项性 / Municipal, single-purpose */
  | 'MUNICIPAL_SPECIAL'
  /** 无 / None */
  | 'NONE'
  /** 省部级及以上 / Provincial/ministerial or higher */
  | 'PROVINCIAL_OR_ABOVE';

/** 金融产品内容；新建和修改都提交完整内容 / A product's content; creating and editing both send all of it */
export type BankProductInput = {
  /** 面向对象 / Who it is for */
  audience: FinancingAudience;
  /** 产品类型 / Kind */
  kind: BankProductKind;
  /** 最高金额（元）/ Largest amount in yuan */
  maxAmount?: number | null | undefined;
  /** 参考年利率上限（%）/ Highest indicative annual rate in percent */
  maxRatePercent?: number | null | undefined;
  /** 最长期限（月）/ Longest term in months */
  maxTermMonths?: number | null | undefined;
  /** 最低金额（元）/ Smallest amount in yuan */
  minAmount?: number | null | undefined;
  /** 参考年利率下限（%，如 3.45）/ Lowest indicative annual rate in percent, e.g. 3.45 */
  minRatePercent?: number | null | undefined;
  /** 最短期限（月）/ Shortest term in months */
  minTermMonths?: number | null | undefined;
  /** 名称（英文）/ Name in English */
  nameEn: string;
  /** 名称（中文，最多 100 字）/ Name in Chinese (at most 100 characters) */
  nameZh: string;
  /** 申请条件（英文）/ Requirements in English */
  requirementsEn: string;
  /** 申请条件（中文，最多 2000 字）/ Requirements in Chinese (at most 2,000 characters) */
  requirementsZh: string;
  /** 简介（英文）/ Summary in English */
  summaryEn: string;
  /** 简介（中文，最多 500 字）/ Summary in Chinese (at most 500 characters) */
  summaryZh: string;
};

/** 金融产品（及融资需求）类型 / Kind of bank product, and of financing asked for */
export type BankProductKind =
  /** 账户与结算服务 / Account and settlement services */
  | 'ACCOUNT_SERVICE'
  /** 知识产权质押贷款 / Loan against pledged intellectual property */
  | 'IP_PLEDGE_LOAN'
  /** 其他 / Other */
  | 'OTHER'
  /** 供应链金融 / Supply-chain finance */
  | 'SUPPLY_CHAIN_FINANCE'
  /** 人才消费贷款 / Talent consumer loan */
  | 'TALENT_CONSUMER_LOAN'
  /** 人才安居贷款 / Talent housing loan */
  | 'TALENT_HOUSING_LOAN'
  /** 科技企业信用贷款 / Credit for tech enterprises */
  | 'TECH_ENTERPRISE_CREDIT';

/** 产品状态 / Status of a bank product */
export type BankProductStatus =
  /** 草稿，仅本支行可见 / Draft, seen by its branch only */
  | 'DRAFT'
  /** 已发布 / Published */
  | 'PUBLISHED'
  /** 已下架 / Withdrawn */
  | 'WITHDRAWN';

/** 镇里推荐或隐藏产品；未提供的字段不变 / The town features or hides a product; omitted fields stay as they are */
export type BankProductVisibilityInput = {
  /** 推荐 / Featured */
  featured?: boolean | null | undefined;
  /** 隐藏 / Hidden */
  hidden?: boolean | null | undefined;
  /** 产品编号 / Product id */
  productId: string | number;
};

/** 对一家支行的授权：它可以看到哪些信息 / Consent for one branch: which facts it may see */
export type BranchConsentInput = {
  /** 支行 / Branch */
  branchId: string | number;
  /** 授权查看的信息项（可为空）/ Facts it may see (may be empty) */
  facts: Array<FinancingFact>;
};

/** 干部培养交流推荐状态 / Status of a cadre-exchange nomination */
export type CadreNominationStatus =
  /** 已推荐，待遴选 / Nominated, awaiting selection */
  | 'NOMINATED'
  /** 未入选 / Not selected */
  | 'NOT_SELECTED'
  /** 已入选 / Selected */
  | 'SELECTED'
  /** 已撤回 / Withdrawn */
  | 'WITHDRAWN';

/** 学业成绩排名 / Class rank */
export type ClassRank =
  /** 76%–100% / 76–100% */
  | 'BOTTOM_25'
  /** 前 25% / Top 25% */
  | 'TOP_25'
  /** 26%–50% / 26–50% */
  | 'TOP_50'
  /** 51%–75% / 51–75% */
  | 'TOP_75';

/** 计算机水平（本科生；研究生按 7 分计）/ Computer skills (bachelors; graduate students score 7) */
export type ComputerLevel =
  /** 较高等级（7 分）/ The higher level (7 points) */
  | 'HIGHER'
  /** 较低等级（6 分）/ The lower level (6 points) */
  | 'LOWER'
  /** 无 / None */
  | 'NONE';

/** 单项条件的判断 / Outcome of one criterion */
export type CriterionStatus =
  /** 符合 / Met */
  | 'MET'
  /** 不符合 / Not met */
  | 'NOT_MET'
  /** 无法判断：缺少信息或规则待配置 / Cannot tell: information missing or rule not configured */
  | 'UNKNOWN';

/** 应届生直接落户（免评分）类别 / New-graduate direct-settlement category */
export type DirectSettlementCategory =
  /** 国内高校应届博士 / Domestic new doctoral graduate */
  | 'DOMESTIC_DOCTOR'
  /** "一流大学建设高校"硕士 / Master of a First-Class University institution */
  | 'FIRST_CLASS_UNIVERSITY_MASTER'
  /** 不属于任何类别 / None applies */
  | 'NONE'
  /** 本市"双一流"本科生在五个新城或南北转型地区工作 / Shanghai Double First-Class bachelor working in a new city or transformation area */
  | 'SHANGHAI_DOUBLE_FIRST_CLASS_BACHELOR_IN_NEW_CITY_OR_TRANSFORMATION_AREA'
  /** 本市高校应届硕士 / New master's graduate of a Shanghai university */
  | 'SHANGHAI_UNIVERSITY_MASTER'
  /** 清华、北大、复旦、上交、同济、华师大本科及以上 / Bachelor or above from the six named universities */
  | 'TOP_SIX_UNIVERSITY';

/** 学历 / Highest education */
export type EducationLevel =
  /** 大专（高职）/ Associate degree (vocational college) */
  | 'ASSOCIATE'
  /** 大学本科学历（无学位）/ Bachelor studies without the degree */
  | 'BACHELOR'
  /** 本科学历及学士学位 / Bachelor with degree */
  | 'BACHELOR_WITH_DEGREE'
  /** 博士研究生学历学位 / Doctor */
  | 'DOCTOR'
  /** 硕士研究生学历学位 / Master */
  | 'MASTER'
  /** 大专以下 / Below associate degree */
  | 'NONE';

/** 资格检查所用的事实，名称与 EligibilityFactsInput 的字段相同 / A fact used by eligibility checks, named like its EligibilityFactsInput field */
export type EligibilityFact =
  /** 年龄 / Age */
  | 'age'
  /** 在本单位连续缴纳社保的月数 / Consecutive months of social insurance at this employer */
  | 'consecutiveInsuranceMonthsAtEmployer'
  /** 最高学历 / Highest education */
  | 'education'
  /** 本月在本市就业并缴纳职工社保 / Employed in Shanghai and paying employee social insurance this month */
  | 'employedWithShanghaiInsuranceNow'
  /** 用人单位为区属国有企业或其下属、受区国资委委托监管的企业 / The employer is a district state-owned company, its subsidiary, or entrusted to the district SASAC */
  | 'employerIsDistrictStateOwned'
  /** 用人单位符合本政策的单位条件（由单位人事确认） / The employer meets this policy's employer conditions (confirmed by its HR) */
  | 'employerMeetsPolicyConditions'
  /** 用人单位工商、税务登记在宝山区 / The employer is registered for business and tax in Baoshan */
  | 'employerRegisteredInBaoshan'
  /** 有违法犯罪记录 / Has a criminal record */
  | 'hasCriminalRecord'
  /** 有严重刑事犯罪记录 / Has a serious criminal record */
  | 'hasSeriousCriminalRecord'
  /** 持有有效的《上海市居住证》 / Holds a valid Shanghai residence permit */
  | 'hasShanghaiResidencePermit'
  /** 区级及以上高层次人才 / High-level talent recognised at district level or above */
  | 'highLevelTalentDistrictOrAbove'
  /** 重点机构紧缺急需并经推荐 / Needed and recommended by a key institution (重点机构) */
  | 'keyInstitutionRecommended'
  /** 经单位认定在重要创新岗位担任高级管理、核心技术等骨干人才 / Recognised by the employer as key talent in an important innovation post */
  | 'keyPostRecognisedByEmployer'
  /** 劳动合同期限 / Length of the labour contract */
  | 'laborContractMonths'
  /** 市场化创新创业人才（风险投资支持的创业者、中介服务人才、企业家等） / Market-recognised innovation or entrepreneurship talent (VC-backed founders, intermediaries, entrepreneurs) */
  | 'marketInnovationTalent'
  /** 在相应岗位任中高级管理人员 / Mid or senior manager in a matching post */
  | 'midOrSeniorManager'
  /** 获中华技能大奖、全国技术能手、国务院特殊津贴或世界技能大赛奖项 / China Skills Award, National Technical Expert, State Council special allowance or WorldSkills winner */
  | 'nationalSkillAward'
  /** 近一年无违法违规和失信行为 / No illegal acts or dishonesty in the last year */
  | 'noViolationsLastYear'
  /** 优秀海外人才 / Excellent overseas talent */
  | 'overseasTalent'
  /** 在宝山区或周边地区有自有住房 / Owns a home in Baoshan or nearby */
  | 'ownsHomeInBaoshanOrNearby'
  /** 在本单位缴纳个人所得税 / Pays income tax through this employer */
  | 'paysIncomeTaxAtEmployer'
  /** 上一年度在本区取得的税前收入 / Previous year's pre-tax income earned in the district */
  | 'previousYearPreTaxIncomeYuan'
  /** 获省部级及以上政府奖励 / Holds a provincial/ministerial or higher government award */
  | 'provincialAwardOrAbove'
  /** 经单位推荐并经区联席会议认定 / Recommended by the employer and approved by the district joint meeting */
  | 'recommendedByEmployerAndApproved'
  /** 前 12 个月内在本市缴纳职工社保的月数 / Months of Shanghai employee social insurance in the previous 12 */
  | 'socialInsuranceMonthsInLast12'
  /** 入选省部级及以上人才计划，或为国家、本市重大科技项目负责人或骨干 / In a provincial or higher talent programme, or leader/core member of a national or Shanghai major S&T project */
  | 'talentProgrammeOrMajorProject'
  /** 职称或技能等级 / Title or skill level */
  | 'titleOrSkill'
  /** 距法定退休年龄的年数 / Years until statutory retirement age */
  | 'yearsToStatutoryRetirement';

/** 资格检查的事实；全部可省略，省略即"未说明"（相应条件判为无法判断）。按条件检查的政策读取顶层字段（见 PolicyEligibility.facts），居转户读 hukouTransfer，应届生落户读 graduate，residencePoints 保存积分计算器答案 / Facts for eligibility checks; all optional, omitted means not stated (the criterion is then UNKNOWN). Criteria-based policies read the top-level fields (see PolicyEligibility.facts); 居转户 reads hukouTransfer, new-graduate settlement reads graduate; residencePoints keeps the calculator answers */
export type EligibilityFactsInput = {
  /** 年龄（周岁）/ Age in full years */
  age?: number | null | undefined;
  /** 在本单位连续缴纳社保的月数 / Consecutive months of social insurance at the employer */
  consecutiveInsuranceMonthsAtEmployer?: number | null | undefined;
  /** 最高学历 / Highest education */
  education?: EducationLevel | null | undefined;
  /** 本月在本市就业并缴纳职工社保 / Employed in Shanghai and paying employee social insurance this month */
  employedWithShanghaiInsuranceNow?: boolean | null | undefined;
  /** 用人单位为区属国有企业或其下属企业 / The employer is a district state-owned company or its subsidiary */
  employerIsDistrictStateOwned?: boolean | null | undefined;
  /** 用人单位符合该政策的单位条件（由单位人事确认）/ The employer meets the policy's employer conditions (confirmed by its HR) */
  employerMeetsPolicyConditions?: boolean | null | undefined;
  /** 用人单位工商、税务登记在宝山区 / Employer registered for business and tax in Baoshan */
  employerRegisteredInBaoshan?: boolean | null | undefined;
  /** 应届生落户的事实 / Facts for new-graduate settlement */
  graduate?: GraduateScoreInput | null | undefined;
  /** 有违法犯罪记录 / Has a criminal record */
  hasCriminalRecord?: boolean | null | undefined;
  /** 有严重刑事犯罪记录 / Has a serious criminal record */
  hasSeriousCriminalRecord?: boolean | null | undefined;
  /** 持有有效的《上海市居住证》/ Holds a valid Shanghai residence permit */
  hasShanghaiResidencePermit?: boolean | null | undefined;
  /** 区级及以上高层次人才 / High-level talent at district level or above */
  highLevelTalentDistrictOrAbove?: boolean | null | undefined;
  /** 居转户的事实 / Facts for 居转户 */
  hukouTransfer?: HukouTransferFactsInput | null | undefined;
  /** 重点机构紧缺急需并经推荐 / Needed and recommended by a key institution */
  keyInstitutionRecommended?: boolean | null | undefined;
  /** 经单位认定为重要创新岗位的骨干人才 / Recognised by the employer as key talent in an innovation post */
  keyPostRecognisedByEmployer?: boolean | null | undefined;
  /** 劳动合同期限（月）/ Length of the labour contract in months */
  laborContractMonths?: number | null | undefined;
  /** 市场化创新创业人才 / Market-recognised innovation or entrepreneurship talent */
  marketInnovationTalent?: boolean | null | undefined;
  /** 在相应岗位任中高级管理人员 / Mid or senior manager in a matching post */
  midOrSeniorManager?: boolean | null | undefined;
  /** 获中华技能大奖、全国技术能手等 / China Skills Award, National Technical Expert or similar */
  nationalSkillAward?: boolean | null | undefined;
  /** 近一年无违法违规和失信行为 / No illegal acts or dishonesty in the last year */
  noViolationsLastYear?: boolean | null | undefined;
  /** 优秀海外人才 / Excellent overseas talent */
  overseasTalent?: boolean | null | undefined;
  /** 在宝山区或周边地区有自有住房 / Owns a home in Baoshan or nearby */
  ownsHomeInBaoshanOrNearby?: boolean | null | undefined;
  /** 在本单位缴纳个人所得税 / Pays income tax through the employer */
  paysIncomeTaxAtEmployer?: boolean | null | undefined;
  /** 上一年度在本区取得的税前收入（元）/ Previous year's pre-tax income in the district (yuan) */
  previousYearPreTaxIncomeYuan?: number | null | undefined;
  /** 获省部级及以上政府奖励 / Holds a provincial or higher government award */
  provincialAwardOrAbove?: boolean | null | undefined;
  /** 经单位推荐并经区联席会议认定 / Recommended by the employer and approved by the district joint meeting */
  recommendedByEmployerAndApproved?: boolean | null | undefined;
  /** 积分计算器的答案（仅保存用）/ Points-calculator answers (kept with the saved facts) */
  residencePoints?: ResidencePointsInput | null | undefined;
  /** 前 12 个月内在本市缴纳职工社保的月数（0–12）/ Months of Shanghai social insurance in the previous 12 (0–12) */
  socialInsuranceMonthsInLast12?: number | null | undefined;
  /** 入选省部级以上人才计划或为重大科技项目负责人、骨干 / In a provincial or higher talent programme, or leads/core of a major S&T project */
  talentProgrammeOrMajorProject?: boolean | null | undefined;
  /** 职称或技能等级 / Title or skill level */
  titleOrSkill?: TitleOrSkillLevel | null | undefined;
  /** 距法定退休年龄的年数 / Years until statutory retirement age */
  yearsToStatutoryRetirement?: number | null | undefined;
};

/** 资格检查的方式 / How a policy's eligibility is checked */
export type EligibilityKind =
  /** 按条件逐项检查（所需事实见 PolicyEligibility.facts）/ Criterion by criterion over the facts listed in PolicyEligibility.facts */
  | 'CRITERIA'
  /** 应届生落户：直接落户或 72 分评分（EligibilityFactsInput.graduate）/ New-graduate settlement: direct, or the 72-point score (EligibilityFactsInput.graduate) */
  | 'GRADUATE_SCORE'
  /** 居转户条件检查（EligibilityFactsInput.hukouTransfer）/ The 居转户 conditions (EligibilityFactsInput.hukouTransfer) */
  | 'HUKOU_TRANSFER';

/** 初步结论 / Preliminary verdict */
export type EligibilityVerdict =
  /** 可能符合条件（以审核为准）/ Likely eligible (the review decides) */
  | 'LIKELY_ELIGIBLE'
  /** 需补充信息后再判断 / More information needed */
  | 'NEEDS_INFORMATION'
  /** 至少一项条件不符合 / At least one condition is not met */
  | 'NOT_ELIGIBLE';

/** 支行答复 / A branch's answer */
export type FinancingAnswerInput = {
  /** 报价条件 / Conditions of the offer */
  conditions?: string | null | undefined;
  /** 收件箱中的需求编号 / Inbox item id */
  itemId: string | number;
  /** 答复类型 / Kind of answer */
  kind: FinancingAnswerKind;
  /** 报价金额（元；有意向时必填）/ Offered amount in yuan (required when interested) */
  offerAmount?: number | null | undefined;
  /** 报价年利率（%；有意向时必填）/ Offered annual rate in percent (required when interested) */
  offerRatePercent?: number | null | undefined;
  /** 报价期限（月；有意向时必填）/ Offered term in months (required when interested) */
  offerTermMonths?: number | null | undefined;
  /** 依据的本支行产品 / The branch product the offer is based on */
  productId?: string | number | null | undefined;
  /** 需补充的问题（需补充信息时必填）/ Question (required when more information is needed) */
  question?: string | null | undefined;
  /** 婉拒原因（婉拒时必填）/ Reason (required when declining) */
  reason?: string | null | undefined;
};

/** 银行答复类型 / Kind of a bank's answer */
export type FinancingAnswerKind =
  /** 婉拒，附原因 / Declined, with a reason */
  | 'DECLINED'
  /** 有意向，附报价（金额、利率、期限、条件）/ Interested, with an offer (amount, rate, term, conditions) */
  | 'INTERESTED'
  /** 需补充信息，附问题 / Needs more information, with a question */
  | 'NEEDS_INFO';

/** 面向对象 / Who a product is for, and who asks */
export type FinancingAudience =
  /** 企业 / Enterprises */
  | 'ENTERPRISE'
  /** 人才个人 / Individual talent */
  | 'TALENT';

/** 更改对一家支行的授权 / Changing the consent given to one branch */
export type FinancingConsentInput = {
  /** 授权查看的信息项（替换原授权）/ Facts it may see (replaces the earlier consent) */
  facts: Array<FinancingFact>;
  /** 需求发往该支行的记录编号 / Id of the request's route to that branch */
  routeId: string | number;
};

/** 申请人可授权银行查看的信息项 / A fact the applicant may let a bank see */
export type FinancingFact =
  /** 上年营业收入（企业）/ Last year's revenue (enterprises) */
  | 'ANNUAL_REVENUE'
  /** 申请人名称（企业名称或人才姓名）/ Applicant's name (enterprise name or talent's legal name) */
  | 'APPLICANT_NAME'
  /** 联系电话 / Contact phone */
  | 'CONTACT_PHONE'
  /** 统一社会信用代码（企业）/ Unified social credit code (enterprises) */
  | 'CREDIT_CODE'
  /** 最高学历（人才）/ Highest education (talent) */
  | 'EDUCATION'
  /** 员工人数（企业）/ Number of employees (enterprises) */
  | 'EMPLOYEE_COUNT'
  /** 工作单位（人才）/ Employer (talent) */
  | 'EMPLOYER_NAME'
  /** 成立年份（企业）/ Year founded (enterprises) */
  | 'FOUNDED_YEAR'
  /** 月收入（人才）/ Monthly income (talent) */
  | 'MONTHLY_INCOME'
  /** 有效发明专利数（企业）/ Granted invention patents in force (enterprises) */
  | 'PATENT_COUNT'
  /** 结算账户（银行账号；报价被接受前仅显示后四位）/ Settlement bank account (only the last four digits until the bank's offer is accepted) */
  | 'SETTLEMENT_ACCOUNT';

/** 申请人提供的信息；只有被授权的银行能看到 / Facts the applicant gives; only banks with consent see them */
export type FinancingFactsInput = {
  /** 上年营业收入（万元，企业）/ Last year's revenue in 10,000 yuan (enterprises) */
  annualRevenueWan?: number | null | undefined;
  /** 联系电话（手机）/ Contact mobile */
  contactPhone?: string | null | undefined;
  /** 统一社会信用代码（企业）/ Unified social credit code (enterprises) */
  creditCode?: string | null | undefined;
  /** 员工人数（企业）/ Employees (enterprises) */
  employeeCount?: number | null | undefined;
  /** 成立年份（企业）/ Year founded (enterprises) */
  foundedYear?: number | null | undefined;
  /** 月收入（元，人才）/ Monthly income in yuan (talent) */
  monthlyIncome?: number | null | undefined;
  /** 有效发明专利数（企业）/ Invention patents in force (enterprises) */
  patentCount?: number | null | undefined;
  /** 结算账户（银行账号）/ Settlement bank account number */
  settlementAccount?: string | null | undefined;
};

/** 融资需要，用于预先查看匹配的产品 / What is needed, to preview the products that fit */
export type FinancingNeedInput = {
  /** 金额（元）；贷款类必填 / Amount in yuan; required for loans */
  amount?: number | null | undefined;
  /** 融资类型 / Kind of financing */
  kind: BankProductKind;
  /** 期限（月）；贷款类必填 / Term in months; required for loans */
  termMonths?: number | null | undefined;
};

/** 新的融资需求 / A new financing request */
export type FinancingRequestInput = {
  /** 金额（元）；贷款类必填 / Amount in yuan; required for loans */
  amount?: number | null | undefined;
  /** 自选支行；为空时发给所有有匹配产品的支行 / Branches picked by the applicant; when null, every branch with a product that fits */
  branchIds?: Array<string | number> | null | undefined;
  /** 每家支行的授权；未列出的支行看不到任何申请人信息 / Consent per branch; a branch not listed sees none of the facts */
  consents: Array<BranchConsentInput>;
  /** 申请人信息 / The applicant's facts */
  facts?: FinancingFactsInput | null | undefined;
  /** 融资类型 / Kind of financing */
  kind: BankProductKind;
  /** 用途（最多 500 字；所有收到需求的银行可见）/ Purpose (at most 500 characters; every receiving bank sees it) */
  purpose: string;
  /** 期限（月）；贷款类必填 / Term in months; required for loans */
  termMonths?: number | null | undefined;
};

/** 融资需求状态 / Status of a financing request */
export type FinancingRequestStatus =
  /** 已接受一家银行的报价 / An offer was accepted */
  | 'ACCEPTED'
  /** 进行中，银行可答复 / Open: banks may answer */
  | 'OPEN'
  /** 申请人已撤回 / Withdrawn by the applicant */
  | 'WITHDRAWN';

/** 需求为何发给该支行 / Why a request went to a branch */
export type FinancingRouteOrigin =
  /** 申请人自选 / The applicant picked the branch */
  | 'CHOSEN'
  /** 该支行有匹配的产品 / The branch has a product that fits */
  | 'MATCHED';

/** 一家支行处理一笔需求的状态 / Where one branch stands on one request */
export type FinancingRouteStatus =
  /** 报价已被接受 / This bank's offer was accepted */
  | 'ACCEPTED'
  /** 待答复 / Waiting for the bank's answer */
  | 'AWAITING_ANSWER'
  /** 已婉拒 / Declined */
  | 'DECLINED'
  /** 有意向，已报价 / Interested; an offer is on the table */
  | 'INTERESTED'
  /** 需补充信息 / The bank asked a question */
  | 'NEEDS_INFO'
  /** 申请人选择了其他银行 / The applicant chose another bank */
  | 'NOT_SELECTED'
  /** 申请人已撤回需求 / The applicant withdrew the request */
  | 'WITHDRAWN';

/** 应届毕业生的学历学位 / A new graduate's degree */
export type GraduateDegree =
  /** 学士 / Bachelor */
  | 'BACHELOR'
  /** 博士 / Doctor */
  | 'DOCTOR'
  /** 硕士 / Master */
  | 'MASTER';

/** 应届生落户评分要素 / New-graduate score factor */
export type GraduateScoreIndicator =
  /** 学业成绩排名 / Class rank */
  | 'CLASS_RANK'
  /** 计算机水平 / Computer skills */
  | 'COMPUTER'
  /** 学历（学位）/ Degree */
  | 'DEGREE'
  /** 用人单位 / Employer */
  | 'EMPLOYER'
  /** 外语水平 / Foreign language */
  | 'FOREIGN_LANGUAGE'
  /** 西部计划、三支一扶或服兵役 / Grassroots or military service */
  | 'GRASSROOTS_SERVICE'
  /** 荣誉和竞赛获奖 / Honours and competitions */
  | 'HONOURS_AND_COMPETITIONS'
  /** 发明专利 / Invention patent */
  | 'INVENTION_PATENT'
  /** 重点学科 / Key discipline */
  | 'KEY_DISCIPLINE'
  /** 学校 / University */
  | 'SCHOOL'
  /** 在校期间创业 / Student start-up */
  | 'STUDENT_STARTUP'
  /** 在沪高校就读最高学历 / Highest degree studied in Shanghai */
  | 'STUDIED_IN_SHANGHAI';

/** 应届生落户评分的输入；学历和学校类别缺失时只能判断直接落户途径 / Input of the new-graduate score; without degree and school category only the direct route can be judged */
export type GraduateScoreInput = {
  /** 学业成绩排名 / Class rank */
  classRank?: ClassRank | null | undefined;
  /** 计算机水平 / Computer skills */
  computerLevel?: ComputerLevel | null | undefined;
  /** 学历学位 / Degree */
  degree?: GraduateDegree | null | undefined;
  /** 直接落户类别；省略表示未说明 / Direct-settlement category; omitted means not stated */
  directSettlementCategory?: DirectSettlementCategory | null | undefined;
  /** 用人单位符合加分条件（5 分）/ The employer earns the employer factor (5 points) */
  employerFactor?: boolean | null | undefined;
  /** 外语水平 / Foreign language */
  foreignLanguage?: LanguageLevel | null | undefined;
  /** 西部计划、三支一扶或服兵役 / Western Programme, "Three Supports, One Assistance" or military service */
  grassrootsService?: boolean | null | undefined;
  /** 最高学历在沪高校就读（2 分）/ Highest degree studied in Shanghai (2 points) */
  highestDegreeStudiedInShanghai?: boolean | null | undefined;
  /** 发明专利 / Invention patent */
  inventionPatent?: boolean | null | undefined;
  /** 重点学科（3 分）/ Key discipline (3 points) */
  keyDiscipline?: boolean | null | undefined;
  /** 国家级荣誉或竞赛奖项数 / National honours or prizes */
  nationalHonours?: number | null | undefined;
  /** 省级荣誉或竞赛奖项数 / Provincial honours or prizes */
  provincialHonours?: number | null | undefined;
  /** 毕业院校类别 / University category */
  schoolCategory?: SchoolCategory | null | undefined;
  /** 校级荣誉或竞赛奖项数（最多计 2 项）/ University honours or prizes (at most 2 count) */
  schoolHonours?: number | null | undefined;
  /** 在校期间创业（持股 10% 以上且为法定代表人）/ Student start-up (10%+ equity, legal representative) */
  studentStartup?: boolean | null | undefined;
};

/** 居转户所看的职称或技能等级 / Title or skill level as the 居转户 rules grade it */
export type HukouTitleLevel =
  /** 中级职称或技师（国家二级）/ Intermediate title or technician (level 2) */
  | 'INTERMEDIATE_OR_TECHNICIAN'
  /** 初级职称或技能三至五级 / Junior title or skill levels 3 to 5 */
  | 'JUNIOR'
  /** 无 / None */
  | 'NONE'
  /** 高级职称或高级技师（国家一级）/ Senior title or senior technician (level 1) */
  | 'SENIOR_OR_SENIOR_TECHNICIAN';

/** 居转户检查的事实；省略的基本条件视为未知 / Facts for the 居转户 check; an omitted basic fact is unknown */
export type HukouTransferFactsInput = {
  /** 申请当月缴费基数达到 1.3 倍 / The application month's base is at least 1.3× */
  applicationMonthAtMarketBase?: boolean | null | undefined;
  /** 近 3 年连续缴费基数不低于社平工资 2 倍 / Base at least 2× the average wage for the last 3 years */
  baseAtLeast2xLast3Years?: boolean | null | undefined;
  /** 创业企业平均聘用本市户籍人数 / Own company's average Shanghai-hukou staff */
  entrepreneurAvgAnnualShanghaiHires?: number | null | undefined;
  /** 创业企业近 3 年平均年纳税（万元）/ Own company's average annual tax over 3 years (10,000 yuan) */
  entrepreneurAvgAnnualTaxWan?: number | null | undefined;
  /** 有违法犯罪记录 / Has a criminal record */
  hasCriminalRecord?: boolean | null | undefined;
  /** 重点岗位薪酬达到规定水平 / Key-post pay at the required level */
  keyPostPay?: boolean | null | undefined;
  /** 临港新片区推荐的核心人才 / Recommended Lingang core talent */
  lingangRecommendedCoreTalent?: boolean | null | undefined;
  /** 在临港新片区工作的年数 / Years working in the Lingang Special Area */
  lingangYears?: number | null | undefined;
  /** 近 48 个月中缴费基数不低于社平工资 1.3 倍的月数 / Months in the last 48 with a base of at least 1.3× the average wage */
  monthsAtMarketBaseInLast48?: number | null | undefined;
  /** 持证期间在本市缴纳个人所得税 / Paid income tax in Shanghai while holding the permit */
  paidShanghaiIncomeTax?: boolean | null | undefined;
  /** 持有《上海市居住证》的累计月数 / Months holding the Shanghai residence permit */
  permitMonthsHeld?: number | null | undefined;
  /** 获省部级及以上奖励 / Holds a provincial or higher award */
  provincialAwardOrAbove?: boolean | null | undefined;
  /** 在远郊教育、卫生、农业岗位连续工作的年数 / Continuous years in outer-suburb education, health or farming posts */
  remotePublicServiceContinuousYears?: number | null | undefined;
  /** 持证期间在本市缴纳职工社保的月数（补缴不计）/ Months of Shanghai social insurance while holding the permit (back-paid excluded) */
  socialInsuranceMonthsWhileHolding?: number | null | undefined;
  /** 个税扣缴单位与社保缴费单位一致 / The same employer withholds tax and pays social insurance */
  taxAndInsuranceSameEmployer?: boolean | null | undefined;
  /** 职称或技能等级 / Title or skill level */
  titleLevel?: HukouTitleLevel | null | undefined;
  /** 职称或技能等级与所聘岗位相符 / The title or skill matches the job */
  titleMatchesJob?: boolean | null | undefined;
};

/** 外语水平 / Foreign-language level */
export type LanguageLevel =
  /** 大学英语四级或专业四级 / CET-4 or TEM-4 */
  | 'CET4_OR_TEM4'
  /** 大学英语六级（≥425）或专业八级 / CET-6 (425 or more) or TEM-8 */
  | 'CET6_OR_TEM8'
  /** 无 / None */
  | 'NONE';

/** 机构类型 / Kind of organisation */
export type OrganisationKind =
  /** 银行支行 / Bank branch */
  | 'BANK_BRANCH'
  /** 企业 / Enterprise */
  | 'ENTERPRISE'
  /** 月浦镇政府（人才办）/ Yuepu Town government (talent office) */
  | 'TOWN_OFFICE'
  /** 高校 / University */
  | 'UNIVERSITY';

/** 政策面向的人群 / Who a policy is for */
export type PolicyAudience =
  /** 干部及后备人才 / Cadres and reserve talent */
  | 'CADRE'
  /** 企业（人事）/ Enterprises (their HR) */
  | 'ENTERPRISE'
  /** 高层次人才 / High-level talent */
  | 'HIGH_LEVEL_TALENT'
  /** 企业骨干人才 / Enterprises' key staff */
  | 'KEY_TALENT'
  /** 应届高校毕业生 / New university graduates */
  | 'NEW_GRADUATE'
  /** 新引进人才 / Newly recruited talent */
  | 'NEW_TALENT'
  /** 海外人才 / Overseas talent */
  | 'OVERSEAS_TALENT';

/** 政策类别 / Kind of policy */
export type PolicyCategory =
  /** 金融服务 / Financial services */
  | 'FINANCE'
  /** 人才安居 / Housing */
  | 'HOUSING'
  /** 激励资助 / Incentives and awards */
  | 'INCENTIVE'
  /** 居住证积分 / Residence-permit points */
  | 'RESIDENCE_PERMIT'
  /** 落户 / Hukou settlement */
  | 'SETTLEMENT'
  /** 培养交流 / Training and exchange */
  | 'TRAINING';

/** 发文层级 / Government level that issues the policy */
export type PolicyLevel =
  /** 宝山区 / Baoshan District */
  | 'DISTRICT'
  /** 上海市 / Shanghai municipality */
  | 'MUNICIPAL'
  /** 月浦镇 / Yuepu Town */
  | 'TOWN';

/** 报名状态 / Status of an event registration */
export type RegistrationStatus =
  /** 已取消 / Cancelled */
  | 'CANCELLED'
  /** 已报名，占有座位 / Registered, holding a seat */
  | 'REGISTERED'
  /** 候补中 / On the waitlist */
  | 'WAITLISTED';

/** 远郊重点区域的工作居住情况 / Work and residence in an outer-suburb key area */
export type RemoteKeyAreaInput = {
  /** 在该区域工作并居住的整年数 / Full years working and living there */
  yearsWorkAndLive: number;
  /** 区域 / Which area */
  zone: RemoteKeyZone;
};

/** 远郊重点区域 / Outer-suburb key area */
export type RemoteKeyZone =
  /** 临港新片区（满 3 年起计分）/ Lingang Special Area (counts from 3 years) */
  | 'LINGANG'
  /** 其他远郊重点区域（满 5 年起计分）/ Another key area (counts from 5 years) */
  | 'OTHER';

/** 居住证积分指标 / Residence-permit points indicator */
export type ResidencePointsIndicator =
  /** 减分：行政拘留 / Deduction: administrative detention */
  | 'ADMIN_DETENTION'
  /** 年龄 / Age */
  | 'AGE'
  /** 表彰奖励 / Government award */
  | 'AWARD'
  /** 教育背景 / Education */
  | 'EDUCATION'
  /** 创业人才 / Entrepreneur */
  | 'ENTREPRENEUR'
  /** 减分：提供虚假材料 / Deduction: false materials */
  | 'FALSE_MATERIAL'
  /** 全日制应届高校毕业生 / Full-time new graduate */
  | 'FRESH_GRADUATE'
  /** 减分：一般刑事犯罪 / Deduction: ordinary criminal offence */
  | 'GENERAL_CRIMINAL'
  /** 创新创业中介服务人才 / Innovation intermediary */
  | 'INNOVATION_INTERMEDIARY'
  /** 投资纳税或带动本地就业 / Investment tax or local hires */
  | 'INVESTMENT_OR_HIRES'
  /** 特定的公共服务领域 / Designated public service */
  | 'PUBLIC_SERVICE'
  /** 远郊重点区域 / Outer-suburb key area */
  | 'REMOTE_KEY_AREA'
  /** 一票否决：严重刑事犯罪 / Veto: serious criminal record */
  | 'SERIOUS_CRIMINAL_VETO'
  /** 紧缺急需专业 / Shortage major */
  | 'SHORTAGE_MAJOR'
  /** 缴纳职工社会保险费基数 / Social-insurance base */
  | 'SOCIAL_INSURANCE_BASE_TIER'
  /** 在本市工作及缴纳社保年限 / Years of Shanghai social insurance */
  | 'SOCIAL_INSURANCE_YEARS'
  /** 配偶为本市户籍人员 / Spouse with Shanghai hukou */
  | 'SPOUSE_HUKOU'
  /** 专业技术职称和技能等级 / Title or skill level */
  | 'TITLE_OR_SKILL';

/** 居住证积分估算的输入；省略的字段视为无、零或否 / Input of the residence-points estimate; omitted fields mean none, zero or no */
export type ResidencePointsInput = {
  /** 5 年内行政拘留次数 / Administrative detentions within 5 years */
  adminDetentionCountWithin5Years?: number | null | undefined;
  /** 年龄（周岁，18–70）/ Age in full years (18–70) */
  age: number;
  /** 最高级别的政府表彰奖励 / Highest government award */
  award?: AwardLevel | null | undefined;
  /** 最高学历 / Highest education */
  education?: EducationLevel | null | undefined;
  /** 符合条件的创业人才 / A qualifying entrepreneur */
  entrepreneurTalent?: boolean | null | undefined;
  /** 3 年内提供虚假材料次数 / False materials supplied within 3 years */
  falseMaterialCountWithin3Years?: number | null | undefined;
  /** 全日制应届高校毕业生 / Full-time new university graduate */
  freshGraduate?: boolean | null | undefined;
  /** 5 年内一般刑事犯罪次数 / Ordinary criminal offences within 5 years */
  generalCriminalCountWithin5Years?: number | null | undefined;
  /** 创新创业中介服务人才 / An innovation intermediary */
  innovationIntermediaryTalent?: boolean | null | undefined;
  /** 投资企业近 3 年平均每年聘用本市户籍人数 / Invested company's average annual Shanghai-hukou hires over 3 years */
  investmentAvgAnnualShanghaiHires?: number | null | undefined;
  /** 投资企业近 3 年平均年纳税额（万元）/ Invested company's average annual tax over 3 years (10,000 yuan) */
  investmentAvgAnnualTaxWan?: number | null | undefined;
  /** 近 12 个月中社保缴费基数不低于上年度社平工资的月数（中级、高级职称或技能二级、一级须至少 6 个月）/ Months in the last 12 with a base at or above last year's average wage (intermediate/senior titles and skill levels 2/1 need at least 6) */
  monthsBaseAtLeastAverageInLast12?: number | null | undefined;
  /** 在特定公共服务领域工作的整年数 / Full years in a designated public-service field */
  publicServiceYears?: number | null | undefined;
  /** 远郊重点区域 / Outer-suburb key area */
  remoteKeyArea?: RemoteKeyAreaInput | null | undefined;
  /** 有严重刑事犯罪记录（一票否决）/ Serious criminal record (veto) */
  seriousCriminalRecord?: boolean | null | undefined;
  /** 紧缺急需专业且从事相应工作 / Shortage-list major in a matching job */
  shortageMajor?: boolean | null | undefined;
  /** 社保缴费基数档次 / Social-insurance base tier */
  socialInsuranceBaseTier?: SocialInsuranceBaseTier | null | undefined;
  /** 在本市缴纳职工社保的累计月数（补缴不计）/ Months of Shanghai employee social insurance (back-paid months excluded) */
  socialInsuranceMonths?: number | null | undefined;
  /** 与本市户籍配偶结婚的整年数 / Full years married to a Shanghai-hukou spouse */
  spouseShanghaiHukouMarriageYears?: number | null | undefined;
  /** 职称或技能等级（与学历二选一，取高者）/ Title or skill level (an alternative to education; the higher counts) */
  titleOrSkill?: TitleOrSkillLevel | null | undefined;
};

/** 用户角色 / What a user does on the platform */
export type Role =
  /** 管理员：管理账号和规则 / Administrator: manages accounts and rule data */
  | 'ADMIN'
  /** 银行联络员：答复融资需求 / Bank liaison: answers financing requests */
  | 'BANK_LIAISON'
  /** 联盟协调人：发布学习活动 / Alliance coordinator: posts learning events */
  | 'COORDINATOR'
  /** 企业人事：确认、推荐员工 / Enterprise HR: confirms and nominates staff */
  | 'ENTERPRISE_HR'
  /** 镇审核人员：审核申请 / Town reviewer: reviews applications */
  | 'REVIEWER'
  /** 人才：查政策、算积分、申请 / Talent: looks up policies, computes points, applies */
  | 'TALENT';

/** 毕业院校类别（评分办法）/ University category in the scoring rules */
export type SchoolCategory =
  /** 第一类高校（15 分）/ Category 1 (15 points) */
  | 'CATEGORY_1'
  /** 第二类高校（12 分）/ Category 2 (12 points) */
  | 'CATEGORY_2'
  /** 其他高校（8 分）/ Other (8 points) */
  | 'OTHER';

/** 座位来源 / Where a registered seat comes from */
export type SeatKind =
  /** 公开座位 / An open seat */
  | 'OPEN'
  /** 本企业预留座位 / One of the enterprise's reserved seats */
  | 'RESERVED';

/** 一家企业的预留座位 / Seats reserved for one enterprise */
export type SeatQuotaInput = {
  /** 联盟成员企业 / Alliance member enterprise */
  organisationId: string | number;
  /** 预留座位数（≥1）/ Seats reserved (at least 1) */
  seats: number;
};

/** 登录 / Signing in */
export type SignInInput = {
  /** 邮箱 / Email */
  email: string;
  /** 密码 / Password */
  password: string;
};

/** 人才自助注册 / A talent signing up */
export type SignUpInput = {
  /** 显示名称 / Name shown to others */
  displayName: string;
  /** 邮箱，用于登录 / Email, used to sign in */
  email: string;
  /** 工作单位（联盟企业）/ Employer (an enterprise) */
  employerId?: string | number | null | undefined;
  /** 姓名（与身份证一致）/ Legal name as on the ID card */
  legalName: string;
  /** 密码，至少 10 个字符 / Password, at least 10 characters */
  password: string;
  /** 手机号码 / Mobile number */
  phone?: string | null | undefined;
  /** 身份证号码（18 位，可稍后填写）/ Resident ID number (18 characters; may be added later) */
  residentIdNumber?: string | null | undefined;
};

/** 社保缴费基数档次（相对上年度全市职工平均工资）/ Social-insurance base tier, relative to last year's city average wage */
export type SocialInsuranceBaseTier =
  /** 近 3 年累计 24 个月 3 倍（上限）/ 24 of the last 36 months at 3× (the ceiling) */
  | 'AT_3X'
  /** 近 4 年累计 36 个月 0.8 倍至 1 倍 / 36 of the last 48 months at 0.8× to under 1× */
  | 'FROM_0_8_TO_1X'
  /** 近 4 年累计 36 个月 1 倍至 2 倍 / 36 of the last 48 months at 1× to under 2× */
  | 'FROM_1_TO_2X'
  /** 近 4 年累计 36 个月 2 倍至 3 倍 / 36 of the last 48 months at 2× to under 3× */
  | 'FROM_2_TO_3X'
  /** 未达到 0.8 倍或不申报 / Below 0.8× or not claimed */
  | 'NONE';

/** 专业技术职称或技能等级 / Professional title or skill level */
export type TitleOrSkillLevel =
  /** 无 / None */
  | 'NONE'
  /** 技能一级或高级职称 / Skill level 1 or a senior title */
  | 'SKILL_1_OR_SENIOR_TITLE'
  /** 技能二级、中级职称或相当的职业资格 / Skill level 2, an intermediate title or an equivalent qualification */
  | 'SKILL_2_OR_INTERMEDIATE_TITLE'
  /** 技能三级 / Skill level 3 */
  | 'SKILL_3'
  /** 技能四级 / Skill level 4 */
  | 'SKILL_4'
  /** 技能五级（国家职业资格五级）/ Skill level 5 */
  | 'SKILL_5';

/** 用户可自行更正的错误类型 / What kind of problem the user can fix */
export type UserErrorCode =
  /** 他人已先行修改 / Someone else changed it first */
  | 'CONFLICT'
  /** 已存在 / Already exists */
  | 'DUPLICATE'
  /** 格式或内容无效 / The value is not valid */
  | 'INVALID'
  /** 邮箱或密码错误 / Wrong email or password */
  | 'INVALID_CREDENTIALS'
  /** 当前状态下不能这样做 / Not possible in the current state */
  | 'INVALID_STATE'
  /** 引用的记录不存在 / A referenced record does not exist */
  | 'NOT_FOUND'
  /** 超出允许范围 / Outside the allowed range */
  | 'OUT_OF_RANGE'
  /** 必填 / A value is required */
  | 'REQUIRED'
  /** 太长 / Too long */
  | 'TOO_LONG'
  /** 尝试次数过多，请稍后再试 / Too many attempts; try again later */
  | 'TOO_MANY_ATTEMPTS'
  /** 太短 / Too short */
  | 'TOO_SHORT';

export type OrgNameFragment = { id: string, nameZh: string, nameEn: string, sampleData: boolean };

export type EventSummaryFragment = { id: string, title: string, kind: AllianceEventKind, status: AllianceEventStatus, startsAt: string, endsAt: string, venue: string | null, capacity: number, registeredCount: number, waitlistCount: number, seatsLeft: number, registrationOpen: boolean, hostOrganisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null, viewerRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null } | null };

export type AllianceEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  status?: AllianceEventStatus | null | undefined;
}>;


export type AllianceEventsQuery = { allianceEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: AllianceEventKind, status: AllianceEventStatus, startsAt: string, endsAt: string, venue: string | null, capacity: number, registeredCount: number, waitlistCount: number, seatsLeft: number, registrationOpen: boolean, hostOrganisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null, viewerRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null } | null } }> } };

export type AllianceEventDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AllianceEventDetailQuery = { allianceEvent: { description: string, titleZh: string, titleEn: string, descriptionZh: string, descriptionEn: string, venueZh: string | null, venueEn: string | null, registrationOpensAt: string, registrationClosesAt: string, reservedSeatsReleaseHours: number, reservedSeatsReleaseAt: string, reservedSeatsReleasedAt: string | null, cancelReason: string | null, attendedCount: number, icsPath: string, id: string, title: string, kind: AllianceEventKind, status: AllianceEventStatus, startsAt: string, endsAt: string, venue: string | null, capacity: number, registeredCount: number, waitlistCount: number, seatsLeft: number, registrationOpen: boolean, cohort: { id: string, theme: string } | null, quotas: Array<{ seats: number, used: number, organisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } }>, feedbackSummary: { count: number, average: number | null }, viewerRegistration: { id: string, status: RegistrationStatus, seat: SeatKind | null, waitlistPosition: number | null, checkInCode: string, checkInQr: string, checkedInAt: string | null, feedbackRating: number | null, feedbackComment: string | null } | null, hostOrganisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null } };

export type AllianceEventRegistrationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: RegistrationStatus | null | undefined;
}>;


export type AllianceEventRegistrationsQuery = { allianceEvent: { id: string, title: string, status: AllianceEventStatus, startsAt: string, capacity: number, registeredCount: number, waitlistCount: number, attendedCount: number, attendanceByEnterprise: Array<{ registered: number, attended: number, noShows: number, organisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null }>, registrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: RegistrationStatus, seat: SeatKind | null, waitlistPosition: number | null, checkInCode: string, checkedInAt: string | null, feedbackRating: number | null, feedbackComment: string | null, person: { id: string, displayName: string }, organisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null } }> } } };

export type StaffForEventQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type StaffForEventQuery = { allianceEvent: { id: string, title: string, kind: AllianceEventKind, status: AllianceEventStatus, startsAt: string, endsAt: string, venue: string | null, capacity: number, registeredCount: number, waitlistCount: number, seatsLeft: number, registrationOpen: boolean, registrations: { edges: Array<{ node: { id: string, status: RegistrationStatus, waitlistPosition: number | null, checkInCode: string, checkedInAt: string | null, person: { id: string, displayName: string } } }> }, hostOrganisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null, viewerRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null } | null }, talentProfiles: { edges: Array<{ node: { id: string, userId: string, legalName: string } }> } };

export type EventEditorOptionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EventEditorOptionsQuery = { organisations: { edges: Array<{ node: { kind: OrganisationKind, allianceMember: boolean, id: string, nameZh: string, nameEn: string, sampleData: boolean } }> }, cadreCohorts: { edges: Array<{ node: { id: string, theme: string, year: number } }> } };

export type AllianceParticipationQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type AllianceParticipationQuery = { allianceParticipation: { year: number, csvPath: string, byEnterprise: Array<{ registrations: number, attended: number, noShows: number, people: number, events: number, organisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null }>, byMonth: Array<{ month: number, attended: number, organisation: { id: string } | null }> } };

export type MyLearningQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLearningQuery = { learningRecord: { csvPath: string, attended: Array<{ id: string, checkedInAt: string | null, event: { id: string, title: string, kind: AllianceEventKind, startsAt: string }, organisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null }>, programmes: Array<{ id: string, completedAt: string | null, cohort: { id: string, theme: string, year: number } }> }, myCadreNominations: Array<{ id: string, status: CadreNominationStatus, completedAt: string | null, cohort: { id: string, theme: string, year: number, startsOn: string, endsOn: string, sessions: Array<{ id: string, title: string, startsAt: string }> } }>, calendarFeed: { active: boolean, createdAt: string | null } };

export type CreateAllianceEventMutationVariables = Exact<{
  input: AllianceEventInput;
}>;


export type CreateAllianceEventMutation = { createAllianceEvent: { event: { id: string, status: AllianceEventStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type UpdateAllianceEventMutationVariables = Exact<{
  id: string | number;
  input: AllianceEventInput;
}>;


export type UpdateAllianceEventMutation = { updateAllianceEvent: { event: { id: string, status: AllianceEventStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type PublishAllianceEventMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishAllianceEventMutation = { publishAllianceEvent: { event: { id: string, status: AllianceEventStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type CancelAllianceEventMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelAllianceEventMutation = { cancelAllianceEvent: { event: { id: string, status: AllianceEventStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RegisterForAllianceEventMutationVariables = Exact<{
  eventId: string | number;
}>;


export type RegisterForAllianceEventMutation = { registerForAllianceEvent: { registration: { id: string, status: RegistrationStatus, waitlistPosition: number | null } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RegisterStaffForAllianceEventMutationVariables = Exact<{
  eventId: string | number;
  personIds: Array<string | number> | string | number;
}>;


export type RegisterStaffForAllianceEventMutation = { registerStaffForAllianceEvent: { registrations: Array<{ id: string, status: RegistrationStatus }>, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type CancelAllianceRegistrationMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAllianceRegistrationMutation = { cancelAllianceRegistration: { registration: { id: string, status: RegistrationStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type CheckInAllianceRegistrationMutationVariables = Exact<{
  eventId: string | number;
  code: string;
}>;


export type CheckInAllianceRegistrationMutation = { checkInAllianceRegistration: { registration: { id: string, checkedInAt: string | null, person: { id: string, displayName: string }, organisation: { id: string, nameZh: string, nameEn: string, sampleData: boolean } | null } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type SubmitAllianceEventFeedbackMutationVariables = Exact<{
  registrationId: string | number;
  rating: number;
  comment?: string | null | undefined;
}>;


export type SubmitAllianceEventFeedbackMutation = { submitAllianceEventFeedback: { registration: { id: string, feedbackRating: number | null, feedbackComment: string | null } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type ResetCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type ResetCalendarFeedMutation = { resetCalendarFeed: { path: string | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: { path: string | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type BankBranchNameFragment = { id: string, nameZh: string, nameEn: string, sampleData: boolean };

export type BankProductFieldsFragment = { id: string, kind: BankProductKind, audience: FinancingAudience, nameZh: string, nameEn: string, summaryZh: string, summaryEn: string, requirementsZh: string, requirementsEn: string, minAmount: number | null, maxAmount: number | null, minTermMonths: number | null, maxTermMonths: number | null, minRatePercent: number | null, maxRatePercent: number | null, status: BankProductStatus, featured: boolean, hidden: boolean, updatedAt: string, branch: { id: string, nameZh: string, nameEn: string, sampleData: boolean } };

export type FinancingFactsFieldsFragment = { applicantName: string | null, contactPhone: string | null, settlementAccount: string | null, creditCode: string | null, annualRevenueWan: number | null, employeeCount: number | null, foundedYear: number | null, patentCount: number | null, monthlyIncome: number | null, employerName: string | null, education: EducationLevel | null };

export type FinancingAnswerFieldsFragment = { id: string, kind: FinancingAnswerKind, offerAmount: number | null, offerRatePercent: number | null, offerTermMonths: number | null, conditions: string | null, question: string | null, reason: string | null, reply: string | null, repliedAt: string | null, createdAt: string, product: { id: string, nameZh: string, nameEn: string } | null };

export type BankProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  kind?: BankProductKind | null | undefined;
  audience?: FinancingAudience | null | undefined;
  amount?: number | null | undefined;
  termMonths?: number | null | undefined;
  branchId?: string | number | null | undefined;
  featuredOnly?: boolean | null | undefined;
  includeHidden?: boolean | null | undefined;
}>;


export type BankProductsQuery = { bankProducts: { totalCount: number, edges: Array<{ node: { id: string, kind: BankProductKind, audience: FinancingAudience, nameZh: string, nameEn: string, summaryZh: string, summaryEn: string, requirementsZh: string, requirementsEn: string, minAmount: number | null, maxAmount: number | null, minTermMonths: number | null, maxTermMonths: number | null, minRatePercent: number | null, maxRatePercent: number | null, status: BankProductStatus, featured: boolean, hidden: boolean, updatedAt: string, branch: { id: string, nameZh: string, nameEn: string, sampleData: boolean } } }> } };

export type BankBranchOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BankBranchOptionsQuery = { bankBranches: { edges: Array<{ node: { id: string, nameZh: string, nameEn: string, sampleData: boolean } }> } };

export type SetBankProductVisibilityMutationVariables = Exact<{
  input: BankProductVisibilityInput;
}>;


export type SetBankProductVisibilityMutation = { setBankProductVisibility: { product: { id: string, featured: boolean, hidden: boolean } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type FinancingMatchesQueryVariables = Exact<{
  need: FinancingNeedInput;
}>;


export type FinancingMatchesQuery = { financingMatches: Array<{ id: string, nameZh: string, nameEn: string, minRatePercent: number | null, maxRatePercent: number | null, branch: { id: string, nameZh: string, nameEn: string, sampleData: boolean } }> };

export type CreateFinancingRequestMutationVariables = Exact<{
  input: FinancingRequestInput;
}>;


export type CreateFinancingRequestMutation = { createFinancingRequest: { request: { id: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type MyFinancingRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyFinancingRequestsQuery = { myFinancingRequests: { totalCount: number, edges: Array<{ node: { id: string, kind: BankProductKind, purpose: string, amount: number | null, termMonths: number | null, status: FinancingRequestStatus, createdAt: string, routes: Array<{ id: string, status: FinancingRouteStatus }> } }> } };

export type FinancingRequestDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type FinancingRequestDetailQuery = { financingRequest: { id: string, audience: FinancingAudience, kind: BankProductKind, purpose: string, amount: number | null, termMonths: number | null, status: FinancingRequestStatus, createdAt: string, acceptedAt: string | null, withdrawnAt: string | null, facts: { applicantName: string | null, contactPhone: string | null, settlementAccount: string | null, creditCode: string | null, annualRevenueWan: number | null, employeeCount: number | null, foundedYear: number | null, patentCount: number | null, monthlyIncome: number | null, employerName: string | null, education: EducationLevel | null }, routes: Array<{ id: string, origin: FinancingRouteOrigin, status: FinancingRouteStatus, sentAt: string, consentedFacts: Array<FinancingFact>, consentRecordedAt: string, branch: { id: string, nameZh: string, nameEn: string, sampleData: boolean }, contacts: Array<{ id: string, name: string, titleZh: string, titleEn: string, phone: string, email: string | null, primary: boolean }>, currentAnswer: { id: string, kind: FinancingAnswerKind, offerAmount: number | null, offerRatePercent: number | null, offerTermMonths: number | null, conditions: string | null, question: string | null, reason: string | null, reply: string | null, repliedAt: string | null, createdAt: string, product: { id: string, nameZh: string, nameEn: string } | null } | null, answers: Array<{ id: string, kind: FinancingAnswerKind, offerAmount: number | null, offerRatePercent: number | null, offerTermMonths: number | null, conditions: string | null, question: string | null, reason: string | null, reply: string | null, repliedAt: string | null, createdAt: string, product: { id: string, nameZh: string, nameEn: string } | null }> }> } };

export type AcceptFinancingOfferMutationVariables = Exact<{
  answerId: string | number;
}>;


export type AcceptFinancingOfferMutation = { acceptFinancingOffer: { request: { id: string, status: FinancingRequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type ReplyToFinancingQuestionMutationVariables = Exact<{
  answerId: string | number;
  reply: string;
}>;


export type ReplyToFinancingQuestionMutation = { replyToFinancingQuestion: { request: { id: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type WithdrawFinancingRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawFinancingRequestMutation = { withdrawFinancingRequest: { request: { id: string, status: FinancingRequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type UpdateFinancingConsentMutationVariables = Exact<{
  input: FinancingConsentInput;
}>;


export type UpdateFinancingConsentMutation = { updateFinancingConsent: { route: { id: string, consentedFacts: Array<FinancingFact>, consentRecordedAt: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type FinancingInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  openOnly?: boolean | null | undefined;
}>;


export type FinancingInboxQuery = { financingInbox: { totalCount: number, edges: Array<{ node: { id: string, status: FinancingRouteStatus, origin: FinancingRouteOrigin, sentAt: string, audience: FinancingAudience, kind: BankProductKind, purpose: string, amount: number | null, termMonths: number | null, requestStatus: FinancingRequestStatus, facts: { applicantName: string | null }, currentAnswer: { id: string, kind: FinancingAnswerKind } | null } }> } };

export type FinancingInboxItemQueryVariables = Exact<{
  id: string | number;
}>;


export type FinancingInboxItemQuery = { financingInboxItem: { id: string, status: FinancingRouteStatus, origin: FinancingRouteOrigin, sentAt: string, audience: FinancingAudience, kind: BankProductKind, purpose: string, amount: number | null, termMonths: number | null, requestStatus: FinancingRequestStatus, consentedFacts: Array<FinancingFact>, consentRecordedAt: string, firstAnsweredAt: string | null, facts: { applicantName: string | null, contactPhone: string | null, settlementAccount: string | null, creditCode: string | null, annualRevenueWan: number | null, employeeCount: number | null, foundedYear: number | null, patentCount: number | null, monthlyIncome: number | null, employerName: string | null, education: EducationLevel | null }, currentAnswer: { id: string, kind: FinancingAnswerKind, offerAmount: number | null, offerRatePercent: number | null, offerTermMonths: number | null, conditions: string | null, question: string | null, reason: string | null, reply: string | null, repliedAt: string | null, createdAt: string, product: { id: string, nameZh: string, nameEn: string } | null } | null, answers: Array<{ id: string, kind: FinancingAnswerKind, offerAmount: number | null, offerRatePercent: number | null, offerTermMonths: number | null, conditions: string | null, question: string | null, reason: string | null, reply: string | null, repliedAt: string | null, createdAt: string, product: { id: string, nameZh: string, nameEn: string } | null }>, matchedProducts: Array<{ id: string, nameZh: string, nameEn: string, minRatePercent: number | null, maxRatePercent: number | null }> } };

export type AnswerFinancingRequestMutationVariables = Exact<{
  input: FinancingAnswerInput;
}>;


export type AnswerFinancingRequestMutation = { answerFinancingRequest: { item: { id: string, status: FinancingRouteStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type MyBankProductsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyBankProductsQuery = { myBankProducts: { totalCount: number, edges: Array<{ node: { id: string, kind: BankProductKind, audience: FinancingAudience, nameZh: string, nameEn: string, summaryZh: string, summaryEn: string, requirementsZh: string, requirementsEn: string, minAmount: number | null, maxAmount: number | null, minTermMonths: number | null, maxTermMonths: number | null, minRatePercent: number | null, maxRatePercent: number | null, status: BankProductStatus, featured: boolean, hidden: boolean, updatedAt: string, branch: { id: string, nameZh: string, nameEn: string, sampleData: boolean } } }> } };

export type BankProductForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type BankProductForEditQuery = { bankProduct: { id: string, kind: BankProductKind, audience: FinancingAudience, nameZh: string, nameEn: string, summaryZh: string, summaryEn: string, requirementsZh: string, requirementsEn: string, minAmount: number | null, maxAmount: number | null, minTermMonths: number | null, maxTermMonths: number | null, minRatePercent: number | null, maxRatePercent: number | null, status: BankProductStatus, featured: boolean, hidden: boolean, updatedAt: string, branch: { id: string, nameZh: string, nameEn: string, sampleData: boolean } } | null };

export type CreateBankProductMutationVariables = Exact<{
  input: BankProductInput;
}>;


export type CreateBankProductMutation = { createBankProduct: { product: { id: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type UpdateBankProductMutationVariables = Exact<{
  id: string | number;
  input: BankProductInput;
}>;


export type UpdateBankProductMutation = { updateBankProduct: { product: { id: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type SetBankProductStatusMutationVariables = Exact<{
  id: string | number;
  status: BankProductStatus;
}>;


export type SetBankProductStatusMutation = { setBankProductStatus: { product: { id: string, status: BankProductStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type BankScorecardQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
}>;


export type BankScorecardQuery = { bankScorecard: { months: Array<string>, branches: Array<{ id: string, nameZh: string, nameEn: string, sampleData: boolean }>, rows: Array<{ month: string, branchId: string | null, requestsReceived: number, requestsAnswered: number, answersGiven: number, averageHoursToFirstAnswer: number | null, answersPerRequest: number | null, offersMade: number, offersAccepted: number, acceptanceRate: number | null }>, totals: Array<{ month: string, requestsReceived: number, requestsAnswered: number, answersGiven: number, averageHoursToFirstAnswer: number | null, answersPerRequest: number | null, offersMade: number, offersAccepted: number, acceptanceRate: number | null }> } };

export type EmployerOptionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EmployerOptionsQuery = { organisations: { totalCount: number, edges: Array<{ node: { allianceMember: boolean, id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } }> } };

export type PolicyCardFragment = { id: string, code: string, category: PolicyCategory, audiences: Array<PolicyAudience>, level: PolicyLevel, hasPointsCalculator: boolean, current: { id: string, titleZh: string, titleEn: string, summaryZh: string, summaryEn: string, effectiveFrom: string, lastVerifiedOn: string } };

export type PoliciesQueryVariables = Exact<{
  search?: string | null | undefined;
  category?: PolicyCategory | null | undefined;
  audience?: PolicyAudience | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PoliciesQuery = { policies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, category: PolicyCategory, audiences: Array<PolicyAudience>, level: PolicyLevel, hasPointsCalculator: boolean, current: { id: string, titleZh: string, titleEn: string, summaryZh: string, summaryEn: string, effectiveFrom: string, lastVerifiedOn: string } } }> } };

export type PolicyTextFragment = { id: string, version: number, effectiveFrom: string, effectiveTo: string | null, titleZh: string, titleEn: string, summaryZh: string, summaryEn: string, benefitsZh: string, benefitsEn: string, eligibilityZh: string, eligibilityEn: string, documentsZh: string, documentsEn: string, processZh: string, processEn: string, processingTimeZh: string, processingTimeEn: string, issuingBodyZh: string, issuingBodyEn: string, documentTitle: string, documentNumber: string | null, verificationNoteZh: string, verificationNoteEn: string, lastVerifiedOn: string, changeNoteZh: string, changeNoteEn: string, sources: Array<{ title: string, url: string | null, confidence: string, note: string | null }> };

export type BenefitFragment = { code: string, amount: number | null, notConfigured: boolean, label: { zh: string, en: string }, unit: { zh: string, en: string }, note: { zh: string, en: string } | null };

export type RuleVersionRefFragment = { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } };

export type PolicyByCodeQueryVariables = Exact<{
  code: string;
}>;


export type PolicyByCodeQuery = { policy: { id: string, code: string, category: PolicyCategory, audiences: Array<PolicyAudience>, level: PolicyLevel, hasPointsCalculator: boolean, current: { id: string, titleZh: string, titleEn: string, summaryZh: string, summaryEn: string, effectiveFrom: string, lastVerifiedOn: string, version: number, effectiveTo: string | null, benefitsZh: string, benefitsEn: string, eligibilityZh: string, eligibilityEn: string, documentsZh: string, documentsEn: string, processZh: string, processEn: string, processingTimeZh: string, processingTimeEn: string, issuingBodyZh: string, issuingBodyEn: string, documentTitle: string, documentNumber: string | null, verificationNoteZh: string, verificationNoteEn: string, changeNoteZh: string, changeNoteEn: string, sources: Array<{ title: string, url: string | null, confidence: string, note: string | null }> }, versions: Array<{ id: string, version: number, effectiveFrom: string, effectiveTo: string | null, titleZh: string, titleEn: string, summaryZh: string, summaryEn: string, benefitsZh: string, benefitsEn: string, eligibilityZh: string, eligibilityEn: string, documentsZh: string, documentsEn: string, processZh: string, processEn: string, processingTimeZh: string, processingTimeEn: string, issuingBodyZh: string, issuingBodyEn: string, documentTitle: string, documentNumber: string | null, verificationNoteZh: string, verificationNoteEn: string, lastVerifiedOn: string, changeNoteZh: string, changeNoteEn: string, sources: Array<{ title: string, url: string | null, confidence: string, note: string | null }> }>, eligibility: { kind: EligibilityKind, facts: Array<EligibilityFact>, configured: boolean, notConfiguredReason: { zh: string, en: string } | null, benefits: Array<{ code: string, amount: number | null, notConfigured: boolean, label: { zh: string, en: string }, unit: { zh: string, en: string }, note: { zh: string, en: string } | null }>, ruleVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } } } } | null };

export type EligibilityOutcomeFragment = { verdict: EligibilityVerdict, preliminary: boolean, asOf: string, requiredYears: number | null, criteria: Array<{ code: string, status: CriterionStatus, legalBasis: string, notConfigured: boolean, explanation: { zh: string, en: string }, howToChange: { zh: string, en: string } | null }>, graduateScore: { total: number, standardScore: number, meetsStandard: boolean, items: Array<{ indicator: GraduateScoreIndicator, points: number, legalBasis: string, explanation: { zh: string, en: string } }> } | null, benefits: Array<{ code: string, amount: number | null, notConfigured: boolean, label: { zh: string, en: string }, unit: { zh: string, en: string }, note: { zh: string, en: string } | null }>, ruleVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } }, parametersVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } } | null, note: { zh: string, en: string } };

export type CheckEligibilityQueryVariables = Exact<{
  policyId: string | number;
  facts: EligibilityFactsInput;
}>;


export type CheckEligibilityQuery = { checkEligibility: { verdict: EligibilityVerdict, preliminary: boolean, asOf: string, requiredYears: number | null, criteria: Array<{ code: string, status: CriterionStatus, legalBasis: string, notConfigured: boolean, explanation: { zh: string, en: string }, howToChange: { zh: string, en: string } | null }>, graduateScore: { total: number, standardScore: number, meetsStandard: boolean, items: Array<{ indicator: GraduateScoreIndicator, points: number, legalBasis: string, explanation: { zh: string, en: string } }> } | null, benefits: Array<{ code: string, amount: number | null, notConfigured: boolean, label: { zh: string, en: string }, unit: { zh: string, en: string }, note: { zh: string, en: string } | null }>, ruleVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } }, parametersVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } } | null, note: { zh: string, en: string } } };

export type MyEligibilityQueryVariables = Exact<{
  policyId: string | number;
}>;


export type MyEligibilityQuery = { myEligibility: { verdict: EligibilityVerdict, preliminary: boolean, asOf: string, requiredYears: number | null, criteria: Array<{ code: string, status: CriterionStatus, legalBasis: string, notConfigured: boolean, explanation: { zh: string, en: string }, howToChange: { zh: string, en: string } | null }>, graduateScore: { total: number, standardScore: number, meetsStandard: boolean, items: Array<{ indicator: GraduateScoreIndicator, points: number, legalBasis: string, explanation: { zh: string, en: string } }> } | null, benefits: Array<{ code: string, amount: number | null, notConfigured: boolean, label: { zh: string, en: string }, unit: { zh: string, en: string }, note: { zh: string, en: string } | null }>, ruleVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } }, parametersVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } } | null, note: { zh: string, en: string } } };

export type ResidencePointsEstimateQueryVariables = Exact<{
  input: ResidencePointsInput;
}>;


export type ResidencePointsEstimateQuery = { residencePointsEstimate: { total: number, standardScore: number, meetsStandard: boolean, disqualified: boolean, asOf: string, items: Array<{ indicator: ResidencePointsIndicator, points: number, legalBasis: string, notConfigured: boolean, explanation: { zh: string, en: string } }>, ruleVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } }, parametersVersion: { id: string, version: number, effectiveFrom: string, legalBasis: string, ruleSet: { id: string, code: string, nameZh: string, nameEn: string } }, note: { zh: string, en: string } } };

export type ResidencePointsTotalQueryVariables = Exact<{
  input: ResidencePointsInput;
}>;


export type ResidencePointsTotalQuery = { residencePointsEstimate: { total: number } };

export type SavedFactsFragment = { age: number | null, education: EducationLevel | null, titleOrSkill: TitleOrSkillLevel | null, socialInsuranceMonthsInLast12: number | null, laborContractMonths: number | null, consecutiveInsuranceMonthsAtEmployer: number | null, yearsToStatutoryRetirement: number | null, previousYearPreTaxIncomeYuan: number | null, hasShanghaiResidencePermit: boolean | null, employedWithShanghaiInsuranceNow: boolean | null, hasSeriousCriminalRecord: boolean | null, hasCriminalRecord: boolean | null, ownsHomeInBaoshanOrNearby: boolean | null, employerRegisteredInBaoshan: boolean | null, employerMeetsPolicyConditions: boolean | null, employerIsDistrictStateOwned: boolean | null, highLevelTalentDistrictOrAbove: boolean | null, midOrSeniorManager: boolean | null, recommendedByEmployerAndApproved: boolean | null, overseasTalent: boolean | null, keyPostRecognisedByEmployer: boolean | null, paysIncomeTaxAtEmployer: boolean | null, noViolationsLastYear: boolean | null, provincialAwardOrAbove: boolean | null, talentProgrammeOrMajorProject: boolean | null, keyInstitutionRecommended: boolean | null, nationalSkillAward: boolean | null, marketInnovationTalent: boolean | null, hukouTransfer: { permitMonthsHeld: number | null, socialInsuranceMonthsWhileHolding: number | null, paidShanghaiIncomeTax: boolean | null, taxAndInsuranceSameEmployer: boolean | null, titleLevel: HukouTitleLevel | null, titleMatchesJob: boolean | null, hasCriminalRecord: boolean | null, monthsAtMarketBaseInLast48: number | null, applicationMonthAtMarketBase: boolean | null, provincialAwardOrAbove: boolean | null, baseAtLeast2xLast3Years: boolean | null, keyPostPay: boolean | null, entrepreneurAvgAnnualTaxWan: number | null, entrepreneurAvgAnnualShanghaiHires: number | null, remotePublicServiceContinuousYears: number | null, lingangYears: number | null, lingangRecommendedCoreTalent: boolean | null } | null, graduate: { degree: GraduateDegree | null, schoolCategory: SchoolCategory | null, classRank: ClassRank | null, foreignLanguage: LanguageLevel | null, computerLevel: ComputerLevel | null, employerFactor: boolean | null, keyDiscipline: boolean | null, highestDegreeStudiedInShanghai: boolean | null, nationalHonours: number | null, provincialHonours: number | null, schoolHonours: number | null, inventionPatent: boolean | null, grassrootsService: boolean | null, studentStartup: boolean | null, directSettlementCategory: DirectSettlementCategory | null } | null, residencePoints: { age: number, education: EducationLevel | null, titleOrSkill: TitleOrSkillLevel | null, monthsBaseAtLeastAverageInLast12: number | null, socialInsuranceMonths: number | null, entrepreneurTalent: boolean | null, innovationIntermediaryTalent: boolean | null, shortageMajor: boolean | null, investmentAvgAnnualTaxWan: number | null, investmentAvgAnnualShanghaiHires: number | null, socialInsuranceBaseTier: SocialInsuranceBaseTier | null, publicServiceYears: number | null, freshGraduate: boolean | null, award: AwardLevel | null, spouseShanghaiHukouMarriageYears: number | null, falseMaterialCountWithin3Years: number | null, adminDetentionCountWithin5Years: number | null, generalCriminalCountWithin5Years: number | null, seriousCriminalRecord: boolean | null, remoteKeyArea: { zone: RemoteKeyZone, yearsWorkAndLive: number } | null } | null };

export type MyPolicyFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPolicyFactsQuery = { myPolicyFacts: { age: number | null, education: EducationLevel | null, titleOrSkill: TitleOrSkillLevel | null, socialInsuranceMonthsInLast12: number | null, laborContractMonths: number | null, consecutiveInsuranceMonthsAtEmployer: number | null, yearsToStatutoryRetirement: number | null, previousYearPreTaxIncomeYuan: number | null, hasShanghaiResidencePermit: boolean | null, employedWithShanghaiInsuranceNow: boolean | null, hasSeriousCriminalRecord: boolean | null, hasCriminalRecord: boolean | null, ownsHomeInBaoshanOrNearby: boolean | null, employerRegisteredInBaoshan: boolean | null, employerMeetsPolicyConditions: boolean | null, employerIsDistrictStateOwned: boolean | null, highLevelTalentDistrictOrAbove: boolean | null, midOrSeniorManager: boolean | null, recommendedByEmployerAndApproved: boolean | null, overseasTalent: boolean | null, keyPostRecognisedByEmployer: boolean | null, paysIncomeTaxAtEmployer: boolean | null, noViolationsLastYear: boolean | null, provincialAwardOrAbove: boolean | null, talentProgrammeOrMajorProject: boolean | null, keyInstitutionRecommended: boolean | null, nationalSkillAward: boolean | null, marketInnovationTalent: boolean | null, hukouTransfer: { permitMonthsHeld: number | null, socialInsuranceMonthsWhileHolding: number | null, paidShanghaiIncomeTax: boolean | null, taxAndInsuranceSameEmployer: boolean | null, titleLevel: HukouTitleLevel | null, titleMatchesJob: boolean | null, hasCriminalRecord: boolean | null, monthsAtMarketBaseInLast48: number | null, applicationMonthAtMarketBase: boolean | null, provincialAwardOrAbove: boolean | null, baseAtLeast2xLast3Years: boolean | null, keyPostPay: boolean | null, entrepreneurAvgAnnualTaxWan: number | null, entrepreneurAvgAnnualShanghaiHires: number | null, remotePublicServiceContinuousYears: number | null, lingangYears: number | null, lingangRecommendedCoreTalent: boolean | null } | null, graduate: { degree: GraduateDegree | null, schoolCategory: SchoolCategory | null, classRank: ClassRank | null, foreignLanguage: LanguageLevel | null, computerLevel: ComputerLevel | null, employerFactor: boolean | null, keyDiscipline: boolean | null, highestDegreeStudiedInShanghai: boolean | null, nationalHonours: number | null, provincialHonours: number | null, schoolHonours: number | null, inventionPatent: boolean | null, grassrootsService: boolean | null, studentStartup: boolean | null, directSettlementCategory: DirectSettlementCategory | null } | null, residencePoints: { age: number, education: EducationLevel | null, titleOrSkill: TitleOrSkillLevel | null, monthsBaseAtLeastAverageInLast12: number | null, socialInsuranceMonths: number | null, entrepreneurTalent: boolean | null, innovationIntermediaryTalent: boolean | null, shortageMajor: boolean | null, investmentAvgAnnualTaxWan: number | null, investmentAvgAnnualShanghaiHires: number | null, socialInsuranceBaseTier: SocialInsuranceBaseTier | null, publicServiceYears: number | null, freshGraduate: boolean | null, award: AwardLevel | null, spouseShanghaiHukouMarriageYears: number | null, falseMaterialCountWithin3Years: number | null, adminDetentionCountWithin5Years: number | null, generalCriminalCountWithin5Years: number | null, seriousCriminalRecord: boolean | null, remoteKeyArea: { zone: RemoteKeyZone, yearsWorkAndLive: number } | null } | null } | null };

export type SaveMyPolicyFactsMutationVariables = Exact<{
  facts: EligibilityFactsInput;
}>;


export type SaveMyPolicyFactsMutation = { saveMyPolicyFacts: { facts: { age: number | null, education: EducationLevel | null, titleOrSkill: TitleOrSkillLevel | null, socialInsuranceMonthsInLast12: number | null, laborContractMonths: number | null, consecutiveInsuranceMonthsAtEmployer: number | null, yearsToStatutoryRetirement: number | null, previousYearPreTaxIncomeYuan: number | null, hasShanghaiResidencePermit: boolean | null, employedWithShanghaiInsuranceNow: boolean | null, hasSeriousCriminalRecord: boolean | null, hasCriminalRecord: boolean | null, ownsHomeInBaoshanOrNearby: boolean | null, employerRegisteredInBaoshan: boolean | null, employerMeetsPolicyConditions: boolean | null, employerIsDistrictStateOwned: boolean | null, highLevelTalentDistrictOrAbove: boolean | null, midOrSeniorManager: boolean | null, recommendedByEmployerAndApproved: boolean | null, overseasTalent: boolean | null, keyPostRecognisedByEmployer: boolean | null, paysIncomeTaxAtEmployer: boolean | null, noViolationsLastYear: boolean | null, provincialAwardOrAbove: boolean | null, talentProgrammeOrMajorProject: boolean | null, keyInstitutionRecommended: boolean | null, nationalSkillAward: boolean | null, marketInnovationTalent: boolean | null, hukouTransfer: { permitMonthsHeld: number | null, socialInsuranceMonthsWhileHolding: number | null, paidShanghaiIncomeTax: boolean | null, taxAndInsuranceSameEmployer: boolean | null, titleLevel: HukouTitleLevel | null, titleMatchesJob: boolean | null, hasCriminalRecord: boolean | null, monthsAtMarketBaseInLast48: number | null, applicationMonthAtMarketBase: boolean | null, provincialAwardOrAbove: boolean | null, baseAtLeast2xLast3Years: boolean | null, keyPostPay: boolean | null, entrepreneurAvgAnnualTaxWan: number | null, entrepreneurAvgAnnualShanghaiHires: number | null, remotePublicServiceContinuousYears: number | null, lingangYears: number | null, lingangRecommendedCoreTalent: boolean | null } | null, graduate: { degree: GraduateDegree | null, schoolCategory: SchoolCategory | null, classRank: ClassRank | null, foreignLanguage: LanguageLevel | null, computerLevel: ComputerLevel | null, employerFactor: boolean | null, keyDiscipline: boolean | null, highestDegreeStudiedInShanghai: boolean | null, nationalHonours: number | null, provincialHonours: number | null, schoolHonours: number | null, inventionPatent: boolean | null, grassrootsService: boolean | null, studentStartup: boolean | null, directSettlementCategory: DirectSettlementCategory | null } | null, residencePoints: { age: number, education: EducationLevel | null, titleOrSkill: TitleOrSkillLevel | null, monthsBaseAtLeastAverageInLast12: number | null, socialInsuranceMonths: number | null, entrepreneurTalent: boolean | null, innovationIntermediaryTalent: boolean | null, shortageMajor: boolean | null, investmentAvgAnnualTaxWan: number | null, investmentAvgAnnualShanghaiHires: number | null, socialInsuranceBaseTier: SocialInsuranceBaseTier | null, publicServiceYears: number | null, freshGraduate: boolean | null, award: AwardLevel | null, spouseShanghaiHukouMarriageYears: number | null, falseMaterialCountWithin3Years: number | null, adminDetentionCountWithin5Years: number | null, generalCriminalCountWithin5Years: number | null, seriousCriminalRecord: boolean | null, remoteKeyArea: { zone: RemoteKeyZone, yearsWorkAndLive: number } | null } | null } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type OrganisationNameFragment = { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean };

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, role: Role, organisation: { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } | null, talentProfile: { id: string, legalName: string, employer: { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, displayName: string, role: Role, organisation: { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } | null, talentProfile: { id: string, legalName: string, employer: { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } | null } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { ok: boolean, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export const OrgNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<OrgNameFragment, unknown>;
export const EventSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<EventSummaryFragment, unknown>;
export const BankBranchNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankBranchName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<BankBranchNameFragment, unknown>;
export const BankProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsZh"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsEn"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankBranchName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankBranchName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<BankProductFieldsFragment, unknown>;
export const FinancingFactsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"settlementAccount"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenueWan"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"patentCount"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncome"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"education"}}]}}]} as unknown as DocumentNode<FinancingFactsFieldsFragment, unknown>;
export const FinancingAnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"offerRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"offerTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<FinancingAnswerFieldsFragment, unknown>;
export const PolicyCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"hasPointsCalculator"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedOn"}}]}}]}}]} as unknown as DocumentNode<PolicyCardFragment, unknown>;
export const PolicyTextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"benefitsZh"}},{"kind":"Field","name":{"kind":"Name","value":"benefitsEn"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityZh"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityEn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsZh"}},{"kind":"Field","name":{"kind":"Name","value":"documentsEn"}},{"kind":"Field","name":{"kind":"Name","value":"processZh"}},{"kind":"Field","name":{"kind":"Name","value":"processEn"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeZh"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeEn"}},{"kind":"Field","name":{"kind":"Name","value":"issuingBodyZh"}},{"kind":"Field","name":{"kind":"Name","value":"issuingBodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNoteZh"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNoteEn"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeNoteZh"}},{"kind":"Field","name":{"kind":"Name","value":"changeNoteEn"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PolicyTextFragment, unknown>;
export const BenefitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyBenefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}}]} as unknown as DocumentNode<BenefitFragment, unknown>;
export const RuleVersionRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<RuleVersionRefFragment, unknown>;
export const EligibilityOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"preliminary"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"requiredYears"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"howToChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduateScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standardScore"}},{"kind":"Field","name":{"kind":"Name","value":"meetsStandard"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Benefit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parametersVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyBenefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<EligibilityOutcomeFragment, unknown>;
export const SavedFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"titleOrSkill"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonthsInLast12"}},{"kind":"Field","name":{"kind":"Name","value":"laborContractMonths"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveInsuranceMonthsAtEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"yearsToStatutoryRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearPreTaxIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"hasShanghaiResidencePermit"}},{"kind":"Field","name":{"kind":"Name","value":"employedWithShanghaiInsuranceNow"}},{"kind":"Field","name":{"kind":"Name","value":"hasSeriousCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"hasCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"ownsHomeInBaoshanOrNearby"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegisteredInBaoshan"}},{"kind":"Field","name":{"kind":"Name","value":"employerMeetsPolicyConditions"}},{"kind":"Field","name":{"kind":"Name","value":"employerIsDistrictStateOwned"}},{"kind":"Field","name":{"kind":"Name","value":"highLevelTalentDistrictOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"midOrSeniorManager"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByEmployerAndApproved"}},{"kind":"Field","name":{"kind":"Name","value":"overseasTalent"}},{"kind":"Field","name":{"kind":"Name","value":"keyPostRecognisedByEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"paysIncomeTaxAtEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"noViolationsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"provincialAwardOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"talentProgrammeOrMajorProject"}},{"kind":"Field","name":{"kind":"Name","value":"keyInstitutionRecommended"}},{"kind":"Field","name":{"kind":"Name","value":"nationalSkillAward"}},{"kind":"Field","name":{"kind":"Name","value":"marketInnovationTalent"}},{"kind":"Field","name":{"kind":"Name","value":"hukouTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permitMonthsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonthsWhileHolding"}},{"kind":"Field","name":{"kind":"Name","value":"paidShanghaiIncomeTax"}},{"kind":"Field","name":{"kind":"Name","value":"taxAndInsuranceSameEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"titleLevel"}},{"kind":"Field","name":{"kind":"Name","value":"titleMatchesJob"}},{"kind":"Field","name":{"kind":"Name","value":"hasCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"monthsAtMarketBaseInLast48"}},{"kind":"Field","name":{"kind":"Name","value":"applicationMonthAtMarketBase"}},{"kind":"Field","name":{"kind":"Name","value":"provincialAwardOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"baseAtLeast2xLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"keyPostPay"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurAvgAnnualTaxWan"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurAvgAnnualShanghaiHires"}},{"kind":"Field","name":{"kind":"Name","value":"remotePublicServiceContinuousYears"}},{"kind":"Field","name":{"kind":"Name","value":"lingangYears"}},{"kind":"Field","name":{"kind":"Name","value":"lingangRecommendedCoreTalent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCategory"}},{"kind":"Field","name":{"kind":"Name","value":"classRank"}},{"kind":"Field","name":{"kind":"Name","value":"foreignLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"computerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"employerFactor"}},{"kind":"Field","name":{"kind":"Name","value":"keyDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"highestDegreeStudiedInShanghai"}},{"kind":"Field","name":{"kind":"Name","value":"nationalHonours"}},{"kind":"Field","name":{"kind":"Name","value":"provincialHonours"}},{"kind":"Field","name":{"kind":"Name","value":"schoolHonours"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatent"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsService"}},{"kind":"Field","name":{"kind":"Name","value":"studentStartup"}},{"kind":"Field","name":{"kind":"Name","value":"directSettlementCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencePoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"titleOrSkill"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBaseAtLeastAverageInLast12"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurTalent"}},{"kind":"Field","name":{"kind":"Name","value":"innovationIntermediaryTalent"}},{"kind":"Field","name":{"kind":"Name","value":"shortageMajor"}},{"kind":"Field","name":{"kind":"Name","value":"investmentAvgAnnualTaxWan"}},{"kind":"Field","name":{"kind":"Name","value":"investmentAvgAnnualShanghaiHires"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceBaseTier"}},{"kind":"Field","name":{"kind":"Name","value":"publicServiceYears"}},{"kind":"Field","name":{"kind":"Name","value":"remoteKeyArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"yearsWorkAndLive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freshGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"award"}},{"kind":"Field","name":{"kind":"Name","value":"spouseShanghaiHukouMarriageYears"}},{"kind":"Field","name":{"kind":"Name","value":"falseMaterialCountWithin3Years"}},{"kind":"Field","name":{"kind":"Name","value":"adminDetentionCountWithin5Years"}},{"kind":"Field","name":{"kind":"Name","value":"generalCriminalCountWithin5Years"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCriminalRecord"}}]}}]}}]} as unknown as DocumentNode<SavedFactsFragment, unknown>;
export const OrganisationNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<OrganisationNameFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AllianceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceEventStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<AllianceEventsQuery, AllianceEventsQueryVariables>;
export const AllianceEventDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceEventDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeatsReleaseHours"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeatsReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeatsReleasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"icsPath"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQr"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackRating"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackComment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<AllianceEventDetailQuery, AllianceEventDetailQueryVariables>;
export const AllianceEventRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceEventRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceByEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackRating"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackComment"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<AllianceEventRegistrationsQuery, AllianceEventRegistrationsQueryVariables>;
export const StaffForEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummary"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<StaffForEventQuery, StaffForEventQueryVariables>;
export const EventEditorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventEditorOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allianceMember"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadreCohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<EventEditorOptionsQuery, EventEditorOptionsQueryVariables>;
export const AllianceParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"byEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<AllianceParticipationQuery, AllianceParticipationQueryVariables>;
export const MyLearningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLearning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"attended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCadreNominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<MyLearningQuery, MyLearningQueryVariables>;
export const CreateAllianceEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllianceEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAllianceEventMutation, CreateAllianceEventMutationVariables>;
export const UpdateAllianceEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAllianceEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAllianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAllianceEventMutation, UpdateAllianceEventMutationVariables>;
export const PublishAllianceEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAllianceEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAllianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishAllianceEventMutation, PublishAllianceEventMutationVariables>;
export const CancelAllianceEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAllianceEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAllianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAllianceEventMutation, CancelAllianceEventMutationVariables>;
export const RegisterForAllianceEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForAllianceEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForAllianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForAllianceEventMutation, RegisterForAllianceEventMutationVariables>;
export const RegisterStaffForAllianceEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterStaffForAllianceEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerStaffForAllianceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterStaffForAllianceEventMutation, RegisterStaffForAllianceEventMutationVariables>;
export const CancelAllianceRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAllianceRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAllianceRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAllianceRegistrationMutation, CancelAllianceRegistrationMutationVariables>;
export const CheckInAllianceRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInAllianceRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInAllianceRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<CheckInAllianceRegistrationMutation, CheckInAllianceRegistrationMutationVariables>;
export const SubmitAllianceEventFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAllianceEventFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAllianceEventFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackRating"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitAllianceEventFeedbackMutation, SubmitAllianceEventFeedbackMutationVariables>;
export const ResetCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetCalendarFeedMutation, ResetCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const BankProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BankProductKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingAudience"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termMonths"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"featuredOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHidden"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"termMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termMonths"}}},{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"featuredOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"featuredOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHidden"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHidden"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankBranchName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsZh"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsEn"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankBranchName"}}]}}]}}]} as unknown as DocumentNode<BankProductsQuery, BankProductsQueryVariables>;
export const BankBranchOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankBranchOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankBranches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankBranchOptionsQuery, BankBranchOptionsQueryVariables>;
export const SetBankProductVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBankProductVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BankProductVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBankProductVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetBankProductVisibilityMutation, SetBankProductVisibilityMutationVariables>;
export const FinancingMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"need"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"need"},"value":{"kind":"Variable","name":{"kind":"Name","value":"need"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"minRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankBranchName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankBranchName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<FinancingMatchesQuery, FinancingMatchesQueryVariables>;
export const CreateFinancingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFinancingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFinancingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFinancingRequestMutation, CreateFinancingRequestMutationVariables>;
export const MyFinancingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFinancingRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFinancingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyFinancingRequestsQuery, MyFinancingRequestsQueryVariables>;
export const FinancingRequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingFactsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentedFacts"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankBranchName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingAnswerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingAnswerFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"settlementAccount"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenueWan"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"patentCount"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncome"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"education"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankBranchName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"offerRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"offerTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<FinancingRequestDetailQuery, FinancingRequestDetailQueryVariables>;
export const AcceptFinancingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptFinancingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptFinancingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptFinancingOfferMutation, AcceptFinancingOfferMutationVariables>;
export const ReplyToFinancingQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToFinancingQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToFinancingQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToFinancingQuestionMutation, ReplyToFinancingQuestionMutationVariables>;
export const WithdrawFinancingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFinancingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawFinancingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawFinancingRequestMutation, WithdrawFinancingRequestMutationVariables>;
export const UpdateFinancingConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFinancingConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFinancingConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consentedFacts"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFinancingConsentMutation, UpdateFinancingConsentMutationVariables>;
export const FinancingInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestStatus"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinancingInboxQuery, FinancingInboxQueryVariables>;
export const FinancingInboxItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingInboxItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingInboxItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentedFacts"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingFactsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingAnswerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinancingAnswerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"minRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePercent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"settlementAccount"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenueWan"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"patentCount"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncome"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"education"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinancingAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"offerRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"offerTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<FinancingInboxItemQuery, FinancingInboxItemQueryVariables>;
export const AnswerFinancingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFinancingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFinancingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerFinancingRequestMutation, AnswerFinancingRequestMutationVariables>;
export const MyBankProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBankProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBankProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankBranchName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsZh"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsEn"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankBranchName"}}]}}]}}]} as unknown as DocumentNode<MyBankProductsQuery, MyBankProductsQueryVariables>;
export const BankProductForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankProductForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankBranchName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsZh"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsEn"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"featured"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankBranchName"}}]}}]}}]} as unknown as DocumentNode<BankProductForEditQuery, BankProductForEditQueryVariables>;
export const CreateBankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BankProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBankProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBankProductMutation, CreateBankProductMutationVariables>;
export const UpdateBankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BankProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBankProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBankProductMutation, UpdateBankProductMutationVariables>;
export const SetBankProductStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBankProductStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BankProductStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBankProductStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetBankProductStatusMutation, SetBankProductStatusMutationVariables>;
export const BankScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"requestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"requestsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"answersGiven"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursToFirstAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answersPerRequest"}},{"kind":"Field","name":{"kind":"Name","value":"offersMade"}},{"kind":"Field","name":{"kind":"Name","value":"offersAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"requestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"requestsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"answersGiven"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursToFirstAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answersPerRequest"}},{"kind":"Field","name":{"kind":"Name","value":"offersMade"}},{"kind":"Field","name":{"kind":"Name","value":"offersAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceRate"}}]}}]}}]}}]} as unknown as DocumentNode<BankScorecardQuery, BankScorecardQueryVariables>;
export const EmployerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ENTERPRISE"}},{"kind":"Argument","name":{"kind":"Name","value":"allianceMember"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"allianceMember"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<EmployerOptionsQuery, EmployerOptionsQueryVariables>;
export const PoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyAudience"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"hasPointsCalculator"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedOn"}}]}}]}}]} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const PolicyByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCard"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"notConfiguredReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Benefit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"hasPointsCalculator"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summaryZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"benefitsZh"}},{"kind":"Field","name":{"kind":"Name","value":"benefitsEn"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityZh"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityEn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsZh"}},{"kind":"Field","name":{"kind":"Name","value":"documentsEn"}},{"kind":"Field","name":{"kind":"Name","value":"processZh"}},{"kind":"Field","name":{"kind":"Name","value":"processEn"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeZh"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeEn"}},{"kind":"Field","name":{"kind":"Name","value":"issuingBodyZh"}},{"kind":"Field","name":{"kind":"Name","value":"issuingBodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNoteZh"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNoteEn"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeNoteZh"}},{"kind":"Field","name":{"kind":"Name","value":"changeNoteEn"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyBenefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PolicyByCodeQuery, PolicyByCodeQueryVariables>;
export const CheckEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyBenefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"preliminary"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"requiredYears"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"howToChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduateScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standardScore"}},{"kind":"Field","name":{"kind":"Name","value":"meetsStandard"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Benefit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parametersVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<CheckEligibilityQuery, CheckEligibilityQueryVariables>;
export const MyEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyBenefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"preliminary"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"requiredYears"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"howToChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduateScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standardScore"}},{"kind":"Field","name":{"kind":"Name","value":"meetsStandard"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Benefit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parametersVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<MyEligibilityQuery, MyEligibilityQueryVariables>;
export const ResidencePointsEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidencePointsEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidencePointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residencePointsEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standardScore"}},{"kind":"Field","name":{"kind":"Name","value":"meetsStandard"}},{"kind":"Field","name":{"kind":"Name","value":"disqualified"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"notConfigured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parametersVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ResidencePointsEstimateQuery, ResidencePointsEstimateQueryVariables>;
export const ResidencePointsTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidencePointsTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidencePointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residencePointsEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ResidencePointsTotalQuery, ResidencePointsTotalQueryVariables>;
export const MyPolicyFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPolicyFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPolicyFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedFacts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"titleOrSkill"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonthsInLast12"}},{"kind":"Field","name":{"kind":"Name","value":"laborContractMonths"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveInsuranceMonthsAtEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"yearsToStatutoryRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearPreTaxIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"hasShanghaiResidencePermit"}},{"kind":"Field","name":{"kind":"Name","value":"employedWithShanghaiInsuranceNow"}},{"kind":"Field","name":{"kind":"Name","value":"hasSeriousCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"hasCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"ownsHomeInBaoshanOrNearby"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegisteredInBaoshan"}},{"kind":"Field","name":{"kind":"Name","value":"employerMeetsPolicyConditions"}},{"kind":"Field","name":{"kind":"Name","value":"employerIsDistrictStateOwned"}},{"kind":"Field","name":{"kind":"Name","value":"highLevelTalentDistrictOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"midOrSeniorManager"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByEmployerAndApproved"}},{"kind":"Field","name":{"kind":"Name","value":"overseasTalent"}},{"kind":"Field","name":{"kind":"Name","value":"keyPostRecognisedByEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"paysIncomeTaxAtEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"noViolationsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"provincialAwardOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"talentProgrammeOrMajorProject"}},{"kind":"Field","name":{"kind":"Name","value":"keyInstitutionRecommended"}},{"kind":"Field","name":{"kind":"Name","value":"nationalSkillAward"}},{"kind":"Field","name":{"kind":"Name","value":"marketInnovationTalent"}},{"kind":"Field","name":{"kind":"Name","value":"hukouTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permitMonthsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonthsWhileHolding"}},{"kind":"Field","name":{"kind":"Name","value":"paidShanghaiIncomeTax"}},{"kind":"Field","name":{"kind":"Name","value":"taxAndInsuranceSameEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"titleLevel"}},{"kind":"Field","name":{"kind":"Name","value":"titleMatchesJob"}},{"kind":"Field","name":{"kind":"Name","value":"hasCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"monthsAtMarketBaseInLast48"}},{"kind":"Field","name":{"kind":"Name","value":"applicationMonthAtMarketBase"}},{"kind":"Field","name":{"kind":"Name","value":"provincialAwardOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"baseAtLeast2xLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"keyPostPay"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurAvgAnnualTaxWan"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurAvgAnnualShanghaiHires"}},{"kind":"Field","name":{"kind":"Name","value":"remotePublicServiceContinuousYears"}},{"kind":"Field","name":{"kind":"Name","value":"lingangYears"}},{"kind":"Field","name":{"kind":"Name","value":"lingangRecommendedCoreTalent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCategory"}},{"kind":"Field","name":{"kind":"Name","value":"classRank"}},{"kind":"Field","name":{"kind":"Name","value":"foreignLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"computerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"employerFactor"}},{"kind":"Field","name":{"kind":"Name","value":"keyDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"highestDegreeStudiedInShanghai"}},{"kind":"Field","name":{"kind":"Name","value":"nationalHonours"}},{"kind":"Field","name":{"kind":"Name","value":"provincialHonours"}},{"kind":"Field","name":{"kind":"Name","value":"schoolHonours"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatent"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsService"}},{"kind":"Field","name":{"kind":"Name","value":"studentStartup"}},{"kind":"Field","name":{"kind":"Name","value":"directSettlementCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencePoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"titleOrSkill"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBaseAtLeastAverageInLast12"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurTalent"}},{"kind":"Field","name":{"kind":"Name","value":"innovationIntermediaryTalent"}},{"kind":"Field","name":{"kind":"Name","value":"shortageMajor"}},{"kind":"Field","name":{"kind":"Name","value":"investmentAvgAnnualTaxWan"}},{"kind":"Field","name":{"kind":"Name","value":"investmentAvgAnnualShanghaiHires"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceBaseTier"}},{"kind":"Field","name":{"kind":"Name","value":"publicServiceYears"}},{"kind":"Field","name":{"kind":"Name","value":"remoteKeyArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"yearsWorkAndLive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freshGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"award"}},{"kind":"Field","name":{"kind":"Name","value":"spouseShanghaiHukouMarriageYears"}},{"kind":"Field","name":{"kind":"Name","value":"falseMaterialCountWithin3Years"}},{"kind":"Field","name":{"kind":"Name","value":"adminDetentionCountWithin5Years"}},{"kind":"Field","name":{"kind":"Name","value":"generalCriminalCountWithin5Years"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCriminalRecord"}}]}}]}}]} as unknown as DocumentNode<MyPolicyFactsQuery, MyPolicyFactsQueryVariables>;
export const SaveMyPolicyFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMyPolicyFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMyPolicyFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFacts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"titleOrSkill"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonthsInLast12"}},{"kind":"Field","name":{"kind":"Name","value":"laborContractMonths"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveInsuranceMonthsAtEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"yearsToStatutoryRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearPreTaxIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"hasShanghaiResidencePermit"}},{"kind":"Field","name":{"kind":"Name","value":"employedWithShanghaiInsuranceNow"}},{"kind":"Field","name":{"kind":"Name","value":"hasSeriousCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"hasCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"ownsHomeInBaoshanOrNearby"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegisteredInBaoshan"}},{"kind":"Field","name":{"kind":"Name","value":"employerMeetsPolicyConditions"}},{"kind":"Field","name":{"kind":"Name","value":"employerIsDistrictStateOwned"}},{"kind":"Field","name":{"kind":"Name","value":"highLevelTalentDistrictOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"midOrSeniorManager"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByEmployerAndApproved"}},{"kind":"Field","name":{"kind":"Name","value":"overseasTalent"}},{"kind":"Field","name":{"kind":"Name","value":"keyPostRecognisedByEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"paysIncomeTaxAtEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"noViolationsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"provincialAwardOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"talentProgrammeOrMajorProject"}},{"kind":"Field","name":{"kind":"Name","value":"keyInstitutionRecommended"}},{"kind":"Field","name":{"kind":"Name","value":"nationalSkillAward"}},{"kind":"Field","name":{"kind":"Name","value":"marketInnovationTalent"}},{"kind":"Field","name":{"kind":"Name","value":"hukouTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permitMonthsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonthsWhileHolding"}},{"kind":"Field","name":{"kind":"Name","value":"paidShanghaiIncomeTax"}},{"kind":"Field","name":{"kind":"Name","value":"taxAndInsuranceSameEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"titleLevel"}},{"kind":"Field","name":{"kind":"Name","value":"titleMatchesJob"}},{"kind":"Field","name":{"kind":"Name","value":"hasCriminalRecord"}},{"kind":"Field","name":{"kind":"Name","value":"monthsAtMarketBaseInLast48"}},{"kind":"Field","name":{"kind":"Name","value":"applicationMonthAtMarketBase"}},{"kind":"Field","name":{"kind":"Name","value":"provincialAwardOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"baseAtLeast2xLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"keyPostPay"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurAvgAnnualTaxWan"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurAvgAnnualShanghaiHires"}},{"kind":"Field","name":{"kind":"Name","value":"remotePublicServiceContinuousYears"}},{"kind":"Field","name":{"kind":"Name","value":"lingangYears"}},{"kind":"Field","name":{"kind":"Name","value":"lingangRecommendedCoreTalent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCategory"}},{"kind":"Field","name":{"kind":"Name","value":"classRank"}},{"kind":"Field","name":{"kind":"Name","value":"foreignLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"computerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"employerFactor"}},{"kind":"Field","name":{"kind":"Name","value":"keyDiscipline"}},{"kind":"Field","name":{"kind":"Name","value":"highestDegreeStudiedInShanghai"}},{"kind":"Field","name":{"kind":"Name","value":"nationalHonours"}},{"kind":"Field","name":{"kind":"Name","value":"provincialHonours"}},{"kind":"Field","name":{"kind":"Name","value":"schoolHonours"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatent"}},{"kind":"Field","name":{"kind":"Name","value":"grassrootsService"}},{"kind":"Field","name":{"kind":"Name","value":"studentStartup"}},{"kind":"Field","name":{"kind":"Name","value":"directSettlementCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencePoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"titleOrSkill"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBaseAtLeastAverageInLast12"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurTalent"}},{"kind":"Field","name":{"kind":"Name","value":"innovationIntermediaryTalent"}},{"kind":"Field","name":{"kind":"Name","value":"shortageMajor"}},{"kind":"Field","name":{"kind":"Name","value":"investmentAvgAnnualTaxWan"}},{"kind":"Field","name":{"kind":"Name","value":"investmentAvgAnnualShanghaiHires"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceBaseTier"}},{"kind":"Field","name":{"kind":"Name","value":"publicServiceYears"}},{"kind":"Field","name":{"kind":"Name","value":"remoteKeyArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"yearsWorkAndLive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freshGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"award"}},{"kind":"Field","name":{"kind":"Name","value":"spouseShanghaiHukouMarriageYears"}},{"kind":"Field","name":{"kind":"Name","value":"falseMaterialCountWithin3Years"}},{"kind":"Field","name":{"kind":"Name","value":"adminDetentionCountWithin5Years"}},{"kind":"Field","name":{"kind":"Name","value":"generalCriminalCountWithin5Years"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCriminalRecord"}}]}}]}}]} as unknown as DocumentNode<SaveMyPolicyFactsMutation, SaveMyPolicyFactsMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;