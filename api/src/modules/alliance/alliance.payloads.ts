import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';
import { AllianceConvenerTerm, AllianceMemberProfile } from './alliance-member.entity.js';
import { AllianceEvent } from './alliance-event.entity.js';
import { CadreCohort, CadreNomination } from './cadre.entity.js';
import { EventRegistration } from './event-registration.entity.js';

@ObjectType({ description: '活动变更的结果 / Result of a change to an event' })
export class AllianceEventPayload {
  @Field(() => AllianceEvent, { nullable: true, description: '变更后的活动 / The event after the change' })
  event!: AllianceEvent | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '报名变更的结果 / Result of a change to a registration' })
export class RegistrationPayload {
  @Field(() => EventRegistration, { nullable: true, description: '变更后的报名 / The registration after the change' })
  registration!: EventRegistration | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '批量报名的结果 / Result of registering several people' })
export class RegistrationsPayload {
  @Field(() => [EventRegistration], { description: '新报名（已报名或候补）/ The new registrations (seated or waitlisted)' })
  registrations!: EventRegistration[];

  @Field(() => [EventRegistration], { description: '其中因座位不足进入候补的人，按候补顺序 / Those of them who went on the waitlist for want of a seat, in waitlist order' })
  waitlisted!: EventRegistration[];

  @Field(() => [UserError], { description: '可更正的错误；有错误时一个也不报 / Problems the user can fix; with any, nobody is registered' })
  errors!: UserError[];
}

@ObjectType({ description: '成员档案变更的结果 / Result of changing a member profile' })
export class AllianceMemberProfilePayload {
  @Field(() => AllianceMemberProfile, { nullable: true, description: '档案 / The profile' })
  profile!: AllianceMemberProfile | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '设定召集人的结果 / Result of setting a convener' })
export class ConvenerPayload {
  @Field(() => AllianceConvenerTerm, { nullable: true, description: '任期 / The term' })
  term!: AllianceConvenerTerm | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '批次变更的结果 / Result of a change to a cohort' })
export class CadreCohortPayload {
  @Field(() => CadreCohort, { nullable: true, description: '批次 / The cohort' })
  cohort!: CadreCohort | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '推荐变更的结果 / Result of a change to a nomination' })
export class CadreNominationPayload {
  @Field(() => CadreNomination, { nullable: true, description: '推荐 / The nomination' })
  nomination!: CadreNomination | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '日历订阅地址变更的结果 / Result of making or revoking a calendar feed' })
export class CalendarFeedPayload {
  @Field(() => String, { nullable: true, description: '新订阅地址（路径，仅此一次显示）；撤销后为空 / The new feed path (shown this once); null after revoking' })
  path!: string | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}
