import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '../../core/db/read-rows.js';
import { theRow } from '../../core/db/rows.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { KeysetOrder, keysetKey, keysetTime, type KeysetWindow } from '../../core/graphql/pagination.js';
import { Role } from '../../core/auth/role.js';
import { ApplicationStatus as S } from './application-status.js';
import type { DocumentKind } from '../document/index.js';
import type { Application, ApplicationEvent } from './application.entity.js';
import { userView, type UserRow, type UserView } from '../account/index.js';
import { organisationView, type Organisation, type OrganisationRow } from '../organisation/index.js';
import { capInForceOf, criteriaInForceSql, POLICY_JSON, policyView, type ApplicationCapInForce, type PolicyRow, type PolicyView } from '../policy/index.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import type { ApplicationForm } from './application-form.entity.js';
import type { QueueFilter } from './application.types.js';
import { APPLICATION_NOT_FOUND, ApplicationService } from './application.service.js';
import type { DocumentView } from './application.loaders.js';

/**
 * Read-only lists of applications without the ORM (issue 13). Lists are read with explicit
 * columns, into plain objects (no entity hydration, no identity map, no change-tracking
 * snapshot), with the total in the same statement. Hydrating 50 rows into entities, each
 * carrying its jsonb answers and eligibility snapshot, was most of the review queue's cost.
 *
 * A row has the entity's field names and its references as `{ id }`, so the GraphQL resolvers
 * of Application read either. The answers and the eligibility snapshot are left out: only the
 * detail view asks for them, and their field resolvers load them then (`applicationJsonById`).
 */
export type ApplicationView = Pick<Application, 'id' | 'reference' | 'status' | 'requestedAmountYuan' | 'approvedAmountYuan' | 'paymentReference'
  | 'allocationNote' | 'statusChangedAt' | 'submittedAt' | 'version' | 'createdAt'> & {
  policy: { id: string };
  applicant: { id: string };
  enterprise?: { id: string } | null;
  nominatedBy?: { id: string } | null;
  filedBy?: { id: string } | null;
  /** Absent on list rows (see above). */
  answers?: Record<string, string>;
  documentsSeenAtCounter?: DocumentKind[];
  eligibilitySnapshot?: Record<string, unknown> | null;
  /**
   * The related records, when the statement that read the row read them too (the review queue):
   * the field resolvers answer from here, synchronously, instead of through a loader's promise.
   */
  related?: ApplicationRelated;
  /** Read with the row by the detail read, when the query asked for them: the field resolvers answer from here too. */
  timeline?: ApplicationEventView[];
  attached?: DocumentView[];
};

/** An application form as its GraphQL type reads it: the entity, or a plain row with its cap in force. */
export type ApplicationFormView = Pick<ApplicationForm, 'id' | 'version' | 'questions' | 'benefit' | 'checklist' | 'processingDays' | 'employerNominates' | 'updatedAt'> & {
  policy: { id: string };
  /** Read with the row (see ApplicationRelated): the cap in force today; null when the policy has no criteria rules. */
  capInForce?: ApplicationCapInForce | null;
};

/** What a queue row's statement read besides the row itself. */
export interface ApplicationRelated {
  policy: PolicyView;
  form: ApplicationFormView | null;
  applicant: UserView;
  enterprise: Organisation | null;
  /** Null when the query did not ask for the history. */
  history: ApplicationEventView[] | null;
}

/** One step of the history as its GraphQL type reads it. */
export type ApplicationEventView = Pick<ApplicationEvent, 'id' | 'action' | 'fromStatus' | 'toStatus' | 'reason' | 'at'> & {
  application: { id: string };
  actor?: { id: string } | null;
  /** The actor's account, when the statement that read the step read it too (null: none); the actor field answers from it. */
  actorView?: UserView | null;
};

export interface EventRow { id: string; application_id: string; action: string; from_status: S | null; to_status: S; actor_id: string | null; reason: string | null; at: string }

interface ApplicationRow {
  id: string;
  reference: string;
  policy_id: string;
  applicant_id: string;
  enterprise_id: string | null;
  nominated_by_id: string | null;
  filed_by_id: string | null;
  status: S;
  requested_amount_yuan: number | null;
  approved_amount_yuan: number | null;
  payment_reference: string | null;
  allocation_note: string | null;
  status_changed_at: string;
  submitted_at: string | null;
  version: number;
  created_at: string;
  total: string;
}

const COLUMNS = `id, reference, policy_id, applicant_id, enterprise_id, nominated_by_id, filed_by_id, status, requested_amount_yuan, approved_amount_yuan,
  payment_reference, allocation_note, status_changed_at, submitted_at, version, created_at`;

export const ref = (id: string | null) => (id === null ? null : { id });

/** MikroORM has pg return timestamps as text (it parses them itself); a plain row parses them here the same way. */
export const toDate = (text: string) => new Date(text);

/** A document attached to an application, as the documents list reads it (`l` the link, `d` the document). */
export interface AttachedDocumentRow { application_id: string; id: string; owner_id: string; kind: DocumentKind; file_name: string; content_type: string; size_bytes: number; sha256: string; expires_on: string | null; created_at: string }
export const ATTACHED_DOCUMENT_COLUMNS = 'l.application_id, d.id, d.owner_id, d.kind, d.file_name, d.content_type, d.size_bytes, d.sha256, d.expires_on, d.created_at';
export const documentView = (r: AttachedDocumentRow): DocumentView => ({ id: r.id, owner: { id: r.owner_id }, kind: r.kind, fileName: r.file_name, contentType: r.content_type,
  sizeBytes: r.size_bytes, sha256: r.sha256, expiresOn: r.expires_on, createdAt: toDate(r.created_at) });

/** One step of the history as its GraphQL type reads it, from its row (here, or from the queue's statement). */
export const eventView = (r: EventRow): ApplicationEventView =>
  ({ id: r.id, application: { id: r.application_id }, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, actor: ref(r.actor_id), reason: r.reason, at: toDate(r.at) });

function toView(r: ApplicationRow): ApplicationView {
  return {
    id: r.id, reference: r.reference, status: r.status, requestedAmountYuan: r.requested_amount_yuan, approvedAmountYuan: r.approved_amount_yuan,
    paymentReference: r.payment_reference, allocationNote: r.allocation_note, statusChangedAt: toDate(r.status_changed_at), submittedAt: r.submitted_at === null ? null : toDate(r.submitted_at),
    version: r.version, createdAt: toDate(r.created_at), policy: { id: r.policy_id }, applicant: { id: r.applicant_id }, enterprise: ref(r.enterprise_id),
    nominatedBy: ref(r.nominated_by_id), filedBy: ref(r.filed_by_id),
  };
}

const formView = (f: FormRow, capInForce: ApplicationCapInForce | null): ApplicationFormView => ({
  id: f.id, policy: { id: f.policy_id }, version: f.version, questions: f.questions, benefit: f.benefit, checklist: f.checklist, processingDays: f.processing_days,
  employerNominates: f.employer_nominates, updatedAt: new Date(f.updated_at), capInForce,
});

/**
 * The queue page's policies, their application forms and their caps in force on the date (the
 * statement's last parameter), as one JSON value on the page's first row only: a few policies
 * serve the whole page, and every row of the page costs no more than its ids (issue 13).
 */
const CATALOGUE = `,
  case when row_number() over (order by page.status_changed_at, page.id) = 1 then json_build_object(
    'policies', (select json_agg(${POLICY_JSON('p')}) from policies p where p.id in (select policy_id from page)),
    'forms', (select json_agg(json_build_object('id', f.id, 'policy_id', f.policy_id, 'version', f.version, 'questions', f.questions, 'benefit', f.benefit,
                'checklist', f.checklist, 'processing_days', f.processing_days, 'employer_nominates', f.employer_nominates, 'updated_at', f.updated_at))
                from application_forms f where f.policy_id in (select policy_id from page)),
    'caps', (select json_agg(json_build_object('policy_id', c.policy_id, 'id', c.id, 'version', c.version, 'data', json_build_object('applicationCap', c.data -> 'applicationCap')))
               from (${criteriaInForceSql('array(select distinct policy_id from page)')}) c)
  ) end as catalogue`;

/** A where clause without table aliases (it serves the page and its count alike), with its parameters. */
interface Where {
  sql: string;
  params: unknown[];
}

/** The queue's statuses: waiting for a reviewer's decision, or approved and waiting for payment or a flat. */
const QUEUE_STATUSES = [S.EMPLOYER_CONFIRMED, S.UNDER_REVIEW, S.APPROVED];

/** Own and enterprise lists: newest first, or (the HR inbox) the longest waiting first. */
const NEWEST_FIRST = new KeysetOrder([{ time: 'created_at' }], 'id', true);
const LONGEST_WAITING_FIRST = new KeysetOrder([{ time: 'status_changed_at' }], 'id');

/** A page of a keyset list of applications: each row with its place (for its cursor), and the total. */
export interface KeysetPage {
  rows: (ApplicationView & { keyset: ReturnType<KeysetOrder['keyOf']> })[];
  total: number;
}

/** A page of the review queue with its keyset (status_changed_at, id) and the walk's start. */
export interface QueuePage {
  rows: (ApplicationView & { sortKey: string })[];
  total: number;
  asOf: string;
  /** The rows' applicants and enterprises, read in the same statement, for the loaders of the request. */
  applicants: UserView[];
  enterprises: Organisation[];
  /** Each row's history, when asked for (else null). */
  histories: Map<string, ApplicationEventView[]> | null;
  /** The page's policies' caps in force today, read with the page (for the loaders of the request). */
  caps: Map<string, ApplicationCapInForce | null>;
}

interface FormRow { id: string; policy_id: string; version: number; questions: ApplicationForm['questions']; benefit: ApplicationForm['benefit']; checklist: ApplicationForm['checklist'];
  processing_days: number; employer_nominates: boolean; updated_at: string }

/** The page's policies, their forms and caps in force, read once with the page's first row. */
interface Catalogue { policies: PolicyRow[] | null; forms: FormRow[] | null; caps: { policy_id: string; id: string; version: number; data: unknown }[] | null }

export class ApplicationReads {
  constructor(private readonly em: EntityManager) {}

  /**
   * Reviewers' queue: submitted work, oldest waiting first, in one statement. With a keyset
   * cursor the page starts after it and keeps to rows that had their place when the walk began
   * (see Keyset in core/graphql/pagination.ts); `limit + 1` rows are read to know whether more follow.
   */
  async queue(viewer: Viewer, filter: QueueFilter, window: KeysetWindow, { withHistory = false, now = new Date() } = {}): Promise<QueuePage> {
    if (viewer.role !== Role.REVIEWER) throw DomainError.forbidden();
    const conditions: string[] = [];
    const params: unknown[] = [];
    // DRAFT is never in the queue (a reviewer does not see drafts): asking for it gives nothing.
    if (filter.status === S.DRAFT) conditions.push('false');
    else if (filter.status) { conditions.push('status = ?'); params.push(filter.status); }
    else { conditions.push(`status in (${QUEUE_STATUSES.map(() => '?').join(', ')})`); params.push(...QUEUE_STATUSES); }
    if (filter.policyId) { conditions.push('policy_id = ?'); params.push(filter.policyId); }
    if (filter.enterpriseId) { conditions.push('enterprise_id = ?'); params.push(filter.enterpriseId); }
    if (filter.minDaysWaiting) { conditions.push('status_changed_at <= ?'); params.push(new Date(now.getTime() - filter.minDaysWaiting * 86_400_000)); }
    const where: Where = { sql: conditions.join(' and '), params };

    const after = window.after;
    const keyset = after ? ` and status_changed_at <= ${keysetTime('?')} and (status_changed_at, id) > (${keysetTime('?')}, ?::uuid)` : '';
    // The walk's start is the newest place in the queue as the first page saw it, rather than
    // the clock: a step that moved a row just before, but committed just after, that page was
    // read has a time before the clock's and would bring the row back a second time.
    const asOf = after ? '?' : `(select ${keysetKey('max(status_changed_at)')} from applications where ${where.sql})`;
    // The page is read as before (`page`), then its applicants and enterprises are joined in, and,
    // when the query asks for it, each row's history as JSON: the loaders are primed with them
    // (see QueuePage), so the page costs one statement instead of four (issue 13).
    const history = withHistory
      ? `, (select coalesce(json_agg(json_build_object('id', e.id, 'application_id', e.application_id, 'action', e.action, 'from_status', e.from_status,
            'to_status', e.to_status, 'actor_id', e.actor_id, 'reason', e.reason, 'at', e.at) order by e.at, e.id), '[]')
           from application_events e where e.application_id = page.id) as history_rows`
      : '';
    const rows = await this.em.execute<(ApplicationRow & { sort_key: string; as_of: string; applicant_row: UserRow; enterprise_row: OrganisationRow | null; history_rows?: EventRow[]; catalogue: Catalogue | null })[]>(
      `with page as (
         select ${COLUMNS}, ${keysetKey('status_changed_at')} as sort_key, ${asOf} as as_of,
                (select count(*) from applications where ${where.sql}) as total
           from applications
          where ${where.sql}${keyset}
          order by status_changed_at, id
          offset ? limit ?)
       select page.*,
              json_build_object('id', u.id, 'email', u.email, 'display_name', u.display_name, 'role', u.role, 'organisation_id', u.organisation_id,
                'disabled_at', u.disabled_at, 'locale', u.locale, 'created_at', u.created_at) as applicant_row,
              case when o.id is null then null else json_build_object('id', o.id, 'kind', o.kind, 'name_zh', o.name_zh, 'name_en', o.name_en,
                'alliance_member', o.alliance_member, 'sample_data', o.sample_data, 'created_at', o.created_at) end as enterprise_row${history}${CATALOGUE}
         from page join users u on u.id = page.applicant_id left join organisations o on o.id = page.enterprise_id
        order by page.status_changed_at, page.id`,
      [...(after ? [after.asOf] : where.params), ...where.params, ...where.params, ...(after ? [after.asOf, after.key, after.id] : []), window.offset, window.limit + 1, shanghaiToday(now)],
    );
    // An empty page has no row to carry the total (the end of the list, or `first: 0`).
    const total = rows[0] ? Number(rows[0].total) : await this.count(where);
    const catalogue = rows[0]?.catalogue;
    const policies = new Map((catalogue?.policies ?? []).map((p) => [p.id, policyView(p)]));
    const caps = new Map((catalogue?.caps ?? []).map((c) => [c.policy_id, capInForceOf(c)]));
    const forms = new Map((catalogue?.forms ?? []).map((f) => [f.policy_id, formView(f, caps.get(f.policy_id) ?? null)]));
    const page = rows.map((r) => {
      const view = toView(r);
      const policy = policies.get(r.policy_id);
      if (!policy) throw new Error(`the queue's statement did not read policy ${r.policy_id}`);
      const related: ApplicationRelated = {
        policy, form: forms.get(r.policy_id) ?? null, applicant: userView(r.applicant_row), enterprise: r.enterprise_row ? organisationView(r.enterprise_row) : null,
        history: withHistory ? (r.history_rows ?? []).map(eventView) : null,
      };
      return Object.assign(view, { sortKey: r.sort_key, related });
    });
    return {
      rows: page,
      total,
      asOf: rows[0]?.as_of ?? '',
      applicants: page.map((r) => r.related.applicant),
      enterprises: page.flatMap((r) => (r.related.enterprise ? [r.related.enterprise] : [])),
      histories: withHistory ? new Map(page.map((r) => [r.id, r.related.history ?? []])) : null,
      caps: new Map([...policies.keys()].map((id) => [id, caps.get(id) ?? null])),
    };
  }

  /**
   * One application as its detail view reads it, in one statement, without the ORM, on the pool's
   * connection (readRows: issue 13); not found alike when it is missing or not the viewer's to see.
   * What the query asks for comes with it: the history with each step's actor (`withHistory`), the
   * documents (`withDocuments`), and the jsonb columns a list leaves out (`withJson`: answers,
   * eligibility snapshot, documents seen at the counter), which are most of a row's bytes.
   */
  async one(viewer: Viewer, id: string, { withHistory = false, withDocuments = false, withJson = false } = {}): Promise<ApplicationView> {
    // The steps and their actors, in the history loader's order.
    const history = withHistory
      ? `, (select coalesce(json_agg(json_build_object('id', e.id, 'application_id', e.application_id, 'action', e.action, 'from_status', e.from_status,
            'to_status', e.to_status, 'actor_id', e.actor_id, 'reason', e.reason, 'at', e.at,
            'actor_row', case when u.id is null then null else json_build_object('id', u.id, 'email', u.email, 'display_name', u.display_name, 'role', u.role,
              'organisation_id', u.organisation_id, 'disabled_at', u.disabled_at, 'locale', u.locale, 'created_at', u.created_at) end) order by e.at, e.id), '[]')
           from application_events e left join users u on u.id = e.actor_id where e.application_id = applications.id) as history_rows`
      : '';
    // The documents, in the documents loader's order.
    const documents = withDocuments
      ? `, (select coalesce(json_agg(json_build_object('application_id', l.application_id, 'id', d.id, 'owner_id', d.owner_id, 'kind', d.kind, 'file_name', d.file_name,
            'content_type', d.content_type, 'size_bytes', d.size_bytes, 'sha256', d.sha256, 'expires_on', d.expires_on, 'created_at', d.created_at) order by l.attached_at, l.id), '[]')
           from application_documents l join documents d on d.id = l.document_id where l.application_id = applications.id) as document_rows`
      : '';
    const json = withJson ? ', answers, eligibility_snapshot, documents_seen_at_counter' : '';
    const [row] = await readRows<ApplicationRow & { answers?: Record<string, string>; eligibility_snapshot?: Record<string, unknown> | null; documents_seen_at_counter?: DocumentKind[];
      history_rows?: (EventRow & { actor_row: UserRow | null })[]; document_rows?: AttachedDocumentRow[] }>(this.em,
      `select ${COLUMNS}${json}${history}${documents} from applications where id = $1`, [id]);
    const view = row ? toView(row) : null;
    if (!view || !row || !ApplicationService.canSee(viewer, view)) throw DomainError.notFound(APPLICATION_NOT_FOUND);
    if (withJson) Object.assign(view, { answers: row.answers, eligibilitySnapshot: row.eligibility_snapshot, documentsSeenAtCounter: row.documents_seen_at_counter });
    if (row.history_rows) view.timeline = row.history_rows.map((e) => Object.assign(eventView(e), { actorView: e.actor_row ? userView(e.actor_row) : null }));
    if (row.document_rows) view.attached = row.document_rows.map(documentView);
    return view;
  }

  /** The applicant's own applications, newest first, with the total in the same statement. */
  listOwn(viewer: Viewer, status: S | null, window: KeysetWindow): Promise<KeysetPage> {
    const where: Where = status ? { sql: 'applicant_id = ? and status = ?', params: [viewer.userId, status] } : { sql: 'applicant_id = ?', params: [viewer.userId] };
    return this.page(where, NEWEST_FIRST, window);
  }

  /** HR: their enterprise's applications (never drafts, except those it nominated); `status` narrows, e.g. SUBMITTED for the inbox. */
  listForEnterprise(viewer: Viewer, status: S | null, window: KeysetWindow): Promise<KeysetPage> {
    if (viewer.role !== Role.ENTERPRISE_HR || !viewer.organisationId) throw DomainError.forbidden();
    // Drafts are the applicant's own business, except those the enterprise nominated them for.
    const where: Where = status
      ? { sql: `enterprise_id = ? and status = ?${status === S.DRAFT ? ' and nominated_by_id is not null' : ''}`, params: [viewer.organisationId, status] }
      : { sql: `enterprise_id = ? and (status <> 'DRAFT' or nominated_by_id is not null)`, params: [viewer.organisationId] };
    return this.page(where, status === S.SUBMITTED ? LONGEST_WAITING_FIRST : NEWEST_FIRST, window);
  }

  /**
   * One keyset page (`limit + 1` rows: the extra one says more follow), the total of the rows
   * matching in the same statement; a position cursor (older clients) still skips rows.
   */
  private async page(where: Where, order: KeysetOrder, window: KeysetWindow): Promise<KeysetPage> {
    const after = order.after(window);
    const rows = await this.em.execute<(ApplicationRow & { sort_0: string })[]>(
      `select ${COLUMNS}, ${order.select}, (select count(*) from applications where ${where.sql}) as total
         from applications where ${where.sql}${after.sql} order by ${order.orderBy} offset ? limit ?`,
      [...where.params, ...where.params, ...after.params, window.offset, window.limit + 1],
    );
    const [first] = rows;
    return { rows: rows.map((r) => Object.assign(toView(r), { keyset: order.keyOf(r) })), total: first ? Number(first.total) : await this.count(where) };
  }

  private async count(where: Where): Promise<number> {
    const rows = await this.em.execute<{ total: string }[]>(`select count(*) as total from applications where ${where.sql}`, where.params);
    return Number(theRow(rows, 'count of applications').total);
  }
}
