import type { EntityManager } from '@mikro-orm/postgresql';
import { BankContact } from './bank-contact.entity.js';
import { BankProduct } from './bank-product.entity.js';
import { bankLoaders } from './bank.loaders.js';
import { BankNotifications, type SinkFor } from './bank.notifications.js';
import { BankBranchResolver, BankContactResolver, BankProductResolver } from './bank.resolver.js';
import { BankService } from './bank.service.js';
import { FinancingAnswer } from './financing-answer.entity.js';
import { FinancingConsent } from './financing-consent.entity.js';
import { FinancingRequest } from './financing-request.entity.js';
import { FinancingRoute } from './financing-route.entity.js';
import { FinancingAnswerResolver, FinancingInboxResolver, FinancingRequestResolver, FinancingRouteResolver } from './financing.resolver.js';
import { FinancingService } from './financing.service.js';
import { ScorecardService } from './scorecard.service.js';

export { bankLoaders };

/** The 11-bank partnership: branches and contacts, products, financing requests with per-bank consent, answers, scorecard. */
export const BANK_ENTITIES = [BankContact, BankProduct, FinancingRequest, FinancingRoute, FinancingAnswer, FinancingConsent] as const;

export const BANK_RESOLVERS = [
  BankProductResolver, BankBranchResolver, BankContactResolver,
  FinancingRequestResolver, FinancingRouteResolver, FinancingAnswerResolver, FinancingInboxResolver,
] as const;

/** `sinkFor` gives the notification service bound to a transaction's entity manager. */
export function bankServices(em: EntityManager, loaders: ReturnType<typeof bankLoaders>, sinkFor: SinkFor) {
  return {
    bank: new BankService(em, loaders),
    financing: new FinancingService(em, loaders, new BankNotifications(sinkFor)),
    scorecard: new ScorecardService(em),
  };
}
