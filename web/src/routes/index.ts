/**
 * The route table and the guard that decides what a location shows. Pages load their own data;
 * this file only says which page, for whom.
 */
import type { Component } from 'svelte';
import type { Role } from '$lib/graphql/generated/graphql';
import { loadWords, type MessageKey, type WordGroup } from '$lib/i18n';
import { matchPath, type Params } from '$lib/router';
import { UPCOMING_BY_ROLE, type UpcomingFeature } from './upcoming';

/**
 * Each page is its own chunk, fetched when first shown, so the first load carries only the shell
 * and the page it opens (issue 13: the single bundle was 1.5 MB).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PageLoader = () => Promise<{ default: Component<any> }>;

/**
 * A page that shows words of these groups (lib/i18n/groups.ts): they are fetched beside its chunk
 * and the page is shown once both are there. tests/unit/route-words.test.ts checks each list
 * against the keys the page's modules use.
 */
function withWords(groups: readonly WordGroup[], load: PageLoader): PageLoader {
  return () => Promise.all([load(), loadWords(groups)]).then(([module]) => module);
}

const CadreCohortDetail: PageLoader = withWords(['alliance'], () => import('./alliance/CadreCohortDetail.svelte'));
const CadreCohortNew: PageLoader = withWords(['alliance'], () => import('./alliance/CadreCohortNew.svelte'));
const CadreCohorts: PageLoader = withWords(['alliance'], () => import('./alliance/CadreCohorts.svelte'));
const CheckIn: PageLoader = withWords(['alliance'], () => import('./alliance/CheckIn.svelte'));
const EditEvent: PageLoader = withWords(['alliance'], () => import('./alliance/EditEvent.svelte'));
const EventDetail: PageLoader = withWords(['alliance'], () => import('./alliance/EventDetail.svelte'));
const EventEditor: PageLoader = withWords(['alliance'], () => import('./alliance/EventEditor.svelte'));
const EventList: PageLoader = withWords(['alliance'], () => import('./alliance/EventList.svelte'));
const MemberEdit: PageLoader = withWords(['alliance'], () => import('./alliance/MemberEdit.svelte'));
const Members: PageLoader = withWords(['alliance'], () => import('./alliance/Members.svelte'));
const MyLearning: PageLoader = withWords(['alliance'], () => import('./alliance/MyLearning.svelte'));
const Participation: PageLoader = withWords(['alliance'], () => import('./alliance/Participation.svelte'));
const Registrations: PageLoader = withWords(['alliance'], () => import('./alliance/Registrations.svelte'));
const StaffSignUp: PageLoader = withWords(['alliance'], () => import('./alliance/StaffSignUp.svelte'));
const AdminAccounts: PageLoader = withWords(['admin'], () => import('./admin/Accounts.svelte'));
const AdminOrganisations: PageLoader = withWords(['admin'], () => import('./admin/Organisations.svelte'));
const AdminOutbox: PageLoader = withWords(['admin'], () => import('./admin/Outbox.svelte'));
const AdminAppointments: PageLoader = withWords(['appointments', 'notificationSettings'], () => import('./admin/AppointmentSettings.svelte'));
const AdminCaps: PageLoader = withWords(['admin', 'applications'], () => import('./admin/Caps.svelte'));
const AdminRules: PageLoader = withWords(['rules', 'policy'], () => import('./admin/Rules.svelte'));
const AdminPolicies: PageLoader = withWords(['rules'], () => import('./admin/Policies.svelte'));
const AdminImports: PageLoader = withWords(['admin'], () => import('./admin/Imports.svelte'));
const AdminWorkflow: PageLoader = withWords(['admin'], () => import('./admin/Workflow.svelte'));
const AdminForms: PageLoader = withWords(['admin', 'applications', 'policy'], () => import('./admin/Forms.svelte'));
const ComingSoon: PageLoader = () => import('./ComingSoon.svelte');
const CommunityNeedDetail: PageLoader = withWords(['community'], () => import('./community/NeedDetail.svelte'));
const CommunityNeedNew: PageLoader = withWords(['community'], () => import('./community/NeedNew.svelte'));
const CommunityNeeds: PageLoader = withWords(['community'], () => import('./community/Needs.svelte'));
const CommunityOffer: PageLoader = withWords(['community'], () => import('./community/Offer.svelte'));
const CommunityPairings: PageLoader = withWords(['community'], () => import('./community/Pairings.svelte'));
const CommunityProjectDetail: PageLoader = withWords(['community'], () => import('./community/ProjectDetail.svelte'));
const CommunityProjects: PageLoader = withWords(['community'], () => import('./community/Projects.svelte'));
const CommunityYear: PageLoader = withWords(['community'], () => import('./community/Year.svelte'));
const MeetingDetail: PageLoader = withWords(['community', 'meetings'], () => import('./community/MeetingDetail.svelte'));
const MeetingMinutes: PageLoader = withWords(['community', 'meetings'], () => import('./community/MeetingMinutes.svelte'));
const MeetingNew: PageLoader = withWords(['meetings'], () => import('./community/MeetingNew.svelte'));
const Meetings: PageLoader = withWords(['community', 'meetings'], () => import('./community/Meetings.svelte'));
const WishCounts: PageLoader = withWords(['microwish'], () => import('./community/WishCounts.svelte'));
const WishDetail: PageLoader = withWords(['community', 'microwish'], () => import('./community/WishDetail.svelte'));
const WishEdit: PageLoader = withWords(['microwish'], () => import('./community/WishEdit.svelte'));
const Wishes: PageLoader = withWords(['community', 'microwish'], () => import('./community/Wishes.svelte'));
const WishNew: PageLoader = withWords(['microwish'], () => import('./community/WishNew.svelte'));
const FundDonations: PageLoader = withWords(['community', 'fund'], () => import('./fund/Donations.svelte'));
const Fund: PageLoader = withWords(['community', 'fund'], () => import('./fund/Fund.svelte'));
const FundGrants: PageLoader = withWords(['community', 'fund'], () => import('./fund/Grants.svelte'));
const AppointmentBook: PageLoader = withWords(['appointments'], () => import('./appointments/Book.svelte'));
const AppointmentDesk: PageLoader = withWords(['appointments'], () => import('./appointments/Desk.svelte'));
const MyAppointments: PageLoader = withWords(['appointments'], () => import('./appointments/MyAppointments.svelte'));
const NotificationSettings: PageLoader = withWords(['notificationSettings'], () => import('./settings/NotificationSettings.svelte'));
const Home: PageLoader = withWords(['community', 'meetings'], () => import('./Home.svelte'));
const SignIn: PageLoader = () => import('./SignIn.svelte');
const SignUp: PageLoader = withWords(['identity'], () => import('./SignUp.svelte'));
const ForgotPassword: PageLoader = withWords(['identity'], () => import('./ForgotPassword.svelte'));
const SetPassword: PageLoader = withWords(['identity'], () => import('./SetPassword.svelte'));
const SignUpConfirm: PageLoader = withWords(['identity'], () => import('./SignUpConfirm.svelte'));
const IdConflicts: PageLoader = withWords(['identity'], () => import('./review/IdConflicts.svelte'));
const ApplicationDetail: PageLoader = withWords(['applications'], () => import('./applications/ApplicationDetail.svelte'));
const Apply: PageLoader = withWords(['applications'], () => import('./applications/Apply.svelte'));
const EnterpriseApplications: PageLoader = withWords(['applications'], () => import('./applications/EnterpriseApplications.svelte'));
const MyApplications: PageLoader = withWords(['applications'], () => import('./applications/MyApplications.svelte'));
const Nominate: PageLoader = withWords(['applications'], () => import('./applications/Nominate.svelte'));
const ReviewQueue: PageLoader = withWords(['applications'], () => import('./applications/ReviewQueue.svelte'));
const ReviewReport: PageLoader = withWords(['applications'], () => import('./applications/ReviewReport.svelte'));
const WalkIn: PageLoader = withWords(['applications'], () => import('./applications/WalkIn.svelte'));
const PrintPaper: PageLoader = withWords(['applications'], () => import('./applications/PrintPaper.svelte'));
const Verify: PageLoader = withWords(['applications'], () => import('./Verify.svelte'));
const ApartmentList: PageLoader = withWords(['apartments'], () => import('./apartments/ApartmentList.svelte'));
const ManageApartments: PageLoader = withWords(['apartments'], () => import('./apartments/ManageApartments.svelte'));
const ApartmentLeases: PageLoader = withWords(['apartments'], () => import('./apartments/Leases.svelte'));
const ApartmentWaitlist: PageLoader = withWords(['apartments'], () => import('./apartments/Waitlist.svelte'));
const MyApartment: PageLoader = withWords(['apartments'], () => import('./apartments/MyApartment.svelte'));
const ProjectDetail: PageLoader = withWords(['apartments'], () => import('./apartments/ProjectDetail.svelte'));
const SettlementDetail: PageLoader = withWords(['apartments'], () => import('./apartments/SettlementDetail.svelte'));
const Settlements: PageLoader = withWords(['apartments'], () => import('./apartments/Settlements.svelte'));
const PointsCalculator: PageLoader = withWords(['policy'], () => import('./policy/PointsCalculator.svelte'));
const PolicyCheck: PageLoader = withWords(['policy'], () => import('./policy/PolicyCheck.svelte'));
const PolicyDetail: PageLoader = withWords(['policy'], () => import('./policy/PolicyDetail.svelte'));
const PolicyList: PageLoader = withWords(['policy'], () => import('./policy/PolicyList.svelte'));
const BankInbox: PageLoader = withWords(['bank'], () => import('./bank/BankInbox.svelte'));
const BankProducts: PageLoader = withWords(['bank'], () => import('./bank/BankProducts.svelte'));
const InboxItem: PageLoader = withWords(['bank'], () => import('./bank/InboxItem.svelte'));
const MyRequests: PageLoader = withWords(['bank'], () => import('./bank/MyRequests.svelte'));
const ProductBrowser: PageLoader = withWords(['bank'], () => import('./bank/ProductBrowser.svelte'));
const ProductEditor: PageLoader = withWords(['bank'], () => import('./bank/ProductEditor.svelte'));
const RequestDetail: PageLoader = withWords(['bank'], () => import('./bank/RequestDetail.svelte'));
const RequestFinancing: PageLoader = withWords(['bank'], () => import('./bank/RequestFinancing.svelte'));
const Scorecard: PageLoader = withWords(['bank'], () => import('./bank/Scorecard.svelte'));

/** `public`: anyone; `guest`: signed-out only (sign-in, sign-up); `signed-in`: needs a session. */
export type Access = 'public' | 'guest' | 'signed-in';

export interface RouteDef {
  readonly path: string;
  readonly title: MessageKey;
  /** Loads the page's component (its own chunk). */
  readonly page: PageLoader;
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
    page: ComingSoon,
    access: 'signed-in' as const,
    roles,
    props: { feature },
  }));
}

export const routes: readonly RouteDef[] = [
  { path: '/', title: 'route.home', page: Home, access: 'public' },
  { path: '/sign-in', title: 'route.signIn', page: SignIn, access: 'guest' },
  { path: '/sign-up', title: 'route.signUp', page: SignUp, access: 'guest' },
  { path: '/sign-up/confirm', title: 'route.signUpConfirm', page: SignUpConfirm, access: 'public' },
  { path: '/forgot-password', title: 'route.forgotPassword', page: ForgotPassword, access: 'guest' },
  { path: '/set-password', title: 'route.setPassword', page: SetPassword, access: 'public' },
  { path: '/alliance/events', title: 'route.alliance.events', page: EventList, access: 'public' },
  { path: '/alliance/events/new', title: 'route.alliance.newEvent', page: EventEditor, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/events/:id', title: 'route.alliance.event', page: EventDetail, access: 'public' },
  { path: '/alliance/events/:id/edit', title: 'route.alliance.editEvent', page: EditEvent, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/events/:id/staff', title: 'route.alliance.staff', page: StaffSignUp, access: 'signed-in', roles: ['ENTERPRISE_HR'] },
  { path: '/alliance/events/:id/registrations', title: 'route.alliance.registrations', page: Registrations, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/events/:id/check-in', title: 'route.alliance.checkIn', page: CheckIn, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/participation', title: 'route.alliance.participation', page: Participation, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/learning', title: 'route.alliance.learning', page: MyLearning, access: 'signed-in' },
  { path: '/alliance/members', title: 'route.alliance.members', page: Members, access: 'public' },
  { path: '/alliance/members/:id', title: 'route.alliance.member', page: MemberEdit, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN', 'ENTERPRISE_HR'] },
  { path: '/alliance/cadre', title: 'route.alliance.cadre', page: CadreCohorts, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR', 'COORDINATOR', 'ADMIN'] },
  { path: '/alliance/cadre/new', title: 'route.alliance.newCohort', page: CadreCohortNew, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/alliance/cadre/:id', title: 'route.alliance.cohort', page: CadreCohortDetail, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR', 'COORDINATOR', 'ADMIN'] },
  { path: '/policies', title: 'route.policy.list', page: PolicyList, access: 'public' },
  { path: '/policies/:code', title: 'route.policy.detail', page: PolicyDetail, access: 'public' },
  { path: '/policies/:code/check', title: 'route.policy.check', page: PolicyCheck, access: 'public' },
  { path: '/points', title: 'route.policy.points', page: PointsCalculator, access: 'public' },
  { path: '/financing/products', title: 'route.bank.products', page: ProductBrowser, access: 'public' },
  { path: '/financing/requests', title: 'route.bank.myRequests', page: MyRequests, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR'] },
  { path: '/financing/requests/new', title: 'route.bank.newRequest', page: RequestFinancing, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR'] },
  { path: '/financing/requests/:id', title: 'route.bank.request', page: RequestDetail, access: 'signed-in', roles: ['TALENT', 'ENTERPRISE_HR'] },
  { path: '/financing/scorecard', title: 'route.bank.scorecard', page: Scorecard, access: 'signed-in', roles: ['ADMIN', 'REVIEWER', 'COORDINATOR', 'BANK_LIAISON'] },
  { path: '/bank/financing-requests', title: 'route.bank.inbox', page: BankInbox, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/bank/financing-requests/:id', title: 'route.bank.inboxItem', page: InboxItem, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/bank/products', title: 'route.bank.myProducts', page: BankProducts, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/bank/products/new', title: 'route.bank.newProduct', page: ProductEditor, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/bank/products/:id', title: 'route.bank.editProduct', page: ProductEditor, access: 'signed-in', roles: ['BANK_LIAISON'] },
  { path: '/apply/:policyId', title: 'route.apply', page: Apply, access: 'signed-in', roles: ['TALENT'] },
  { path: '/applications', title: 'route.applications', page: MyApplications, access: 'signed-in', roles: ['TALENT'] },
  { path: '/applications/:id', title: 'route.application', page: ApplicationDetail, access: 'signed-in' },
  { path: '/applications/:id/print/:kind', title: 'route.printPaper', page: PrintPaper, access: 'signed-in' },
  { path: '/verify/:token', title: 'route.verify', page: Verify, access: 'public' },
  { path: '/enterprise/applications', title: 'route.enterpriseApplications', page: EnterpriseApplications, access: 'signed-in', roles: ['ENTERPRISE_HR'] },
  { path: '/admin/accounts', title: 'route.adminAccounts', page: AdminAccounts, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/organisations', title: 'route.adminOrganisations', page: AdminOrganisations, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/outbox', title: 'route.adminOutbox', page: AdminOutbox, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/appointments', title: 'route.admin.appointments', page: AdminAppointments, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/caps', title: 'route.adminCaps', page: AdminCaps, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/rules', title: 'route.adminRules', page: AdminRules, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/policies', title: 'route.adminPolicies', page: AdminPolicies, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/imports', title: 'route.adminImports', page: AdminImports, access: 'signed-in', roles: ['ADMIN', 'ENTERPRISE_HR'] },
  { path: '/admin/forms', title: 'route.adminForms', page: AdminForms, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/admin/workflow', title: 'route.adminWorkflow', page: AdminWorkflow, access: 'signed-in', roles: ['ADMIN'] },
  { path: '/enterprise/nominations', title: 'route.nominate', page: Nominate, access: 'signed-in', roles: ['ENTERPRISE_HR'] },
  { path: '/review', title: 'route.review', page: ReviewQueue, access: 'signed-in', roles: ['REVIEWER'] },
  { path: '/review/payments', title: 'route.reviewPayments', page: ReviewQueue, access: 'signed-in', roles: ['REVIEWER'], props: { preset: 'payments' } },
  { path: '/review/report', title: 'route.reviewReport', page: ReviewReport, access: 'signed-in', roles: ['REVIEWER'] },
  { path: '/review/walk-in', title: 'route.walkIn', page: WalkIn, access: 'signed-in', roles: ['REVIEWER'] },
  { path: '/review/id-conflicts', title: 'route.idConflicts', page: IdConflicts, access: 'signed-in', roles: ['REVIEWER'] },
  { path: '/apartments', title: 'route.apartments.list', page: ApartmentList, access: 'public' },
  { path: '/apartments/projects/:id', title: 'route.apartments.project', page: ProjectDetail, access: 'public' },
  { path: '/apartments/mine', title: 'route.apartments.mine', page: MyApartment, access: 'signed-in', roles: ['TALENT'] },
  { path: '/apartments/manage', title: 'route.apartments.manage', page: ManageApartments, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/apartments/waitlist', title: 'route.apartments.waitlist', page: ApartmentWaitlist, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/apartments/leases', title: 'route.apartments.leases', page: ApartmentLeases, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/apartments/settlements', title: 'route.apartments.settlements', page: Settlements, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/apartments/settlements/:id', title: 'route.apartments.settlement', page: SettlementDetail, access: 'signed-in', roles: ['COORDINATOR', 'ADMIN'] },
  { path: '/community/needs', title: 'route.community.needs', page: CommunityNeeds, access: 'public' },
  { path: '/community/needs/new', title: 'route.community.newNeed', page: CommunityNeedNew, access: 'signed-in', roles: ['COMMUNITY_WORKER'] },
  { path: '/community/needs/:id', title: 'route.community.need', page: CommunityNeedDetail, access: 'public' },
  { path: '/community/projects', title: 'route.community.projects', page: CommunityProjects, access: 'signed-in' },
  { path: '/community/projects/:id', title: 'route.community.project', page: CommunityProjectDetail, access: 'public' },
  { path: '/community/year', title: 'route.community.year', page: CommunityYear, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'ENTERPRISE_HR', 'BANK_LIAISON', 'COORDINATOR', 'REVIEWER', 'ADMIN'] },
  { path: '/community/pairings', title: 'route.community.pairings', page: CommunityPairings, access: 'public' },
  { path: '/community/offer', title: 'route.community.offer', page: CommunityOffer, access: 'signed-in', roles: ['ENTERPRISE_HR', 'BANK_LIAISON'] },
  { path: '/community/wishes', title: 'route.wishes.list', page: Wishes, access: 'public' },
  { path: '/community/wishes/new', title: 'route.wishes.new', page: WishNew, access: 'signed-in', roles: ['COMMUNITY_WORKER'] },
  { path: '/community/wishes/counts', title: 'route.wishes.counts', page: WishCounts, access: 'public' },
  { path: '/community/wishes/:id', title: 'route.wishes.wish', page: WishDetail, access: 'public' },
  { path: '/community/wishes/:id/edit', title: 'route.wishes.edit', page: WishEdit, access: 'signed-in', roles: ['COMMUNITY_WORKER'] },
  { path: '/community/meetings', title: 'route.meetings.list', page: Meetings, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN', 'ENTERPRISE_HR', 'BANK_LIAISON'] },
  { path: '/community/meetings/new', title: 'route.meetings.new', page: MeetingNew, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN'] },
  { path: '/community/meetings/:id', title: 'route.meetings.meeting', page: MeetingDetail, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN', 'ENTERPRISE_HR', 'BANK_LIAISON'] },
  { path: '/community/meetings/:id/minutes', title: 'route.meetings.minutes', page: MeetingMinutes, access: 'signed-in', roles: ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN', 'ENTERPRISE_HR', 'BANK_LIAISON'] },
  { path: '/appointments', title: 'route.appointments', page: MyAppointments, access: 'signed-in' },
  { path: '/settings/notifications', title: 'route.settings.notifications', page: NotificationSettings, access: 'signed-in' },
  { path: '/appointments/desk', title: 'route.appointments.desk', page: AppointmentDesk, access: 'signed-in', roles: ['REVIEWER', 'BANK_LIAISON', 'ADMIN'] },
  { path: '/appointments/book/:serviceId', title: 'route.appointments.book', page: AppointmentBook, access: 'public' },
  { path: '/fund', title: 'route.fund', page: Fund, access: 'public' },
  { path: '/fund/grants', title: 'route.fund.grants', page: FundGrants, access: 'signed-in' },
  { path: '/fund/donations', title: 'route.fund.donations', page: FundDonations, access: 'signed-in', roles: ['COORDINATOR', 'REVIEWER', 'ADMIN'] },
  ...upcomingRoutes(),
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loadedPages = new Map<PageLoader, Component<any>>();

/**
 * The route's component: at once when its chunk has loaded before (so moving between pages
 * already seen shows no loading state), else a promise of it. A failed load (offline, or a new
 * release removed the old chunk) is not remembered, so trying again fetches it again.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pageOf(route: RouteDef): Component<any> | Promise<Component<any>> {
  const loaded = loadedPages.get(route.page);
  if (loaded) return loaded;
  return route.page().then((module) => {
    loadedPages.set(route.page, module.default);
    return module.default;
  });
}

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
