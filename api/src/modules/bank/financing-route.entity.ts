import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/index.js';
import { FinancingFact, FinancingRouteOrigin, FinancingRouteStatus } from './bank.enums.js';
import type { FinancingAnswer } from './financing-answer.entity.js';
import { FinancingRequest } from './financing-request.entity.js';

/**
 * One request sent to one branch, with the facts that branch may see (the applicant's recorded
 * consent; each change also lands in `financing_consents`). As a GraphQL type it is the
 * applicant's view; banks reach routes only as `FinancingInboxItem`, which never links back to
 * the request or to other banks.
 */
@ObjectType({ description: '需求发往某支行的记录（申请人视角）/ A request as sent to one branch (the applicant\'s view)' })
@Entity({ tableName: 'financing_routes' })
@Unique({ properties: ['request', 'branch'] })
@Index({ properties: ['branch', 'sentAt'] })
export class FinancingRoute {
  [OptionalProps]?: 'status' | 'sentAt' | 'consentRecordedAt' | 'matchedProductIds';

  @Field(() => ID, { description: '记录编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FinancingRequest, { ref: true, deleteRule: 'cascade' })
  request!: Ref<FinancingRequest>;

  @ManyToOne(() => Organisation, { ref: true })
  branch!: Ref<Organisation>;

  @Field(() => FinancingRouteOrigin, { description: '为何发给该支行 / Why it went to this branch' })
  @Enum({ items: () => FinancingRouteOrigin, nativeEnumName: 'financing_route_origin' })
  origin!: FinancingRouteOrigin;

  @Field(() => [FinancingFact], { description: '申请人授权该支行查看的信息项 / Facts the applicant lets this branch see' })
  @Property({ type: ArrayType })
  consentedFacts: FinancingFact[] = [];

  @Field({ description: '授权记录时间 / When that consent was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  consentRecordedAt: Date = new Date();

  /** The branch's products that fitted when the request was sent. */
  @Property({ type: ArrayType })
  matchedProductIds: string[] = [];

  @Field(() => FinancingRouteStatus, { description: '状态 / Status' })
  @Enum({ items: () => FinancingRouteStatus, nativeEnumName: 'financing_route_status', default: FinancingRouteStatus.AWAITING_ANSWER })
  status: FinancingRouteStatus = FinancingRouteStatus.AWAITING_ANSWER;

  /** The branch's latest answer; an offer can be accepted only while it is the latest. */
  @ManyToOne('FinancingAnswer', { ref: true, nullable: true })
  currentAnswer?: Ref<FinancingAnswer> | null;

  @Field({ description: '发送时间 / When it was sent to the branch' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  sentAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '首次答复时间 / When the branch first answered' })
  @Property({ type: 'timestamptz', nullable: true })
  firstAnsweredAt?: Date | null;
}
