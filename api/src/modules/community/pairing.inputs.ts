import { Field, InputType, Int } from 'type-graphql';
import { CommitmentKind, CommitmentOutcome, ReviewRating } from './community.enums.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@InputType({ description: '结对协议中的一项承诺 / One commitment of a pairing agreement' })
export class PairingCommitmentInput {
  @Field(() => CommitmentKind, { description: '类别（四项清单）/ Kind (one of the four lists)' })
  kind!: CommitmentKind;

  @Field({ description: '承诺内容，最多 500 字 / What is committed, at most 500 characters' })
  description!: string;
}

@InputType({ description: '登记一份结对协议 / Recording a pairing agreement' })
export class CreatePairingAgreementInput {
  @Field(() => UUIDScalar, { description: '村或居民区（社区工作者只能选本村居）/ The village or residential area (a community worker: their own)' })
  placeId!: string;

  @Field(() => UUIDScalar, { description: '结对单位：企业、银行支行或高校 / The partner: an enterprise, bank branch or university' })
  partnerId!: string;

  @Field({ description: '起始日期（YYYY-MM-DD）/ First day (YYYY-MM-DD)' })
  startsOn!: string;

  @Field({ description: '截止日期（YYYY-MM-DD，含当日，最长 10 年）/ Last day (YYYY-MM-DD, inclusive; at most 10 years)' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: '备注，最多 1000 字 / Note, at most 1,000 characters' })
  note?: string | null;

  @Field(() => [PairingCommitmentInput], { description: '承诺事项，1 到 20 项 / The commitments, 1 to 20' })
  commitments!: PairingCommitmentInput[];
}

@InputType({ description: '一项承诺的年度完成情况 / How one commitment fared in the year' })
export class CommitmentOutcomeInput {
  @Field(() => UUIDScalar, { description: '承诺编号 / Commitment id' })
  commitmentId!: string;

  @Field(() => CommitmentOutcome, { description: '完成情况 / Outcome' })
  outcome!: CommitmentOutcome;
}

@InputType({ description: '结对协议的年度评议 / The yearly review of a pairing agreement' })
export class ReviewPairingAgreementInput {
  @Field(() => UUIDScalar, { description: '协议编号 / Agreement id' })
  agreementId!: string;

  @Field(() => Int, { description: '评议年度（协议期内，不晚于今年）/ The year reviewed (within the agreement, not after this year)' })
  year!: number;

  @Field(() => ReviewRating, { description: '总体评价 / Overall rating' })
  rating!: ReviewRating;

  @Field({ description: '评议意见，最多 2000 字 / What the review found, at most 2,000 characters' })
  summary!: string;

  @Field(() => [CommitmentOutcomeInput], { description: '每项承诺的完成情况（每项一次）/ The outcome of each commitment (once each)' })
  outcomes!: CommitmentOutcomeInput[];
}
