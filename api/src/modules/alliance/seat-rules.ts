import { SeatKind } from './alliance.enums.js';

/**
 * Who gets which seat: pure rules over one event's current seats, used inside the locked
 * transaction in registration.service.ts (the database trigger checks the same sums).
 *
 * - `capacity` seats in all. Before the release time each enterprise with a quota has that many
 *   seats kept for it (RESERVED); the rest are OPEN to anyone, that enterprise included.
 * - At the release time the unused reserved seats become open: from then on only the total counts.
 */
export interface SeatHolder {
  id: string;
  organisationId: string | null;
  seat: SeatKind;
}

export interface SeatState {
  capacity: number;
  /** Reserved seats per enterprise id. */
  quotas: ReadonlyMap<string, number>;
  released: boolean;
  holders: SeatHolder[];
}

function reservedUsed(state: SeatState, organisationId: string): number {
  return state.holders.filter((h) => h.seat === SeatKind.RESERVED && h.organisationId === organisationId).length;
}

export function openSeatsInAll(state: SeatState): number {
  if (state.released) return state.capacity - state.holders.filter((h) => h.seat === SeatKind.RESERVED).length;
  let reserved = 0;
  for (const seats of state.quotas.values()) reserved += seats;
  return state.capacity - reserved;
}

/** The seat a person of this enterprise (null: none) would get now, or null when none is left for them. */
export function seatFor(state: SeatState, organisationId: string | null): SeatKind | null {
  if (state.holders.length >= state.capacity) return null;
  if (!state.released && organisationId && reservedUsed(state, organisationId) < (state.quotas.get(organisationId) ?? 0)) return SeatKind.RESERVED;
  const openUsed = state.holders.filter((h) => h.seat === SeatKind.OPEN).length;
  return openUsed < openSeatsInAll(state) ? SeatKind.OPEN : null;
}

/** Seats left for a person of this enterprise (or for anyone, with null). */
export function seatsLeftFor(state: SeatState, organisationId: string | null): number {
  const total = state.capacity - state.holders.length;
  const openLeft = openSeatsInAll(state) - state.holders.filter((h) => h.seat === SeatKind.OPEN).length;
  const reservedLeft = !state.released && organisationId ? Math.max(0, (state.quotas.get(organisationId) ?? 0) - reservedUsed(state, organisationId)) : 0;
  return Math.max(0, Math.min(total, openLeft + reservedLeft));
}

/**
 * After a reserved seat is freed: an enterprise's people on open seats move onto its reserved
 * ones, so the open seat they held goes to the waitlist. Returns the holders to switch (in
 * queue order, as given) and applies the switch to `state`.
 */
export function rebalance(state: SeatState): SeatHolder[] {
  if (state.released) return [];
  const moved: SeatHolder[] = [];
  for (const [organisationId, seats] of state.quotas) {
    let free = seats - reservedUsed(state, organisationId);
    for (const holder of state.holders) {
      if (free <= 0) break;
      if (holder.organisationId === organisationId && holder.seat === SeatKind.OPEN) {
        holder.seat = SeatKind.RESERVED;
        moved.push(holder);
        free--;
      }
    }
  }
  return moved;
}

export interface Waiting {
  id: string;
  organisationId: string | null;
}

/**
 * Serves the waitlist in order: each waiting person who fits a seat now gets it; someone whose
 * only chance is another enterprise's reserved seat waits on. Applies the seats to `state`.
 */
export function promoteFromWaitlist(state: SeatState, waiting: Waiting[]): { id: string; seat: SeatKind }[] {
  const promoted: { id: string; seat: SeatKind }[] = [];
  for (const person of waiting) {
    if (state.holders.length >= state.capacity) break;
    const seat = seatFor(state, person.organisationId);
    if (!seat) continue;
    state.holders.push({ id: person.id, organisationId: person.organisationId, seat });
    promoted.push({ id: person.id, seat });
  }
  return promoted;
}
