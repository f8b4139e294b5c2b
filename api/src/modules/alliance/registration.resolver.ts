import type QRCode from 'qrcode';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { keysetWindow, PageArgs, toKeysetConnection } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { AllianceEvent } from './alliance-event.entity.js';
import { RegistrationStatus } from './alliance.enums.js';
import { RegistrationPayload, RegistrationsPayload } from './alliance.payloads.js';
import { EventRegistration } from './event-registration.entity.js';
import { EventRegistrationConnection } from './event.resolver.js';
import { formatCheckInCode } from './registration.service.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { loadPackage } from '../../core/lazy-package.js';

@Resolver(() => EventRegistration)
export class RegistrationResolver {
  @Authorized()
  @Query(() => EventRegistration, { description: '按编号取一条报名（本人、本企业人事、协调人）/ One registration by id (its person, their HR, coordinators)' })
  allianceRegistration(@Arg('id', () => UUIDScalar, { description: '报名编号 / Registration id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<EventRegistration> {
    return ctx.services.registrations.visibleOrFail(ctx.viewer, id);
  }

  @Authorized()
  @Query(() => EventRegistrationConnection, { description: '本人的活动报名（不含已取消），最近的活动在前 / The viewer\'s own registrations (not cancelled), latest event first' })
  async myAllianceRegistrations(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<InstanceType<typeof EventRegistrationConnection>> {
    const window = keysetWindow(page);
    const { rows, total, keyOf } = await ctx.services.registrations.listMine(requireViewer(ctx), window);
    return toKeysetConnection(rows, window, total, '0', keyOf);
  }

  @Authorized(Role.TALENT)
  @Mutation(() => RegistrationPayload, { description: '人才本人报名；满员时进入候补 / A talent registers themself; joins the waitlist when full' })
  async registerForAllianceEvent(@Arg('eventId', () => UUIDScalar, { description: '活动编号 / Event id' }) eventId: string, @Ctx() ctx: GraphQLContext): Promise<RegistrationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.registrations.register(requireViewer(ctx), eventId, null));
    return { registration: result?.[0] ?? null, errors };
  }

  @Authorized(Role.ENTERPRISE_HR)
  @Mutation(() => RegistrationsPayload, { description: '人事为本企业员工报名；满员时进入候补 / HR register their own staff; they join the waitlist when full' })
  async registerStaffForAllianceEvent(
    @Arg('eventId', () => UUIDScalar, { description: '活动编号 / Event id' }) eventId: string,
    @Arg('personIds', () => [UUIDScalar], { description: '员工的用户编号（最多 50 个）/ User ids of the staff (at most 50)' }) personIds: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<RegistrationsPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.registrations.register(requireViewer(ctx), eventId, personIds));
    const registrations = result ?? [];
    // Queue numbers follow the order people were taken, so the waitlisted come out in waitlist order.
    const waitlisted = registrations.filter((r) => r.status === RegistrationStatus.WAITLISTED).sort((a, b) => a.queueNumber - b.queueNumber);
    return { registrations, waitlisted, errors };
  }

  @Authorized()
  @Mutation(() => RegistrationPayload, { description: '取消报名（本人、本企业人事、协调人）；空出的座位自动给候补第一位 / Cancels a registration (its person, their HR, a coordinator); the seat goes to the first on the waitlist' })
  async cancelAllianceRegistration(@Arg('id', () => UUIDScalar, { description: '报名编号 / Registration id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<RegistrationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.registrations.cancel(requireViewer(ctx), id));
    return { registration: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => RegistrationPayload, { description: '协调人凭签到码签到（每人一次）/ A coordinator checks someone in by their code (once per person)' })
  async checkInAllianceRegistration(
    @Arg('eventId', () => UUIDScalar, { description: '活动编号 / Event id' }) eventId: string,
    @Arg('code', { description: '签到码（输入或扫码）/ Check-in code (typed or scanned)' }) code: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RegistrationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.registrations.checkIn(requireViewer(ctx), eventId, code));
    return { registration: result, errors };
  }

  @Authorized()
  @Mutation(() => RegistrationPayload, { description: '参加者评价活动（1–5 分，可附意见，一次）/ An attendee rates the event (1–5, optional comment, once)' })
  async submitAllianceEventFeedback(
    @Arg('registrationId', () => UUIDScalar, { description: '报名编号 / Registration id' }) registrationId: string,
    @Arg('rating', () => Int, { description: '评分 1–5 / Rating 1–5' }) rating: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('comment', () => String, { nullable: true, description: '意见 / Comment' }) comment?: string | null,
  ): Promise<RegistrationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.registrations.giveFeedback(requireViewer(ctx), registrationId, rating, comment ?? null));
    return { registration: result, errors };
  }

  @FieldResolver(() => AllianceEvent, { description: '活动 / The event' })
  async event(@Root() r: EventRegistration, @Ctx() ctx: GraphQLContext): Promise<AllianceEvent> {
    return await loadRequired(ctx.loaders.allianceEventById, r.event.id, 'alliance event');
  }

  @FieldResolver(() => User, { description: '报名人 / The person registered' })
  async person(@Root() r: EventRegistration, @Ctx() ctx: GraphQLContext): Promise<User> {
    return await loadRequired(ctx.loaders.userById, r.person.id, 'user');
  }

  @FieldResolver(() => User, { description: '办理报名的人（本人或人事）/ Who made the registration (the person or their HR)' })
  async registeredBy(@Root() r: EventRegistration, @Ctx() ctx: GraphQLContext): Promise<User> {
    return await loadRequired(ctx.loaders.userById, r.registeredBy.id, 'user');
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '报名时的工作单位 / Employer at the time of registration' })
  organisation(@Root() r: EventRegistration, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | null {
    return r.organisation ? ctx.loaders.organisationById.load(r.organisation.id) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: '候补顺位（从 1 起；非候补为空）/ Place on the waitlist, from 1 (null unless waitlisted)' })
  waitlistPosition(@Root() r: EventRegistration, @Ctx() ctx: GraphQLContext): Promise<number | null> | null {
    return r.status === RegistrationStatus.WAITLISTED ? ctx.loaders.waitlistPositionByRegistrationId.load(r.id) : null;
  }

  @FieldResolver(() => String, { description: '签到码，如 K7QX-94MB / Check-in code, e.g. K7QX-94MB' })
  checkInCode(@Root() r: EventRegistration): string {
    return formatCheckInCode(r.checkInCode);
  }

  @FieldResolver(() => String, { description: '签到二维码（SVG 图片的 data URL，内容为签到码）/ Check-in QR code: a data URL of an SVG image encoding the code' })
  async checkInQr(@Root() r: EventRegistration): Promise<string> {
    // qrcode is loaded on the first QR asked for, not at start-up (issue 13: memory of the API server).
    const svg = await (loadPackage('qrcode') as typeof QRCode).toString(formatCheckInCode(r.checkInCode), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  }
}
