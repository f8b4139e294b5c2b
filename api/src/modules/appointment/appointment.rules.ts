import { Role } from '../../core/auth/role.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { addDays } from '../../core/time/shanghai.js';

/** Roles that may book: a talent for themselves, enterprise HR on behalf of their staff. */
export const BOOKING_ROLES = [Role.TALENT, Role.ENTERPRISE_HR];

/** Roles that work a service point's day list: town reviewers (the window), bank liaisons (their branch), administrators. */
export const STAFF_ROLES = [Role.REVIEWER, Role.BANK_LIAISON, Role.ADMIN];

/** Whether the viewer serves at a point run by this organisation. */
export function servesAt(viewer: Viewer | null, pointOrganisationId: string): boolean {
  if (!viewer) return false;
  if (viewer.role === Role.ADMIN) return true;
  return (viewer.role === Role.REVIEWER || viewer.role === Role.BANK_LIAISON) && viewer.organisationId === pointOrganisationId;
}

/** `A001`: the point's letter and the day's number. */
export function queueCode(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(3, '0')}`;
}

/** Whether a booking can still be changed or cancelled: before its start less the service's cut-off. */
export function changeDeadline(startsAt: Date, cutoffMinutes: number): Date {
  return new Date(startsAt.getTime() - cutoffMinutes * 60_000);
}

// The booking rules' days are Shanghai days; appointment code imports them from here.

/** When the day-before reminder goes out: 10:00 Shanghai on the previous day. */
export function reminderAt(localDay: string): Date {
  return new Date(`${addDays(localDay, -1)}T10:00:00+08:00`);
}
