import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationHooks, ApplicationService } from '../application/application.service.js';
import { BenefitKind } from '../application/application-form.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { RuleService } from '../policy/rule.service.js';
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
import { ApartmentLease } from './lease.entity.js';
import { SettlementBatch, SettlementLine } from './settlement.entity.js';
import { SettlementService } from './settlement.service.js';
import { ApartmentTerms } from './terms.js';

export { apartmentLoaders };

/** Talent apartments: inventory, waitlist and offers, leases, rent subsidy and its settlement. */
export const APARTMENT_ENTITIES = [ApartmentOperator, ApartmentProject, ApartmentUnit, WaitlistEntry, ApartmentOffer, ApartmentLease, SettlementBatch, SettlementLine] as const;

export const APARTMENT_RESOLVERS = [
  ApartmentOperatorResolver, ApartmentProjectResolver, ApartmentUnitResolver, WaitlistEntryResolver, ApartmentOfferResolver,
  ApartmentLeaseResolver, SettlementBatchResolver, SettlementLineResolver, ApartmentTermsResolver,
] as const;

/**
 * What the apartments module plugs into the application workflow: the FLAT benefit's answer
 * check, and a step listener that puts approved flat applications on the waitlist. The listener
 * reaches the allocation service once `apartmentServices` has built it (the two services need
 * each other: allocating a flat is itself a workflow step).
 */
export function apartmentWorkflowHooks() {
  let allocation: AllocationService | null = null;
  const hooks: ApplicationHooks = {
    answerChecks: { [BenefitKind.FLAT]: checkFlatAnswers },
    onStep: [async (tx, step) => {
      if (!allocation) throw new Error('apartment services are not built yet');
      await allocation.onApplicationStep(tx, step);
    }],
  };
  return { hooks, bind: (service: AllocationService) => { allocation = service; } };
}

export function apartmentServices(
  em: EntityManager,
  notifications: NotificationService,
  rules: RuleService,
  applications: ApplicationService,
  workflow: ReturnType<typeof apartmentWorkflowHooks>,
) {
  const terms = new ApartmentTerms(em, rules);
  const allocation = new AllocationService(em, notifications, applications, terms);
  workflow.bind(allocation);
  return {
    apartmentTerms: terms,
    apartmentAllocation: allocation,
    apartmentInventory: new InventoryService(em, allocation),
    apartmentSettlement: new SettlementService(em, notifications, terms),
  };
}
