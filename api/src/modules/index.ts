import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../core/config.js';
import { lazyGroups } from '../core/lazy-groups.js';
import { accountLoaders, AccountResolver, AccountService, SessionService } from './account/index.js';
import { ALLIANCE_RESOLVERS, allianceLoaders, allianceServices } from './alliance/index.js';
import { APARTMENT_RESOLVERS, apartmentLoaders, apartmentServices, apartmentWaitlist } from './apartment/index.js';
import { APPOINTMENT_RESOLVERS, appointmentLoaders, appointmentServices } from './appointment/index.js';
import { APPLICATION_RESOLVERS, applicationLoaders, applicationReadServices, applicationServices } from './application/index.js';
import { allowDocumentReader, DOCUMENT_RESOLVERS, documentServices } from './document/index.js';
import { BANK_RESOLVERS, bankLoaders, bankServices } from './bank/index.js';
import { canReadCommunityDocument, COMMUNITY_RESOLVERS, communityLoaders, communityServices } from './community/index.js';
import { FUND_RESOLVERS, fundLoaders, fundServices } from './fund/index.js';
import { importServices } from './imports/index.js';
import { MICROWISH_RESOLVERS, microWishLoaders, microWishServices } from './microwish/index.js';
import { NotificationResolver, NotificationService, NotificationSettingsResolver, NotificationSettingsService, NotificationSubscriptionResolver, OutboxResolver } from './notification/index.js';
import { organisationLoaders, OrganisationResolver, OrganisationService } from './organisation/index.js';
import { POLICY_RESOLVERS, policyLoaders, policyServices } from './policy/index.js';
import { AUDIT_RESOLVERS } from './audit/index.js';
import { PasswordLinkResolver, PasswordLinkService, ResidentIdConflictResolver, ResidentIdConflictService, SignUpResolver, SignUpService, talentLoaders, TalentResolver, TalentService } from './talent/index.js';

/** The domain modules wired together: resolvers for the schema, loaders and services per request. */

// Photos of community needs and projects are read through what they are attached to.
allowDocumentReader(canReadCommunityDocument);

export const RESOLVERS = [AccountResolver, SignUpResolver, PasswordLinkResolver, OrganisationResolver, TalentResolver, ResidentIdConflictResolver, NotificationResolver, NotificationSubscriptionResolver, OutboxResolver, NotificationSettingsResolver, ...ALLIANCE_RESOLVERS, ...POLICY_RESOLVERS, ...AUDIT_RESOLVERS, ...BANK_RESOLVERS, ...DOCUMENT_RESOLVERS, ...APPLICATION_RESOLVERS, ...APARTMENT_RESOLVERS, ...COMMUNITY_RESOLVERS, ...MICROWISH_RESOLVERS, ...FUND_RESOLVERS, ...APPOINTMENT_RESOLVERS] as const;

/** This request's loaders, each module's built on first use (see core/lazy-groups.ts). */
const LOADERS = lazyGroups<EntityManager>()
  .add(accountLoaders)
  .add(organisationLoaders)
  .add(talentLoaders)
  .add(allianceLoaders)
  .add(policyLoaders)
  .add(bankLoaders)
  .add(applicationLoaders)
  .add(apartmentLoaders)
  .add(communityLoaders)
  .add(microWishLoaders)
  .add(fundLoaders)
  .add(appointmentLoaders);

export function createLoaders(em: EntityManager) {
  return LOADERS.create(em);
}

export type Loaders = ReturnType<typeof createLoaders>;

interface ServiceDeps { em: EntityManager; loaders: Loaders; config: AppConfig }

/**
 * This request's services, built on first use in groups (see core/lazy-groups.ts); a group may
 * use the groups above it, and services of one request share them (one NotificationService).
 */
const SERVICES = lazyGroups<ServiceDeps>()
  .add(({ em, config }) => ({
    account: new AccountService(em),
    signUp: new SignUpService(em),
    passwordLinks: new PasswordLinkService(em),
    sessions: new SessionService(em, config.sessionTtlHours),
    organisations: new OrganisationService(em),
  }))
  .add(({ em, loaders }) => ({ talent: new TalentService(em, loaders) }))
  .add(({ em }) => ({ notifications: new NotificationService(em) }))
  .add(({ em }, { notifications }) => ({ residentIdConflicts: new ResidentIdConflictService(em, (tx) => notifications.within(tx)) }))
  .add(({ em }) => ({ notificationSettings: new NotificationSettingsService(em) }))
  .add(({ em }, { notifications }) => allianceServices(em, notifications))
  .add(({ em, loaders }) => policyServices(em, loaders))
  .add(({ em }) => documentServices(em))
  .add(({ em }) => applicationReadServices(em))
  .add(({ em }, { notifications, rules, audit }) => {
    // Flat applications join the apartments' waitlist when approved: built first, then plugged into the workflow.
    const apartmentQueue = apartmentWaitlist(em, notifications, rules);
    // The eligibility snapshot at submission is read inside the step's transaction, through it.
    const applications = applicationServices(em, notifications, audit, (tx) => policyServices(tx, createLoaders(tx)).eligibility, apartmentQueue.hooks);
    return { ...applications, ...apartmentServices(em, notifications, applications.applications, audit, apartmentQueue) };
  })
  .add(({ em, loaders }) => bankServices(em, loaders, (tx) => new NotificationService(tx)))
  .add(({ em }, { notifications }) => communityServices(em, notifications))
  .add(({ em }, { notifications }) => microWishServices(em, notifications))
  .add(({ em }) => fundServices(em))
  .add(({ em }, { notifications }) => appointmentServices(em, notifications))
  .add(({ em }) => importServices(em));

export function createServices(em: EntityManager, loaders: Loaders, config: AppConfig) {
  return SERVICES.create({ em, loaders, config });
}

export type Services = ReturnType<typeof createServices>;
