import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Application } from '../application/index.js';
import { RuleVersion } from '../policy/index.js';
import { OfferStatus, SubsidyCategory, UnitLayout, WaitlistStatus } from './apartment.enums.js';
import { ApartmentUnit } from './inventory.entity.js';

/**
 * An approved flat application waiting for a unit of its layout. Created in the approval's own
 * transaction (a workflow step listener). The published order: earliest `queuedAt` first (the
 * approval time; declining or letting an offer lapse moves it to the time of that answer), then
 * the application's reference number.
 */
@ObjectType({ description: '人才公寓轮候登记（每份获批申请一条）/ A place on the talent-apartment waitlist (one per approved application)' })
@Entity({ tableName: 'apartment_waitlist' })
@Index({ properties: ['layout', 'status', 'queuedAt'] })
@Check({ name: 'apartment_waitlist_move_in_check', expression: "((move_in_month)::text ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'::text)" })
export class WaitlistEntry {
  [OptionalProps]?: 'status' | 'declines' | 'createdAt' | 'updatedAt' | 'referenceKey';

  @Field(() => ID, { description: '轮候编号 / Waitlist entry id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Application, { ref: true, owner: true, unique: true })
  application!: Ref<Application>;

  @ManyToOne(() => User, { ref: true, index: true })
  talent!: Ref<User>;

  /** The application's reference, copied for the tie-break of the published order. */
  @Property({ length: 20 })
  referenceKey!: string;

  @Field(() => UnitLayout, { description: '轮候的户型 / Layout waited for' })
  @Enum({ items: () => UnitLayout, nativeEnumName: 'apartment_layout' })
  layout!: UnitLayout;

  @Field({ description: '希望入住月份 YYYY-MM / Month the applicant wants to move in, YYYY-MM' })
  @Property({ length: 7 })
  moveInMonth!: string;

  @Field(() => SubsidyCategory, { description: '租金补贴类别（经审核）/ Rent subsidy category (as reviewed)' })
  @Enum({ items: () => SubsidyCategory, nativeEnumName: 'apartment_subsidy_category' })
  category!: SubsidyCategory;

  @Field({ description: '申请获批时间 / When the application was approved' })
  @Property({ type: 'timestamptz' })
  approvedAt!: Date;

  @Field({ description: '排队时间：先到先配；谢绝或逾期未答复后改为当时时间（排到队尾）/ Place in the queue: earliest first; after a decline or lapse, the time of that answer (back of the line)' })
  @Property({ type: 'timestamptz' })
  queuedAt!: Date;

  @Field(() => WaitlistStatus, { description: '状态 / Status' })
  @Enum({ items: () => WaitlistStatus, nativeEnumName: 'apartment_waitlist_status' })
  status: WaitlistStatus = WaitlistStatus.WAITING;

  @Field(() => Int, { description: '谢绝或逾期的次数 / Offers declined or let lapse' })
  @Property({ default: 0 })
  declines: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A unit offered to the next person in line, with a deadline. The database allows one PENDING
 * offer per unit and per waitlist entry (partial unique indexes), and a trigger refuses a pending
 * offer on a unit that is let: a unit is never offered to two people at once.
 */
@ObjectType({ description: '配租通知：把一套房源配给轮候中的下一位，限期答复 / An offer of a unit to the next in line, to answer by a deadline' })
@Entity({ tableName: 'apartment_offers' })
@Index({ name: 'apartment_offers_one_pending_per_unit', expression: `create unique index "apartment_offers_one_pending_per_unit" on "apartment_offers" ("unit_id") where "status" = 'PENDING'` })
@Index({ name: 'apartment_offers_one_pending_per_entry', expression: `create unique index "apartment_offers_one_pending_per_entry" on "apartment_offers" ("entry_id") where "status" = 'PENDING'` })
@Index({ properties: ['status', 'respondBy'] })
@Check({ name: 'apartment_offers_deadline_check', expression: '(respond_by > offered_at)' })
@Check({ name: 'apartment_offers_manual_check', expression: '((offered_by_id IS NULL) = (offer_reason IS NULL))' })
export class ApartmentOffer {
  [OptionalProps]?: 'status' | 'offeredAt' | 'respondedAt' | 'declineReason' | 'offeredBy' | 'offerReason';

  @Field(() => ID, { description: '配租通知编号 / Offer id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApartmentUnit, { ref: true, index: true })
  unit!: Ref<ApartmentUnit>;

  @ManyToOne(() => WaitlistEntry, { ref: true, index: true })
  entry!: Ref<WaitlistEntry>;

  @ManyToOne(() => User, { ref: true, index: true })
  talent!: Ref<User>;

  @Field(() => OfferStatus, { description: '状态 / Status' })
  @Enum({ items: () => OfferStatus, nativeEnumName: 'apartment_offer_status' })
  status: OfferStatus = OfferStatus.PENDING;

  @Field({ description: '发出时间 / When it was made' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  offeredAt: Date = new Date();

  @Field({ description: '答复截止时间；逾期视为放弃，房源转给下一位 / Answer by this time; after it the offer lapses and the unit goes to the next in line' })
  @Property({ type: 'timestamptz' })
  respondBy!: Date;

  @Field(() => Date, { nullable: true, description: '答复（或逾期、撤回）时间 / When it was answered, lapsed or withdrawn' })
  @Property({ type: 'timestamptz', nullable: true })
  respondedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '谢绝理由（选填）/ Why it was declined (optional)' })
  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  /**
   * Who made the offer by hand, out of the published order; null for the waitlist's own offers.
   * With `offerReason` (both or neither, a database check) and an audit entry.
   */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  offeredBy?: Ref<User> | null;

  /** Why a coordinator made the offer by hand. */
  @Property({ type: 'text', nullable: true })
  offerReason?: string | null;

  /** The letting rules (response days) the deadline came from. */
  @ManyToOne(() => RuleVersion, { ref: true, deleteRule: 'restrict' })
  ruleVersion!: Ref<RuleVersion>;
}
