import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, DomainErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { birthDateOfResidentId } from '../../core/privacy/resident-id.js';
import { shanghaiNoon, shanghaiToday } from '../../core/time/shanghai.js';
import { newWorkbook, readFirstSheet, workbookBuffer, WorkbookUnreadable, type SheetRow } from '../../core/xlsx.js';
import { User } from '../account/index.js';
import { Application, ApplicationAction, ApplicationEvent, ApplicationForm, ApplicationStatus, BenefitKind, nextReference, OPEN_STATES } from '../application/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { Policy } from '../policy/index.js';
import { sendActivationLink, TalentProfile } from '../talent/index.js';
import { COLUMNS, echo, headerOf, readColumn, type CellProblem, type Column } from './import-columns.js';
import { EnterpriseStaffMember, ImportBatch } from './import.entities.js';
import { IMPORT_MESSAGES as M } from './import.messages.js';
import { IMPORT_KIND_NAMES, ImportKind } from './import-kind.js';

/** Upload and sheet limits: a town's lists are hundreds of rows, not tens of thousands. */
export const IMPORT_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 2000, maxUnpackedBytes: 40 * 1024 * 1024 };

/** One thing wrong, with the row Excel shows (null: the file as a whole) and the column's header. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: CellProblem['code'];
  message: LocalisedText;
  /** The value as it may be shown back: ID numbers and phones masked. */
  value: string | null;
}

export interface ImportOutcome {
  batchId: string | null;
  kind: ImportKind;
  imported: number;
  problems: ImportProblem[];
  /** The file was imported before (or by a parallel upload that won): nothing was written. */
  alreadyImported: boolean;
}

type Values = Record<string, string | number | null>;
interface ParsedRow {
  number: number;
  values: Values;
}

const IMPORTED_NOTE = '平台上线前的记录，经 Excel 导入 / A record from before the platform, imported from Excel';

/**
 * Excel imports, each all or nothing: every row is checked (cells, duplicates within the file
 * and against the database, references to enterprises, people and policies) before anything is
 * written; one bad row and nothing is. The rows then go in one transaction that first claims the
 * file's content hash, so the same file twice (or twice at once) is imported once.
 *
 * Who: administrators, every kind; an enterprise's HR, the staff list of their own enterprise
 * only (the enterprise comes from their account, never from the file or the address).
 * Sensitive values (ID numbers, phones) are never logged and are masked when shown back.
 */
export class ImportService {
  constructor(private readonly em: EntityManager) {}

  /** The enterprise a staff list is for (null for other kinds), after checking who may import it. */
  async scope(viewer: Viewer, kind: ImportKind, enterpriseId: string | null): Promise<string | null> {
    if (viewer.role === Role.ENTERPRISE_HR && kind === ImportKind.STAFF_LIST && viewer.organisationId) {
      if (enterpriseId && enterpriseId !== viewer.organisationId) throw DomainError.notFound(M.enterprise);
      return viewer.organisationId;
    }
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    if (kind !== ImportKind.STAFF_LIST) return null;
    if (!enterpriseId) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.chooseEnterprise);
    const enterprise = await this.em.findOne(Organisation, { id: enterpriseId, kind: OrganisationKind.ENTERPRISE }, { fields: ['id'] });
    if (!enterprise) throw DomainError.notFound(M.enterprise);
    return enterprise.id;
  }

  /** The template: the header row the import reads, text-formatted where Excel would mangle digits, and a sheet of instructions. */
  async template(viewer: Viewer, kind: ImportKind): Promise<Buffer> {
    if (!(viewer.role === Role.ADMIN || (viewer.role === Role.ENTERPRISE_HR && kind === ImportKind.STAFF_LIST))) throw DomainError.forbidden();
    const book = await newWorkbook();
    const columns = COLUMNS[kind];
    const sheet = book.addWorksheet('导入 Import');
    sheet.columns = columns.map((c) => ({ header: headerOf(c), width: Math.max(16, headerOf(c).length + 4), style: c.type === 'date' || c.type === 'yuan' ? {} : { numFmt: '@' } }));
    sheet.getRow(1).font = { bold: true };
    const help = book.addWorksheet('说明 Instructions');
    help.columns = [{ width: 32 }, { width: 10 }, { width: 90 }];
    help.addRow([`${IMPORT_KIND_NAMES[kind].zh} / ${IMPORT_KIND_NAMES[kind].en}`]).font = { bold: true, size: 13 };
    help.addRow(['从第 2 行起每行一条；整份文件要么全部导入，要么一条也不导入。/ One record per row from row 2; the whole file is imported, or nothing is.']);
    help.addRow([`最多 ${IMPORT_LIMITS.maxRows} 行、${IMPORT_LIMITS.maxBytes / 1048576} MB；不接受公式。/ At most ${IMPORT_LIMITS.maxRows} rows and ${IMPORT_LIMITS.maxBytes / 1048576} MB; no formulas.`]);
    help.addRow([]);
    help.addRow(['列 Column', '必填 Required', '说明 Notes']).font = { bold: true };
    for (const c of columns) help.addRow([headerOf(c), c.required ? '是 yes' : '否 no', `${c.hint.zh} / ${c.hint.en}`]);
    return workbookBuffer(book);
  }

  async run(viewer: Viewer, kind: ImportKind, bytes: Buffer, enterpriseId: string | null): Promise<ImportOutcome> {
    const enterprise = await this.scope(viewer, kind, enterpriseId);
    const outcome = (problems: ImportProblem[], alreadyImported = false): ImportOutcome => ({ batchId: null, kind, imported: 0, problems, alreadyImported });
    const contentHash = createHash('sha256').update(`${kind}\n${enterprise ?? ''}\n`).update(bytes).digest('hex');
    const importedBefore = async () => (await this.em.findOne(ImportBatch, { kind, contentHash }, { fields: ['id'] })) !== null;
    if (await importedBefore()) return outcome([ALREADY_IMPORTED], true);

    const columns = COLUMNS[kind];
    let sheet: Awaited<ReturnType<typeof readFirstSheet>>;
    try {
      sheet = await readFirstSheet(bytes, { maxUnpackedBytes: IMPORT_LIMITS.maxUnpackedBytes, maxRows: IMPORT_LIMITS.maxRows, columns: columns.length });
    } catch (error) {
      if (error instanceof WorkbookUnreadable) return outcome([fileProblem(error.problem)]);
      throw error;
    }
    const headerProblems = columns.flatMap((c, i) => (sameHeader(sheet.header[i] ?? '', c) ? [] : [{
      row: 1, column: headerOf(c), code: 'BAD_HEADER' as const, value: echo({ ...c, type: 'text' }, sheet.header[i] || null),
      message: M.wrongHeader(i + 1, headerOf(c)),
    }]));
    if (headerProblems.length > 0) return outcome(headerProblems);
    if (sheet.rows.length > IMPORT_LIMITS.maxRows) {
      return outcome([{ row: null, column: null, code: 'TOO_MANY_ROWS', value: null, message: M.tooManyRows(IMPORT_LIMITS.maxRows) }]);
    }
    if (sheet.rows.length === 0) {
      return outcome([{ row: null, column: null, code: 'REQUIRED', value: null, message: M.noRows }]);
    }

    const problems: ImportProblem[] = [];
    const rows = sheet.rows.map((row) => parseRow(row, columns, problems));
    const check = new RowChecks(columns, problems);
    const write = await this.prepare(kind, rows, check, enterprise);
    if (problems.length > 0) {
      // The same file, uploaded in parallel, may have gone in while this one was being checked: its rows are then "taken".
      if (await importedBefore()) return outcome([ALREADY_IMPORTED], true);
      return outcome(problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
    }

    try {
      return await this.em.transactional(async (tx) => {
        const batch = tx.create(ImportBatch, { kind, contentHash, rowCount: rows.length, importedBy: tx.getReference(User, viewer.userId), enterprise: enterprise ? tx.getReference(Organisation, enterprise) : null });
        // Claims the file first: a second upload of it waits here, then finds it taken.
        await tx.flush();
        await write(tx, batch, viewer);
        await tx.flush();
        return { batchId: batch.id, kind, imported: rows.length, problems: [], alreadyImported: false };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        if ((error as { constraint?: string }).constraint === 'import_batches_one_per_content') return outcome([ALREADY_IMPORTED], true);
        // Another import wrote one of the same people or references meanwhile: checked again, it would say which.
        throw DomainError.conflict(M.writtenMeanwhile);
      }
      throw error;
    }
  }

  /** Checks each kind's rows against each other and the database; returns how to write them. */
  private async prepare(kind: ImportKind, rows: ParsedRow[], check: RowChecks, enterprise: string | null): Promise<(tx: EntityManager, batch: ImportBatch, viewer: Viewer) => Promise<void>> {
    switch (kind) {
      case ImportKind.TALENT_ACCOUNTS: return this.prepareTalents(rows, check);
      case ImportKind.STAFF_LIST: return this.prepareStaff(rows, check, enterprise!);
      case ImportKind.PAST_APPLICATIONS: return this.preparePast(rows, check);
    }
  }

  private async prepareTalents(rows: ParsedRow[], check: RowChecks) {
    check.unique(rows, 'email', M.email);
    check.unique(rows, 'residentId', M.residentId);
    const emails = check.values(rows, 'email');
    const ids = check.values(rows, 'residentId');
    const taken = new Set((await this.em.find(User, { email: { $in: emails } }, { fields: ['email'] })).map((u) => u.email));
    const held = await this.em.find(TalentProfile, { $or: [{ residentIdNumber: { $in: ids } }, { claimedResidentIdNumber: { $in: ids } }] }, { fields: ['residentIdNumber', 'claimedResidentIdNumber'] });
    const heldIds = new Set(held.flatMap((p) => [p.residentIdNumber, p.claimedResidentIdNumber]));
    check.against(rows, 'email', (v) => taken.has(v), M.emailTaken);
    check.against(rows, 'residentId', (v) => heldIds.has(v), M.residentIdTaken);
    const employers = await this.enterprisesByName(rows, 'employer', check);
    return async (tx: EntityManager) => {
      for (const { values: v } of rows) {
        const id = String(v.residentId);
        const user = tx.create(User, { email: String(v.email), displayName: String(v.legalName), role: Role.TALENT, passwordHash: IMPORTED_PASSWORD_HASH });
        // The owner sets the first password from this email (sent only if the whole import commits).
        sendActivationLink(tx, user.id);
        tx.create(TalentProfile, {
          user, legalName: String(v.legalName), residentIdNumber: id, phone: (v.phone as string | null) ?? null, dateOfBirth: birthDateOfResidentId(id),
          employer: v.employer ? tx.getReference(Organisation, employers.get(String(v.employer))!) : null,
        });
      }
    };
  }

  private async prepareStaff(rows: ParsedRow[], check: RowChecks, enterprise: string) {
    check.unique(rows, 'residentId', M.residentId);
    const listed = new Set((await this.em.find(EnterpriseStaffMember, { enterprise, residentIdNumber: { $in: check.values(rows, 'residentId') } }, { fields: ['residentIdNumber'] })).map((m) => m.residentIdNumber));
    check.against(rows, 'residentId', (v) => listed.has(v), M.alreadyOnStaffList);
    return async (tx: EntityManager, batch: ImportBatch) => {
      for (const { values: v } of rows) {
        tx.create(EnterpriseStaffMember, {
          enterprise: tx.getReference(Organisation, enterprise), batch, legalName: String(v.legalName), residentIdNumber: String(v.residentId),
          phone: (v.phone as string | null) ?? null, position: (v.position as string | null) ?? null, startedOn: (v.startedOn as string | null) ?? null,
        });
      }
    };
  }

  private async preparePast(rows: ParsedRow[], check: RowChecks) {
    check.unique(rows, 'legacyReference', M.oldReference);
    const known = new Set((await this.em.find(Application, { legacyReference: { $in: check.values(rows, 'legacyReference') } }, { fields: ['legacyReference'] })).map((a) => a.legacyReference));
    check.against(rows, 'legacyReference', (v) => known.has(v), M.referenceImportedBefore);

    const profiles = await this.em.find(TalentProfile, { residentIdNumber: { $in: check.values(rows, 'residentId') } }, { fields: ['residentIdNumber', 'user'] });
    const applicantOf = new Map(profiles.map((p) => [p.residentIdNumber!, p.user.id]));
    check.against(rows, 'residentId', (v) => !applicantOf.has(v), M.noTalentWithResidentId, 'NOT_FOUND');

    const policies = await this.em.find(Policy, { code: { $in: check.values(rows, 'policy') } }, { fields: ['id', 'code'] });
    const forms = await this.em.find(ApplicationForm, { policy: { $in: policies.map((p) => p.id) } }, { fields: ['benefit', 'policy'] });
    const formOf = new Map(forms.map((f) => [f.policy.id, f]));
    const policyOf = new Map(policies.filter((p) => formOf.has(p.id)).map((p) => [p.code, p.id]));
    check.against(rows, 'policy', (v) => !policyOf.has(v), M.noPolicyWithCode, 'NOT_FOUND');
    const employers = await this.enterprisesByName(rows, 'enterprise', check);

    const outcomeOf = new Map<number, ApplicationStatus>();
    for (const row of rows) {
      const v = row.values;
      const outcome = typeof v.outcome === 'string' ? OUTCOMES[v.outcome.toLowerCase()] : undefined;
      if (v.outcome !== null && !outcome) check.add(row, 'outcome', 'INVALID', M.unknownOutcome);
      if (!outcome) continue;
      outcomeOf.set(row.number, outcome);
      const money = outcome !== ApplicationStatus.REJECTED;
      const paid = outcome === ApplicationStatus.DISBURSED;
      if (typeof v.decidedOn === 'string' && typeof v.submittedOn === 'string' && v.decidedOn < v.submittedOn) check.add(row, 'decidedOn', 'INVALID', M.decidedBeforeSubmitted);
      if (money && v.amount === null && !check.has(row, 'amount')) check.add(row, 'amount', 'REQUIRED', M.approvedAmountMissing);
      if (!money && v.amount !== null) check.add(row, 'amount', 'INVALID', M.rejectedWithAmount);
      for (const key of ['paidOn', 'paymentReference'] as const) {
        if (paid && v[key] === null && !check.has(row, key)) check.add(row, key, 'REQUIRED', M.paymentDetailsMissing);
        if (!paid && v[key] !== null) check.add(row, key, 'INVALID', M.paymentDetailsNotPaid);
      }
      if (paid && typeof v.paidOn === 'string' && typeof v.decidedOn === 'string' && v.paidOn < v.decidedOn) check.add(row, 'paidOn', 'INVALID', M.paidBeforeDecided);
      const policy = policyOf.get(String(v.policy));
      if (paid && policy && formOf.get(policy)?.benefit !== BenefitKind.MONEY) check.add(row, 'outcome', 'INVALID', M.policyPaysNoMoney);
    }
    // An approved case not yet paid is still open: one per person and policy, in the file and the database.
    const open = rows.filter((r) => outcomeOf.get(r.number) === ApplicationStatus.APPROVED && applicantOf.has(String(r.values.residentId)) && policyOf.has(String(r.values.policy)));
    const openNow = await this.em.find(Application, { applicant: { $in: open.map((r) => applicantOf.get(String(r.values.residentId))!) }, status: { $in: [...OPEN_STATES] } }, { fields: ['applicant', 'policy'] });
    const openKeys = new Set(openNow.map((a) => `${a.applicant.id}/${a.policy.id}`));
    const firstOpen = new Map<string, number>();
    for (const row of open) {
      const key = `${applicantOf.get(String(row.values.residentId))}/${policyOf.get(String(row.values.policy))}`;
      if (openKeys.has(key)) check.add(row, 'outcome', 'INVALID_STATE', M.openApplicationExists);
      else if (firstOpen.has(key)) check.add(row, 'outcome', 'DUPLICATE', M.sameOpenCaseAsRow(firstOpen.get(key)));
      else firstOpen.set(key, row.number);
    }

    return async (tx: EntityManager, batch: ImportBatch, viewer: Viewer) => {
      const now = new Date();
      for (const row of rows) {
        const v = row.values;
        const status = outcomeOf.get(row.number)!;
        const submittedAt = shanghaiNoon(String(v.submittedOn));
        const decidedAt = shanghaiNoon(String(v.decidedOn));
        const paidAt = v.paidOn ? shanghaiNoon(String(v.paidOn)) : null;
        const app = tx.create(Application, {
          reference: await nextReference(tx),
          policy: tx.getReference(Policy, policyOf.get(String(v.policy))!),
          applicant: tx.getReference(User, applicantOf.get(String(v.residentId))!),
          enterprise: v.enterprise ? tx.getReference(Organisation, employers.get(String(v.enterprise))!) : null,
          status,
          approvedAmountYuan: (v.amount as number | null) ?? null,
          requestedAmountYuan: (v.amount as number | null) ?? null,
          paymentReference: (v.paymentReference as string | null) ?? null,
          submittedAt,
          statusChangedAt: paidAt ?? decidedAt,
          legacyReference: String(v.legacyReference),
          importBatchId: batch.id,
        });
        // The history says what happened when (so the monthly figures count it in its months) and that it was imported.
        const data = { imported: true, batchId: batch.id, legacyReference: v.legacyReference };
        const event = (action: ApplicationAction, from: ApplicationStatus | null, to: ApplicationStatus, at: Date, actor: string | null) =>
          tx.create(ApplicationEvent, { application: app, action, fromStatus: from, toStatus: to, at, reason: IMPORTED_NOTE, data, actor: actor ? tx.getReference(User, actor) : null });
        event(ApplicationAction.SUBMIT, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, submittedAt, null);
        if (status === ApplicationStatus.REJECTED) event(ApplicationAction.REJECT, ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED, decidedAt, null);
        else event(ApplicationAction.APPROVE, ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED, decidedAt, null);
        if (paidAt) event(ApplicationAction.DISBURSE, ApplicationStatus.APPROVED, ApplicationStatus.DISBURSED, paidAt, null);
        event(ApplicationAction.IMPORT, null, status, now, viewer.userId);
      }
    };
  }

  /** Enterprises named in a column (Chinese or English full name), each name to one id; a name that matches none or several is a row problem. */
  private async enterprisesByName(rows: ParsedRow[], key: string, check: RowChecks): Promise<Map<string, string>> {
    const names = check.values(rows, key);
    if (names.length === 0) return new Map();
    const found = await this.em.find(Organisation, { kind: OrganisationKind.ENTERPRISE, $or: [{ nameZh: { $in: names } }, { nameEn: { $in: names } }] }, { fields: ['id', 'nameZh', 'nameEn'] });
    const ids = new Map<string, Set<string>>();
    for (const o of found) for (const name of [o.nameZh, o.nameEn]) ids.set(name, (ids.get(name) ?? new Set()).add(o.id));
    check.against(rows, key, (v) => !ids.has(v), M.noEnterpriseWithName, 'NOT_FOUND');
    check.against(rows, key, (v) => (ids.get(v)?.size ?? 0) > 1, M.enterpriseNameAmbiguous, 'INVALID');
    return new Map([...ids].flatMap(([name, set]) => {
      const [only] = set;
      return set.size === 1 && only ? [[name, only] as const] : [];
    }));
  }
}

/** Imported accounts cannot sign in with any password until their owner sets one from the emailed link (not an argon2 hash: never matches). */
const IMPORTED_PASSWORD_HASH = '!imported-no-password';

const OUTCOMES: Record<string, ApplicationStatus> = {
  '已批准': ApplicationStatus.APPROVED, approved: ApplicationStatus.APPROVED,
  '已发放': ApplicationStatus.DISBURSED, 'paid out': ApplicationStatus.DISBURSED, paid: ApplicationStatus.DISBURSED, disbursed: ApplicationStatus.DISBURSED,
  '未通过': ApplicationStatus.REJECTED, rejected: ApplicationStatus.REJECTED,
};

const ALREADY_IMPORTED: ImportProblem = {
  row: null, column: null, code: 'DUPLICATE', value: null,
  message: M.alreadyImported,
};

function fileProblem(problem: WorkbookUnreadable['problem']): ImportProblem {
  const message = { NOT_XLSX: M.notXlsx, TOO_LARGE_UNPACKED: M.tooLargeUnpacked, NO_SHEET: M.noSheet }[problem];
  return { row: null, column: null, code: problem === 'TOO_LARGE_UNPACKED' ? 'TOO_LARGE' : 'NOT_XLSX', value: null, message };
}

/** A header as written in the template, or just its Chinese or English label. */
function sameHeader(found: string, column: Column): boolean {
  const text = found.replace(/\s+/g, ' ').trim();
  return text === headerOf(column) || text === column.label.zh || text.toLowerCase() === column.label.en.toLowerCase();
}

function parseRow(row: SheetRow, columns: Column[], problems: ImportProblem[]): ParsedRow {
  const values: Values = {};
  const today = shanghaiToday();
  columns.forEach((column, i) => {
    const value = readColumn(row.cells[i] ?? { kind: 'empty' }, column, today);
    if (value !== null && typeof value === 'object') {
      problems.push({ row: row.number, column: headerOf(column), code: value.code, message: value.message, value: null });
      values[column.key] = null;
    } else {
      values[column.key] = value;
    }
  });
  return { number: row.number, values };
}

/** Row problems of one import, added by the kind's checks. */
class RowChecks {
  private readonly byKey: Map<string, Column>;
  constructor(columns: Column[], private readonly problems: ImportProblem[]) {
    this.byKey = new Map(columns.map((c) => [c.key, c]));
  }

  add(row: ParsedRow, key: string, code: CellProblem['code'], message: LocalisedText): void {
    const column = this.byKey.get(key)!;
    this.problems.push({ row: row.number, column: headerOf(column), code, message, value: echo(column, row.values[key] ?? null) });
  }

  has(row: ParsedRow, key: string): boolean {
    const header = headerOf(this.byKey.get(key)!);
    return this.problems.some((p) => p.row === row.number && p.column === header);
  }

  /** The distinct clean values of a column. */
  values(rows: ParsedRow[], key: string): string[] {
    return [...new Set(rows.map((r) => r.values[key]).filter((v): v is string => typeof v === 'string'))];
  }

  /** Each value once in the file: later rows name the first. */
  unique(rows: ParsedRow[], key: string, what: LocalisedText): void {
    const first = new Map<string, number>();
    for (const row of rows) {
      const value = row.values[key];
      if (typeof value !== 'string') continue;
      const seen = first.get(value.toLowerCase());
      if (seen === undefined) first.set(value.toLowerCase(), row.number);
      else this.add(row, key, 'DUPLICATE', M.sameAsRow(seen, what));
    }
  }

  against(rows: ParsedRow[], key: string, bad: (value: string) => boolean, message: LocalisedText, code: CellProblem['code'] = 'DUPLICATE'): void {
    for (const row of rows) {
      const value = row.values[key];
      if (typeof value === 'string' && bad(value)) this.add(row, key, code, message);
    }
  }
}
