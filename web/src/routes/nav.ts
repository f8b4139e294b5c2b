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
const MEMBERS: NavItem = { path: '/alliance/members', title: 'nav.alliance.members', body: 'nav.alliance.members.body' };
const CADRE: NavItem = { path: '/alliance/cadre', title: 'nav.alliance.cadre', body: 'nav.alliance.cadre.hrBody' };
const BANK_PRODUCTS: NavItem = { path: '/financing/products', title: 'nav.bank.products', body: 'nav.bank.products.body' };
const FINANCING: NavItem = { path: '/financing/requests', title: 'nav.bank.requests', body: 'nav.bank.requests.body' };
const BANK_INBOX: NavItem = { path: '/bank/financing-requests', title: 'nav.bank.inbox', body: 'nav.bank.inbox.body' };
const BANK_OWN_PRODUCTS: NavItem = { path: '/bank/products', title: 'nav.bank.myProducts', body: 'nav.bank.myProducts.body' };
const BANK_SCORECARD: NavItem = { path: '/financing/scorecard', title: 'nav.bank.scorecard', body: 'nav.bank.scorecard.body' };
const MY_APPLICATIONS: NavItem = { path: '/applications', title: 'nav.applications', body: 'nav.applications.body' };
const STAFF_APPLICATIONS: NavItem = { path: '/enterprise/applications', title: 'nav.enterpriseApplications', body: 'nav.enterpriseApplications.body' };
const REVIEW_QUEUE: NavItem = { path: '/review', title: 'nav.review', body: 'nav.review.body' };
const REVIEW_PAYMENTS: NavItem = { path: '/review/payments', title: 'nav.reviewPayments', body: 'nav.reviewPayments.body' };
const APARTMENTS: NavItem = { path: '/apartments', title: 'nav.apartments', body: 'nav.apartments.body' };
const MY_APARTMENT: NavItem = { path: '/apartments/mine', title: 'nav.apartments.mine', body: 'nav.apartments.mine.body' };
const APARTMENT_UNITS: NavItem = { path: '/apartments/manage', title: 'nav.apartments.manage', body: 'nav.apartments.manage.body' };
const APARTMENT_WAITLIST: NavItem = { path: '/apartments/waitlist', title: 'nav.apartments.waitlist', body: 'nav.apartments.waitlist.body' };
const APARTMENT_SETTLEMENTS: NavItem = { path: '/apartments/settlements', title: 'nav.apartments.settlements', body: 'nav.apartments.settlements.body' };
const REVIEW_REPORT: NavItem = { path: '/review/report', title: 'nav.reviewReport', body: 'nav.reviewReport.body' };
const WALK_IN: NavItem = { path: '/review/walk-in', title: 'nav.walkIn', body: 'nav.walkIn.body' };
const ID_CONFLICTS: NavItem = { path: '/review/id-conflicts', title: 'nav.idConflicts', body: 'nav.idConflicts.body' };

const NEEDS: NavItem = { path: '/community/needs', title: 'nav.community.needs', body: 'nav.community.needs.body' };
const PROJECTS: NavItem = { path: '/community/projects', title: 'nav.community.projects', body: 'nav.community.projects.body' };
const COMMUNITY_YEAR: NavItem = { path: '/community/year', title: 'nav.community.year', body: 'nav.community.year.body' };
const PAIRINGS: NavItem = { path: '/community/pairings', title: 'nav.community.pairings', body: 'nav.community.pairings.body' };
const OFFER: NavItem = { path: '/community/offer', title: 'nav.community.offer', body: 'nav.community.offer.body' };
const WISHES: NavItem = { path: '/community/wishes', title: 'nav.wishes', body: 'nav.wishes.body' };
const CLAIM_WISHES: NavItem = { ...WISHES, body: 'nav.wishes.claimBody' };
const MEETINGS: NavItem = { path: '/community/meetings', title: 'nav.meetings', body: 'nav.meetings.body' };
const READ_MEETINGS: NavItem = { ...MEETINGS, body: 'nav.meetings.readBody' };
const FUND: NavItem = { path: '/fund', title: 'nav.fund', body: 'nav.fund.body' };
const FUND_GRANTS: NavItem = { path: '/fund/grants', title: 'nav.fund.grants', body: 'nav.fund.grants.body' };
const FUND_STAFF_GRANTS: NavItem = { ...FUND_GRANTS, body: 'nav.fund.grants.staffBody' };
const FUND_DONATIONS: NavItem = { path: '/fund/donations', title: 'nav.fund.donations', body: 'nav.fund.donations.body' };
const APPOINTMENTS: NavItem = { path: '/appointments', title: 'nav.appointments', body: 'nav.appointments.body' };
const APPOINTMENT_DESK: NavItem = { path: '/appointments/desk', title: 'nav.appointments.desk', body: 'nav.appointments.desk.body' };
const NOTIFICATION_SETTINGS: NavItem = { path: '/settings/notifications', title: 'nav.settings.notifications', body: 'nav.settings.notifications.body' };
const MEMBER_NEEDS: NavItem = { ...NEEDS, body: 'nav.community.needs.memberBody' };

const NOMINATE: NavItem = { path: '/enterprise/nominations', title: 'nav.nominate', body: 'nav.nominate.body' };
const ADMIN_ACCOUNTS: NavItem = { path: '/admin/accounts', title: 'nav.admin.accounts', body: 'nav.admin.accounts.body' };
const ADMIN_ORGANISATIONS: NavItem = { path: '/admin/organisations', title: 'nav.admin.organisations', body: 'nav.admin.organisations.body' };
const ADMIN_OUTBOX: NavItem = { path: '/admin/outbox', title: 'nav.admin.outbox', body: 'nav.admin.outbox.body' };
const ADMIN_APPOINTMENTS: NavItem = { path: '/admin/appointments', title: 'nav.admin.appointments', body: 'nav.admin.appointments.body' };
const ADMIN_CAPS: NavItem = { path: '/admin/caps', title: 'nav.admin.caps', body: 'nav.admin.caps.body' };
const ADMIN_POLICIES: NavItem = { path: '/admin/policies', title: 'nav.admin.policies', body: 'nav.admin.policies.body' };
const ADMIN_RULES: NavItem = { path: '/admin/rules', title: 'nav.admin.rules', body: 'nav.admin.rules.body' };
const ADMIN_IMPORTS: NavItem = { path: '/admin/imports', title: 'nav.admin.imports', body: 'nav.admin.imports.body' };
const ADMIN_FORMS: NavItem = { path: '/admin/forms', title: 'nav.admin.forms', body: 'nav.admin.forms.body' };
const ADMIN_WORKFLOW: NavItem = { path: '/admin/workflow', title: 'nav.admin.workflow', body: 'nav.admin.workflow.body' };

export const NAV_BY_ROLE: Readonly<Record<Role, readonly NavItem[]>> = {
  TALENT: [POLICIES, POINTS, MY_APPLICATIONS, APPOINTMENTS, MY_APARTMENT, EVENTS, LEARNING, BANK_PRODUCTS, FINANCING, NEEDS, PROJECTS, CLAIM_WISHES, FUND, NOTIFICATION_SETTINGS],
  ENTERPRISE_HR: [STAFF_APPLICATIONS, NOMINATE, { ...EVENTS, body: 'nav.alliance.events.hrBody' }, CADRE, { ...MEMBERS, body: 'nav.alliance.members.hrBody' }, BANK_PRODUCTS, FINANCING, MEMBER_NEEDS, OFFER, PROJECTS, CLAIM_WISHES, READ_MEETINGS, PAIRINGS, COMMUNITY_YEAR, FUND_GRANTS, FUND, ADMIN_IMPORTS, NOTIFICATION_SETTINGS],
  COORDINATOR: [{ ...EVENTS, body: 'nav.alliance.events.coordinatorBody' }, PARTICIPATION, { ...CADRE, body: 'nav.alliance.cadre.coordinatorBody' }, { ...MEMBERS, body: 'nav.alliance.members.coordinatorBody' }, APARTMENT_UNITS, APARTMENT_WAITLIST, APARTMENT_SETTLEMENTS, BANK_PRODUCTS, BANK_SCORECARD, NEEDS, WISHES, MEETINGS, PAIRINGS, COMMUNITY_YEAR, FUND_STAFF_GRANTS, FUND_DONATIONS, FUND, NOTIFICATION_SETTINGS],
  REVIEWER: [REVIEW_QUEUE, WALK_IN, APPOINTMENT_DESK, REVIEW_PAYMENTS, REVIEW_REPORT, ID_CONFLICTS, EVENTS, APARTMENTS, BANK_PRODUCTS, BANK_SCORECARD, FUND_STAFF_GRANTS, FUND_DONATIONS, FUND, NOTIFICATION_SETTINGS],
  BANK_LIAISON: [EVENTS, BANK_INBOX, APPOINTMENT_DESK, BANK_OWN_PRODUCTS, BANK_SCORECARD, MEMBER_NEEDS, OFFER, PROJECTS, CLAIM_WISHES, READ_MEETINGS, FUND_GRANTS, FUND, NOTIFICATION_SETTINGS],
  COMMUNITY_WORKER: [{ ...NEEDS, body: 'nav.community.needs.workerBody' }, { ...WISHES, body: 'nav.wishes.workerBody' }, MEETINGS, PROJECTS, PAIRINGS, COMMUNITY_YEAR, EVENTS, MEMBERS, FUND_GRANTS, FUND, NOTIFICATION_SETTINGS],
  ADMIN: [ADMIN_ACCOUNTS, ADMIN_ORGANISATIONS, ADMIN_FORMS, ADMIN_CAPS, ADMIN_POLICIES, ADMIN_RULES, ADMIN_WORKFLOW, ADMIN_IMPORTS, ADMIN_OUTBOX, ADMIN_APPOINTMENTS, APPOINTMENT_DESK, EVENTS, PARTICIPATION, { ...CADRE, body: 'nav.alliance.cadre.coordinatorBody' }, { ...MEMBERS, body: 'nav.alliance.members.coordinatorBody' }, APARTMENT_UNITS, APARTMENT_WAITLIST, APARTMENT_SETTLEMENTS, BANK_PRODUCTS, BANK_SCORECARD, NEEDS, WISHES, MEETINGS, PAIRINGS, COMMUNITY_YEAR, FUND_STAFF_GRANTS, FUND_DONATIONS, FUND, NOTIFICATION_SETTINGS],
};

/** What a visitor who is not signed in can open. */
export const PUBLIC_NAV: readonly NavItem[] = [POLICIES, POINTS, APARTMENTS, EVENTS, BANK_PRODUCTS, NEEDS, WISHES, FUND];
