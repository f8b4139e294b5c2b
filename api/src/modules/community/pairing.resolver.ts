import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { Organisation } from '../organisation/index.js';
import { looksAfterPlace } from './community-access.js';
import { PairingAgreementPayload, PairingReviewPayload } from './community.payloads.js';
import { PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem } from './pairing.entity.js';
import { CreatePairingAgreementInput, ReviewPairingAgreementInput } from './pairing.inputs.js';
import { PairingOrder } from './pairing.service.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

registerEnumType(PairingOrder, {
  name: 'PairingOrder',
  description: '结对协议列表的排序 / How a list of pairing agreements is ordered',
  valuesConfig: {
    PLACE: { description: '按村居（村在前）/ By village or residential area (villages first)' },
    PARTNER: { description: '按结对单位 / By partner organisation' },
  },
});

const PairingAgreementConnection = ConnectionType(PairingAgreement, 'PairingAgreement', { zh: '结对协议', en: 'pairing agreement' });
type PairingAgreementConnection = InstanceType<typeof PairingAgreementConnection>;

const organisation = async (ctx: GraphQLContext, id: string): Promise<Organisation> => await loadRequired(ctx.loaders.organisationById, id, 'organisation');

@Resolver(() => PairingAgreement)
export class PairingAgreementResolver {
  @Query(() => PairingAgreementConnection, { description: '结对协议，可按村居或结对单位筛选；无需登录 / Pairing agreements, by village/residential area or by partner; no sign-in needed' })
  async pairingAgreements(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('placeId', () => UUIDScalar, { nullable: true, description: '只看这个村居的 / Only this village or residential area\'s' }) placeId?: string | null,
    @Arg('partnerId', () => UUIDScalar, { nullable: true, description: '只看这家单位的 / Only this partner\'s' }) partnerId?: string | null,
    @Arg('activeOn', () => String, { nullable: true, description: '只看这一天（YYYY-MM-DD）有效的 / Only those in force on this date (YYYY-MM-DD)' }) activeOn?: string | null,
    @Arg('orderBy', () => PairingOrder, { nullable: true, description: '排序，默认按村居 / Order, by place unless given' }) orderBy?: PairingOrder | null,
  ): Promise<PairingAgreementConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.pairings.list({ placeId, partnerId, activeOn, orderBy }, window);
    return toConnection(rows, window, total);
  }

  @Query(() => PairingAgreement, { nullable: true, description: '一份结对协议 / One pairing agreement' })
  pairingAgreement(@Arg('id', () => UUIDScalar, { description: '协议编号 / Agreement id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<PairingAgreement | null> {
    return ctx.services.pairings.byId(ctx.viewer, id);
  }

  @Authorized(Role.COMMUNITY_WORKER, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PairingAgreementPayload, { description: '登记结对协议（社区工作者为本村居，或协调人、管理员）/ Records a pairing agreement (a community worker for their own place, or a coordinator or administrator)' })
  async createPairingAgreement(@Arg('input') input: CreatePairingAgreementInput, @Ctx() ctx: GraphQLContext): Promise<PairingAgreementPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.pairings.create(requireViewer(ctx), input));
    return { agreement: result, errors };
  }

  @Authorized(Role.COMMUNITY_WORKER, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PairingReviewPayload, { description: '登记结对协议的年度评议（每年一次）/ Records the yearly review of an agreement (once a year)' })
  async reviewPairingAgreement(@Arg('input') input: ReviewPairingAgreementInput, @Ctx() ctx: GraphQLContext): Promise<PairingReviewPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.pairings.review(requireViewer(ctx), input));
    return { review: result, errors };
  }

  @FieldResolver(() => Organisation, { description: '村或居民区 / The village or residential area' })
  place(@Root() a: PairingAgreement, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return organisation(ctx, a.place.id);
  }

  @FieldResolver(() => Organisation, { description: '结对单位 / The partner organisation' })
  partner(@Root() a: PairingAgreement, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return organisation(ctx, a.partner.id);
  }

  @FieldResolver(() => Boolean, { description: '今天是否在协议期内 / Whether today falls within the agreement' })
  isActive(@Root() a: PairingAgreement): boolean {
    const today = shanghaiToday();
    return a.startsOn <= today && today <= a.endsOn;
  }

  @FieldResolver(() => [PairingCommitment], { description: '承诺事项 / The commitments' })
  commitments(@Root() a: PairingAgreement, @Ctx() ctx: GraphQLContext): Promise<PairingCommitment[]> {
    return ctx.loaders.pairingCommitmentsByAgreementId.load(a.id);
  }

  @FieldResolver(() => [PairingReview], { description: '年度评议，最近在前；仅双方和镇工作人员可见，其他人为空列表 / Yearly reviews, latest first; only the two parties and town staff see them (empty for others)' })
  async reviews(@Root() a: PairingAgreement, @Ctx() ctx: GraphQLContext): Promise<PairingReview[]> {
    return ctx.services.pairings.canSeeReviews(ctx.viewer, a) ? ctx.loaders.pairingReviewsByAgreementId.load(a.id) : [];
  }

  @FieldResolver(() => Boolean, { description: '当前用户能否登记评议 / Whether the viewer may record a review' })
  canReview(@Root() a: PairingAgreement, @Ctx() ctx: GraphQLContext): boolean {
    return looksAfterPlace(ctx.viewer, a.place.id);
  }
}

@Resolver(() => PairingReview)
export class PairingReviewResolver {
  @FieldResolver(() => [PairingReviewItem], { description: '各项承诺的完成情况 / How each commitment fared' })
  items(@Root() r: PairingReview, @Ctx() ctx: GraphQLContext): Promise<PairingReviewItem[]> {
    return ctx.loaders.pairingReviewItemsByReviewId.load(r.id);
  }

  @FieldResolver(() => String, { description: '评议人姓名 / Who recorded the review' })
  async reviewerName(@Root() r: PairingReview, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ((await ctx.loaders.userById.load(r.reviewedBy.id)))?.displayName ?? '';
  }
}

@Resolver(() => PairingReviewItem)
export class PairingReviewItemResolver {
  @FieldResolver(() => PairingCommitment, { description: '承诺 / The commitment' })
  async commitment(@Root() i: PairingReviewItem, @Ctx() ctx: GraphQLContext): Promise<PairingCommitment> {
    // The items loader joins the commitments in already.
    return i.commitment.isInitialized() ? i.commitment.getEntity() : await loadRequired(ctx.loaders.pairingCommitmentById, i.commitment.id, 'pairing commitment');
  }
}
