/**
 * The questions the apply wizard asks, by policy. The API stores answers as free key/value
 * pairs and does not (yet) say which questions a policy asks, so they are listed here; every
 * one is optional, since only the server's rules may refuse a submission.
 */
import { isMessageKey, t, type MessageKey } from '$lib/i18n';

export interface Question {
  readonly key: string;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  readonly type: 'text' | 'number' | 'date' | 'month' | 'textarea' | 'select';
  /** With `select`: the values the server accepts and their words. */
  readonly options?: readonly { readonly value: string; readonly label: MessageKey }[];
}

const NOTE: Question = { key: 'note', label: 'applications.q.note', hint: 'applications.q.noteHint', type: 'textarea' };

const BY_POLICY: Readonly<Record<string, readonly Question[]>> = {
  'housing-subsidy': [
    { key: 'monthlyRent', label: 'applications.q.monthlyRent', type: 'number' },
    { key: 'rentalAddress', label: 'applications.q.rentalAddress', type: 'text' },
    NOTE,
  ],
  'key-talent-incentive': [
    { key: 'keyPost', label: 'applications.q.keyPost', type: 'textarea' },
    { key: 'previousYearIncomeYuan', label: 'applications.q.previousYearIncomeYuan', type: 'number' },
    NOTE,
  ],
  // The apartments module queues an approved application by layout and move-in month (both
  // checked on submission); the reviewer checks the subsidy category.
  'talent-apartment': [
    {
      key: 'layout', label: 'apartments.q.layout', hint: 'apartments.q.layoutHint', type: 'select',
      options: (['STUDIO', 'ONE_BEDROOM', 'TWO_BEDROOM', 'THREE_BEDROOM'] as const).map((l) => ({ value: l, label: `apartments.layout.${l}` as const })),
    },
    { key: 'moveInMonth', label: 'apartments.q.moveInMonth', hint: 'apartments.q.moveInMonthHint', type: 'month' },
    {
      key: 'subsidyCategory', label: 'apartments.q.subsidyCategory', hint: 'apartments.q.subsidyCategoryHint', type: 'select',
      options: (['STANDARD', 'OVERSEAS_EXCELLENT'] as const).map((c) => ({ value: c, label: `apartments.category.${c}` as const })),
    },
    { key: 'householdSize', label: 'applications.q.householdSize', type: 'number' },
    NOTE,
  ],
  'cadre-training': [{ key: 'statement', label: 'applications.q.statement', type: 'textarea' }, NOTE],
};

export function questionsFor(policyCode: string): readonly Question[] {
  return BY_POLICY[policyCode] ?? [NOTE];
}

/** The label of an answer's key, wherever it came from. */
export function answerLabel(key: string): string {
  const label = `applications.q.${key}`;
  return isMessageKey(label) ? t(label) : t('applications.answerUnknown', { key });
}
