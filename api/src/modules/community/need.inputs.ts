import { Field, InputType, Int } from 'type-graphql';
import { NeedCategory, ResourceKind } from './community.enums.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@InputType({ description: '需求所需的一项资源 / One resource a need asks for' })
export class NeedResourceInput {
  @Field(() => ResourceKind, { description: '资源类型 / Kind' })
  kind!: ResourceKind;

  @Field(() => Int, { description: '数量（资金为元，志愿者为人，专业支持和场地为场次，物资为件）/ How much (yuan, people, sessions, sessions, items)' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: '说明，最多 200 字 / Details, at most 200 characters' })
  description?: string | null;
}

@InputType({ description: '社区工作者登记一项需求 / A community worker posting a need' })
export class PostCommunityNeedInput {
  @Field({ description: '标题，最多 100 字 / Title, at most 100 characters' })
  title!: string;

  @Field({ description: '需求说明，最多 2000 字；请勿写入居民姓名、电话、住址 / What is needed, at most 2,000 characters; no resident\'s name, phone or address here' })
  description!: string;

  @Field(() => NeedCategory, { description: '类别 / Category' })
  category!: NeedCategory;

  @Field(() => Int, { description: '受益人数（1–100000）/ People served (1–100,000)' })
  peopleServed!: number;

  @Field(() => String, { nullable: true, description: '受益群体，最多 200 字 / Who it serves, at most 200 characters' })
  beneficiaries?: string | null;

  @Field({ description: '希望完成日期（YYYY-MM-DD，今天起两年内）/ Wanted by (YYYY-MM-DD, within two years)' })
  dueOn!: string;

  @Field({ description: '是否公开（公开需求无需登录即可查看）/ Public: shown without signing in' })
  isPublic!: boolean;

  @Field(() => [NeedResourceInput], { description: '所需资源，1 到 10 项 / Resources wanted, 1 to 10' })
  resources!: NeedResourceInput[];

  @Field(() => [UUIDScalar], { nullable: true, description: '照片（先通过 POST /files 以 kind=PHOTO 上传），最多 9 张 / Photos (uploaded first through POST /files with kind=PHOTO), at most 9' })
  photoIds?: string[] | null;

  @Field(() => String, { nullable: true, description: '提出需求的居民姓名（不公开）/ The resident\'s name (never public)' })
  residentName?: string | null;

  @Field(() => String, { nullable: true, description: '居民手机号码（不公开）/ The resident\'s mobile number (never public)' })
  residentPhone?: string | null;

  @Field(() => String, { nullable: true, description: '居民地址（不公开）/ The resident\'s address (never public)' })
  residentAddress?: string | null;
}

@InputType({ description: '认领的一项资源 / One resource taken on' })
export class ClaimLineInput {
  @Field(() => UUIDScalar, { description: '资源编号 / Resource id' })
  resourceId!: string;

  @Field(() => Int, { description: '认领数量（不超过剩余数量）/ How much (no more than is left)' })
  quantity!: number;
}

@InputType({ description: '成员单位认领需求（部分或全部）/ A member organisation claiming part or all of a need' })
export class ClaimCommunityNeedInput {
  @Field(() => UUIDScalar, { description: '需求编号 / Need id' })
  needId!: string;

  @Field(() => [ClaimLineInput], { description: '认领的资源和数量 / The resources and amounts taken on' })
  lines!: ClaimLineInput[];

  @Field(() => String, { nullable: true, description: '说明，最多 500 字 / Note, at most 500 characters' })
  note?: string | null;
}

@InputType({ description: '本单位可提供的资源 / What our organisation offers' })
export class CommunityOfferInput {
  @Field(() => [ResourceKind], { description: '可提供的资源类型 / Kinds of resource offered' })
  resourceKinds!: ResourceKind[];

  @Field(() => [NeedCategory], { description: '关注的需求类别；空为全部 / Categories of interest; empty for all' })
  categories!: NeedCategory[];

  @Field(() => String, { nullable: true, description: '说明，最多 500 字 / Note, at most 500 characters' })
  note?: string | null;
}

@InputType({ description: '新增项目里程碑 / Adding a project milestone' })
export class AddMilestoneInput {
  @Field(() => UUIDScalar, { description: '项目编号 / Project id' })
  projectId!: string;

  @Field({ description: '内容，最多 200 字 / What is to be done, at most 200 characters' })
  title!: string;

  @Field({ description: '计划完成日期（YYYY-MM-DD）/ Due (YYYY-MM-DD)' })
  dueOn!: string;

  @Field(() => UUIDScalar, { description: '负责人（项目负责人或本村居社区工作者）/ Owner (a project owner or the place\'s community worker)' })
  ownerId!: string;
}

@InputType({ description: '添加完成照片 / Adding a photo of the work done' })
export class AddEvidenceInput {
  @Field(() => UUIDScalar, { description: '项目编号 / Project id' })
  projectId!: string;

  @Field(() => UUIDScalar, { description: '照片（先通过 POST /files 以 kind=PHOTO 上传）/ The photo (uploaded first through POST /files with kind=PHOTO)' })
  documentId!: string;

  @Field(() => String, { nullable: true, description: '说明，最多 200 字 / Caption, at most 200 characters' })
  caption?: string | null;
}

@InputType({ description: '申报项目完成 / Reporting a project complete' })
export class SubmitCompletionInput {
  @Field(() => UUIDScalar, { description: '项目编号 / Project id' })
  projectId!: string;

  @Field({ description: '完成情况简报，最多 2000 字 / Short report, at most 2,000 characters' })
  summary!: string;

  @Field(() => Int, { description: '页面上看到的版本号 / The version the page showed' })
  version!: number;
}

@InputType({ description: '社区确认项目完成并记录居民反馈 / The community confirming completion with the resident\'s feedback' })
export class ConfirmCompletionInput {
  @Field(() => UUIDScalar, { description: '项目编号 / Project id' })
  projectId!: string;

  @Field(() => Int, { description: '居民评价（1–5）/ The resident\'s rating (1–5)' })
  rating!: number;

  @Field(() => String, { nullable: true, description: '居民反馈（请勿写入姓名），最多 1000 字 / The resident\'s feedback (no name), at most 1,000 characters' })
  comment?: string | null;

  @Field(() => Int, { description: '页面上看到的版本号 / The version the page showed' })
  version!: number;
}

@InputType({ description: '社区退回完成申报 / The community sending a completion report back' })
export class ReturnCompletionInput {
  @Field(() => UUIDScalar, { description: '项目编号 / Project id' })
  projectId!: string;

  @Field({ description: '退回原因，最多 500 字 / Why, at most 500 characters' })
  reason!: string;

  @Field(() => Int, { description: '页面上看到的版本号 / The version the page showed' })
  version!: number;
}
