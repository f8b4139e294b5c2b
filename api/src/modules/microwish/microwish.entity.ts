import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';
import { Document } from '../document/index.js';
import { Organisation } from '../organisation/index.js';
import { ClaimantKind, WishCategory, WishHandover, WishStatus } from './microwish.enums.js';

/**
 * A resident's micro-wish (微心愿), posted by a community worker of the resident's village or
 * residential area. Everything with a `@Field` here is public: it must never name the resident.
 * The resident's name, phone and address live in `MicroWishRecipient`, a separate table that
 * public reads never touch.
 */
@ObjectType({ description: '微心愿（公开信息，不含居民身份）/ A micro-wish (public facts; never who the resident is)' })
@Entity({ tableName: 'micro_wishes' })
@Index({ properties: ['status', 'postedAt'] })
@Index({ properties: ['place', 'postedAt'] })
@Check({ name: 'micro_wishes_fulfilled_check', expression: "((status = 'FULFILLED'::micro_wish_status) = ((fulfilled_at IS NOT NULL) AND (fulfilled_on IS NOT NULL)))" })
@Check({ name: 'micro_wishes_withdrawn_check', expression: "((status = 'WITHDRAWN'::micro_wish_status) = (withdrawn_at IS NOT NULL))" })
@Check({ name: 'micro_wishes_value_check', expression: '((estimated_value_yuan IS NULL) OR ((estimated_value_yuan >= 1) AND (estimated_value_yuan <= 100000)))' }) // as PostgreSQL stores it, so schema diffs stay quiet
export class MicroWish {
  [OptionalProps]?: 'status' | 'postedAt' | 'version' | 'estimatedValueYuan' | 'dueOn' | 'fulfilledOn' | 'fulfilledAt' | 'fulfilledBy' | 'fulfilmentNote' | 'photo' | 'withdrawnAt' | 'withdrawnReason';

  @Field(() => ID, { description: '心愿编号 / Wish id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The village or residential area whose resident made the wish. */
  @ManyToOne(() => Organisation, { ref: true })
  place!: Ref<Organisation>;

  @Field(() => WishCategory, { description: '帮助对象 / Whom it helps' })
  @Enum({ items: () => WishCategory, nativeEnumName: 'micro_wish_category' })
  category!: WishCategory;

  @Field({ description: '心愿（如：一台助听器）/ The wish, e.g. a hearing aid' })
  @Property({ length: 60 })
  title!: string;

  @Field({ description: '说明（不含居民姓名、电话、住址）/ Description (without the resident\'s name, phone or address)' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { nullable: true, description: '大约价值（元）/ Rough value in yuan' })
  @Property({ type: 'integer', nullable: true })
  estimatedValueYuan?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '希望在此日期前实现 / Hoped for by this date' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Field(() => WishHandover, { description: '交付方式 / How the gift reaches the resident' })
  @Enum({ items: () => WishHandover, nativeEnumName: 'micro_wish_handover' })
  handover!: WishHandover;

  @Field(() => WishStatus, { description: '状态 / Status' })
  @Enum({ items: () => WishStatus, nativeEnumName: 'micro_wish_status' })
  status: WishStatus = WishStatus.OPEN;

  @ManyToOne(() => User, { ref: true })
  postedBy!: Ref<User>;

  @Field({ description: '发布时间 / When it was posted' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  postedAt: Date = new Date();

  @Field(() => LocalDateScalar, { nullable: true, description: '圆梦日期 / The day it was fulfilled' })
  @Property({ type: 'date', nullable: true })
  fulfilledOn?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  fulfilledAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  fulfilledBy?: Ref<User> | null;

  @Field(() => String, { nullable: true, description: '圆梦说明（公开，不含居民身份）/ A public note on the fulfilment (without who the resident is)' })
  @Property({ length: 300, nullable: true })
  fulfilmentNote?: string | null;

  /** Photo of the handover: seen by the place's workers, the claimant and town staff, never public. */
  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'restrict' })
  photo?: Ref<Document> | null;

  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  @Property({ length: 300, nullable: true })
  withdrawnReason?: string | null;

  @Field(() => Int, { description: '版本号，修改时传回 / Version; send it back with a change' })
  @Property({ version: true })
  version: number = 1;
}

/**
 * Who the wish is for. Read only by the place's community workers and, for what delivery
 * needs, by the claimant while their claim stands (see `microwish.access.ts`).
 */
@Entity({ tableName: 'micro_wish_recipients' })
export class MicroWishRecipient {
  @OneToOne(() => MicroWish, { primary: true, ref: true, deleteRule: 'cascade' })
  wish!: Ref<MicroWish>;

  @Property({ length: 50 })
  name!: string;

  @Property({ length: 20, nullable: true })
  phone?: string | null;

  @Property({ length: 120 })
  address!: string;

  /** For the workers: e.g. "hard of hearing, call the daughter first". */
  @Property({ length: 300, nullable: true })
  note?: string | null;
}

/**
 * A claim on a wish. At most one claim per wish stands at a time (not released): a partial
 * unique index, so two claimants at once cannot both win.
 */
@Entity({ tableName: 'micro_wish_claims' })
@Index({ name: 'micro_wish_claims_one_standing', expression: `create unique index "micro_wish_claims_one_standing" on "micro_wish_claims" ("wish_id") where "released_at" is null` })
@Index({ properties: ['organisation', 'claimedAt'] })
@Index({ properties: ['claimedBy', 'claimedAt'] })
@Check({ name: 'micro_wish_claims_kind_check', expression: "((claimant_kind = 'ORGANISATION'::micro_wish_claimant_kind) = (organisation_id IS NOT NULL))" })
@Check({ name: 'micro_wish_claims_released_check', expression: '((released_at IS NULL) = (released_by_id IS NULL))' })
export class MicroWishClaim {
  [OptionalProps]?: 'claimedAt' | 'note' | 'organisation' | 'releasedAt' | 'releasedBy' | 'releaseReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => MicroWish, { ref: true, index: true })
  wish!: Ref<MicroWish>;

  @Enum({ items: () => ClaimantKind, nativeEnumName: 'micro_wish_claimant_kind' })
  claimantKind!: ClaimantKind;

  /** The member organisation, when an organisation claimed (through its HR or bank liaison). */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict' })
  organisation?: Ref<Organisation> | null;

  /** The person who claimed: the organisation's staff member, or the Party member or volunteer. */
  @ManyToOne(() => User, { ref: true })
  claimedBy!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  claimedAt: Date = new Date();

  /** From the claimant to the worker, e.g. when they plan to bring the gift. */
  @Property({ length: 300, nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  releasedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  releasedBy?: Ref<User> | null;

  @Property({ length: 300, nullable: true })
  releaseReason?: string | null;
}

/**
 * A person registered to take micro-wishes as an individual (志愿者登记). Party membership is
 * self-declared, as on the 报到 form; the place's worker sees it with the phone, to arrange the
 * handover, once the person claims one of that place's wishes.
 */
@ObjectType({ description: '个人志愿者登记 / A person registered to take micro-wishes' })
@Entity({ tableName: 'community_volunteers' })
export class CommunityVolunteer {
  [OptionalProps]?: 'registeredAt';

  @OneToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ length: 20 })
  phone!: string;

  @Field({ description: '是否党员（本人填报）/ Party member (self-declared)' })
  @Property()
  partyMember!: boolean;

  @Field({ description: '登记时间 / When they registered' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  registeredAt: Date = new Date();
}
