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

// A UUID (our record and request ids). Its last group can be twelve digits (every sample-data id,
// and about one random UUID in 280), which LONG_DIGITS_IN_TEXT would mask as an account number and
// so make the log line useless for tracing. The capturing group keeps the UUIDs in split()'s result.
const UUID_IN_TEXT = /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i;

const scrubNumbers = (text: string) => text
  .replace(RESIDENT_ID_IN_TEXT, (m) => maskResidentId(m))
  .replace(MOBILE_IN_TEXT, (m) => maskPhone(m))
  .replace(LONG_DIGITS_IN_TEXT, (m) => maskBankAccount(m));

/** Scrubs anything shaped like an ID number, phone or account out of text bound for a log; UUIDs stay whole. */
export function scrubSensitiveText(text: string): string {
  // split() with a capturing group puts each UUID at an odd index, the text between them at even ones.
  return text.split(UUID_IN_TEXT).map((part, i) => (i % 2 === 1 ? part : scrubNumbers(part))).join('');
}

/** Mainland mobile numbers (11 digits starting 13-19); a +86 prefix is accepted and dropped. */
export function normalisePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^\+?86/, '');
}

export function isValidPhone(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalisePhone(raw));
}
