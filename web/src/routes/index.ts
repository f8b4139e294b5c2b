/**
 * The route table and the guard that decides what a location shows. Pages load their own data;
 * this file only says which page, for whom.
 */
import type { Component } from 'svelte';
import type { Role } from '$lib/graphql/generated/graphql';
import type { MessageKey } from '$lib/i18n';
import { matchPath, type Params } from '$lib/router';
import CadreCohortDetail from './alliance/CadreCohortDetail.svelte';
import CadreCohortNew from './alliance/CadreCohortNew.svelte';
import CadreCohorts from './alliance/CadreCohorts.svelte';
import CheckIn from './alliance/CheckIn.svelte';
import EditEvent from './alliance/EditEvent.svelte';
import EventDetail from './alliance/EventDetail.svelte';
import EventEditor from './alliance/EventEditor.svelte';
import EventList from './alliance/EventList.svelte';
import MemberEdit from './alliance/MemberEdit.svelte';
import Members from './alliance/Members.svelte';
import MyLearning from './alliance/MyLearning.svelte';
import Participation from './alliance/Participation.svelte';
import Registrations from './alliance/Registrations.svelte';
import StaffSignUp from './alliance/StaffSignUp.svelte';
import AdminAccounts from './admin/Accounts.svelte';
import AdminOrganisations from './admin/Organisations.svelte';
import AdminOutbox from './admin/Outbox.svelte';
import ComingSoon from './ComingSoon.svelte';
import CommunityNeedDetail from './community/NeedDetail.svelte';
import CommunityNeedNew from './community/NeedNew.svelte';
import CommunityNeeds from './community/Needs.svelte';
import CommunityOffer from './community/Offer.svelte';
import CommunityPairings from './community/Pairings.svelte';
import CommunityProjectDetail from './community/ProjectDetail.svelte';
import CommunityProjects from './community/Projects.svelte';
import CommunityYear from './community/Year.svelte';
import MeetingDetail from './community/MeetingDetail.svelte';
import MeetingMinutes from './community/MeetingMinutes.svelte';
import MeetingNew from './community/MeetingNew.svelte';
import Meetings from './community/Meetings.svelte';
import WishCounts from './community/WishCounts.svelte';
import WishDetail from './community/WishDetail.svelte';
import WishEdit from './community/WishEdit.svelte';
import Wishes from './community/Wishes.svelte';
import WishNew from './community/WishNew.svelte';
import FundDonations from './fund/Donations.svelte';
import Fund from './fund/Fund.svelte';
import FundGrants from './fund/Grants.svelte';
import AppointmentBook from './appointments/Book.svelte';
import AppointmentDesk from './appointments/Desk.svelte';
import MyAppointments from './appointments/MyAppointments.svelte';
import NotificationSettings from './settings/NotificationSettings.svelte';
import Home from './Home.svelte';
import SignIn from './SignIn.svelte';
import SignUp from './SignUp.svelte';
import SignUpConfirm from './SignUpConfirm.svelte';
import IdConflicts from './review/IdConflicts.svelte';
import ApplicationDetail from './applications/ApplicationDetail.svelte';
import Apply from './applications/Apply.svelte';
import EnterpriseApplications from './applications/EnterpriseApplications.svelte';
import MyApplications from './applications/MyApplications.svelte';
import Nominate from './applications/Nominate.svelte';
import ReviewQueue from './applications/ReviewQueue.svelte';
import ReviewReport from './applications/ReviewReport.svelte';
import ApartmentList from './apartments/ApartmentList.svelte';
import ManageApartments from './apartments/ManageApartments.svelte';
import ApartmentLeases from './apartments/Leases.svelte';
import ApartmentWaitlist from './apartments/Waitlist.svelte';
import MyApartment from './apartments/MyApartment.svelte';
import ProjectDetail from './apartments/ProjectDetail.svelte';
import SettlementDetail from './apartments/SettlementDetail.svelte';
import Settlements from './apartments/Settlements.svelte';
import { UPCOMING_BY_ROLE, type UpcomingFeature } from './upcoming';
import PointsCalculator from './policy/PointsCalculator.svelte';
import PolicyCheck from './policy/PolicyCheck.svelte';
import PolicyDetail from './policy/PolicyDetail.svelte';
import PolicyList from './policy/PolicyList.svelte';
import BankInbox from './bank/BankInbox.svelte';
import BankProducts from './bank/BankProducts.svelte';
import InboxItem from './bank/InboxItem.svelte';
import MyRequests from './bank/MyRequests.svelte';
import ProductBrowser from './bank/ProductBrowser.svelte';
import ProductEditor from './bank/ProductEditor.svelte';
import RequestDetail from './bank/RequestDetail.svelte';
import RequestFinancing from './bank/RequestFinancing.svelte';
import Scorecard from './bank/Scorecard.svelte';

/** `public`: anyone; `guest`: signed-out only (sign-in, sign-up); `signed-in`: needs a session. */
export type Access = 'public' | 'guest' | 'signed-in';

export interface RouteDef {
  readonly path: string;
  readonly title: MessageKey;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly component: Component<any>;
  readonly access: Access;
  /** With `signed-in`: only these roles may open it (others see "no access"). */
  readonly roles?: readonly Role[];
  readonly props?: Readonly<Record<string, unknown>>;
}

function upcomingRoutes(): RouteDef[] {
  const byPath = new Map<string, { feature: UpcomingFeature; roles: Role[] }>();
  for (const [role, items] of Object.entries(UPCOMING_BY_ROLE) as [Role, (typeof UPCOMING_BY_ROLE)[Role]][]) {
    for (const item of items) {
      const entry = byPath.get(item.path) ?? { feature: item.feature, roles: [] };
      entry.roles.push(role);
      byPath.set(item.path, entry);
    }
  }
  return [...byPath].map(([path, { feature, roles }]) => ({
    path,
    title: `soon.${feature}.title` as MessageKey,
    component: ComingSoon,
    access: 'signed-in' as const,
    roles,
    props: { feature },
  }));
}

export const routes: readonly RouteDef[] = [
  { path: '/', title: 'route.home', component: Home, access: 'public' },
  { path: '/sign-in', title: 'route.signIn', component: SignIn, access: 'guest' },
  { path: '/sign-up', title: 'route.signUp', component: SignUp, access: 'guest' },
  { path: '/sign-up/confirm', title: 'route.signUpConfirm', component: SignUpConfirm, access: 'public' },
  { path: '/alliance/events', title: 'route.alliance.events', component: EventList, access: 'public' },
  { path: '/alliance/events/new', title: 'route.alliance.newEvent', component: EventEditor, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/events/:id', title: 'route.alliance.event', component: EventDetail, access: 'public' },
  { path: '/alliance/events/:id/edit', title: 'route.alliance.editEvent', component: EditEvent, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/events/:id/staff', title: 'route.alliance.staff', component: StaffSignUp, access: 'signed-in', roles: ['ENTERPRISE_HR'] },
  { path: '/alliance/events/:id/registrations', title: 'route.alliance.registrations', component: Registrations, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/events/:id/check-in', title: 'route.alliance.checkIn', component: CheckIn, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/participation', title: 'route.alliance.participation', component: Participation, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/learning', title: 'route.alliance.learning', component: MyLearning, access: 'signed-in' },
  { path: '/alliance/members', title: 'route.alliance.members', component: Members, access: 'public' },
  { path: '/alliance/members/:id', title: 'route.alliance.member', component: MemberEdit, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN', 'ENTERPRISE_HR'] },
  { path: '/alliance/cadre', title: 'route.alliance.cadre', component: CadreCohorts, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR', 'COORDINATOR', 'ADMIN'] },
  { path: '/alliance/cadre/new', title: 'route.alliance.newCohort', component: CadreCohortNew, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/cadre/:id', title: 'route.alliance.cohort', component: CadreCohortDetail, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR', 'COORDINATOR', 'ADMIN'] },
  { path: '/policies', title: 'route.policy.list', component: PolicyList, access: 'public' },
  { path: '/policies/:code', title: 'route.policy.detail', component: PolicyDetail, access: 'public' },
  { path: '/policies/:code/check', title: 'route.policy.check', component: PolicyCheck, access: 'public' },
  { path: '/points', title: 'route.policy.points', component: PointsCalculator, access: 'public' },
  { path: '/financing/products', title: 'route.bank.products', component: ProductBrowser, access: 'public' },
  { path: '/financing/requests', title: 'route.bank.myRequests', component: MyRequests, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR'] },
  { path: '/financing/requests/new', title: 'route.bank.newRequest', component: RequestFinancing, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR'] },
  { path: '/financing/requests/:id', title: 'route.bank.request', component: RequestDetail, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR'] },
  { path: '/financing/scorecard', title: 'route.bank.scorecard', component: Scorecard, access: 'signed-in', roles: ['ADMIN', 'REVIEWER', 'COORDINATOR', 'BANK_LIAISON'] },
  { path: '/bank/financing-requests', title: 'route.bank.inbox', component: BankInbox, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/bank/financing-requests/:id', title: 'route.bank.inboxItem', component: InboxItem, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/bank/products', title: 'route.bank.myProducts', component: BankProducts, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/bank/products/new', title: 'route.bank.newProduct', component: ProductEditor, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/bank/products/:id', title: 'route.bank.editProduct', component: ProductEditor, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/apply/:policyId', title: 'route.apply', component: Apply, access: 'signed-in', roles: ['TALENT'] },
  { path: '/applications', title: 'route.applications', component: MyApplications, access: 'signed-in', roles: ['TALENT'] },
  { path: '/applications/:id', title: 'route.application', component: ApplicationDetail, access: 'signed-in' },
  { path: '/enterprise/applications', title: 'route.enterpriseApplications', component: EnterpriseApplications, access: 'signed-in', roles: ['ENTERPRISE_HR'] },
  { path: '/admin/accounts', title: 'route.adminAccounts', component: AdminAccounts, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/organisations', title: 'route.adminOrganisations', component: AdminOrganisations, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/outbox', title: 'route.adminOutbox', component: AdminOutbox, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/enterprise/nominations', title: 'route.nominate', component: Nominate, access: 'signed-in', roles: ['ENTERPRISE_HR'] },
  { path: '/review', title: 'route.review', component: ReviewQueue, access: 'signed-in', roles: ['REVIEWER'] },
  { path: '/review/payments', title: 'route.reviewPayments', component: ReviewQueue, access: 'signed-in', roles: ['REVIEWER'], props: { preset: 'payments' } },
  { path: '/review/report', title: 'route.reviewReport', component: ReviewReport, access: 'signed-in', roles: ['REVIEWER'] },
  { path: '/review/id-conflicts', title: 'route.idConflicts', component: IdConflicts, access: 'signed-in', roles: ['REVIEWER'] },
  { path: '/apartments', title: 'route.apartments.list', component: ApartmentList, access: 'public' },
  { path: '/apartments/projects/:id', title: 'route.apartments.project', component: ProjectDetail, access: 'public' },
  { path: '/apartments/mine', title: 'route.apartments.mine', component: MyApartment, access: 'signed-in', roles: ['TALENT'] },
  { path: '/apartments/manage', title: 'route.apartments.manage', component: ManageApartments, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/apartments/waitlist', title: 'route.apartments.waitlist', component: ApartmentWaitlist, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/apartments/leases', title: 'route.apartments.leases', component: ApartmentLeases, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/apartments/settlements', title: 'route.apartments.settlements', component: Settlements, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/apartments/settlements/:id', title: 'route.apartments.settlement', component: SettlementDetail, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/community/needs', title: 'route.community.needs', component: CommunityNeeds, access: 'public' },
  { path: '/community/needs/new', title: 'route.community.newNeed', component: CommunityNeedNew, access: 'signed-in', roles: ['COMMUNITY_WORKER'] },
  { path: '/community/needs/:id', title: 'route.community.need', component: CommunityNeedDetail, access: 'public' },
  { path: '/community/projects', title: 'route.community.projects', component: CommunityProjects, access: 'signed-in' },
  { path: '/community/projects/:id', title: 'route.community.project', component: CommunityProjectDetail, access: 'public' },
  { path: '/community/year', title: 'route.community.year', component: CommunityYear, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'ENTERPRISE_HR', 'BANK_LIAISON', 'COORDINATOR', 'REVIEWER', 'ADMIN'] },
  { path: '/community/pairings', title: 'route.community.pairings', component: CommunityPairings, access: 'public' },
  { path: '/community/offer', title: 'route.community.offer', component: CommunityOffer, access: 'signed-in', roles: ['ENTERPRISE_HR', 'BANK_LIAISON'] },
  { path: '/community/wishes', title: 'route.wishes.list', component: Wishes, access: 'public' },
  { path: '/community/wishes/new', title: 'route.wishes.new', component: WishNew, access: 'signed-in', roles: ['COMMUNITY_WORKER'] },
  { path: '/community/wishes/counts', title: 'route.wishes.counts', component: WishCounts, access: 'public' },
  { path: '/community/wishes/:id', title: 'route.wishes.wish', component: WishDetail, access: 'public' },
  { path: '/community/wishes/:id/edit', title: 'route.wishes.edit', component: WishEdit, access: 'signed-in', roles: ['COMMUNITY_WORKER'] },
  { path: '/community/meetings', title: 'route.meetings.list', component: Meetings, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN', 'ENTERPRISE_HR', 'BANK_LIAISON'] },
  { path: '/community/meetings/new', title: 'route.meetings.new', component: MeetingNew, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN'] },
  { path: '/community/meetings/:id', title: 'route.meetings.meeting', component: MeetingDetail, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN', 'ENTERPRISE_HR', 'BANK_LIAISON'] },
  { path: '/community/meetings/:id/minutes', title: 'route.meetings.minutes', component: MeetingMinutes, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN', 'ENTERPRISE_HR', 'BANK_LIAISON'] },
  { path: '/appointments', title: 'route.appointments', component: MyAppointments, access: 'signed-in' },
  { path: '/settings/notifications', title: 'route.settings.notifications', component: NotificationSettings, access: 'signed-in' },
  { path: '/appointments/desk', title: 'route.appointments.desk', component: AppointmentDesk, access: 'signed-in', roles: ['REVIEWER', 'BANK_LIAISON', 'ADMIN'] },
  { path: '/appointments/book/:serviceId', title: 'route.appointments.book', component: AppointmentBook, access: 'public' },
  { path: '/fund', title: 'route.fund', component: Fund, access: 'public' },
  { path: '/fund/grants', title: 'route.fund.grants', component: FundGrants, access: 'signed-in' },
  { path: '/fund/donations', title: 'route.fund.donations', component: FundDonations, access: 'signed-in', roles: ['COORDINATOR', 'REVIEWER', 'ADMIN'] },
  ...upcomingRoutes(),
];

export type Resolution =
  | { readonly kind: 'page'; readonly route: RouteDef; readonly params: Params }
  | { readonly kind: 'loading'; readonly route: RouteDef }
  | { readonly kind: 'redirect'; readonly to: string }
  | { readonly kind: 'forbidden'; readonly route: RouteDef }
  | { readonly kind: 'not-found' };

export interface SessionView {
  /** Whether we know yet if someone is signed in. */
  readonly known: boolean;
  readonly role: Role | null;
}

/** What to show for a path, given who is signed in. */
export function resolve(path: string, search: string, session: SessionView): Resolution {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.access === 'public') return { kind: 'page', route, params };
    if (!session.known) return { kind: 'loading', route };
    const signedIn = session.role !== null;
    if (route.access === 'guest') {
      return signedIn ? { kind: 'redirect', to: new URLSearchParams(search).get('next') ?? '/' } : { kind: 'page', route, params };
    }
    if (!signedIn) return { kind: 'redirect', to: `/sign-in?next=${encodeURIComponent(path + search)}` };
    if (route.roles && !route.roles.includes(session.role!)) return { kind: 'forbidden', route };
    return { kind: 'page', route, params };
  }
  return { kind: 'not-found' };
}
