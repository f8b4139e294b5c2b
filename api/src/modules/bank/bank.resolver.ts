import { Arg, Args, Authorized, Ctx, Float, Int, Mutation, Query, Resolver, Root, FieldResolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { maskPhone } from '../../core/privacy/masking.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { Organisation } from '../organisation/index.js';
import { BankContact } from './bank-contact.entity.js';
import { BankProduct } from './bank-product.entity.js';
import { BankProductStatus } from './bank.enums.js';
import { BankContactInput, BankProductFilterArgs, BankProductInput, BankProductVisibilityInput } from './bank.inputs.js';
import { BankBranch, BankContactPayload, BankProductPayload, BankScorecard, RemoveBankContactPayload } from './bank.payloads.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

const BankBranchConnection = ConnectionType(BankBranch, 'BankBranch', { zh: '合作支行', en: 'partner branch' });
type BankBranchConnection = InstanceType<typeof BankBranchConnection>;
const BankProductConnection = ConnectionType(BankProduct, 'BankProduct', { zh: '金融产品', en: 'bank product' });
type BankProductConnection = InstanceType<typeof BankProductConnection>;

const percent = (bp: number | null | undefined) => (bp == null ? null : bp / 100);

@Resolver(() => BankProduct)
export class BankProductResolver {
  @Query(() => BankProductConnection, { description: '金融产品目录（跨支行），可筛选；所有人可查看 / The product catalogue across branches, with filters; open to everyone' })
  async bankProducts(@Args() page: PageArgs, @Args() filter: BankProductFilterArgs, @Ctx() ctx: GraphQLContext): Promise<BankProductConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.bank.listProducts(ctx.viewer, filter, window);
    return toConnection(rows, window, total);
  }

  @Query(() => BankProduct, { nullable: true, description: '按编号取一个产品（草稿仅本支行可见）/ One product by id (drafts only for their branch)' })
  bankProduct(@Arg('id', () => UUIDScalar, { description: '产品编号 / Product id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<BankProduct | null> {
    return ctx.services.bank.product(ctx.viewer, id);
  }

  @Authorized(Role.BANK_LIAISON)
  @Query(() => BankProductConnection, { description: '本支行的全部产品（含草稿、已下架）/ The liaison\'s branch\'s products, drafts and withdrawn ones included' })
  async myBankProducts(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<BankProductConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.bank.myProducts(requireViewer(ctx), window);
    return toConnection(rows, window, total);
  }

  @Authorized(Role.BANK_LIAISON)
  @Mutation(() => BankProductPayload, { description: '银行联络员新建本支行产品（草稿）/ A liaison creates a product of their branch (as a draft)' })
  async createBankProduct(@Arg('input') input: BankProductInput, @Ctx() ctx: GraphQLContext): Promise<BankProductPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.bank.createProduct(requireViewer(ctx), input));
    return { product: result, errors };
  }

  @Authorized(Role.BANK_LIAISON)
  @Mutation(() => BankProductPayload, { description: '修改本支行产品 / A liaison changes one of their branch\'s products' })
  async updateBankProduct(
    @Arg('id', () => UUIDScalar, { description: '产品编号 / Product id' }) id: string,
    @Arg('input') input: BankProductInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BankProductPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.bank.updateProduct(requireViewer(ctx), id, input));
    return { product: result, errors };
  }

  @Authorized(Role.BANK_LIAISON)
  @Mutation(() => BankProductPayload, { description: '发布、下架或退回草稿 / Publish, withdraw, or return a product to draft' })
  async setBankProductStatus(
    @Arg('id', () => UUIDScalar, { description: '产品编号 / Product id' }) id: string,
    @Arg('status', () => BankProductStatus, { description: '新状态 / New status' }) status: BankProductStatus,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BankProductPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.bank.setProductStatus(requireViewer(ctx), id, status));
    return { product: result, errors };
  }

  @Authorized(Role.ADMIN, Role.REVIEWER, Role.COORDINATOR)
  @Mutation(() => BankProductPayload, { description: '镇里推荐或隐藏产品 / The town features or hides a product' })
  async setBankProductVisibility(@Arg('input') input: BankProductVisibilityInput, @Ctx() ctx: GraphQLContext): Promise<BankProductPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.bank.setVisibility(requireViewer(ctx), input));
    return { product: result, errors };
  }

  @FieldResolver(() => Organisation, { description: '所属支行 / The branch offering it' })
  async branch(@Root() product: BankProduct, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, product.branch.id, 'organisation');
  }

  @FieldResolver(() => Float, { nullable: true, description: '参考年利率下限（%）/ Lowest indicative annual rate, percent' })
  minRatePercent(@Root() product: BankProduct): number | null {
    return percent(product.minRateBp);
  }

  @FieldResolver(() => Float, { nullable: true, description: '参考年利率上限（%）/ Highest indicative annual rate, percent' })
  maxRatePercent(@Root() product: BankProduct): number | null {
    return percent(product.maxRateBp);
  }
}

@Resolver(() => BankBranch)
export class BankBranchResolver {
  @Query(() => BankBranchConnection, { description: '合作的宝山支行（11 家）/ The partner Baoshan branches (11)' })
  async bankBranches(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<BankBranchConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.bank.listBranches(window);
    return toConnection(rows.map((org) => BankBranch.of(org)), window, total);
  }

  @FieldResolver(() => [BankContact], { description: '联系人 / Contacts' })
  contacts(@Root() branch: BankBranch, @Ctx() ctx: GraphQLContext): Promise<BankContact[]> {
    return ctx.loaders.bankContactsByBranchId.load(branch.id);
  }

  @FieldResolver(() => Int, { description: '在列产品数（已发布且未隐藏）/ Products listed (published, not hidden)' })
  listedProductCount(@Root() branch: BankBranch, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.listedProductCountByBranchId.load(branch.id);
  }

  @Authorized(Role.ADMIN, Role.REVIEWER, Role.COORDINATOR, Role.BANK_LIAISON)
  @Query(() => BankScorecard, { description: '银企合作记分卡：各支行每月首次答复用时、每笔需求答复数、接受率；联络员只看到本支行 / The partnership scorecard per branch and month: time to first answer, answers per request, acceptance rate; a liaison sees their own branch only' })
  bankScorecard(
    @Arg('fromMonth', { description: '起始月份 YYYY-MM（上海时间）/ First month, YYYY-MM (Shanghai time)' }) fromMonth: string,
    @Arg('toMonth', { description: '结束月份 YYYY-MM，含 / Last month, YYYY-MM, inclusive' }) toMonth: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('branchId', () => UUIDScalar, { nullable: true, description: '仅此支行 / Only this branch' }) branchId?: string | null,
  ): Promise<BankScorecard> {
    return ctx.services.scorecard.scorecard(requireViewer(ctx), fromMonth, toMonth, branchId);
  }
}

@Resolver(() => BankContact)
export class BankContactResolver {
  @FieldResolver(() => String, { description: '电话；本支行、镇里和向该支行发过需求的申请人可见完整号码，其他人看到掩码 / Phone; in full for the branch, the town and applicants who sent it a request, masked for others' })
  async phone(@Root() contact: BankContact, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await ctx.services.bank.seesContactPhone(ctx.viewer, contact)) ? contact.phone : maskPhone(contact.phone);
  }

  @Authorized(Role.BANK_LIAISON)
  @Mutation(() => BankContactPayload, { description: '新增或修改本支行联系人 / Add or change a contact of the liaison\'s branch' })
  async saveBankContact(@Arg('input') input: BankContactInput, @Ctx() ctx: GraphQLContext): Promise<BankContactPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.bank.saveContact(requireViewer(ctx), input));
    return { contact: result, errors };
  }

  @Authorized(Role.BANK_LIAISON)
  @Mutation(() => RemoveBankContactPayload, { description: '删除本支行联系人 / Remove a contact of the liaison\'s branch' })
  async removeBankContact(@Arg('id', () => UUIDScalar, { description: '联系人编号 / Contact id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<RemoveBankContactPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, async () => {
      await ctx.services.bank.removeContact(requireViewer(ctx), id);
      return true;
    });
    return { ok: result ?? false, errors };
  }
}
