import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import type { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { DecisionStatus, MeetingLevel } from './community.enums.js';
import { JointMeeting, MeetingAgendaItem, MeetingDecision } from './meeting.entity.js';
import { AddMeetingAgendaItemInput, AddMeetingDecisionInput, CreateJointMeetingInput, UpdateJointMeetingInput } from './meeting.inputs.js';
import { canEditMeeting, MEETING_ROLES } from './meeting.service.js';
import { canSeeNeed } from './need-access.js';
import { CommunityNeed } from './need.entity.js';
import { CommunityProject } from './project.entity.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

/** Who records and edits meetings is said on the level enum (MeetingLevel) and the create input. */
const EDITOR_ROLES = [Role.COMMUNITY_WORKER, Role.COORDINATOR, Role.ADMIN];

@ObjectType({ description: '会议中的人（姓名、角色、单位）/ A person in a meeting (name, role, organisation)' })
export class MeetingPerson {
  @Field(() => ID, { description: '用户编号 / User id' }) id!: string;
  @Field({ description: '显示名称 / Name shown' }) displayName!: string;
  @Field(() => Role, { description: '角色 / Role' }) role!: Role;
  organisationId!: string | null;
}

const person = (u: User): MeetingPerson => ({ id: u.id, displayName: u.displayName, role: u.role, organisationId: u.organisation?.id ?? null });

@ObjectType({ description: '联席会议变更的结果 / Result of a change to a joint meeting' })
export class JointMeetingPayload {
  @Field(() => JointMeeting, { nullable: true, description: '会议；有错误时为空 / The meeting; null when there are errors' }) meeting!: JointMeeting | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}

@ObjectType({ description: '会议决定变更的结果 / Result of a change to a meeting decision' })
export class MeetingDecisionPayload {
  @Field(() => MeetingDecision, { nullable: true, description: '决定；有错误时为空 / The decision; null when there are errors' }) decision!: MeetingDecision | null;
  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' }) errors!: UserError[];
}

@ArgsType()
class MeetingFilterArgs {
  @Field(() => MeetingLevel, { nullable: true, description: '只看此层级 / Only this level' }) level?: MeetingLevel | null;
  @Field(() => UUIDScalar, { nullable: true, description: '只看此村居的村居级会议 / Only this place\'s village-level meetings' }) placeId?: string | null;
}

const JointMeetingConnection = ConnectionType(JointMeeting, 'JointMeeting', { zh: '联席会议', en: 'joint meeting' });
type JointMeetingConnection = InstanceType<typeof JointMeetingConnection>;
const MeetingDecisionConnection = ConnectionType(MeetingDecision, 'MeetingDecision', { zh: '会议决定', en: 'meeting decision' });
type MeetingDecisionConnection = InstanceType<typeof MeetingDecisionConnection>;

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @Authorized(...MEETING_ROLES)
  @Query(() => JointMeetingConnection, { description: '联席会议，最近的在前。镇工作人员看全部；社区工作者和成员单位联络人看镇级、片区级、本村居的和自己负责决定的会议 / Joint meetings, latest first. Town staff see all; community workers and member organisation contacts see town and area meetings, their own place\'s, and any with a decision they own' })
  async jointMeetings(@Args() page: PageArgs, @Args() filter: MeetingFilterArgs, @Ctx() ctx: GraphQLContext): Promise<JointMeetingConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.meetings.list(requireViewer(ctx), filter, window);
    return toConnection(rows, window, total);
  }

  @Authorized(...MEETING_ROLES)
  @Query(() => JointMeeting, { description: '一次联席会议（可见范围同列表）/ One joint meeting (visible as in the list)' })
  jointMeeting(@Arg('id', () => UUIDScalar, { description: '会议编号 / Meeting id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<JointMeeting> {
    return ctx.services.meetings.get(requireViewer(ctx), id);
  }

  @Authorized(...MEETING_ROLES)
  @Query(() => MeetingDecisionConnection, { description: '我负责的会议决定，期限近的在前（工作台和日历订阅显示待落实的）/ Meeting decisions I own, earliest due first (the dashboard and calendar feed show the open ones)' })
  async myMeetingDecisions(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeDone', () => Boolean, { nullable: true, description: '包括已落实的 / Include those done' }) includeDone?: boolean | null,
  ): Promise<MeetingDecisionConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.meetings.myDecisions(requireViewer(ctx), includeDone ?? false, window);
    return toConnection(rows, window, total);
  }

  @Authorized(...EDITOR_ROLES)
  @Query(() => [MeetingPerson], { description: '可以担任决定责任人的账号（登记会议的人可见）/ Accounts a decision can be given to (for those who record meetings)' })
  async meetingOwnerChoices(@Ctx() ctx: GraphQLContext): Promise<MeetingPerson[]> {
    return (await ctx.services.meetings.ownerChoices(requireViewer(ctx))).map(person);
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => JointMeetingPayload, { description: '登记联席会议：镇级、片区级由协调人或管理员，村居级由本村居社区工作者或协调人、管理员 / Record a joint meeting: town and area level by coordinators or administrators, village level by that place\'s community workers or coordinators and administrators' })
  async createJointMeeting(@Arg('input') input: CreateJointMeetingInput, @Ctx() ctx: GraphQLContext): Promise<JointMeetingPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.meetings.create(requireViewer(ctx), input));
    return { meeting: result, errors };
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => JointMeetingPayload, { description: '修改会议信息（带版本号；议题和决定不受影响）/ Edit a meeting\'s details (version-checked; agenda items and decisions are kept)' })
  async updateJointMeeting(@Arg('input') input: UpdateJointMeetingInput, @Ctx() ctx: GraphQLContext): Promise<JointMeetingPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.meetings.update(requireViewer(ctx), input));
    return { meeting: result, errors };
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => JointMeetingPayload, { description: '为会议添加议题 / Add an agenda item to a meeting' })
  async addMeetingAgendaItem(@Arg('input') input: AddMeetingAgendaItemInput, @Ctx() ctx: GraphQLContext): Promise<JointMeetingPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.meetings.addAgendaItem(requireViewer(ctx), input));
    return { meeting: result, errors };
  }

  @Authorized(...EDITOR_ROLES)
  @Mutation(() => MeetingDecisionPayload, { description: '记录会议决定（责任人和期限）；同时记录的决定互不覆盖 / Record a decision (owner and due date); decisions recorded at the same time never overwrite each other' })
  async addMeetingDecision(@Arg('input') input: AddMeetingDecisionInput, @Ctx() ctx: GraphQLContext): Promise<MeetingDecisionPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.meetings.addDecision(requireViewer(ctx), input));
    return { decision: result, errors };
  }

  @Authorized(...MEETING_ROLES)
  @Mutation(() => MeetingDecisionPayload, { description: '标记决定已落实（责任人或会议登记人）/ Mark a decision done (its owner, or whoever edits the meeting)' })
  async completeMeetingDecision(@Arg('id', () => UUIDScalar, { description: '决定编号 / Decision id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<MeetingDecisionPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.meetings.completeDecision(requireViewer(ctx), id));
    return { decision: result, errors };
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '村或居民区（村居级会议）/ The village or residential area (village-level meetings)' })
  async place(@Root() meeting: JointMeeting, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    return meeting.place ? ctx.loaders.organisationById.load(meeting.place.id) : null;
  }

  @FieldResolver(() => [MeetingAgendaItem], { description: '议题，按序号 / Agenda items, in order' })
  agendaItems(@Root() meeting: JointMeeting, @Ctx() ctx: GraphQLContext): Promise<MeetingAgendaItem[]> {
    return ctx.loaders.agendaItemsByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => [MeetingDecision], { description: '会议决定，按记录顺序 / Decisions, in the order recorded' })
  decisions(@Root() meeting: JointMeeting, @Ctx() ctx: GraphQLContext): Promise<MeetingDecision[]> {
    return ctx.loaders.decisionsByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => Boolean, { description: '当前用户能否修改此会议、添加议题和决定 / Whether the viewer may edit this meeting and add agenda items and decisions' })
  viewerCanEdit(@Root() meeting: JointMeeting, @Ctx() ctx: GraphQLContext): boolean {
    return canEditMeeting(ctx.viewer, meeting);
  }
}

@Resolver(() => MeetingAgendaItem)
export class MeetingAgendaItemResolver {
  @FieldResolver(() => CommunityNeed, { nullable: true, description: '关联的需求（当前用户可见时）/ The need it is about (when the viewer may see it)' })
  async need(@Root() item: MeetingAgendaItem, @Ctx() ctx: GraphQLContext): Promise<CommunityNeed | null> {
    if (!item.need) return null;
    const need = await ctx.loaders.needById.load(item.need.id);
    return need && (await canSeeNeed(ctx.em, ctx.viewer, need)) ? need : null;
  }

  @FieldResolver(() => CommunityProject, { nullable: true, description: '关联的项目（当前用户可见其需求时）/ The project it is about (when the viewer may see its need)' })
  async project(@Root() item: MeetingAgendaItem, @Ctx() ctx: GraphQLContext): Promise<CommunityProject | null> {
    if (!item.project) return null;
    const project = await ctx.loaders.projectById.load(item.project.id);
    const need = project ? await ctx.loaders.needById.load(project.need.id) : null;
    return project && need && (await canSeeNeed(ctx.em, ctx.viewer, need)) ? project : null;
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionResolver {
  @FieldResolver(() => MeetingPerson, { description: '责任人 / Owner' })
  async owner(@Root() decision: MeetingDecision, @Ctx() ctx: GraphQLContext): Promise<MeetingPerson> {
    return person(await loadRequired(ctx.loaders.userById, decision.owner.id, 'user'));
  }

  @FieldResolver(() => JointMeeting, { description: '所属会议 / The meeting' })
  async meeting(@Root() decision: MeetingDecision, @Ctx() ctx: GraphQLContext): Promise<JointMeeting> {
    return await loadRequired(ctx.loaders.jointMeetingById, decision.meeting.id, 'joint meeting');
  }

  @FieldResolver(() => MeetingAgendaItem, { nullable: true, description: '所属议题 / The agenda item it settles' })
  async agendaItem(@Root() decision: MeetingDecision, @Ctx() ctx: GraphQLContext): Promise<MeetingAgendaItem | null> {
    return decision.agendaItem ? ctx.loaders.agendaItemById.load(decision.agendaItem.id) : null;
  }

  @FieldResolver(() => Boolean, { description: '是否已过期限仍未落实（上海日期）/ Whether it is open past its due date (Shanghai date)' })
  overdue(@Root() decision: MeetingDecision): boolean {
    return decision.status === DecisionStatus.OPEN && decision.dueOn < shanghaiToday();
  }

  @FieldResolver(() => Boolean, { description: '当前用户能否标记落实 / Whether the viewer may mark it done' })
  async viewerCanComplete(@Root() decision: MeetingDecision, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (decision.status !== DecisionStatus.OPEN || !ctx.viewer) return false;
    if (decision.owner.id === ctx.viewer.userId) return true;
    const meeting = await ctx.loaders.jointMeetingById.load(decision.meeting.id);
    return !!meeting && canEditMeeting(ctx.viewer, meeting);
  }
}

@Resolver(() => MeetingPerson)
export class MeetingPersonResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: '所在单位或村居 / Their organisation or place' })
  async organisation(@Root() p: MeetingPerson, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    return p.organisationId ? ctx.loaders.organisationById.load(p.organisationId) : null;
  }
}
