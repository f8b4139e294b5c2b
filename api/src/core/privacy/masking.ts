/** Display masks for sensitive personal data, for every viewer but those who need the full value. */

/** 310***********123X: area prefix and last four stay, so a person can recognise their own. */
export function maskResidentId(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
}

/** 138****5678 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** ****************1234 */
export function maskBankAccount(account: string): string {
  if (account.length <= 4) return '*'.repeat(account.length);
  return '*'.repeat(account.length - 4) + account.slice(-4);
}

// Patterns that look like ID numbers, mobile numbers or bank accounts inside free text.
const RESIDENT_ID_IN_TEXT = /(?<![\w])\d{17}[\dXx](?![\w])/g;
const MOBILE_IN_TEXT = /(?<![\w])1[3-9]\d{9}(?![\w])/g;
const LONG_DIGITS_IN_TEXT = /(?<![\w])\d{12,19}(?![\w])/g;

/** Scrubs anything shaped like an ID number, phone or account out of text bound for a log. */
export function scrubSensitiveText(text: string): string {
  return text
    .replace(RESIDENT_ID_IN_TEXT, (m) => maskResidentId(m))
    .replace(MOBILE_IN_TEXT, (m) => maskPhone(m))
    .replace(LONG_DIGITS_IN_TEXT, (m) => maskBankAccount(m));
}

/** Mainland mobile numbers (11 digits starting 13-19); a +86 prefix is accepted and dropped. */
export function normalisePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^\+?86/, '');
}

export function isValidPhone(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalisePhone(raw));
}
