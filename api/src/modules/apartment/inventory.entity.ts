import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UnitLayout, UnitStatus } from './apartment.enums.js';

/**
 * A company that runs talent-apartment projects and is paid the rent subsidy for its tenants
 * every half year (先租后补). Its payee account is shown to town staff only.
 */
@ObjectType({ description: '人才公寓运营方：按半年与区人才服务中心结算租金补贴 / A talent-apartment operator; the rent subsidy is settled with it every half year' })
@Entity({ tableName: 'apartment_operators' })
export class ApartmentOperator {
  [OptionalProps]?: 'sampleData' | 'createdAt' | 'payeeAccountName' | 'payeeBank' | 'payeeAccountNumber';

  @Field(() => ID, { description: '运营方编号 / Operator id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '名称（中文）/ Name in Chinese' })
  @Property({ length: 100, unique: true })
  nameZh!: string;

  @Field({ description: '名称（英文）/ Name in English' })
  @Property({ length: 100 })
  nameEn!: string;

  /** Payee for the settlement transfer; town staff only (see the resolver). */
  @Property({ length: 100, nullable: true })
  payeeAccountName?: string | null;

  @Property({ length: 100, nullable: true })
  payeeBank?: string | null;

  @Property({ length: 40, nullable: true })
  payeeAccountNumber?: string | null;

  @Field({ description: '是否为示例数据（宝山/月浦的人才公寓名单未公开，示例为虚构）/ Sample data: Yuepu\'s apartment stock is not public, so the samples are invented' })
  @Property({ default: false })
  sampleData: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A talent-apartment building or estate, run by one operator. */
@ObjectType({ description: '人才公寓项目 / A talent-apartment project' })
@Entity({ tableName: 'apartment_projects' })
export class ApartmentProject {
  [OptionalProps]?: 'sampleData' | 'createdAt' | 'distanceKm' | 'latitude' | 'longitude' | 'addressEn';

  @Field(() => ID, { description: '项目编号 / Project id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApartmentOperator, { ref: true, index: true })
  operator!: Ref<ApartmentOperator>;

  @Field({ description: '项目名称（中文）/ Name in Chinese' })
  @Property({ length: 100, unique: true })
  nameZh!: string;

  @Field({ description: '项目名称（英文）/ Name in English' })
  @Property({ length: 100 })
  nameEn!: string;

  @Field({ description: '地址（中文）/ Address in Chinese' })
  @Property({ length: 200 })
  addressZh!: string;

  @Field(() => String, { nullable: true, description: '地址（英文）/ Address in English' })
  @Property({ length: 200, nullable: true })
  addressEn?: string | null;

  @Field(() => Float, { nullable: true, description: '到月浦科创联盟企业集中区域的大致距离（公里）/ Rough distance to Yuepu\'s alliance enterprises, in km' })
  @Property({ type: 'double', nullable: true })
  distanceKm?: number | null;

  @Field(() => Float, { nullable: true, description: '纬度（WGS-84），用于地图链接 / Latitude (WGS-84), for the map link' })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: '经度（WGS-84）/ Longitude (WGS-84)' })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Field({ description: '是否为示例数据 / Sample data (invented; Yuepu\'s real stock is not public)' })
  @Property({ default: false })
  sampleData: boolean = false;

  @Field({ description: '录入时间 / When it was entered' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * One flat. Its status changes only inside the allocation service's letting lock; the database
 * keeps offers and leases to one person at a time (see the partial unique indexes on offers and
 * leases).
 */
@ObjectType({ description: '人才公寓房源（一套）/ One talent-apartment unit' })
@Entity({ tableName: 'apartment_units' })
@Unique({ properties: ['project', 'code'] })
@Index({ properties: ['layout', 'status'] })
@Check({ name: 'apartment_units_rent_check', expression: '(monthly_rent_yuan > 0)' })
export class ApartmentUnit {
  [OptionalProps]?: 'status' | 'statusChangedAt' | 'createdAt';

  @Field(() => ID, { description: '房源编号 / Unit id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApartmentProject, { ref: true, index: true })
  project!: Ref<ApartmentProject>;

  @Field({ description: '房号，如 3-502 / Unit number, e.g. 3-502' })
  @Property({ length: 20 })
  code!: string;

  @Field(() => UnitLayout, { description: '户型 / Layout' })
  @Enum({ items: () => UnitLayout, nativeEnumName: 'apartment_layout' })
  layout!: UnitLayout;

  @Field(() => Float, { description: '建筑面积（平方米）/ Floor area in square metres' })
  @Property({ type: 'double' })
  areaSqm!: number;

  @Field(() => Int, { description: '月租金（元）/ Monthly rent in yuan' })
  @Property({ type: 'integer' })
  monthlyRentYuan!: number;

  @Field(() => UnitStatus, { description: '状态 / Status' })
  @Enum({ items: () => UnitStatus, nativeEnumName: 'apartment_unit_status' })
  status: UnitStatus = UnitStatus.AVAILABLE;

  /** Since when the unit has had its status: the longest-free unit is offered first. */
  @Field({ description: '进入当前状态的时间 / Since when it has had this status' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  statusChangedAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
