/**
 * The questions of an application form come from the server (`ApplicationForm.questions`, the
 * form's data, issue 17): the wizard, the walk-in page and the administrator's preview render
 * them from here, and the checks below say before sending what the server will refuse (a
 * required question left empty, a number out of its range, an option it does not list). The
 * server checks the same definition again on every save and on submission.
 */
import type { Problem } from '$lib/errors';
import type { FormQuestionFieldsFragment, QuestionKind } from '$lib/graphql/generated/graphql';
import { locale, t } from '$lib/i18n';

export type Question = FormQuestionFieldsFragment;

const zhOrEn = (zh: string | null | undefined, en: string | null | undefined): string =>
  (locale.current === 'en' ? en || zh : zh || en) ?? '';

export const questionLabel = (q: Pick<Question, 'labelZh' | 'labelEn'>): string => zhOrEn(q.labelZh, q.labelEn);
export const questionHelp = (q: Pick<Question, 'helpZh' | 'helpEn'>): string | undefined => zhOrEn(q.helpZh, q.helpEn) || undefined;

const INPUT_TYPES: Record<QuestionKind, 'text' | 'textarea' | 'number' | 'date' | 'month' | 'select'> = {
  TEXT: 'text', LONG_TEXT: 'textarea', NUMBER: 'number', MONEY: 'number', DATE: 'date', MONTH: 'month', CHOICE: 'select', YES_NO: 'select',
};

/** The kind of field a question is answered in. */
export const inputType = (q: Pick<Question, 'kind'>) => INPUT_TYPES[q.kind];

/** The choices of a choice or yes/no question, in the reader's language. */
export function optionsOf(q: Pick<Question, 'kind' | 'options'>): { value: string; label: string }[] | undefined {
  if (q.kind === 'YES_NO') return [{ value: 'YES', label: t('applications.q.yes') }, { value: 'NO', label: t('applications.q.no') }];
  return q.options?.map((o) => ({ value: o.value, label: zhOrEn(o.labelZh, o.labelEn) }));
}

/** What the form can tell before asking the server; problems by answer key, in words that say what to do. */
export function answerProblems(questions: readonly Question[], answers: Readonly<Record<string, string>>): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const q of questions) {
    const value = (answers[q.key] ?? '').trim();
    if (!value) {
      if (q.required) problems[q.key] = { code: 'REQUIRED', key: inputType(q) === 'select' ? 'applications.q.choose' : 'applications.q.fillIn' };
      continue;
    }
    if (q.kind === 'NUMBER' || q.kind === 'MONEY') {
      const min = q.min ?? (q.kind === 'MONEY' ? 0 : -2_000_000_000);
      const max = q.max ?? 2_000_000_000;
      if (!(/^-?\d{1,10}$/.test(value) && Number(value) >= min && Number(value) <= max)) {
        problems[q.key] = { code: 'INVALID', key: 'applications.q.wholeNumber', params: { min, max } };
      }
    }
    const options = optionsOf(q);
    if (options && !options.some((o) => o.value === value)) problems[q.key] = { code: 'INVALID', key: 'applications.q.choose' };
  }
  return problems;
}

/** The label of an answer's key from the questions it was given to (a key no question has is named as such). */
export function answerLabel(questions: readonly Question[], key: string): string {
  const q = questions.find((x) => x.key === key);
  return q ? questionLabel(q) : t('applications.answerUnknown', { key });
}

/** An answer as the reader should see it: a choice's words rather than its stored value. */
export function answerText(questions: readonly Question[], key: string, value: string): string {
  const q = questions.find((x) => x.key === key);
  return (q && optionsOf(q)?.find((o) => o.value === value)?.label) ?? value;
}
