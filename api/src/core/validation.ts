import { FieldErrors, UserErrorCode, type LocalisedText } from './errors/domain-error.js';
import { isValidPhone, normalisePhone } from './privacy/masking.js';
import { normaliseResidentId, residentIdProblem } from './privacy/resident-id.js';

/** Shared field checks; each adds a bilingual, field-level error and returns the cleaned value. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function checkEmail(errors: FieldErrors, field: string, raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!email) errors.add(field, UserErrorCode.REQUIRED, '请填写邮箱。', 'Please enter your email.');
  else if (email.length > 254 || !EMAIL.test(email)) {
    errors.add(field, UserErrorCode.INVALID, '邮箱格式不正确，例如 name@example.com。', 'That is not an email address, e.g. name@example.com.');
  }
  return email;
}

export const PASSWORD_MIN = 10;

export function checkNewPassword(errors: FieldErrors, field: string, password: string): void {
  if (password.length < PASSWORD_MIN) {
    errors.add(field, UserErrorCode.TOO_SHORT, `密码至少 ${PASSWORD_MIN} 个字符。`, `The password needs at least ${PASSWORD_MIN} characters.`);
  } else if (password.length > 200) {
    errors.add(field, UserErrorCode.TOO_LONG, '密码最多 200 个字符。', 'The password can have at most 200 characters.');
  }
}

export function checkText(errors: FieldErrors, field: string, raw: string, label: LocalisedText, max = 50): string {
  const text = raw.trim();
  if (!text) errors.add(field, UserErrorCode.REQUIRED, `请填写${label.zh}。`, `Please enter the ${label.en}.`);
  else if (text.length > max) {
    errors.add(field, UserErrorCode.TOO_LONG, `${label.zh}最多 ${max} 个字。`, `The ${label.en} can have at most ${max} characters.`);
  }
  return text;
}

/** Returns the normalised ID number (or null when blank). */
export function checkResidentId(errors: FieldErrors, field: string, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const id = normaliseResidentId(raw);
  switch (residentIdProblem(id)) {
    case 'FORMAT':
      errors.add(field, UserErrorCode.INVALID, '身份证号码应为 18 位：17 位数字加 1 位数字或 X。', 'A resident ID number has 18 characters: 17 digits, then a digit or X.');
      break;
    case 'BIRTH_DATE':
      errors.add(field, UserErrorCode.INVALID, '身份证号码中的出生日期（第 7–14 位）不是有效日期。', 'The birth date in the ID number (characters 7–14) is not a real date.');
      break;
    case 'CHECK_DIGIT':
      errors.add(field, UserErrorCode.INVALID, '身份证号码校验位不正确，请核对是否输错。', 'The ID number\'s check digit does not match; please check for a typo.');
      break;
  }
  return id;
}

export function checkPhone(errors: FieldErrors, field: string, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  if (!isValidPhone(raw)) {
    errors.add(field, UserErrorCode.INVALID, '手机号码应为 11 位，以 1 开头。', 'A mobile number has 11 digits and starts with 1.');
  }
  return normalisePhone(raw);
}

/**
 * Bank account numbers (personal cards 16–19 digits, company accounts 12–25): spaces and
 * hyphens are dropped. Returns the digits, or null when blank. The value is never echoed.
 */
export function checkBankAccount(errors: FieldErrors, field: string, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const digits = raw.replace(/[\s-]/g, '');
  if (!/^\d{12,25}$/.test(digits)) {
    errors.add(field, UserErrorCode.INVALID, '银行账号应为 12–25 位数字。', 'A bank account number has 12 to 25 digits.');
  }
  return digits;
}

/** A real calendar date written as YYYY-MM-DD. */
export function isIsoDate(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(raw);
}
