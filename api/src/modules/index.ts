import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../core/config.js';
import { accountLoaders, AccountResolver, AccountService, SessionService } from './account/index.js';
import { ALLIANCE_RESOLVERS, allianceLoaders, allianceServices } from './alliance/index.js';
import { APARTMENT_RESOLVERS, apartmentLoaders, apartmentServices, apartmentWaitlist } from './apartment/index.js';
import { APPOINTMENT_RESOLVERS, appointmentLoaders, appointmentServices } from './appointment/index.js';
import { APPLICATION_RESOLVERS, applicationLoaders, applicationServices } from './application/index.js';
import { allowDocumentReader, DOCUMENT_RESOLVERS, documentServices } from './document/index.js';
import { BANK_RESOLVERS, bankLoaders, bankServices } from './bank/index.js';
import { canReadCommunityDocument, COMMUNITY_RESOLVERS, communityLoaders, communityServices } from './community/index.js';
import { FUND_RESOLVERS, fundLoaders, fundServices } from './fund/index.js';
import { MICROWISH_RESOLVERS, microWishLoaders, microWishServices } from './microwish/index.js';
import { NotificationResolver, NotificationService, NotificationSettingsResolver, NotificationSettingsService, NotificationSubscriptionResolver, OutboxResolver } from './notification/index.js';
import { organisationLoaders, OrganisationResolver, OrganisationService } from './organisation/index.js';
import { POLICY_RESOLVERS, policyLoaders, policyServices } from './policy/index.js';
import { AUDIT_RESOLVERS } from './audit/index.js';
import { ResidentIdConflictResolver, ResidentIdConflictService, SignUpResolver, SignUpService, talentLoaders, TalentResolver, TalentService } from './talent/index.js';

/** The domain modules wired together: resolvers for the schema, loaders and services per request. */

// Photos of community needs and projects are read through what they are attached to.
allowDocumentReader(canReadCommunityDocument);

export const RESOLVERS = [AccountResolver, SignUpResolver, OrganisationResolver, TalentResolver, ResidentIdConflictResolver, NotificationResolver, NotificationSubscriptionResolver, OutboxResolver, NotificationSettingsResolver, ...ALLIANCE_RESOLVERS, ...POLICY_RESOLVERS, ...AUDIT_RESOLVERS, ...BANK_RESOLVERS, ...DOCUMENT_RESOLVERS, ...APPLICATION_RESOLVERS, ...APARTMENT_RESOLVERS, ...COMMUNITY_RESOLVERS, ...MICROWISH_RESOLVERS, ...FUND_RESOLVERS, ...APPOINTMENT_RESOLVERS] as const;

export function createLoaders(em: EntityManager) {
  return {
    ...accountLoaders(em),
    ...organisationLoaders(em),
    ...talentLoaders(em),
    ...allianceLoaders(em),
    ...policyLoaders(em),
    ...bankLoaders(em),
    ...applicationLoaders(em),
    ...apartmentLoaders(em),
    ...communityLoaders(em),
    ...microWishLoaders(em),
    ...fundLoaders(em),
    ...appointmentLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export function createServices(em: EntityManager, loaders: Loaders, config: AppConfig) {
  const notifications = new NotificationService(em);
  const policy = policyServices(em, loaders);
  // Flat applications join the apartments' waitlist when approved: built first, then plugged into the workflow.
  const apartmentQueue = apartmentWaitlist(em, notifications, policy.rules);
  // The eligibility snapshot at submission is read inside the step's transaction, through it.
  const applications = applicationServices(em, notifications, policy.audit, (tx) => policyServices(tx, createLoaders(tx)).eligibility, apartmentQueue.hooks);
  return {
    account: new AccountService(em),
    signUp: new SignUpService(em),
    sessions: new SessionService(em, config.sessionTtlHours),
    organisations: new OrganisationService(em),
    talent: new TalentService(em, loaders),
    residentIdConflicts: new ResidentIdConflictService(em, (tx) => notifications.within(tx)),
    notifications,
    notificationSettings: new NotificationSettingsService(em),
    ...allianceServices(em, notifications),
    ...policy,
    ...documentServices(em),
    ...applications,
    ...apartmentServices(em, notifications, applications.applications, apartmentQueue),
    ...bankServices(em, loaders, (tx) => new NotificationService(tx)),
    ...communityServices(em, notifications),
    ...microWishServices(em, notifications),
    ...fundServices(em),
    ...appointmentServices(em, notifications),
  };
}

export type Services = ReturnType<typeof createServices>;
