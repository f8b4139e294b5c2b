import { Field, InputType, Int } from 'type-graphql';
import { LocalDateScalar, UUIDScalar } from '../../core/graphql/scalars.js';
import { CalendarDayKind } from './appointment.enums.js';

@InputType({ description: '预约一个时段 / Book a slot' })
export class BookAppointmentInput {
  @Field(() => UUIDScalar, { description: '预约事项 / The service' }) serviceId!: string;
  @Field({ description: '时段开始时间（取自 appointmentSlots）/ Start of the slot (from appointmentSlots)' }) startsAt!: Date;
  @Field(() => UUIDScalar, { nullable: true, description: '为哪位员工预约（企业人事必填；人才本人不填）/ The member of staff to book for (required for HR; empty for a talent booking for themselves)' }) personId?: string | null;
  @Field(() => UUIDScalar, { nullable: true, description: '关联的申请（本人的）/ A related application (the person\'s own)' }) applicationId?: string | null;
}

@InputType({ description: '改约到另一时段 / Move a booking to another slot' })
export class RescheduleAppointmentInput {
  @Field(() => UUIDScalar, { description: '预约编号 / Appointment id' }) id!: string;
  @Field({ description: '新时段开始时间 / Start of the new slot' }) startsAt!: Date;
}

@InputType({ description: '法定节假日安排中的一天 / One day of the official holiday arrangements' })
export class CalendarDayInput {
  @Field(() => LocalDateScalar, { description: '日期 / Day' }) day!: string;
  @Field(() => CalendarDayKind, { description: '放假或调休上班 / Holiday or adjusted working day' }) kind!: CalendarDayKind;
  @Field({ description: '名称（中文），如 春节 / Name in Chinese, e.g. 春节' }) nameZh!: string;
  @Field({ description: '名称（英文），如 Spring Festival / Name in English' }) nameEn!: string;
}

@InputType({ description: '载入一年的节假日与调休安排（替换该年已有的）/ Load a year\'s holidays and adjusted working days (replacing that year\'s)' })
export class LoadCalendarInput {
  @Field(() => Int, { description: '年份 / Year' }) year!: number;
  @Field(() => [CalendarDayInput], { description: '按国务院办公厅通知逐日列出 / Each day, as the State Council\'s notice lists it' }) days!: CalendarDayInput[];
}

@InputType({ description: '每周某天的一个办公时段 / One opening interval on a weekday' })
export class OpeningHoursInput {
  @Field(() => Int, { description: '星期几（1=周一 … 7=周日）/ Weekday (1 = Monday … 7 = Sunday)' }) weekday!: number;
  @Field({ description: '开始 HH:MM / Opens HH:MM' }) opensAt!: string;
  @Field({ description: '结束 HH:MM / Closes HH:MM' }) closesAt!: string;
  @Field(() => Int, { description: '每个时段可预约人数 / Places per slot' }) capacity!: number;
}

@InputType({ description: '设置网点每周办公时间（替换原有）/ Set a point\'s weekly opening hours (replacing them)' })
export class SetOpeningHoursInput {
  @Field(() => UUIDScalar, { description: '网点 / Service point' }) pointId!: string;
  @Field(() => [OpeningHoursInput], { description: '办公时段 / Intervals' }) hours!: OpeningHoursInput[];
}

@InputType({ description: '网点停办一天 / Close a point for a day' })
export class AddClosureInput {
  @Field(() => UUIDScalar, { description: '网点 / Service point' }) pointId!: string;
  @Field(() => LocalDateScalar, { description: '日期 / Day' }) day!: string;
  @Field({ description: '原因 / Reason' }) reason!: string;
}
