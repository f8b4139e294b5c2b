import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/index.js';
import { BankProductKind, BankProductStatus, FinancingAudience } from './bank.enums.js';

/**
 * A branch's financial product. Ranges are inclusive; a missing bound means "no limit" (account
 * services have no amount at all). Rates are stored in basis points (345 = 3.45 % a year) so
 * that comparisons are exact; the GraphQL fields give percent.
 */
@ObjectType({ description: '银行金融产品 / A bank branch\'s financial product' })
@Entity({ tableName: 'bank_products' })
@Index({ properties: ['status', 'hidden', 'kind', 'audience'] })
export class BankProduct {
  [OptionalProps]?: 'status' | 'featured' | 'hidden' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: '产品编号 / Product id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, index: true })
  branch!: Ref<Organisation>;

  @Field(() => BankProductKind, { description: '产品类型 / Kind of product' })
  @Enum({ items: () => BankProductKind, nativeEnumName: 'bank_product_kind' })
  kind!: BankProductKind;

  @Field(() => FinancingAudience, { description: '面向对象 / Who it is for' })
  @Enum({ items: () => FinancingAudience, nativeEnumName: 'financing_audience' })
  audience!: FinancingAudience;

  @Field({ description: '产品名称（中文）/ Name in Chinese' })
  @Property({ length: 100 })
  nameZh!: string;

  @Field({ description: '产品名称（英文）/ Name in English' })
  @Property({ length: 100 })
  nameEn!: string;

  @Field({ description: '简介（中文）/ Summary in Chinese' })
  @Property({ type: 'text' })
  summaryZh!: string;

  @Field({ description: '简介（英文）/ Summary in English' })
  @Property({ type: 'text' })
  summaryEn!: string;

  @Field({ description: '申请条件（中文）/ Requirements in Chinese' })
  @Property({ type: 'text' })
  requirementsZh!: string;

  @Field({ description: '申请条件（英文）/ Requirements in English' })
  @Property({ type: 'text' })
  requirementsEn!: string;

  @Field(() => Int, { nullable: true, description: '最低金额（元）；为空表示不限 / Smallest amount in yuan; null for no limit' })
  @Property({ type: 'integer', nullable: true })
  minAmount?: number | null;

  @Field(() => Int, { nullable: true, description: '最高金额（元）；为空表示不限 / Largest amount in yuan; null for no limit' })
  @Property({ type: 'integer', nullable: true })
  maxAmount?: number | null;

  @Field(() => Int, { nullable: true, description: '最短期限（月）/ Shortest term in months' })
  @Property({ type: 'integer', nullable: true })
  minTermMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '最长期限（月）/ Longest term in months' })
  @Property({ type: 'integer', nullable: true })
  maxTermMonths?: number | null;

  /** Basis points a year. */
  @Property({ type: 'integer', nullable: true })
  minRateBp?: number | null;

  @Property({ type: 'integer', nullable: true })
  maxRateBp?: number | null;

  @Field(() => BankProductStatus, { description: '状态 / Status' })
  @Enum({ items: () => BankProductStatus, nativeEnumName: 'bank_product_status', default: BankProductStatus.DRAFT })
  status: BankProductStatus = BankProductStatus.DRAFT;

  @Field({ description: '镇里推荐 / Featured by the town' })
  @Property({ default: false })
  featured: boolean = false;

  @Field({ description: '被镇里隐藏（不在产品列表中展示）/ Hidden by the town (not listed)' })
  @Property({ default: false })
  hidden: boolean = false;

  @Field(() => Date, { nullable: true, description: '首次发布时间 / When first published' })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: '最后修改时间 / Last changed' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
