/** Sums for one branch (or the whole partnership) in one month, as the database counts them. */
export interface ScorecardSums {
  /** Requests the branch received (for the partnership: distinct requests). */
  requestsReceived: number;
  /** Of those, how many the branch answered at least once (partnership: routes answered). */
  requestsAnswered: number;
  answersGiven: number;
  /** Hours from sending to the first answer, summed over answered routes. */
  hoursToFirstAnswerSum: number;
  /** How many routes that sum covers. */
  firstAnswerCount: number;
  offersMade: number;
  offersAccepted: number;
}

export interface ScorecardFigures extends ScorecardSums {
  averageHoursToFirstAnswer: number | null;
  answersPerRequest: number | null;
  acceptanceRate: number | null;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The service levels: time to first answer (mean hours, one decimal), answers per request
 * (answers ÷ requests, two decimals) and acceptance rate (accepted offers ÷ offers made, a
 * fraction with four decimals). Null where the denominator is zero: no data, not zero.
 */
export function scorecardFigures(sums: ScorecardSums): ScorecardFigures {
  return {
    ...sums,
    averageHoursToFirstAnswer: sums.firstAnswerCount > 0 ? round(sums.hoursToFirstAnswerSum / sums.firstAnswerCount, 1) : null,
    answersPerRequest: sums.requestsReceived > 0 ? round(sums.answersGiven / sums.requestsReceived, 2) : null,
    acceptanceRate: sums.offersMade > 0 ? round(sums.offersAccepted / sums.offersMade, 4) : null,
  };
}

/** `2026-09` … `2026-11`, inclusive; at most `limit` months. */
export function monthsBetween(from: string, to: string, limit = 24): string[] | null {
  const parse = (m: string) => {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(m);
    return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
  };
  const a = parse(from);
  const b = parse(to);
  if (a === null || b === null || b < a || b - a + 1 > limit) return null;
  return Array.from({ length: b - a + 1 }, (_, i) => `${Math.floor((a + i) / 12)}-${String(((a + i) % 12) + 1).padStart(2, '0')}`);
}


export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
