import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { optionalText, requiredText } from '../../core/text-fields.js';
import { User } from '../account/index.js';
import type { AuditService } from '../audit/index.js';
import { DOCUMENT_KIND_NAMES, DocumentKind } from '../document/index.js';
import { Policy } from '../policy/index.js';
import { ApplicationAction as A, ApplicationStatus as S } from './application-status.js';
import { Application, ApplicationEvent } from './application.entity.js';
import { ApplicationForm, ApplicationFormVersion, BenefitKind, type ChecklistItem } from './application-form.entity.js';
import { invalidState } from './application.checks.js';
import type { ApplicationService } from './application.service.js';
import { CityProcedure, Recommender, type CityFilingDocument } from './city-procedure.entity.js';
import { PreCheckOutcome, type DocumentVerdict, type PreCheckView } from './pre-check.types.js';
import { allowedFrom } from './workflow.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

/** The step each outcome is, and back: a pass goes to the recommendation when the policy asks for one. */
const RESULT_ACTIONS: Record<string, PreCheckOutcome> = {
  [A.PASS_PRE_CHECK]: PreCheckOutcome.PASSED,
  [A.PASS_PRE_CHECK_FOR_RECOMMENDATION]: PreCheckOutcome.PASSED,
  [A.PRE_CHECK_NEEDS_DOCUMENTS]: PreCheckOutcome.NEEDS_DOCUMENTS,
  [A.PRE_CHECK_NOT_ELIGIBLE]: PreCheckOutcome.NOT_ELIGIBLE,
};
const RECOMMEND_ACTIONS: readonly string[] = [A.RECOMMEND_BY_EMPLOYER, A.RECOMMEND_BY_TOWN];

function resultAction(outcome: PreCheckOutcome, recommendation: Recommender | null): A {
  switch (outcome) {
    case PreCheckOutcome.PASSED:
      return recommendation ? A.PASS_PRE_CHECK_FOR_RECOMMENDATION : A.PASS_PRE_CHECK;
    case PreCheckOutcome.NEEDS_DOCUMENTS:
      return A.PRE_CHECK_NEEDS_DOCUMENTS;
    case PreCheckOutcome.NOT_ELIGIBLE:
      return A.PRE_CHECK_NOT_ELIGIBLE;
  }
}

const MAX_PROBLEM = 500;

export interface StepInput {
  id: string;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
  reason?: string | null;
}

export interface PreCheckResultInput extends StepInput {
  outcome: PreCheckOutcome;
  documents?: { kind: DocumentKind; accepted: boolean; problem?: string | null }[] | null;
}

export interface CityProcedureInput {
  policyId: string;
  recommendation?: Recommender | null;
  whereZh: string;
  whereEn: string;
  howZh: string;
  howEn: string;
  documents: CityFilingDocument[];
  url?: string | null;
}

/**
 * The town's pre-check (预审) for procedures the city decides (issue 17 item 7): the talent files
 * the city's documents against the form's checklist and submits; a town reviewer marks each
 * document and issues the result; where the policy's city procedure names a recommender, the
 * employer's HR or the town recommends; the talent then sees where and what to file with the
 * city. Every step goes through ApplicationService.act (row lock, expected version, the workflow
 * table in pre-check.workflow.ts, history, notifications); this service only adds what is its own.
 */
export class PreCheckService {
  constructor(
    private readonly em: EntityManager,
    private readonly applications: ApplicationService,
    private readonly audit: AuditService,
  ) {}

  /** The talent submits (or, after "needs more documents", resubmits) the pre-check. */
  async submit(viewer: Viewer, input: StepInput): Promise<Application> {
    return this.applications.act(viewer, input.id, {
      operation: 'submitPreCheck',
      choose: async (_tx, app) => (app.status === S.RETURNED_FOR_INFO ? A.RESUBMIT_PRE_CHECK : A.SUBMIT_PRE_CHECK),
    }, input);
  }

  /**
   * A town reviewer issues the result with its reason, each checklist document marked accepted
   * or with what is wrong. The verdicts are checked against the checklist the application was
   * filed under on the locked row, and kept in the history entry of the step. Whether a pass goes
   * to the recommendation is read from the city procedure on the locked row too, so a change to
   * the procedure made while the step waited for the lock routes the pass by the new setting.
   */
  async issueResult(viewer: Viewer, input: PreCheckResultInput): Promise<Application> {
    const errors = new FieldErrors();
    const verdicts = checkVerdicts(errors, input.documents ?? []);
    errors.throwIfAny();
    let action = resultAction(input.outcome, null);
    return this.applications.act(viewer, input.id, {
      operation: 'issuePreCheckResult',
      choose: async (tx, app) => (action = resultAction(input.outcome, (await procedureIn(tx, app))?.recommendation ?? null)),
    }, input, async (tx, app) => {
      const form = await tx.findOneOrFail(ApplicationForm, { policy: app.policy.id });
      // A step no longer allowed (another reviewer decided first) says so before any verdict is checked.
      if (!allowedFrom(action, app.status, form.benefit)) throw invalidState(app.status);
      checkAgainstChecklist(verdicts, await filedChecklist(tx, app, form), input.outcome);
      return { outcome: input.outcome, documents: verdicts };
    });
  }

  /** The employer's HR or a town reviewer, as the policy's city procedure says, recommends a passed pre-check. */
  async recommend(viewer: Viewer, input: StepInput): Promise<Application> {
    let recommender: Recommender | null = null;
    return this.applications.act(viewer, input.id, {
      operation: 'recommendPreCheck',
      // Who recommends, as the procedure says once the row is locked.
      choose: async (tx, app) => {
        recommender = (await procedureIn(tx, app))?.recommendation ?? null;
        if (!recommender) {
          throw new UserInputErrors([{ field: null, code: UserErrorCode.INVALID_STATE, message: M.noRecommendationNeeded }]);
        }
        return recommender === Recommender.EMPLOYER ? A.RECOMMEND_BY_EMPLOYER : A.RECOMMEND_BY_TOWN;
      },
    }, input, async () => ({ recommender, organisationId: viewer.organisationId }));
  }

  /** What the pre-check of a visible application stands at: the latest result, the recommendation, the city procedure. */
  async view(app: { id: string; policy: { id: string } }): Promise<PreCheckView | null> {
    const em = this.em.fork();
    const form = await em.findOne(ApplicationForm, { policy: app.policy.id }, { fields: ['benefit'] });
    if (form?.benefit !== BenefitKind.PRE_CHECK) return null;
    const events = await em.find(ApplicationEvent, { application: app.id, action: { $in: [...Object.keys(RESULT_ACTIONS), ...RECOMMEND_ACTIONS] } }, { orderBy: { at: 'desc', id: 'desc' } });
    const result = events.find((e) => e.action in RESULT_ACTIONS);
    const recommendation = events.find((e) => RECOMMEND_ACTIONS.includes(e.action));
    const actorIds = [result?.actor?.id, recommendation?.actor?.id].filter((id): id is string => !!id);
    const names = new Map((await em.find(User, { id: { $in: actorIds } }, { fields: ['displayName'] })).map((u) => [u.id, u.displayName]));
    const procedure = await em.findOne(CityProcedure, { policy: app.policy.id });
    return {
      procedure,
      recommendationNeeded: procedure?.recommendation ?? null,
      result: result ? {
        outcome: RESULT_ACTIONS[result.action]!,
        reason: result.reason ?? null,
        documents: (result.data?.documents as DocumentVerdict[] | undefined) ?? [],
        reviewerName: result.actor ? names.get(result.actor.id) ?? null : null,
        decidedAt: result.at,
      } : null,
      recommendation: recommendation ? {
        by: recommendation.action === A.RECOMMEND_BY_EMPLOYER ? Recommender.EMPLOYER : Recommender.TOWN,
        recommendedByName: recommendation.actor ? names.get(recommendation.actor.id) ?? null : null,
        note: recommendation.reason ?? null,
        at: recommendation.at,
      } : null,
    };
  }

  /** The city procedure of a policy, or null. */
  procedureOf(policyId: string): Promise<CityProcedure | null> {
    return this.em.fork().findOne(CityProcedure, { policy: policyId });
  }

  /** ADMIN sets a pre-check policy's city procedure (who recommends, where and what to file); audited. */
  async configureProcedure(viewer: Viewer, input: CityProcedureInput): Promise<CityProcedure> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const text = (field: keyof CityProcedureInput, label: { zh: string; en: string }) => requiredText(errors, `input.${field}`, input[field] as string, label, { max: 2000, multiline: true });
    const values = {
      recommendation: input.recommendation ?? null,
      whereZh: text('whereZh', M.whereZh),
      whereEn: text('whereEn', M.whereEn),
      howZh: text('howZh', M.howZh),
      howEn: text('howEn', M.howEn),
      documents: checkFilingDocuments(errors, input.documents),
      url: checkUrl(errors, input.url),
    };
    return this.em.transactional(async (tx) => {
      const form = await tx.findOne(ApplicationForm, { policy: input.policyId });
      if (form?.benefit !== BenefitKind.PRE_CHECK) errors.addText('input.policyId', UserErrorCode.NOT_FOUND, M.noPreCheckForm);
      errors.throwIfAny();
      const existing = await tx.findOne(CityProcedure, { policy: input.policyId });
      const before = existing ? { ...existing } : null;
      const procedure = existing ?? tx.create(CityProcedure, { policy: tx.getReference(Policy, input.policyId), ...values });
      Object.assign(procedure, values);
      const changes = (Object.keys(values) as (keyof typeof values)[])
        .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(values[key]))
        .map((key) => ({ path: key, from: before?.[key] ?? null, to: values[key] }));
      this.audit.record(tx, viewer.userId, 'CONFIGURE_CITY_PROCEDURE', 'CityProcedure', procedure.id,
        M.procedureConfigured, changes);
      return procedure;
    });
  }
}

/** The city procedure of the application's policy, read in the step's transaction. */
function procedureIn(tx: EntityManager, app: Application): Promise<CityProcedure | null> {
  return tx.findOne(CityProcedure, { policy: app.policy.id }, { refresh: true });
}

/** The checklist of the form version the application was filed under (the version in force for rows that name none). */
async function filedChecklist(tx: EntityManager, app: Application, form: ApplicationForm): Promise<readonly ChecklistItem[]> {
  if (!app.formVersion) return form.checklist;
  return (await tx.findOneOrFail(ApplicationFormVersion, { id: app.formVersion.id })).checklist;
}

/** Shape of the verdicts alone: one per kind, a note on what is wrong where a document is not accepted. */
export function checkVerdicts(errors: FieldErrors, raw: readonly { kind: DocumentKind; accepted: boolean; problem?: string | null }[]): DocumentVerdict[] {
  const seen = new Set<DocumentKind>();
  return raw.map((verdict, i) => {
    const field = `input.documents.${i}`;
    if (seen.has(verdict.kind)) errors.addText(`${field}.kind`, UserErrorCode.DUPLICATE, M.verdictTwice);
    seen.add(verdict.kind);
    const problem = verdict.accepted
      ? optionalText(errors, `${field}.problem`, verdict.problem, M.problemNote, { max: MAX_PROBLEM, multiline: true })
      : requiredText(errors, `${field}.problem`, verdict.problem, M.problemNote, { max: MAX_PROBLEM, multiline: true }) || null;
    return { kind: verdict.kind, accepted: verdict.accepted, problem };
  });
}

/**
 * Verdicts against the checklist: only documents on it, and a pass needs every required one
 * marked accepted and none marked wrong (otherwise it is "needs more documents").
 */
export function checkAgainstChecklist(verdicts: readonly DocumentVerdict[], checklist: readonly ChecklistItem[], outcome: PreCheckOutcome): void {
  const errors = new FieldErrors();
  const listed = new Set(checklist.map((item) => item.kind));
  verdicts.forEach((verdict, i) => {
    if (!listed.has(verdict.kind)) errors.addText(`input.documents.${i}.kind`, UserErrorCode.INVALID, M.verdictNotOnChecklist);
  });
  if (outcome === PreCheckOutcome.PASSED) {
    const accepted = new Set(verdicts.filter((v) => v.accepted).map((v) => v.kind));
    const unchecked = checklist.filter((item) => item.required && !accepted.has(item.kind));
    if (unchecked.length > 0) {
      errors.addText('input.documents', UserErrorCode.REQUIRED, M.requiredNotAccepted(unchecked.map((m) => DOCUMENT_KIND_NAMES[m.kind])));
    }
    if (verdicts.some((v) => !v.accepted)) {
      errors.addText('input.outcome', UserErrorCode.INVALID, M.passWithProblem);
    }
  }
  errors.throwIfAny();
}

function checkFilingDocuments(errors: FieldErrors, raw: readonly CityFilingDocument[]): CityFilingDocument[] {
  if (raw.length === 0) errors.addText('input.documents', UserErrorCode.REQUIRED, M.noFilingDocuments);
  if (raw.length > 40) errors.addText('input.documents', UserErrorCode.TOO_LONG, M.tooManyFilingDocuments);
  return raw.slice(0, 40).map((doc, i) => ({
    zh: requiredText(errors, `input.documents.${i}.zh`, doc.zh, M.filingDocumentZh, { max: 200 }),
    en: requiredText(errors, `input.documents.${i}.en`, doc.en, M.filingDocumentEn, { max: 200 }),
  }));
}

function checkUrl(errors: FieldErrors, raw: string | null | undefined): string | null {
  const url = optionalText(errors, 'input.url', raw, M.procedureUrl, { max: 300 });
  if (url === null) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed?.protocol !== 'https:') {
    errors.addText('input.url', UserErrorCode.INVALID, M.urlNotHttps);
    return null;
  }
  return url;
}
