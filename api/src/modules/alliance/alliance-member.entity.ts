import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/index.js';
import { EnterpriseSize } from './alliance.enums.js';

/** What the alliance knows about one member enterprise, beside its directory entry. */
@ObjectType({ description: '联盟成员企业档案 / Profile of an alliance member enterprise' })
@Entity({ tableName: 'alliance_member_profiles' })
export class AllianceMemberProfile {
  [OptionalProps]?: 'updatedAt' | 'contactEmail';

  @Field(() => ID, { description: '档案编号 / Profile id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Organisation, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Field({ description: '所属领域（中文）/ Field of work in Chinese' })
  @Property()
  fieldZh!: string;

  @Field({ description: '所属领域（英文）/ Field of work in English' })
  @Property()
  fieldEn!: string;

  @Field(() => EnterpriseSize, { description: '企业规模 / Size' })
  @Enum({ items: () => EnterpriseSize, nativeEnumName: 'enterprise_size' })
  size!: EnterpriseSize;

  @Field({ description: '联系人 / Contact person' })
  @Property()
  contactName!: string;

  @Field(() => String, { nullable: true, description: '联系邮箱 / Contact email' })
  @Property({ nullable: true })
  contactEmail?: string | null;

  @Field({ description: '加入联盟日期（YYYY-MM-DD）/ Date the enterprise joined the alliance (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  joinedOn!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** 联席会议轮值召集人: one member enterprise convenes the joint meetings each year. */
@ObjectType({ description: '轮值召集人任期（每年一家成员企业）/ A year\'s rotating convener of the joint meetings' })
@Entity({ tableName: 'alliance_convener_terms' })
@Check({ name: 'alliance_convener_terms_year_check', expression: '((year >= 2000) AND (year <= 2100))' }) // as PostgreSQL stores it, so schema diffs stay quiet
export class AllianceConvenerTerm {
  [OptionalProps]?: 'createdAt' | 'note';

  @Field(() => ID, { description: '任期编号 / Term id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: '年份 / Year' })
  @Property({ unique: true })
  year!: number;

  @ManyToOne(() => Organisation, { ref: true, index: true })
  organisation!: Ref<Organisation>;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field({ description: '记录时间 / When it was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
