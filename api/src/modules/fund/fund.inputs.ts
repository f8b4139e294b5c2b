import { ArgsType, Extensions, Field, InputType } from 'type-graphql';
import { TextKind } from '../../core/text-limits.js';
import { FenScalar, UUIDScalar } from '../../core/graphql/scalars.js';
import { DonorKind, FundArea, GrantStatus } from './fund.enums.js';

@InputType({ description: '登记一笔捐赠（基金会工作人员）/ Record a donation (fund staff)' })
export class RecordDonationInput {
  @Field(() => DonorKind, { description: '捐赠人类别 / Who gave' })
  donorKind!: DonorKind;

  @Field(() => UUIDScalar, { nullable: true, description: '平台上的成员单位（单位捐赠时可选）/ A member organisation on the platform (for an organisation, optional)' })
  organisationId?: string | null;

  @Extensions({ textKind: TextKind.NAME })
  @Field(() => String, { nullable: true, description: '捐赠人姓名或单位名称，最多 100 字（个人必填；未选成员单位的单位必填）/ The donor\'s name, at most 100 characters (required for a person, and for an organisation not chosen from the members)' })
  donorName?: string | null;

  @Field({ description: '捐赠人同意在公示页公开姓名或名称；否则显示为“匿名” / The donor agreed to be named on the public page; otherwise shown as anonymous' })
  namedPublicly!: boolean;

  @Field(() => FenScalar, { description: '金额（分），1 分到 1 亿元 / Amount in fen, from 1 fen to 100 million yuan' })
  amountFen!: number;

  @Field(() => String, { description: '到账日期（YYYY-MM-DD，不晚于今天）/ The day the money arrived (YYYY-MM-DD, not in the future)' })
  receivedOn!: string;

  @Field(() => FundArea, { nullable: true, description: '限定用于某一板块；为空表示不限定 / Restrict the gift to one area; empty for unrestricted' })
  restrictedTo?: FundArea | null;

  @Field(() => String, { nullable: true, description: '内部备注，如转账流水号，最多 300 字（不公开）/ Internal note, e.g. the transfer reference, at most 300 characters (never public)' })
  note?: string | null;
}

@InputType({ description: '为社区项目申请资助 / Apply for a grant for a community project' })
export class ApplyForGrantInput {
  @Field(() => UUIDScalar, { description: '社区项目编号 / Community project id' })
  projectId!: string;

  @Field(() => FundArea, { nullable: true, description: '资助板块；为空时取项目需求的类别 / The area; empty to take the project\'s need category' })
  area?: FundArea | null;

  @Field(() => FenScalar, { description: '申请金额（分），1 分到 1 亿元 / Amount applied for, in fen, from 1 fen to 100 million yuan' })
  amountFen!: number;

  @Field({ description: '用途说明，最多 2000 字（公开）/ What the money is for, at most 2,000 characters (public)' })
  description!: string;
}

@InputType({ description: '审批一项资助申请 / Decide on a grant application' })
export class GrantDecisionInput {
  @Field(() => UUIDScalar, { description: '资助编号 / Grant id' })
  grantId!: string;

  @Field(() => String, { nullable: true, description: '意见或原因，最多 300 字（不批准时必填）/ Note or reason, at most 300 characters (required to reject)' })
  reason?: string | null;
}

@InputType({ description: '拨付资助的一期款项 / Pay one tranche of a grant' })
export class PayGrantTrancheInput {
  @Field(() => UUIDScalar, { description: '资助编号 / Grant id' })
  grantId!: string;

  @Field(() => FenScalar, { description: '本期金额（分），不超过未拨付余额 / This tranche in fen, no more than is left to pay' })
  amountFen!: number;

  @Field(() => String, { description: '拨付日期（YYYY-MM-DD）/ Day paid (YYYY-MM-DD)' })
  paidOn!: string;

  @Field(() => String, { nullable: true, description: '银行流水号，最多 100 字 / Bank transfer reference, at most 100 characters' })
  reference?: string | null;
}

@InputType({ description: '上传资助款使用票据 / File a receipt for grant money spent' })
export class AddGrantReceiptInput {
  @Field(() => UUIDScalar, { description: '资助编号 / Grant id' })
  grantId!: string;

  @Field(() => UUIDScalar, { description: '票据文件：先用 POST /files 上传（kind=RECEIPT）得到的编号 / The receipt: the id POST /files gave (kind=RECEIPT)' })
  documentId!: string;

  @Field(() => FenScalar, { description: '票据金额（分）/ The receipt\'s amount in fen' })
  amountFen!: number;

  @Field({ description: '内容，如“购买绿植 20 盆”，最多 300 字（公开）/ What it was for, e.g. 20 potted plants, at most 300 characters (public)' })
  description!: string;
}

@InputType({ description: '冲正一笔账目：记一笔金额相反的账，原账不改 / Correct a ledger entry: a reversing entry; the original stays' })
export class ReverseLedgerEntryInput {
  @Field(() => UUIDScalar, { description: '要冲正的账目编号 / The entry to reverse' })
  entryId!: string;

  @Field({ description: '冲正原因，最多 300 字（公开）/ Why, at most 300 characters (public)' })
  reason!: string;
}

@ArgsType()
export class FundGrantFilterArgs {
  @Field(() => GrantStatus, { nullable: true, description: '只看此状态 / Only this status' })
  status?: GrantStatus | null;

  @Field(() => UUIDScalar, { nullable: true, description: '只看此项目的 / Only this project\'s' })
  projectId?: string | null;
}
