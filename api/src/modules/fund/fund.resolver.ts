import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { FenScalar, UUIDScalar } from '../../core/graphql/scalars.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Organisation } from '../organisation/index.js';
import { FUND_STAFF_ROLES, isFundStaff, speaksForProjects } from './fund.access.js';
import { FundDonation, FundGrant, FundLedgerEntry } from './fund.entity.js';
import { GrantStatus, LedgerEntryKind } from './fund.enums.js';
import { AddGrantReceiptInput, ApplyForGrantInput, FundGrantFilterArgs, GrantDecisionInput, PayGrantTrancheInput, RecordDonationInput, ReverseLedgerEntryInput } from './fund.inputs.js';
import {
  CharityFundView, FundApprovalView, FundDonationPayload, FundGrantActions, FundGrantPayload, FundGrantProjectView, FundLedgerEntryPayload, FundReceiptView, FundTrancheView,
} from './fund.payloads.js';
import { FUND_MESSAGES as M } from './fund.messages.js';

const FundGrantConnection = ConnectionType(FundGrant, 'FundGrant', { zh: '资助', en: 'grant' });
type FundGrantConnection = InstanceType<typeof FundGrantConnection>;
const FundDonationConnection = ConnectionType(FundDonation, 'FundDonation', { zh: '捐赠', en: 'donation' });
type FundDonationConnection = InstanceType<typeof FundDonationConnection>;
const FundLedgerConnection = ConnectionType(FundLedgerEntry, 'FundLedgerEntry', { zh: '账目', en: 'ledger entry' });
type FundLedgerConnection = InstanceType<typeof FundLedgerConnection>;

// Whether the viewer speaks for a project (its place's worker or an owner), batched per request.
const sides = new WeakMap<GraphQLContext, DataLoader<string, boolean>>();
function speaksFor(ctx: GraphQLContext, projectId: string): Promise<boolean> {
  let loader = sides.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, boolean>(async (ids) => {
      const yes = await speaksForProjects(ctx.em, ctx.viewer, ids);
      return ids.map((id) => yes.has(id));
    });
    sides.set(ctx, loader);
  }
  return loader.load(projectId);
}

async function seesInside(ctx: GraphQLContext, grant: FundGrant): Promise<boolean> {
  return isFundStaff(ctx.viewer) || (!!ctx.viewer && (await speaksFor(ctx, grant.project.id)));
}

@Resolver(() => FundGrant)
export class FundGrantResolver {
  @Query(() => CharityFundView, { description: '社区公益基金会公示（公开，无需登录）：募集、承诺、拨付、各板块余额、全部资助、同意公开的捐赠人；均由账目求和 / The community charity fund in public (no sign-in): raised, committed, paid, each area\'s balance, every grant, donors who agreed to be named; all summed from the ledger' })
  async charityFund(@Ctx() ctx: GraphQLContext): Promise<CharityFundView> {
    const [s, grants] = await Promise.all([ctx.services.fund.summary(), ctx.services.fund.publicGrants()]);
    const organisations = await Promise.all(s.namedDonors.map((d) => (d.organisationId ? ctx.loaders.organisationById.load(d.organisationId) : Promise.resolve(null))));
    return {
      raisedFen: s.totals.raisedFen, committedFen: s.totals.committedFen, paidFen: s.totals.paidFen,
      availableFen: s.totals.raisedFen - s.totals.committedFen, outstandingFen: s.totals.committedFen - s.totals.paidFen, heldFen: s.totals.raisedFen - s.totals.paidFen,
      areas: s.pools.map(({ area, figures }) => ({ area, ...figures, availableFen: figures.raisedFen - figures.committedFen })),
      grants,
      namedDonors: s.namedDonors.map((d, i) => ({ name: d.name, kind: d.kind, organisation: organisations[i] ?? null, totalFen: d.totalFen, donationCount: d.donations })),
      anonymousDonationCount: s.anonymous.donations, anonymousTotalFen: s.anonymous.totalFen,
      donationCount: s.donationCount, ledgerEntryCount: s.entryCount, hasSampleData: s.hasSampleData,
    };
  }

  @Query(() => FundLedgerConnection, { description: '基金账目（公开），新的在前；捐赠人只在同意公开时显示 / The fund\'s ledger (public), newest first; a donor is named only where they agreed' })
  async charityFundLedger(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<FundLedgerConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.fund.ledger(window);
    return toConnection(rows, window, total);
  }

  @Query(() => FundDonationConnection, { description: '捐赠（公开），到账日期新的在前；捐赠人只在同意公开时显示 / Donations (public), latest first; a donor is named only where they agreed' })
  async charityFundDonations(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<FundDonationConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.fund.donations(window);
    return toConnection(rows, window, total);
  }

  @Authorized()
  @Query(() => FundGrantConnection, { description: '资助申请：基金会工作人员看全部，项目方看本项目的，其他人看已批准的 / Grant applications: fund staff see all, a project\'s side its own, others the approved ones' })
  async fundGrants(@Args() page: PageArgs, @Args() filter: FundGrantFilterArgs, @Ctx() ctx: GraphQLContext): Promise<FundGrantConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.fund.list(requireViewer(ctx), filter, window);
    return toConnection(rows, window, total);
  }

  @Query(() => FundGrant, { description: '一项资助（批准后公开）/ One grant (public once approved)' })
  fundGrant(@Arg('id', () => UUIDScalar, { description: '资助编号 / Grant id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<FundGrant> {
    return ctx.services.fund.get(ctx.viewer, id);
  }

  @Authorized(...FUND_STAFF_ROLES)
  @Mutation(() => FundDonationPayload, { description: '登记一笔捐赠（基金会工作人员：镇协调人、审核人员、管理员）/ Record a donation (fund staff: the town\'s coordinators, reviewers and administrators)' })
  async recordFundDonation(@Arg('input') input: RecordDonationInput, @Ctx() ctx: GraphQLContext): Promise<FundDonationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.fund.recordDonation(requireViewer(ctx), input));
    return { donation: result, errors };
  }

  @Authorized()
  @Mutation(() => FundGrantPayload, { description: '为社区项目申请资助（项目所在村居的社区工作者或项目负责人）/ Apply for a grant for a community project (its place\'s community worker or a project owner)' })
  async applyForFundGrant(@Arg('input') input: ApplyForGrantInput, @Ctx() ctx: GraphQLContext): Promise<FundGrantPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.fund.applyForGrant(requireViewer(ctx), input));
    return { grant: result, errors };
  }

  @Authorized(...FUND_STAFF_ROLES)
  @Mutation(() => FundGrantPayload, { description: '批准资助：需两位不同的工作人员，申请人除外；第二位批准后资金记为已承诺 / Approve a grant: two different members of staff, never the applicant; the second approval commits the money' })
  async approveFundGrant(@Arg('input') input: GrantDecisionInput, @Ctx() ctx: GraphQLContext): Promise<FundGrantPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.fund.approveGrant(requireViewer(ctx), input));
    return { grant: result, errors };
  }

  @Authorized(...FUND_STAFF_ROLES)
  @Mutation(() => FundGrantPayload, { description: '不批准资助申请（需写明原因）/ Reject a grant application (with a reason)' })
  async rejectFundGrant(@Arg('input') input: GrantDecisionInput, @Ctx() ctx: GraphQLContext): Promise<FundGrantPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.fund.rejectGrant(requireViewer(ctx), input));
    return { grant: result, errors };
  }

  @Authorized(...FUND_STAFF_ROLES)
  @Mutation(() => FundGrantPayload, { description: '撤销尚未拨付的已批准资助：记一笔冲正承诺的账 / Cancel an approved grant with nothing paid: a reversing entry for its commitment' })
  async cancelFundGrant(@Arg('input') input: GrantDecisionInput, @Ctx() ctx: GraphQLContext): Promise<FundGrantPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, async () => {
      const [row] = await ctx.em.execute<{ id: string }[]>(`select id from fund_ledger_entries where grant_id = ? and kind = ? and reverses_id is null`, [input.grantId, LedgerEntryKind.COMMITMENT]);
      if (!row) throw DomainError.notFound(M.approvedGrant);
      await ctx.services.fund.reverseEntry(requireViewer(ctx), { entryId: row.id, reason: input.reason ?? '' });
      return ctx.services.fund.get(ctx.viewer, input.grantId);
    });
    return { grant: result, errors };
  }

  @Authorized(...FUND_STAFF_ROLES)
  @Mutation(() => FundGrantPayload, { description: '拨付一期资助款；各期合计不超过批准金额 / Pay one tranche; the tranches never add up to more than the grant' })
  async payFundGrantTranche(@Arg('input') input: PayGrantTrancheInput, @Ctx() ctx: GraphQLContext): Promise<FundGrantPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.fund.payTranche(requireViewer(ctx), input));
    return { grant: result, errors };
  }

  @Authorized()
  @Mutation(() => FundGrantPayload, { description: '上传资助款使用票据（项目方或基金会工作人员）/ File a receipt for money spent (the project\'s side or fund staff)' })
  async addFundGrantReceipt(@Arg('input') input: AddGrantReceiptInput, @Ctx() ctx: GraphQLContext): Promise<FundGrantPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.fund.addReceipt(requireViewer(ctx), input));
    return { grant: result, errors };
  }

  @Authorized(...FUND_STAFF_ROLES)
  @Mutation(() => FundLedgerEntryPayload, { description: '冲正一笔账目（捐赠、承诺或拨付）：记一笔金额相反的账，原账保留 / Correct a ledger entry (donation, commitment or payment) with a reversing entry; the original stays' })
  async reverseFundLedgerEntry(@Arg('input') input: ReverseLedgerEntryInput, @Ctx() ctx: GraphQLContext): Promise<FundLedgerEntryPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.fund.reverseEntry(requireViewer(ctx), input));
    return { entry: result, errors };
  }

  @FieldResolver(() => FenScalar, { description: '申请金额（分）/ Amount applied for, in fen' })
  requestedFen(@Root() grant: FundGrant): number {
    return grant.requestedFen;
  }

  @FieldResolver(() => FenScalar, { description: '已承诺（分，账目求和）/ Committed, in fen (from the ledger)' })
  async committedFen(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.fundGrantFigures.load(grant.id)).committedFen;
  }

  @FieldResolver(() => FenScalar, { description: '已拨付（分，账目求和）/ Paid, in fen (from the ledger)' })
  async paidFen(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.fundGrantFigures.load(grant.id)).paidFen;
  }

  @FieldResolver(() => FenScalar, { description: '待拨付 = 已承诺 − 已拨付（分）/ Left to pay = committed − paid, in fen' })
  async remainingFen(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<number> {
    const f = await ctx.loaders.fundGrantFigures.load(grant.id);
    return f.committedFen - f.paidFen;
  }

  @FieldResolver(() => FundGrantProjectView, { description: '资助的社区项目 / The community project' })
  async project(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<FundGrantProjectView> {
    const row = await loadRequired(ctx.loaders.fundGrantProject, grant.project.id, 'fund grant project');
    const place = await loadRequired(ctx.loaders.organisationById, row.placeId, 'organisation');
    const title = row.needIsPublic || (await seesInside(ctx, grant)) ? row.needTitle : '社区项目 / Community project';
    return { id: row.projectId, title, place };
  }

  @FieldResolver(() => Int, { description: '已有批准数（需 2 个）/ Approvals so far (2 needed)' })
  async approvalCount(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.fundApprovalsByGrantId.load(grant.id)).length;
  }

  @FieldResolver(() => [FundApprovalView], { nullable: true, description: '批准记录（基金会工作人员和项目方）；其他人为空 / Approvals (fund staff and the project\'s side); null for others' })
  async approvals(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<FundApprovalView[] | null> {
    if (!(await seesInside(ctx, grant))) return null;
    const approvals = await ctx.loaders.fundApprovalsByGrantId.load(grant.id);
    const people = await Promise.all(approvals.map((a) => ctx.loaders.userById.load(a.approver.id)));
    return approvals.map((a, i) => ({ approverName: people[i]?.displayName ?? '', approvedAt: a.approvedAt, note: a.note ?? null }));
  }

  @FieldResolver(() => String, { nullable: true, description: '申请人（基金会工作人员和项目方）/ Who applied (fund staff and the project\'s side)' })
  async appliedByName(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!(await seesInside(ctx, grant))) return null;
    return (await ctx.loaders.userById.load(grant.appliedBy.id))?.displayName ?? null;
  }

  @FieldResolver(() => [FundTrancheView], { description: '各期拨付 / Tranches paid' })
  async tranches(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<FundTrancheView[]> {
    const staff = isFundStaff(ctx.viewer);
    return (await ctx.loaders.fundTranchesByGrantId.load(grant.id)).map((t) => ({ ...t, reference: staff ? t.reference : null }));
  }

  @FieldResolver(() => [FundReceiptView], { description: '使用票据 / Receipts for money spent' })
  async receipts(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<FundReceiptView[]> {
    const inside = await seesInside(ctx, grant);
    return (await ctx.loaders.fundReceiptsByGrantId.load(grant.id)).map((r) => ({
      id: r.id, description: r.description, amountFen: r.amountFen, addedAt: r.addedAt, documentUrl: inside ? `/files/${r.document.id}` : null,
    }));
  }

  @FieldResolver(() => FundGrantActions, { description: '当前用户能做什么（页面据此显示按钮）/ What the viewer can do (the page shows buttons from this)' })
  async viewerCan(@Root() grant: FundGrant, @Ctx() ctx: GraphQLContext): Promise<FundGrantActions> {
    const staff = isFundStaff(ctx.viewer);
    const deciding = staff && grant.status === GrantStatus.APPLIED && grant.appliedBy.id !== ctx.viewer?.userId;
    const approvedBefore = deciding && (await ctx.loaders.fundApprovalsByGrantId.load(grant.id)).some((a) => a.approver.id === ctx.viewer?.userId);
    const figures = await ctx.loaders.fundGrantFigures.load(grant.id);
    return {
      approve: deciding && !approvedBefore,
      reject: deciding,
      pay: staff && grant.status === GrantStatus.APPROVED && figures.committedFen > figures.paidFen,
      addReceipt: figures.paidFen > 0 && (await seesInside(ctx, grant)),
      cancel: staff && grant.status === GrantStatus.APPROVED && figures.paidFen === 0,
    };
  }
}

@Resolver(() => FundDonation)
export class FundDonationResolver {
  @FieldResolver(() => String, { nullable: true, description: '捐赠人姓名或单位名称：同意公开时才显示（基金会工作人员总能看到）；否则为空，页面显示“匿名” / The donor\'s name: only when they agreed (fund staff always see it); otherwise null, shown as anonymous' })
  async donorName(@Root() d: FundDonation, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!d.namedPublicly && !isFundStaff(ctx.viewer)) return null;
    if (d.donorName) return d.donorName;
    return d.organisation ? (await ctx.loaders.organisationById.load(d.organisation.id))?.nameZh ?? null : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '捐赠的成员单位：同意公开时才显示 / The member organisation that gave: only when it agreed to be named' })
  async organisation(@Root() d: FundDonation, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    if (!d.organisation || (!d.namedPublicly && !isFundStaff(ctx.viewer))) return null;
    return ctx.loaders.organisationById.load(d.organisation.id);
  }

  @FieldResolver(() => Boolean, { description: '匿名（未同意公开）/ Anonymous (did not agree to be named)' })
  anonymous(@Root() d: FundDonation): boolean {
    return !d.namedPublicly;
  }

  @FieldResolver(() => FenScalar, { description: '金额（分，已扣除冲正）/ Amount in fen, net of any reversal' })
  async amountFen(@Root() d: FundDonation, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.fundDonationNet.load(d.id)).amountFen;
  }

  @FieldResolver(() => Boolean, { description: '已冲正 / Reversed' })
  async reversed(@Root() d: FundDonation, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return (await ctx.loaders.fundDonationNet.load(d.id)).reversed;
  }

  @FieldResolver(() => String, { nullable: true, description: '这笔捐赠的账目编号（冲正时用）/ The ledger entry that recorded it (to reverse it)' })
  async entryId(@Root() d: FundDonation, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await ctx.loaders.fundDonationNet.load(d.id)).entryId;
  }

  @FieldResolver(() => String, { nullable: true, description: '内部备注（基金会工作人员）/ Internal note (fund staff)' })
  note(@Root() d: FundDonation, @Ctx() ctx: GraphQLContext): string | null {
    return isFundStaff(ctx.viewer) ? d.note ?? null : null;
  }
}

@Resolver(() => FundLedgerEntry)
export class FundLedgerEntryResolver {
  @FieldResolver(() => FundDonation, { nullable: true, description: '捐赠（捐赠类账目）/ The donation (donation entries)' })
  donation(@Root() e: FundLedgerEntry, @Ctx() ctx: GraphQLContext): Promise<FundDonation | null> {
    return e.donation ? ctx.loaders.fundDonationById.load(e.donation.id) : Promise.resolve(null);
  }

  @FieldResolver(() => FundGrant, { nullable: true, description: '资助（承诺和拨付类账目）/ The grant (commitment and payment entries)' })
  grant(@Root() e: FundLedgerEntry, @Ctx() ctx: GraphQLContext): Promise<FundGrant | null> {
    return e.grant ? ctx.loaders.fundGrantById.load(e.grant.id) : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: '冲正的是哪笔账目 / The entry this one reverses' })
  reversesId(@Root() e: FundLedgerEntry): string | null {
    return e.reverses?.id ?? null;
  }

  @FieldResolver(() => Boolean, { description: '已被冲正 / Has been reversed' })
  reversed(@Root() e: FundLedgerEntry, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.loaders.fundEntryReversed.load(e.id);
  }
}
