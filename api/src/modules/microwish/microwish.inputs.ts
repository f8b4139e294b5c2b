import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { WishCategory, WishHandover, WishStatus } from './microwish.enums.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@InputType({ description: '心愿居民的联系方式（仅本村居社区工作者可见）/ The resident the wish is for (seen only by the place\'s community workers)' })
export class MicroWishRecipientInput {
  @Field({ description: '居民姓名（不公开）/ The resident\'s name (never public)' })
  name!: string;

  @Field(() => String, { nullable: true, description: '联系电话：手机或固话（不公开）/ Phone, mobile or landline (never public)' })
  phone?: string | null;

  @Field({ description: '住址，如 12 号 301 室（不公开；上门送达时认领人可见）/ Address, e.g. No. 12, room 301 (never public; a claimant delivering at home sees it)' })
  address!: string;

  @Field(() => String, { nullable: true, description: '给社区工作者的备注（不公开）/ A note for the workers (never public)' })
  note?: string | null;
}

@InputType({ description: '发布或修改微心愿 / A micro-wish to post or correct' })
export class MicroWishInput {
  @Field({ description: '心愿，最多 60 字（如：一台助听器）/ The wish, at most 60 characters (e.g. a hearing aid)' })
  title!: string;

  @Field({ description: '说明，最多 500 字；公开显示，不要写居民姓名、电话、住址 / Description, at most 500 characters; public, so no name, phone or address' })
  description!: string;

  @Field(() => WishCategory, { description: '帮助对象 / Whom it helps' })
  category!: WishCategory;

  @Field(() => Int, { nullable: true, description: '大约价值（元，1–100000）/ Rough value in yuan (1–100,000)' })
  estimatedValueYuan?: number | null;

  @Field(() => String, { nullable: true, description: '希望在此日期前实现（YYYY-MM-DD）/ Hoped for by this date (YYYY-MM-DD)' })
  dueOn?: string | null;

  @Field(() => WishHandover, { description: '交付方式 / How the gift reaches the resident' })
  handover!: WishHandover;

  @Field(() => MicroWishRecipientInput, { description: '心愿居民（不公开）/ The resident (never public)' })
  recipient!: MicroWishRecipientInput;
}

@InputType({ description: '修改一个待认领的微心愿 / Correct a wish that is still open' })
export class UpdateMicroWishInput extends MicroWishInput {
  @Field(() => UUIDScalar, { description: '心愿编号 / Wish id' })
  wishId!: string;

  @Field(() => Int, { description: '打开时看到的版本号 / The version you saw' })
  expectedVersion!: number;
}

@InputType({ description: '认领微心愿 / Claim a micro-wish' })
export class ClaimMicroWishInput {
  @Field(() => UUIDScalar, { description: '心愿编号 / Wish id' })
  wishId!: string;

  @Field(() => String, { nullable: true, description: '给社区工作者的话，如计划何时送达（最多 300 字）/ A note to the worker, e.g. when you plan to bring it (at most 300 characters)' })
  note?: string | null;
}

@InputType({ description: '放弃认领或撤回心愿，附原因 / Give up a claim or withdraw a wish, with a reason' })
export class MicroWishReasonInput {
  @Field(() => UUIDScalar, { description: '心愿编号 / Wish id' })
  wishId!: string;

  @Field(() => String, { nullable: true, description: '原因（最多 300 字）/ Reason (at most 300 characters)' })
  reason?: string | null;
}

@InputType({ description: '确认心愿已实现 / Confirm a wish was fulfilled' })
export class ConfirmMicroWishInput {
  @Field(() => UUIDScalar, { description: '心愿编号 / Wish id' })
  wishId!: string;

  @Field(() => String, { nullable: true, description: '圆梦日期（YYYY-MM-DD，默认今天）/ The day it was fulfilled (YYYY-MM-DD; today if empty)' })
  fulfilledOn?: string | null;

  @Field(() => String, { nullable: true, description: '公开的圆梦说明（最多 300 字，不含居民身份）/ A public note (at most 300 characters, without who the resident is)' })
  note?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: '送达照片：先用 POST /files 上传（kind=PHOTO）得到的编号；不公开 / Photo of the handover: the id POST /files gave (kind=PHOTO); never public' })
  photoDocumentId?: string | null;
}

@InputType({ description: '个人志愿者登记 / Register to take micro-wishes as an individual' })
export class RegisterVolunteerInput {
  @Field({ description: '手机号码（认领后社区工作者用来联系您）/ Mobile number (the worker uses it to reach you after a claim)' })
  phone!: string;

  @Field({ description: '是否中共党员 / Whether you are a member of the Communist Party of China' })
  partyMember!: boolean;
}

@ArgsType()
export class MicroWishFilterArgs {
  @Field(() => WishStatus, { nullable: true, description: '只看此状态；不填时不含已撤回的 / Only this status; without it, all but withdrawn' })
  status?: WishStatus | null;

  @Field(() => UUIDScalar, { nullable: true, description: '只看此村居 / Only this village or residential area' })
  placeId?: string | null;

  @Field(() => WishCategory, { nullable: true, description: '只看此帮助对象 / Only this category' })
  category?: WishCategory | null;

  @Field({ nullable: true, description: '只看与我有关的：社区工作者为本村居的（含已撤回），认领人为自己或本单位认领的 / Only mine: a worker\'s own place (withdrawn included), a claimant\'s own claims' })
  mine?: boolean;
}
