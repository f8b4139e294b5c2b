import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';

/**
 * HR's confirmation of a talent's employment facts. Reused by the talent's later applications
 * to the same enterprise until `validUntil`, so HR confirm once, not per application.
 */
@ObjectType({ description: '单位在职确认（有效期内可被后续申请复用）/ An employer\'s confirmation of employment, reused until it expires' })
@Entity({ tableName: 'employment_confirmations' })
@Index({ properties: ['talent', 'enterprise', 'validUntil'] })
@Check({ name: 'employment_confirmations_income_range', expression: '((previous_year_income_yuan >= 0) AND (previous_year_income_yuan <= 1000000000))' })
export class EmploymentConfirmation {
  [OptionalProps]?: 'createdAt' | 'contractEnd' | 'previousYearIncomeYuan';

  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true })
  talent!: Ref<User>;

  @ManyToOne(() => Organisation, { ref: true })
  enterprise!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  confirmedBy!: Ref<User>;

  @Field({ description: '劳动合同起始日 / Labour contract start date' })
  @Property({ type: 'date' })
  contractStart!: string;

  @Field(() => String, { nullable: true, description: '劳动合同终止日（无固定期限为空）/ Contract end date (null when open-ended)' })
  @Property({ type: 'date', nullable: true })
  contractEnd?: string | null;

  @Field({ description: '岗位 / Position' })
  @Property({ length: 100 })
  position!: string;

  @Field(() => Int, { description: '在本单位缴纳社保的月数 / Months of social insurance paid by this employer' })
  @Property()
  socialInsuranceMonths!: number;

  /**
   * Whole yuan, confirmed by HR for a policy the employer files (employer-filed.ts). Not a
   * GraphQL field: pay is seen in the eligibility check it fed, by those who see the application.
   */
  @Property({ type: 'integer', nullable: true })
  previousYearIncomeYuan?: number | null = null;

  @Field({ description: '确认有效期至 / The confirmation can be reused until this date' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field({ description: '确认时间 / When it was confirmed' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
