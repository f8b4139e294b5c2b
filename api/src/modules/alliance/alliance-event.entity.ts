import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { AllianceEventKind, AllianceEventStatus } from './alliance.enums.js';
import { CadreCohort } from './cadre.entity.js';
import type { EventCounts } from './alliance.loaders.js';

/**
 * A learning-exchange event of the alliance. Its row is the lock that serialises sign-ups:
 * every change to its seats runs `select … for update` on it first (registration.service.ts).
 */
@ObjectType({ description: '联盟学习互鉴活动 / A learning-exchange event of the alliance' })
@Entity({ tableName: 'alliance_events' })
@Index({ properties: ['status', 'startsAt'] })
@Check({ name: 'alliance_events_capacity_check', expression: '(capacity > 0)' })
@Check({ name: 'alliance_events_times_check', expression: '((ends_at > starts_at) AND (registration_closes_at > registration_opens_at))' })
@Check({ name: 'alliance_events_release_check', expression: '(reserved_seats_release_hours >= 0)' })
export class AllianceEvent {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'sequence' | 'reservedSeatsReleaseHours' | 'reservedSeatsReleasedAt' | 'cancelReason' | 'venueZh' | 'venueEn' | 'hostOrganisation' | 'cohort' | 'reservedSeatsReleaseAt';

  @Field(() => ID, { description: '活动编号 / Event id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '标题（中文）/ Title in Chinese' })
  @Property()
  titleZh!: string;

  @Field({ description: '标题（英文），仅中文举办的活动为空字符串 / Title in English; empty for an event held only in Chinese' })
  @Property()
  titleEn!: string;

  @Field({ description: '介绍（中文）/ Description in Chinese' })
  @Property({ type: 'text' })
  descriptionZh!: string;

  @Field({ description: '介绍（英文），仅中文举办的活动为空字符串 / Description in English; empty for an event held only in Chinese' })
  @Property({ type: 'text' })
  descriptionEn!: string;

  @Field(() => AllianceEventKind, { description: '活动类型 / Kind' })
  @Enum({ items: () => AllianceEventKind, nativeEnumName: 'alliance_event_kind' })
  kind!: AllianceEventKind;

  @ManyToOne(() => Organisation, { ref: true, nullable: true, index: true })
  hostOrganisation?: Ref<Organisation> | null;

  @Field(() => String, { nullable: true, description: '地点（中文）/ Venue in Chinese' })
  @Property({ nullable: true })
  venueZh?: string | null;

  @Field(() => String, { nullable: true, description: '地点（英文）/ Venue in English' })
  @Property({ nullable: true })
  venueEn?: string | null;

  @Field({ description: '开始时间（按 Asia/Shanghai 显示）/ Start (shown in Asia/Shanghai)' })
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field({ description: '结束时间 / End' })
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => Int, { description: '座位总数 / Seats in all' })
  @Property()
  capacity!: number;

  @Field({ description: '报名开始时间 / When registration opens' })
  @Property({ type: 'timestamptz' })
  registrationOpensAt!: Date;

  @Field({ description: '报名截止时间 / When registration closes' })
  @Property({ type: 'timestamptz' })
  registrationClosesAt!: Date;

  @Field(() => Int, { description: '活动开始前多少小时释放未用的预留座位 / Hours before the start when unused reserved seats are released to everyone' })
  @Property({ default: 48 })
  reservedSeatsReleaseHours: number = 48;

  @Field(() => Date, { nullable: true, description: '预留座位已释放的时间 / When unused reserved seats were released' })
  @Property({ type: 'timestamptz', nullable: true })
  reservedSeatsReleasedAt?: Date | null;

  @Field(() => AllianceEventStatus, { description: '状态 / Status' })
  @Enum({ items: () => AllianceEventStatus, nativeEnumName: 'alliance_event_status', default: AllianceEventStatus.DRAFT })
  status: AllianceEventStatus = AllianceEventStatus.DRAFT;

  @Field(() => String, { nullable: true, description: '取消原因 / Why it was cancelled' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** A session of a cadre exchange cohort; only its selected participants may register. */
  @ManyToOne(() => CadreCohort, { ref: true, nullable: true, index: true })
  cohort?: Ref<CadreCohort> | null;

  /** iCalendar SEQUENCE: bumped on every change after publishing, so calendar apps update. */
  @Property({ default: 0 })
  sequence: number = 0;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** When unused reserved seats go to everyone. */
  get reservedSeatsReleaseAt(): Date {
    return new Date(this.startsAt.getTime() - this.reservedSeatsReleaseHours * 3600_000);
  }
}

/**
 * An event as lists read it: a plain object with the entity's fields that the GraphQL type reads
 * (references as ids), not an entity (issue 13). The GraphQL type AllianceEvent resolves from either.
 */
export type AllianceEventView = Omit<AllianceEvent, 'hostOrganisation' | 'cohort' | 'createdBy' | 'createdAt' | 'updatedAt' | 'sequence' | 'descriptionZh' | 'descriptionEn'> & {
  hostOrganisation: { id: string } | null;
  cohort: { id: string } | null;
  /** Absent when the list's query did not ask for them (see DescriptionZh's resolver): they are the long part of a row. */
  descriptionZh?: string;
  descriptionEn?: string;
  /** Its seat and attendance numbers, when the list's statement read them too (else the request's loader gives them). */
  counts?: EventCounts;
};

/**
 * The columns a list reads: what the GraphQL type reads of an event, without the descriptions
 * (`EVENT_DESCRIPTION_COLUMNS`: a list reads them only when asked; they are most of a row's bytes).
 */
export const EVENT_COLUMNS = `id, title_zh, title_en, kind, host_organisation_id, venue_zh, venue_en, starts_at, ends_at, capacity,
  registration_opens_at, registration_closes_at, reserved_seats_release_hours, reserved_seats_released_at, status, cancel_reason, cohort_id`;
export const EVENT_DESCRIPTION_COLUMNS = 'description_zh, description_en';

export interface AllianceEventRow {
  id: string; title_zh: string; title_en: string; description_zh?: string; description_en?: string; kind: AllianceEventKind; host_organisation_id: string | null;
  venue_zh: string | null; venue_en: string | null; starts_at: string; ends_at: string; capacity: number; registration_opens_at: string; registration_closes_at: string;
  reserved_seats_release_hours: number; reserved_seats_released_at: string | null; status: AllianceEventStatus; cancel_reason: string | null; cohort_id: string | null;
}

/** Timestamps come from pg as text (MikroORM's setting), parsed here as MikroORM would. */
const time = (text: string) => new Date(text);
const idOf = (id: string | null) => (id === null ? null : { id });

export function eventView(r: AllianceEventRow): AllianceEventView {
  const startsAt = time(r.starts_at);
  return {
    id: r.id, titleZh: r.title_zh, titleEn: r.title_en, descriptionZh: r.description_zh, descriptionEn: r.description_en, kind: r.kind,
    hostOrganisation: idOf(r.host_organisation_id), venueZh: r.venue_zh, venueEn: r.venue_en, startsAt, endsAt: time(r.ends_at), capacity: r.capacity,
    registrationOpensAt: time(r.registration_opens_at), registrationClosesAt: time(r.registration_closes_at), reservedSeatsReleaseHours: r.reserved_seats_release_hours,
    reservedSeatsReleasedAt: r.reserved_seats_released_at === null ? null : time(r.reserved_seats_released_at), status: r.status, cancelReason: r.cancel_reason,
    cohort: idOf(r.cohort_id),
    // The entity's getter, as a value.
    reservedSeatsReleaseAt: new Date(startsAt.getTime() - r.reserved_seats_release_hours * 3600_000),
  };
}

/** Seats an event keeps for one enterprise until the release time. */
@ObjectType({ description: '企业预留座位 / Seats an event reserves for one enterprise' })
@Entity({ tableName: 'alliance_event_quotas' })
@Unique({ properties: ['event', 'organisation'] })
@Check({ name: 'alliance_event_quotas_seats_check', expression: '(seats > 0)' })
export class EventSeatQuota {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AllianceEvent, { ref: true, deleteRule: 'cascade' })
  event!: Ref<AllianceEvent>;

  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field(() => Int, { description: '预留座位数 / Reserved seats' })
  @Property()
  seats!: number;
}

/** The title English readers get: the English one, or the Chinese one for a Chinese-only event. */
export function titleForEnglish(event: Pick<AllianceEvent, 'titleZh' | 'titleEn'>): string {
  return event.titleEn || event.titleZh;
}

/** Both titles for bilingual text (calendars, exports); one when the event has no English title. */
export function bothTitles(event: Pick<AllianceEvent, 'titleZh' | 'titleEn'>): string {
  return event.titleEn ? `${event.titleZh} / ${event.titleEn}` : event.titleZh;
}
