import { FieldErrors, UserErrorCode, type LocalisedText } from './errors/domain-error.js';
import { parseUuid } from './ids.js';
import { isIsoDate } from './validation.js';

/**
 * Field checks for free text a service stores, each adding a bilingual, field-level error and
 * returning the cleaned (trimmed) value. Lengths count characters (code points, as PostgreSQL's
 * varchar does), so 60 Chinese characters are 60, not 120.
 */


// PostgreSQL refuses U+0000 in text, and a lone surrogate is not valid UTF-8: refused here rather
// than reaching the database as an internal error.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Control characters other than tab and line breaks (which only multi-line text keeps).
const CONTROLS_MULTILINE = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROLS_ONE_LINE = /[\u0001-\u001F\u007F\u2028\u2029]/;

/** The checks' words, which modules with checks of their own use too (one wording for each). */
export const TEXT_FIELD_MESSAGES = {
  missing: (label: LocalisedText): LocalisedText => ({ zh: `请填写${label.zh}。`, en: `Please enter the ${label.en}.` }),
  tooLong: (label: LocalisedText, max: number): LocalisedText => ({ zh: `${label.zh}最多 ${max} 个字。`, en: `The ${label.en} can have at most ${max} characters.` }),
  /** Multi-line text keeps its line breaks, so only one-line fields mention them. */
  unstorable: (label: LocalisedText, multiline: boolean): LocalisedText => ({
    zh: `${label.zh}含有无法保存的字符${multiline ? '' : '（或换行）'}。`,
    en: `The ${label.en} contains characters that cannot be stored${multiline ? '' : ' (or a line break)'}.`,
  }),
  notADate: (label: LocalisedText): LocalisedText => ({ zh: `${label.zh}应为 YYYY-MM-DD 格式的日期，如 2027-06-30。`, en: `The ${label.en} must be a date like 2027-06-30.` }),
} as const;

export function characters(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export interface TextRule {
  max: number;
  /** Line breaks allowed (descriptions, notes); one-line fields refuse them. */
  multiline?: boolean;
}

export function optionalText(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText, rule: TextRule): string | null {
  if (raw === null || raw === undefined) return null;
  // Cheap refusal of huge values before any per-character work.
  if (raw.length > rule.max * 2 + 200) {
    errors.addText(field, UserErrorCode.TOO_LONG, TEXT_FIELD_MESSAGES.tooLong(label, rule.max));
    return null;
  }
  if (UNSTORABLE.test(raw) || (rule.multiline ? CONTROLS_MULTILINE : CONTROLS_ONE_LINE).test(raw)) {
    errors.addText(field, UserErrorCode.INVALID, TEXT_FIELD_MESSAGES.unstorable(label, rule.multiline === true));
    return null;
  }
  const text = raw.trim();
  if (!text) return null;
  if (characters(text) > rule.max) {
    errors.addText(field, UserErrorCode.TOO_LONG, TEXT_FIELD_MESSAGES.tooLong(label, rule.max));
  }
  return text;
}

export function requiredText(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText, rule: TextRule): string {
  const before = errors.has(field);
  const text = optionalText(errors, field, raw, label, rule);
  if (text === null && !before && !errors.has(field)) errors.addText(field, UserErrorCode.REQUIRED, TEXT_FIELD_MESSAGES.missing(label));
  return text ?? '';
}

/** A YYYY-MM-DD date, or null when blank. */
export function optionalDate(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  if (value.length > 10 || !isIsoDate(value)) {
    errors.addText(field, UserErrorCode.INVALID, TEXT_FIELD_MESSAGES.notADate(label));
    return null;
  }
  return value;
}

/** A record id from an input: null when it cannot be one (the caller says "not found", as for a missing row). */
export const idOrNull = parseUuid;
