// The questions of an application form, as data (issue 17 item 1): what each policy's form asks,
// stored with the form's versions. The server checks every answer from this definition and the
// web renders the form from the same one, so the two cannot disagree.
import { Extensions, Field, InputType, Int, ObjectType } from 'type-graphql';
import { FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { registerBilingualEnum } from '../../core/graphql/enums.js';
import { TextKind } from '../../core/text-limits.js';
import { isIsoDate } from '../../core/validation.js';

export enum QuestionKind {
  TEXT = 'TEXT',
  LONG_TEXT = 'LONG_TEXT',
  NUMBER = 'NUMBER',
  MONEY = 'MONEY',
  DATE = 'DATE',
  MONTH = 'MONTH',
  CHOICE = 'CHOICE',
  YES_NO = 'YES_NO',
}

export const QUESTION_KIND_NAMES: Record<QuestionKind, { zh: string; en: string }> = {
  TEXT: { zh: '一行文字', en: 'One line of text' },
  LONG_TEXT: { zh: '多行文字', en: 'Several lines of text' },
  NUMBER: { zh: '整数（可设范围）', en: 'Whole number (with a range)' },
  MONEY: { zh: '金额（元，整数，可设范围）', en: 'Amount of money (whole yuan, with a range)' },
  DATE: { zh: '日期（YYYY-MM-DD）', en: 'Date (YYYY-MM-DD)' },
  MONTH: { zh: '月份（YYYY-MM）', en: 'Month (YYYY-MM)' },
  CHOICE: { zh: '单选（从选项中选一项）', en: 'Choice (one of the options)' },
  YES_NO: { zh: '是或否', en: 'Yes or no' },
};

registerBilingualEnum(QuestionKind, 'QuestionKind', '申请表问题的类型，决定怎样填写和检查 / Kind of an application question: how it is answered and checked', QUESTION_KIND_NAMES);

/** The values a YES_NO answer takes. */
export const YES_NO_VALUES = ['YES', 'NO'] as const;

/** Limits of a form definition (checked when an administrator saves one). */
export const FORM_LIMITS = { questions: 40, options: 30, label: 200, help: 1000, answer: 2000, range: 2_000_000_000 } as const;
const KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const OPTION_VALUE = /^[A-Za-z0-9_-]{1,40}$/;
const NUMERIC_KINDS: readonly QuestionKind[] = [QuestionKind.NUMBER, QuestionKind.MONEY];

@ObjectType('QuestionOption', { description: '单选题的一个选项 / One option of a choice question' })
@InputType('QuestionOptionInput', { description: '单选题的一个选项 / One option of a choice question' })
export class QuestionOption {
  @Field({ description: '保存的值（字母、数字、下划线或连字符）/ The value stored (letters, digits, underscores or hyphens)' })
  value!: string;

  @Extensions({ textKind: TextKind.TITLE })
  @Field({ description: '选项文字（中文）/ Option text (Chinese)' })
  labelZh!: string;

  @Extensions({ textKind: TextKind.TITLE })
  @Field({ description: '选项文字（英文）/ Option text (English)' })
  labelEn!: string;
}

// One set of fields for both: the input type, and the object type FormQuestion that extends it
// which adds `label` and `help` in the reader's language through FormQuestionResolver.
@ObjectType({ description: '申请表问题的字段（基类，不单独出现在结构中）/ Fields of a form question (base class, not in the schema by itself)' })
@InputType('FormQuestionInput', { description: '申请表中的一个问题 / One question of an application form' })
export class FormQuestionInput {
  @Field({ description: '问题代码，回答按此保存（字母开头，字母、数字或下划线）/ Question key; the answer is stored under it (a letter, then letters, digits or underscores)' })
  key!: string;

  @Field(() => QuestionKind, { description: '类型 / Kind' })
  kind!: QuestionKind;

  @Extensions({ textKind: TextKind.TITLE })
  @Field({ description: '问题（中文）/ The question (Chinese)' })
  labelZh!: string;

  @Extensions({ textKind: TextKind.TITLE })
  @Field({ description: '问题（英文）/ The question (English)' })
  labelEn!: string;

  @Extensions({ textKind: TextKind.TEXT })
  @Field(() => String, { nullable: true, description: '填写说明（中文）/ Help (Chinese)' })
  helpZh?: string | null;

  @Extensions({ textKind: TextKind.TEXT })
  @Field(() => String, { nullable: true, description: '填写说明（英文）/ Help (English)' })
  helpEn?: string | null;

  @Field({ description: '提交申请时必须回答 / An answer is needed to submit' })
  required!: boolean;

  @Field(() => [QuestionOption], { nullable: true, description: '单选题的选项；其他类型为空 / Options of a choice question; null for other kinds' })
  options?: QuestionOption[] | null;

  @Field(() => Int, { nullable: true, description: '整数或金额的最小值 / Least value of a number or amount' })
  min?: number | null;

  @Field(() => Int, { nullable: true, description: '整数或金额的最大值 / Greatest value of a number or amount' })
  max?: number | null;
}

/** The same fields as read; `label` and `help` in the reader's language come from FormQuestionResolver. */
@ObjectType('FormQuestion', { description: '申请表中的一个问题 / One question of an application form' })
export class FormQuestion extends FormQuestionInput {}

/** A question as stored (jsonb): no class instance, no undefined. */
export interface StoredQuestion {
  key: string;
  kind: QuestionKind;
  labelZh: string;
  labelEn: string;
  helpZh: string | null;
  helpEn: string | null;
  required: boolean;
  options: { value: string; labelZh: string; labelEn: string }[] | null;
  min: number | null;
  max: number | null;
}

const trimmed = (value: string | null | undefined): string => (value ?? '').trim();
const WHOLE = /^-?\d{1,10}$/;

/**
 * Checks one answer against its question; adds a field error on `input.answers.<key>` and
 * returns false when it does not fit. An empty answer is "not given" (see `checkAnswersAgainst`).
 */
function answerFits(errors: FieldErrors, q: StoredQuestion, value: string): boolean {
  const field = `input.answers.${q.key}`;
  switch (q.kind) {
    case QuestionKind.TEXT:
      if (/[\r\n]/.test(value)) {
        errors.add(field, UserErrorCode.INVALID, `「${q.labelZh}」只填一行。`, `"${q.labelEn}" takes one line.`);
        return false;
      }
      return true;
    case QuestionKind.LONG_TEXT:
      return true;
    case QuestionKind.NUMBER:
    case QuestionKind.MONEY: {
      const min = q.min ?? (q.kind === QuestionKind.MONEY ? 0 : -FORM_LIMITS.range);
      const max = q.max ?? FORM_LIMITS.range;
      if (WHOLE.test(value) && Number(value) >= min && Number(value) <= max) return true;
      const unit = q.kind === QuestionKind.MONEY ? { zh: '元，', en: ' of yuan' } : { zh: '', en: '' };
      errors.add(field, UserErrorCode.INVALID,
        `「${q.labelZh}」请只填数字（${unit.zh}${min} 到 ${max} 的整数），不要加单位或文字。`,
        `"${q.labelEn}" is a whole number${unit.en} from ${min} to ${max}: digits only, without units or words.`);
      return false;
    }
    case QuestionKind.DATE:
      if (isIsoDate(value)) return true;
      errors.add(field, UserErrorCode.INVALID, `「${q.labelZh}」应为日期，如 2027-03-01。`, `"${q.labelEn}" is a date like 2027-03-01.`);
      return false;
    case QuestionKind.MONTH:
      if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
      errors.add(field, UserErrorCode.INVALID, `「${q.labelZh}」应为月份，如 2027-03。`, `"${q.labelEn}" is a month like 2027-03.`);
      return false;
    case QuestionKind.CHOICE:
      if ((q.options ?? []).some((o) => o.value === value)) return true;
      errors.add(field, UserErrorCode.INVALID,
        `「${q.labelZh}」应为：${(q.options ?? []).map((o) => o.labelZh).join('、')}。`,
        `"${q.labelEn}" must be one of: ${(q.options ?? []).map((o) => o.labelEn).join(', ')}.`);
      return false;
    case QuestionKind.YES_NO:
      if ((YES_NO_VALUES as readonly string[]).includes(value)) return true;
      errors.add(field, UserErrorCode.INVALID, `「${q.labelZh}」请选择"是"或"否"。`, `"${q.labelEn}" is yes or no.`);
      return false;
  }
}

/**
 * The answers of an application checked against the questions of its form version. Every key
 * must be a question of the form; every answer must fit its question's kind, range and options
 * and be at most 2,000 characters without control characters other than line breaks. With
 * `submitting`, required questions must be answered. Empty answers are dropped. Returns the
 * answers to store (trimmed), only meaningful when no error was added.
 */
export function checkAnswersAgainst(errors: FieldErrors, questions: readonly StoredQuestion[], answers: Readonly<Record<string, unknown>> | null | undefined, submitting: boolean): Record<string, string> {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const out: Record<string, string> = {};
  const entries = Object.entries(answers ?? {});
  if (entries.length > FORM_LIMITS.questions + 10) {
    errors.add('input.answers', UserErrorCode.TOO_LONG, '回答项过多。', 'Too many answers.');
    return out;
  }
  for (const [key, raw] of entries) {
    const q = byKey.get(key);
    const field = KEY.test(key) ? `input.answers.${key}` : 'input.answers';
    if (!q) {
      errors.add(field, UserErrorCode.INVALID, '申请表中没有这一项，不能保存。', 'The form has no such question; it cannot be saved.');
      continue;
    }
    if (typeof raw !== 'string') {
      errors.add(field, UserErrorCode.INVALID, '回答应为文字。', 'An answer is text.');
      continue;
    }
     
    if (raw.length > FORM_LIMITS.answer || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(raw)) {
      errors.add(field, raw.length > FORM_LIMITS.answer ? UserErrorCode.TOO_LONG : UserErrorCode.INVALID,
        `「${q.labelZh}」最多 ${FORM_LIMITS.answer} 个字，不能含控制字符。`, `"${q.labelEn}" has at most ${FORM_LIMITS.answer} characters and no control characters.`);
      continue;
    }
    const value = raw.trim();
    if (value === '') continue;
    if (answerFits(errors, q, value)) out[key] = value;
  }
  if (submitting) {
    for (const q of questions) {
      if (q.required && !out[q.key] && !errors.has(`input.answers.${q.key}`)) {
        errors.add(`input.answers.${q.key}`, UserErrorCode.REQUIRED,
          `请回答「${q.labelZh}」，提交申请时必须有。`, `Answer "${q.labelEn}": the application cannot be submitted without it.`);
      }
    }
  }
  return out;
}

/**
 * An administrator's questions checked before they are stored: keys well formed and unique,
 * labels in both languages, options only (and at least two) for a choice, a range only for
 * numbers and amounts, with min ≤ max. Field paths like `input.questions.2.labelZh`.
 */
export function checkQuestionDefinitions(errors: FieldErrors, field: string, questions: readonly FormQuestionInput[]): StoredQuestion[] {
  if (questions.length > FORM_LIMITS.questions) {
    errors.add(field, UserErrorCode.TOO_LONG, `一份申请表最多 ${FORM_LIMITS.questions} 个问题。`, `A form has at most ${FORM_LIMITS.questions} questions.`);
    return [];
  }
  const seen = new Set<string>();
  return questions.map((q, i) => {
    const at = `${field}.${i}`;
    const key = trimmed(q.key);
    if (!KEY.test(key)) errors.add(`${at}.key`, UserErrorCode.INVALID, '问题代码以字母开头，只含字母、数字或下划线，最多 40 位。', 'A question key starts with a letter and has letters, digits or underscores, at most 40.');
    else if (seen.has(key)) errors.add(`${at}.key`, UserErrorCode.DUPLICATE, `问题代码 ${key} 重复。`, `The question key ${key} is used twice.`);
    seen.add(key);
    const label = (lang: 'Zh' | 'En', raw: string | null | undefined, max: number, required: boolean): string | null => {
      const text = trimmed(raw);
      const name = lang === 'Zh' ? '中文' : '英文';
      if (!text) {
        if (required) errors.add(`${at}.label${lang}`, UserErrorCode.REQUIRED, `请填写问题的${name}。`, `Enter the question in ${lang === 'Zh' ? 'Chinese' : 'English'}.`);
        return null;
      }
      if (text.length > max) errors.add(`${at}.${required ? 'label' : 'help'}${lang}`, UserErrorCode.TOO_LONG, `最多 ${max} 个字。`, `At most ${max} characters.`);
      return text;
    };
    const labelZh = label('Zh', q.labelZh, FORM_LIMITS.label, true) ?? '';
    const labelEn = label('En', q.labelEn, FORM_LIMITS.label, true) ?? '';
    const helpZh = label('Zh', q.helpZh, FORM_LIMITS.help, false);
    const helpEn = label('En', q.helpEn, FORM_LIMITS.help, false);
    let options: StoredQuestion['options'] = null;
    if (q.kind === QuestionKind.CHOICE) {
      const given = q.options ?? [];
      if (given.length < 2 || given.length > FORM_LIMITS.options) {
        errors.add(`${at}.options`, UserErrorCode.INVALID, `单选题需要 2 到 ${FORM_LIMITS.options} 个选项。`, `A choice question needs 2 to ${FORM_LIMITS.options} options.`);
      }
      const values = new Set<string>();
      options = given.map((o, j) => {
        const value = trimmed(o.value);
        if (!OPTION_VALUE.test(value)) errors.add(`${at}.options.${j}.value`, UserErrorCode.INVALID, '选项的值只含字母、数字、下划线或连字符，最多 40 位。', 'An option value has letters, digits, underscores or hyphens, at most 40.');
        else if (values.has(value)) errors.add(`${at}.options.${j}.value`, UserErrorCode.DUPLICATE, `选项的值 ${value} 重复。`, `The option value ${value} is used twice.`);
        values.add(value);
        const zh = trimmed(o.labelZh);
        const en = trimmed(o.labelEn);
        if (!zh || !en) errors.add(`${at}.options.${j}.label`, UserErrorCode.REQUIRED, '请填写选项的中英文文字。', 'Enter the option\'s text in Chinese and English.');
        else if (zh.length > FORM_LIMITS.label || en.length > FORM_LIMITS.label) errors.add(`${at}.options.${j}.label`, UserErrorCode.TOO_LONG, `选项文字最多 ${FORM_LIMITS.label} 个字。`, `Option text has at most ${FORM_LIMITS.label} characters.`);
        return { value, labelZh: zh, labelEn: en };
      });
    } else if (q.options && q.options.length > 0) {
      errors.add(`${at}.options`, UserErrorCode.INVALID, '只有单选题有选项。', 'Only a choice question has options.');
    }
    const numeric = NUMERIC_KINDS.includes(q.kind);
    const min = q.min ?? null;
    const max = q.max ?? null;
    if (!numeric && (min !== null || max !== null)) errors.add(`${at}.min`, UserErrorCode.INVALID, '只有整数和金额可设范围。', 'Only numbers and amounts have a range.');
    if (numeric) {
      for (const [name, v] of [['min', min], ['max', max]] as const) {
        if (v !== null && (!Number.isSafeInteger(v) || Math.abs(v) > FORM_LIMITS.range || (q.kind === QuestionKind.MONEY && v < 0))) {
          errors.add(`${at}.${name}`, UserErrorCode.OUT_OF_RANGE, '范围应为整数（金额不能为负）。', 'A bound is a whole number (not negative for money).');
        }
      }
      if (min !== null && max !== null && min > max) errors.add(`${at}.max`, UserErrorCode.OUT_OF_RANGE, '最大值不能小于最小值。', 'The greatest value cannot be below the least.');
    }
    return { key, kind: q.kind, labelZh, labelEn, helpZh, helpEn, required: q.required, options, min: numeric ? min : null, max: numeric ? max : null };
  });
}
