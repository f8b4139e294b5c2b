import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { shanghaiToday } from '../../core/graphql/scalars.js';
import { type ApplicationCapInForce, applicationCapsInForce } from '../policy/index.js';
import { Document, type DocumentKind } from '../document/index.js';
import type { ApplicationStatus } from './application-status.js';
import { ApplicationDocument } from './application.entity.js';
import { ApplicationForm } from './application-form.entity.js';
import { ref, toDate, type ApplicationEventView } from './application.reads.js';

/** Keys as one PostgreSQL array parameter (knex would spread a JS array into a list). */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

interface EventRow { id: string; application_id: string; action: string; from_status: ApplicationStatus | null; to_status: ApplicationStatus; actor_id: string | null; reason: string | null; at: string }

export function applicationLoaders(em: EntityManager) {
  return {
    /** The cap per application in force today; null for a policy without criteria rules. */
    applicationCapByPolicyId: new DataLoader<string, ApplicationCapInForce | null>(async (ids) => {
      const caps = await applicationCapsInForce(em, ids, shanghaiToday());
      return ids.map((id) => caps.get(id) ?? null);
    }),
    /** Active (not disabled) HR accounts per enterprise: whether the town may confirm employment for it. */
    activeHrCountByOrganisationId: new DataLoader<string, number>(async (ids) => {
      const rows = await em.execute<{ organisation_id: string; n: string }[]>(
        `select organisation_id, count(*) as n from users where role = 'ENTERPRISE_HR' and disabled_at is null and organisation_id = any(?::uuid[]) group by organisation_id`,
        [`{${ids.join(',')}}`],
      );
      const counts = new Map(rows.map((r) => [r.organisation_id, Number(r.n)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    applicationFormByPolicyId: keyedLoader<string, ApplicationForm>((ids) => em.find(ApplicationForm, { policy: { $in: [...ids] } }), (f) => f.policy.id),
    // History is read-only (the database refuses changes): plain rows, no entities (issue 13).
    applicationEventsByApplicationId: groupedLoader<ApplicationEventView>(
      async (ids) => (await em.execute<EventRow[]>(
        `select id, application_id, action, from_status, to_status, actor_id, reason, at from application_events
          where application_id = any(?::uuid[]) order by at, id`, [uuidArray(ids)]))
        .map((r) => ({ id: r.id, application: { id: r.application_id }, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, actor: ref(r.actor_id), reason: r.reason, at: toDate(r.at) })),
      (e) => e.application.id,
    ),
    /** The jsonb columns that list rows leave out (see ApplicationView), for a query that asks for them. */
    applicationJsonById: keyedLoader<string, { id: string; answers: Record<string, string>; eligibility_snapshot: Record<string, unknown> | null; documents_seen_at_counter: DocumentKind[] }>(
      (ids) => em.execute('select id, answers, eligibility_snapshot, documents_seen_at_counter from applications where id = any(?::uuid[])', [uuidArray(ids)]),
      (row) => row.id,
    ),
    documentsByApplicationId: groupedLoader<{ applicationId: string; document: Document }>(
      async (ids) => (await em.find(ApplicationDocument, { application: { $in: [...ids] } }, { populate: ['document'], orderBy: { attachedAt: 'asc' } }))
        .map((link) => ({ applicationId: link.application.id, document: link.document.getEntity() })),
      (row) => row.applicationId,
    ),
  };
}
