import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';
import { PairingAgreement, PairingReview } from './pairing.entity.js';

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
