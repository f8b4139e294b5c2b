import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { toCsv } from '../../core/csv.js';
import { isUuid } from '../../core/ids.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { User } from '../account/index.js';
import type { NotificationService } from '../notification/index.js';
import { RuleVersion } from '../policy/index.js';
import { TalentProfile } from '../talent/index.js';
import { SettlementStatus } from './apartment.enums.js';
import { APARTMENT_MESSAGES as M } from './apartment.messages.js';
import { requireStaff } from './allocation.service.js';
import { ApartmentOperator, ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { ApartmentLease } from './lease.entity.js';
import { firstDay, lastDay, monthOf, parseHalfYear } from '../../core/time/months.js';
import { SettlementBatch, SettlementLine } from './settlement.entity.js';
import { subsidySchedule } from './subsidy.js';
import type { ApartmentTerms } from './terms.js';
import { groupedYuanFromFen, plainYuanFromFen } from '../../core/money.js';
import { required } from '../../core/required.js';
import { shanghaiToday } from '../../core/time/shanghai.js';



/**
 * Half-yearly settlement of the rent subsidy with each operator (先租后补). A batch is computed
 * from the leases and the rule versions month by month (the same schedule the tenant sees), is
 * approved by a second member of staff, then marked paid with the bank's transfer number.
 */
export class SettlementService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
    private readonly terms: ApartmentTerms,
  ) {}

  /** Computes one operator's batch for a half-year that has ended. */
  async create(viewer: Viewer, operatorId: string, periodLabel: string, now = new Date()): Promise<SettlementBatch> {
    requireStaff(viewer);
    const errors = new FieldErrors();
    const period = parseHalfYear(periodLabel);
    const today = shanghaiToday(now);
    if (!period) errors.addText('input.period', UserErrorCode.INVALID, M.periodFormat);
    else if (lastDay(period.last) >= today) {
      errors.addText('input.period', UserErrorCode.OUT_OF_RANGE, M.periodNotEnded(period.label, lastDay(period.last)));
    }
    const operator = await this.em.findOne(ApartmentOperator, operatorId);
    if (!operator) errors.addText('input.operatorId', UserErrorCode.NOT_FOUND, M.operatorMissing);
    errors.throwIfAny();
    const from = firstDay(period!.first);
    const to = lastDay(period!.last);

    return this.em.transactional(async (tx) => {
      // One batch per operator and half-year: concurrent attempts queue on the operator row.
      await tx.findOneOrFail(ApartmentOperator, operatorId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (await tx.findOne(SettlementBatch, { operator: operatorId, periodStart: from })) {
        throw oneUserError('input.period', UserErrorCode.DUPLICATE, M.batchExists(operator!, period!.label));
      }
      const inPeriod = await tx.find(ApartmentLease, { unit: { project: { operator: operatorId } }, startDate: { $lte: to }, endDate: { $gte: from } });
      const tenantIds = [...new Set(inPeriod.map((l) => l.tenant.id))];
      // The 36-month count runs over all of each tenant's leases, with every operator.
      const allLeases = tenantIds.length ? await tx.find(ApartmentLease, { tenant: { $in: tenantIds } }) : [];
      const versions = await this.terms.allVersions(tx);
      const ours = new Map(inPeriod.map((l) => [l.id, l]));
      const batch = tx.create(SettlementBatch, {
        operator: tx.getReference(ApartmentOperator, operatorId), period: period!.label, periodStart: from, periodEnd: to, lineCount: 0, tenantCount: 0, totalFen: 0,
        createdBy: tx.getReference(User, viewer.userId), createdAt: now,
      });
      let total = 0;
      const tenants = new Set<string>();
      const lines: SettlementLine[] = [];
      for (const tenantId of tenantIds) {
        const leases = allLeases.filter((l) => l.tenant.id === tenantId);
        const schedule = subsidySchedule(leases.map((l) => ({ leaseId: l.id, startMonth: monthOf(l.startDate), endMonth: monthOf(l.endDate), rentYuan: l.monthlyRentYuan, category: l.category })), versions);
        for (const month of schedule) {
          const lease = ours.get(month.leaseId);
          if (!lease || month.outcome !== 'SUBSIDISED' || month.month < period!.first || month.month > period!.last) continue;
          lines.push(tx.create(SettlementLine, {
            batch, lease, tenant: tx.getReference(User, tenantId), unit: tx.getReference(ApartmentUnit, lease.unit.id), month: month.month,
            rentYuan: month.rentYuan, ratePercent: month.ratePercent, capYuan: month.capYuan, subsidyFen: month.subsidyFen, capped: month.capped,
            subsidyMonthNumber: month.subsidyMonthNumber, ruleVersion: tx.getReference(RuleVersion, month.ruleVersionId),
          }));
          total += month.subsidyFen;
          tenants.add(tenantId);
        }
      }
      if (lines.length === 0) {
        throw oneUserError('input.period', UserErrorCode.INVALID_STATE, M.nothingToSettle(operator!, period!.label));
      }
      batch.lineCount = lines.length;
      batch.tenantCount = tenants.size;
      batch.totalFen = total;
      return batch;
    });
  }

  private async lockedBatch(tx: EntityManager, viewer: Viewer, id: string, expectedVersion: number | null | undefined): Promise<SettlementBatch> {
    requireStaff(viewer);
    const batch = await tx.findOne(SettlementBatch, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!batch) throw DomainError.notFound(M.settlementBatch);
    if (expectedVersion != null && expectedVersion !== batch.version) {
      throw oneUserError('input.expectedVersion', UserErrorCode.CONFLICT, M.batchChangedMeanwhile);
    }
    return batch;
  }

  /** A second member of staff approves; the lines are fixed from then on. */
  async approve(viewer: Viewer, id: string, expectedVersion: number | null | undefined, now = new Date()): Promise<SettlementBatch> {
    return this.em.transactional(async (tx) => {
      const batch = await this.lockedBatch(tx, viewer, id, expectedVersion);
      if (batch.status !== SettlementStatus.DRAFT) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.onlyDraftApproved);
      if (batch.createdBy.id === viewer.userId) {
        throw oneUserError(null, UserErrorCode.INVALID_STATE, M.approverNotComputer);
      }
      batch.status = SettlementStatus.APPROVED;
      batch.approvedBy = ref(tx.getReference(User, viewer.userId));
      batch.approvedAt = now;
      return batch;
    });
  }

  /** Records the transfer to the operator; each tenant is told their months were paid. */
  async markPaid(viewer: Viewer, id: string, paymentReference: string, expectedVersion: number | null | undefined, now = new Date()): Promise<SettlementBatch> {
    const reference = paymentReference.trim();
    if (!/^[A-Za-z0-9-]{4,64}$/.test(reference)) {
      throw oneUserError('input.paymentReference', reference ? UserErrorCode.INVALID : UserErrorCode.REQUIRED, M.paymentReference);
    }
    return this.em.transactional(async (tx) => {
      const batch = await this.lockedBatch(tx, viewer, id, expectedVersion);
      if (batch.status !== SettlementStatus.APPROVED) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.onlyApprovedPaid);
      batch.status = SettlementStatus.PAID;
      batch.paidAt = now;
      batch.paymentReference = reference;
      const operator = await tx.findOneOrFail(ApartmentOperator, batch.operator.id);
      const perTenant = await tx.execute<{ tenant_id: string; months: string; fen: string }[]>(
        `select tenant_id, count(*) as months, sum(subsidy_fen) as fen from apartment_settlement_lines where batch_id = ? group by tenant_id`, [batch.id],
      );
      for (const row of perTenant) {
        this.notifications.within(tx).notify([row.tenant_id], {
          kind: 'apartment.subsidy.paid',
          title: M.subsidyPaidTitle(batch.period),
          body: M.subsidyPaidBody(batch.period, row.months, groupedYuanFromFen(Number(row.fen)), operator),
          link: '/apartments/mine',
        });
      }
      return batch;
    });
  }

  /** A draft can be thrown away and computed again (e.g. after a move-out was recorded late). */
  async deleteDraft(viewer: Viewer, id: string): Promise<boolean> {
    return this.em.transactional(async (tx) => {
      const batch = await this.lockedBatch(tx, viewer, id, null);
      if (batch.status !== SettlementStatus.DRAFT) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.onlyDraftDeleted);
      await tx.nativeDelete(SettlementLine, { batch: batch.id });
      tx.remove(batch);
      return true;
    });
  }

  list(viewer: Viewer, status: SettlementStatus | null, window: PageWindow): Promise<[SettlementBatch[], number]> {
    requireStaff(viewer);
    return this.em.findAndCount(SettlementBatch, status ? { status } : {}, { orderBy: { periodStart: 'desc', createdAt: 'desc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }

  async get(viewer: Viewer, id: string): Promise<SettlementBatch> {
    requireStaff(viewer);
    // A plain route passes the id from its path as it came.
    const batch = isUuid(id) ? await this.em.findOne(SettlementBatch, id) : null;
    if (!batch) throw DomainError.notFound(M.settlementBatch);
    return batch;
  }

  lines(batchId: string, window: PageWindow): Promise<[SettlementLine[], number]> {
    return this.em.findAndCount(SettlementLine, { batch: batchId }, { orderBy: { tenant: 'asc', month: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }

  /** The batch as CSV for the partner bank: a line per tenant and month, then the total. */
  async csv(viewer: Viewer, id: string): Promise<{ filename: string; body: string }> {
    const batch = await this.get(viewer, id);
    const operator = await this.em.findOneOrFail(ApartmentOperator, batch.operator.id);
    const lines = await this.em.find(SettlementLine, { batch: batch.id }, { orderBy: { tenant: 'asc', month: 'asc' } });
    const units = new Map((await this.em.find(ApartmentUnit, { id: { $in: [...new Set(lines.map((l) => l.unit.id))] } })).map((u) => [u.id, u]));
    const projects = new Map((await this.em.find(ApartmentProject, { id: { $in: [...new Set([...units.values()].map((u) => u.project.id))] } })).map((p) => [p.id, p]));
    const tenantIds = [...new Set(lines.map((l) => l.tenant.id))];
    const users = new Map((await this.em.find(User, { id: { $in: tenantIds } })).map((u) => [u.id, u]));
    const profiles = new Map((await this.em.find(TalentProfile, { user: { $in: tenantIds } })).map((p) => [p.user.id, p]));
    const versions = new Map((await this.em.find(RuleVersion, { id: { $in: [...new Set(lines.map((l) => l.ruleVersion.id))] } })).map((v) => [v.id, v]));
    const rows: (string | number | null)[][] = [
      ['结算批次 Batch', '结算期 Period', '状态 Status', '运营方 Operator', '收款户名 Payee', '开户行 Bank', '账号 Account',
        '租户 Tenant', '项目 Project', '房号 Unit', '月份 Month', '月租金(元) Rent', '比例(%) Rate', '上限(元) Cap', '补贴(元) Subsidy', '累计第几月 Month no.', '规则版本 Rule version'],
      ...lines.map((l) => {
        const unit = required(units.get(l.unit.id), `unit of settlement line ${l.id}`);
        return [batch.id, batch.period, batch.status, operator.nameZh, operator.payeeAccountName ?? null, operator.payeeBank ?? null, operator.payeeAccountNumber ?? null,
          profiles.get(l.tenant.id)?.legalName ?? users.get(l.tenant.id)?.displayName ?? l.tenant.id, projects.get(unit.project.id)?.nameZh ?? null, unit.code, l.month,
          l.rentYuan, l.ratePercent, l.capYuan, plainYuanFromFen(l.subsidyFen), l.subsidyMonthNumber, `v${versions.get(l.ruleVersion.id)?.version ?? '?'} (${versions.get(l.ruleVersion.id)?.effectiveFrom ?? ''})`];
      }),
      [batch.id, batch.period, batch.status, operator.nameZh, null, null, null, `合计 Total（${batch.tenantCount} 人 tenants, ${batch.lineCount} 人·月 tenant-months）`, null, null, null, null, null, null, plainYuanFromFen(Number(batch.totalFen)), null, null],
    ];
    return { filename: `apartment-subsidy-${batch.period}-${batch.id.slice(0, 8)}.csv`, body: toCsv(rows) };
  }
}
