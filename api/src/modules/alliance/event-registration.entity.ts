import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { AllianceEvent } from './alliance-event.entity.js';
import { RegistrationStatus, SeatKind } from './alliance.enums.js';

/**
 * One person's place at one event: a seat, a place on the waitlist, or a cancelled sign-up.
 * The database holds the line on its own: one row per (event, person), one queue number per
 * (event, number), a seat exactly when registered, and a trigger (see the alliance migration)
 * that refuses any row that would put an event over its capacity or an enterprise over its
 * reserved seats.
 */
@ObjectType({ description: '活动报名 / A registration for an alliance event' })
@Entity({ tableName: 'alliance_event_registrations' })
@Unique({ name: 'alliance_event_registrations_event_person_unique', properties: ['event', 'person'] })
@Unique({ name: 'alliance_event_registrations_event_queue_unique', properties: ['event', 'queueNumber'] })
@Index({ properties: ['event', 'status'] })
@Check({ name: 'alliance_event_registrations_seat_check', expression: "((status = 'REGISTERED'::registration_status) = (seat IS NOT NULL))" })
@Check({ name: 'alliance_event_registrations_rating_check', expression: '((feedback_rating >= 1) AND (feedback_rating <= 5))' }) // as PostgreSQL stores it, so schema diffs stay quiet
export class EventRegistration {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'seat' | 'checkedInAt' | 'checkedInBy' | 'feedbackRating' | 'feedbackComment' | 'feedbackAt' | 'cancelledAt' | 'organisation';

  @Field(() => ID, { description: '报名编号 / Registration id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AllianceEvent, { ref: true, deleteRule: 'cascade' })
  event!: Ref<AllianceEvent>;

  @ManyToOne(() => User, { ref: true, index: true })
  person!: Ref<User>;

  /** The person's employer when they signed up: whose reserved seats they may use and whose HR sees them. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, index: true })
  organisation?: Ref<Organisation> | null;

  @Field(() => RegistrationStatus, { description: '状态 / Status' })
  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  status!: RegistrationStatus;

  @Field(() => SeatKind, { nullable: true, description: '座位来源（已报名时）/ Where the seat comes from (when registered)' })
  @Enum({ items: () => SeatKind, nativeEnumName: 'seat_kind', nullable: true })
  seat?: SeatKind | null;

  /** Order of joining the queue (per event); the waitlist is served in this order. */
  @Property()
  queueNumber!: number;

  @ManyToOne(() => User, { ref: true })
  registeredBy!: Ref<User>;

  /** Short code shown as text and as a QR image; typed or scanned at the door. */
  @Property({ length: 16, unique: true })
  checkInCode!: string;

  @Field(() => Date, { nullable: true, description: '签到时间 / When the person checked in' })
  @Property({ type: 'timestamptz', nullable: true })
  checkedInAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  checkedInBy?: Ref<User> | null;

  @Field(() => Int, { nullable: true, description: '评分 1–5 / Rating from 1 to 5' })
  @Property({ type: 'smallint', nullable: true })
  feedbackRating?: number | null;

  @Field(() => String, { nullable: true, description: '反馈意见 / Feedback comment' })
  @Property({ type: 'text', nullable: true })
  feedbackComment?: string | null;

  @Field(() => Date, { nullable: true, description: '反馈时间 / When feedback was given' })
  @Property({ type: 'timestamptz', nullable: true })
  feedbackAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '取消时间 / When it was cancelled' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @Field({ description: '报名时间 / When the person signed up' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
