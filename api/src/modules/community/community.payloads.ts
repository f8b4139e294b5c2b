import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';
import { CommunityNeed, CommunityOffer, NeedClaim } from './need.entity.js';
import { PairingAgreement, PairingReview } from './pairing.entity.js';
import { CommunityProject } from './project.entity.js';

@ObjectType({ description: '登记结对协议的结果 / Result of recording a pairing agreement' })
export class PairingAgreementPayload {
  @Field(() => PairingAgreement, { nullable: true, description: '协议 / The agreement' })
  agreement!: PairingAgreement | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '年度评议的结果 / Result of recording a yearly review' })
export class PairingReviewPayload {
  @Field(() => PairingReview, { nullable: true, description: '评议 / The review' })
  review!: PairingReview | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '需求变更的结果 / Result of a change to a need' })
export class CommunityNeedPayload {
  @Field(() => CommunityNeed, { nullable: true, description: '需求 / The need' })
  need!: CommunityNeed | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '认领的结果 / Result of a claim' })
export class ClaimPayload {
  @Field(() => CommunityNeed, { nullable: true, description: '认领后的需求 / The need after the claim' })
  need!: CommunityNeed | null;

  @Field(() => [NeedClaim], { description: '新认领；有错误时为空，一项也不认领 / The new claims; with any error, none are made' })
  claims!: NeedClaim[];

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '保存可提供资源的结果 / Result of saving what we offer' })
export class CommunityOfferPayload {
  @Field(() => CommunityOffer, { nullable: true, description: '可提供的资源 / The offer' })
  offer!: CommunityOffer | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '项目变更的结果 / Result of a change to a project' })
export class CommunityProjectPayload {
  @Field(() => CommunityProject, { nullable: true, description: '变更后的项目 / The project after the change' })
  project!: CommunityProject | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}
