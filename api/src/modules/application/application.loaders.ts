import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { shanghaiToday } from '../../core/graphql/scalars.js';
import { type ApplicationCapInForce, applicationCapsInForce } from '../policy/index.js';
import { Document } from '../document/index.js';
import { ApplicationDocument, ApplicationEvent } from './application.entity.js';
import { ApplicationForm } from './application-form.entity.js';

export function applicationLoaders(em: EntityManager) {
  return {
    /** The cap per application in force today; null for a policy without criteria rules. */
    applicationCapByPolicyId: new DataLoader<string, ApplicationCapInForce | null>(async (ids) => {
      const caps = await applicationCapsInForce(em, ids, shanghaiToday());
      return ids.map((id) => caps.get(id) ?? null);
    }),
    applicationFormByPolicyId: keyedLoader<string, ApplicationForm>((ids) => em.find(ApplicationForm, { policy: { $in: [...ids] } }), (f) => f.policy.id),
    applicationEventsByApplicationId: groupedLoader<ApplicationEvent>(
      (ids) => em.find(ApplicationEvent, { application: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (e) => e.application.id,
    ),
    documentsByApplicationId: groupedLoader<{ applicationId: string; document: Document }>(
      async (ids) => (await em.find(ApplicationDocument, { application: { $in: [...ids] } }, { populate: ['document'], orderBy: { attachedAt: 'asc' } }))
        .map((link) => ({ applicationId: link.application.id, document: link.document.getEntity() })),
      (row) => row.applicationId,
    ),
  };
}
