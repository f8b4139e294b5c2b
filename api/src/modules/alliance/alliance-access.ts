import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, type LocalisedText } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import type { AllianceEvent } from './alliance-event.entity.js';
import { AllianceEventStatus } from './alliance.enums.js';
import type { EventRegistration } from './event-registration.entity.js';
import type { CadreNomination } from './cadre.entity.js';

/** Record-level access of the alliance, shared by its services (roles sit on the operations). */

export function runsAlliance(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.role === Role.COORDINATOR || viewer.role === Role.ADMIN);
}

/** Drafts are the coordinators' own; everything else is public. */
export function canSeeEvent(viewer: Viewer | null, event: AllianceEvent): boolean {
  return event.status !== AllianceEventStatus.DRAFT || runsAlliance(viewer);
}

/** A registration is seen by its person, the coordinators, and HR of the enterprise it was made for. */
export function canSeeRegistration(viewer: Viewer | null, registration: EventRegistration): boolean {
  if (!viewer) return false;
  if (runsAlliance(viewer) || registration.person.id === viewer.userId) return true;
  return viewer.role === Role.ENTERPRISE_HR && viewer.organisationId !== null && registration.organisation?.id === viewer.organisationId;
}

export function canSeeNomination(viewer: Viewer | null, nomination: CadreNomination): boolean {
  if (!viewer) return false;
  if (runsAlliance(viewer) || nomination.person.id === viewer.userId) return true;
  return viewer.role === Role.ENTERPRISE_HR && viewer.organisationId === nomination.organisation.id;
}

export function notFound(what: LocalisedText): DomainError {
  return DomainError.notFound(what);
}
