import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { Organisation } from '../organisation/index.js';
import { BankContact } from './bank-contact.entity.js';
import { BankProduct } from './bank-product.entity.js';
import { BankProductKind, FinancingAudience, FinancingFact, FinancingRequestStatus, FinancingRouteOrigin, FinancingRouteStatus } from './bank.enums.js';
import { FinancingAnswerInput, FinancingConsentInput, FinancingInboxFilterArgs, FinancingNeedInput, FinancingRequestInput } from './bank.inputs.js';
import { FinancingAnswerPayload, FinancingConsentPayload, FinancingFacts, FinancingInboxItem, FinancingRequestPayload } from './bank.payloads.js';
import { FinancingAnswer } from './financing-answer.entity.js';
import { FinancingRequest } from './financing-request.entity.js';
import { FinancingRoute } from './financing-route.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

const FinancingRequestConnection = ConnectionType(FinancingRequest, 'FinancingRequest', { zh: '融资需求', en: 'financing request' });
type FinancingRequestConnection = InstanceType<typeof FinancingRequestConnection>;
const FinancingInboxConnection = ConnectionType(FinancingInboxItem, 'FinancingInboxItem', { zh: '收件箱需求', en: 'inbox item' });
type FinancingInboxConnection = InstanceType<typeof FinancingInboxConnection>;

const APPLICANTS = [Role.TALENT, Role.ENTERPRISE_HR] as const;

async function productsOf(ctx: GraphQLContext, ids: string[]): Promise<BankProduct[]> {
  const rows = await ctx.loaders.bankProductById.loadMany(ids);
  return rows.filter((p): p is BankProduct => p instanceof Object && !(p instanceof Error));
}

/** The applicant's side: their requests, offers side by side, consent, acceptance. */
@Resolver(() => FinancingRequest)
export class FinancingRequestResolver {
  @Authorized(...APPLICANTS)
  @Query(() => [BankProduct], { description: '预览：符合需要（类型、对象、金额、期限）的在列产品 / Preview: listed products whose kind, audience, amount and term fit the need' })
  financingMatches(@Arg('need') need: FinancingNeedInput, @Ctx() ctx: GraphQLContext): Promise<BankProduct[]> {
    return ctx.services.financing.matches(requireViewer(ctx), need);
  }

  @Authorized(...APPLICANTS)
  @Query(() => FinancingRequestConnection, { description: '我的融资需求（人才本人；企业人事为本企业）/ My financing requests (a talent\'s own; HR: their enterprise\'s)' })
  async myFinancingRequests(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<FinancingRequestConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.financing.myRequests(requireViewer(ctx), window);
    return toConnection(rows, window, total);
  }

  @Authorized(...APPLICANTS)
  @Query(() => FinancingRequest, { description: '按编号取本人（本企业）的融资需求 / One of the viewer\'s (or their enterprise\'s) financing requests' })
  financingRequest(@Arg('id', () => UUIDScalar, { description: '需求编号 / Request id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<FinancingRequest> {
    return ctx.services.financing.requestOrFail(requireViewer(ctx), id);
  }

  @Authorized(...APPLICANTS)
  @Mutation(() => FinancingRequestPayload, { description: '提交融资需求，并记录对每家银行的信息授权 / Post a financing request, recording the consent given to each bank' })
  async createFinancingRequest(@Arg('input') input: FinancingRequestInput, @Ctx() ctx: GraphQLContext): Promise<FinancingRequestPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.financing.create(requireViewer(ctx), input));
    return { request: result, errors };
  }

  @Authorized(...APPLICANTS)
  @Mutation(() => FinancingConsentPayload, { description: '更改对一家银行的信息授权（需求进行中）/ Change what one bank may see (while the request is open)' })
  async updateFinancingConsent(@Arg('input') input: FinancingConsentInput, @Ctx() ctx: GraphQLContext): Promise<FinancingConsentPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.financing.updateConsent(requireViewer(ctx), input));
    return { route: result, errors };
  }

  @Authorized(...APPLICANTS)
  @Mutation(() => FinancingRequestPayload, { description: '接受一家银行的报价；其他银行随即关闭并收到通知 / Accept one bank\'s offer; the other banks are closed and told' })
  async acceptFinancingOffer(@Arg('answerId', () => UUIDScalar, { description: '报价（答复）编号 / Id of the offer (answer)' }) answerId: string, @Ctx() ctx: GraphQLContext): Promise<FinancingRequestPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.financing.accept(requireViewer(ctx), answerId));
    return { request: result, errors };
  }

  @Authorized(...APPLICANTS)
  @Mutation(() => FinancingRequestPayload, { description: '回复银行的补充信息问题 / Reply to a bank\'s question' })
  async replyToFinancingQuestion(
    @Arg('answerId', () => UUIDScalar, { description: '问题（答复）编号 / Id of the question (answer)' }) answerId: string,
    @Arg('reply', { description: '回复内容（最多 1000 字）/ The reply (at most 1,000 characters)' }) reply: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FinancingRequestPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.financing.reply(requireViewer(ctx), answerId, reply));
    return { request: result, errors };
  }

  @Authorized(...APPLICANTS)
  @Mutation(() => FinancingRequestPayload, { description: '撤回融资需求 / Withdraw a financing request' })
  async withdrawFinancingRequest(@Arg('id', () => UUIDScalar, { description: '需求编号 / Request id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<FinancingRequestPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.financing.withdraw(requireViewer(ctx), id));
    return { request: result, errors };
  }

  @FieldResolver(() => FinancingFacts, { description: '申请人提供的全部信息（仅申请人可见）/ All facts the applicant gave (the applicant\'s view)' })
  facts(@Root() request: FinancingRequest, @Ctx() ctx: GraphQLContext): FinancingFacts {
    return ctx.services.financing.factsForApplicant(ctx.viewer, request);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '申请企业（企业申请时）/ The applicant enterprise (for enterprise requests)' })
  enterprise(@Root() request: FinancingRequest, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | null {
    return request.enterprise ? ctx.loaders.organisationById.load(request.enterprise.id) : null;
  }

  @FieldResolver(() => [FinancingRoute], { description: '发往的各支行及其答复（用于并排比较报价）/ The branches it went to, with their answers (to compare offers side by side)' })
  routes(@Root() request: FinancingRequest, @Ctx() ctx: GraphQLContext): Promise<FinancingRoute[]> {
    return ctx.loaders.financingRoutesByRequestId.load(request.id);
  }
}

@Resolver(() => FinancingRoute)
export class FinancingRouteResolver {
  @FieldResolver(() => Organisation, { description: '支行 / The branch' })
  async branch(@Root() route: FinancingRoute, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, route.branch.id, 'organisation');
  }

  @FieldResolver(() => [BankContact], { description: '支行联系人 / The branch\'s contacts' })
  contacts(@Root() route: FinancingRoute, @Ctx() ctx: GraphQLContext): Promise<BankContact[]> {
    return ctx.loaders.bankContactsByBranchId.load(route.branch.id);
  }

  @FieldResolver(() => FinancingAnswer, { nullable: true, description: '该支行的最新答复 / The branch\'s latest answer' })
  currentAnswer(@Root() route: FinancingRoute, @Ctx() ctx: GraphQLContext): Promise<FinancingAnswer | null> | null {
    return route.currentAnswer ? ctx.loaders.financingAnswerById.load(route.currentAnswer.id) : null;
  }

  @FieldResolver(() => [FinancingAnswer], { description: '该支行的全部答复，按时间 / All the branch\'s answers, oldest first' })
  answers(@Root() route: FinancingRoute, @Ctx() ctx: GraphQLContext): Promise<FinancingAnswer[]> {
    return ctx.loaders.financingAnswersByRouteId.load(route.id);
  }

  @FieldResolver(() => [BankProduct], { description: '发送时匹配的该支行产品 / The branch\'s products that fitted when it was sent' })
  matchedProducts(@Root() route: FinancingRoute, @Ctx() ctx: GraphQLContext): Promise<BankProduct[]> {
    return productsOf(ctx, route.matchedProductIds);
  }
}

@Resolver(() => FinancingAnswer)
export class FinancingAnswerResolver {
  @FieldResolver(() => Float, { nullable: true, description: '报价年利率（%）/ Offered annual rate, percent' })
  offerRatePercent(@Root() answer: FinancingAnswer): number | null {
    return answer.offerRateBp == null ? null : answer.offerRateBp / 100;
  }

  @FieldResolver(() => BankProduct, { nullable: true, description: '报价依据的产品 / The product the offer is based on' })
  product(@Root() answer: FinancingAnswer, @Ctx() ctx: GraphQLContext): Promise<BankProduct | null> | null {
    return answer.product ? ctx.loaders.bankProductById.load(answer.product.id) : null;
  }
}

/** The bank's side: a branch's inbox. Every field comes from the route to that branch or the request's shared part. */
@Resolver(() => FinancingInboxItem)
export class FinancingInboxResolver {
  @Authorized(Role.BANK_LIAISON)
  @Query(() => FinancingInboxConnection, { description: '本支行收到的融资需求，最新在前 / Financing requests sent to the liaison\'s branch, newest first' })
  async financingInbox(@Args() page: PageArgs, @Args() filter: FinancingInboxFilterArgs, @Ctx() ctx: GraphQLContext): Promise<FinancingInboxConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.financing.inbox(requireViewer(ctx), filter, window);
    return toConnection(rows, window, total);
  }

  @Authorized(Role.BANK_LIAISON)
  @Query(() => FinancingInboxItem, { description: '本支行收件箱中的一笔需求 / One request in the liaison\'s branch inbox' })
  financingInboxItem(@Arg('id', () => UUIDScalar, { description: '收件箱条目编号 / Inbox item id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<FinancingInboxItem> {
    return ctx.services.financing.inboxItemOrFail(requireViewer(ctx), id);
  }

  @Authorized(Role.BANK_LIAISON)
  @Mutation(() => FinancingAnswerPayload, { description: '支行答复：有意向（附报价）、需补充信息（附问题）或婉拒（附原因）/ A branch answers: interested (with an offer), needs information (with a question) or declined (with a reason)' })
  async answerFinancingRequest(@Arg('input') input: FinancingAnswerInput, @Ctx() ctx: GraphQLContext): Promise<FinancingAnswerPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.financing.answer(requireViewer(ctx), input));
    return { item: result, errors };
  }

  @FieldResolver(() => ID, { description: '条目编号 / Item id' })
  id(@Root() item: FinancingInboxItem): string {
    return item.route.id;
  }

  @FieldResolver(() => Date, { description: '收到时间 / When it arrived' })
  sentAt(@Root() item: FinancingInboxItem): Date {
    return item.route.sentAt;
  }

  @FieldResolver(() => FinancingRouteStatus, { description: '本支行处理状态 / Where this branch stands' })
  status(@Root() item: FinancingInboxItem): FinancingRouteStatus {
    return item.route.status;
  }

  @FieldResolver(() => FinancingRouteOrigin, { description: '为何发给本支行 / Why it came to this branch' })
  origin(@Root() item: FinancingInboxItem): FinancingRouteOrigin {
    return item.route.origin;
  }

  @FieldResolver(() => [FinancingFact], { description: '申请人授权本支行查看的信息项 / Facts the applicant lets this branch see' })
  consentedFacts(@Root() item: FinancingInboxItem): FinancingFact[] {
    return item.route.consentedFacts;
  }

  @FieldResolver(() => Date, { description: '授权记录时间 / When the consent was recorded' })
  consentRecordedAt(@Root() item: FinancingInboxItem): Date {
    return item.route.consentRecordedAt;
  }

  @FieldResolver(() => Date, { nullable: true, description: '本支行首次答复时间 / When this branch first answered' })
  firstAnsweredAt(@Root() item: FinancingInboxItem): Date | null {
    return item.route.firstAnsweredAt ?? null;
  }

  @FieldResolver(() => FinancingAudience, { description: '申请人类型 / Enterprise or talent' })
  audience(@Root() item: FinancingInboxItem): FinancingAudience {
    return item.request.audience;
  }

  @FieldResolver(() => BankProductKind, { description: '融资类型 / Kind of financing' })
  kind(@Root() item: FinancingInboxItem): BankProductKind {
    return item.request.kind;
  }

  @FieldResolver(() => String, { description: '用途 / Purpose' })
  purpose(@Root() item: FinancingInboxItem): string {
    return item.request.purpose;
  }

  @FieldResolver(() => Int, { nullable: true, description: '金额（元）/ Amount in yuan' })
  amount(@Root() item: FinancingInboxItem): number | null {
    return item.request.amount ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: '期限（月）/ Term in months' })
  termMonths(@Root() item: FinancingInboxItem): number | null {
    return item.request.termMonths ?? null;
  }

  @FieldResolver(() => FinancingRequestStatus, { description: '需求本身的状态 / Status of the request itself' })
  requestStatus(@Root() item: FinancingInboxItem): FinancingRequestStatus {
    return item.request.status;
  }

  @FieldResolver(() => FinancingFacts, { description: '申请人信息：仅含授权本支行的项，其余为空 / The applicant\'s facts: only those consented to this branch, the rest null' })
  facts(@Root() item: FinancingInboxItem, @Ctx() ctx: GraphQLContext): FinancingFacts {
    return ctx.services.financing.factsForBank(ctx.viewer, item);
  }

  @FieldResolver(() => FinancingAnswer, { nullable: true, description: '本支行的最新答复 / This branch\'s latest answer' })
  currentAnswer(@Root() item: FinancingInboxItem, @Ctx() ctx: GraphQLContext): Promise<FinancingAnswer | null> | null {
    return item.route.currentAnswer ? ctx.loaders.financingAnswerById.load(item.route.currentAnswer.id) : null;
  }

  @FieldResolver(() => [FinancingAnswer], { description: '本支行的全部答复 / All of this branch\'s answers' })
  answers(@Root() item: FinancingInboxItem, @Ctx() ctx: GraphQLContext): Promise<FinancingAnswer[]> {
    return ctx.loaders.financingAnswersByRouteId.load(item.route.id);
  }

  @FieldResolver(() => [BankProduct], { description: '本支行匹配的产品 / This branch\'s products that fitted' })
  matchedProducts(@Root() item: FinancingInboxItem, @Ctx() ctx: GraphQLContext): Promise<BankProduct[]> {
    return productsOf(ctx, item.route.matchedProductIds);
  }
}
