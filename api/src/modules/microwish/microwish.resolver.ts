import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, keysetWindow, PageArgs, toKeysetConnection } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { isTownStaff } from '../community/index.js';
import { Organisation } from '../organisation/index.js';
import { isClaimant, memberOrganisation, seesClaimDetails, seesDelivery, surnameOnly, worksForPlace, type ClaimParty } from './microwish.access.js';
import { CommunityVolunteer, MicroWish, type MicroWishClaim } from './microwish.entity.js';
import { WishHandover, WishStatus } from './microwish.enums.js';
import { ClaimMicroWishInput, ConfirmMicroWishInput, MicroWishFilterArgs, MicroWishInput, MicroWishReasonInput, RegisterVolunteerInput, UpdateMicroWishInput } from './microwish.inputs.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { required } from '../../core/required.js';
import {
  CommunityVolunteerPayload, MicroWishClaimantView, MicroWishClaimDetailsView, MicroWishCountsView, MicroWishDeliveryView, MicroWishPayload, MicroWishRecipientView,
} from './microwish.payloads.js';

const MicroWishConnection = ConnectionType(MicroWish, 'MicroWish', { zh: '微心愿', en: 'micro-wish' });
type MicroWishConnection = InstanceType<typeof MicroWishConnection>;

@ObjectType({ description: '当前用户能对此心愿做什么 / What the viewer can do with this wish' })
class MicroWishActions {
  @Field({ description: '可以认领 / Can claim it' }) claim!: boolean;
  @Field({ description: '可以放弃或取消认领 / Can give up or end the claim' }) release!: boolean;
  @Field({ description: '可以修改（待认领时）/ Can correct it (while open)' }) edit!: boolean;
  @Field({ description: '可以撤回 / Can withdraw it' }) withdraw!: boolean;
  @Field({ description: '可以确认圆梦 / Can confirm it fulfilled' }) confirm!: boolean;
}

const partyOf = (claim: MicroWishClaim | null): ClaimParty | null => (claim ? { claimedById: claim.claimedBy.id, organisationId: claim.organisation?.id ?? null } : null);

@Resolver(() => MicroWish)
export class MicroWishResolver {
  @Query(() => MicroWishConnection, { description: '微心愿（公开，无需登录；不含居民身份），最新的在前 / Micro-wishes (public, no sign-in; never who the resident is), newest first' })
  async microWishes(@Args() page: PageArgs, @Args() filter: MicroWishFilterArgs, @Ctx() ctx: GraphQLContext): Promise<MicroWishConnection> {
    const window = keysetWindow(page);
    const { rows, total, keyOf } = await ctx.services.microWishes.list(ctx.viewer, filter, window);
    return toKeysetConnection(rows, window, total, '0', keyOf);
  }

  @Query(() => MicroWish, { description: '一个微心愿（公开）/ One micro-wish (public)' })
  microWish(@Arg('id', () => UUIDScalar, { description: '心愿编号 / Wish id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<MicroWish> {
    return ctx.services.microWishes.get(ctx.viewer, id);
  }

  @Query(() => MicroWishCountsView, { description: '微心愿累计：逐年、各认领单位（公开）/ Running counts of micro-wishes: per year and per claiming organisation (public)' })
  microWishCounts(
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true, description: '只统计此年圆梦的；不填为全部年份 / Only wishes fulfilled in this year; all years when empty' }) year?: number | null,
  ): Promise<MicroWishCountsView> {
    return ctx.services.microWishes.counts(year ?? null);
  }

  @Authorized(Role.TALENT)
  @Query(() => CommunityVolunteer, { nullable: true, description: '我的志愿者登记；未登记为空 / My volunteer registration; null if none' })
  myVolunteerRegistration(@Ctx() ctx: GraphQLContext): Promise<CommunityVolunteer | null> {
    return ctx.services.microWishes.myVolunteer(requireViewer(ctx));
  }

  @Authorized(Role.COMMUNITY_WORKER)
  @Mutation(() => MicroWishPayload, { description: '社区工作者为本村居居民发布微心愿 / A community worker posts a resident\'s wish for their own place' })
  async postMicroWish(@Arg('input') input: MicroWishInput, @Ctx() ctx: GraphQLContext): Promise<MicroWishPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.microWishes.post(requireViewer(ctx), input));
    return { wish: result, errors };
  }

  @Authorized(Role.COMMUNITY_WORKER)
  @Mutation(() => MicroWishPayload, { description: '修改待认领的心愿 / Correct a wish that is still open' })
  async updateMicroWish(@Arg('input') input: UpdateMicroWishInput, @Ctx() ctx: GraphQLContext): Promise<MicroWishPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.microWishes.update(requireViewer(ctx), input));
    return { wish: result, errors };
  }

  @Authorized(Role.COMMUNITY_WORKER)
  @Mutation(() => MicroWishPayload, { description: '撤回心愿（居民已不需要）；认领随之结束 / Withdraw a wish (no longer needed); a standing claim ends with it' })
  async withdrawMicroWish(@Arg('input') input: MicroWishReasonInput, @Ctx() ctx: GraphQLContext): Promise<MicroWishPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.microWishes.withdraw(requireViewer(ctx), input));
    return { wish: result, errors };
  }

  @Authorized(Role.ENTERPRISE_HR, Role.BANK_LIAISON, Role.TALENT)
  @Mutation(() => MicroWishPayload, { description: '认领心愿：单位（人事或银行联络员代表）或已登记的党员、志愿者；每个心愿只有一位认领人 / Claim a wish: an organisation (through its HR or bank liaison), or a registered Party member or volunteer; one claimant per wish' })
  async claimMicroWish(@Arg('input') input: ClaimMicroWishInput, @Ctx() ctx: GraphQLContext): Promise<MicroWishPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.microWishes.claim(requireViewer(ctx), input));
    return { wish: result, errors };
  }

  @Authorized()
  @Mutation(() => MicroWishPayload, { description: '认领人放弃认领，或本村居社区工作者取消认领；心愿重新开放 / The claimant gives up, or the place\'s worker ends the claim; the wish is open again' })
  async releaseMicroWishClaim(@Arg('input') input: MicroWishReasonInput, @Ctx() ctx: GraphQLContext): Promise<MicroWishPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.microWishes.release(requireViewer(ctx), input));
    return { wish: result, errors };
  }

  @Authorized(Role.COMMUNITY_WORKER)
  @Mutation(() => MicroWishPayload, { description: '确认心愿已送到居民手中，可附照片 / Confirm the wish reached the resident, with an optional photo' })
  async confirmMicroWishFulfilled(@Arg('input') input: ConfirmMicroWishInput, @Ctx() ctx: GraphQLContext): Promise<MicroWishPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.microWishes.confirm(requireViewer(ctx), input));
    return { wish: result, errors };
  }

  @Authorized(Role.TALENT)
  @Mutation(() => CommunityVolunteerPayload, { description: '登记或更新个人志愿者信息，之后可以个人名义认领心愿 / Register (or update) as a volunteer, to claim wishes as an individual' })
  async registerAsVolunteer(@Arg('input') input: RegisterVolunteerInput, @Ctx() ctx: GraphQLContext): Promise<CommunityVolunteerPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.microWishes.registerVolunteer(requireViewer(ctx), input));
    return { volunteer: result, errors };
  }

  @FieldResolver(() => Organisation, { description: '所在村或居民区 / The village or residential area' })
  async place(@Root() wish: MicroWish, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, wish.place.id, 'organisation');
  }

  @FieldResolver(() => MicroWishClaimantView, { nullable: true, description: '认领人（公开：单位写名称，个人只写类别）；未认领为空 / Who claimed (public: an organisation by name, a person by kind only); null while open' })
  async claimant(@Root() wish: MicroWish, @Ctx() ctx: GraphQLContext): Promise<MicroWishClaimantView | null> {
    if (wish.status !== WishStatus.CLAIMED && wish.status !== WishStatus.FULFILLED) return null;
    const claim = await ctx.loaders.standingClaimByWishId.load(wish.id);
    if (!claim) return null;
    const organisation = claim.organisation ? await ctx.loaders.organisationById.load(claim.organisation.id) : null;
    return { kind: claim.claimantKind, organisation, claimedAt: claim.claimedAt };
  }

  @FieldResolver(() => MicroWishClaimDetailsView, { nullable: true, description: '认领详情（本村居社区工作者和镇工作人员）；其他人为空 / The claim in full (the place\'s workers and town staff); null for anyone else' })
  async claim(@Root() wish: MicroWish, @Ctx() ctx: GraphQLContext): Promise<MicroWishClaimDetailsView | null> {
    if (!seesClaimDetails(ctx.viewer, wish.place.id)) return null;
    const claim = await ctx.loaders.standingClaimByWishId.load(wish.id);
    if (!claim) return null;
    const [organisation, person, volunteer] = await Promise.all([
      claim.organisation ? ctx.loaders.organisationById.load(claim.organisation.id) : null,
      ctx.loaders.userById.load(claim.claimedBy.id),
      // The individual's phone is for arranging the handover: the place's workers only.
      !claim.organisation && worksForPlace(ctx.viewer, wish.place.id) ? ctx.loaders.volunteerByUserId.load(claim.claimedBy.id) : null,
    ]);
    return { kind: claim.claimantKind, organisation, personName: person?.displayName ?? '', phone: volunteer?.phone ?? null, note: claim.note ?? null, claimedAt: claim.claimedAt };
  }

  @FieldResolver(() => MicroWishRecipientView, { nullable: true, description: '心愿居民（仅本村居社区工作者）；其他人为空 / The resident (the place\'s community workers only); null for anyone else' })
  async recipient(@Root() wish: MicroWish, @Ctx() ctx: GraphQLContext): Promise<MicroWishRecipientView | null> {
    if (!worksForPlace(ctx.viewer, wish.place.id)) return null;
    const r = await ctx.loaders.recipientByWishId.load(wish.id);
    return r ? { name: r.name, phone: r.phone ?? null, address: r.address, note: r.note ?? null } : null;
  }

  @FieldResolver(() => MicroWishDeliveryView, { nullable: true, description: '送达所需信息（认领人，认领有效且未圆梦时）；其他人为空 / What delivering needs (the claimant, while the claim stands and before fulfilment); null for anyone else' })
  async delivery(@Root() wish: MicroWish, @Ctx() ctx: GraphQLContext): Promise<MicroWishDeliveryView | null> {
    if (wish.status !== WishStatus.CLAIMED || !ctx.viewer) return null;
    const claim = await ctx.loaders.standingClaimByWishId.load(wish.id);
    if (!seesDelivery(ctx.viewer, wish.status, partyOf(claim))) return null;
    const [place, worker, recipient] = await Promise.all([
      ctx.loaders.organisationById.load(wish.place.id),
      ctx.loaders.userById.load(wish.postedBy.id),
      wish.handover === WishHandover.HOME_VISIT ? ctx.loaders.recipientByWishId.load(wish.id) : null,
    ]);
    return {
      handover: wish.handover, place: required(place, `place of wish ${wish.id}`), workerName: worker?.displayName ?? '',
      address: recipient?.address ?? null, recipientSurname: recipient ? surnameOnly(recipient.name) : null,
    };
  }

  @FieldResolver(() => String, { nullable: true, description: '送达照片下载地址（本村居社区工作者、认领人、镇工作人员）；其他人为空 / Where to download the handover photo (the place\'s workers, the claimant, town staff); null for anyone else' })
  async photoUrl(@Root() wish: MicroWish, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!wish.photo || !ctx.viewer) return null;
    if (worksForPlace(ctx.viewer, wish.place.id) || isTownStaff(ctx.viewer)) return `/files/${wish.photo.id}`;
    const claim = await ctx.loaders.standingClaimByWishId.load(wish.id);
    const party = partyOf(claim);
    return party && isClaimant(ctx.viewer, party) ? `/files/${wish.photo.id}` : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '撤回原因（本村居社区工作者）/ Why it was withdrawn (the place\'s workers)' })
  withdrawnReason(@Root() wish: MicroWish, @Ctx() ctx: GraphQLContext): string | null {
    return worksForPlace(ctx.viewer, wish.place.id) ? wish.withdrawnReason ?? null : null;
  }

  @FieldResolver(() => MicroWishActions, { description: '当前用户能做什么（页面据此显示按钮）/ What the viewer can do (the page shows buttons from this)' })
  async viewerCan(@Root() wish: MicroWish, @Ctx() ctx: GraphQLContext): Promise<MicroWishActions> {
    const viewer = ctx.viewer;
    const worker = worksForPlace(viewer, wish.place.id);
    const canClaimAs = !!memberOrganisation(viewer) || viewer?.role === Role.TALENT;
    let claimant = false;
    if (wish.status === WishStatus.CLAIMED && viewer) {
      const party = partyOf(await ctx.loaders.standingClaimByWishId.load(wish.id));
      claimant = !!party && isClaimant(viewer, party);
    }
    return {
      claim: wish.status === WishStatus.OPEN && canClaimAs,
      release: wish.status === WishStatus.CLAIMED && (worker || claimant),
      edit: wish.status === WishStatus.OPEN && worker,
      withdraw: (wish.status === WishStatus.OPEN || wish.status === WishStatus.CLAIMED) && worker,
      confirm: wish.status === WishStatus.CLAIMED && worker,
    };
  }
}

@Resolver(() => CommunityVolunteer)
export class CommunityVolunteerResolver {
  @FieldResolver(() => String, { description: '登记的手机号码（仅本人查看）/ The registered mobile number (seen by the person only)' })
  phone(@Root() volunteer: CommunityVolunteer): string {
    return volunteer.phone;
  }
}
