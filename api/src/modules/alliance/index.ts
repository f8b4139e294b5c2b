import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationService } from '../notification/index.js';
import { AllianceResolver, ConvenerTermResolver, MemberProfileResolver } from './alliance.resolver.js';
import { AllianceService } from './alliance.service.js';
import { CadreCohortResolver, CadreNominationResolver } from './cadre.resolver.js';
import { CadreService } from './cadre.service.js';
import { CalendarService } from './calendar.service.js';
import { AllianceEventResolver, EventSeatQuotaResolver } from './event.resolver.js';
import { AllianceEventService } from './event.service.js';
import { EnterpriseParticipationResolver, LearningResolver, MonthlyParticipationResolver } from './learning.resolver.js';
import { LearningService } from './learning.service.js';
import { RegistrationResolver } from './registration.resolver.js';
import { RegistrationService } from './registration.service.js';

export { allianceLoaders } from './alliance.loaders.js';
export { allianceRoutes } from './alliance.http.js';

/** The tech alliance: members and convener, events and seats, check-in, calendars, cadre exchange, learning record. */
export { ALLIANCE_ENTITIES } from './alliance.entities.js';

export const ALLIANCE_RESOLVERS = [
  AllianceResolver, ConvenerTermResolver, MemberProfileResolver,
  AllianceEventResolver, EventSeatQuotaResolver, RegistrationResolver,
  CadreCohortResolver, CadreNominationResolver,
  LearningResolver, EnterpriseParticipationResolver, MonthlyParticipationResolver,
] as const;

export function allianceServices(em: EntityManager, notifications: NotificationService) {
  const registrations = new RegistrationService(em, notifications);
  return {
    alliance: new AllianceService(em),
    registrations,
    allianceEvents: new AllianceEventService(em, registrations, notifications),
    cadre: new CadreService(em, notifications),
    learning: new LearningService(em),
    calendar: new CalendarService(em),
  };
}

// What other modules use.
export { allianceJobs } from './alliance.jobs.js';
