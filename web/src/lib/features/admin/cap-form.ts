/**
 * The administrator's cap form, checked before sending (the server checks the same and decides):
 * a whole number of yuan from 1 to 10,000,000, an effective date not before today (Shanghai),
 * a note saying where the figure comes from.
 */

/** The words this form's own checks use (keys of the app's dictionaries). */
type CapMessageKey = 'userError.REQUIRED' | 'admin.caps.amountRange' | 'admin.caps.pastDate' | 'admin.caps.daysRange';

/** Shaped as `$lib/errors`' FormErrors, which this file does not import so that it runs in a unit test without a DOM. */
interface CapProblem {
  code: string;
  key: CapMessageKey;
  params?: Record<string, string>;
}
interface CapErrors {
  form: never[];
  fields: Record<string, CapProblem>;
}

/** The server's sanity bound (MAX_APPLICATION_CAP_YUAN): a slipped digit, not policy. */
export const MAX_CAP_YUAN = 10_000_000;

export interface CapFormValues {
  amount: string;
  effectiveFrom: string;
  noteZh: string;
}

/** The amount as a number of yuan, or null when it is not a whole number (digits only; 50,000 with commas is accepted). */
export function parseCapYuan(text: string): number | null {
  const plain = text.replace(/[,，\s]/g, '');
  if (!/^\d{1,9}$/.test(plain)) return null;
  return Number(plain);
}

export function checkCapForm(values: CapFormValues, today: string): CapErrors {
  const fields: Record<string, CapProblem> = {};
  const amount = parseCapYuan(values.amount);
  if (!values.amount.trim()) fields.value = { code: 'REQUIRED', key: 'userError.REQUIRED' };
  else if (amount === null || amount < 1 || amount > MAX_CAP_YUAN) fields.value = { code: 'OUT_OF_RANGE', key: 'admin.caps.amountRange' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.effectiveFrom)) fields.effectiveFrom = { code: 'REQUIRED', key: 'userError.REQUIRED' };
  else if (values.effectiveFrom < today) fields.effectiveFrom = { code: 'OUT_OF_RANGE', key: 'admin.caps.pastDate', params: { today } };
  if (!values.noteZh.trim()) fields.noteZh = { code: 'REQUIRED', key: 'userError.REQUIRED' };
  return { form: [], fields };
}

/** Processing days: a whole number from 1 to 365. */
export function checkDays(text: string): CapErrors {
  const days = /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : null;
  if (days === null || days < 1 || days > 365) return { form: [], fields: { processingDays: { code: 'OUT_OF_RANGE', key: 'admin.caps.daysRange' } } };
  return { form: [], fields: {} };
}
