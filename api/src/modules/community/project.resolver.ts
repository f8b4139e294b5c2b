import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import type { User } from '../account/index.js';
import { Document } from '../document/index.js';
import { Organisation } from '../organisation/index.js';
import { ownPlaceId } from './community-access.js';
import { ProjectStatus } from './community.enums.js';
import { CommunityProjectPayload } from './community.payloads.js';
import { CommunityNeed } from './need.entity.js';
import { AddEvidenceInput, AddMilestoneInput, ConfirmCompletionInput, ReturnCompletionInput, SubmitCompletionInput } from './need.inputs.js';
import { CommunityProject, ProjectEvidence, ProjectMilestone, ProjectVolunteer } from './project.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@ObjectType({ description: '参与者（只显示名称）/ A person taking part (name only)' })
export class ProjectPerson {
  @Field(() => ID, { description: '用户编号 / User id' })
  id!: string;

  @Field({ description: '显示名称 / Name shown' })
  displayName!: string;
}

const person = (u: User): ProjectPerson => ({ id: u.id, displayName: u.displayName });

const CommunityProjectConnection = ConnectionType(CommunityProject, 'CommunityProject', { zh: '结对共建项目', en: 'community project' });
type CommunityProjectConnection = InstanceType<typeof CommunityProjectConnection>;

@Resolver(() => CommunityProject)
export class CommunityProjectResolver {
  @Query(() => CommunityProjectConnection, { description: '项目（与其需求的可见范围相同），最新在前 / Projects (visible as their needs are), newest first' })
  async communityProjects(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => ProjectStatus, { nullable: true, description: '只看这个状态的 / Only in this state' }) status?: ProjectStatus | null,
    @Arg('placeId', () => UUIDScalar, { nullable: true, description: '只看这个村居的 / Only this place\'s' }) placeId?: string | null,
    @Arg('mine', () => Boolean, { nullable: true, description: '只看我负责或参与志愿的 / Only those I own or volunteer on' }) mine?: boolean | null,
    @Arg('search', () => String, { nullable: true, description: '其需求的编号或标题包含（% 与 _ 按原字符匹配，最多 200 字）/ Its need\'s reference or title contains (% and _ match themselves; at most 200 characters)' }) search?: string | null,
  ): Promise<CommunityProjectConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.projects.list(ctx.viewer, { status, placeId, mine, search }, window);
    return toConnection(rows, window, total);
  }

  @Query(() => CommunityProject, { nullable: true, description: '一个项目 / One project' })
  communityProject(@Arg('id', () => UUIDScalar, { description: '项目编号 / Project id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<CommunityProject | null> {
    return ctx.services.projects.byId(ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => CommunityProjectPayload, { description: '新增里程碑（项目负责人、本村居社区工作者或镇工作人员）/ Adds a milestone (project owners, the place\'s worker or town staff)' })
  async addProjectMilestone(@Arg('input') input: AddMilestoneInput, @Ctx() ctx: GraphQLContext): Promise<CommunityProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.projects.addMilestone(requireViewer(ctx), input));
    return { project: result ? await ctx.services.projects.byId(ctx.viewer, input.projectId) : null, errors };
  }

  @Authorized()
  @Mutation(() => CommunityProjectPayload, { description: '标记里程碑完成 / Marks a milestone done' })
  async completeProjectMilestone(@Arg('id', () => UUIDScalar, { description: '里程碑编号 / Milestone id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<CommunityProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.projects.completeMilestone(requireViewer(ctx), id));
    return { project: result ? await ctx.services.projects.byId(ctx.viewer, result.project.id) : null, errors };
  }

  @Authorized(Role.TALENT)
  @Mutation(() => CommunityProjectPayload, { description: '成员单位员工报名做志愿者（名额为认领的志愿者人数）/ A member organisation\'s staff member signs up as a volunteer (places: the volunteers claimed)' })
  async signUpAsProjectVolunteer(@Arg('projectId', () => UUIDScalar, { description: '项目编号 / Project id' }) projectId: string, @Ctx() ctx: GraphQLContext): Promise<CommunityProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.projects.signUp(requireViewer(ctx), projectId));
    return { project: result ? await ctx.services.projects.byId(ctx.viewer, projectId) : null, errors };
  }

  @Authorized(Role.TALENT)
  @Mutation(() => CommunityProjectPayload, { description: '取消志愿报名 / Withdraws from volunteering' })
  async withdrawProjectVolunteer(@Arg('projectId', () => UUIDScalar, { description: '项目编号 / Project id' }) projectId: string, @Ctx() ctx: GraphQLContext): Promise<CommunityProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.projects.withdraw(requireViewer(ctx), projectId));
    return { project: result, errors };
  }

  @Authorized()
  @Mutation(() => CommunityProjectPayload, { description: '添加完成照片 / Adds a photo of the work done' })
  async addProjectEvidence(@Arg('input') input: AddEvidenceInput, @Ctx() ctx: GraphQLContext): Promise<CommunityProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.projects.addEvidence(requireViewer(ctx), input));
    return { project: result ? await ctx.services.projects.byId(ctx.viewer, input.projectId) : null, errors };
  }

  @Authorized()
  @Mutation(() => CommunityProjectPayload, { description: '申报项目完成（须有照片且里程碑均已完成）/ Reports the project complete (needs a photo and every milestone done)' })
  async submitProjectCompletion(@Arg('input') input: SubmitCompletionInput, @Ctx() ctx: GraphQLContext): Promise<CommunityProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.projects.submitCompletion(requireViewer(ctx), input));
    return { project: result, errors };
  }

  @Authorized(Role.COMMUNITY_WORKER)
  @Mutation(() => CommunityProjectPayload, { description: '本村居社区工作者确认完成并记录居民反馈 / The place\'s community worker confirms completion and records the resident\'s feedback' })
  async confirmProjectCompletion(@Arg('input') input: ConfirmCompletionInput, @Ctx() ctx: GraphQLContext): Promise<CommunityProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.projects.confirmCompletion(requireViewer(ctx), input));
    return { project: result, errors };
  }

  @Authorized(Role.COMMUNITY_WORKER)
  @Mutation(() => CommunityProjectPayload, { description: '退回完成申报 / Sends a completion report back' })
  async returnProjectCompletion(@Arg('input') input: ReturnCompletionInput, @Ctx() ctx: GraphQLContext): Promise<CommunityProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.projects.returnCompletion(requireViewer(ctx), input));
    return { project: result, errors };
  }

  @FieldResolver(() => CommunityNeed, { description: '来源需求 / The need it came from' })
  async need(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<CommunityNeed> {
    return await loadRequired(ctx.loaders.needById, p.need.id, 'need');
  }

  @FieldResolver(() => Organisation, { description: '村或居民区 / The village or residential area' })
  async place(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, p.place.id, 'organisation');
  }

  @FieldResolver(() => [ProjectPerson], { description: '项目负责人（认领人）；仅登录用户可见 / Project owners (the claimants); signed-in users only' })
  async owners(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<ProjectPerson[]> {
    if (!ctx.viewer) return [];
    return (await ctx.loaders.ownersByProjectId.load(p.id)).map((o) => person(o.user.getEntity()));
  }

  @FieldResolver(() => [ProjectMilestone], { description: '里程碑 / Milestones' })
  milestones(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<ProjectMilestone[]> {
    return ctx.loaders.milestonesByProjectId.load(p.id);
  }

  @FieldResolver(() => [ProjectVolunteer], { description: '志愿者；仅登录用户可见 / Volunteers; signed-in users only' })
  async volunteers(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<ProjectVolunteer[]> {
    return ctx.viewer ? ctx.loaders.volunteersByProjectId.load(p.id) : [];
  }

  @FieldResolver(() => Int, { description: '志愿者名额（认领的志愿者人数）/ Volunteer places (volunteers claimed)' })
  volunteerPlaces(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.volunteerPlacesByNeedId.load(p.need.id);
  }

  @FieldResolver(() => Int, { description: '已报名志愿者人数 / Volunteers signed up' })
  async volunteerCount(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.volunteersByProjectId.load(p.id)).length;
  }

  @FieldResolver(() => Boolean, { description: '当前用户是否已报名志愿 / Whether the viewer volunteers on it' })
  async isVolunteer(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    return (await ctx.loaders.volunteersByProjectId.load(p.id)).some((v) => v.user.id === requireViewer(ctx).userId);
  }

  @FieldResolver(() => [ProjectEvidence], { description: '完成照片；仅登录用户可见 / Photos of the work done; signed-in users only' })
  async evidence(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<ProjectEvidence[]> {
    return ctx.viewer ? ctx.loaders.evidenceByProjectId.load(p.id) : [];
  }

  @FieldResolver(() => Boolean, { description: '当前用户能否管理项目（负责人、本村居社区工作者、镇工作人员）/ Whether the viewer runs the project (owners, the place\'s worker, town staff)' })
  async canManage(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    if (ctx.viewer.role === Role.COORDINATOR || ctx.viewer.role === Role.ADMIN || ownPlaceId(ctx.viewer) === p.place.id) return true;
    return (await ctx.loaders.ownersByProjectId.load(p.id)).some((o) => o.user.id === requireViewer(ctx).userId);
  }

  @FieldResolver(() => Boolean, { description: '当前用户能否确认完成（本村居社区工作者）/ Whether the viewer may confirm completion (the place\'s worker)' })
  canConfirm(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): boolean {
    return ownPlaceId(ctx.viewer) === p.place.id && p.status === ProjectStatus.AWAITING_CONFIRMATION;
  }

  @FieldResolver(() => [ProjectPerson], { description: '可选的里程碑负责人（仅项目管理者可见）/ Who may own a milestone (project managers only)' })
  async possibleOwners(@Root() p: CommunityProject, @Ctx() ctx: GraphQLContext): Promise<ProjectPerson[]> {
    if (!(await this.canManage(p, ctx))) return [];
    return (await ctx.services.projects.possibleOwners(p)).map(person);
  }
}

@Resolver(() => ProjectMilestone)
export class ProjectMilestoneResolver {
  @FieldResolver(() => String, { description: '负责人姓名 / The owner\'s name' })
  async ownerName(@Root() m: ProjectMilestone, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ((await ctx.loaders.userById.load(m.owner.id)))?.displayName ?? '';
  }

  @FieldResolver(() => Boolean, { description: '是否由当前用户负责 / Whether the viewer owns it' })
  isMine(@Root() m: ProjectMilestone, @Ctx() ctx: GraphQLContext): boolean {
    return m.owner.id === ctx.viewer?.userId;
  }
}

@Resolver(() => ProjectVolunteer)
export class ProjectVolunteerResolver {
  @FieldResolver(() => String, { description: '志愿者姓名 / The volunteer\'s name' })
  async displayName(@Root() v: ProjectVolunteer, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ((await ctx.loaders.userById.load(v.user.id)))?.displayName ?? '';
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '所在单位 / Their organisation' })
  async organisation(@Root() v: ProjectVolunteer, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    return v.organisation ? ctx.loaders.organisationById.load(v.organisation.id) : null;
  }
}

@Resolver(() => ProjectEvidence)
export class ProjectEvidenceResolver {
  @FieldResolver(() => Document, { description: '照片 / The photo' })
  document(@Root() e: ProjectEvidence): Document {
    return e.document.getEntity();
  }
}
