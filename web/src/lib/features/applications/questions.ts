/**
 * The questions the apply wizard asks, by policy. The API stores answers as free key/value
 * pairs and does not (yet) say which questions a policy asks, so they are listed here. A question
 * is marked required only where the server refuses a submission without it (a flat's layout and
 * move-in month), and number questions carry the range the server accepts: labels and checks here
 * must say what the server enforces.
 */
import type { Problem } from '$lib/errors';
import { isMessageKey, t, type MessageKey } from '$lib/i18n';

export interface Question {
  readonly key: string;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  readonly type: 'text' | 'number' | 'date' | 'month' | 'textarea' | 'select';
  /** With `select`: the values the server accepts and their words. */
  readonly options?: readonly { readonly value: string; readonly label: MessageKey }[];
  /** The server refuses to submit without it. */
  readonly required?: boolean;
  /** With `number`: whole numbers in this range (the server's own bounds). */
  readonly range?: readonly [number, number];
}

const NOTE: Question = { key: 'note', label: 'applications.q.note', hint: 'applications.q.noteHint', type: 'textarea' };

const BY_POLICY: Readonly<Record<string, readonly Question[]>> = {
  'housing-subsidy': [
    { key: 'monthlyRent', label: 'applications.q.monthlyRent', type: 'number', range: [1, 1_000_000] },
    { key: 'rentalAddress', label: 'applications.q.rentalAddress', type: 'text' },
    NOTE,
  ],
  'key-talent-incentive': [
    { key: 'keyPost', label: 'applications.q.keyPost', type: 'textarea' },
    { key: 'previousYearIncomeYuan', label: 'applications.q.previousYearIncomeYuan', type: 'number', range: [0, 1_000_000_000] },
    NOTE,
  ],
  // The apartments module queues an approved application by layout and move-in month (both
  // checked on submission); the reviewer checks the subsidy category.
  'talent-apartment': [
    {
      key: 'layout', label: 'apartments.q.layout', hint: 'apartments.q.layoutHint', type: 'select', required: true,
      options: (['STUDIO', 'ONE_BEDROOM', 'TWO_BEDROOM', 'THREE_BEDROOM'] as const).map((l) => ({ value: l, label: `apartments.layout.${l}` as const })),
    },
    { key: 'moveInMonth', label: 'apartments.q.moveInMonth', hint: 'apartments.q.moveInMonthHint', type: 'month', required: true },
    {
      key: 'subsidyCategory', label: 'apartments.q.subsidyCategory', hint: 'apartments.q.subsidyCategoryHint', type: 'select',
      options: (['STANDARD', 'OVERSEAS_EXCELLENT'] as const).map((c) => ({ value: c, label: `apartments.category.${c}` as const })),
    },
    { key: 'householdSize', label: 'applications.q.householdSize', type: 'number', range: [1, 10] },
    NOTE,
  ],
  'cadre-training': [{ key: 'statement', label: 'applications.q.statement', type: 'textarea' }, NOTE],
};

/** Every answer key the wizard may send, so the server's errors on them land beside their field. */
export const ANSWER_KEYS: readonly string[] = [...new Set(Object.values(BY_POLICY).flat().map((q) => q.key))];

/**
 * What the wizard can tell before asking the server: a required question left empty, a number
 * question that is not a whole number in its range. Problems by answer key, in words that say
 * what to do.
 */
export function answerProblems(questions: readonly Question[], answers: Readonly<Record<string, string>>): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const q of questions) {
    const value = (answers[q.key] ?? '').trim();
    if (!value) {
      if (q.required) problems[q.key] = { code: 'REQUIRED', key: q.type === 'select' ? 'applications.q.choose' : 'applications.q.fillIn' };
      continue;
    }
    if (q.range && !(/^\d{1,12}$/.test(value) && Number(value) >= q.range[0] && Number(value) <= q.range[1])) {
      problems[q.key] = { code: 'INVALID', key: 'applications.q.wholeNumber', params: { min: q.range[0], max: q.range[1] } };
    }
  }
  return problems;
}

export function questionsFor(policyCode: string): readonly Question[] {
  return BY_POLICY[policyCode] ?? [NOTE];
}

/** The label of an answer's key, wherever it came from. */
export function answerLabel(key: string): string {
  const label = `applications.q.${key}`;
  return isMessageKey(label) ? t(label) : t('applications.answerUnknown', { key });
}
