/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and 20 capital letters (no I, O, Z,
 * S, V); the last is a check character over the first 17 (weights 3^i mod 31).
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters (a caller passes 17 from the charset; anything else throws). */
export function creditCodeCheckChar(first17: string): string {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) throw new Error('creditCodeCheckChar takes the 17 code characters before the check character');
  const sum = WEIGHTS.reduce((total, weight, i) => total + CHARSET.indexOf(first17.charAt(i)) * weight, 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

export function normaliseCreditCode(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase();
}

export function creditCodeProblem(code: string): 'FORMAT' | 'CHECK_CHAR' | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return 'FORMAT';
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'CHECK_CHAR';
}
