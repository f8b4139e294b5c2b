import { isMonth, monthRange, monthsBetween } from '../../core/time/months.js';
/**
 * The scorecard's measures, each defined once and the same on a branch's row and on the totals.
 *
 * The unit is a request sent to one branch (a request sent to three branches is three), and
 * every measure counts in the month, Shanghai time, the request reached the branch: an answer,
 * an offer or an acceptance that comes in a later month counts with the month of the request.
 * So "answered" can never exceed "received", and a month's figures grow as answers come in.
 * The totals are the sum of the branches' rows; `distinctRequests` says how many requests
 * those were, each counted once.
 */
export interface ScorecardSums {
  /** Requests that reached the branch in the month. */
  requestsReceived: number;
  /** Of those, how many the branch has answered at least once (so far). */
  requestsAnswered: number;
  /** Answers the branch has given on those requests, follow-up questions included. */
  answersGiven: number;
  /** Hours from sending to the first answer, summed over the answered ones. */
  hoursToFirstAnswerSum: number;
  /** Of those requests, how many the branch made an offer on. */
  offersMade: number;
  /** Of those offers, how many are on requests still open: the applicant has not chosen yet. */
  offersOpen: number;
  /** Of those offers, how many the applicant accepted. */
  offersAccepted: number;
  /** The requests received, each counted once however many branches it went to. */
  distinctRequests: number;
}

export interface ScorecardFigures extends ScorecardSums {
  averageHoursToFirstAnswer: number | null;
  answersPerRequest: number | null;
  acceptanceRate: number | null;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The service levels: time to first answer (mean hours over the answered requests, one
 * decimal), answers per request (answers ÷ requests received, two decimals) and acceptance rate
 * (accepted ÷ offers whose request is decided, leaving out offers still open, a fraction with
 * four decimals). Null where the denominator is zero: no data, not zero.
 */
export function scorecardFigures(sums: ScorecardSums): ScorecardFigures {
  const decided = sums.offersMade - sums.offersOpen;
  return {
    ...sums,
    averageHoursToFirstAnswer: sums.requestsAnswered > 0 ? round(sums.hoursToFirstAnswerSum / sums.requestsAnswered, 1) : null,
    answersPerRequest: sums.requestsReceived > 0 ? round(sums.answersGiven / sums.requestsReceived, 2) : null,
    acceptanceRate: decided > 0 ? round(sums.offersAccepted / decided, 4) : null,
  };
}

/** The scorecard's months, `2026-09` … `2026-11` inclusive; null for a malformed or backwards range or one over `limit` months. */
export function scorecardMonths(from: string, to: string, limit = 24): string[] | null {
  if (!isMonth(from) || !isMonth(to)) return null;
  const span = monthsBetween(from, to) + 1;
  return span < 1 || span > limit ? null : monthRange(from, to);
}
