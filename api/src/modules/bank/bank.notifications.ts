import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { FinancingAnswerKind } from './bank.enums.js';
import { BANK_MESSAGES as M } from './bank.messages.js';
import type { FinancingAnswer } from './financing-answer.entity.js';
import { FinancingRequest } from './financing-request.entity.js';
import type { FinancingRoute } from './financing-route.entity.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';
import { groupedYuan } from '../../core/money.js';

/** What to tell people, in both languages (the shape of the notification module's message). */
export interface BankMessage {
  kind: string;
  title: LocalisedText;
  body: LocalisedText;
  link?: string | null;
}

/** Where messages go: the notification module's service, bound to the caller's transaction. */
export interface NotificationSink {
  notify(recipientIds: Iterable<string>, message: BankMessage): unknown;
}

export type SinkFor = (em: EntityManager) => NotificationSink;

const yuan = (n: number | null | undefined) => (n == null ? '—' : groupedYuan(n));

/**
 * Every message of the bank partnership, in one place. Each method is called inside the
 * transaction of the change it reports, with that transaction's entity manager, so a rolled-back
 * change sends nothing. Messages name no applicant facts: a bank's liaison learns the
 * applicant's facts only through the consent filter.
 */
export class BankNotifications {
  constructor(private readonly sinkFor: SinkFor) {}

  /** The liaisons acting for each of these branches, in one query. */
  private async liaisonsByBranch(em: EntityManager, branchIds: string[]): Promise<Map<string, string[]>> {
    const byBranch = new Map<string, string[]>(branchIds.map((id) => [id, []]));
    if (branchIds.length === 0) return byBranch;
    const users = await em.find(User, { role: Role.BANK_LIAISON, organisation: { $in: branchIds } }, { fields: ['id', 'organisation'] });
    for (const u of users) byBranch.get(u.organisation!.id)?.push(u.id);
    return byBranch;
  }

  private async liaisonsOf(em: EntityManager, branchId: string): Promise<string[]> {
    return (await this.liaisonsByBranch(em, [branchId])).get(branchId)!;
  }

  /** Who applied: the talent, or every HR account of the enterprise. */
  private async applicantsOf(em: EntityManager, request: FinancingRequest): Promise<string[]> {
    if (request.talent) return [request.talent.id];
    if (!request.enterprise) return [];
    const users = await em.find(User, { role: Role.ENTERPRISE_HR, organisation: request.enterprise.id }, { fields: ['id'] });
    return users.map((u) => u.id);
  }

  private async branchName(em: EntityManager, branchId: string): Promise<LocalisedText> {
    const org = await em.findOne(Organisation, branchId, { fields: ['nameZh', 'nameEn'] });
    return { zh: org?.nameZh ?? '', en: org?.nameEn ?? '' };
  }

  async requestSent(em: EntityManager, request: FinancingRequest, routes: FinancingRoute[]): Promise<void> {
    const sink = this.sinkFor(em);
    const liaisons = await this.liaisonsByBranch(em, routes.map((r) => r.branch.id));
    for (const route of routes) {
      sink.notify(liaisons.get(route.branch.id)!, {
        kind: 'bank.request.received',
        title: M.requestReceivedTitle,
        body: M.requestReceivedBody(yuan(request.amount), request.termMonths ?? '—'),
        link: `/bank/financing-requests/${route.id}`,
      });
    }
  }

  async answered(em: EntityManager, request: FinancingRequest, route: FinancingRoute, answer: FinancingAnswer): Promise<void> {
    const branch = await this.branchName(em, route.branch.id);
    const words = {
      [FinancingAnswerKind.INTERESTED]: { what: M.answerMadeOffer, kind: 'bank.answer.interested' },
      [FinancingAnswerKind.NEEDS_INFO]: { what: M.answerNeedsInfo, kind: 'bank.answer.needs_info' },
      [FinancingAnswerKind.DECLINED]: { what: M.answerDeclined, kind: 'bank.answer.declined' },
    }[answer.kind];
    this.sinkFor(em).notify(await this.applicantsOf(em, request), {
      kind: words.kind,
      title: M.answeredTitle(branch, words.what),
      body: M.answeredBody(branch, words.what),
      link: `/financing/requests/${request.id}`,
    });
  }

  async replied(em: EntityManager, route: FinancingRoute): Promise<void> {
    this.sinkFor(em).notify(await this.liaisonsOf(em, route.branch.id), {
      kind: 'bank.reply.received',
      title: M.repliedTitle,
      body: M.repliedBody,
      link: `/bank/financing-requests/${route.id}`,
    });
  }

  async consentChanged(em: EntityManager, route: FinancingRoute): Promise<void> {
    this.sinkFor(em).notify(await this.liaisonsOf(em, route.branch.id), {
      kind: 'bank.consent.changed',
      title: M.consentChangedTitle,
      body: M.consentChangedBody,
      link: `/bank/financing-requests/${route.id}`,
    });
  }

  async accepted(em: EntityManager, request: FinancingRequest, winner: FinancingRoute, others: FinancingRoute[]): Promise<void> {
    const sink = this.sinkFor(em);
    const liaisons = await this.liaisonsByBranch(em, [winner, ...others].map((r) => r.branch.id));
    sink.notify(liaisons.get(winner.branch.id)!, {
      kind: 'bank.offer.accepted',
      title: M.offerAcceptedTitle,
      body: M.offerAcceptedBody,
      link: `/bank/financing-requests/${winner.id}`,
    });
    for (const route of others) {
      sink.notify(liaisons.get(route.branch.id)!, {
        kind: 'bank.offer.not_selected',
        title: M.notSelectedTitle,
        body: M.notSelectedBody,
        link: `/bank/financing-requests/${route.id}`,
      });
    }
    const branch = await this.branchName(em, winner.branch.id);
    sink.notify(await this.applicantsOf(em, request), {
      kind: 'bank.offer.accepted_by_applicant',
      title: M.youAcceptedTitle(branch),
      body: M.youAcceptedBody,
      link: `/financing/requests/${request.id}`,
    });
  }

  async withdrawn(em: EntityManager, routes: FinancingRoute[]): Promise<void> {
    const sink = this.sinkFor(em);
    const liaisons = await this.liaisonsByBranch(em, routes.map((r) => r.branch.id));
    for (const route of routes) {
      sink.notify(liaisons.get(route.branch.id)!, {
        kind: 'bank.request.withdrawn',
        title: M.withdrawnTitle,
        body: M.withdrawnBody,
        link: `/bank/financing-requests/${route.id}`,
      });
    }
  }
}
