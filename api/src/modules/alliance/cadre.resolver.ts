import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { pick } from '../../core/errors/domain-error.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { canSeeEvent } from './alliance-access.js';
import { AllianceEvent } from './alliance-event.entity.js';
import { CadreNominationStatus } from './alliance.enums.js';
import { CadreCohortInput, NominateCadreInput } from './alliance.inputs.js';
import { CadreCohortPayload, CadreNominationPayload } from './alliance.payloads.js';
import { CadreCohort, CadreNomination } from './cadre.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

const CadreCohortConnection = ConnectionType(CadreCohort, 'CadreCohort', { zh: '干部培养交流批次', en: 'cadre exchange cohort' });
type CadreCohortConnection = InstanceType<typeof CadreCohortConnection>;

@Resolver(() => CadreCohort)
export class CadreCohortResolver {
  @Query(() => CadreCohortConnection, { description: '干部培养交流批次，最近在前 / Cadre exchange cohorts, latest first' })
  async cadreCohorts(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<CadreCohortConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.cadre.list(window);
    return toConnection(rows, window, total);
  }

  @Query(() => CadreCohort, { description: '按编号取一个批次 / One cohort by id' })
  cadreCohort(@Arg('id', () => UUIDScalar, { description: '批次编号 / Cohort id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<CadreCohort> {
    return ctx.services.cadre.cohortOrFail(id);
  }

  @Authorized()
  @Query(() => [CadreNomination], { description: '本人的推荐与入选情况（含课程安排）/ The viewer\'s own nominations (with their schedule)' })
  myCadreNominations(@Ctx() ctx: GraphQLContext): Promise<CadreNomination[]> {
    return ctx.services.cadre.mine(requireViewer(ctx));
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => CadreCohortPayload, { description: '新建批次 / Creates a cohort' })
  async createCadreCohort(@Arg('input') input: CadreCohortInput, @Ctx() ctx: GraphQLContext): Promise<CadreCohortPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.cadre.create(requireViewer(ctx), input));
    return { cohort: result, errors };
  }

  @Authorized(Role.ENTERPRISE_HR)
  @Mutation(() => CadreNominationPayload, { description: '人事推荐本企业员工 / HR nominate one of their staff' })
  async nominateCadreCandidate(@Arg('input') input: NominateCadreInput, @Ctx() ctx: GraphQLContext): Promise<CadreNominationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.cadre.nominate(requireViewer(ctx), input));
    return { nomination: result, errors };
  }

  @Authorized(Role.ENTERPRISE_HR)
  @Mutation(() => CadreNominationPayload, { description: '人事撤回本企业的推荐（待遴选或已入选未结业）；再次推荐同一人即恢复 / HR withdraw their enterprise\'s nomination (awaiting selection, or selected and not completed); nominating the person again restores it' })
  async withdrawCadreNomination(
    @Arg('id', () => UUIDScalar, { description: '推荐编号 / Nomination id' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CadreNominationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.cadre.withdraw(requireViewer(ctx), id));
    return { nomination: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => CadreNominationPayload, { description: '协调人在名额内遴选或不选 / A coordinator selects (within the places) or turns down a nominee' })
  async decideCadreNomination(
    @Arg('id', () => UUIDScalar, { description: '推荐编号 / Nomination id' }) id: string,
    @Arg('selected', { description: '是否入选 / Selected or not' }) selected: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CadreNominationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.cadre.decide(requireViewer(ctx), id, selected));
    return { nomination: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => CadreNominationPayload, { description: '记录（或撤销）结业 / Records (or clears) completion' })
  async recordCadreCompletion(
    @Arg('id', () => UUIDScalar, { description: '推荐编号 / Nomination id' }) id: string,
    @Arg('completed', { description: '是否结业 / Completed or not' }) completed: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CadreNominationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.cadre.recordCompletion(requireViewer(ctx), id, completed));
    return { nomination: result, errors };
  }

  @FieldResolver(() => String, { description: '按请求语言的主题 / Theme in the request\'s language' })
  theme(@Root() c: CadreCohort, @Ctx() ctx: GraphQLContext): string {
    return pick({ zh: c.themeZh, en: c.themeEn }, ctx.locale);
  }

  @FieldResolver(() => Organisation, { description: '合作高校 / University partner' })
  async partner(@Root() c: CadreCohort, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, c.partner.id, 'organisation');
  }

  @FieldResolver(() => [AllianceEvent], { description: '课程（即活动）/ Sessions (events)' })
  async sessions(@Root() c: CadreCohort, @Ctx() ctx: GraphQLContext): Promise<AllianceEvent[]> {
    return (await ctx.loaders.sessionsByCohortId.load(c.id)).filter((e) => canSeeEvent(ctx.viewer, e));
  }

  @FieldResolver(() => Int, { description: '已入选人数 / People selected' })
  async selectedCount(@Root() c: CadreCohort, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.nominationsByCohortId.load(c.id)).filter((n) => n.status === CadreNominationStatus.SELECTED).length;
  }

  @FieldResolver(() => [CadreNomination], { description: '推荐名单：协调人看全部，人事看本企业，本人看自己 / Nominations: coordinators see all, HR their enterprise\'s, a person their own' })
  async nominations(@Root() c: CadreCohort, @Ctx() ctx: GraphQLContext): Promise<CadreNomination[]> {
    return ctx.services.cadre.nominationsVisibleTo(ctx.viewer, await ctx.loaders.nominationsByCohortId.load(c.id));
  }
}

@Resolver(() => CadreNomination)
export class CadreNominationResolver {
  @FieldResolver(() => CadreCohort, { description: '批次 / Cohort' })
  async cohort(@Root() n: CadreNomination, @Ctx() ctx: GraphQLContext): Promise<CadreCohort> {
    return await loadRequired(ctx.loaders.cadreCohortById, n.cohort.id, 'cadre cohort');
  }

  @FieldResolver(() => User, { description: '被推荐人 / The person nominated' })
  async person(@Root() n: CadreNomination, @Ctx() ctx: GraphQLContext): Promise<User> {
    return await loadRequired(ctx.loaders.userById, n.person.id, 'user');
  }

  @FieldResolver(() => Organisation, { description: '推荐企业 / Nominating enterprise' })
  async organisation(@Root() n: CadreNomination, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, n.organisation.id, 'organisation');
  }
}
