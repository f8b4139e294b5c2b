import { Extensions, Field, InputType, Int } from 'type-graphql';
import { TextKind } from '../../core/text-limits.js';
import { ApplicationStatus } from './application-status.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { DocumentKind } from '../document/index.js';

@InputType({ description: '对政策问题的一项回答 / One answer to a policy\'s question' })
export class AnswerInput {
  @Field({ description: '问题代码 / Question code' })
  key!: string;

  @Field({ description: '回答 / The answer' })
  value!: string;
}

@InputType({ description: '创建申请草稿 / Start an application (a draft)' })
export class CreateApplicationInput {
  @Field(() => UUIDScalar, { description: '申请的政策 / The policy applied for' })
  policyId!: string;

  @Field(() => [AnswerInput], { nullable: true, description: '回答 / Answers' })
  answers?: AnswerInput[] | null;

  @Field(() => Int, { nullable: true, description: '申请金额（元），仅发放资金的政策 / Amount asked for in yuan, for policies that pay money' })
  requestedAmountYuan?: number | null;

  @Field(() => String, { nullable: true, description: '幂等键：重试时传同一个值，不会重复创建 / Idempotency key: a retry with the same key creates nothing new' })
  idempotencyKey?: string | null;
}

@InputType({ description: '修改草稿或退回的申请 / Change a draft or a returned application' })
export class UpdateApplicationInput {
  @Field(() => UUIDScalar, { description: '申请编号 / Application id' })
  id!: string;

  @Field(() => [AnswerInput], { nullable: true, description: '回答（整体替换）/ Answers (replace all)' })
  answers?: AnswerInput[] | null;

  @Field(() => Int, { nullable: true, description: '申请金额（元）/ Amount asked for in yuan' })
  requestedAmountYuan?: number | null;

  @Field(() => Int, { nullable: true, description: '读取时的版本号，用于发现并发修改 / Version read, to detect a concurrent change' })
  expectedVersion?: number | null;
}

@InputType({ description: '为申请添加或移除材料夹中的材料 / Attach a wallet document to an application, or remove it' })
export class ApplicationDocumentInput {
  @Field(() => UUIDScalar, { description: '申请编号 / Application id' })
  applicationId!: string;

  @Field(() => UUIDScalar, { description: '材料编号（先通过 POST /files 上传）/ Document id (upload with POST /files first)' })
  documentId!: string;
}

@InputType({ description: '申请流程中的一步 / A workflow step on an application' })
export class ApplicationStepInput {
  @Field(() => UUIDScalar, { description: '申请编号 / Application id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '读取时的版本号；他人已先行处理时返回 CONFLICT / Version read; CONFLICT when someone acted first' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: '理由或说明（驳回、退回、单位不予确认时必填）/ Reason or note (required to reject, return or decline)' })
  reason?: string | null;
}

@InputType({ description: '批准申请 / Approve an application' })
export class ApproveApplicationInput extends ApplicationStepInput {
  @Field(() => Int, { nullable: true, description: '批准金额（元），发放资金的政策必填，且不超过上限 / Amount approved in yuan; required for money, within the cap' })
  amountYuan?: number | null;
}

@InputType({ description: '记录资金发放 / Record a payment' })
export class RecordDisbursementInput extends ApplicationStepInput {
  @Field({ description: '银行流水号 / The bank\'s transfer number' })
  paymentReference!: string;

  @Field(() => String, { nullable: true, description: '幂等键：重试不会重复记录 / Idempotency key: a retry records nothing twice' })
  idempotencyKey?: string | null;
}

@InputType({ description: '记录人才公寓配房 / Record a flat allocation' })
export class RecordAllocationInput extends ApplicationStepInput {
  @Field({ description: '配房说明（房源、入住日期）/ What was allocated (flat, move-in date)' })
  allocationNote!: string;
}

@InputType({ description: '单位确认在职信息 / The employer confirms employment facts' })
export class ConfirmEmploymentInput extends ApplicationStepInput {
  @Field({ description: '劳动合同起始日 YYYY-MM-DD / Contract start date' })
  contractStart!: string;

  @Field(() => String, { nullable: true, description: '劳动合同终止日（无固定期限不填）/ Contract end date (empty when open-ended)' })
  contractEnd?: string | null;

  @Field({ description: '岗位 / Position' })
  position!: string;

  @Field(() => Int, { description: '在本单位缴纳社保的月数 / Months of social insurance paid by this employer' })
  socialInsuranceMonths!: number;

  @Field(() => Int, { nullable: true, description: '上一年度在本单位取得的税前收入（元）；单位申报的政策（如骨干人才激励）必填，用于核对收入倍数 / Previous year\'s pre-tax income from this employer, in yuan; required for policies the employer files (e.g. the key-talent incentive), checked against the income multiple' })
  previousYearIncomeYuan?: number | null;
}

@InputType({ description: '镇审核人员为没有人事账号的单位代为确认在职 / A town reviewer confirms employment for an enterprise with no HR account' })
export class ConfirmEmploymentForEmployerInput extends ConfirmEmploymentInput {
  @Extensions({ textKind: TextKind.TEXT })
  @Field({ description: '核实依据（必填，如查看的劳动合同原件、与单位的通话），记入办理记录 / What the confirmation rests on (required, e.g. the original labour contract seen, a call with the enterprise); kept in the history' })
  evidence!: string;
}

@InputType({ description: '审核队列筛选 / Filters for the review queue' })
export class ReviewQueueFilter {
  @Field(() => UUIDScalar, { nullable: true, description: '政策 / Policy' })
  policyId?: string | null;

  @Field(() => ApplicationStatus, { nullable: true, description: '状态（默认：待审核、审核中、已批准待发放）/ Status (default: awaiting review, under review, approved awaiting payment)' })
  status?: ApplicationStatus | null;

  @Field(() => UUIDScalar, { nullable: true, description: '企业 / Enterprise' })
  enterpriseId?: string | null;

  @Field(() => Int, { nullable: true, description: '在当前状态至少等待的天数 / At least this many days in the current status' })
  minDaysWaiting?: number | null;
}

@InputType({ description: '管理员配置办理时限；金额上限是规则数据，用 createRuleVersion 设置 / An administrator sets the processing time; the amount cap is rule data, set with createRuleVersion' })
export class ConfigureApplicationFormInput {
  @Field(() => UUIDScalar, { description: '政策编号 / Policy id' })
  policyId!: string;

  @Field(() => Int, { nullable: true, description: '办理时限（天）/ Processing time in days' })
  processingDays?: number | null;
}

@InputType({ description: '单位推荐员工申请 / The employer nominates a member of staff' })
export class NominateForApplicationInput {
  @Field(() => UUIDScalar, { description: '政策（须为单位推荐的政策）/ The policy (one employers nominate for)' })
  policyId!: string;

  @Field(() => UUIDScalar, { description: '本单位员工的用户编号 / The staff member\'s user id' })
  talentUserId!: string;

  @Field(() => String, { nullable: true, description: '推荐说明，员工会看到 / A note the nominee will see' })
  note?: string | null;
}

@InputType({ description: '窗口为来访人才代为申请 / Filing at the counter for a walk-in talent' })
export class FileWalkInApplicationInput extends CreateApplicationInput {
  @Field(() => UUIDScalar, { description: '人才的用户编号（用 walkInTalents 查找）/ The talent\'s user id (find it with walkInTalents)' })
  talentUserId!: string;

  @Field(() => UUIDScalar, { nullable: true, description: '劳动合同上的工作单位；不填则用人才档案中的单位 / The employer on the labour contract; omitted: the one in the talent\'s profile' })
  enterpriseId?: string | null;

  @Field(() => [DocumentKind], { description: '已核对纸质原件的清单材料 / Checklist documents seen on paper' })
  documentsSeen!: DocumentKind[];
}
