import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';
import { Application } from '../application/index.js';
import { Organisation } from '../organisation/index.js';
import { AppointmentStatus, CalendarDayKind } from './appointment.enums.js';

/**
 * A place where people are served by appointment: the town office's talent service window
 * (人才服务窗口) or a partner bank's branch. Slots are cut from its opening hours in steps of
 * `slotMinutes`, each with the capacity its opening-hours row gives.
 */
@ObjectType({ description: '服务网点：镇人才服务窗口或合作银行支行 / A service point: the town\'s talent service window or a partner bank branch' })
@Entity({ tableName: 'appointment_service_points' })
@Check({ name: 'appointment_service_points_prefix_check', expression: "(queue_prefix ~ '^[A-Z]$'::text)" })
@Check({ name: 'appointment_service_points_slot_check', expression: '((slot_minutes >= 5) AND (slot_minutes <= 240))' })
@Check({ name: 'appointment_service_points_ahead_check', expression: '((booking_days_ahead >= 1) AND (booking_days_ahead <= 180))' })
@Check({ name: 'appointment_service_points_no_show_check', expression: '(((no_show_limit >= 1) AND (no_show_limit <= 100)) AND ((no_show_window_days >= 1) AND (no_show_window_days <= 365)))' })
export class ServicePoint {
  [OptionalProps]?: 'queuePrefix' | 'bookingDaysAhead' | 'noShowLimit' | 'noShowWindowDays' | 'isSample' | 'createdAt';

  @Field(() => ID, { description: '网点编号 / Service point id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The town office or the bank branch whose staff serve here. */
  @ManyToOne(() => Organisation, { ref: true, index: true })
  organisation!: Ref<Organisation>;

  @Field({ description: '中文名称 / Name in Chinese' }) @Property({ type: 'text' }) nameZh!: string;
  @Field({ description: '英文名称 / Name in English' }) @Property({ type: 'text' }) nameEn!: string;
  @Field({ description: '地址（中文）/ Address in Chinese' }) @Property({ type: 'text' }) addressZh!: string;
  @Field({ description: '地址（英文）/ Address in English' }) @Property({ type: 'text' }) addressEn!: string;

  @Field({ description: '排队号字母，如 A 对应 A001 / Letter of its queue numbers, e.g. A for A001' })
  @Property({ type: 'text', default: 'A' })
  queuePrefix: string = 'A';

  @Field(() => Int, { description: '每个时段的分钟数 / Minutes per slot' })
  @Property({ type: 'integer' })
  slotMinutes!: number;

  @Field(() => Int, { description: '最多可提前预约的天数 / How many days ahead one may book' })
  @Property({ type: 'integer', default: 30 })
  bookingDaysAhead: number = 30;

  @Field(() => Int, { description: '爽约限制：窗口期内爽约达到此次数后暂停预约 / No-show rule: this many no-shows within the window stop new bookings here' })
  @Property({ type: 'integer', default: 3 })
  noShowLimit: number = 3;

  @Field(() => Int, { description: '爽约统计窗口（天）/ Days over which no-shows are counted' })
  @Property({ type: 'integer', default: 90 })
  noShowWindowDays: number = 90;

  @Field({ description: '是否为示例数据 / Sample data' })
  @Property({ default: false })
  isSample: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One opening interval on one weekday (1 = Monday … 7 = Sunday), with places per slot. */
@ObjectType({ description: '办公时间（每周某天的一个时段）/ Opening hours: one interval on one weekday' })
@Entity({ tableName: 'appointment_opening_hours' })
@Index({ properties: ['point', 'weekday'] })
@Check({ name: 'appointment_opening_hours_weekday_check', expression: '((weekday >= 1) AND (weekday <= 7))' })
@Check({ name: 'appointment_opening_hours_times_check', expression: '(opens_at < closes_at)' })
@Check({ name: 'appointment_opening_hours_capacity_check', expression: '((capacity >= 1) AND (capacity <= 100))' })
export class OpeningHours {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServicePoint, { ref: true, deleteRule: 'cascade' })
  point!: Ref<ServicePoint>;

  @Field(() => Int, { description: '星期几（1=周一 … 7=周日）/ Weekday (1 = Monday … 7 = Sunday)' })
  @Property({ type: 'smallint' })
  weekday!: number;

  @Field({ description: '开始时间 HH:MM（北京时间）/ Opens at HH:MM (Shanghai time)' })
  @Property({ type: 'time' })
  opensAt!: string;

  @Field({ description: '结束时间 HH:MM（北京时间）/ Closes at HH:MM (Shanghai time)' })
  @Property({ type: 'time' })
  closesAt!: string;

  @Field(() => Int, { description: '每个时段可预约人数 / Places per slot' })
  @Property({ type: 'integer' })
  capacity!: number;
}

/** A day a service point is closed besides public holidays (training, a move, an outage). */
@ObjectType({ description: '网点停办日 / A day a service point is closed' })
@Entity({ tableName: 'appointment_closures' })
@Unique({ properties: ['point', 'closedOn'] })
export class PointClosure {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServicePoint, { ref: true, deleteRule: 'cascade' })
  point!: Ref<ServicePoint>;

  @Field(() => LocalDateScalar, { description: '停办日期 / Day closed' })
  @Property({ type: 'date' })
  closedOn!: string;

  @Field({ description: '原因 / Reason' })
  @Property({ type: 'text' })
  reason!: string;
}

/** One day of the State Council's holiday arrangements, loaded per year by an administrator. */
@ObjectType({ description: '法定节假日与调休上班日 / An official holiday or adjusted working day' })
@Entity({ tableName: 'appointment_calendar_days' })
export class CalendarDay {
  [OptionalProps]?: 'isSample';

  @Field(() => LocalDateScalar, { description: '日期 / Day' })
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Field(() => CalendarDayKind, { description: '放假或调休上班 / Holiday or adjusted working day' })
  @Enum({ items: () => CalendarDayKind, nativeEnumName: 'appointment_day_kind' })
  kind!: CalendarDayKind;

  @Field({ description: '名称（中文），如 春节 / Name in Chinese, e.g. 春节' }) @Property({ type: 'text' }) nameZh!: string;
  @Field({ description: '名称（英文）/ Name in English' }) @Property({ type: 'text' }) nameEn!: string;

  @Field({ description: '示例数据（尚未与国务院办公厅通知核对）/ Sample data (not yet checked against the State Council notice)' })
  @Property({ default: false })
  isSample: boolean = false;
}

/** What one can book: who serves it, how long it takes, what to bring, which policies it is about. */
@ObjectType({ description: '预约服务事项 / A service one can book' })
@Entity({ tableName: 'appointment_services' })
@Index({ properties: ['policyIds'], type: 'gin' })
@Check({ name: 'appointment_services_duration_check', expression: '((duration_minutes >= 5) AND (duration_minutes <= 240))' })
@Check({ name: 'appointment_services_cutoff_check', expression: '((cancel_cutoff_minutes >= 0) AND (cancel_cutoff_minutes <= 10080))' })
export class AppointmentService {
  [OptionalProps]?: 'cancelCutoffMinutes' | 'active' | 'isSample' | 'policyIds' | 'documentsZh' | 'documentsEn';

  @Field(() => ID, { description: '服务事项编号 / Service id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServicePoint, { ref: true })
  point!: Ref<ServicePoint>;

  @Field({ description: '中文名称 / Name in Chinese' }) @Property({ type: 'text' }) nameZh!: string;
  @Field({ description: '英文名称 / Name in English' }) @Property({ type: 'text' }) nameEn!: string;
  @Field({ description: '说明（中文）/ Description in Chinese' }) @Property({ type: 'text' }) descriptionZh!: string;
  @Field({ description: '说明（英文）/ Description in English' }) @Property({ type: 'text' }) descriptionEn!: string;

  @Field(() => Int, { description: '办理时长（分钟）/ How long the visit takes, in minutes' })
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => [String], { description: '需携带的材料（中文）/ Documents to bring, in Chinese' })
  @Property({ type: 'text[]', default: '{}' })
  documentsZh: string[] = [];

  @Field(() => [String], { description: '需携带的材料（英文）/ Documents to bring, in English' })
  @Property({ type: 'text[]', default: '{}' })
  documentsEn: string[] = [];

  /** The policies this service concerns (reference data; the policy page lists the services). */
  @Property({ type: 'uuid[]', default: '{}' })
  policyIds: string[] = [];

  @Field(() => Int, { description: '改约、取消截止：开始前多少分钟 / Rescheduling and cancelling close this many minutes before the start' })
  @Property({ type: 'integer', default: 120 })
  cancelCutoffMinutes: number = 120;

  @Field({ description: '是否开放预约 / Open for booking' })
  @Property({ default: true })
  active: boolean = true;

  @Field({ description: '是否为示例数据 / Sample data' })
  @Property({ default: false })
  isSample: boolean = false;
}

/**
 * One booking. The database holds the rules that concurrency could break: places per slot
 * (trigger-kept counter with a CHECK), one active booking per person, service and day (partial
 * unique index), and queue numbers unique per service point and day.
 */
@ObjectType({ description: '一次预约 / An appointment' })
@Entity({ tableName: 'appointments' })
@Index({
  name: 'appointments_one_active_per_person_service_day',
  expression: `create unique index "appointments_one_active_per_person_service_day" on "appointments" ("person_id", "service_id", "local_day") where status in ('BOOKED', 'CALLED')`,
})
@Unique({ properties: ['point', 'localDay', 'queueNumber'] })
@Index({ properties: ['point', 'localDay', 'status'] })
@Index({ properties: ['person', 'startsAt'] })
@Index({ properties: ['bookedBy', 'startsAt'] })
@Check({ name: 'appointments_day_check', expression: "(local_day = ((starts_at AT TIME ZONE 'Asia/Shanghai'::text))::date)" })
@Check({ name: 'appointments_times_check', expression: '(ends_at > starts_at)' })
@Check({ name: 'appointments_queue_check', expression: '((queue_number >= 1) AND (queue_number <= 999))' })
export class Appointment {
  [OptionalProps]?: 'status' | 'application' | 'calledAt' | 'servedAt' | 'noShowAt' | 'cancelledAt' | 'sequence' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: '预约编号 / Appointment id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AppointmentService, { ref: true })
  service!: Ref<AppointmentService>;

  @ManyToOne(() => ServicePoint, { ref: true })
  point!: Ref<ServicePoint>;

  /** Who comes to the counter. */
  @ManyToOne(() => User, { ref: true })
  person!: Ref<User>;

  /** The person, or their HR who booked on their behalf. */
  @ManyToOne(() => User, { ref: true })
  bookedBy!: Ref<User>;

  @ManyToOne(() => Application, { ref: true, nullable: true })
  application?: Ref<Application> | null;

  @Field({ description: '开始时间 / Starts at' }) @Property({ type: 'timestamptz' }) startsAt!: Date;
  @Field({ description: '结束时间 / Ends at' }) @Property({ type: 'timestamptz' }) endsAt!: Date;

  @Field(() => LocalDateScalar, { description: '预约日期（北京时间）/ Day (Shanghai)' })
  @Property({ type: 'date' })
  localDay!: string;

  @Field(() => Int, { description: '当天排队序号 / Number in the day\'s queue' })
  @Property({ type: 'integer' })
  queueNumber!: number;

  @Field({ description: '排队号，如 A001 / Queue number, e.g. A001' })
  @Property({ type: 'text' })
  queueCode!: string;

  @Field(() => AppointmentStatus, { description: '状态 / Status' })
  @Enum({ items: () => AppointmentStatus, nativeEnumName: 'appointment_status', default: AppointmentStatus.BOOKED })
  status: AppointmentStatus = AppointmentStatus.BOOKED;

  @Field(() => Date, { nullable: true, description: '叫号时间 / When called' }) @Property({ type: 'timestamptz', nullable: true }) calledAt?: Date | null;
  @Field(() => Date, { nullable: true, description: '办结时间 / When served' }) @Property({ type: 'timestamptz', nullable: true }) servedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: '记为未到的时间 / When marked absent' }) @Property({ type: 'timestamptz', nullable: true }) noShowAt?: Date | null;
  @Field(() => Date, { nullable: true, description: '取消时间 / When cancelled' }) @Property({ type: 'timestamptz', nullable: true }) cancelledAt?: Date | null;

  /** iCalendar SEQUENCE: raised on every change a calendar app should pick up. */
  @Property({ type: 'integer', default: 0 })
  sequence: number = 0;

  @Field({ description: '预约时间 / When it was booked' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/**
 * Places taken in one slot of one service point, kept only by the appointments_hold_places
 * trigger (never written by the application); its CHECK is what refuses a booking beyond the
 * slot's capacity, whoever writes. Declared so schema diffs know the table.
 */
@Entity({ tableName: 'appointment_slot_loads' })
@Check({ name: 'appointment_slot_loads_capacity_check', expression: '((booked >= 0) AND (booked <= capacity))' })
export class SlotLoad {
  @ManyToOne(() => ServicePoint, { ref: true, primary: true, deleteRule: 'cascade' })
  point!: Ref<ServicePoint>;

  @PrimaryKey({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'integer' })
  booked!: number;

  @Property({ type: 'integer' })
  capacity!: number;
}

/** The last queue number given out at one service point on one day (A001 …), raised with plain SQL in the booking's transaction. Declared so schema diffs know the table. */
@Entity({ tableName: 'appointment_queue_counters' })
@Check({ name: 'appointment_queue_counters_number_check', expression: '((last_number >= 1) AND (last_number <= 999))' })
export class QueueCounter {
  @ManyToOne(() => ServicePoint, { ref: true, primary: true, deleteRule: 'cascade' })
  point!: Ref<ServicePoint>;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
