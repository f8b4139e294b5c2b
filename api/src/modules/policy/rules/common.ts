// Shapes and helpers shared by the policy evaluators. Everything here is pure: no database,
// no GraphQL, no clock (callers pass `asOf`).
import type { LocalisedText } from '../../../core/errors/domain-error.js';

// The platform's one bilingual text type; the rules import it from here with their other shapes.
export type { LocalisedText };

/** Confidence tags of POLICY.md; stored with each rule version so reviewers see what to verify. */
export type ConfidenceTag = 'V-official' | 'V' | 'V-1' | 'INF' | 'CONFLICT' | 'UNKNOWN';

/** Where a rule value comes from, and how sure we are of it. */
export interface Provenance {
  tag: ConfidenceTag;
  note: string;
}

/** Legal basis and provenance carried by every indicator in rule data. */
export interface RuleBasis {
  legalBasis: string;
  provenance: Provenance[];
}

/** One bar of a score breakdown. */
export interface ScoreItem<Indicator extends string = string> {
  indicator: Indicator;
  points: number;
  explanation: LocalisedText;
  legalBasis: string;
  /** The indicator depends on a value POLICY.md marks `unknown` that no administrator has entered yet. */
  notConfigured?: boolean;
}

export type FieldErrorCode =
  | 'REQUIRED'
  | 'NOT_A_NUMBER'
  | 'NOT_AN_INTEGER'
  | 'OUT_OF_RANGE'
  | 'NOT_A_BOOLEAN'
  | 'INVALID_OPTION'
  | 'INVALID_DATE'
  /** Each answer is possible on its own, but not together with another answer. */
  | 'CONTRADICTS';

/** A problem the user can fix, reported per field (STYLE.md pattern 4). */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: LocalisedText;
}

/** Thrown when an evaluator is called without validating first: never compute a score from bad input. */
export class PolicyInputError extends Error {
  readonly code = 'POLICY_INPUT_INVALID';

  constructor(readonly errors: FieldError[]) {
    super(`Invalid policy input: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`);
    this.name = 'PolicyInputError';
  }
}

/** POLICY.md "How the platform should use this", rule 4: every result says the official decision governs. */
export const OFFICIAL_SCORE_NOTICE: LocalisedText = {
  zh: '本结果为估算，仅供参考；以上海市居住证积分管理信息系统的分值和区人社等审核部门的决定为准。',
  en: 'This is an estimate only. The score in the Shanghai residence-permit points system and the decisions of the district human-resources bureau and other reviewing bodies are authoritative.',
};

export const PRELIMINARY_CHECK_NOTICE: LocalisedText = {
  zh: '本结果为初步判断，仅供参考；是否符合条件以区人社等审核部门的审核结果为准。',
  en: 'This is a preliminary check only. Whether you qualify is decided by the district human-resources bureau and other reviewing bodies.',
};

export function assertValid(errors: FieldError[]): void {
  if (errors.length > 0) throw new PolicyInputError(errors);
}

interface NumberSpec {
  label: LocalisedText;
  min: number;
  max: number;
  integer: boolean;
  required?: boolean;
}

/** GraphQL passes null for omitted optional fields; both mean "not given". */
function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function required(field: string, label: LocalisedText): FieldError {
  return { field, code: 'REQUIRED', message: { zh: `请填写${label.zh}`, en: `${label.en} is required` } };
}

export function checkNumber(errors: FieldError[], field: string, value: unknown, spec: NumberSpec): void {
  const { label, min, max } = spec;
  if (isAbsent(value)) {
    if (spec.required) errors.push(required(field, label));
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ field, code: 'NOT_A_NUMBER', message: { zh: `${label.zh}须为数字`, en: `${label.en} must be a number` } });
  } else if (spec.integer && !Number.isInteger(value)) {
    errors.push({
      field,
      code: 'NOT_AN_INTEGER',
      message: { zh: `${label.zh}须为整数`, en: `${label.en} must be a whole number` },
    });
  } else if (value < min || value > max) {
    errors.push({
      field,
      code: 'OUT_OF_RANGE',
      message: { zh: `${label.zh}须在 ${min} 至 ${max} 之间`, en: `${label.en} must be between ${min} and ${max}` },
    });
  }
}

export function checkBoolean(errors: FieldError[], field: string, value: unknown, label: LocalisedText): void {
  if (isAbsent(value) || typeof value === 'boolean') return;
  errors.push({ field, code: 'NOT_A_BOOLEAN', message: { zh: `${label.zh}须为是或否`, en: `${label.en} must be yes or no` } });
}

export function checkOption(
  errors: FieldError[],
  field: string,
  value: unknown,
  options: readonly string[],
  label: LocalisedText,
  isRequired = false,
): void {
  if (isAbsent(value)) {
    if (isRequired) errors.push(required(field, label));
    return;
  }
  if (typeof value === 'string' && options.includes(value)) return;
  errors.push({
    field,
    code: 'INVALID_OPTION',
    message: { zh: `${label.zh}的选项无效`, en: `${label.en} is not one of the allowed options` },
  });
}


/** 万元 amounts spelled out for English readers: 10 → "100,000". */
export function yuanFromWan(wan: number): string {
  return (wan * 10_000).toLocaleString('en-US');
}

/** Points lost to a deduction; written as 0 − x so that zero occurrences give 0, not −0. */
export function deduction(count: number, pointsEach: number): number {
  return 0 - count * pointsEach;
}
