import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { EducationLevel } from '../talent/index.js';
import { BankProductKind, FinancingAudience, FinancingRequestStatus } from './bank.enums.js';
import type { FinancingAnswer } from './financing-answer.entity.js';

/**
 * A financing request of an enterprise (posted by its HR) or of a talent. The facts are columns
 * without `@Field`: they reach GraphQL only through `FinancingFacts`, built by the service,
 * which gives the applicant all of them and each bank just the ones consented to that bank.
 */
@ObjectType({ description: '融资需求（申请人视角）/ A financing request, as its applicant sees it' })
@Entity({ tableName: 'financing_requests' })
@Index({ properties: ['enterprise', 'createdAt'] })
@Index({ properties: ['talent', 'createdAt'] })
export class FinancingRequest {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: '需求编号 / Request id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => FinancingAudience, { description: '申请人类型 / Who asks: an enterprise or a talent' })
  @Enum({ items: () => FinancingAudience, nativeEnumName: 'financing_audience' })
  audience!: FinancingAudience;

  @Field(() => BankProductKind, { description: '所需融资类型 / Kind of financing asked for' })
  @Enum({ items: () => BankProductKind, nativeEnumName: 'bank_product_kind' })
  kind!: BankProductKind;

  @Field({ description: '用途（所有收到需求的银行可见）/ Purpose (seen by every bank it goes to)' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => Int, { nullable: true, description: '金额（元）/ Amount in yuan' })
  @Property({ type: 'integer', nullable: true })
  amount?: number | null;

  @Field(() => Int, { nullable: true, description: '期限（月）/ Term in months' })
  @Property({ type: 'integer', nullable: true })
  termMonths?: number | null;

  @Field(() => FinancingRequestStatus, { description: '状态 / Status' })
  @Enum({ items: () => FinancingRequestStatus, nativeEnumName: 'financing_request_status', default: FinancingRequestStatus.OPEN })
  status: FinancingRequestStatus = FinancingRequestStatus.OPEN;

  /** The applicant enterprise (audience ENTERPRISE). */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  enterprise?: Ref<Organisation> | null;

  /** The applicant talent (audience TALENT). */
  @ManyToOne(() => User, { ref: true, nullable: true })
  talent?: Ref<User> | null;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  // Facts, snapshotted when the request is posted.
  @Property({ length: 200, nullable: true })
  applicantName?: string | null;

  @Property({ length: 20, nullable: true })
  contactPhone?: string | null;

  @Property({ length: 32, nullable: true })
  settlementAccount?: string | null;

  @Property({ length: 18, nullable: true })
  creditCode?: string | null;

  @Property({ type: 'integer', nullable: true })
  annualRevenueWan?: number | null;

  @Property({ type: 'integer', nullable: true })
  employeeCount?: number | null;

  @Property({ type: 'integer', nullable: true })
  foundedYear?: number | null;

  @Property({ type: 'integer', nullable: true })
  patentCount?: number | null;

  @Property({ type: 'integer', nullable: true })
  monthlyIncome?: number | null;

  @Property({ length: 200, nullable: true })
  employerName?: string | null;

  @Enum({ items: () => EducationLevel, nativeEnumName: 'education_level', nullable: true })
  education?: EducationLevel | null;

  /** The offer the applicant accepted. */
  @ManyToOne('FinancingAnswer', { ref: true, nullable: true })
  acceptedAnswer?: Ref<FinancingAnswer> | null;

  @Field(() => Date, { nullable: true, description: '接受报价的时间 / When an offer was accepted' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '撤回时间 / When it was withdrawn' })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  @Field({ description: '提交时间 / When it was posted' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
