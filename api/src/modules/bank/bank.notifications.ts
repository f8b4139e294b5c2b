import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { FinancingAnswerKind } from './bank.enums.js';
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
        title: { zh: '新的融资需求', en: 'New financing request' },
        body: {
          zh: `收到一笔融资需求：金额 ${yuan(request.amount)} 元，期限 ${request.termMonths ?? '—'} 个月。`,
          en: `A financing request arrived: ${yuan(request.amount)} yuan over ${request.termMonths ?? '—'} months.`,
        },
        link: `/bank/financing-requests/${route.id}`,
      });
    }
  }

  async answered(em: EntityManager, request: FinancingRequest, route: FinancingRoute, answer: FinancingAnswer): Promise<void> {
    const branch = await this.branchName(em, route.branch.id);
    const words = {
      [FinancingAnswerKind.INTERESTED]: { zh: '给出了报价', en: 'made an offer', kind: 'bank.answer.interested' },
      [FinancingAnswerKind.NEEDS_INFO]: { zh: '需要补充信息', en: 'needs more information', kind: 'bank.answer.needs_info' },
      [FinancingAnswerKind.DECLINED]: { zh: '婉拒了您的需求', en: 'declined your request', kind: 'bank.answer.declined' },
    }[answer.kind];
    this.sinkFor(em).notify(await this.applicantsOf(em, request), {
      kind: words.kind,
      title: { zh: `${branch.zh}${words.zh}`, en: `${branch.en} ${words.en}` },
      body: { zh: `您的融资需求有了新的答复：${branch.zh}${words.zh}。`, en: `Your financing request has a new answer: ${branch.en} ${words.en}.` },
      link: `/financing/requests/${request.id}`,
    });
  }

  async replied(em: EntityManager, route: FinancingRoute): Promise<void> {
    this.sinkFor(em).notify(await this.liaisonsOf(em, route.branch.id), {
      kind: 'bank.reply.received',
      title: { zh: '申请人回复了您的问题', en: 'The applicant answered your question' },
      body: { zh: '申请人已回复您提出的补充信息问题。', en: 'The applicant replied to the question you asked.' },
      link: `/bank/financing-requests/${route.id}`,
    });
  }

  async consentChanged(em: EntityManager, route: FinancingRoute): Promise<void> {
    this.sinkFor(em).notify(await this.liaisonsOf(em, route.branch.id), {
      kind: 'bank.consent.changed',
      title: { zh: '申请人更改了信息授权', en: 'The applicant changed what you may see' },
      body: { zh: '申请人更改了授权您查看的信息项。', en: 'The applicant changed which facts you may see.' },
      link: `/bank/financing-requests/${route.id}`,
    });
  }

  async accepted(em: EntityManager, request: FinancingRequest, winner: FinancingRoute, others: FinancingRoute[]): Promise<void> {
    const sink = this.sinkFor(em);
    const liaisons = await this.liaisonsByBranch(em, [winner, ...others].map((r) => r.branch.id));
    sink.notify(liaisons.get(winner.branch.id)!, {
      kind: 'bank.offer.accepted',
      title: { zh: '您的报价已被接受', en: 'Your offer was accepted' },
      body: { zh: '申请人接受了贵支行的报价，请尽快联系申请人办理。', en: 'The applicant accepted your branch\'s offer; please contact them to proceed.' },
      link: `/bank/financing-requests/${winner.id}`,
    });
    for (const route of others) {
      sink.notify(liaisons.get(route.branch.id)!, {
        kind: 'bank.offer.not_selected',
        title: { zh: '申请人已选择其他银行', en: 'The applicant chose another bank' },
        body: { zh: '这笔融资需求已接受其他银行的报价，无需再答复。', en: 'This financing request accepted another bank\'s offer; no further answer is needed.' },
        link: `/bank/financing-requests/${route.id}`,
      });
    }
    const branch = await this.branchName(em, winner.branch.id);
    sink.notify(await this.applicantsOf(em, request), {
      kind: 'bank.offer.accepted_by_applicant',
      title: { zh: `已接受${branch.zh}的报价`, en: `Offer of ${branch.en} accepted` },
      body: { zh: '其他银行已收到通知。', en: 'The other banks have been told.' },
      link: `/financing/requests/${request.id}`,
    });
  }

  async withdrawn(em: EntityManager, routes: FinancingRoute[]): Promise<void> {
    const sink = this.sinkFor(em);
    const liaisons = await this.liaisonsByBranch(em, routes.map((r) => r.branch.id));
    for (const route of routes) {
      sink.notify(liaisons.get(route.branch.id)!, {
        kind: 'bank.request.withdrawn',
        title: { zh: '融资需求已撤回', en: 'Financing request withdrawn' },
        body: { zh: '申请人撤回了这笔融资需求。', en: 'The applicant withdrew this financing request.' },
        link: `/bank/financing-requests/${route.id}`,
      });
    }
  }
}
