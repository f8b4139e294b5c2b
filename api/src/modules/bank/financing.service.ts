import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors, type LocalisedText } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { checkBankAccount, checkPhone, checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { TalentProfile } from '../talent/index.js';
import { BankProduct } from './bank-product.entity.js';
import {
  BankProductStatus,
  FinancingAnswerKind,
  FinancingAudience,
  FinancingRequestStatus,
  FinancingRouteOrigin,
  FinancingRouteStatus,
  LENDING_KINDS,
  type FinancingFact,
} from './bank.enums.js';
import type { FinancingAnswerInput, FinancingConsentInput, FinancingFactsInput, FinancingInboxFilterArgs, FinancingNeedInput, FinancingRequestInput } from './bank.inputs.js';
import type { bankLoaders } from './bank.loaders.js';
import { BANK_MESSAGES as M } from './bank.messages.js';
import type { BankNotifications } from './bank.notifications.js';
import { FinancingInboxItem } from './bank.payloads.js';
import { branchOf, checkInt, checkRate, MAX_AMOUNT, MAX_TERM_MONTHS } from './bank.service.js';
import { creditCodeProblem, normaliseCreditCode } from './credit-code.js';
import { allFacts, cleanConsent, factsForBank, type FactValues } from './facts.js';
import { FinancingAnswer } from './financing-answer.entity.js';
import { FinancingConsent } from './financing-consent.entity.js';
import { FinancingRequest } from './financing-request.entity.js';
import { FinancingRoute } from './financing-route.entity.js';
import { fitFilter, type FinancingNeed } from './matching.js';

type Loaders = ReturnType<typeof bankLoaders>;


/** Route statuses after which the branch has nothing more to do. */
const CLOSED_ROUTE: readonly FinancingRouteStatus[] = [FinancingRouteStatus.ACCEPTED, FinancingRouteStatus.NOT_SELECTED, FinancingRouteStatus.WITHDRAWN];

const MAX_TEXT = 1000;

const ROUTE_STATUS_OF_ANSWER: Readonly<Record<FinancingAnswerKind, FinancingRouteStatus>> = {
  [FinancingAnswerKind.INTERESTED]: FinancingRouteStatus.INTERESTED,
  [FinancingAnswerKind.NEEDS_INFO]: FinancingRouteStatus.NEEDS_INFO,
  [FinancingAnswerKind.DECLINED]: FinancingRouteStatus.DECLINED,
};

function audienceOf(viewer: Viewer): FinancingAudience {
  if (viewer.role === Role.TALENT) return FinancingAudience.TALENT;
  if (viewer.role === Role.ENTERPRISE_HR && viewer.organisationId) return FinancingAudience.ENTERPRISE;
  throw DomainError.forbidden();
}

/** The applicant: the talent themself, or any HR account of the enterprise. Nobody else, the town included. */
export function isApplicant(viewer: Viewer | null, request: FinancingRequest): boolean {
  if (!viewer) return false;
  if (request.audience === FinancingAudience.TALENT) return viewer.role === Role.TALENT && request.talent?.id === viewer.userId;
  return viewer.role === Role.ENTERPRISE_HR && viewer.organisationId !== null && request.enterprise?.id === viewer.organisationId;
}

function stateError(message: LocalisedText, field: string | null = null): UserInputErrors {
  return new UserInputErrors([{ field, code: UserErrorCode.INVALID_STATE, message }]);
}

export class FinancingService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
    private readonly notifications: BankNotifications,
  ) {}

  // ----- matching -----

  /** Published, visible products of this kind and audience whose amount and term ranges hold the need. */
  private findFits(em: EntityManager, need: FinancingNeed): Promise<BankProduct[]> {
    return em.find(BankProduct, { status: BankProductStatus.PUBLISHED, hidden: false, ...fitFilter(need) }, {
      orderBy: { featured: 'desc', branch: { nameZh: 'asc' }, nameZh: 'asc', id: 'asc' },
      limit: 100,
    });
  }

  /** A preview for the request form: what fits the viewer's need now. */
  async matches(viewer: Viewer, need: FinancingNeedInput): Promise<BankProduct[]> {
    return this.findFits(this.em, { audience: audienceOf(viewer), kind: need.kind, amount: need.amount ?? null, termMonths: need.termMonths ?? null });
  }

  // ----- the applicant's side -----

  private checkFacts(errors: FieldErrors, audience: FinancingAudience, facts: FinancingFactsInput): Partial<FactValues> {
    const out: Partial<FactValues> = {
      contactPhone: checkPhone(errors, 'input.facts.contactPhone', facts.contactPhone),
      settlementAccount: checkBankAccount(errors, 'input.facts.settlementAccount', facts.settlementAccount),
    };
    const enterpriseOnly = { creditCode: facts.creditCode, annualRevenueWan: facts.annualRevenueWan, employeeCount: facts.employeeCount, foundedYear: facts.foundedYear, patentCount: facts.patentCount };
    const talentOnly = { monthlyIncome: facts.monthlyIncome };
    const notFor = audience === FinancingAudience.ENTERPRISE ? talentOnly : enterpriseOnly;
    for (const [key, value] of Object.entries(notFor)) {
      if (value !== null && value !== undefined && value !== '') {
        errors.addText(`input.facts.${key}`, UserErrorCode.INVALID, M.factDoesNotApply);
      }
    }
    if (audience === FinancingAudience.ENTERPRISE) {
      if (facts.creditCode?.trim()) {
        const code = normaliseCreditCode(facts.creditCode);
        const problem = creditCodeProblem(code);
        if (problem === 'FORMAT') errors.addText('input.facts.creditCode', UserErrorCode.INVALID, M.creditCodeFormat);
        else if (problem === 'CHECK_CHAR') errors.addText('input.facts.creditCode', UserErrorCode.INVALID, M.creditCodeCheckCharacter);
        out.creditCode = code;
      }
      out.annualRevenueWan = checkInt(errors, 'input.facts.annualRevenueWan', facts.annualRevenueWan, 0, 100_000_000);
      out.employeeCount = checkInt(errors, 'input.facts.employeeCount', facts.employeeCount, 0, 1_000_000);
      out.foundedYear = checkInt(errors, 'input.facts.foundedYear', facts.foundedYear, 1900, new Date().getUTCFullYear());
      out.patentCount = checkInt(errors, 'input.facts.patentCount', facts.patentCount, 0, 100_000);
    } else {
      out.monthlyIncome = checkInt(errors, 'input.facts.monthlyIncome', facts.monthlyIncome, 0, 100_000_000);
    }
    return out;
  }

  /**
   * Posts a request: checks it, snapshots the applicant's facts, sends it to the branches whose
   * products fit (or the ones the applicant picked), records each branch's consent, and tells
   * the branches' liaisons. All in one transaction.
   */
  async create(viewer: Viewer, input: FinancingRequestInput): Promise<FinancingRequest> {
    const audience = audienceOf(viewer);
    const errors = new FieldErrors();
    const purpose = checkText(errors, 'input.purpose', input.purpose, M.purpose, 500);
    const lending = LENDING_KINDS.has(input.kind);
    const amount = checkInt(errors, 'input.amount', input.amount, 1, MAX_AMOUNT);
    const termMonths = checkInt(errors, 'input.termMonths', input.termMonths, 1, MAX_TERM_MONTHS);
    if (lending && (input.amount === null || input.amount === undefined)) errors.addText('input.amount', UserErrorCode.REQUIRED, M.amountMissing);
    if (lending && (input.termMonths === null || input.termMonths === undefined)) errors.addText('input.termMonths', UserErrorCode.REQUIRED, M.termMissing);
    const facts = this.checkFacts(errors, audience, input.facts ?? {});

    // The snapshot of who applies.
    if (audience === FinancingAudience.ENTERPRISE) {
      const enterprise = await this.em.findOne(Organisation, { id: viewer.organisationId!, kind: OrganisationKind.ENTERPRISE });
      if (!enterprise) throw DomainError.forbidden();
      facts.applicantName = enterprise.nameZh;
    } else {
      const profile = await this.em.findOne(TalentProfile, { user: viewer.userId }, { populate: ['employer'] });
      if (!profile) throw DomainError.notFound(M.talentProfile);
      facts.applicantName = profile.legalName;
      facts.employerName = profile.employer?.getEntity().nameZh ?? null;
      facts.education = profile.education;
    }

    const need: FinancingNeed = { audience, kind: input.kind, amount, termMonths };
    const fits = errors.has('input.amount') || errors.has('input.termMonths') ? [] : await this.findFits(this.em, need);
    const fitsByBranch = new Map<string, string[]>();
    for (const p of fits) fitsByBranch.set(p.branch.id, [...(fitsByBranch.get(p.branch.id) ?? []), p.id]);

    let branchIds: string[];
    if (input.branchIds) {
      branchIds = [...new Set(input.branchIds)];
      const found = await this.em.find(Organisation, { id: { $in: branchIds }, kind: OrganisationKind.BANK_BRANCH }, { fields: ['id'] });
      if (branchIds.length === 0) errors.addText('input.branchIds', UserErrorCode.REQUIRED, M.noBankChosen);
      else if (found.length !== branchIds.length) errors.addText('input.branchIds', UserErrorCode.NOT_FOUND, M.chosenBankMissing);
    } else {
      branchIds = [...fitsByBranch.keys()];
      if (branchIds.length === 0 && errors.isEmpty) {
        errors.addText('input.branchIds', UserErrorCode.REQUIRED, M.noMatchingProduct);
      }
    }

    const consentByBranch = new Map<string, FinancingFact[]>();
    input.consents.forEach((consent, i) => {
      if (!branchIds.includes(consent.branchId)) {
        errors.addText(`input.consents.${i}.branchId`, UserErrorCode.INVALID, M.bankNotRecipient);
        return;
      }
      if (consentByBranch.has(consent.branchId)) {
        errors.addText(`input.consents.${i}.branchId`, UserErrorCode.DUPLICATE, M.consentTwice);
        return;
      }
      const { facts: clean, unknown } = cleanConsent(audience, consent.facts);
      if (unknown.length) errors.addText(`input.consents.${i}.facts`, UserErrorCode.INVALID, M.consentFactsDoNotApply);
      consentByBranch.set(consent.branchId, clean);
    });
    errors.throwIfAny();

    return this.em.transactional(async (em) => {
      const request = em.create(FinancingRequest, {
        audience,
        kind: input.kind,
        purpose,
        amount,
        termMonths,
        enterprise: audience === FinancingAudience.ENTERPRISE ? em.getReference(Organisation, viewer.organisationId!) : null,
        talent: audience === FinancingAudience.TALENT ? em.getReference(User, viewer.userId) : null,
        createdBy: em.getReference(User, viewer.userId),
        ...facts,
      });
      const now = new Date();
      const routes = branchIds.map((branchId) => {
        const consented = consentByBranch.get(branchId) ?? [];
        const route = em.create(FinancingRoute, {
          request,
          branch: em.getReference(Organisation, branchId),
          origin: fitsByBranch.has(branchId) ? FinancingRouteOrigin.MATCHED : FinancingRouteOrigin.CHOSEN,
          consentedFacts: consented,
          consentRecordedAt: now,
          matchedProductIds: fitsByBranch.get(branchId) ?? [],
          sentAt: now,
        });
        em.create(FinancingConsent, { route, facts: consented, recordedBy: em.getReference(User, viewer.userId), recordedAt: now });
        return route;
      });
      await this.notifications.requestSent(em, request, routes);
      return request;
    });
  }

  async myRequests(viewer: Viewer, window: PageWindow): Promise<[FinancingRequest[], number]> {
    const where = audienceOf(viewer) === FinancingAudience.TALENT ? { talent: viewer.userId } : { enterprise: viewer.organisationId! };
    return this.em.findAndCount(FinancingRequest, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }

  /** Not found and not the viewer's answer the same. */
  async requestOrFail(viewer: Viewer, id: string): Promise<FinancingRequest> {
    const request = await this.loaders.financingRequestById.load(id);
    if (!request || !isApplicant(viewer, request)) throw DomainError.notFound(M.financingRequest);
    return request;
  }

  /** Everything the applicant gave; only ever called with a request `requestOrFail` let through. */
  factsForApplicant(viewer: Viewer | null, request: FinancingRequest): FactValues {
    if (!isApplicant(viewer, request)) throw DomainError.notFound(M.financingRequest);
    return allFacts(request);
  }

  /** Runs `change` with the request row locked, so accepts, answers and withdrawals queue up. */
  private locked<T>(requestId: string, change: (em: EntityManager, request: FinancingRequest) => Promise<T>): Promise<T> {
    return this.em.transactional(async (em) => {
      const request = await em.findOneOrFail(FinancingRequest, requestId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      return change(em, request);
    });
  }

  async updateConsent(viewer: Viewer, input: FinancingConsentInput): Promise<FinancingRoute> {
    const route = await this.em.findOne(FinancingRoute, input.routeId);
    const request = route ? await this.requestOrFail(viewer, route.request.id).catch(() => null) : null;
    if (!route || !request) throw DomainError.notFound(M.route);
    const { facts, unknown } = cleanConsent(request.audience, input.facts);
    if (unknown.length) throw new UserInputErrors([{ field: 'input.facts', code: UserErrorCode.INVALID, message: M.consentFactsDoNotApply }]);
    return this.locked(request.id, async (em, current) => {
      if (current.status !== FinancingRequestStatus.OPEN) throw stateError(M.closedConsentsFixed);
      const target = await em.findOneOrFail(FinancingRoute, route.id, { refresh: true });
      const now = new Date();
      target.consentedFacts = facts;
      target.consentRecordedAt = now;
      em.create(FinancingConsent, { route: target, facts, recordedBy: em.getReference(User, viewer.userId), recordedAt: now });
      await this.notifications.consentChanged(em, target);
      return target;
    });
  }

  async withdraw(viewer: Viewer, requestId: string): Promise<FinancingRequest> {
    const request = await this.requestOrFail(viewer, requestId);
    return this.locked(request.id, async (em, current) => {
      if (current.status !== FinancingRequestStatus.OPEN) throw stateError(M.closedCannotWithdraw);
      current.status = FinancingRequestStatus.WITHDRAWN;
      current.withdrawnAt = new Date();
      const routes = await em.find(FinancingRoute, { request: current.id });
      for (const r of routes) r.status = FinancingRouteStatus.WITHDRAWN;
      await this.notifications.withdrawn(em, routes);
      return current;
    });
  }

  /** The answer with its route and request, when the viewer is the applicant; else not found. */
  private async answerOfApplicant(viewer: Viewer, answerId: string): Promise<{ answer: FinancingAnswer; route: FinancingRoute; request: FinancingRequest }> {
    const answer = await this.em.findOne(FinancingAnswer, answerId, { populate: ['route'] });
    const request = answer ? await this.requestOrFail(viewer, answer.route.getEntity().request.id).catch(() => null) : null;
    if (!answer || !request) throw DomainError.notFound(M.offer);
    return { answer, route: answer.route.getEntity(), request };
  }

  /**
   * Accepts one offer. The request row is locked first, so of two accepts at once the second
   * waits, then finds the request no longer open and loses with a conflict. Every other branch
   * is closed (NOT_SELECTED) and told.
   */
  async accept(viewer: Viewer, answerId: string): Promise<FinancingRequest> {
    const { answer, route, request } = await this.answerOfApplicant(viewer, answerId);
    if (answer.kind !== FinancingAnswerKind.INTERESTED) throw stateError(M.onlyOfferAccepted, 'answerId');
    return this.locked(request.id, async (em, current) => {
      if (current.status !== FinancingRequestStatus.OPEN) {
        throw DomainError.conflict(M.alreadyAcceptedOrWithdrawn);
      }
      const routes = await em.find(FinancingRoute, { request: current.id }, { refresh: true });
      const winner = routes.find((r) => r.id === route.id)!;
      if (winner.currentAnswer?.id !== answer.id) {
        throw DomainError.conflict(M.answerChangedMeanwhile);
      }
      const now = new Date();
      current.status = FinancingRequestStatus.ACCEPTED;
      current.acceptedAnswer = ref(em.getReference(FinancingAnswer, answer.id));
      current.acceptedAt = now;
      winner.status = FinancingRouteStatus.ACCEPTED;
      const others = routes.filter((r) => r.id !== winner.id);
      for (const r of others) r.status = FinancingRouteStatus.NOT_SELECTED;
      await this.notifications.accepted(em, current, winner, others);
      return current;
    });
  }

  async reply(viewer: Viewer, answerId: string, text: string): Promise<FinancingRequest> {
    const { answer, route, request } = await this.answerOfApplicant(viewer, answerId);
    const errors = new FieldErrors();
    const reply = checkText(errors, 'reply', text, M.reply, MAX_TEXT);
    errors.throwIfAny();
    if (answer.kind !== FinancingAnswerKind.NEEDS_INFO) throw stateError(M.onlyQuestionReplied, 'answerId');
    return this.locked(request.id, async (em, current) => {
      if (current.status !== FinancingRequestStatus.OPEN) throw stateError(M.requestClosed);
      const target = await em.findOneOrFail(FinancingAnswer, answer.id, { refresh: true });
      target.reply = reply;
      target.repliedAt = new Date();
      await this.notifications.replied(em, route);
      return current;
    });
  }

  // ----- the bank's side -----

  async inbox(viewer: Viewer, filter: FinancingInboxFilterArgs, window: PageWindow): Promise<[FinancingInboxItem[], number]> {
    const where: Record<string, unknown> = { branch: branchOf(viewer) };
    if (filter.status) where.status = filter.status;
    else if (filter.openOnly) where.status = { $nin: CLOSED_ROUTE };
    const [routes, total] = await this.em.findAndCount(FinancingRoute, where, { orderBy: { sentAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
    const requests = await this.loaders.financingRequestById.loadMany(routes.map((r) => r.request.id));
    return [routes.map((r, i) => FinancingInboxItem.of(r, requests[i] as FinancingRequest)), total];
  }

  /** Only routes to the liaison's own branch; anything else is not found, exactly like a missing id. */
  async inboxItemOrFail(viewer: Viewer, routeId: string): Promise<FinancingInboxItem> {
    const branchId = branchOf(viewer);
    const route = await this.em.findOne(FinancingRoute, { id: routeId, branch: branchId });
    if (!route) throw DomainError.notFound(M.financingRequest);
    const request = await this.loaders.financingRequestById.load(route.request.id);
    return FinancingInboxItem.of(route, request!);
  }

  /** What a bank sees of the applicant: the consented facts of its own route, nothing else. */
  factsForBank(viewer: Viewer | null, item: FinancingInboxItem): FactValues {
    if (!viewer || viewer.role !== Role.BANK_LIAISON || viewer.organisationId !== item.route.branch.id) throw DomainError.notFound(M.financingRequest);
    return factsForBank(item.request, item.route.consentedFacts, item.route.status === FinancingRouteStatus.ACCEPTED);
  }

  async answer(viewer: Viewer, input: FinancingAnswerInput): Promise<FinancingInboxItem> {
    const item = await this.inboxItemOrFail(viewer, input.itemId);
    const errors = new FieldErrors();
    const values: Partial<FinancingAnswer> = { kind: input.kind };
    if (input.kind === FinancingAnswerKind.INTERESTED) {
      values.offerAmount = checkInt(errors, 'input.offerAmount', input.offerAmount, 1, MAX_AMOUNT);
      values.offerRateBp = checkRate(errors, 'input.offerRatePercent', input.offerRatePercent);
      values.offerTermMonths = checkInt(errors, 'input.offerTermMonths', input.offerTermMonths, 1, MAX_TERM_MONTHS);
      if (input.offerAmount == null) errors.addText('input.offerAmount', UserErrorCode.REQUIRED, M.offerAmountMissing);
      if (input.offerRatePercent == null) errors.addText('input.offerRatePercent', UserErrorCode.REQUIRED, M.offerRateMissing);
      if (input.offerTermMonths == null) errors.addText('input.offerTermMonths', UserErrorCode.REQUIRED, M.offerTermMissing);
      values.conditions = input.conditions?.trim() ? checkText(errors, 'input.conditions', input.conditions, M.conditions, MAX_TEXT) : null;
      if (input.productId) {
        const product = await this.em.findOne(BankProduct, { id: input.productId, branch: item.route.branch.id });
        if (!product) errors.addText('input.productId', UserErrorCode.NOT_FOUND, M.chosenProductMissing);
        else values.product = ref(product);
      }
    } else if (input.kind === FinancingAnswerKind.NEEDS_INFO) {
      values.question = checkText(errors, 'input.question', input.question ?? '', M.question, MAX_TEXT);
    } else {
      values.reason = checkText(errors, 'input.reason', input.reason ?? '', M.reason, MAX_TEXT);
    }
    errors.throwIfAny();

    return this.locked(item.request.id, async (em, request) => {
      if (request.status !== FinancingRequestStatus.OPEN) throw stateError(M.closedNoMoreAnswers);
      const route = await em.findOneOrFail(FinancingRoute, item.route.id, { refresh: true });
      const now = new Date();
      const answer = em.create(FinancingAnswer, { ...values, kind: input.kind, route, answeredBy: em.getReference(User, viewer.userId), createdAt: now } as never);
      route.currentAnswer = ref(answer);
      route.status = ROUTE_STATUS_OF_ANSWER[input.kind];
      route.firstAnsweredAt ??= now;
      await this.notifications.answered(em, request, route, answer);
      return FinancingInboxItem.of(route, request);
    });
  }
}
