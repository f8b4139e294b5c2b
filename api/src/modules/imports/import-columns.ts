import { FieldErrors } from '../../core/errors/domain-error.js';
import { checkEmail, checkPhone, checkResidentId, isIsoDate } from '../../core/validation.js';
import type { CellRead } from '../../core/xlsx.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';
import { maskPhone, maskResidentId } from '../../core/privacy/masking.js';
import { ImportKind } from './import-kind.js';
import { IMPORT_MESSAGES as M } from './import.messages.js';

/**
 * The columns of each kind of import, in template order: the header both languages read, what
 * a cell must hold, and whether the value is sensitive (never echoed unmasked, never logged).
 */

export type ColumnType = 'text' | 'email' | 'residentId' | 'phone' | 'date' | 'yuan';

export interface Column {
  key: string;
  label: LocalisedText;
  type: ColumnType;
  required: boolean;
  /** Longest text accepted (text columns). */
  max?: number;
  /** What the template's instructions say about it. */
  hint: LocalisedText;
}

const col = (key: string, zh: string, en: string, type: ColumnType, required: boolean, hint: LocalisedText, max?: number): Column =>
  ({ key, label: { zh, en }, type, required, hint, max });

const NAME_HINT = { zh: '与身份证一致，最多 50 字', en: 'As on the ID card, at most 50 characters' };
const ID_HINT = { zh: '18 位，末位可为 X；请设为文本格式，校验位会核对', en: '18 characters, the last may be X; format the column as text; the check digit is verified' };
const PHONE_HINT = { zh: '11 位手机号，可不填', en: '11-digit mobile number; optional' };
const ENTERPRISE_HINT = { zh: '平台上登记的企业中文或英文全称', en: 'The enterprise\'s full Chinese or English name as registered on the platform' };

export const COLUMNS: Record<ImportKind, Column[]> = {
  [ImportKind.TALENT_ACCOUNTS]: [
    col('email', '邮箱', 'Email', 'email', true, { zh: '登录邮箱，不能与已有账号重复', en: 'Sign-in email; must not belong to an existing account' }),
    col('legalName', '姓名', 'Legal name', 'text', true, NAME_HINT, 50),
    col('residentId', '身份证号', 'Resident ID number', 'residentId', true, ID_HINT),
    col('phone', '手机', 'Mobile', 'phone', false, PHONE_HINT),
    col('employer', '工作单位', 'Employer', 'text', false, ENTERPRISE_HINT, 100),
  ],
  [ImportKind.STAFF_LIST]: [
    col('legalName', '姓名', 'Legal name', 'text', true, NAME_HINT, 50),
    col('residentId', '身份证号', 'Resident ID number', 'residentId', true, ID_HINT),
    col('phone', '手机', 'Mobile', 'phone', false, PHONE_HINT),
    col('position', '岗位', 'Position', 'text', false, { zh: '最多 50 字，可不填', en: 'At most 50 characters; optional' }, 50),
    col('startedOn', '入职日期', 'Started on', 'date', false, { zh: '日期，如 2024-03-01，可不填', en: 'A date such as 2024-03-01; optional' }),
  ],
  [ImportKind.PAST_APPLICATIONS]: [
    col('legacyReference', '原受理编号', 'Old reference', 'text', true, { zh: '原纸质或旧系统的编号，不能重复，最多 40 字', en: 'The number in the paper or old records; unique, at most 40 characters' }, 40),
    col('residentId', '申请人身份证号', 'Applicant\'s resident ID number', 'residentId', true, { zh: '须为平台上已有的人才账号（可先导入人才账号）', en: 'Must belong to a talent account on the platform (import the accounts first)' }),
    col('policy', '政策代码', 'Policy code', 'text', true, { zh: '如 housing-subsidy，见政策页面网址', en: 'e.g. housing-subsidy, as in the policy page\'s address' }, 60),
    col('submittedOn', '提交日期', 'Submitted on', 'date', true, { zh: '日期，如 2024-03-01', en: 'A date such as 2024-03-01' }),
    col('outcome', '结果', 'Outcome', 'text', true, { zh: '已批准、已发放 或 未通过', en: 'Approved, Paid out or Rejected' }, 40),
    col('decidedOn', '决定日期', 'Decided on', 'date', true, { zh: '不早于提交日期', en: 'Not before the submission' }),
    col('amount', '批准金额（元）', 'Approved (yuan)', 'yuan', false, { zh: '整元；已批准、已发放必填，未通过不填', en: 'Whole yuan; required when approved or paid, empty when rejected' }),
    col('paidOn', '发放日期', 'Paid on', 'date', false, { zh: '已发放必填，不早于决定日期', en: 'Required when paid out; not before the decision' }),
    col('paymentReference', '发放凭证号', 'Payment reference', 'text', false, { zh: '已发放必填（银行流水号），最多 64 字', en: 'Required when paid out (the bank\'s transfer number); at most 64 characters' }, 64),
    col('enterprise', '申请时工作单位', 'Employer then', 'text', false, ENTERPRISE_HINT, 100),
  ],
};

/** The header a column has in the template (and must have in the file): `邮箱 Email`. */
export const headerOf = (column: Column) => `${column.label.zh} ${column.label.en}`;

export interface CellProblem {
  code: 'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'FORMULA' | 'CONTROL_CHARACTERS' | 'UNSUPPORTED' | 'DUPLICATE' | 'NOT_FOUND' | 'INVALID_STATE' | 'TOO_MANY_ROWS' | 'BAD_HEADER' | 'NOT_XLSX' | 'TOO_LARGE';
  message: LocalisedText;
}

/** The longest text any cell may hold before its column's own limit is even looked at. */
const HARD_MAX = 1000;
// NUL and other C0/C1 controls except tab, line feed and carriage return; text-direction overrides.
 
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const problem = (code: CellProblem['code'], message: LocalisedText): CellProblem => ({ code, message });

/** A cell's value as text, or what is wrong with it. Numbers are accepted where text is expected only when whole and exact. */
function asText(cell: CellRead, column: Column): string | CellProblem | null {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'formula':
      return problem('FORMULA', M.formula);
    case 'unsupported':
      return problem('UNSUPPORTED', M.unreadableCell);
    case 'date':
      return problem('INVALID', M.dateNotText);
    case 'number':
      if (!Number.isSafeInteger(cell.value) || cell.value < 0) {
        return column.type === 'residentId'
          ? problem('INVALID', M.residentIdAsNumber)
          : problem('INVALID', M.notTextOrWholeNumber);
      }
      return String(cell.value);
    case 'text': {
      if (cell.text.length > HARD_MAX) return problem('TOO_LONG', M.cellTooLong(HARD_MAX));
      if (CONTROL.test(cell.text)) return problem('CONTROL_CHARACTERS', M.controlCharacters);
      const text = cell.text.trim();
      return text === '' ? null : text;
    }
  }
}

function asDate(cell: CellRead, today: string): string | CellProblem | null {
  let day: string | null;
  if (cell.kind === 'date') {
    // ExcelJS gives a date cell as midnight UTC of the day the sheet shows.
    day = Number.isNaN(cell.value.getTime()) ? '' : cell.value.toISOString().slice(0, 10);
  } else {
    const text = asText(cell, { type: 'date' } as Column);
    if (text === null || typeof text !== 'string') return text;
    day = text.replace(/\//g, '-').replace(/^(\d{4})-(\d)-/, '$1-0$2-').replace(/-(\d)$/, '-0$1');
  }
  if (!isIsoDate(day)) return problem('INVALID', M.dateFormat);
  if (day > today) return problem('INVALID', M.dateInFuture);
  if (day < '1950-01-01') return problem('INVALID', M.dateBefore1950);
  return day;
}

/** A cell read for its column: the clean value (null when empty) or what is wrong with it. */
export function readColumn(cell: CellRead, column: Column, today: string): string | number | null | CellProblem {
  const value = column.type === 'date' ? asDate(cell, today) : asText(cell, column);
  if (value !== null && typeof value !== 'string') return value;
  if (value === null) return column.required ? problem('REQUIRED', M.cellRequired) : null;
  if (column.max && value.length > column.max) return problem('TOO_LONG', M.columnTooLong(column.max));
  const checks = { email: checkEmail, residentId: checkResidentId, phone: checkPhone } as const;
  if (column.type === 'email' || column.type === 'residentId' || column.type === 'phone') {
    // The same checks (and words) as the sign-up and profile forms.
    const errors = new FieldErrors();
    const clean = checks[column.type](errors, column.key, value);
    const [first] = errors.all;
    return first ? { code: first.code === 'REQUIRED' ? 'REQUIRED' : 'INVALID', message: first.message } : clean;
  }
  if (column.type === 'yuan') {
    if (!/^\d{1,8}$/.test(value) || Number(value) < 1 || Number(value) > 10_000_000) return problem('INVALID', M.yuanAmount);
    return Number(value);
  }
  return value;
}

/** How a value may be shown back to the person who uploaded it: ID numbers and phones masked, long text cut. */
export function echo(column: Column, value: string | number | null): string | null {
  if (value === null) return null;
  const text = String(value);
  if (column.type === 'residentId') return maskResidentId(text);
  if (column.type === 'phone') return maskPhone(text);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
