import { FieldErrors, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { isIsoDate } from '../../core/validation.js';
import { isUuid } from './community-access.js';
import { COMMUNITY_MESSAGES as M } from './community.messages.js';

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
    if (UNSTORABLE.test(raw)) errors.addText(field, UserErrorCode.INVALID, M.unstorable(label));
    else errors.addText(field, UserErrorCode.TOO_LONG, M.tooLong(label, max));
    return null;
  }
  const text = raw.trim();
  if (!text) return null;
  if (lengthOf(text) > max) errors.addText(field, UserErrorCode.TOO_LONG, M.tooLong(label, max));
  return text;
}

export function requiredText(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText, max: number): string {
  const before = errors.has(field);
  const text = optionalText(errors, field, raw, label, max);
  if (text === null && !before && !errors.has(field)) errors.addText(field, UserErrorCode.REQUIRED, M.missing(label));
  return text ?? '';
}

export function requiredDate(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText): string {
  const value = (raw ?? '').trim();
  if (!value) errors.addText(field, UserErrorCode.REQUIRED, M.missing(label));
  else if (!isIsoDate(value)) errors.addText(field, UserErrorCode.INVALID, M.notADate(label));
  return value;
}

export function intInRange(errors: FieldErrors, field: string, value: number | null | undefined, label: LocalisedText, min: number, max: number): number {
  if (value === null || value === undefined) {
    errors.addText(field, UserErrorCode.REQUIRED, M.missing(label));
    return 0;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.addText(field, UserErrorCode.OUT_OF_RANGE, M.outOfRange(label, min, max));
  }
  return value;
}

/** A record id given in an input: null (with a field error) when it cannot be one. */
export function idOf(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText): string | null {
  if (raw === null || raw === undefined || raw === '') {
    errors.addText(field, UserErrorCode.REQUIRED, M.notChosen(label));
    return null;
  }
  if (!isUuid(raw)) {
    errors.addText(field, UserErrorCode.NOT_FOUND, M.chosenNotFound(label));
    return null;
  }
  return raw.toLowerCase();
}

/** Years between two YYYY-MM-DD dates' years. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
