/**
 * Mainland resident identity numbers (居民身份证号码), GB 11643-1999:
 * 6-digit area code, 8-digit birth date, 3-digit sequence, 1 check character (0-9 or X).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/** The check character of the first 17 digits (a caller passes 17 digits; anything else throws). */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('residentIdCheckChar takes the 17 digits before the check character');
  const sum = WEIGHTS.reduce((total, weight, i) => total + Number(first17.charAt(i)) * weight, 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Upper-cases a trailing x and trims spaces, so people can type it as printed. */
export function normaliseResidentId(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function birthDateOfResidentId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Returns what is wrong with an ID number, or null when it is valid. */
export function residentIdProblem(raw: string, today = new Date()): ResidentIdProblem | null {
  const id = normaliseResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900 || date.getTime() > today.getTime()) return 'BIRTH_DATE';
  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17)) return 'CHECK_DIGIT';
  return null;
}
