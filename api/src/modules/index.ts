import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../core/config.js';
import { accountLoaders } from './account/account.loaders.js';
import { allianceLoaders, allianceServices, ALLIANCE_RESOLVERS } from './alliance/index.js';
import { AccountResolver } from './account/account.resolver.js';
import { AccountService } from './account/account.service.js';
import { SessionService } from './account/session.service.js';
import { bankLoaders, bankServices, BANK_RESOLVERS } from './bank/index.js';
import { NotificationResolver, NotificationService } from './notification/index.js';
import { organisationLoaders } from './organisation/organisation.loaders.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';
import { OrganisationService } from './organisation/organisation.service.js';
import { talentLoaders } from './talent/talent.loaders.js';
import { TalentResolver } from './talent/talent.resolver.js';
import { TalentService } from './talent/talent.service.js';
import { policyLoaders, policyServices, POLICY_RESOLVERS } from './policy/index.js';

/** The domain modules wired together: resolvers for the schema, loaders and services per request. */

export const RESOLVERS = [AccountResolver, OrganisationResolver, TalentResolver, NotificationResolver, ...ALLIANCE_RESOLVERS, ...POLICY_RESOLVERS, ...BANK_RESOLVERS] as const;

export function createLoaders(em: EntityManager) {
  return {
    ...accountLoaders(em),
    ...organisationLoaders(em),
    ...talentLoaders(em),
    ...allianceLoaders(em),
    ...policyLoaders(em),
    ...bankLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export function createServices(em: EntityManager, loaders: Loaders, config: AppConfig) {
  return {
    account: new AccountService(em),
    sessions: new SessionService(em, config.sessionTtlHours),
    organisations: new OrganisationService(em),
    talent: new TalentService(em, loaders),
    notifications: new NotificationService(em),
    ...allianceServices(em, new NotificationService(em)),
    ...policyServices(em, loaders),
    ...bankServices(em, loaders, (tx) => new NotificationService(tx)),
  };
}

export type Services = ReturnType<typeof createServices>;
