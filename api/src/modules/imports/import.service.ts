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
      if (enterpriseId && enterpriseId !== viewer.organisationId) throw DomainError.notFound({ zh: '企业', en: 'enterprise' });
      return viewer.organisationId;
    }
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    if (kind !== ImportKind.STAFF_LIST) return null;
    if (!enterpriseId) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, { zh: '请选择员工名单所属企业。', en: 'Choose the enterprise the staff list is for.' });
    const enterprise = await this.em.findOne(Organisation, { id: enterpriseId, kind: OrganisationKind.ENTERPRISE }, { fields: ['id'] });
    if (!enterprise) throw DomainError.notFound({ zh: '企业', en: 'enterprise' });
    return enterprise.id;
  }

  /** The template: the header row the import reads, text-formatted where Excel would mangle digits, and a sheet of instructions. */
  async template(viewer: Viewer, kind: ImportKind): Promise<Buffer> {
    if (!(viewer.role === Role.ADMIN || (viewer.role === Role.ENTERPRISE_HR && kind === ImportKind.STAFF_LIST))) throw DomainError.forbidden();
    const book = newWorkbook();
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
      message: { zh: `第 ${i + 1} 列的标题应为“${headerOf(c)}”：请使用下载的模板。`, en: `Column ${i + 1} should be headed "${headerOf(c)}": use the downloaded template.` },
    }]));
    if (headerProblems.length > 0) return outcome(headerProblems);
    if (sheet.rows.length > IMPORT_LIMITS.maxRows) {
      return outcome([{ row: null, column: null, code: 'TOO_MANY_ROWS', value: null, message: { zh: `最多 ${IMPORT_LIMITS.maxRows} 行，请分成几个文件。`, en: `At most ${IMPORT_LIMITS.maxRows} rows; split the file.` } }]);
    }
    if (sheet.rows.length === 0) {
      return outcome([{ row: null, column: null, code: 'REQUIRED', value: null, message: { zh: '文件中没有数据行（从第 2 行起填写）。', en: 'The file has no data rows (fill them in from row 2).' } }]);
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
        throw DomainError.conflict({ zh: '另一份导入刚刚写入了相同的人员或编号，请重新上传以查看是哪几行。', en: 'Another import has just written some of the same people or references; upload again to see which rows.' });
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
    check.unique(rows, 'email', { zh: '邮箱', en: 'email' });
    check.unique(rows, 'residentId', { zh: '身份证号', en: 'ID number' });
    const emails = check.values(rows, 'email');
    const ids = check.values(rows, 'residentId');
    const taken = new Set((await this.em.find(User, { email: { $in: emails } }, { fields: ['email'] })).map((u) => u.email));
    const held = await this.em.find(TalentProfile, { $or: [{ residentIdNumber: { $in: ids } }, { claimedResidentIdNumber: { $in: ids } }] }, { fields: ['residentIdNumber', 'claimedResidentIdNumber'] });
    const heldIds = new Set(held.flatMap((p) => [p.residentIdNumber, p.claimedResidentIdNumber]));
    check.against(rows, 'email', (v) => taken.has(v), { zh: '此邮箱已有账号。', en: 'An account already has this email.' });
    check.against(rows, 'residentId', (v) => heldIds.has(v), { zh: '平台上已有此身份证号的人才账号。', en: 'A talent account on the platform already has this ID number.' });
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
    check.unique(rows, 'residentId', { zh: '身份证号', en: 'ID number' });
    const listed = new Set((await this.em.find(EnterpriseStaffMember, { enterprise, residentIdNumber: { $in: check.values(rows, 'residentId') } }, { fields: ['residentIdNumber'] })).map((m) => m.residentIdNumber));
    check.against(rows, 'residentId', (v) => listed.has(v), { zh: '此人已在本企业员工名单中。', en: 'This person is already on the enterprise\'s staff list.' });
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
    check.unique(rows, 'legacyReference', { zh: '原受理编号', en: 'old reference' });
    const known = new Set((await this.em.find(Application, { legacyReference: { $in: check.values(rows, 'legacyReference') } }, { fields: ['legacyReference'] })).map((a) => a.legacyReference));
    check.against(rows, 'legacyReference', (v) => known.has(v), { zh: '此编号的记录已导入过。', en: 'A record with this reference was imported before.' });

    const profiles = await this.em.find(TalentProfile, { residentIdNumber: { $in: check.values(rows, 'residentId') } }, { fields: ['residentIdNumber', 'user'] });
    const applicantOf = new Map(profiles.map((p) => [p.residentIdNumber!, p.user.id]));
    check.against(rows, 'residentId', (v) => !applicantOf.has(v), { zh: '平台上没有此身份证号的人才账号（可先导入人才账号）。', en: 'No talent account on the platform has this ID number (import the accounts first).' }, 'NOT_FOUND');

    const policies = await this.em.find(Policy, { code: { $in: check.values(rows, 'policy') } }, { fields: ['id', 'code'] });
    const forms = await this.em.find(ApplicationForm, { policy: { $in: policies.map((p) => p.id) } }, { fields: ['benefit', 'policy'] });
    const formOf = new Map(forms.map((f) => [f.policy.id, f]));
    const policyOf = new Map(policies.filter((p) => formOf.has(p.id)).map((p) => [p.code, p.id]));
    check.against(rows, 'policy', (v) => !policyOf.has(v), { zh: '没有此代码的可申请政策。', en: 'No policy that takes applications has this code.' }, 'NOT_FOUND');
    const employers = await this.enterprisesByName(rows, 'enterprise', check);

    const outcomeOf = new Map<number, ApplicationStatus>();
    for (const row of rows) {
      const v = row.values;
      const outcome = typeof v.outcome === 'string' ? OUTCOMES[v.outcome.toLowerCase()] : undefined;
      if (v.outcome !== null && !outcome) check.add(row, 'outcome', 'INVALID', { zh: '结果应为 已批准、已发放 或 未通过。', en: 'The outcome is Approved, Paid out or Rejected.' });
      if (!outcome) continue;
      outcomeOf.set(row.number, outcome);
      const money = outcome !== ApplicationStatus.REJECTED;
      const paid = outcome === ApplicationStatus.DISBURSED;
      if (typeof v.decidedOn === 'string' && typeof v.submittedOn === 'string' && v.decidedOn < v.submittedOn) check.add(row, 'decidedOn', 'INVALID', { zh: '决定日期早于提交日期。', en: 'The decision is dated before the submission.' });
      if (money && v.amount === null && !check.has(row, 'amount')) check.add(row, 'amount', 'REQUIRED', { zh: '已批准或已发放的须填批准金额。', en: 'An approved or paid case needs the approved amount.' });
      if (!money && v.amount !== null) check.add(row, 'amount', 'INVALID', { zh: '未通过的申请不应有批准金额。', en: 'A rejected case has no approved amount.' });
      for (const key of ['paidOn', 'paymentReference'] as const) {
        if (paid && v[key] === null && !check.has(row, key)) check.add(row, key, 'REQUIRED', { zh: '已发放的须填发放日期和发放凭证号。', en: 'A paid case needs the payment date and reference.' });
        if (!paid && v[key] !== null) check.add(row, key, 'INVALID', { zh: '只有已发放的才填发放信息。', en: 'Only a paid case has payment details.' });
      }
      if (paid && typeof v.paidOn === 'string' && typeof v.decidedOn === 'string' && v.paidOn < v.decidedOn) check.add(row, 'paidOn', 'INVALID', { zh: '发放日期早于决定日期。', en: 'The payment is dated before the decision.' });
      const policy = policyOf.get(String(v.policy));
      if (paid && policy && formOf.get(policy)?.benefit !== BenefitKind.MONEY) check.add(row, 'outcome', 'INVALID', { zh: '此政策不发放资金，不能为已发放。', en: 'This policy pays no money, so it cannot be paid out.' });
    }
    // An approved case not yet paid is still open: one per person and policy, in the file and the database.
    const open = rows.filter((r) => outcomeOf.get(r.number) === ApplicationStatus.APPROVED && applicantOf.has(String(r.values.residentId)) && policyOf.has(String(r.values.policy)));
    const openNow = await this.em.find(Application, { applicant: { $in: open.map((r) => applicantOf.get(String(r.values.residentId))!) }, status: { $in: [...OPEN_STATES] } }, { fields: ['applicant', 'policy'] });
    const openKeys = new Set(openNow.map((a) => `${a.applicant.id}/${a.policy.id}`));
    const firstOpen = new Map<string, number>();
    for (const row of open) {
      const key = `${applicantOf.get(String(row.values.residentId))}/${policyOf.get(String(row.values.policy))}`;
      if (openKeys.has(key)) check.add(row, 'outcome', 'INVALID_STATE', { zh: '此人该政策已有一份在办的申请，已批准未发放的记录不能再导入。', en: 'This person already has an open application for this policy; an approved, unpaid record cannot be added.' });
      else if (firstOpen.has(key)) check.add(row, 'outcome', 'DUPLICATE', { zh: `与第 ${firstOpen.get(key)} 行同为此人此政策已批准未发放的申请。`, en: `Row ${firstOpen.get(key)} is already an approved, unpaid case of this person and policy.` });
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
    check.against(rows, key, (v) => !ids.has(v), { zh: '平台上没有此名称的企业（请填写登记的全称）。', en: 'No enterprise on the platform has this name (use the registered full name).' }, 'NOT_FOUND');
    check.against(rows, key, (v) => (ids.get(v)?.size ?? 0) > 1, { zh: '有多家企业同名，请改用英文全称。', en: 'Several enterprises have this name; use the English full name.' }, 'INVALID');
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
  message: { zh: '这份文件已经导入过，没有重复导入。', en: 'This file has already been imported; it was not imported again.' },
};

function fileProblem(problem: WorkbookUnreadable['problem']): ImportProblem {
  const message = {
    NOT_XLSX: { zh: '无法读取：请上传 Excel 工作簿（.xlsx）。', en: 'The file cannot be read: upload an Excel workbook (.xlsx).' },
    TOO_LARGE_UNPACKED: { zh: '文件解压后过大，请分成几个文件。', en: 'The file unpacks to too much data; split it.' },
    NO_SHEET: { zh: '工作簿中没有工作表。', en: 'The workbook has no sheet.' },
  }[problem];
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
      else this.add(row, key, 'DUPLICATE', { zh: `与第 ${seen} 行的${what.zh}重复。`, en: `The same ${what.en} as row ${seen}.` });
    }
  }

  against(rows: ParsedRow[], key: string, bad: (value: string) => boolean, message: LocalisedText, code: CellProblem['code'] = 'DUPLICATE'): void {
    for (const row of rows) {
      const value = row.values[key];
      if (typeof value === 'string' && bad(value)) this.add(row, key, code, message);
    }
  }
}
