import type { EntityManager } from '@mikro-orm/postgresql';
import { type ApplicationHooks, type ApplicationService, BenefitKind } from '../application/index.js';
import type { AuditService } from '../audit/index.js';
import type { NotificationService } from '../notification/index.js';
import type { RuleService } from '../policy/index.js';
import { ApartmentOffer, WaitlistEntry } from './allocation.entity.js';
import { AllocationService } from './allocation.service.js';
import { checkFlatAnswers } from './answers.js';
import { apartmentLoaders } from './apartment.loaders.js';
import {
  ApartmentLeaseResolver, ApartmentOfferResolver, ApartmentOperatorResolver, ApartmentProjectResolver, ApartmentTermsResolver, ApartmentUnitResolver,
  SettlementBatchResolver, SettlementLineResolver, WaitlistEntryResolver,
} from './apartment.resolver.js';
import { ApartmentOperator, ApartmentProject, ApartmentUnit } from './inventory.entity.js';
import { InventoryService } from './inventory.service.js';
import { ManualOffers } from './manual-offer.js';
import { ApartmentLease } from './lease.entity.js';
import { SettlementBatch, SettlementLine } from './settlement.entity.js';
import { SettlementService } from './settlement.service.js';
import { ApartmentTerms } from './terms.js';
import { Waitlist } from './waitlist.js';

export { apartmentLoaders };

/** Talent apartments: inventory, waitlist and offers, leases, rent subsidy and its settlement. */
export const APARTMENT_ENTITIES = [ApartmentOperator, ApartmentProject, ApartmentUnit, WaitlistEntry, ApartmentOffer, ApartmentLease, SettlementBatch, SettlementLine] as const;

export const APARTMENT_RESOLVERS = [
  ApartmentOperatorResolver, ApartmentProjectResolver, ApartmentUnitResolver, WaitlistEntryResolver, ApartmentOfferResolver,
  ApartmentLeaseResolver, SettlementBatchResolver, SettlementLineResolver, ApartmentTermsResolver,
] as const;

/**
 * The apartments' part that runs inside application workflow steps: the waitlist, which an approved
 * flat application joins (a step listener), and the FLAT benefit's answer check. It is built
 * before the application service and needs nothing from it, so the workflow calls into
 * apartments without a loop back; `apartmentServices` then builds the rest on top of both.
 */
export function apartmentWaitlist(em: EntityManager, notifications: NotificationService, rules: RuleService) {
  const terms = new ApartmentTerms(em, rules);
  const waitlist = new Waitlist(notifications, terms, em);
  const hooks: ApplicationHooks = {
    answerChecks: { [BenefitKind.FLAT]: checkFlatAnswers },
    onStep: [(tx, step) => waitlist.onApplicationStep(tx, step)],
  };
  return { terms, waitlist, hooks };
}

export function apartmentServices(
  em: EntityManager,
  notifications: NotificationService,
  applications: ApplicationService,
  audit: AuditService,
  { terms, waitlist }: ReturnType<typeof apartmentWaitlist>,
) {
  const allocation = new AllocationService(em, notifications, applications, terms, waitlist);
  return {
    apartmentTerms: terms,
    apartmentWaitlist: waitlist,
    apartmentAllocation: allocation,
    apartmentManualOffers: new ManualOffers(em, audit, terms, waitlist),
    apartmentInventory: new InventoryService(em, waitlist),
    apartmentSettlement: new SettlementService(em, notifications, terms),
  };
}

// What other modules use.
export { apartmentRoutes } from './apartment.http.js';
export { apartmentJobs } from './apartment.jobs.js';
