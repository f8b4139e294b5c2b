import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { BankProductKind, FinancingAnswerKind, FinancingAudience, FinancingFact, FinancingRouteStatus } from './bank.enums.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@InputType({ description: '金融产品内容；新建和修改都提交完整内容 / A product\'s content; creating and editing both send all of it' })
export class BankProductInput {
  @Field(() => BankProductKind, { description: '产品类型 / Kind' })
  kind!: BankProductKind;

  @Field(() => FinancingAudience, { description: '面向对象 / Who it is for' })
  audience!: FinancingAudience;

  @Field({ description: '名称（中文，最多 100 字）/ Name in Chinese (at most 100 characters)' })
  nameZh!: string;

  @Field({ description: '名称（英文）/ Name in English' })
  nameEn!: string;

  @Field({ description: '简介（中文，最多 500 字）/ Summary in Chinese (at most 500 characters)' })
  summaryZh!: string;

  @Field({ description: '简介（英文）/ Summary in English' })
  summaryEn!: string;

  @Field({ description: '申请条件（中文，最多 2000 字）/ Requirements in Chinese (at most 2,000 characters)' })
  requirementsZh!: string;

  @Field({ description: '申请条件（英文）/ Requirements in English' })
  requirementsEn!: string;

  @Field(() => Int, { nullable: true, description: '最低金额（元）/ Smallest amount in yuan' })
  minAmount?: number | null;

  @Field(() => Int, { nullable: true, description: '最高金额（元）/ Largest amount in yuan' })
  maxAmount?: number | null;

  @Field(() => Int, { nullable: true, description: '最短期限（月）/ Shortest term in months' })
  minTermMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '最长期限（月）/ Longest term in months' })
  maxTermMonths?: number | null;

  @Field(() => Float, { nullable: true, description: '参考年利率下限（%，如 3.45）/ Lowest indicative annual rate in percent, e.g. 3.45' })
  minRatePercent?: number | null;

  @Field(() => Float, { nullable: true, description: '参考年利率上限（%）/ Highest indicative annual rate in percent' })
  maxRatePercent?: number | null;
}

@ArgsType()
export class BankProductFilterArgs {
  @Field(() => BankProductKind, { nullable: true, description: '产品类型 / Kind' })
  kind?: BankProductKind | null;

  @Field(() => FinancingAudience, { nullable: true, description: '面向对象 / Audience' })
  audience?: FinancingAudience | null;

  @Field(() => UUIDScalar, { nullable: true, description: '仅某支行 / Only this branch' })
  branchId?: string | null;

  @Field(() => Int, { nullable: true, description: '金额（元）在产品范围内 / An amount in yuan the product covers' })
  amount?: number | null;

  @Field(() => Int, { nullable: true, description: '期限（月）在产品范围内 / A term in months the product covers' })
  termMonths?: number | null;

  @Field(() => Boolean, { nullable: true, description: '仅镇里推荐的产品 / Only products the town features' })
  featuredOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '包括被隐藏的产品（仅镇里可用）/ Include hidden products (the town only)' })
  includeHidden?: boolean | null;
}

@InputType({ description: '镇里推荐或隐藏产品；未提供的字段不变 / The town features or hides a product; omitted fields stay as they are' })
export class BankProductVisibilityInput {
  @Field(() => UUIDScalar, { description: '产品编号 / Product id' })
  productId!: string;

  @Field(() => Boolean, { nullable: true, description: '推荐 / Featured' })
  featured?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '隐藏 / Hidden' })
  hidden?: boolean | null;
}

@InputType({ description: '支行联系人；带 id 为修改 / A branch contact; with an id it changes that contact' })
export class BankContactInput {
  @Field(() => UUIDScalar, { nullable: true, description: '要修改的联系人 / Contact to change' })
  id?: string | null;

  @Field({ description: '姓名 / Name' })
  name!: string;

  @Field({ description: '职务（中文）/ Position in Chinese' })
  titleZh!: string;

  @Field({ description: '职务（英文）/ Position in English' })
  titleEn!: string;

  @Field({ description: '电话：手机或带区号的座机（如 021-56781234）/ Phone: a mobile, or a landline with area code (e.g. 021-56781234)' })
  phone!: string;

  @Field(() => String, { nullable: true, description: '工作邮箱 / Work email' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: '设为主要联系人 / Make this the main contact' })
  primary?: boolean | null;
}

@InputType({ description: '融资需要，用于预先查看匹配的产品 / What is needed, to preview the products that fit' })
export class FinancingNeedInput {
  @Field(() => BankProductKind, { description: '融资类型 / Kind of financing' })
  kind!: BankProductKind;

  @Field(() => Int, { nullable: true, description: '金额（元）；贷款类必填 / Amount in yuan; required for loans' })
  amount?: number | null;

  @Field(() => Int, { nullable: true, description: '期限（月）；贷款类必填 / Term in months; required for loans' })
  termMonths?: number | null;
}

@InputType({ description: '申请人提供的信息；只有被授权的银行能看到 / Facts the applicant gives; only banks with consent see them' })
export class FinancingFactsInput {
  @Field(() => String, { nullable: true, description: '联系电话（手机）/ Contact mobile' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: '结算账户（银行账号）/ Settlement bank account number' })
  settlementAccount?: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码（企业）/ Unified social credit code (enterprises)' })
  creditCode?: string | null;

  @Field(() => Int, { nullable: true, description: '上年营业收入（万元，企业）/ Last year\'s revenue in 10,000 yuan (enterprises)' })
  annualRevenueWan?: number | null;

  @Field(() => Int, { nullable: true, description: '员工人数（企业）/ Employees (enterprises)' })
  employeeCount?: number | null;

  @Field(() => Int, { nullable: true, description: '成立年份（企业）/ Year founded (enterprises)' })
  foundedYear?: number | null;

  @Field(() => Int, { nullable: true, description: '有效发明专利数（企业）/ Invention patents in force (enterprises)' })
  patentCount?: number | null;

  @Field(() => Int, { nullable: true, description: '月收入（元，人才）/ Monthly income in yuan (talent)' })
  monthlyIncome?: number | null;
}

@InputType({ description: '对一家支行的授权：它可以看到哪些信息 / Consent for one branch: which facts it may see' })
export class BranchConsentInput {
  @Field(() => UUIDScalar, { description: '支行 / Branch' })
  branchId!: string;

  @Field(() => [FinancingFact], { description: '授权查看的信息项（可为空）/ Facts it may see (may be empty)' })
  facts!: FinancingFact[];
}

@InputType({ description: '新的融资需求 / A new financing request' })
export class FinancingRequestInput {
  @Field(() => BankProductKind, { description: '融资类型 / Kind of financing' })
  kind!: BankProductKind;

  @Field({ description: '用途（最多 500 字；所有收到需求的银行可见）/ Purpose (at most 500 characters; every receiving bank sees it)' })
  purpose!: string;

  @Field(() => Int, { nullable: true, description: '金额（元）；贷款类必填 / Amount in yuan; required for loans' })
  amount?: number | null;

  @Field(() => Int, { nullable: true, description: '期限（月）；贷款类必填 / Term in months; required for loans' })
  termMonths?: number | null;

  @Field(() => FinancingFactsInput, { nullable: true, description: '申请人信息 / The applicant\'s facts' })
  facts?: FinancingFactsInput | null;

  @Field(() => [UUIDScalar], { nullable: true, description: '自选支行；为空时发给所有有匹配产品的支行 / Branches picked by the applicant; when null, every branch with a product that fits' })
  branchIds?: string[] | null;

  @Field(() => [BranchConsentInput], { description: '每家支行的授权；未列出的支行看不到任何申请人信息 / Consent per branch; a branch not listed sees none of the facts' })
  consents!: BranchConsentInput[];
}

@InputType({ description: '支行答复 / A branch\'s answer' })
export class FinancingAnswerInput {
  @Field(() => UUIDScalar, { description: '收件箱中的需求编号 / Inbox item id' })
  itemId!: string;

  @Field(() => FinancingAnswerKind, { description: '答复类型 / Kind of answer' })
  kind!: FinancingAnswerKind;

  @Field(() => Int, { nullable: true, description: '报价金额（元；有意向时必填）/ Offered amount in yuan (required when interested)' })
  offerAmount?: number | null;

  @Field(() => Float, { nullable: true, description: '报价年利率（%；有意向时必填）/ Offered annual rate in percent (required when interested)' })
  offerRatePercent?: number | null;

  @Field(() => Int, { nullable: true, description: '报价期限（月；有意向时必填）/ Offered term in months (required when interested)' })
  offerTermMonths?: number | null;

  @Field(() => String, { nullable: true, description: '报价条件 / Conditions of the offer' })
  conditions?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: '依据的本支行产品 / The branch product the offer is based on' })
  productId?: string | null;

  @Field(() => String, { nullable: true, description: '需补充的问题（需补充信息时必填）/ Question (required when more information is needed)' })
  question?: string | null;

  @Field(() => String, { nullable: true, description: '婉拒原因（婉拒时必填）/ Reason (required when declining)' })
  reason?: string | null;
}

@ArgsType()
export class FinancingInboxFilterArgs {
  @Field(() => FinancingRouteStatus, { nullable: true, description: '仅此状态 / Only this status' })
  status?: FinancingRouteStatus | null;

  @Field(() => Boolean, { nullable: true, description: '仅仍可答复的需求 / Only requests still open for answers' })
  openOnly?: boolean | null;
}

@InputType({ description: '更改对一家支行的授权 / Changing the consent given to one branch' })
export class FinancingConsentInput {
  @Field(() => UUIDScalar, { description: '需求发往该支行的记录编号 / Id of the request\'s route to that branch' })
  routeId!: string;

  @Field(() => [FinancingFact], { description: '授权查看的信息项（替换原授权）/ Facts it may see (replaces the earlier consent)' })
  facts!: FinancingFact[];
}
