import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FenScalar, LocalDateScalar } from '../../core/graphql/scalars.js';
import { UserError } from '../../core/graphql/user-error.js';
import { Organisation } from '../organisation/index.js';
import { FundDonation, FundGrant, FundLedgerEntry } from './fund.entity.js';
import { DonorKind, FundArea } from './fund.enums.js';

@ObjectType({ description: '捐赠登记结果 / Result of recording a donation' })
export class FundDonationPayload {
  @Field(() => FundDonation, { nullable: true, description: '捐赠；有错误时为空 / The donation; null when there are errors' }) donation!: FundDonation | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}

@ObjectType({ description: '资助操作结果 / Result of a grant step' })
export class FundGrantPayload {
  @Field(() => FundGrant, { nullable: true, description: '资助；有错误时为空 / The grant; null when there are errors' }) grant!: FundGrant | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}

@ObjectType({ description: '冲正结果 / Result of a correction' })
export class FundLedgerEntryPayload {
  @Field(() => FundLedgerEntry, { nullable: true, description: '新记的冲正账；有错误时为空 / The reversing entry; null when there are errors' }) entry!: FundLedgerEntry | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}

@ObjectType({ description: '资助的社区项目（公开）/ The community project a grant is for (public)' })
export class FundGrantProjectView {
  @Field(() => ID, { description: '项目编号 / Project id' }) id!: string;
  @Field({ description: '项目名称（需求标题；需求未公开时只写“社区项目”）/ The project (its need\'s title; just "community project" when the need is not public)' }) title!: string;
  @Field(() => Organisation, { description: '所在村或居民区 / The village or residential area' }) place!: Organisation;
}

@ObjectType({ description: '一次批准 / One approval' })
export class FundApprovalView {
  @Field({ description: '批准人 / Who approved' }) approverName!: string;
  @Field({ description: '批准时间 / When' }) approvedAt!: Date;
  @Field(() => String, { nullable: true, description: '意见 / Note' }) note!: string | null;
}

@ObjectType({ description: '一期拨付（金额取自账目）/ One tranche paid (its amount from the ledger)' })
export class FundTrancheView {
  @Field(() => ID, { description: '编号 / Id' }) id!: string;
  @Field(() => Int, { description: '第几期 / Tranche number' }) number!: number;
  @Field(() => LocalDateScalar, { description: '拨付日期 / Day paid' }) paidOn!: string;
  @Field(() => FenScalar, { description: '金额（分），已扣除冲正 / Amount in fen, net of any reversal' }) amountFen!: number;
  @Field({ description: '已冲正（款项退回或登记有误）/ Reversed (money returned or recorded in error)' }) reversed!: boolean;
  @Field(() => ID, { description: '这期拨付的账目编号（冲正时用）/ The ledger entry that paid it (to reverse it)' }) entryId!: string;
  @Field(() => String, { nullable: true, description: '银行流水号（基金会工作人员）/ Bank reference (fund staff)' }) reference!: string | null;
}

@ObjectType({ description: '一张使用票据 / One receipt for money spent' })
export class FundReceiptView {
  @Field(() => ID, { description: '编号 / Id' }) id!: string;
  @Field({ description: '内容 / What it was for' }) description!: string;
  @Field(() => FenScalar, { description: '票据金额（分）/ Amount in fen' }) amountFen!: number;
  @Field({ description: '上传时间 / When it was filed' }) addedAt!: Date;
  @Field(() => String, { nullable: true, description: '票据下载地址（基金会工作人员和项目方）/ Where to download it (fund staff and the project\'s side)' }) documentUrl!: string | null;
}

@ObjectType({ description: '当前用户能对此资助做什么 / What the viewer can do with this grant' })
export class FundGrantActions {
  @Field({ description: '可以批准 / Can approve' }) approve!: boolean;
  @Field({ description: '可以不批准 / Can reject' }) reject!: boolean;
  @Field({ description: '可以拨付 / Can pay a tranche' }) pay!: boolean;
  @Field({ description: '可以上传票据 / Can file a receipt' }) addReceipt!: boolean;
  @Field({ description: '可以撤销（尚未拨付）/ Can cancel (nothing paid yet)' }) cancel!: boolean;
}

@ObjectType({ description: '一个资金池：某板块的定向资金，或非定向资金（均由账目求和）/ One pool: an area\'s restricted money, or the unrestricted money (all summed from the ledger)' })
export class FundPoolView {
  @Field(() => FundArea, { nullable: true, description: '板块；为空表示非定向资金 / The area; null for unrestricted money' }) area!: FundArea | null;
  @Field(() => FenScalar, { description: '募集（分）/ Raised, in fen' }) raisedFen!: number;
  @Field(() => FenScalar, { description: '已承诺资助（分）/ Committed to grants, in fen' }) committedFen!: number;
  @Field(() => FenScalar, { description: '已拨付（分）/ Paid out, in fen' }) paidFen!: number;
  @Field(() => FenScalar, { description: '可用于新资助的余额 = 募集 − 已承诺（分）/ Balance still to grant = raised − committed, in fen' }) availableFen!: number;
}

@ObjectType({ description: '同意公开的捐赠人 / A donor who agreed to be named' })
export class FundNamedDonorView {
  @Field({ description: '姓名或单位名称 / Name' }) name!: string;
  @Field(() => DonorKind, { description: '类别 / Kind' }) kind!: DonorKind;
  @Field(() => Organisation, { nullable: true, description: '平台上的成员单位 / The member organisation, when on the platform' }) organisation!: Organisation | null;
  @Field(() => FenScalar, { description: '累计捐赠（分，已扣除冲正）/ Given in all, in fen, net of reversals' }) totalFen!: number;
  @Field(() => Int, { description: '捐赠笔数 / Donations' }) donationCount!: number;
}

@ObjectType({ description: '社区公益基金会公示：每个数字都由账目即时求和得出 / The community charity fund in public: every figure is summed from the ledger when asked' })
export class CharityFundView {
  @Field(() => FenScalar, { description: '累计募集（分）/ Raised in all, in fen' }) raisedFen!: number;
  @Field(() => FenScalar, { description: '累计承诺资助（分）/ Committed to grants, in fen' }) committedFen!: number;
  @Field(() => FenScalar, { description: '累计拨付（分）/ Paid out, in fen' }) paidFen!: number;
  @Field(() => FenScalar, { description: '可用于新资助 = 募集 − 承诺（分）/ Available to grant = raised − committed, in fen' }) availableFen!: number;
  @Field(() => FenScalar, { description: '已承诺待拨付 = 承诺 − 拨付（分）/ Committed, not yet paid = committed − paid, in fen' }) outstandingFen!: number;
  @Field(() => FenScalar, { description: '账上资金 = 募集 − 拨付（分）/ Money held = raised − paid, in fen' }) heldFen!: number;
  @Field(() => [FundPoolView], { description: '五个板块的定向资金及非定向资金 / The five areas\' restricted money, then the unrestricted money' }) areas!: FundPoolView[];
  @Field(() => [FundGrant], { description: '全部资助（批准过的，含已撤销），新的在前 / Every grant (approved ones, cancelled included), newest first' }) grants!: FundGrant[];
  @Field(() => [FundNamedDonorView], { description: '同意公开的捐赠人，捐得多的在前 / Donors who agreed to be named, largest first' }) namedDonors!: FundNamedDonorView[];
  @Field(() => Int, { description: '匿名捐赠笔数 / Anonymous donations' }) anonymousDonationCount!: number;
  @Field(() => FenScalar, { description: '匿名捐赠合计（分）/ Anonymous donations in all, in fen' }) anonymousTotalFen!: number;
  @Field(() => Int, { description: '捐赠笔数 / Donations recorded' }) donationCount!: number;
  @Field(() => Int, { description: '账目笔数 / Ledger entries' }) ledgerEntryCount!: number;
  @Field({ description: '含示例数据 / Includes sample data' }) hasSampleData!: boolean;
}
