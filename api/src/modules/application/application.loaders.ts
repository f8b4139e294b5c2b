import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { Document } from '../document/document.entity.js';
import { ApplicationDocument, ApplicationEvent } from './application.entity.js';
import { ApplicationForm } from './application-form.entity.js';

export function applicationLoaders(em: EntityManager) {
  return {
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
