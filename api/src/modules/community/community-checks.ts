import { FieldErrors, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { isIsoDate } from '../../core/validation.js';
import { isUuid } from './community-access.js';

/** Field checks of the community forms; each adds a bilingual, field-level error and returns the cleaned value. */


// PostgreSQL refuses U+0000 in text, and a lone surrogate is not valid UTF-8: refuse both here
// rather than let them reach the database as an internal error.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function lengthOf(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function optionalText(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw.length > max * 2 + 100 || UNSTORABLE.test(raw)) {
    if (UNSTORABLE.test(raw)) errors.add(field, UserErrorCode.INVALID, `${label.zh}含有无法保存的字符。`, `The ${label.en} contains characters that cannot be stored.`);
    else errors.add(field, UserErrorCode.TOO_LONG, `${label.zh}最多 ${max} 个字。`, `The ${label.en} can have at most ${max} characters.`);
    return null;
  }
  const text = raw.trim();
  if (!text) return null;
  if (lengthOf(text) > max) errors.add(field, UserErrorCode.TOO_LONG, `${label.zh}最多 ${max} 个字。`, `The ${label.en} can have at most ${max} characters.`);
  return text;
}

export function requiredText(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText, max: number): string {
  const before = errors.has(field);
  const text = optionalText(errors, field, raw, label, max);
  if (text === null && !before && !errors.has(field)) errors.add(field, UserErrorCode.REQUIRED, `请填写${label.zh}。`, `Please enter the ${label.en}.`);
  return text ?? '';
}

export function requiredDate(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText): string {
  const value = (raw ?? '').trim();
  if (!value) errors.add(field, UserErrorCode.REQUIRED, `请填写${label.zh}。`, `Please enter the ${label.en}.`);
  else if (!isIsoDate(value)) errors.add(field, UserErrorCode.INVALID, `${label.zh}应为 YYYY-MM-DD 格式的日期。`, `The ${label.en} must be a date like 2026-06-30.`);
  return value;
}

export function intInRange(errors: FieldErrors, field: string, value: number | null | undefined, label: LocalisedText, min: number, max: number): number {
  if (value === null || value === undefined) {
    errors.add(field, UserErrorCode.REQUIRED, `请填写${label.zh}。`, `Please enter the ${label.en}.`);
    return 0;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.add(field, UserErrorCode.OUT_OF_RANGE, `${label.zh}应在 ${min} 到 ${max} 之间。`, `The ${label.en} must be from ${min} to ${max}.`);
  }
  return value;
}

/** A record id given in an input: null (with a field error) when it cannot be one. */
export function idOf(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText): string | null {
  if (raw === null || raw === undefined || raw === '') {
    errors.add(field, UserErrorCode.REQUIRED, `请选择${label.zh}。`, `Choose the ${label.en}.`);
    return null;
  }
  if (!isUuid(raw)) {
    errors.add(field, UserErrorCode.NOT_FOUND, `所选${label.zh}不存在。`, `The chosen ${label.en} does not exist.`);
    return null;
  }
  return raw.toLowerCase();
}

/** Years between two YYYY-MM-DD dates' years. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
