import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, keysetWindow, PageArgs, toKeysetConnection } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { maskPhone } from '../../core/privacy/masking.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { Document } from '../document/index.js';
import { Organisation } from '../organisation/index.js';
import { memberOrganisationId } from './community-access.js';
import { NeedCategory, NeedStatus } from './community.enums.js';
import { ClaimPayload, CommunityNeedPayload, CommunityOfferPayload } from './community.payloads.js';
import { canSeeResident } from './need-access.js';
import { CommunityNeed, CommunityOffer, NeedClaim, NeedResource } from './need.entity.js';
import { ClaimCommunityNeedInput, CommunityOfferInput, PostCommunityNeedInput } from './need.inputs.js';
import { CommunityProject } from './project.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { required } from '../../core/required.js';

@ObjectType({ description: '提出需求的居民联系方式：仅本村居社区工作者、镇工作人员和认领单位可见 / The resident\'s contact details: only the place\'s workers, town staff and claiming organisations see them' })
export class ResidentContact {
  @Field(() => String, { nullable: true, description: '姓名 / Name' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: '手机号码 / Mobile number' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  address!: string | null;
}

const CommunityNeedConnection = ConnectionType(CommunityNeed, 'CommunityNeed', { zh: '社区需求', en: 'community need' });
type CommunityNeedConnection = InstanceType<typeof CommunityNeedConnection>;

@Resolver(() => CommunityNeed)
export class CommunityNeedResolver {
  @Query(() => CommunityNeedConnection, {
    description: '社区需求。未登录只见公开需求；社区工作者只见本村居的；成员单位见待认领的和本单位认领的 / Community needs. Visitors see public ones only; a community worker their own place\'s; member organisations open ones and those they claimed',
  })
  async communityNeeds(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('placeId', () => UUIDScalar, { nullable: true, description: '只看这个村居的 / Only this village or residential area\'s' }) placeId?: string | null,
    @Arg('status', () => NeedStatus, { nullable: true, description: '只看这个状态的 / Only in this state' }) status?: NeedStatus | null,
    @Arg('category', () => NeedCategory, { nullable: true, description: '只看这个类别的 / Only of this category' }) category?: NeedCategory | null,
    @Arg('matchingOurOffer', () => Boolean, { nullable: true, description: '只看与本单位可提供资源相符、仍有剩余的（成员单位）/ Only those still wanting what our organisation offers (member organisations)' }) matchingOurOffer?: boolean | null,
    @Arg('claimedByUs', () => Boolean, { nullable: true, description: '只看本单位认领过的（成员单位）/ Only those our organisation claimed (member organisations)' }) claimedByUs?: boolean | null,
    @Arg('search', () => String, { nullable: true, description: '编号或标题包含（% 与 _ 按原字符匹配，最多 200 字）/ Reference or title contains (% and _ match themselves; at most 200 characters)' }) search?: string | null,
  ): Promise<CommunityNeedConnection> {
    const window = keysetWindow(page);
    const { rows, total, keyOf } = await ctx.services.needs.list(ctx.viewer, { placeId, status, category, matchingOurOffer, claimedByUs, search }, window);
    return toKeysetConnection(rows, window, total, '0', keyOf);
  }

  @Query(() => CommunityNeed, { nullable: true, description: '一项需求（看不到的与不存在的一样为空）/ One need (null when missing or not visible)' })
  communityNeed(@Arg('id', () => UUIDScalar, { description: '需求编号 / Need id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<CommunityNeed | null> {
    return ctx.services.needs.byId(ctx.viewer, id);
  }

  @Authorized(Role.ENTERPRISE_HR, Role.BANK_LIAISON)
  @Query(() => CommunityOffer, { nullable: true, description: '本单位可提供的资源 / What our organisation offers' })
  myCommunityOffer(@Ctx() ctx: GraphQLContext): Promise<CommunityOffer | null> {
    return ctx.services.needs.offerOf(requireViewer(ctx));
  }

  @Authorized(Role.COMMUNITY_WORKER)
  @Mutation(() => CommunityNeedPayload, { description: '社区工作者登记本村居的需求（社区下单）/ A community worker posts a need of their place' })
  async postCommunityNeed(@Arg('input') input: PostCommunityNeedInput, @Ctx() ctx: GraphQLContext): Promise<CommunityNeedPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.needs.post(requireViewer(ctx), input));
    return { need: result, errors };
  }

  @Authorized(Role.COMMUNITY_WORKER)
  @Mutation(() => CommunityNeedPayload, { description: '撤回尚无人认领的需求 / Withdraws a need nobody has claimed' })
  async cancelCommunityNeed(
    @Arg('id', () => UUIDScalar, { description: '需求编号 / Need id' }) id: string,
    @Arg('reason', { description: '撤回原因，最多 500 字 / Why, at most 500 characters' }) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CommunityNeedPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.needs.cancel(requireViewer(ctx), id, reason));
    return { need: result, errors };
  }

  @Authorized(Role.ENTERPRISE_HR, Role.BANK_LIAISON)
  @Mutation(() => ClaimPayload, { description: '成员单位认领需求的部分或全部资源（党员领单）；不会超过所需 / A member organisation takes on part or all of a need\'s resources; never more than asked for' })
  async claimCommunityNeed(@Arg('input') input: ClaimCommunityNeedInput, @Ctx() ctx: GraphQLContext): Promise<ClaimPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.needs.claim(requireViewer(ctx), input));
    const need = result ? await ctx.services.needs.byId(ctx.viewer, input.needId) : null;
    return { need, claims: result ?? [], errors };
  }

  @Authorized(Role.ENTERPRISE_HR, Role.BANK_LIAISON)
  @Mutation(() => CommunityOfferPayload, { description: '保存本单位可提供的资源，用于匹配需求 / Saves what our organisation offers, to match needs' })
  async saveCommunityOffer(@Arg('input') input: CommunityOfferInput, @Ctx() ctx: GraphQLContext): Promise<CommunityOfferPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.needs.saveOffer(requireViewer(ctx), input));
    return { offer: result, errors };
  }

  @FieldResolver(() => Organisation, { description: '村或居民区 / The village or residential area' })
  async place(@Root() n: CommunityNeed, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, n.place.id, 'organisation');
  }

  @FieldResolver(() => [NeedResource], { description: '所需资源，含已认领和剩余 / The resources wanted, with claimed and left' })
  resources(@Root() n: CommunityNeed, @Ctx() ctx: GraphQLContext): Promise<NeedResource[]> {
    return ctx.loaders.needResourcesByNeedId.load(n.id);
  }

  @FieldResolver(() => [NeedClaim], { description: '认领记录 / The claims' })
  claims(@Root() n: CommunityNeed, @Ctx() ctx: GraphQLContext): Promise<NeedClaim[]> {
    return ctx.loaders.claimsByNeedId.load(n.id);
  }

  @FieldResolver(() => [Document], { description: '照片；仅登录用户可见 / Photos; signed-in users only' })
  async photos(@Root() n: CommunityNeed, @Ctx() ctx: GraphQLContext): Promise<Document[]> {
    if (!ctx.viewer) return [];
    return (await ctx.loaders.needPhotosByNeedId.load(n.id)).map((p) => p.document.getEntity());
  }

  @FieldResolver(() => CommunityProject, { nullable: true, description: '由此需求转成的项目（第一次认领时开始）/ The project this need became (opened at the first claim)' })
  project(@Root() n: CommunityNeed, @Ctx() ctx: GraphQLContext): Promise<CommunityProject | null> {
    return ctx.loaders.projectByNeedId.load(n.id);
  }

  @FieldResolver(() => ResidentContact, { nullable: true, description: '居民联系方式；无权查看时为空。认领单位看到的手机号码已部分隐藏 / The resident\'s contact; null for those who may not see it. Claiming organisations see the phone number masked' })
  async residentContact(@Root() n: CommunityNeed, @Ctx() ctx: GraphQLContext): Promise<ResidentContact | null> {
    if (!ctx.viewer || (!n.residentName && !n.residentPhone && !n.residentAddress)) return null;
    const claims = await ctx.loaders.claimsByNeedId.load(n.id);
    if (!canSeeResident(ctx.viewer, n, claims.map((c) => c.organisation.id))) return null;
    const full = !memberOrganisationId(ctx.viewer);
    return { name: n.residentName ?? null, phone: n.residentPhone ? (full ? n.residentPhone : maskPhone(n.residentPhone)) : null, address: n.residentAddress ?? null };
  }

  @FieldResolver(() => Boolean, { description: '当前用户能否认领（成员单位，待认领）/ Whether the viewer may claim it (a member organisation, while open)' })
  canClaim(@Root() n: CommunityNeed, @Ctx() ctx: GraphQLContext): boolean {
    return !!memberOrganisationId(ctx.viewer) && n.status === NeedStatus.OPEN;
  }

  @FieldResolver(() => Boolean, { description: '当前用户是否为本村居社区工作者 / Whether the viewer is this place\'s community worker' })
  isOwnPlace(@Root() n: CommunityNeed, @Ctx() ctx: GraphQLContext): boolean {
    return ctx.viewer?.role === Role.COMMUNITY_WORKER && ctx.viewer.organisationId === n.place.id;
  }
}

@Resolver(() => NeedResource)
export class NeedResourceResolver {
  @FieldResolver(() => Int, { description: '已认领数量 / How much is claimed' })
  claimed(@Root() r: NeedResource, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.claimedByResourceId.load(r.id);
  }

  @FieldResolver(() => Int, { description: '剩余数量 / How much is left' })
  async remaining(@Root() r: NeedResource, @Ctx() ctx: GraphQLContext): Promise<number> {
    return Math.max(0, r.quantity - (await ctx.loaders.claimedByResourceId.load(r.id)));
  }
}

@Resolver(() => NeedClaim)
export class NeedClaimResolver {
  @FieldResolver(() => Organisation, { description: '认领单位 / The claiming organisation' })
  async organisation(@Root() c: NeedClaim, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, c.organisation.id, 'organisation');
  }

  @FieldResolver(() => NeedResource, { description: '认领的资源 / The resource taken on' })
  async resource(@Root() c: NeedClaim, @Ctx() ctx: GraphQLContext): Promise<NeedResource> {
    return required((await ctx.loaders.needResourcesByNeedId.load(c.need.id)).find((r) => r.id === c.resource.id), `resource ${c.resource.id} of need ${c.need.id}`);
  }
}
