import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { asksFor } from '../../core/graphql/selection.js';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { pick } from '../../core/errors/domain-error.js';
import { ConnectionType, keysetWindow, PageArgs, toKeysetConnection, type ConnectionShape } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { Organisation } from '../organisation/index.js';
import { runsAlliance } from './alliance-access.js';
import { AllianceEvent, EventSeatQuota, titleForEnglish, type AllianceEventView } from './alliance-event.entity.js';
import { AllianceEventKind, AllianceEventStatus, RegistrationStatus, SeatKind } from './alliance.enums.js';
import { AllianceEventInput } from './alliance.inputs.js';
import { AllianceEventPayload } from './alliance.payloads.js';
import { CadreCohort } from './cadre.entity.js';
import { EventRegistration } from './event-registration.entity.js';
import { seatsLeftFor, type SeatState } from './seat-rules.js';
import type { EventCounts } from './alliance.loaders.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

/** Fields of an event that read its registration counts: a list asking for one reads them with its page. */
const COUNTED_FIELDS = ['registeredCount', 'waitlistCount', 'attendedCount', 'seatsLeft', 'attendanceByEnterprise', 'feedbackSummary'];
/** Those of them, and the quotas (their `used`), that read the counts through the request's loader rather than from the row. */
const LOADER_COUNTED_FIELDS = ['seatsLeft', 'attendanceByEnterprise', 'quotas'];

/** Fields of an event that read its descriptions: a list reads them only when asked (they are most of a row). */
const DESCRIPTION_FIELDS = ['description', 'descriptionZh', 'descriptionEn'];

/**
 * A value from an event's descriptions: at once from the row, or (a list that did not read them)
 * through the request's loader, so that a query the list misjudged still gets them.
 */
function fromDescriptions<T>(e: AllianceEventView, ctx: GraphQLContext, value: (texts: { zh: string; en: string }) => T): T | Promise<T> {
  if (e.descriptionZh !== undefined && e.descriptionEn !== undefined) return value({ zh: e.descriptionZh, en: e.descriptionEn });
  return loadRequired(ctx.loaders.allianceEventById, e.id, 'alliance event').then((event) => value({ zh: event.descriptionZh, en: event.descriptionEn }));
}

/**
 * A figure from an event's registration counts: at once from the row when its page read them
 * (issue 13), else through the request's counts loader.
 */
function fromCounts<T>(e: AllianceEventView, ctx: GraphQLContext, figure: (counts: EventCounts) => T): T | Promise<T> {
  return e.counts ? figure(e.counts) : ctx.loaders.eventCountsByEventId.load(e.id).then(figure);
}

const AllianceEventConnection = ConnectionType(AllianceEvent, 'AllianceEvent', { zh: '联盟活动', en: 'alliance event' });
type AllianceEventConnection = InstanceType<typeof AllianceEventConnection>;
export const EventRegistrationConnection = ConnectionType(EventRegistration, 'EventRegistration', { zh: '活动报名', en: 'event registration' });
export type EventRegistrationConnection = InstanceType<typeof EventRegistrationConnection>;

@ObjectType({ description: '一家企业的报名与出席 / Registrations and attendance of one enterprise' })
export class EnterpriseAttendance {
  @Field(() => Organisation, { nullable: true, description: '企业；为空表示无单位的人才 / The enterprise; null for talent without an employer' })
  organisation!: Organisation | null;

  @Field(() => Int, { description: '已报名人数 / Registered' })
  registered!: number;

  @Field(() => Int, { description: '已签到人数 / Checked in' })
  attended!: number;

  @Field(() => Int, { description: '未到人数（活动开始后计）/ No-shows (counted once the event has started)' })
  noShows!: number;
}

@ObjectType({ description: '活动评价汇总 / Summary of an event\'s feedback' })
export class FeedbackSummary {
  @Field(() => Int, { description: '评价条数 / How many gave feedback' })
  count!: number;

  @Field(() => Float, { nullable: true, description: '平均评分 / Average rating' })
  average!: number | null;
}

@Resolver(() => EventSeatQuota)
export class EventSeatQuotaResolver {
  @FieldResolver(() => Organisation, { description: '企业 / Enterprise' })
  async organisation(@Root() quota: EventSeatQuota, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    // quotasByEventId joins the enterprise in; the loader covers quotas read any other way.
    return quota.organisation.isInitialized() ? quota.organisation.getEntity() : await loadRequired(ctx.loaders.organisationById, quota.organisation.id, 'organisation');
  }

  @FieldResolver(() => Int, { description: '已使用的预留座位 / Reserved seats in use' })
  async used(@Root() quota: EventSeatQuota, @Ctx() ctx: GraphQLContext): Promise<number> {
    const counts = await ctx.loaders.eventCountsByEventId.load(quota.event.id);
    return counts.holders.filter((h) => h.seat === SeatKind.RESERVED && h.organisationId === quota.organisation.id).reduce((s, h) => s + h.count, 0);
  }
}

@Resolver(() => AllianceEvent)
export class AllianceEventResolver {
  @Query(() => AllianceEventConnection, { description: '联盟活动，按开始时间排序；草稿仅协调人可见 / Alliance events by start time; drafts only for coordinators' })
  async allianceEvents(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('status', () => AllianceEventStatus, { nullable: true, description: '状态 / Status' }) status?: AllianceEventStatus | null,
    @Arg('kind', () => AllianceEventKind, { nullable: true, description: '类型 / Kind' }) kind?: AllianceEventKind | null,
    @Arg('from', () => Date, { nullable: true, description: '在此时间之后结束 / Ending after this time' }) from?: Date | null,
    @Arg('to', () => Date, { nullable: true, description: '在此时间之前开始 / Starting before this time' }) to?: Date | null,
  ): Promise<ConnectionShape<AllianceEventView>> {
    const window = keysetWindow(page);
    const asks = (field: string) => asksFor(info, ['edges', 'node', field]);
    const withCounts = COUNTED_FIELDS.some(asks);
    const withDescriptions = DESCRIPTION_FIELDS.some(asks);
    const { rows, total } = await ctx.services.allianceEvents.list(ctx.viewer, { status, kind, from, to }, window, { withCounts, withDescriptions });
    // The counts came with the page: the loader gives them to the fields that read them through it
    // (seats left, attendance, quotas used). Only then: the first use of a loader builds the
    // module's loaders, which costs about as much as the count fields themselves.
    if (withCounts && LOADER_COUNTED_FIELDS.some(asks)) for (const row of rows) if (row.counts) ctx.loaders.eventCountsByEventId.prime(row.id, row.counts);
    // Keys are start times; `asOf` (the queue's end mark) has no use here.
    return toKeysetConnection(rows, window, total, '0', (row) => ({ key: row.sortKey, id: row.id }));
  }

  @Query(() => AllianceEvent, { description: '按编号取一个活动 / One event by id' })
  allianceEvent(@Arg('id', () => UUIDScalar, { description: '活动编号 / Event id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<AllianceEvent> {
    return ctx.services.allianceEvents.getOrFail(ctx.viewer, id);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => AllianceEventPayload, { description: '协调人新建活动（草稿）/ A coordinator creates an event (as a draft)' })
  async createAllianceEvent(@Arg('input') input: AllianceEventInput, @Ctx() ctx: GraphQLContext): Promise<AllianceEventPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.allianceEvents.create(requireViewer(ctx), input));
    return { event: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => AllianceEventPayload, { description: '修改活动；已发布的活动会通知报名者 / Changes an event; registrants of a published event are notified' })
  async updateAllianceEvent(
    @Arg('id', () => UUIDScalar, { description: '活动编号 / Event id' }) id: string,
    @Arg('input') input: AllianceEventInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AllianceEventPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.allianceEvents.update(requireViewer(ctx), id, input));
    return { event: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => AllianceEventPayload, { description: '发布草稿 / Publishes a draft' })
  async publishAllianceEvent(@Arg('id', () => UUIDScalar, { description: '活动编号 / Event id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<AllianceEventPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.allianceEvents.publish(requireViewer(ctx), id));
    return { event: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => AllianceEventPayload, { description: '取消活动并通知所有相关人员 / Cancels an event and notifies everyone involved' })
  async cancelAllianceEvent(
    @Arg('id', () => UUIDScalar, { description: '活动编号 / Event id' }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('reason', () => String, { nullable: true, description: '取消原因 / Reason' }) reason?: string | null,
  ): Promise<AllianceEventPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.allianceEvents.cancel(requireViewer(ctx), id, reason ?? null));
    return { event: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => AllianceEventPayload, { description: '活动开始后标记为结束 / Marks an event completed once it has started' })
  async completeAllianceEvent(@Arg('id', () => UUIDScalar, { description: '活动编号 / Event id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<AllianceEventPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.allianceEvents.complete(requireViewer(ctx), id));
    return { event: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => AllianceEventPayload, { description: '立即释放未用的预留座位给候补 / Releases unused reserved seats to the waitlist now' })
  async releaseReservedSeats(@Arg('id', () => UUIDScalar, { description: '活动编号 / Event id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<AllianceEventPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.registrations.releaseReservedSeats(requireViewer(ctx), id));
    return { event: result, errors };
  }

  @FieldResolver(() => String, { description: '按请求语言的标题 / Title in the request\'s language' })
  title(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): string {
    return pick({ zh: e.titleZh, en: titleForEnglish(e) }, ctx.locale);
  }

  @FieldResolver(() => String, { description: '按请求语言的介绍 / Description in the request\'s language' })
  description(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): string | Promise<string> {
    return fromDescriptions(e, ctx, ({ zh, en }) => pick({ zh, en: en || zh }, ctx.locale));
  }

  // Type and description are the entity's @Field's.
  @FieldResolver()
  descriptionZh(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): string | Promise<string> {
    return fromDescriptions(e, ctx, (texts) => texts.zh);
  }

  @FieldResolver()
  descriptionEn(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): string | Promise<string> {
    return fromDescriptions(e, ctx, (texts) => texts.en);
  }

  @FieldResolver(() => String, { nullable: true, description: '按请求语言的地点 / Venue in the request\'s language' })
  venue(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): string | null {
    return (ctx.locale === 'en' ? e.venueEn ?? e.venueZh : e.venueZh ?? e.venueEn) ?? null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '承办企业或机构 / Host enterprise or organisation' })
  hostOrganisation(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | null {
    return e.hostOrganisation ? ctx.loaders.organisationById.load(e.hostOrganisation.id) : null;
  }

  @FieldResolver(() => CadreCohort, { nullable: true, description: '所属干部培养交流批次 / Cadre exchange cohort this is a session of' })
  cohort(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<CadreCohort | null> | null {
    return e.cohort ? ctx.loaders.cadreCohortById.load(e.cohort.id) : null;
  }

  @FieldResolver(() => [EventSeatQuota], { description: '各企业预留座位 / Seats reserved per enterprise' })
  quotas(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<EventSeatQuota[]> {
    return ctx.loaders.quotasByEventId.load(e.id);
  }

  @FieldResolver(() => Date, { description: '未用预留座位的释放时间 / When unused reserved seats are released' })
  reservedSeatsReleaseAt(@Root() e: AllianceEventView): Date {
    return e.reservedSeatsReleaseAt;
  }

  @FieldResolver(() => Int, { description: '已报名人数 / People registered' })
  registeredCount(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<number> | number {
    return fromCounts(e, ctx, (c) => c.registered);
  }

  @FieldResolver(() => Int, { description: '候补人数 / People on the waitlist' })
  waitlistCount(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<number> | number {
    return fromCounts(e, ctx, (c) => c.waitlisted);
  }

  @FieldResolver(() => Int, { description: '已签到人数 / People checked in' })
  attendedCount(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<number> | number {
    return fromCounts(e, ctx, (c) => c.attended);
  }

  @FieldResolver(() => Int, { description: '当前用户（或其企业）还能报名的座位数 / Seats still open to the viewer (or their enterprise)' })
  async seatsLeft(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<number> {
    const [counts, quotas] = await Promise.all([ctx.loaders.eventCountsByEventId.load(e.id), ctx.loaders.quotasByEventId.load(e.id)]);
    let organisationId: string | null = null;
    if (ctx.viewer?.role === Role.ENTERPRISE_HR) organisationId = ctx.viewer.organisationId;
    else if (ctx.viewer?.role === Role.TALENT) organisationId = (await ctx.loaders.talentProfileByUserId.load(ctx.viewer.userId))?.employer?.id ?? null;
    const state: SeatState = {
      capacity: e.capacity,
      quotas: new Map(quotas.map((q) => [q.organisation.id, q.seats])),
      released: e.reservedSeatsReleasedAt != null,
      holders: counts.holders.flatMap((h) => Array.from({ length: h.count }, (_, i) => ({ id: `${h.organisationId}:${i}`, organisationId: h.organisationId, seat: h.seat }))),
    };
    return seatsLeftFor(state, organisationId);
  }

  @FieldResolver(() => EventRegistration, { nullable: true, description: '当前用户本人的报名 / The viewer\'s own registration' })
  async viewerRegistration(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<EventRegistration | null> {
    if (!ctx.viewer) return null;
    const row = await ctx.loaders.registrationByEventAndPerson.load(`${e.id}:${ctx.viewer.userId}`);
    return row && row.status !== RegistrationStatus.CANCELLED ? row : null;
  }

  @Authorized()
  @FieldResolver(() => EventRegistrationConnection, { description: '报名名单：协调人看全部，人事看本企业，其他人看本人 / Registrations: coordinators see all, HR their enterprise\'s, others their own' })
  async registrations(
    @Root() e: AllianceEventView,
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => RegistrationStatus, { nullable: true, description: '状态 / Status' }) status?: RegistrationStatus | null,
  ): Promise<EventRegistrationConnection> {
    const window = keysetWindow(page);
    const { rows, total, keyOf } = await ctx.services.registrations.listForEvent(requireViewer(ctx), e, status ?? null, window);
    return toKeysetConnection(rows, window, total, '0', keyOf);
  }

  @FieldResolver(() => [EnterpriseAttendance], { description: '各企业报名与出席：协调人看全部，人事看本企业，其他人为空 / Attendance per enterprise: coordinators see all, HR their own, others none' })
  async attendanceByEnterprise(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<EnterpriseAttendance[]> {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    const counts = await ctx.loaders.eventCountsByEventId.load(e.id);
    const byOrg = new Map<string | null, { registered: number; attended: number }>();
    for (const h of counts.holders) {
      if (!runsAlliance(viewer) && !(viewer.role === Role.ENTERPRISE_HR && viewer.organisationId === h.organisationId)) continue;
      const row = byOrg.get(h.organisationId) ?? { registered: 0, attended: 0 };
      row.registered += h.count;
      row.attended += h.attended;
      byOrg.set(h.organisationId, row);
    }
    const started = Date.now() >= e.startsAt.getTime();
    const rows = await Promise.all([...byOrg].map(async ([orgId, r]) => ({
      organisation: orgId ? await ctx.loaders.organisationById.load(orgId) : null,
      registered: r.registered,
      attended: r.attended,
      noShows: started ? r.registered - r.attended : 0,
    })));
    return rows.sort((a, b) => b.registered - a.registered || (a.organisation?.nameZh ?? '').localeCompare(b.organisation?.nameZh ?? ''));
  }

  @FieldResolver(() => FeedbackSummary, { description: '评价汇总 / Feedback summary' })
  feedbackSummary(@Root() e: AllianceEventView, @Ctx() ctx: GraphQLContext): Promise<FeedbackSummary> | FeedbackSummary {
    return fromCounts(e, ctx, (c) => ({ count: c.feedbackCount, average: c.feedbackAverage }));
  }

  @FieldResolver(() => String, { description: '下载此活动 .ics 文件的路径 / Path of this event\'s .ics download' })
  icsPath(@Root() e: AllianceEventView): string {
    return `/calendar/events/${e.id}.ics`;
  }

  @FieldResolver(() => Boolean, { description: '现在是否接受报名 / Whether registration is open now' })
  registrationOpen(@Root() e: AllianceEventView): boolean {
    const now = Date.now();
    return e.status === AllianceEventStatus.PUBLISHED && now >= e.registrationOpensAt.getTime() && now <= e.registrationClosesAt.getTime();
  }
}
