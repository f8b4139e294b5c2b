import { describe, expect, it } from 'vitest';
import { SeatKind } from './alliance.enums.js';
import { promoteFromWaitlist, rebalance, seatFor, seatsLeftFor, type SeatState } from './seat-rules.js';

const state = (over: Partial<SeatState> = {}): SeatState => ({ capacity: 10, quotas: new Map([['A', 3], ['B', 2]]), released: false, holders: [], ...over });
const fill = (s: SeatState, org: string | null, n: number) => {
  for (let i = 0; i < n; i++) s.holders.push({ id: `${org}-${s.holders.length}`, organisationId: org, seat: seatFor(s, org)! });
};

describe('seat rules', () => {
  it('gives an enterprise its reserved seats first, then open ones', () => {
    const s = state();
    fill(s, 'A', 3);
    expect(s.holders.map((h) => h.seat)).toEqual([SeatKind.RESERVED, SeatKind.RESERVED, SeatKind.RESERVED]);
    expect(seatFor(s, 'A')).toBe(SeatKind.OPEN);
    expect(seatFor(s, 'C')).toBe(SeatKind.OPEN);
    expect(seatFor(s, null)).toBe(SeatKind.OPEN);
  });

  it('keeps reserved seats from others until they are released', () => {
    const s = state();
    fill(s, 'C', 5); // the open seats: 10 - 3 - 2
    expect(seatFor(s, 'C')).toBeNull();
    expect(seatFor(s, 'A')).toBe(SeatKind.RESERVED);
    expect(seatsLeftFor(s, 'A')).toBe(3);
    expect(seatsLeftFor(s, 'C')).toBe(0);
    s.released = true;
    expect(seatFor(s, 'C')).toBe(SeatKind.OPEN);
    expect(seatsLeftFor(s, 'C')).toBe(5);
  });

  it('never gives more than the capacity', () => {
    const s = state({ released: true });
    fill(s, 'C', 10);
    expect(seatFor(s, 'A')).toBeNull();
  });

  it('moves an enterprise\'s open-seat holder onto its freed reserved seat', () => {
    const s = state();
    fill(s, 'A', 4); // 3 reserved + 1 open
    s.holders.splice(0, 1); // a reserved holder cancels
    const moved = rebalance(s);
    expect(moved.map((h) => h.id)).toEqual(['A-3']);
    expect(s.holders.filter((h) => h.seat === SeatKind.RESERVED)).toHaveLength(3);
  });

  it('serves the waitlist in order, skipping those who only fit another enterprise\'s seats', () => {
    const s = state();
    fill(s, 'C', 5);
    fill(s, 'B', 2);
    fill(s, 'A', 2); // one reserved seat of A left, nothing open
    const promoted = promoteFromWaitlist(s, [{ id: 'c1', organisationId: 'C' }, { id: 'a1', organisationId: 'A' }, { id: 'a2', organisationId: 'A' }]);
    expect(promoted).toEqual([{ id: 'a1', seat: SeatKind.RESERVED }]);
  });
});
