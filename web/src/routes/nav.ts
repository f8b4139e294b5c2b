/**
 * Built features each role finds in the navigation and on the home page (the ones still to come
 * are in `upcoming.ts`). A feature adds its entries here when its pages exist.
 */
import type { Role } from '$lib/graphql/generated/graphql';
import type { MessageKey } from '$lib/i18n';

export interface NavItem {
  readonly path: string;
  readonly title: MessageKey;
  readonly body: MessageKey;
}

const EVENTS: NavItem = { path: '/alliance/events', title: 'nav.alliance.events', body: 'nav.alliance.events.body' };
const LEARNING: NavItem = { path: '/alliance/learning', title: 'nav.alliance.learning', body: 'nav.alliance.learning.body' };
const POLICIES: NavItem = { path: '/policies', title: 'nav.policy.list', body: 'nav.policy.list.body' };
const POINTS: NavItem = { path: '/points', title: 'nav.policy.points', body: 'nav.policy.points.body' };
const PARTICIPATION: NavItem = { path: '/alliance/participation', title: 'nav.alliance.participation', body: 'nav.alliance.participation.body' };

export const NAV_BY_ROLE: Readonly<Record<Role, readonly NavItem[]>> = {
  TALENT: [POLICIES, POINTS, EVENTS, LEARNING],
  ENTERPRISE_HR: [{ ...EVENTS, body: 'nav.alliance.events.hrBody' }],
  COORDINATOR: [{ ...EVENTS, body: 'nav.alliance.events.coordinatorBody' }, PARTICIPATION],
  REVIEWER: [EVENTS],
  BANK_LIAISON: [EVENTS],
  ADMIN: [EVENTS, PARTICIPATION],
};

/** What a visitor who is not signed in can open. */
export const PUBLIC_NAV: readonly NavItem[] = [POLICIES, POINTS, EVENTS];
