import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { CalendarFeedPayload } from './alliance.payloads.js';
import { CadreNomination } from './cadre.entity.js';
import { EventRegistration } from './event-registration.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { shanghaiYear } from '../../core/time/shanghai.js';

@ObjectType({ description: '个人学习记录：参加过的活动和结业的项目 / A person\'s learning record: events attended and programmes completed' })
export class LearningRecord {
  @Field(() => User, { description: '本人 / The person' })
  person!: User;

  @Field(() => [EventRegistration], { description: '已签到的活动报名，按时间先后 / Registrations the person checked in to, oldest first' })
  attended!: EventRegistration[];

  @Field(() => [CadreNomination], { description: '已结业的干部培养交流 / Cadre exchange programmes completed' })
  programmes!: CadreNomination[];

  @Field({ description: '下载 CSV 的路径 / Path of the CSV download' })
  csvPath!: string;
}

@ObjectType({ description: '一家企业一年的参与情况 / One enterprise\'s participation over a year' })
export class EnterpriseParticipation {
  organisationId!: string | null;

  @Field(() => Int, { description: '报名人次 / Registrations' })
  registrations!: number;

  @Field(() => Int, { description: '出席人次 / Attendances' })
  attended!: number;

  @Field(() => Int, { description: '缺席人次（已开始的活动）/ No-shows (events already started)' })
  noShows!: number;

  @Field(() => Int, { description: '参与人数 / Distinct people who attended' })
  people!: number;

  @Field(() => Int, { description: '参与活动数 / Distinct events attended' })
  events!: number;
}

@ObjectType({ description: '某月某企业的出席人次 / Attendances of one enterprise in one month' })
export class MonthlyParticipation {
  organisationId!: string | null;

  @Field(() => Int, { description: '月份 1–12（北京时间）/ Month 1–12 (Beijing time)' })
  month!: number;

  @Field(() => Int, { description: '出席人次 / Attendances' })
  attended!: number;
}

@ObjectType({ description: '联盟年度参与报告 / The alliance\'s participation report for a year' })
export class ParticipationReport {
  @Field(() => Int, { description: '年份 / Year' })
  year!: number;

  @Field(() => [EnterpriseParticipation], { description: '各成员企业（含零）/ Per member enterprise, zeros included' })
  byEnterprise!: EnterpriseParticipation[];

  @Field(() => [MonthlyParticipation], { description: '按月、按企业 / Per month and enterprise' })
  byMonth!: MonthlyParticipation[];

  @Field({ description: '下载 CSV 的路径 / Path of the CSV download' })
  csvPath!: string;
}

@ObjectType({ description: '个人日历订阅的状态 / State of the viewer\'s private calendar feed' })
export class CalendarFeedState {
  @Field({ description: '是否有有效的订阅地址 / Whether a feed address is active' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: '当前地址的生成时间 / When the current address was made' })
  createdAt!: Date | null;
}

@Resolver(() => LearningRecord)
export class LearningResolver {
  @Authorized()
  @Query(() => LearningRecord, { description: '学习记录（本人、协调人、现单位人事）；userId 默认本人 / A learning record (the person, coordinators, the current employer\'s HR); userId defaults to the viewer' })
  async learningRecord(@Ctx() ctx: GraphQLContext, @Arg('userId', () => UUIDScalar, { nullable: true, description: '用户编号 / User id' }) userId?: string | null): Promise<LearningRecord> {
    const id = userId ?? requireViewer(ctx).userId;
    const record = await ctx.services.learning.record(requireViewer(ctx), id);
    return { ...record, csvPath: `/alliance/exports/learning-record.csv?userId=${id}` };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Query(() => ParticipationReport, { description: '各成员企业年度参与情况（默认今年）/ Participation per member enterprise over a year (this year by default)' })
  async allianceParticipation(@Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true, description: '年份 / Year' }) year?: number | null): Promise<ParticipationReport> {
    const y = year ?? shanghaiYear();
    const report = await ctx.services.learning.participation(requireViewer(ctx), y);
    return { ...report, csvPath: `/alliance/exports/participation.csv?year=${y}` };
  }

  @Authorized()
  @Query(() => CalendarFeedState, { description: '本人日历订阅的状态 / The viewer\'s calendar feed state' })
  async calendarFeed(@Ctx() ctx: GraphQLContext): Promise<CalendarFeedState> {
    const feed = await ctx.services.calendar.status(requireViewer(ctx));
    return { active: feed !== null, createdAt: feed?.createdAt ?? null };
  }

  @Authorized()
  @Mutation(() => CalendarFeedPayload, { description: '生成新的私人日历订阅地址（旧地址立即失效）/ Makes a new private calendar feed address (the old one stops working)' })
  async resetCalendarFeed(@Ctx() ctx: GraphQLContext): Promise<CalendarFeedPayload> {
    return { path: await ctx.services.calendar.reset(requireViewer(ctx)), errors: [] };
  }

  @Authorized()
  @Mutation(() => CalendarFeedPayload, { description: '撤销私人日历订阅地址 / Revokes the private calendar feed address' })
  async revokeCalendarFeed(@Ctx() ctx: GraphQLContext): Promise<CalendarFeedPayload> {
    await ctx.services.calendar.revoke(requireViewer(ctx));
    return { path: null, errors: [] };
  }
}

@Resolver(() => EnterpriseParticipation)
export class EnterpriseParticipationResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: '企业；为空表示无单位 / Enterprise; null for no employer' })
  organisation(@Root() r: EnterpriseParticipation, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | null {
    return r.organisationId ? ctx.loaders.organisationById.load(r.organisationId) : null;
  }
}

@Resolver(() => MonthlyParticipation)
export class MonthlyParticipationResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: '企业 / Enterprise' })
  organisation(@Root() r: MonthlyParticipation, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | null {
    return r.organisationId ? ctx.loaders.organisationById.load(r.organisationId) : null;
  }
}
