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
  readonly type: 'text' | 'number' | 'date' | 'textarea';
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
  'talent-apartment': [
    { key: 'householdSize', label: 'applications.q.householdSize', type: 'number' },
    { key: 'moveInFrom', label: 'applications.q.moveInFrom', type: 'date' },
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
