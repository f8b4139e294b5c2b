// Calendar months as `YYYY-MM` strings: apartment leases, rent-subsidy and settlement periods and the
// banks' monthly scorecard count whole months. Pure; Shanghai dates come in as `YYYY-MM-DD`.

export type Month = string;

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH_PATTERN.test(value);

const yearOf = (month: Month): number => Number(month.slice(0, 4));
const monthNumberOf = (month: Month): number => Number(month.slice(5, 7));

const index = (month: Month): number => yearOf(month) * 12 + (monthNumberOf(month) - 1);

const fromIndex = (i: number): Month => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export const monthOf = (date: string): Month => date.slice(0, 7);

export const addMonths = (month: Month, n: number): Month => fromIndex(index(month) + n);

/** Months from `a` to `b`: 0 when equal, negative when `b` is earlier. */
export const monthsBetween = (a: Month, b: Month): number => index(b) - index(a);

export const firstDay = (month: Month): string => `${month}-01`;

export function lastDay(month: Month): string {
  return `${month}-${String(new Date(Date.UTC(yearOf(month), monthNumberOf(month), 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
export function monthRange(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let i = index(from); i <= index(to); i++) out.push(fromIndex(i));
  return out;
}

/** A half-year settlement period: `2027-H1` is January to June 2027. */
export interface HalfYear {
  label: string;
  first: Month;
  last: Month;
}

export function halfYear(year: number, half: 1 | 2): HalfYear {
  const first = `${year}-${half === 1 ? '01' : '07'}`;
  return { label: `${year}-H${half}`, first, last: addMonths(first, 5) };
}

export const HALF_YEAR_PATTERN = /^(\d{4})-H([12])$/;

export function parseHalfYear(label: string): HalfYear | null {
  const match = HALF_YEAR_PATTERN.exec(label.trim().toUpperCase());
  return match ? halfYear(Number(match[1]), Number(match[2]) as 1 | 2) : null;
}
