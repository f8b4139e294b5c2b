import { AllianceConvenerTerm, AllianceMemberProfile } from './alliance-member.entity.js';
import { AllianceEvent, EventSeatQuota } from './alliance-event.entity.js';
import { CadreCohort, CadreNomination } from './cadre.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { EventRegistration } from './event-registration.entity.js';

/** The alliance module's tables, for the ORM's entity list. */
export const ALLIANCE_ENTITIES = [AllianceMemberProfile, AllianceConvenerTerm, AllianceEvent, EventSeatQuota, EventRegistration, CadreCohort, CadreNomination, CalendarFeed];
