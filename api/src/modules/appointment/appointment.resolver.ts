import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { LocalDateScalar, UUIDScalar } from '../../core/graphql/scalars.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { Organisation } from '../organisation/index.js';
import { Policy } from '../policy/index.js';
import { Appointment, AppointmentService, CalendarDay, OpeningHours, PointClosure, ServicePoint } from './appointment.entity.js';
import { AppointmentStatus } from './appointment.enums.js';
import { AddClosureInput, BookAppointmentInput, LoadCalendarInput, RescheduleAppointmentInput, SetOpeningHoursInput } from './appointment.inputs.js';
import { AppointmentPayload, AppointmentSlot, CalendarDaysPayload, PointClosurePayload, ServicePointPayload } from './appointment.payloads.js';
import { BOOKING_ROLES, changeDeadline, servesAt, STAFF_ROLES } from './appointment.rules.js';

const ID_ARG = { description: '预约编号 / Appointment id' };

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => [AppointmentService], { description: '可预约的服务事项（公开）；给出政策时只列与该政策有关的 / Services one can book (public); with a policy, only those about it' })
  appointmentServices(@Ctx() ctx: GraphQLContext, @Arg('policyId', () => UUIDScalar, { nullable: true, description: '政策 / Policy' }) policyId?: string | null): Promise<AppointmentService[]> {
    return ctx.services.appointments.services(policyId ?? null);
  }

  @Query(() => AppointmentService, { description: '一个服务事项（公开）/ One service (public)' })
  appointmentService(@Arg('id', () => UUIDScalar, { description: '服务事项编号 / Service id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<AppointmentService> {
    return ctx.services.appointments.service(id);
  }

  @Query(() => [AppointmentSlot], { description: '服务事项的可预约时段（公开，无需登录）：北京时间，不含节假日、停办日和已过时段；调休上班的周末照常开放；最多 31 天 / Open slots of a service (public, no sign-in): Shanghai time, no holidays, closures or past slots; adjusted weekend working days are open; at most 31 days' })
  appointmentSlots(
    @Arg('serviceId', () => UUIDScalar, { description: '服务事项 / Service' }) serviceId: string,
    @Arg('from', () => LocalDateScalar, { description: '起始日期 / First day' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: '结束日期（含）/ Last day (inclusive)' }) to: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AppointmentSlot[]> {
    return ctx.services.appointments.slots(serviceId, from, to);
  }

  @Query(() => [CalendarDay], { description: '某年的法定节假日与调休上班日（公开）/ A year\'s official holidays and adjusted working days (public)' })
  appointmentCalendarDays(@Arg('year', () => Int, { description: '年份 / Year' }) year: number, @Ctx() ctx: GraphQLContext): Promise<CalendarDay[]> {
    return ctx.services.appointments.calendarDays(year);
  }

  @Query(() => [ServicePoint], { description: '服务网点（公开）/ Service points (public)' })
  appointmentServicePoints(@Ctx() ctx: GraphQLContext): Promise<ServicePoint[]> {
    return ctx.services.appointments.points();
  }

  @Authorized(...STAFF_ROLES)
  @Query(() => [ServicePoint], { description: '我办理预约的网点（镇审核人员：人才服务窗口；银行联络员：本行网点）/ Points whose day lists I work (town reviewers: the window; bank liaisons: their branch)' })
  myServicePoints(@Ctx() ctx: GraphQLContext): Promise<ServicePoint[]> {
    return ctx.services.appointments.staffPoints(requireViewer(ctx));
  }

  @Authorized()
  @Query(() => [Appointment], { description: '我的预约（以及我为员工做的预约），时间早的在前 / My appointments (and those I booked for staff), earliest first' })
  myAppointments(@Ctx() ctx: GraphQLContext, @Arg('includePast', () => Boolean, { nullable: true, description: '包括以往的 / Include past ones' }) includePast?: boolean | null): Promise<Appointment[]> {
    return ctx.services.appointments.mine(requireViewer(ctx), includePast ?? false);
  }

  @Authorized()
  @Query(() => Appointment, { description: '一个预约（本人、代约人或网点工作人员）/ One appointment (its person, who booked it, or the point\'s staff)' })
  appointment(@Arg('id', () => UUIDScalar, ID_ARG) id: string, @Ctx() ctx: GraphQLContext): Promise<Appointment> {
    return ctx.services.appointments.get(requireViewer(ctx), id);
  }

  @Authorized(...STAFF_ROLES)
  @Query(() => [Appointment], { description: '网点某天的预约名单（该网点工作人员）/ A point\'s appointments on one day (its staff)' })
  appointmentDayList(
    @Arg('pointId', () => UUIDScalar, { description: '网点 / Service point' }) pointId: string,
    @Arg('day', () => LocalDateScalar, { description: '日期 / Day' }) day: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Appointment[]> {
    return ctx.services.appointments.dayList(requireViewer(ctx), pointId, day);
  }

  @Authorized(...BOOKING_ROLES)
  @Mutation(() => AppointmentPayload, { description: '预约（人才本人，或企业人事为本单位员工）；给出排队号；每人每事项每天一个有效预约 / Book (a talent for themselves, or HR for their staff); gives a queue number; one active booking per person, service and day' })
  async bookAppointment(@Arg('input') input: BookAppointmentInput, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.book(requireViewer(ctx), input));
    return { appointment: result, errors };
  }

  @Authorized()
  @Mutation(() => AppointmentPayload, { description: '改约（截止时间前）/ Move a booking to another slot (before the cut-off)' })
  async rescheduleAppointment(@Arg('input') input: RescheduleAppointmentInput, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.reschedule(requireViewer(ctx), input.id, input.startsAt));
    return { appointment: result, errors };
  }

  @Authorized()
  @Mutation(() => AppointmentPayload, { description: '取消预约（截止时间前）/ Cancel a booking (before the cut-off)' })
  async cancelAppointment(@Arg('id', () => UUIDScalar, ID_ARG) id: string, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.cancel(requireViewer(ctx), id));
    return { appointment: result, errors };
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => AppointmentPayload, { description: '叫下一位（当天最早时段、排队号最小的等候者）/ Call the next person (today\'s earliest slot, lowest queue number)' })
  async callNextAppointment(@Arg('pointId', () => UUIDScalar, { description: '网点 / Service point' }) pointId: string, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.callNext(requireViewer(ctx), pointId));
    return { appointment: result, errors };
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => AppointmentPayload, { description: '标记已办理（当天）/ Mark served (on the day)' })
  async markAppointmentServed(@Arg('id', () => UUIDScalar, ID_ARG) id: string, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.mark(requireViewer(ctx), id, AppointmentStatus.SERVED));
    return { appointment: result, errors };
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => AppointmentPayload, { description: '标记未到（爽约，计入爽约次数）/ Mark absent (a no-show, counted)' })
  async markAppointmentAbsent(@Arg('id', () => UUIDScalar, ID_ARG) id: string, @Ctx() ctx: GraphQLContext): Promise<AppointmentPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.mark(requireViewer(ctx), id, AppointmentStatus.NO_SHOW));
    return { appointment: result, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDaysPayload, { description: '载入一年的法定节假日与调休上班日（管理员；替换该年已有的）/ Load a year\'s official holidays and adjusted working days (administrators; replaces that year\'s)' })
  async loadAppointmentCalendar(@Arg('input') input: LoadCalendarInput, @Ctx() ctx: GraphQLContext): Promise<CalendarDaysPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.loadCalendar(requireViewer(ctx), input.year, input.days));
    return { days: result, errors };
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => ServicePointPayload, { description: '设置网点每周办公时间和每时段人数（该网点工作人员或管理员）/ Set a point\'s weekly hours and places per slot (its staff or administrators)' })
  async setServicePointHours(@Arg('input') input: SetOpeningHoursInput, @Ctx() ctx: GraphQLContext): Promise<ServicePointPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.setOpeningHours(requireViewer(ctx), input.pointId, input.hours));
    return { point: result, errors };
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => PointClosurePayload, { description: '登记网点停办日（该网点工作人员或管理员）/ Close a point for a day (its staff or administrators)' })
  async addServicePointClosure(@Arg('input') input: AddClosureInput, @Ctx() ctx: GraphQLContext): Promise<PointClosurePayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.appointments.addClosure(requireViewer(ctx), input.pointId, input.day, input.reason));
    return { closure: result, errors };
  }

  @FieldResolver(() => AppointmentService, { description: '服务事项 / The service' })
  async service(@Root() a: Appointment, @Ctx() ctx: GraphQLContext): Promise<AppointmentService> {
    return await loadRequired(ctx.loaders.appointmentServiceById, a.service.id, 'appointment service');
  }

  @FieldResolver(() => ServicePoint, { description: '服务网点 / The service point' })
  async point(@Root() a: Appointment, @Ctx() ctx: GraphQLContext): Promise<ServicePoint> {
    return await loadRequired(ctx.loaders.servicePointById, a.point.id, 'service point');
  }

  @FieldResolver(() => String, { description: '预约人显示名称（本人、代约人和网点工作人员可见）/ Name shown for the person (to them, whoever booked, and the point\'s staff)' })
  async personName(@Root() a: Appointment, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await ctx.loaders.userById.load(a.person.id))?.displayName ?? '';
  }

  @FieldResolver(() => Boolean, { description: '是否为他人代约 / Booked by someone else (HR)' })
  bookedOnBehalf(@Root() a: Appointment): boolean {
    return a.person.id !== a.bookedBy.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: '关联的申请 / The related application' })
  applicationId(@Root() a: Appointment): string | null {
    return a.application?.id ?? null;
  }

  @FieldResolver(() => Date, { description: '改约、取消截止时间 / Rescheduling and cancelling close at' })
  async changeDeadline(@Root() a: Appointment, @Ctx() ctx: GraphQLContext): Promise<Date> {
    const service = await ctx.loaders.appointmentServiceById.load(a.service.id);
    return changeDeadline(a.startsAt, service?.cancelCutoffMinutes ?? 0);
  }

  @FieldResolver(() => Boolean, { description: '当前用户现在能否改约或取消 / Whether the viewer can reschedule or cancel it now' })
  async viewerCanChange(@Root() a: Appointment, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!ctx.viewer || (a.person.id !== ctx.viewer.userId && a.bookedBy.id !== ctx.viewer.userId) || a.status !== AppointmentStatus.BOOKED) return false;
    return Date.now() < (await this.changeDeadline(a, ctx)).getTime();
  }

  @FieldResolver(() => String, { description: '下载 .ics 日历文件的地址 / Where to download it as an .ics calendar file' })
  calendarUrl(@Root() a: Appointment): string {
    return `/appointments/${a.id}.ics`;
  }
}

@Resolver(() => AppointmentService)
export class AppointmentServiceResolver {
  @FieldResolver(() => ServicePoint, { description: '办理网点 / Where it is served' })
  async point(@Root() s: AppointmentService, @Ctx() ctx: GraphQLContext): Promise<ServicePoint> {
    return await loadRequired(ctx.loaders.servicePointById, s.point.id, 'service point');
  }

  @FieldResolver(() => [Policy], { description: '涉及的政策 / Policies it concerns' })
  async policies(@Root() s: AppointmentService, @Ctx() ctx: GraphQLContext): Promise<Policy[]> {
    return (await Promise.all(s.policyIds.map((id) => ctx.loaders.policyById.load(id)))).filter((p): p is Policy => !!p);
  }
}

@Resolver(() => ServicePoint)
export class ServicePointResolver {
  @FieldResolver(() => Organisation, { description: '负责单位（镇政府或银行支行）/ Who serves there (the town office or a bank branch)' })
  async organisation(@Root() p: ServicePoint, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, p.organisation.id, 'organisation');
  }

  @FieldResolver(() => [OpeningHours], { description: '每周办公时间 / Weekly opening hours' })
  openingHours(@Root() p: ServicePoint, @Ctx() ctx: GraphQLContext): Promise<OpeningHours[]> {
    return ctx.loaders.openingHoursByPointId.load(p.id);
  }

  @FieldResolver(() => [PointClosure], { description: '今后的停办日 / Coming closures' })
  upcomingClosures(@Root() p: ServicePoint, @Ctx() ctx: GraphQLContext): Promise<PointClosure[]> {
    return ctx.services.appointments.upcomingClosures(p.id);
  }

  @FieldResolver(() => Boolean, { description: '当前用户是否在此网点办理预约 / Whether the viewer works this point\'s day list' })
  viewerServesHere(@Root() p: ServicePoint, @Ctx() ctx: GraphQLContext): boolean {
    return servesAt(ctx.viewer, p.organisation.id);
  }
}
