import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { BankProduct } from './bank-product.entity.js';
import { FinancingAnswerKind } from './bank.enums.js';
import { FinancingRoute } from './financing-route.entity.js';

/** One answer of a branch to a request: an offer, a question, or a refusal. */
@ObjectType({ description: '银行答复 / A bank\'s answer to a request' })
@Entity({ tableName: 'financing_answers' })
export class FinancingAnswer {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: '答复编号 / Answer id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FinancingRoute, { ref: true, index: true, deleteRule: 'cascade' })
  route!: Ref<FinancingRoute>;

  @Field(() => FinancingAnswerKind, { description: '答复类型 / Kind of answer' })
  @Enum({ items: () => FinancingAnswerKind, nativeEnumName: 'financing_answer_kind' })
  kind!: FinancingAnswerKind;

  @Field(() => Int, { nullable: true, description: '报价金额（元）/ Offered amount in yuan' })
  @Property({ type: 'integer', nullable: true })
  offerAmount?: number | null;

  /** Basis points a year. */
  @Property({ type: 'integer', nullable: true })
  offerRateBp?: number | null;

  @Field(() => Int, { nullable: true, description: '报价期限（月）/ Offered term in months' })
  @Property({ type: 'integer', nullable: true })
  offerTermMonths?: number | null;

  @Field(() => String, { nullable: true, description: '报价条件 / Conditions of the offer' })
  @Property({ type: 'text', nullable: true })
  conditions?: string | null;

  @Field(() => String, { nullable: true, description: '需补充的问题 / The bank\'s question' })
  @Property({ type: 'text', nullable: true })
  question?: string | null;

  @Field(() => String, { nullable: true, description: '婉拒原因 / Why the bank declined' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** The branch product the offer is based on, if any. */
  @ManyToOne(() => BankProduct, { ref: true, nullable: true })
  product?: Ref<BankProduct> | null;

  @ManyToOne(() => User, { ref: true })
  answeredBy!: Ref<User>;

  @Field(() => String, { nullable: true, description: '申请人对问题的回复 / The applicant\'s reply to the question' })
  @Property({ type: 'text', nullable: true })
  reply?: string | null;

  @Field(() => Date, { nullable: true, description: '回复时间 / When the applicant replied' })
  @Property({ type: 'timestamptz', nullable: true })
  repliedAt?: Date | null;

  @Field({ description: '答复时间 / When the bank answered' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
