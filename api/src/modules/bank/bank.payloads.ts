import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';
import { Organisation } from '../organisation/index.js';
import { EducationLevel } from '../talent/index.js';
import { BankContact } from './bank-contact.entity.js';
import { BankProduct } from './bank-product.entity.js';
import type { FactValues } from './facts.js';
import { FinancingRequest } from './financing-request.entity.js';
import { FinancingRoute } from './financing-route.entity.js';

/** A partner branch: the organisation, seen through the partnership (contacts, products). */
@ObjectType({ description: '合作银行支行 / A partner bank branch' })
export class BankBranch {
  @Field(() => ID, { description: '支行（机构）编号 / Branch (organisation) id' })
  id!: string;

  @Field({ description: '中文名称 / Name in Chinese' })
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  nameEn!: string;

  @Field({ description: '是否为示例数据 / Sample data' })
  sampleData!: boolean;

  static of(org: Organisation): BankBranch {
    return Object.assign(new BankBranch(), { id: org.id, nameZh: org.nameZh, nameEn: org.nameEn, sampleData: org.sampleData });
  }
}

/**
 * Facts of a request, already cut to what the viewer may see: all of them for the applicant,
 * the consented ones for a bank (null for the rest). Built only by the service.
 */
@ObjectType({ description: '申请人信息；银行只能看到获授权的项，其余为空 / The applicant\'s facts; a bank sees only those it was given consent for, the rest are null' })
export class FinancingFacts implements FactValues {
  @Field(() => String, { nullable: true, description: '申请人名称 / Applicant\'s name' })
  applicantName!: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 / Contact phone' })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: '结算账户；银行在报价被接受前只看到后四位 / Settlement account; a bank sees only the last four digits until its offer is accepted' })
  settlementAccount!: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 / Unified social credit code' })
  creditCode!: string | null;

  @Field(() => Int, { nullable: true, description: '上年营业收入（万元）/ Last year\'s revenue in 10,000 yuan' })
  annualRevenueWan!: number | null;

  @Field(() => Int, { nullable: true, description: '员工人数 / Employees' })
  employeeCount!: number | null;

  @Field(() => Int, { nullable: true, description: '成立年份 / Year founded' })
  foundedYear!: number | null;

  @Field(() => Int, { nullable: true, description: '有效发明专利数 / Invention patents in force' })
  patentCount!: number | null;

  @Field(() => Int, { nullable: true, description: '月收入（元）/ Monthly income in yuan' })
  monthlyIncome!: number | null;

  @Field(() => String, { nullable: true, description: '工作单位 / Employer' })
  employerName!: string | null;

  @Field(() => EducationLevel, { nullable: true, description: '最高学历 / Highest education' })
  education!: EducationLevel | null;
}

/**
 * A request as one bank sees it in its inbox. Deliberately not the request itself: it has no
 * way back to the request, to the applicant or to other banks' answers.
 */
@ObjectType({ description: '支行收件箱中的一笔融资需求（银行视角）/ A financing request in a branch\'s inbox (the bank\'s view)' })
export class FinancingInboxItem {
  route!: FinancingRoute;
  request!: FinancingRequest;

  static of(route: FinancingRoute, request: FinancingRequest): FinancingInboxItem {
    return Object.assign(new FinancingInboxItem(), { route, request });
  }
}

@ObjectType({ description: '某支行（或全部支行）某月的服务水平 / Service levels of one branch (or all branches) in one month' })
export class BankScorecardRow {
  @Field({ description: '月份（上海时间），如 2026-09 / Month (Shanghai time), e.g. 2026-09' })
  month!: string;

  @Field(() => ID, { nullable: true, description: '支行编号；合计行为空 / Branch id; null on the totals' })
  branchId!: string | null;

  @Field(() => Int, { description: '当月送达该支行的需求数（一笔需求发给几家支行就算几笔；合计行为各支行之和）/ Requests that reached the branch in the month (a request sent to three branches is three; totals: the branches\' sum)' })
  requestsReceived!: number;

  @Field(() => Int, { description: '其中已答复（至少一次）的 / Of those, answered at least once so far' })
  requestsAnswered!: number;

  @Field(() => Int, { description: '对这些需求的答复条数（含追问），不论答复在哪个月 / Answers on those requests, follow-up questions included, whatever month they came in' })
  answersGiven!: number;

  @Field(() => Float, { nullable: true, description: '平均首次答复用时（小时，一位小数，已答复的需求）；无答复为空 / Mean hours from sending to the first answer (one decimal, answered requests); null with none answered' })
  averageHoursToFirstAnswer!: number | null;

  @Field(() => Float, { nullable: true, description: '每笔需求的答复数（答复条数 ÷ 送达的需求数）/ Answers per request (answers ÷ requests received)' })
  answersPerRequest!: number | null;

  @Field(() => Int, { description: '其中给出报价的 / Of those requests, how many the branch made an offer on' })
  offersMade!: number;

  @Field(() => Int, { description: '报价中需求仍在进行（申请人尚未选择）的，不计入接受率 / Offers on requests still open (the applicant has not chosen yet); left out of the acceptance rate' })
  offersOpen!: number;

  @Field(() => Int, { description: '报价被接受的 / Offers accepted' })
  offersAccepted!: number;

  @Field(() => Float, { nullable: true, description: '接受率：被接受 ÷ 已有结果的报价（不含仍在进行的），0–1；无此类报价为空 / Acceptance rate: accepted ÷ offers on decided requests (open ones left out), 0–1; null with none' })
  acceptanceRate!: number | null;

  @Field(() => Int, { description: '不重复的需求数：发给几家支行都只算一笔 / The requests received, each counted once however many branches it went to' })
  distinctRequests!: number;
}

@ObjectType({ description: '银企合作服务水平记分卡 / The partnership\'s service-level scorecard' })
export class BankScorecard {
  @Field(() => [String], { description: '涵盖的月份 / Months covered' })
  months!: string[];

  @Field(() => [BankBranch], { description: '各支行，按行顺序 / The branches, in row order' })
  branches!: BankBranch[];

  @Field(() => [BankScorecardRow], { description: '每个支行每月一行（无需求的月份也有）/ One row per branch and month (months without requests included)' })
  rows!: BankScorecardRow[];

  @Field(() => [BankScorecardRow], { description: '全部支行每月合计 / All branches together, per month' })
  totals!: BankScorecardRow[];
}

@ObjectType({ description: '保存金融产品的结果 / Result of saving a bank product' })
export class BankProductPayload {
  @Field(() => BankProduct, { nullable: true, description: '保存后的产品 / The product' })
  product!: BankProduct | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '保存联系人的结果 / Result of saving a branch contact' })
export class BankContactPayload {
  @Field(() => BankContact, { nullable: true, description: '保存后的联系人 / The contact' })
  contact!: BankContact | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '删除联系人的结果 / Result of removing a branch contact' })
export class RemoveBankContactPayload {
  @Field({ description: '是否已删除 / Whether it was removed' })
  ok!: boolean;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '融资需求操作的结果 / Result of an action on a financing request' })
export class FinancingRequestPayload {
  @Field(() => FinancingRequest, { nullable: true, description: '操作后的需求 / The request afterwards' })
  request!: FinancingRequest | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '更改授权的结果 / Result of changing a consent' })
export class FinancingConsentPayload {
  @Field(() => FinancingRoute, { nullable: true, description: '更改后的发送记录 / The route afterwards' })
  route!: FinancingRoute | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '支行答复的结果 / Result of a branch answering' })
export class FinancingAnswerPayload {
  @Field(() => FinancingInboxItem, { nullable: true, description: '答复后的收件箱条目 / The inbox item afterwards' })
  item!: FinancingInboxItem | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}
