import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../core/config.js';
import { accountLoaders } from './account/account.loaders.js';
import { allianceLoaders, allianceServices, ALLIANCE_RESOLVERS } from './alliance/index.js';
import { apartmentLoaders, apartmentServices, apartmentWaitlist, APARTMENT_RESOLVERS } from './apartment/index.js';
import { appointmentLoaders, appointmentServices, APPOINTMENT_RESOLVERS } from './appointment/index.js';
import { applicationLoaders, applicationServices, APPLICATION_RESOLVERS } from './application/index.js';
import { allowDocumentReader, documentServices, DOCUMENT_RESOLVERS } from './document/index.js';
import { AccountResolver } from './account/account.resolver.js';
import { AccountService } from './account/account.service.js';
import { SessionService } from './account/session.service.js';
import { bankLoaders, bankServices, BANK_RESOLVERS } from './bank/index.js';
import { canReadCommunityDocument, communityLoaders, communityServices, COMMUNITY_RESOLVERS } from './community/index.js';
import { fundLoaders, fundServices, FUND_RESOLVERS } from './fund/index.js';
import { microWishLoaders, microWishServices, MICROWISH_RESOLVERS } from './microwish/index.js';
import { NotificationResolver, NotificationService } from './notification/index.js';
import { NotificationSubscriptionResolver } from './notification/notification.subscription.js';
import { OutboxResolver } from './notification/outbox.resolver.js';
import { NotificationSettingsResolver } from './notification/notification-settings.resolver.js';
import { NotificationSettingsService } from './notification/notification-settings.service.js';
import { organisationLoaders } from './organisation/organisation.loaders.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';
import { OrganisationService } from './organisation/organisation.service.js';
import { policyLoaders, policyServices, POLICY_RESOLVERS } from './policy/index.js';
import { talentLoaders } from './talent/talent.loaders.js';
import { ResidentIdConflictResolver } from './talent/resident-id-conflict.resolver.js';
import { ResidentIdConflictService } from './talent/resident-id-conflict.service.js';
import { TalentResolver } from './talent/talent.resolver.js';
import { TalentService } from './talent/talent.service.js';
import { SignUpResolver } from './talent/sign-up.resolver.js';
import { SignUpService } from './talent/sign-up.service.js';

/** The domain modules wired together: resolvers for the schema, loaders and services per request. */

// Photos of community needs and projects are read through what they are attached to.
allowDocumentReader(canReadCommunityDocument);

export const RESOLVERS = [AccountResolver, SignUpResolver, OrganisationResolver, TalentResolver, ResidentIdConflictResolver, NotificationResolver, NotificationSubscriptionResolver, OutboxResolver, NotificationSettingsResolver, ...ALLIANCE_RESOLVERS, ...POLICY_RESOLVERS, ...BANK_RESOLVERS, ...DOCUMENT_RESOLVERS, ...APPLICATION_RESOLVERS, ...APARTMENT_RESOLVERS, ...COMMUNITY_RESOLVERS, ...MICROWISH_RESOLVERS, ...FUND_RESOLVERS, ...APPOINTMENT_RESOLVERS] as const;

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
