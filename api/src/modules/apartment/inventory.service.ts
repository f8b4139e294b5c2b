import { QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { checkText } from '../../core/validation.js';
import { UnitLayout, UnitStatus } from './apartment.enums.js';
import { APARTMENT_MESSAGES as M } from './apartment.messages.js';
import { requireStaff } from './allocation.service.js';
import { Waitlist } from './waitlist.js';
import { ApartmentOperator, ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { parseUnitCsv, type RowProblem, type UnitColumn } from './unit-import.js';


export interface OperatorInput {
  nameZh: string;
  nameEn: string;
  payeeAccountName?: string | null;
  payeeBank?: string | null;
  payeeAccountNumber?: string | null;
}

export interface ProjectInput {
  operatorId: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn?: string | null;
  distanceKm?: number | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface UnitInput {
  projectId: string;
  code: string;
  layout: UnitLayout;
  areaSqm: number;
  monthlyRentYuan: number;
  status?: UnitStatus | null;
}

export interface UnitFilter {
  projectId?: string | null;
  layout?: UnitLayout | null;
  status?: UnitStatus | null;
}

export interface ImportOutcome {
  /** Rows that would be imported (or were, unless `dryRun`). */
  validRows: number;
  imported: number;
  problems: RowProblem[];
}

/** Operators, projects and units: read by anyone, changed by coordinators and ADMIN. */
export class InventoryService {
  constructor(
    private readonly em: EntityManager,
    private readonly waitlist: Waitlist,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  projects(window: PageWindow): Promise<[ApartmentProject[], number]> {
    return this.em.findAndCount(ApartmentProject, {}, { orderBy: { distanceKm: QueryOrder.ASC_NULLS_LAST, nameZh: QueryOrder.ASC, id: QueryOrder.ASC }, offset: window.offset, limit: window.limit });
  }

  async project(id: string): Promise<ApartmentProject> {
    const project = await this.em.findOne(ApartmentProject, id);
    if (!project) throw DomainError.notFound(M.project);
    return project;
  }

  units(filter: UnitFilter, window: PageWindow): Promise<[ApartmentUnit[], number]> {
    const where: Record<string, unknown> = {};
    if (filter.projectId) where.project = filter.projectId;
    if (filter.layout) where.layout = filter.layout;
    if (filter.status) where.status = filter.status;
    return this.em.findAndCount(ApartmentUnit, where, { orderBy: { project: 'asc', code: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }

  operators(viewer: Viewer): Promise<ApartmentOperator[]> {
    requireStaff(viewer);
    return this.em.find(ApartmentOperator, {}, { orderBy: { nameZh: 'asc' } });
  }

  // ---- changing --------------------------------------------------------------------------

  async createOperator(viewer: Viewer, input: OperatorInput): Promise<ApartmentOperator> {
    requireStaff(viewer);
    const errors = new FieldErrors();
    const nameZh = checkText(errors, 'input.nameZh', input.nameZh, M.chineseName, 100);
    const nameEn = checkText(errors, 'input.nameEn', input.nameEn, M.englishName, 100);
    const account = (input.payeeAccountNumber ?? '').replace(/\s/g, '');
    if (account && !/^\d{8,32}$/.test(account)) errors.addText('input.payeeAccountNumber', UserErrorCode.INVALID, M.payeeAccountDigits);
    if (await this.em.findOne(ApartmentOperator, { nameZh })) errors.addText('input.nameZh', UserErrorCode.DUPLICATE, M.operatorNameTaken);
    errors.throwIfAny();
    const operator = this.em.create(ApartmentOperator, {
      nameZh, nameEn, payeeAccountName: input.payeeAccountName?.trim().slice(0, 100) || null, payeeBank: input.payeeBank?.trim().slice(0, 100) || null, payeeAccountNumber: account || null,
    });
    await this.em.flush();
    return operator;
  }

  async createProject(viewer: Viewer, input: ProjectInput): Promise<ApartmentProject> {
    requireStaff(viewer);
    const errors = new FieldErrors();
    const operator = await this.em.findOne(ApartmentOperator, input.operatorId);
    if (!operator) errors.addText('input.operatorId', UserErrorCode.NOT_FOUND, M.operatorMissing);
    const nameZh = checkText(errors, 'input.nameZh', input.nameZh, M.chineseName, 100);
    const nameEn = checkText(errors, 'input.nameEn', input.nameEn, M.englishName, 100);
    const addressZh = checkText(errors, 'input.addressZh', input.addressZh, M.address, 200);
    if (input.distanceKm != null && !(input.distanceKm >= 0 && input.distanceKm <= 100)) errors.addText('input.distanceKm', UserErrorCode.OUT_OF_RANGE, M.distanceOutOfRange);
    if ((input.latitude == null) !== (input.longitude == null)) errors.addText('input.latitude', UserErrorCode.REQUIRED, M.latitudeWithoutLongitude);
    if (input.latitude != null && !(input.latitude >= 30 && input.latitude <= 32)) errors.addText('input.latitude', UserErrorCode.OUT_OF_RANGE, M.latitudeOutsideShanghai);
    if (input.longitude != null && !(input.longitude >= 120 && input.longitude <= 123)) errors.addText('input.longitude', UserErrorCode.OUT_OF_RANGE, M.longitudeOutsideShanghai);
    if (nameZh && (await this.em.findOne(ApartmentProject, { nameZh }))) errors.addText('input.nameZh', UserErrorCode.DUPLICATE, M.projectNameTaken);
    errors.throwIfAny();
    const project = this.em.create(ApartmentProject, {
      operator: operator!, nameZh, nameEn, addressZh, addressEn: input.addressEn?.trim() || null,
      distanceKm: input.distanceKm ?? null, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
    });
    await this.em.flush();
    return project;
  }

  /** One unit; an available one is offered to the next in line at once. */
  async createUnit(viewer: Viewer, input: UnitInput): Promise<ApartmentUnit> {
    requireStaff(viewer);
    const csv = `code,layout,areaSqm,monthlyRentYuan,status\n${[input.code, input.layout, input.areaSqm, input.monthlyRentYuan, input.status ?? 'AVAILABLE'].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',')}`;
    const parsed = parseUnitCsv(csv);
    const errors = new FieldErrors();
    const field: Record<UnitColumn, string> = { code: 'input.code', layout: 'input.layout', areaSqm: 'input.areaSqm', monthlyRentYuan: 'input.monthlyRentYuan', status: 'input.status' };
    for (const p of parsed.problems) errors.add(p.column ? field[p.column] : null, UserErrorCode.INVALID, p.message.zh, p.message.en);
    const project = await this.em.findOne(ApartmentProject, input.projectId);
    if (!project) errors.addText('input.projectId', UserErrorCode.NOT_FOUND, M.projectMissing);
    errors.throwIfAny();
    // With no problems the project exists and the one line parsed into one row.
    const [row] = parsed.rows;
    if (!project || !row) throw new Error('createUnit: checks passed without a project or a row');
    const [duplicate] = (await this.insertUnits(project, parsed.rows)).problems;
    if (duplicate) new FieldErrors().add('input.code', UserErrorCode.DUPLICATE, duplicate.message.zh, duplicate.message.en).throwIfAny();
    return this.em.findOneOrFail(ApartmentUnit, { project: project.id, code: row.code });
  }

  /** Changes what a unit is (rent applies to new leases; a let or offered unit keeps its layout). */
  async updateUnit(viewer: Viewer, id: string, changes: { monthlyRentYuan?: number | null; areaSqm?: number | null }): Promise<ApartmentUnit> {
    requireStaff(viewer);
    const unit = await this.em.findOne(ApartmentUnit, id);
    if (!unit) throw DomainError.notFound(M.unit);
    const errors = new FieldErrors();
    if (changes.monthlyRentYuan != null) {
      if (!Number.isInteger(changes.monthlyRentYuan) || changes.monthlyRentYuan < 100 || changes.monthlyRentYuan > 100_000) errors.addText('input.monthlyRentYuan', UserErrorCode.OUT_OF_RANGE, M.rentOutOfRange);
      else unit.monthlyRentYuan = changes.monthlyRentYuan;
    }
    if (changes.areaSqm != null) {
      if (!(changes.areaSqm >= 10 && changes.areaSqm <= 300)) errors.addText('input.areaSqm', UserErrorCode.OUT_OF_RANGE, M.areaOutOfRange);
      else unit.areaSqm = Math.round(changes.areaSqm * 100) / 100;
    }
    errors.throwIfAny();
    await this.em.flush();
    return unit;
  }

  /**
   * Imports a CSV of units into a project: all rows or none. Every bad row is reported with its
   * line, column and the row as written; with `dryRun` nothing is stored even when all are good.
   * Available units are offered to the next in line straight away.
   */
  async importUnits(viewer: Viewer, projectId: string, csv: string, dryRun: boolean): Promise<ImportOutcome> {
    requireStaff(viewer);
    const project = await this.em.findOne(ApartmentProject, projectId);
    if (!project) throw DomainError.notFound(M.project);
    if (csv.length > 512_000) {
      new FieldErrors().addText('input.csv', UserErrorCode.TOO_LONG, M.csvTooLarge).throwIfAny();
    }
    const parsed = parseUnitCsv(csv);
    const existing = new Set((await this.em.find(ApartmentUnit, { project: project.id, code: { $in: parsed.rows.map((r) => r.code) } })).map((u) => u.code.toUpperCase()));
    const problems = [...parsed.problems];
    for (const row of parsed.rows) {
      if (existing.has(row.code.toUpperCase())) {
        problems.push({ line: row.line, column: 'code', raw: csv.split(/\r?\n/)[row.line - 1] ?? '', message: M.unitCodeTaken(row.code) });
      }
    }
    problems.sort((a, b) => a.line - b.line);
    const validRows = parsed.rows.filter((r) => !problems.some((p) => p.line === r.line)).length;
    if (problems.length > 0 || dryRun) return { validRows, imported: 0, problems };
    const outcome = await this.insertUnits(project, parsed.rows);
    return { validRows, imported: outcome.problems.length ? 0 : parsed.rows.length, problems: outcome.problems };
  }

  /** Inserts in one transaction under the letting locks of the layouts concerned, then offers what is free. */
  private async insertUnits(project: ApartmentProject, rows: ReturnType<typeof parseUnitCsv>['rows']): Promise<{ problems: RowProblem[] }> {
    return this.em.transactional(async (tx) => {
      const layouts = new Set(rows.map((r) => r.layout));
      await Waitlist.lockLayouts(tx, layouts);
      const clash = await tx.find(ApartmentUnit, { project: project.id, code: { $in: rows.map((r) => r.code) } });
      if (clash.length) {
        return { problems: clash.map((u) => ({ line: rows.find((r) => r.code.toUpperCase() === u.code.toUpperCase())?.line ?? 0, column: 'code', raw: u.code, message: M.unitCodeTaken(u.code) })) };
      }
      const now = new Date();
      for (const row of rows) {
        tx.create(ApartmentUnit, { project: tx.getReference(ApartmentProject, project.id), code: row.code, layout: row.layout, areaSqm: row.areaSqm, monthlyRentYuan: row.monthlyRentYuan, status: row.status, statusChangedAt: now });
      }
      await tx.flush();
      await this.waitlist.offerFreeUnits(tx, rows.filter((r) => r.status === UnitStatus.AVAILABLE).map((r) => r.layout), now);
      return { problems: [] };
    });
  }

  /** Per project: units by status, for the occupancy chart. */
  async occupancy(viewer: Viewer): Promise<ApartmentProject[]> {
    requireStaff(viewer);
    return this.em.find(ApartmentProject, {}, { orderBy: { nameZh: 'asc' } });
  }
}
