import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { type ApplicationCapInForce, applicationCapsInForce } from '../policy/index.js';
import type { Document, DocumentKind } from '../document/index.js';
import { ApplicationForm, type ApplicationFormVersion } from './application-form.entity.js';
import { ATTACHED_DOCUMENT_COLUMNS, documentView, eventView, type ApplicationEventView, type AttachedDocumentRow, type EventRow } from './application.reads.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

/** Keys as one PostgreSQL array parameter (knex would spread a JS array into a list). */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** A document as the GraphQL type Document reads it (its owner as an id). */
export type DocumentView = Omit<Document, 'owner'> & { owner: { id: string } };



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
    /** The form version each application was filed under (null for a row that names none). */
    filedFormVersionByApplicationId: new DataLoader<string, Pick<ApplicationFormVersion, 'version' | 'benefit' | 'questions' | 'checklist' | 'employerNominates'> | null>(async (ids) => {
      const rows = await em.execute<{ application_id: string; version: number; benefit: ApplicationFormVersion['benefit']; questions: ApplicationFormVersion['questions']; checklist: ApplicationFormVersion['checklist']; employer_nominates: boolean }[]>(
        `select a.id as application_id, v.version, v.benefit, v.questions, v.checklist, v.employer_nominates
           from applications a join application_form_versions v on v.id = a.form_version_id where a.id = any(?::uuid[])`, [uuidArray(ids)]);
      const byId = new Map(rows.map((r) => [r.application_id, { version: r.version, benefit: r.benefit, questions: r.questions, checklist: r.checklist, employerNominates: r.employer_nominates }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    applicationFormByPolicyId: keyedLoader<string, ApplicationForm>((ids) => em.find(ApplicationForm, { policy: { $in: [...ids] } }), (f) => f.policy.id),
    // History is read-only (the database refuses changes): plain rows, no entities (issue 13).
    applicationEventsByApplicationId: groupedLoader<ApplicationEventView>(
      async (ids) => (await em.execute<EventRow[]>(
        `select id, application_id, action, from_status, to_status, actor_id, reason, at from application_events
          where application_id = any(?::uuid[]) order by at, id`, [uuidArray(ids)]))
        .map(eventView),
      (e) => e.application.id,
    ),
    /** The jsonb columns that list rows leave out (see ApplicationView), for a query that asks for them. */
    applicationJsonById: keyedLoader<string, { id: string; answers: Record<string, string>; eligibility_snapshot: Record<string, unknown> | null; documents_seen_at_counter: DocumentKind[] }>(
      (ids) => em.execute('select id, answers, eligibility_snapshot, documents_seen_at_counter from applications where id = any(?::uuid[])', [uuidArray(ids)]),
      (row) => row.id,
    ),
    // Read-only for the GraphQL type: plain rows in one statement, no entities (issue 13).
    documentsByApplicationId: groupedLoader<{ applicationId: string; document: DocumentView }>(
      async (ids) => (await em.execute<AttachedDocumentRow[]>(
        `select ${ATTACHED_DOCUMENT_COLUMNS}
           from application_documents l join documents d on d.id = l.document_id
          where l.application_id = any(?::uuid[]) order by l.attached_at, l.id`, [uuidArray(ids)]))
        .map((r) => ({ applicationId: r.application_id, document: documentView(r) })),
      (row) => row.applicationId,
    ),
  };
}
