import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';
import { RuleVersion } from '../policy/index.js';
import { SettlementStatus } from './apartment.enums.js';
import { ApartmentOperator, ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';

/**
 * One operator's rent subsidy for one half-year (先租后补: settled after the rent was paid).
 * Lines are computed when the batch is made and fixed once approved; a month of a lease is in at
 * most one batch (unique lease + month on the lines).
 */
@ObjectType({ description: '租金补贴半年结算批次（按运营方）/ A half-year rent-subsidy settlement batch for one operator' })
@Entity({ tableName: 'apartment_settlement_batches' })
@Unique({ properties: ['operator', 'periodStart'] })
@Check({ name: 'apartment_settlement_batches_paid_check', expression: "((status = 'PAID'::apartment_settlement_status) = (payment_reference IS NOT NULL))" })
export class SettlementBatch {
  [OptionalProps]?: 'status' | 'createdAt' | 'approvedBy' | 'approvedAt' | 'paidAt' | 'paymentReference' | 'version';

  @Field(() => ID, { description: '批次编号 / Batch id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApartmentOperator, { ref: true, index: true })
  operator!: Ref<ApartmentOperator>;

  @Field({ description: '结算期，如 2027-H1 / The half-year, e.g. 2027-H1' })
  @Property({ length: 7 })
  period!: string;

  @Field(() => LocalDateScalar, { description: '结算期第一天 / First day of the half-year' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: '结算期最后一天 / Last day of the half-year' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => SettlementStatus, { description: '状态 / Status' })
  @Enum({ items: () => SettlementStatus, nativeEnumName: 'apartment_settlement_status' })
  status: SettlementStatus = SettlementStatus.DRAFT;

  @Field(() => Int, { description: '明细行数（人·月）/ Number of lines (tenant-months)' })
  @Property()
  lineCount!: number;

  @Field(() => Int, { description: '涉及租户数 / Number of tenants' })
  @Property()
  tenantCount!: number;

  /** Total in fen, so sums are exact; GraphQL gives yuan. */
  @Property({ type: new BigIntType('number') })
  totalFen!: number;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field({ description: '生成时间 / When it was computed' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** A different member of staff than the one who computed it. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  approvedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true, description: '审核时间 / When it was approved' })
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '付款时间 / When it was paid' })
  @Property({ type: 'timestamptz', nullable: true })
  paidAt?: Date | null;

  @Field(() => String, { nullable: true, description: '付款凭证号（银行流水号）/ Payment reference (the bank\'s transfer number)' })
  @Property({ length: 64, nullable: true })
  paymentReference?: string | null;

  @Field(() => Int, { description: '版本号，操作时传回 / Version; send it back with an action' })
  @Property({ version: true })
  version: number = 1;
}

/** One tenant's subsidy for one month of one lease, with the rule version it used. */
@ObjectType({ description: '结算明细：某租户某月的补贴 / One line: a tenant\'s subsidy for one month' })
@Entity({ tableName: 'apartment_settlement_lines' })
@Unique({ properties: ['lease', 'month'] })
@Index({ properties: ['batch', 'tenant', 'month'] })
@Check({ name: 'apartment_settlement_lines_amount_check', expression: '((subsidy_fen >= 0) AND (subsidy_fen <= (cap_yuan * 100)))' })
export class SettlementLine {
  @Field(() => ID, { description: '明细编号 / Line id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SettlementBatch, { ref: true, deleteRule: 'cascade' })
  batch!: Ref<SettlementBatch>;

  @ManyToOne(() => ApartmentLease, { ref: true, index: true })
  lease!: Ref<ApartmentLease>;

  @ManyToOne(() => User, { ref: true, index: true })
  tenant!: Ref<User>;

  @ManyToOne(() => ApartmentUnit, { ref: true })
  unit!: Ref<ApartmentUnit>;

  @Field({ description: '月份 YYYY-MM / Month, YYYY-MM' })
  @Property({ length: 7 })
  month!: string;

  @Field(() => Int, { description: '该月租金（元）/ Rent for the month, in yuan' })
  @Property()
  rentYuan!: number;

  @Field({ description: '补贴比例（%）/ Subsidy rate in percent' })
  @Property({ type: 'double' })
  ratePercent!: number;

  @Field(() => Int, { description: '当月上限（元）/ Monthly cap in yuan' })
  @Property()
  capYuan!: number;

  /** Subsidy in fen. */
  @Property()
  subsidyFen!: number;

  @Field({ description: '是否按上限封顶 / Whether the cap applied' })
  @Property()
  capped!: boolean;

  @Field(() => Int, { description: '此人累计第几个补贴月（最多见规则）/ Which of the person\'s subsidised months this is (the rules give the most)' })
  @Property()
  subsidyMonthNumber!: number;

  @ManyToOne(() => RuleVersion, { ref: true, deleteRule: 'restrict' })
  ruleVersion!: Ref<RuleVersion>;
}
