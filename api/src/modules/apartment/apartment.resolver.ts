import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { pick } from '../../core/errors/domain-error.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { shanghaiMonthAfter, shanghaiToday } from '../../core/time/shanghai.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { User } from '../account/index.js';
import { RuleVersion } from '../policy/index.js';
import { LeaseStatus, SettlementStatus, SubsidyCategory, UnitLayout, UnitStatus } from './apartment.enums.js';
import {
  ApartmentOfferAnswerInput, CreateApartmentOperatorInput, CreateApartmentProjectInput, CreateApartmentUnitInput, CreateSettlementBatchInput,
  ImportApartmentUnitsInput, OfferApartmentByHandInput, RecordApartmentMoveOutInput, SetApartmentUnitStatusInput, SettlementBatchStepInput, UpdateApartmentUnitInput,
} from './apartment.inputs.js';
import {
  ApartmentLeasePayload, ApartmentOfferPayload, ApartmentOperatorPayload, ApartmentProjectPayload, ApartmentTermsView, ApartmentUnitPayload,
  DeleteSettlementBatchPayload, MyApartmentView, SettlementBatchPayload, SubsidyMonthView, SubsidySummaryView, UnitCountsView, UnitImportPayload, WaitlistLayoutCount, outcomeOf,
} from './apartment.payloads.js';
import { WAITLIST_ORDER } from './allocation.service.js';
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { ApartmentOperator, ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';
import { monthOf } from '../../core/time/months.js';
import { SettlementBatch, SettlementLine } from './settlement.entity.js';

const ProjectConnection = ConnectionType(ApartmentProject, 'ApartmentProject', { zh: '公寓项目', en: 'apartment project' });
type ProjectConnection = InstanceType<typeof ProjectConnection>;
const UnitConnection = ConnectionType(ApartmentUnit, 'ApartmentUnit', { zh: '房源', en: 'unit' });
type UnitConnection = InstanceType<typeof UnitConnection>;
const WaitlistConnection = ConnectionType(WaitlistEntry, 'WaitlistEntry', { zh: '轮候登记', en: 'waitlist entry' });
type WaitlistConnection = InstanceType<typeof WaitlistConnection>;
const LeaseConnection = ConnectionType(ApartmentLease, 'ApartmentLease', { zh: '租约', en: 'lease' });
type LeaseConnection = InstanceType<typeof LeaseConnection>;
const BatchConnection = ConnectionType(SettlementBatch, 'SettlementBatch', { zh: '结算批次', en: 'settlement batch' });
type BatchConnection = InstanceType<typeof BatchConnection>;
const LineConnection = ConnectionType(SettlementLine, 'SettlementLine', { zh: '结算明细', en: 'settlement line' });
type LineConnection = InstanceType<typeof LineConnection>;

const fenToYuan = (fen: number) => Math.round(fen) / 100;

/** A tenant's months (all leases, or one), with what has been settled. */
async function subsidyMonths(ctx: GraphQLContext, tenantId: string, leaseId?: string): Promise<SubsidyMonthView[]> {
  const schedule = (await ctx.loaders.subsidyScheduleByTenantId.load(tenantId)).filter((m) => !leaseId || m.leaseId === leaseId);
  const leaseIds = [...new Set(schedule.map((m) => m.leaseId))];
  const maps = await ctx.loaders.settledMonthsByLeaseId.loadMany(leaseIds);
  const settled = new Map(leaseIds.map((id, i) => [id, maps[i]]));
  return schedule.map((m) => {
    const map = settled.get(m.leaseId);
    return {
      month: m.month, leaseId: m.leaseId, rentYuan: m.rentYuan, outcome: outcomeOf(m.outcome), ratePercent: m.ratePercent, capYuan: m.capYuan,
      subsidyYuan: fenToYuan(m.subsidyFen), capped: m.capped, subsidyMonthNumber: m.subsidyMonthNumber, ruleVersion: m.ruleVersion,
      settlement: map instanceof Map ? map.get(m.month) ?? null : null,
    };
  });
}

@Resolver(() => ApartmentOperator)
export class ApartmentOperatorResolver {
  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @FieldResolver(() => String, { nullable: true, description: '收款户名（仅镇工作人员）/ Payee account name (town staff only)' })
  payeeAccountName(@Root() o: ApartmentOperator): string | null {
    return o.payeeAccountName ?? null;
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @FieldResolver(() => String, { nullable: true, description: '开户行（仅镇工作人员）/ Payee bank (town staff only)' })
  payeeBank(@Root() o: ApartmentOperator): string | null {
    return o.payeeBank ?? null;
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @FieldResolver(() => String, { nullable: true, description: '收款账号（仅镇工作人员）/ Payee account number (town staff only)' })
  payeeAccountNumber(@Root() o: ApartmentOperator): string | null {
    return o.payeeAccountNumber ?? null;
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Query(() => [ApartmentOperator], { description: '人才公寓运营方 / Talent-apartment operators' })
  apartmentOperators(@Ctx() ctx: GraphQLContext): Promise<ApartmentOperator[]> {
    return ctx.services.apartmentInventory.operators(requireViewer(ctx));
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ApartmentOperatorPayload, { description: '新增运营方 / Add an operator' })
  async createApartmentOperator(@Arg('input') input: CreateApartmentOperatorInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentOperatorPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentInventory.createOperator(requireViewer(ctx), input));
    return { operator: result, errors };
  }
}

@Resolver(() => ApartmentProject)
export class ApartmentProjectResolver {
  @Query(() => ProjectConnection, { description: '人才公寓项目（公开），离月浦近的在前 / Talent-apartment projects (public), nearest to Yuepu first' })
  async apartmentProjects(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<ProjectConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.apartmentInventory.projects(window);
    return toConnection(rows, window, total);
  }

  @Query(() => ApartmentProject, { description: '一个公寓项目（公开）/ One apartment project (public)' })
  apartmentProject(@Arg('id', () => UUIDScalar, { description: '项目编号 / Project id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ApartmentProject> {
    return ctx.services.apartmentInventory.project(id);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Query(() => [ApartmentProject], { description: '各项目入住情况（配合 occupancy 字段画图）/ Every project, for the occupancy chart (see occupancy)' })
  apartmentOccupancy(@Ctx() ctx: GraphQLContext): Promise<ApartmentProject[]> {
    return ctx.services.apartmentInventory.occupancy(requireViewer(ctx));
  }

  @FieldResolver(() => ApartmentOperator, { description: '运营方 / Operator' })
  async operator(@Root() p: ApartmentProject, @Ctx() ctx: GraphQLContext): Promise<ApartmentOperator> {
    return await loadRequired(ctx.loaders.apartmentOperatorById, p.operator.id, 'apartment operator');
  }

  @FieldResolver(() => UnitCountsView, { description: '各状态的房源套数 / Units by status' })
  async occupancy(@Root() p: ApartmentProject, @Ctx() ctx: GraphQLContext): Promise<UnitCountsView> {
    const c = await ctx.loaders.unitCountsByProjectId.load(p.id);
    return { available: c.AVAILABLE, reserved: c.RESERVED, occupied: c.OCCUPIED, maintenance: c.MAINTENANCE, total: c.total };
  }

  @FieldResolver(() => String, { nullable: true, description: '地图链接（OpenStreetMap）；未录入坐标时为空 / Map link (OpenStreetMap); null without coordinates' })
  mapUrl(@Root() p: ApartmentProject): string | null {
    if (p.latitude == null || p.longitude == null) return null;
    return `https://www.openstreetmap.org/?mlat=${p.latitude}&mlon=${p.longitude}#map=17/${p.latitude}/${p.longitude}`;
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ApartmentProjectPayload, { description: '新增公寓项目 / Add a project' })
  async createApartmentProject(@Arg('input') input: CreateApartmentProjectInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentProjectPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentInventory.createProject(requireViewer(ctx), input));
    return { project: result, errors };
  }
}

@Resolver(() => ApartmentUnit)
export class ApartmentUnitResolver {
  @Query(() => UnitConnection, { description: '房源（公开），可按项目、户型、状态筛选 / Units (public), by project, layout or status' })
  async apartmentUnits(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => UUIDScalar, { nullable: true, description: '项目 / Project' }) projectId?: string | null,
    @Arg('layout', () => UnitLayout, { nullable: true, description: '户型 / Layout' }) layout?: UnitLayout | null,
    @Arg('status', () => UnitStatus, { nullable: true, description: '状态 / Status' }) status?: UnitStatus | null,
  ): Promise<UnitConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.apartmentInventory.units({ projectId, layout, status }, window);
    return toConnection(rows, window, total);
  }

  @FieldResolver(() => ApartmentProject, { description: '所属项目 / Project' })
  async project(@Root() u: ApartmentUnit, @Ctx() ctx: GraphQLContext): Promise<ApartmentProject> {
    return await loadRequired(ctx.loaders.apartmentProjectById, u.project.id, 'apartment project');
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ApartmentUnitPayload, { description: '新增一套房源；空置的立即配给轮候的下一位 / Add a unit; an available one is offered to the next in line at once' })
  async createApartmentUnit(@Arg('input') input: CreateApartmentUnitInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentUnitPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentInventory.createUnit(requireViewer(ctx), input));
    return { unit: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ApartmentUnitPayload, { description: '修改房源的租金或面积 / Change a unit\'s rent or area' })
  async updateApartmentUnit(@Arg('input') input: UpdateApartmentUnitInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentUnitPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentInventory.updateUnit(requireViewer(ctx), input.id, input));
    return { unit: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ApartmentUnitPayload, { description: '设为维修中（撤回其配租通知，轮候名次不变）或恢复空置（立即配租）/ Put into maintenance (withdrawing its offer; the applicant keeps their place) or back to available (offered at once)' })
  async setApartmentUnitStatus(@Arg('input') input: SetApartmentUnitStatusInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentUnitPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentAllocation.setUnitStatus(requireViewer(ctx), input.id, input.status));
    return { unit: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => UnitImportPayload, { description: 'CSV 批量导入房源：全部导入或全部不导入，列出所有有问题的行 / Import units from CSV: all rows or none; every bad row is listed' })
  async importApartmentUnits(@Arg('input') input: ImportApartmentUnitsInput, @Ctx() ctx: GraphQLContext): Promise<UnitImportPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentInventory.importUnits(requireViewer(ctx), input.projectId, input.csv, input.dryRun));
    return {
      validRows: result?.validRows ?? 0,
      imported: result?.imported ?? 0,
      problems: (result?.problems ?? []).map((p) => ({ line: p.line, column: p.column, raw: p.raw, message: pick(p.message, ctx.locale) })),
      errors,
    };
  }
}

@Resolver(() => WaitlistEntry)
export class WaitlistEntryResolver {
  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Query(() => WaitlistConnection, { description: '某户型的轮候名单，按公开的排序规则 / One layout\'s waitlist, in the published order' })
  async apartmentWaitlist(
    @Arg('layout', () => UnitLayout, { description: '户型 / Layout' }) layout: UnitLayout,
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WaitlistConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.apartmentAllocation.waitlist(requireViewer(ctx), layout, window);
    return toConnection(rows, window, total);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Query(() => [WaitlistLayoutCount], { description: '各户型轮候人数（每个户型一项，按户型顺序）/ How many are queued for each layout (every layout, in order)' })
  async apartmentWaitlistCounts(@Ctx() ctx: GraphQLContext): Promise<WaitlistLayoutCount[]> {
    return ctx.services.apartmentAllocation.queueCounts(requireViewer(ctx));
  }

  @FieldResolver(() => Int, { nullable: true, description: '在该户型轮候中的名次（1 为最前）；已入住或退出时为空 / Place in the layout\'s queue (1 is first); null once housed or left' })
  position(@Root() e: WaitlistEntry, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return ctx.loaders.waitlistPositionByEntryId.load(e.id);
  }

  @FieldResolver(() => Boolean, { description: '希望入住月份已到（不晚于下月），有房即可配租 / Ready: wants to move in by next month, so a free unit is offered' })
  readyForOffer(@Root() e: WaitlistEntry): boolean {
    return e.moveInMonth <= shanghaiMonthAfter(new Date(), 1);
  }

  @FieldResolver(() => ID, { description: '对应申请的编号（申请详情只对申请人和审核人员开放）/ The application\'s id (its details are for the applicant and reviewers)' })
  applicationId(@Root() e: WaitlistEntry): string {
    return e.application.id;
  }

  @FieldResolver(() => String, { description: '受理编号 / The application\'s reference number' })
  applicationReference(@Root() e: WaitlistEntry): string {
    return e.referenceKey;
  }

  @FieldResolver(() => User, { description: '申请人 / The applicant' })
  async talent(@Root() e: WaitlistEntry, @Ctx() ctx: GraphQLContext): Promise<User> {
    return await loadRequired(ctx.loaders.userById, e.talent.id, 'user');
  }

  @FieldResolver(() => ApartmentOffer, { nullable: true, description: '待答复的配租通知 / The offer awaiting an answer' })
  pendingOffer(@Root() e: WaitlistEntry, @Ctx() ctx: GraphQLContext): Promise<ApartmentOffer | null> {
    return ctx.loaders.pendingOfferByEntryId.load(e.id);
  }
}

@Resolver(() => ApartmentOffer)
export class ApartmentOfferResolver {
  @FieldResolver(() => ApartmentUnit, { description: '配租的房源 / The unit offered' })
  async unit(@Root() o: ApartmentOffer, @Ctx() ctx: GraphQLContext): Promise<ApartmentUnit> {
    return await loadRequired(ctx.loaders.apartmentUnitById, o.unit.id, 'apartment unit');
  }

  @FieldResolver(() => Boolean, { description: '由工作人员手动发出（不按轮候顺序）/ Made by hand by a coordinator, out of the waitlist order' })
  byHand(@Root() o: ApartmentOffer): boolean {
    return o.offeredBy != null;
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @FieldResolver(() => User, { nullable: true, description: '手动配租的工作人员；按轮候顺序自动发出的为空（仅镇工作人员）/ Who made it by hand; null when the waitlist made it (town staff only)' })
  offeredBy(@Root() o: ApartmentOffer, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return o.offeredBy ? ctx.loaders.userById.load(o.offeredBy.id) : null;
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @FieldResolver(() => String, { nullable: true, description: '手动配租的理由（仅镇工作人员）/ Why it was made by hand (town staff only)' })
  offerReason(@Root() o: ApartmentOffer): string | null {
    return o.offerReason ?? null;
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ApartmentOfferPayload, { description: '手动配租：把一套空置房源配给某位轮候中的人（不按轮候顺序），须写明理由，记入审计日志 / Offer a free unit by hand to someone waiting (out of order), with a reason; kept in the audit log' })
  async offerApartmentByHand(@Arg('input') input: OfferApartmentByHandInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentOfferPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentManualOffers.offer(requireViewer(ctx), input.entryId, input.unitId, input.reason));
    return { offer: result, errors };
  }

  @FieldResolver(() => Boolean, { description: '已过答复期限 / The deadline has passed' })
  expired(@Root() o: ApartmentOffer): boolean {
    return o.respondBy.getTime() <= Date.now();
  }

  @Authorized(Role.TALENT)
  @Mutation(() => ApartmentLeasePayload, { description: '接受配租通知：签约，申请转为已配房 / Accept an offer: the lease is signed and the application becomes ALLOCATED' })
  async acceptApartmentOffer(@Arg('input') input: ApartmentOfferAnswerInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentLeasePayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentAllocation.accept(requireViewer(ctx), input.offerId));
    return { lease: result, errors };
  }

  @Authorized(Role.TALENT)
  @Mutation(() => ApartmentOfferPayload, { description: '谢绝配租通知：房源转给下一位，您排到队尾 / Decline an offer: the unit goes to the next in line and you to the back' })
  async declineApartmentOffer(@Arg('input') input: ApartmentOfferAnswerInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentOfferPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentAllocation.decline(requireViewer(ctx), input.offerId, input.reason ?? null));
    return { offer: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => Int, { description: '立即处理逾期未答复的配租通知并转给下一位（系统每分钟也会处理）；返回处理的件数 / Lapse overdue offers and pass the units on now (also done every minute); returns how many lapsed' })
  passOnLapsedApartmentOffers(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.apartmentAllocation.passOnLapsedBy(requireViewer(ctx));
  }
}

@Resolver(() => ApartmentLease)
export class ApartmentLeaseResolver {
  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Query(() => LeaseConnection, { description: '租约，最新签约的在前 / Leases, newest first' })
  async apartmentLeases(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => LeaseStatus, { nullable: true, description: '状态 / Status' }) status?: LeaseStatus | null,
  ): Promise<LeaseConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.apartmentAllocation.leases(requireViewer(ctx), status ?? null, window);
    return toConnection(rows, window, total);
  }

  @Authorized()
  @Query(() => ApartmentLease, { description: '一份租约（租户本人或镇工作人员）/ One lease (its tenant or town staff)' })
  apartmentLease(@Arg('id', () => UUIDScalar, { description: '租约编号 / Lease id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ApartmentLease> {
    return ctx.services.apartmentAllocation.lease(requireViewer(ctx), id);
  }

  @Authorized(Role.TALENT)
  @Query(() => MyApartmentView, { description: '我的人才公寓：轮候名次、配租通知、租约、补贴 / My talent apartment: waitlist place, offers, lease, subsidy' })
  async myApartment(@Ctx() ctx: GraphQLContext): Promise<MyApartmentView> {
    const viewer = requireViewer(ctx);
    const allocation = ctx.services.apartmentAllocation;
    const [waitlist, offers, leases, rules, paid, months] = await Promise.all([
      allocation.myEntries(viewer), allocation.myOffers(viewer, true), allocation.myLeases(viewer),
      ctx.services.apartmentTerms.inForce(), ctx.loaders.paidSubsidyByTenantId.load(viewer.userId), subsidyMonths(ctx, viewer.userId),
    ]);
    const thisMonth = monthOf(shanghaiToday());
    const subsidised = months.filter((m) => m.outcome === 'SUBSIDISED');
    const monthsUsed = subsidised.filter((m) => m.month <= thisMonth).length;
    const maxMonths = rules.data.subsidy.maxMonthsPerPerson;
    const subsidy: SubsidySummaryView = {
      maxMonths, monthsUsed, monthsPlanned: subsidised.length - monthsUsed, monthsLeft: Math.max(0, maxMonths - monthsUsed),
      paidYuan: fenToYuan(paid.fen), paidMonths: paid.months, months,
    };
    return { waitlist, offers, leases, lease: leases.find((l) => l.status === LeaseStatus.ACTIVE) ?? null, subsidy };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ApartmentLeasePayload, { description: '登记退租；房源转给下一位或转入维修 / Record a move-out; the unit goes to the next in line or into maintenance' })
  async recordApartmentMoveOut(@Arg('input') input: RecordApartmentMoveOutInput, @Ctx() ctx: GraphQLContext): Promise<ApartmentLeasePayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentAllocation.moveOut(requireViewer(ctx), input.leaseId, input.lastMonth, input.toMaintenance));
    return { lease: result, errors };
  }

  @FieldResolver(() => ApartmentUnit, { description: '房源 / The unit' })
  async unit(@Root() l: ApartmentLease, @Ctx() ctx: GraphQLContext): Promise<ApartmentUnit> {
    return await loadRequired(ctx.loaders.apartmentUnitById, l.unit.id, 'apartment unit');
  }

  @FieldResolver(() => User, { description: '租户 / Tenant' })
  async tenant(@Root() l: ApartmentLease, @Ctx() ctx: GraphQLContext): Promise<User> {
    return await loadRequired(ctx.loaders.userById, l.tenant.id, 'user');
  }

  @FieldResolver(() => Float, { description: '现行补贴比例（%，按施行中的规则）/ Subsidy rate now, percent (rules in force today)' })
  async subsidyRatePercent(@Root() l: ApartmentLease, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.services.apartmentTerms.inForce()).data.subsidy.tiers[l.category].ratePercent;
  }

  @FieldResolver(() => Int, { description: '现行每月补贴上限（元）/ Monthly subsidy cap now, yuan' })
  async subsidyCapYuan(@Root() l: ApartmentLease, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.services.apartmentTerms.inForce()).data.subsidy.tiers[l.category].monthlyCapYuan;
  }

  @FieldResolver(() => [SubsidyMonthView], { description: '本租约逐月补贴（每月按当月施行的规则版本）/ This lease month by month (each month under the rule version in force then)' })
  subsidyMonths(@Root() l: ApartmentLease, @Ctx() ctx: GraphQLContext): Promise<SubsidyMonthView[]> {
    return subsidyMonths(ctx, l.tenant.id, l.id);
  }
}

@Resolver(() => SettlementBatch)
export class SettlementBatchResolver {
  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Query(() => BatchConnection, { description: '租金补贴结算批次，最近的结算期在前 / Settlement batches, latest period first' })
  async settlementBatches(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => SettlementStatus, { nullable: true, description: '状态 / Status' }) status?: SettlementStatus | null,
  ): Promise<BatchConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.apartmentSettlement.list(requireViewer(ctx), status ?? null, window);
    return toConnection(rows, window, total);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Query(() => SettlementBatch, { description: '一个结算批次 / One settlement batch' })
  settlementBatch(@Arg('id', () => UUIDScalar, { description: '批次编号 / Batch id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<SettlementBatch> {
    return ctx.services.apartmentSettlement.get(requireViewer(ctx), id);
  }

  @FieldResolver(() => ApartmentOperator, { description: '运营方 / Operator' })
  async operator(@Root() b: SettlementBatch, @Ctx() ctx: GraphQLContext): Promise<ApartmentOperator> {
    return await loadRequired(ctx.loaders.apartmentOperatorById, b.operator.id, 'apartment operator');
  }

  @FieldResolver(() => Float, { description: '补贴合计（元）/ Total subsidy, yuan' })
  totalYuan(@Root() b: SettlementBatch): number {
    return fenToYuan(Number(b.totalFen));
  }

  @FieldResolver(() => User, { description: '生成人 / Computed by' })
  async createdBy(@Root() b: SettlementBatch, @Ctx() ctx: GraphQLContext): Promise<User> {
    return await loadRequired(ctx.loaders.userById, b.createdBy.id, 'user');
  }

  @FieldResolver(() => User, { nullable: true, description: '审核人 / Approved by' })
  approvedBy(@Root() b: SettlementBatch, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return b.approvedBy ? ctx.loaders.userById.load(b.approvedBy.id) : null;
  }

  @FieldResolver(() => String, { description: 'CSV 下载地址（UTF-8 带 BOM，可用 Excel 打开）/ CSV download (UTF-8 with BOM, opens in Excel)' })
  csvUrl(@Root() b: SettlementBatch): string {
    return `/apartments/settlements/${b.id}.csv`;
  }

  @FieldResolver(() => LineConnection, { description: '明细：每位租户每月一行 / Lines: one per tenant and month' })
  async lines(@Root() b: SettlementBatch, @Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<LineConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.apartmentSettlement.lines(b.id, window);
    return toConnection(rows, window, total);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => SettlementBatchPayload, { description: '生成某运营方某半年的结算批次（半年结束后）/ Compute an operator\'s batch for a half-year that has ended' })
  async createSettlementBatch(@Arg('input') input: CreateSettlementBatchInput, @Ctx() ctx: GraphQLContext): Promise<SettlementBatchPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentSettlement.create(requireViewer(ctx), input.operatorId, input.period));
    return { batch: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => SettlementBatchPayload, { description: '审核批次（须由生成人以外的工作人员）/ Approve a batch (by someone other than who computed it)' })
  async approveSettlementBatch(@Arg('input') input: SettlementBatchStepInput, @Ctx() ctx: GraphQLContext): Promise<SettlementBatchPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentSettlement.approve(requireViewer(ctx), input.id, input.expectedVersion));
    return { batch: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => SettlementBatchPayload, { description: '登记已付款 / Mark a batch paid' })
  async markSettlementBatchPaid(@Arg('input') input: SettlementBatchStepInput, @Ctx() ctx: GraphQLContext): Promise<SettlementBatchPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentSettlement.markPaid(requireViewer(ctx), input.id, input.paymentReference ?? '', input.expectedVersion));
    return { batch: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => DeleteSettlementBatchPayload, { description: '删除草稿批次 / Delete a draft batch' })
  async deleteSettlementBatch(@Arg('input') input: SettlementBatchStepInput, @Ctx() ctx: GraphQLContext): Promise<DeleteSettlementBatchPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.apartmentSettlement.deleteDraft(requireViewer(ctx), input.id));
    return { deleted: result ?? false, errors };
  }
}

@Resolver(() => SettlementLine)
export class SettlementLineResolver {
  @FieldResolver(() => Float, { description: '补贴（元）/ Subsidy, yuan' })
  subsidyYuan(@Root() l: SettlementLine): number {
    return fenToYuan(l.subsidyFen);
  }

  @FieldResolver(() => User, { description: '租户 / Tenant' })
  async tenant(@Root() l: SettlementLine, @Ctx() ctx: GraphQLContext): Promise<User> {
    return await loadRequired(ctx.loaders.userById, l.tenant.id, 'user');
  }

  @FieldResolver(() => ApartmentUnit, { description: '房源 / Unit' })
  async unit(@Root() l: SettlementLine, @Ctx() ctx: GraphQLContext): Promise<ApartmentUnit> {
    return await loadRequired(ctx.loaders.apartmentUnitById, l.unit.id, 'apartment unit');
  }

  @FieldResolver(() => RuleVersion, { description: '所用规则版本 / Rule version used' })
  async ruleVersion(@Root() l: SettlementLine, @Ctx() ctx: GraphQLContext): Promise<RuleVersion> {
    return await loadRequired(ctx.loaders.ruleVersionById, l.ruleVersion.id, 'rule version');
  }
}

@Resolver(() => ApartmentTermsView)
export class ApartmentTermsResolver {
  @Query(() => ApartmentTermsView, { description: '人才公寓的公开规则（施行中的版本）：补贴比例和上限、补贴月数、答复期限、轮候排序 / The published talent-apartment rules in force: subsidy rates and caps, months, answer time, waitlist order' })
  async apartmentTerms(@Ctx() ctx: GraphQLContext): Promise<ApartmentTermsView> {
    const { version, data } = await ctx.services.apartmentTerms.inForce();
    return {
      tiers: (Object.entries(data.subsidy.tiers) as [SubsidyCategory, typeof data.subsidy.tiers.STANDARD][]).map(([category, tier]) => ({
        category, labelZh: tier.label.zh, labelEn: tier.label.en, ratePercent: tier.ratePercent, monthlyCapYuan: tier.monthlyCapYuan,
      })),
      maxSubsidyMonths: data.subsidy.maxMonthsPerPerson,
      offerResponseDays: data.letting.offerResponseDays,
      leaseTermMonths: data.letting.leaseTermMonths,
      legalBasis: data.subsidy.legalBasis,
      waitlistOrder: pick(WAITLIST_ORDER, ctx.locale),
      waitlistOrderZh: WAITLIST_ORDER.zh,
      waitlistOrderEn: WAITLIST_ORDER.en,
      ruleVersion: version,
    };
  }
}
