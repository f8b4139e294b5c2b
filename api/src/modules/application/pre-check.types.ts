import { Extensions, Field, InputType, Int, ObjectType } from 'type-graphql';
import { registerBilingualEnum } from '../../core/graphql/enums.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { TextKind } from '../../core/text-limits.js';
import { DocumentKind } from '../document/index.js';
import { CityFilingDocument, CityProcedure, Recommender } from './city-procedure.entity.js';

/** What a town reviewer concludes from a pre-check. */
export enum PreCheckOutcome {
  PASSED = 'PASSED',
  NEEDS_DOCUMENTS = 'NEEDS_DOCUMENTS',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}

registerBilingualEnum(PreCheckOutcome, 'PreCheckOutcome', '预审结果 / The outcome of a pre-check', {
  PASSED: { zh: '预审通过', en: 'Passed' },
  NEEDS_DOCUMENTS: { zh: '需补充材料', en: 'More documents needed' },
  NOT_ELIGIBLE: { zh: '不符合条件', en: 'Not eligible' },
});

@ObjectType({ description: '对一项清单材料的预审意见 / The pre-check\'s verdict on one checklist document' })
export class DocumentVerdict {
  @Field(() => DocumentKind, { description: '材料类型 / Kind of document' })
  kind!: DocumentKind;

  @Field({ description: '是否认可 / Whether it is accepted' })
  accepted!: boolean;

  @Field(() => String, { nullable: true, description: '问题说明（未认可时必有）/ What is wrong (always given when not accepted)' })
  problem!: string | null;
}

@ObjectType({ description: '镇审核人员出具的预审结果 / The pre-check result a town reviewer issued' })
export class PreCheckResult {
  @Field(() => PreCheckOutcome, { description: '结果 / Outcome' })
  outcome!: PreCheckOutcome;

  @Field(() => String, { nullable: true, description: '理由或说明 / Reasons or note' })
  reason!: string | null;

  @Field(() => [DocumentVerdict], { description: '逐项材料意见 / Verdict per document' })
  documents!: DocumentVerdict[];

  @Field(() => String, { nullable: true, description: '预审人员 / Who issued it' })
  reviewerName!: string | null;

  @Field(() => Date, { description: '出具时间 / When it was issued' })
  decidedAt!: Date;
}

@ObjectType({ description: '预审通过后的推荐 / The recommendation after a passed pre-check' })
export class PreCheckRecommendation {
  @Field(() => Recommender, { description: '推荐方 / Who recommended' })
  by!: Recommender;

  @Field(() => String, { nullable: true, description: '推荐人 / The person who recorded the recommendation' })
  recommendedByName!: string | null;

  @Field(() => String, { nullable: true, description: '推荐说明 / Note' })
  note!: string | null;

  @Field(() => Date, { description: '推荐时间 / When' })
  at!: Date;
}

@ObjectType({ description: '预审：镇协助办理市级事项的进展 / The pre-check: the town\'s help with a city procedure' })
export class PreCheck {
  @Field(() => PreCheckResult, { nullable: true, description: '最近一次预审结果；尚未出具为空 / The latest result; null until one is issued' })
  result!: PreCheckResult | null;

  @Field(() => Recommender, { nullable: true, description: '该事项预审通过后由谁推荐；为空表示无需推荐 / Who recommends after a pass; null when none is needed' })
  recommendationNeeded!: Recommender | null;

  @Field(() => PreCheckRecommendation, { nullable: true, description: '推荐记录；尚未推荐为空 / The recommendation; null until given' })
  recommendation!: PreCheckRecommendation | null;

  @Field(() => CityProcedure, { nullable: true, description: '向市级部门申报的指引（地点、步骤、材料）；未配置为空 / Where and what to file with the city; null when not configured' })
  procedure!: CityProcedure | null;
}

export type PreCheckView = PreCheck;

@InputType({ description: '对一项清单材料的意见 / A verdict on one checklist document' })
export class DocumentVerdictInput {
  @Field(() => DocumentKind, { description: '材料类型（须在材料清单中）/ Kind of document (on the checklist)' })
  kind!: DocumentKind;

  @Field({ description: '是否认可 / Whether it is accepted' })
  accepted!: boolean;

  @Field(() => String, { nullable: true, description: '问题说明，未认可时必填，最多 500 字 / What is wrong: required when not accepted, at most 500 characters' })
  @Extensions({ textKind: TextKind.TEXT })
  problem?: string | null;
}

@InputType({ description: '出具预审结果 / Issue a pre-check result' })
export class PreCheckResultInput {
  @Field(() => UUIDScalar, { description: '申请编号 / Application id' })
  id!: string;

  @Field(() => PreCheckOutcome, { description: '结果 / Outcome' })
  outcome!: PreCheckOutcome;

  @Field(() => String, { nullable: true, description: '理由（需补充材料、不符合条件时必填；申请人可见）/ Reasons (required unless passed; the applicant sees them)' })
  reason?: string | null;

  @Field(() => [DocumentVerdictInput], { nullable: true, description: '逐项材料意见；通过时每项必需材料须认可 / Verdict per document; a pass needs every required one accepted' })
  documents?: DocumentVerdictInput[] | null;

  @Field(() => Int, { nullable: true, description: '读取时的版本号；他人已先行处理时返回 CONFLICT / Version read; CONFLICT when someone acted first' })
  expectedVersion?: number | null;
}

@InputType({ description: '设置市级事项申报指引 / Set a pre-check policy\'s city procedure' })
export class CityProcedureInput {
  @Field(() => UUIDScalar, { description: '政策编号（须有预审申请表）/ Policy id (it must have a pre-check form)' })
  policyId!: string;

  @Field(() => Recommender, { nullable: true, description: '预审通过后由谁推荐；为空表示无需推荐 / Who recommends after a pass; null for none' })
  recommendation?: Recommender | null;

  @Field({ description: '向哪里申报（中文）/ Where to file, in Chinese' })
  @Extensions({ textKind: TextKind.TEXT })
  whereZh!: string;

  @Field({ description: '向哪里申报（英文）/ Where to file, in English' })
  @Extensions({ textKind: TextKind.TEXT })
  whereEn!: string;

  @Field({ description: '申报步骤（中文）/ Steps, in Chinese' })
  @Extensions({ textKind: TextKind.TEXT })
  howZh!: string;

  @Field({ description: '申报步骤（英文）/ Steps, in English' })
  @Extensions({ textKind: TextKind.TEXT })
  howEn!: string;

  @Field(() => [CityFilingDocument], { description: '向市级部门提交的材料 / Documents to hand in' })
  documents!: CityFilingDocument[];

  @Field(() => String, { nullable: true, description: '市级系统网址（https）/ Address of the city\'s system (https)' })
  @Extensions({ textKind: TextKind.TITLE })
  url?: string | null;
}
