import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { BankContact } from './bank-contact.entity.js';
import { BankProduct } from './bank-product.entity.js';
import { BankProductStatus } from './bank.enums.js';
import { FinancingAnswer } from './financing-answer.entity.js';
import { FinancingRequest } from './financing-request.entity.js';
import { FinancingRoute } from './financing-route.entity.js';

export function bankLoaders(em: EntityManager) {
  return {
    bankProductById: keyedLoader<string, BankProduct>((ids) => em.find(BankProduct, { id: { $in: [...ids] } }), (p) => p.id),
    bankContactsByBranchId: groupedLoader(
      (ids) => em.find(BankContact, { branch: { $in: [...ids] } }, { orderBy: { primary: 'desc', name: 'asc', id: 'asc' } }),
      (c) => c.branch.id,
    ),
    /** Published, not hidden: what everyone sees in the product browser. */
    listedProductCountByBranchId: new DataLoader<string, number>(async (ids) => {
      const rows: { branch_id: string; n: string }[] = await em.execute(
        `select branch_id, count(*) as n from bank_products where status = ? and hidden = false and branch_id in (?) group by branch_id`,
        [BankProductStatus.PUBLISHED, [...ids]],
      );
      const byId = new Map(rows.map((r) => [r.branch_id, Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    financingRequestById: keyedLoader<string, FinancingRequest>((ids) => em.find(FinancingRequest, { id: { $in: [...ids] } }), (r) => r.id),
    financingRoutesByRequestId: groupedLoader(
      (ids) => em.find(FinancingRoute, { request: { $in: [...ids] } }, { orderBy: { sentAt: 'asc', id: 'asc' } }),
      (r) => r.request.id,
    ),
    financingAnswerById: keyedLoader<string, FinancingAnswer>((ids) => em.find(FinancingAnswer, { id: { $in: [...ids] } }), (a) => a.id),
    financingAnswersByRouteId: groupedLoader(
      (ids) => em.find(FinancingAnswer, { route: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (a) => a.route.id,
    ),
    /**
     * Branches an applicant (key `talent:<userId>` or `enterprise:<orgId>`) has sent requests
     * to: they may see those branches' contact phones in full.
     */
    routedBranchIdsByApplicant: new DataLoader<string, Set<string>>(async (keys) => {
      const parsed = keys.map((k) => k.split(':') as [string, string]);
      const talents = parsed.filter(([kind]) => kind === 'talent').map(([, id]) => id);
      const enterprises = parsed.filter(([kind]) => kind === 'enterprise').map(([, id]) => id);
      // knex expands an array bound to `in (?)`; an empty list would not be valid SQL.
      const where = [talents.length ? 'q.talent_id in (?)' : '', enterprises.length ? 'q.enterprise_id in (?)' : ''].filter(Boolean);
      const params = [talents, enterprises].filter((list) => list.length > 0);
      const rows: { talent_id: string | null; enterprise_id: string | null; branch_id: string }[] = where.length === 0 ? [] : await em.execute(
        `select distinct q.talent_id, q.enterprise_id, r.branch_id from financing_routes r join financing_requests q on q.id = r.request_id
          where ${where.join(' or ')}`,
        params,
      );
      return parsed.map(([kind, id]) => new Set(rows.filter((r) => (kind === 'talent' ? r.talent_id : r.enterprise_id) === id).map((r) => r.branch_id)));
    }),
  };
}
