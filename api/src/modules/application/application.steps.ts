import { LockMode, ref } from '@mikro-orm/core';
import { theRow } from '../../core/db/rows.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { User } from '../account/index.js';
import { DOCUMENT_KIND_NAMES } from '../document/index.js';
import { anyGrantLimit, grantLimitProblems, type GrantsSoFar, periodStart } from '../policy/index.js';
import { ApplicationAction as A, ApplicationStatus as S } from './application-status.js';
import { Application, ApplicationDocument, ApplicationEvent } from './application.entity.js';
import { ApplicationForm, BenefitKind } from './application-form.entity.js';
import { checkAnswersAgainst } from './form-question.js';
import { allowedFrom, resubmitTarget, transitionOf } from './workflow.js';
import { checkIdempotencyKey, invalidState, optionalNote } from './application.checks.js';
import { checkRequirements, type RequirementServices } from './step-requirements.js';
import { notifyStep } from './application.notify.js';
import type { DecisionInput, OnBehalfInput, StepChoice, StepFacts } from './application.types.js';
import { reuseConfirmation } from './employment-confirmation.js';
import { idempotent } from './idempotency.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { APPLICATION_NOT_FOUND, ApplicationServiceBase } from './application.base.js';

/**
 * The workflow's steps: one step taken by its actor (`act`) or on a reviewer's behalf inside
 * another module's transaction (`actOnBehalf`), each through the workflow table, the step's
 * requirement checks (submission readiness, grant limits), history, notifications and listeners.
 */
export class ApplicationSteps extends ApplicationServiceBase {
  /** What the workflow's requirement checks read through this service. */
  private readonly requirementServices: RequirementServices = {
    capOf: (tx, policyId, date) => this.capOf(tx, policyId, date),
    checkReadyToSubmit: (tx, app, form) => this.checkReadyToSubmit(tx, app, form),
    checkGrantLimits: (tx, app, now) => this.checkGrantLimits(tx, app, now),
    criteriaCheck: this.hooks.criteriaCheck ?? null,
  };

  /**
   * Takes one workflow step: locks the row (a second actor waits, then sees the new state),
   * checks the expected version, who may act and what the step needs, then writes the new
   * status, the history entry and the notifications in one transaction. A step given as a
   * `StepChoice` is decided on the locked row: whatever it reads is as of the step, not as of
   * before a wait for the lock.
   */
  async act(viewer: Viewer, id: string, step: A | StepChoice, input: DecisionInput = {}, facts?: StepFacts): Promise<Application> {
    const errors = new FieldErrors();
    const key = checkIdempotencyKey(errors, input.idempotencyKey);
    errors.throwIfAny();
    const operation = typeof step === 'string' ? step : step.operation;
    return idempotent(this.em, viewer, key, `application.${operation}`, id, async (tx) => {
      const app = await this.lockVisible(tx, viewer, id);
      const action = typeof step === 'string' ? step : await step.choose(tx, app);
      this.checkActor(viewer, app, transitionOf(action).actor, input.expectedVersion);
      return this.takeStep(tx, app, action, viewer.userId, input, facts ? await facts(tx, app) : {});
    });
  }

  /**
   * A step the platform takes on a reviewer's or the system's behalf inside the caller's own
   * transaction, e.g. ALLOCATE when a lease is signed from an accepted offer. It locks the row
   * and goes through the same workflow table, step checks, history entry, notifications and step
   * listeners as `act`; only steps the workflow gives to a reviewer can be taken this way. The
   * calling service has already checked its own access. `actorId` is who the history names
   * (null: the platform itself).
   */
  async actOnBehalf(tx: EntityManager, id: string, action: A, actorId: string | null, input: OnBehalfInput = {}): Promise<Application> {
    if (transitionOf(action).actor !== 'REVIEWER') throw new Error(`${action} is not a step taken on a reviewer's behalf`);
    const app = await tx.findOne(Application, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!app) throw DomainError.notFound(APPLICATION_NOT_FOUND);
    return this.takeStep(tx, app, action, actorId, { reason: input.reason, allocationNote: input.allocationNote }, input.data ?? {});
  }

  /**
   * The body of a step on a locked application: the checks its row of the workflow table lists
   * (step-requirements.ts), what the step itself does, new status, history, notifications, listeners.
   */
  protected async takeStep(tx: EntityManager, app: Application, action: A, actorId: string | null, input: DecisionInput, extraData: Record<string, unknown>): Promise<Application> {
    const transition = transitionOf(action);
    const form = await this.formOf(tx, app);
    if (!allowedFrom(action, app.status, form.benefit)) throw invalidState(app.status);
    const from = app.status;
    let to = transition.to;
    const now = new Date();
    const event = { reason: null as string | null, data: { ...extraData } };
    await checkRequirements(transition, { tx, app, form, action, actorId, input, now, event }, this.requirementServices);

    // What the steps do besides their checks.
    switch (action) {
      case A.SUBMIT:
      case A.SUBMIT_FOR_WALK_IN:
      case A.SUBMIT_PRE_CHECK:
        app.submittedAt = now;
        app.eligibilitySnapshot = await this.snapshotEligibility(tx, app.applicant.id, app.policy.id);
        break;
      case A.RESUBMIT:
        to = resubmitTarget(!!app.employmentConfirmation);
        break;
      case A.START_REVIEW:
        if (actorId) app.reviewer = ref(tx.getReference(User, actorId));
        break;
      case A.APPROVE:
      case A.WITHDRAW:
      case A.PASS_PRE_CHECK:
      case A.PASS_PRE_CHECK_FOR_RECOMMENDATION:
      case A.RECOMMEND_BY_EMPLOYER:
      case A.RECOMMEND_BY_TOWN:
        event.reason = optionalNote(input.reason);
        break;
    }
    const { reason, data } = event;

    app.status = to;
    app.statusChangedAt = now;
    tx.create(ApplicationEvent, { application: app, action, fromStatus: from, toStatus: to, actor: actorId ? tx.getReference(User, actorId) : null, reason, data, at: now });

    // A still-valid confirmation from the employer is reused instead of asking HR again, except
    // where the employer files: HR confirm that filing's facts (this year's pay) themselves.
    if (to === S.SUBMITTED && !form.employerNominates) await reuseConfirmation(tx, app, now);
    await notifyStep(this.notifications, tx, app, action, reason);
    for (const listener of this.hooks.onStep ?? []) await listener(tx, { app, form, action, from, to: app.status });
    return app;
  }

  /**
   * The policy's per-person limits (rule data: grants per person, per period, lifetime amount).
   * Counted under a lock on the person and policy, taken after the application's own row lock:
   * two reviewers approving two of one person's applications at once are counted one after the
   * other, so a limit of 1 lets exactly one through. Returns what the history entry records
   * (the rule version and the grants counted), or null when no limit is configured.
   */
  private async checkGrantLimits(tx: EntityManager, app: Application, now: Date): Promise<Record<string, unknown> | null> {
    const read = this.hooks.grantLimits;
    if (!read) return null;
    const inForce = await read(tx, app.policy.id, shanghaiToday(now));
    if (!inForce || !anyGrantLimit(inForce.limits)) return null;
    await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`grants:${app.applicant.id}:${app.policy.id}`]);
    // A grant is an approval (an application has at most one: nothing leads back from APPROVED).
    const rows = await tx.execute<{ grants: number; in_period: number; amount: string }[]>(
      `select count(*)::int as grants, (count(*) filter (where e.at >= ?))::int as in_period, coalesce(sum(a.approved_amount_yuan), 0)::bigint as amount
         from applications a join application_events e on e.application_id = a.id and e.action = 'APPROVE'
        where a.applicant_id = ? and a.policy_id = ? and a.id <> ?`,
      [periodStart(inForce.limits, now), app.applicant.id, app.policy.id, app.id],
    );
    const row = theRow(rows, 'grants so far');
    const before: GrantsSoFar = { grants: row.grants, grantsInPeriod: row.in_period, amountYuan: Number(row.amount) };
    const problems = grantLimitProblems(inForce.limits, before, app.approvedAmountYuan ?? null, inForce.source, now);
    if (problems.length > 0) {
      throw new UserInputErrors(problems.map((p) => ({
        // The amount limit is about the amount entered; the count limits about the whole decision.
        field: p.limit === 'maxAmountYuanPerPerson' ? 'input.amountYuan' : null,
        code: UserErrorCode.OUT_OF_RANGE,
        message: p.message,
      })));
    }
    return { ruleVersionId: inForce.source.ruleVersionId, ruleVersion: inForce.source.version, before };
  }

  private async checkReadyToSubmit(tx: EntityManager, app: Application, form: ApplicationForm): Promise<void> {
    const errors = new FieldErrors();
    if (!app.enterprise) {
      errors.addText('enterprise', UserErrorCode.REQUIRED, M.setEmployerFirst);
    }
    this.checkOpen(errors, 'policy', form, await this.capOf(tx, app.policy.id));
    if (form.benefit === BenefitKind.MONEY && !app.requestedAmountYuan) {
      errors.addText('input.requestedAmountYuan', UserErrorCode.REQUIRED, M.requestedAmountMissing);
    }
    // The form version the application was filed under decides what must be answered and attached.
    const filed = await this.versionOf(tx, app);
    // Stored answers were checked when saved; keys of older forms the version lacks are left alone.
    const asked = new Set(filed.questions.map((q) => q.key));
    checkAnswersAgainst(errors, filed.questions, Object.fromEntries(Object.entries(app.answers).filter(([key]) => asked.has(key))), true);
    this.checkBenefitAnswers(errors, form, app.answers, true);
    const attached = await tx.find(ApplicationDocument, { application: app }, { populate: ['document'] });
    const today = shanghaiToday();
    const validKinds = new Set([...attached.map((a) => a.document.getEntity()).filter((d) => !d.expiresOn || d.expiresOn >= today).map((d) => d.kind), ...app.documentsSeenAtCounter]);
    const missing = filed.checklist.filter((item) => item.required && !validKinds.has(item.kind));
    if (missing.length > 0) {
      errors.addText('documents', UserErrorCode.REQUIRED, M.documentsMissing(missing.map((m) => DOCUMENT_KIND_NAMES[m.kind])));
    }
    errors.throwIfAny();
  }
}
