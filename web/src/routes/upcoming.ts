/**
 * Features each role will get, not built yet. Each has a route that shows a clearly marked
 * "coming soon" page (no made-up data); the home page and the nav link to them. When a feature
 * is built, remove it here and add its real route to `index.ts`.
 */
import type { Role } from '$lib/graphql/generated/graphql';

export type UpcomingFeature =
  | 'policies'
  | 'points'
  | 'myApplications'
  | 'staffApplications'
  | 'nominations'
  | 'eventSignUp'
  | 'events'
  | 'participation'
  | 'reviewQueue'
  | 'payments'
  | 'bankProducts'
  | 'financingRequests'
  | 'users'
  | 'organisations';

export interface Upcoming {
  readonly feature: UpcomingFeature;
  readonly path: string;
}

export const UPCOMING_BY_ROLE: Readonly<Record<Role, readonly Upcoming[]>> = {
  TALENT: [],
  ENTERPRISE_HR: [],
  COORDINATOR: [],
  REVIEWER: [],
  BANK_LIAISON: [],
  COMMUNITY_WORKER: [],
  ADMIN: [],
};
