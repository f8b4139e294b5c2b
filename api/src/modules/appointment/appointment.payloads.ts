import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';
import { Appointment, CalendarDay, PointClosure, ServicePoint } from './appointment.entity.js';

@ObjectType({ description: '可预约时段 / A bookable slot' })
export class AppointmentSlot {
  @Field({ description: '开始 / Starts at' }) startsAt!: Date;
  @Field({ description: '结束 / Ends at' }) endsAt!: Date;
  @Field(() => Int, { description: '可预约人数 / Places in the slot' }) capacity!: number;
  @Field(() => Int, { description: '剩余名额 / Places left' }) remaining!: number;
}

@ObjectType({ description: '预约操作结果 / Result of an appointment step' })
export class AppointmentPayload {
  @Field(() => Appointment, { nullable: true, description: '预约；有错误时为空 / The appointment; null when there are errors' }) appointment!: Appointment | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}

@ObjectType({ description: '载入节假日安排的结果 / Result of loading the holiday calendar' })
export class CalendarDaysPayload {
  @Field(() => [CalendarDay], { nullable: true, description: '该年的安排；有错误时为空 / The year\'s days; null when there are errors' }) days!: CalendarDay[] | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}

@ObjectType({ description: '网点设置结果 / Result of changing a service point' })
export class ServicePointPayload {
  @Field(() => ServicePoint, { nullable: true, description: '网点；有错误时为空 / The point; null when there are errors' }) point!: ServicePoint | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}

@ObjectType({ description: '停办登记结果 / Result of closing a day' })
export class PointClosurePayload {
  @Field(() => PointClosure, { nullable: true, description: '停办日；有错误时为空 / The closure; null when there are errors' }) closure!: PointClosure | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}
