import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';
import { RuleVersion } from '../policy/index.js';
import { SettlementStatus, SubsidyCategory, UnitLayout } from './apartment.enums.js';
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { ApartmentOperator, ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';
import { SettlementBatch } from './settlement.entity.js';
import type { MonthOutcome } from './subsidy.js';

export enum SubsidyOutcome {
  SUBSIDISED = 'SUBSIDISED',
  LIMIT_REACHED = 'LIMIT_REACHED',
  NOT_CONFIGURED = 'NOT_CONFIGURED',
  OVERLAP = 'OVERLAP',
}
registerEnumType(SubsidyOutcome, {
  name: 'SubsidyOutcome',
  description: '某个租住月份的补贴结果 / What a lease month gets',
  valuesConfig: {
    SUBSIDISED: { description: '补贴：比例 × 租金，不超过月上限 / Subsidised: rate × rent, at most the monthly cap' },
    LIMIT_REACHED: { description: '已达每人补贴月数上限 / The person has had the most months the rules allow' },
    NOT_CONFIGURED: { description: '该月没有施行中的规则 / No rules were in force that month' },
    OVERLAP: { description: '同一月份已在本人另一份租约中计算 / Already counted under another of the person\'s leases' },
  },
});
const OUTCOMES: Readonly<Record<MonthOutcome, SubsidyOutcome>> = {
  SUBSIDISED: SubsidyOutcome.SUBSIDISED,
  LIMIT_REACHED: SubsidyOutcome.LIMIT_REACHED,
  NOT_CONFIGURED: SubsidyOutcome.NOT_CONFIGURED,
  OVERLAP: SubsidyOutcome.OVERLAP,
};
export const outcomeOf = (o: MonthOutcome): SubsidyOutcome => OUTCOMES[o];

@ObjectType({ description: '各状态的房源套数 / Units by status' })
export class UnitCountsView {
  @Field(() => Int, { description: '空置可配 / Available' }) available!: number;
  @Field(() => Int, { description: '已发配租通知 / Reserved for an offer' }) reserved!: number;
  @Field(() => Int, { description: '已出租 / Let' }) occupied!: number;
  @Field(() => Int, { description: '维修中 / Under maintenance' }) maintenance!: number;
  @Field(() => Int, { description: '合计 / Total' }) total!: number;
}

@ObjectType({ description: '一个户型轮候中的人数 / How many are queued for one layout' })
export class WaitlistLayoutCount {
  @Field(() => UnitLayout, { description: '户型 / Layout' }) layout!: UnitLayout;
  @Field(() => Int, { description: '轮候中的人数（含待答复配租通知的）/ People queued, those holding an offer included' }) count!: number;
}

@ObjectType({ description: '一类人才的补贴标准 / The subsidy for one kind of talent' })
export class SubsidyTierView {
  @Field(() => SubsidyCategory, { description: '类别 / Category' }) category!: SubsidyCategory;
  @Field({ description: '名称（中文）/ Name in Chinese' }) labelZh!: string;
  @Field({ description: '名称（英文）/ Name in English' }) labelEn!: string;
  @Field(() => Float, { description: '补贴比例（%）/ Share of rent, percent' }) ratePercent!: number;
  @Field(() => Int, { description: '每人每月上限（元）/ Most per person a month, yuan' }) monthlyCapYuan!: number;
}

@ObjectType({ description: '人才公寓的公开规则：补贴标准、期限、轮候排序 / The published talent-apartment rules: subsidy, limits, waitlist order' })
export class ApartmentTermsView {
  @Field(() => [SubsidyTierView], { description: '补贴标准 / Subsidy rates and caps' }) tiers!: SubsidyTierView[];
  @Field(() => Int, { description: '每人补贴月数上限（所有租约合计）/ Subsidised months per person, over all leases' }) maxSubsidyMonths!: number;
  @Field(() => Int, { description: '配租通知答复期限（天）/ Days to answer an offer' }) offerResponseDays!: number;
  @Field(() => Int, { description: '租期（月）/ Lease term in months' }) leaseTermMonths!: number;
  @Field({ description: '法律依据 / Legal basis' }) legalBasis!: string;
  @Field({ description: '轮候排序规则（按请求语言）/ How the waitlist is ordered, in the request\'s language' }) waitlistOrder!: string;
  @Field({ description: '轮候排序规则（中文）/ How the waitlist is ordered, in Chinese' }) waitlistOrderZh!: string;
  @Field({ description: '轮候排序规则（英文）/ How the waitlist is ordered, in English' }) waitlistOrderEn!: string;
  @Field(() => RuleVersion, { description: '施行中的规则版本 / Rule version in force' }) ruleVersion!: RuleVersion;
}

@ObjectType({ description: '某个租住月份的补贴 / The subsidy for one lease month' })
export class SubsidyMonthView {
  @Field({ description: '月份 YYYY-MM / Month' }) month!: string;
  @Field(() => ID, { description: '租约编号 / Lease id' }) leaseId!: string;
  @Field(() => Int, { description: '月租金（元）/ Rent, yuan' }) rentYuan!: number;
  @Field(() => SubsidyOutcome, { description: '结果 / Outcome' }) outcome!: SubsidyOutcome;
  @Field(() => Float, { nullable: true, description: '比例（%）/ Rate, percent' }) ratePercent!: number | null;
  @Field(() => Int, { nullable: true, description: '月上限（元）/ Monthly cap, yuan' }) capYuan!: number | null;
  @Field(() => Float, { description: '补贴（元）/ Subsidy, yuan' }) subsidyYuan!: number;
  @Field({ description: '是否按上限封顶 / Whether the cap applied' }) capped!: boolean;
  @Field(() => Int, { nullable: true, description: '本人累计第几个补贴月 / Which of the person\'s subsidised months' }) subsidyMonthNumber!: number | null;
  @Field(() => Int, { nullable: true, description: '所用规则版本号 / Rule version used' }) ruleVersion!: number | null;
  @Field(() => SettlementStatus, { nullable: true, description: '已进入的结算批次状态；为空表示尚未结算 / Status of the batch it is in; null if not settled yet' }) settlement!: SettlementStatus | null;
}

@ObjectType({ description: '本人的租金补贴概况 / A person\'s rent subsidy at a glance' })
export class SubsidySummaryView {
  @Field(() => Int, { description: '每人补贴月数上限（施行中的规则）/ Most subsidised months per person (rules in force)' }) maxMonths!: number;
  @Field(() => Int, { description: '已享受的补贴月数（至本月）/ Subsidised months so far (up to this month)' }) monthsUsed!: number;
  @Field(() => Int, { description: '现有租约中以后还将补贴的月数 / Months still to be subsidised under current leases' }) monthsPlanned!: number;
  @Field(() => Int, { description: '剩余可补贴月数 / Subsidised months left' }) monthsLeft!: number;
  @Field(() => Float, { description: '已支付给运营方的补贴（元）/ Subsidy paid to operators so far, yuan' }) paidYuan!: number;
  @Field(() => Int, { description: '已支付的月数 / Months paid' }) paidMonths!: number;
  @Field(() => [SubsidyMonthView], { description: '逐月明细 / Month by month' }) months!: SubsidyMonthView[];
}

@ObjectType({ description: '我的人才公寓：轮候、配租通知、租约和补贴 / My talent apartment: waitlist, offers, lease and subsidy' })
export class MyApartmentView {
  @Field(() => [WaitlistEntry], { description: '我的轮候登记 / My waitlist places' }) waitlist!: WaitlistEntry[];
  @Field(() => [ApartmentOffer], { description: '待答复的配租通知 / Offers awaiting my answer' }) offers!: ApartmentOffer[];
  @Field(() => ApartmentLease, { nullable: true, description: '在租的租约 / My current lease' }) lease!: ApartmentLease | null;
  @Field(() => [ApartmentLease], { description: '全部租约，最新的在前 / All my leases, newest first' }) leases!: ApartmentLease[];
  @Field(() => SubsidySummaryView, { description: '租金补贴 / Rent subsidy' }) subsidy!: SubsidySummaryView;
}

@ObjectType({ description: 'CSV 中有问题的一行 / A bad row of the CSV' })
export class UnitImportProblem {
  @Field(() => Int, { description: '行号（表头为第 1 行）/ Line (the header is line 1)' }) line!: number;
  @Field(() => String, { nullable: true, description: '列 / Column' }) column!: string | null;
  @Field({ description: '问题（按请求语言）/ The problem, in the request\'s language' }) message!: string;
  @Field({ description: '原始行 / The row as written' }) raw!: string;
}

@ObjectType({ description: 'CSV 导入结果：任何一行有问题则全部不导入 / CSV import: if any row is bad, nothing is imported' })
export class UnitImportPayload {
  @Field(() => Int, { description: '无问题的行数 / Rows without problems' }) validRows!: number;
  @Field(() => Int, { description: '已导入的套数 / Units imported' }) imported!: number;
  @Field(() => [UnitImportProblem], { description: '有问题的行 / Bad rows' }) problems!: UnitImportProblem[];
  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' }) errors!: UserError[];
}

@ObjectType({ description: '运营方操作结果 / Result of an operator change' })
export class ApartmentOperatorPayload {
  @Field(() => ApartmentOperator, { nullable: true, description: '运营方 / The operator' }) operator!: ApartmentOperator | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' }) errors!: UserError[];
}

@ObjectType({ description: '项目操作结果 / Result of a project change' })
export class ApartmentProjectPayload {
  @Field(() => ApartmentProject, { nullable: true, description: '项目 / The project' }) project!: ApartmentProject | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' }) errors!: UserError[];
}

@ObjectType({ description: '房源操作结果 / Result of a unit change' })
export class ApartmentUnitPayload {
  @Field(() => ApartmentUnit, { nullable: true, description: '房源 / The unit' }) unit!: ApartmentUnit | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' }) errors!: UserError[];
}

@ObjectType({ description: '配租通知答复结果 / Result of answering an offer' })
export class ApartmentOfferPayload {
  @Field(() => ApartmentOffer, { nullable: true, description: '配租通知 / The offer' }) offer!: ApartmentOffer | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' }) errors!: UserError[];
}

@ObjectType({ description: '租约操作结果 / Result of a lease action' })
export class ApartmentLeasePayload {
  @Field(() => ApartmentLease, { nullable: true, description: '租约 / The lease' }) lease!: ApartmentLease | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' }) errors!: UserError[];
}

@ObjectType({ description: '结算批次操作结果 / Result of a settlement batch action' })
export class SettlementBatchPayload {
  @Field(() => SettlementBatch, { nullable: true, description: '批次 / The batch' }) batch!: SettlementBatch | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' }) errors!: UserError[];
}

@ObjectType({ description: '删除结果 / Result of a deletion' })
export class DeleteSettlementBatchPayload {
  @Field({ description: '是否已删除 / Whether it was deleted' }) deleted!: boolean;
  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' }) errors!: UserError[];
}
