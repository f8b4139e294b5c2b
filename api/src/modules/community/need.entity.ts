import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Document } from '../document/index.js';
import { Organisation } from '../organisation/index.js';
import { NeedCategory, NeedStatus, ResourceKind } from './community.enums.js';

/**
 * 需求清单: something residents of a village or residential area need, posted by its community
 * worker (群众点单、社区下单). Member organisations claim its resources; the first claim opens
 * its project. The resident's name, phone and address are kept for the people who act on it and
 * never shown publicly (they are not GraphQL fields of this type).
 */
@ObjectType({ description: '社区需求（需求清单中的一项）/ A community need (one item of the needs list)' })
@Entity({ tableName: 'community_needs' })
@Index({ properties: ['place', 'createdAt'] })
@Index({ properties: ['status', 'dueOn'] })
@Check({ name: 'community_needs_people_check', expression: '((people_served >= 1) AND (people_served <= 100000))' }) // as PostgreSQL stores it
export class CommunityNeed {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'version' | 'residentName' | 'residentPhone' | 'residentAddress' | 'beneficiaries' | 'cancelReason';

  @Field(() => ID, { description: '需求编号 / Need id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '需求编号（如 XQ-2026-0001），用于会议和沟通 / Reference such as XQ-2026-0001, for meetings and calls' })
  @Property({ length: 20, unique: true })
  reference!: string;

  @ManyToOne(() => Organisation, { ref: true })
  place!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  postedBy!: Ref<User>;

  @Field({ description: '标题 / Title' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: '需求说明（不含居民个人信息）/ What is needed (no resident\'s personal details)' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => NeedCategory, { description: '类别 / Category' })
  @Enum({ items: () => NeedCategory, nativeEnumName: 'community_need_category' })
  category!: NeedCategory;

  @Field(() => Int, { description: '受益人数 / How many people it serves' })
  @Property()
  peopleServed!: number;

  @Field(() => String, { nullable: true, description: '受益群体，如“80岁以上独居老人” / Who it serves, e.g. "residents over 80 living alone"' })
  @Property({ length: 400, nullable: true })
  beneficiaries?: string | null;

  @Field({ description: '希望完成日期（YYYY-MM-DD）/ Wanted by (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field({ description: '是否公开（公开需求无需登录即可查看）/ Public: shown without signing in' })
  @Property()
  isPublic!: boolean;

  @Field(() => NeedStatus, { description: '状态 / Status' })
  @Enum({ items: () => NeedStatus, nativeEnumName: 'community_need_status', default: NeedStatus.OPEN })
  status: NeedStatus = NeedStatus.OPEN;

  @Field(() => String, { nullable: true, description: '撤回原因 / Why it was withdrawn' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** The resident who asked (private: see `residentContact`). */
  @Property({ length: 100, nullable: true })
  residentName?: string | null;

  @Property({ length: 20, nullable: true })
  residentPhone?: string | null;

  @Property({ length: 400, nullable: true })
  residentAddress?: string | null;

  @Field(() => Int, { description: '版本号，每次变更加一 / Version, one more on every change' })
  @Property({ default: 1 })
  version: number = 1;

  @Field({ description: '登记时间 / When it was posted' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One resource a need asks for, with how much. Claims never add up to more (trigger `community_claims_guard`). */
@ObjectType({ description: '需求所需的一项资源 / One resource a need asks for' })
@Entity({ tableName: 'community_need_resources' })
@Unique({ properties: ['need', 'position'] })
@Check({ name: 'community_need_resources_quantity_check', expression: '((quantity >= 1) AND (quantity <= 100000000))' }) // as PostgreSQL stores it
export class NeedResource {
  [OptionalProps]?: 'description';

  @Field(() => ID, { description: '资源编号 / Resource id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CommunityNeed, { ref: true, deleteRule: 'cascade' })
  need!: Ref<CommunityNeed>;

  @Property()
  position!: number;

  @Field(() => ResourceKind, { description: '资源类型 / Kind' })
  @Enum({ items: () => ResourceKind, nativeEnumName: 'community_resource_kind' })
  kind!: ResourceKind;

  @Field(() => Int, { description: '所需数量（单位见资源类型）/ How much is wanted (unit by kind)' })
  @Property()
  quantity!: number;

  @Field(() => String, { nullable: true, description: '说明，如“米面粮油礼包” / Details, e.g. "rice, flour and oil packs"' })
  @Property({ length: 400, nullable: true })
  description?: string | null;
}

/** A photo of the need, from the poster's uploads. */
@Entity({ tableName: 'community_need_photos' })
@Unique({ properties: ['need', 'document'] })
export class NeedPhoto {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CommunityNeed, { ref: true, deleteRule: 'cascade' })
  need!: Ref<CommunityNeed>;

  @ManyToOne(() => Document, { ref: true, index: true })
  document!: Ref<Document>;

  @Property()
  position!: number;
}

/** 认领清单: a member organisation takes on part or all of one resource of a need. */
@ObjectType({ description: '认领（认领清单中的一项）/ A claim: a member organisation takes on part or all of one resource' })
@Entity({ tableName: 'community_need_claims' })
@Index({ properties: ['organisation', 'createdAt'] })
@Check({ name: 'community_need_claims_quantity_check', expression: '(quantity > 0)' })
export class NeedClaim {
  [OptionalProps]?: 'createdAt' | 'note';

  @Field(() => ID, { description: '认领编号 / Claim id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CommunityNeed, { ref: true, index: true })
  need!: Ref<CommunityNeed>;

  @ManyToOne(() => NeedResource, { ref: true, index: true })
  resource!: Ref<NeedResource>;

  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  claimedBy!: Ref<User>;

  @Field(() => Int, { description: '认领数量 / How much is taken on' })
  @Property()
  quantity!: number;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @Property({ length: 1000, nullable: true })
  note?: string | null;

  @Field({ description: '认领时间 / When it was claimed' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** What a member organisation offers, so it sees the needs that match first. */
@ObjectType({ description: '成员单位可提供的资源（用于匹配需求）/ What a member organisation offers (to match needs)' })
@Entity({ tableName: 'community_offers' })
export class CommunityOffer {
  [OptionalProps]?: 'updatedAt' | 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, unique: true })
  organisation!: Ref<Organisation>;

  @Field(() => [ResourceKind], { description: '可提供的资源类型 / Kinds of resource offered' })
  @Enum({ items: () => ResourceKind, array: true })
  resourceKinds!: ResourceKind[];

  @Field(() => [NeedCategory], { description: '关注的需求类别；空为全部 / Categories of interest; empty for all' })
  @Enum({ items: () => NeedCategory, array: true })
  categories!: NeedCategory[];

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @Property({ length: 1000, nullable: true })
  note?: string | null;

  @Field({ description: '更新时间 / Last changed' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
