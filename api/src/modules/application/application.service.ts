import { LockMode, ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { theRow } from '../../core/db/rows.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Document, DOCUMENT_KIND_NAMES } from '../document/index.js';
import type { NotificationService } from '../notification/index.js';
import type { AuditService } from '../audit/index.js';
import { anyGrantLimit, type ApplicationCap, grantLimitProblems, type GrantsSoFar, periodStart, Policy } from '../policy/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { TalentProfile } from '../talent/index.js';
import { ApplicationAction as A, ApplicationStatus as S, STATUS_NAMES } from './application-status.js';
import { Application, ApplicationDocument, ApplicationEvent, ONE_OPEN_PER_PERSON_POLICY } from './application.entity.js';
import { ApplicationForm, ApplicationFormVersion, BenefitKind } from './application-form.entity.js';
import { checkProcessingDays, writeFormVersion } from './application-form.service.js';
import { checkAnswersAgainst } from './form-question.js';
import { acceptsApplications } from './accepting.js';
import type { ApplicationView } from './application.reads.js';
import { OPEN_STATES, allowedFrom, resubmitTarget, transitionOf, type Actor } from './workflow.js';
import { checkIdempotencyKey, constraintOf, invalidState, nextReference, optionalNote } from './application.checks.js';
import { checkRequirements, type RequirementServices } from './step-requirements.js';
import { notifyStep } from './application.notify.js';
import type { ApplicationHooks, DecisionInput, DraftInput, EligibilitySnapshotter, FormChanges, OnBehalfInput, StepChoice, StepFacts, WalkInInput } from './application.types.js';
import { reuseConfirmation } from './employment-confirmation.js';
import { idempotent } from './idempotency.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

export const APPLICATION_NOT_FOUND = M.application;

// The shapes callers pass in, kept in their own file; re-exported for the resolvers and other modules.
export type { AnswerCheck, ApplicationHooks, DecisionInput, DraftInput, EligibilitySnapshotter, EmploymentFacts, FormChanges, GrantLimitsReader, OnBehalfInput, QueueFilter, StepChoice, StepFacts, StepListener, StepTaken, WalkInInput } from './application.types.js';
export { confirmationValidUntil } from './employment-confirmation.js';

export class ApplicationService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly snapshotEligibility: EligibilitySnapshotter = async () => null,
    private readonly hooks: ApplicationHooks = {},
  ) {}

  /** What the workflow's requirement checks read through this service. */
  private readonly requirementServices: RequirementServices = {
    capOf: (tx, policyId, date) => this.capOf(tx, policyId, date),
    checkReadyToSubmit: (tx, app, form) => this.checkReadyToSubmit(tx, app, form),
    checkGrantLimits: (tx, app, now) => this.checkGrantLimits(tx, app, now),
    criteriaCheck: this.hooks.criteriaCheck ?? null,
  };

  /**
   * ADMIN sets a policy's processing time: a new version of its form, written with its audit
   * entry. The amount cap is rule data (createRuleVersion), so it can be scheduled and is versioned.
   */
  async configureForm(viewer: Viewer, changes: FormChanges): Promise<ApplicationForm> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    return this.em.transactional(async (tx) => {
      const form = await tx.findOne(ApplicationForm, { policy: changes.policyId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!form) throw DomainError.notFound(M.formOfApplication);
      const errors = new FieldErrors();
      const days = changes.processingDays ?? form.processingDays;
      checkProcessingDays(errors, 'input.processingDays', days);
      errors.throwIfAny();
      writeFormVersion(tx, this.audit, form, { questions: form.questions, checklist: form.checklist, employerNominates: form.employerNominates, processingDays: days }, viewer.userId);
      return form;
    });
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Applicant, HR of the applicant's enterprise (not drafts, unless the enterprise nominated), reviewers. */
  static canSee(viewer: Viewer, app: ApplicationView): boolean {
    if (app.applicant.id === viewer.userId) return true;
    if (viewer.role === Role.REVIEWER) return app.status !== S.DRAFT;
    const visibleToEmployer = app.status !== S.DRAFT || !!app.nominatedBy;
    return viewer.role === Role.ENTERPRISE_HR && visibleToEmployer && !!viewer.organisationId && app.enterprise?.id === viewer.organisationId;
  }

  /** Which of the workflow's actors the viewer is for this application. */
  static actorOf(viewer: Viewer, app: ApplicationView): Actor | null {
    if (app.applicant.id === viewer.userId) return 'APPLICANT';
    if (viewer.role === Role.REVIEWER) return 'REVIEWER';
    if (viewer.role === Role.ENTERPRISE_HR && viewer.organisationId && app.enterprise?.id === viewer.organisationId) return 'EMPLOYER_HR';
    return null;
  }

  async get(viewer: Viewer, id: string): Promise<Application> {
    const app = await this.em.findOne(Application, { id });
    if (!app || !ApplicationService.canSee(viewer, app)) throw DomainError.notFound(APPLICATION_NOT_FOUND);
    return app;
  }

  /** The viewer's open application for a policy (at most one; see OPEN_STATES), or null. */
  async openFor(viewer: Viewer, policyId: string): Promise<Application | null> {
    return this.em.findOne(Application, { applicant: viewer.userId, policy: policyId, status: { $in: [...OPEN_STATES] } }, { orderBy: { createdAt: 'asc' } });
  }

  // ---- the applicant's draft -------------------------------------------------------------

  async createDraft(viewer: Viewer, input: DraftInput): Promise<Application> {
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const { form, amount, answers, key } = await this.checkNewApplication(errors, input);
    errors.throwIfAny();

    return this.oneOpenPerPolicy(viewer, viewer.userId, input.policyId, 'input.policyId', () => idempotent(this.em, viewer, key, 'createApplication', null, async (tx) => {
      await this.refuseSecondOpen(tx, viewer, viewer.userId, input.policyId, 'input.policyId');
      const profile = await tx.findOne(TalentProfile, { user: viewer.userId });
      const formVersion = await this.versionInForce(tx, form!);
      const app = tx.create(Application, {
        reference: await nextReference(tx),
        policy: tx.getReference(Policy, input.policyId),
        applicant: tx.getReference(User, viewer.userId),
        enterprise: profile?.employer ? tx.getReference(Organisation, profile.employer.id) : null,
        formVersion,
        answers,
        requestedAmountYuan: amount,
      });
      tx.create(ApplicationEvent, { application: app, action: 'CREATE', fromStatus: null, toStatus: S.DRAFT, actor: tx.getReference(User, viewer.userId) });
      return app;
    }));
  }

  /**
   * Inside a new application's transaction: waits for any other new case of this person and
   * policy (a transaction-scoped lock, so twenty tabs at once queue up instead of each burning a
   * reference number), then refuses when one is already open, naming it.
   */
  private async refuseSecondOpen(tx: EntityManager, viewer: Viewer, applicantId: string, policyId: string, field: string): Promise<void> {
    await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`open-application:${applicantId}:${policyId}`]);
    const open = await tx.findOne(Application, { applicant: applicantId, policy: policyId, status: { $in: [...OPEN_STATES] } }, { orderBy: { createdAt: 'asc' }, refresh: true });
    if (open) throw this.alreadyOpen(viewer, open, field);
  }

  /**
   * The database's backstop: should a second open case get past `refuseSecondOpen` (a raw
   * insert, a code path that forgot it), the partial unique index refuses it; the user then gets
   * the same field error instead of an internal one.
   */
  private async oneOpenPerPolicy(viewer: Viewer, applicantId: string, policyId: string, field: string, create: () => Promise<Application>): Promise<Application> {
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || constraintOf(error) !== ONE_OPEN_PER_PERSON_POLICY) throw error;
      const open = await this.em.fork().findOne(Application, { applicant: applicantId, policy: policyId, status: { $in: [...OPEN_STATES] } }, { orderBy: { createdAt: 'asc' } });
      if (!open) throw error;
      throw this.alreadyOpen(viewer, open, field);
    }
  }

  /**
   * "Already open" as a field error. The applicant (and HR who can see the case) get its
   * reference and id, so the page can open it; HR who cannot see it (the person's own draft)
   * learn only that there is one.
   */
  private alreadyOpen(viewer: Viewer, open: Application, field: string): UserInputErrors {
    if (!ApplicationService.canSee(viewer, open)) {
      return new UserInputErrors([{ field, code: UserErrorCode.DUPLICATE, message: M.staffAlreadyApplying }]);
    }
    const status = STATUS_NAMES[open.status];
    const own = open.applicant.id === viewer.userId;
    const message = own ? M.youAlreadyApplied(open.reference, status) : M.staffAlreadyApplied(open.reference, status);
    return new UserInputErrors([{ field, code: UserErrorCode.DUPLICATE, message, recordId: open.id }]);
  }


  /**
   * HR nominate a member of their staff for a policy the employer files (宝人社规〔2022〕8号:
   * the enterprise submits the key-talent incentive): a draft is made for the talent, who adds
   * the documents and submits; HR then confirm as for any application.
   */
  async nominate(viewer: Viewer, input: { policyId: string; talentUserId: string; note?: string | null }): Promise<Application> {
    if (viewer.role !== Role.ENTERPRISE_HR || !viewer.organisationId) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const form = await this.em.findOne(ApplicationForm, { policy: input.policyId });
    const cap = form?.employerNominates ? await this.capOf(this.em, input.policyId) : null;
    if (!form?.employerNominates) errors.addText('input.policyId', UserErrorCode.NOT_FOUND, M.policyNotNominated);
    else this.checkOpen(errors, 'input.policyId', form, cap);
    const profile = await this.em.findOne(TalentProfile, { user: input.talentUserId, employer: viewer.organisationId });
    if (!profile) errors.addText('input.talentUserId', UserErrorCode.NOT_FOUND, M.notOnYourStaff);
    const note = (input.note ?? '').trim();
    if (note.length > 1000) errors.addText('input.note', UserErrorCode.TOO_LONG, M.nominationNoteTooLong);
    errors.throwIfAny();

    return this.oneOpenPerPolicy(viewer, input.talentUserId, input.policyId, 'input.talentUserId', () => this.em.transactional(async (tx) => {
      await this.refuseSecondOpen(tx, viewer, input.talentUserId, input.policyId, 'input.talentUserId');
      const app = tx.create(Application, {
        reference: await nextReference(tx),
        policy: tx.getReference(Policy, input.policyId),
        applicant: tx.getReference(User, input.talentUserId),
        enterprise: tx.getReference(Organisation, viewer.organisationId!),
        nominatedBy: tx.getReference(User, viewer.userId),
        // What is applied for is the configured award (see awardAmount), not a figure the talent picks.
        requestedAmountYuan: form!.benefit === BenefitKind.MONEY ? cap?.amountYuan ?? null : null,
      });
      tx.create(ApplicationEvent, {
        application: app, action: 'CREATE', fromStatus: null, toStatus: S.DRAFT, actor: tx.getReference(User, viewer.userId),
        reason: note || '单位推荐 / Nominated by the employer', data: { nominatedBy: viewer.userId },
      });
      this.notifications.within(tx).notify([input.talentUserId], {
        kind: 'application.nominated',
        title: M.nominatedTitle(app.reference),
        body: M.nominatedBody(note),
        link: `/applications/${app.id}`,
      });
      return app;
    }));
  }

  /**
   * A town reviewer files for a talent who came to the counter (issue 17 item 6): the talent
   * must already have an account (found with `walkInTalents`); the reviewer enters the answers
   * and amount, ticks the checklist documents seen on paper, and the application is created and
   * submitted in one transaction, through the same checks as the talent's own draft and
   * submission and the same one-open-case rule. The history names the reviewer on both steps, and
   * `filedBy` keeps who filed it. Anything refused writes nothing.
   */
  async fileForWalkIn(viewer: Viewer, input: WalkInInput): Promise<Application> {
    if (viewer.role !== Role.REVIEWER) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const { form, amount, answers, key } = await this.checkNewApplication(errors, input);
    const talent = input.talentUserId === viewer.userId ? null : await this.em.findOne(TalentProfile, { user: { id: input.talentUserId, role: Role.TALENT, disabledAt: null } });
    if (!talent) errors.addText('input.talentUserId', UserErrorCode.NOT_FOUND, M.noTalentAccount);
    let enterpriseId = talent?.employer?.id ?? null;
    if (input.enterpriseId) {
      const enterprise = await this.em.findOne(Organisation, { id: input.enterpriseId, kind: OrganisationKind.ENTERPRISE });
      if (!enterprise) errors.addText('input.enterpriseId', UserErrorCode.NOT_FOUND, M.chosenEmployerMissing);
      enterpriseId = enterprise?.id ?? null;
    } else if (talent && !enterpriseId) {
      errors.addText('input.enterpriseId', UserErrorCode.REQUIRED, M.profileNamesNoEmployer);
    }
    const seen = [...new Set(input.documentsSeen ?? [])];
    const listed = new Set(form?.checklist.map((item) => item.kind) ?? []);
    if (form && seen.some((kind) => !listed.has(kind))) {
      errors.addText('input.documentsSeen', UserErrorCode.INVALID, M.seenNotOnChecklist);
    }
    errors.throwIfAny();

    const talentUserId = input.talentUserId;
    return this.oneOpenPerPolicy(viewer, talentUserId, input.policyId, 'input.talentUserId', () => idempotent(this.em, viewer, key, 'fileWalkInApplication', null, async (tx) => {
      await this.refuseSecondOpen(tx, viewer, talentUserId, input.policyId, 'input.talentUserId');
      const clerk = tx.getReference(User, viewer.userId);
      const app = tx.create(Application, {
        reference: await nextReference(tx),
        policy: tx.getReference(Policy, input.policyId),
        applicant: tx.getReference(User, talentUserId),
        enterprise: enterpriseId ? tx.getReference(Organisation, enterpriseId) : null,
        formVersion: await this.versionInForce(tx, form!),
        answers,
        requestedAmountYuan: amount,
        filedBy: clerk,
        documentsSeenAtCounter: seen,
      });
      tx.create(ApplicationEvent, {
        application: app, action: 'CREATE', fromStatus: null, toStatus: S.DRAFT, actor: clerk,
        reason: '窗口代办：镇审核人员为来访人才填写 / Filed at the counter by a town reviewer for a walk-in talent', data: { filedBy: viewer.userId },
      });
      await tx.flush();
      return this.takeStep(tx, app, A.SUBMIT_FOR_WALK_IN, viewer.userId, {}, { documentsSeenAtCounter: seen });
    }));
  }

  async updateDraft(viewer: Viewer, id: string, input: { answers?: Record<string, string> | null; requestedAmountYuan?: number | null; expectedVersion?: number | null }): Promise<Application> {
    return this.em.transactional(async (tx) => {
      const app = await this.lockForActor(tx, viewer, id, 'APPLICANT', input.expectedVersion);
      if (app.status !== S.DRAFT && app.status !== S.RETURNED_FOR_INFO) throw invalidState(app.status);
      const form = await this.formOf(tx, app);
      const errors = new FieldErrors();
      if (input.answers !== undefined && input.answers !== null) {
        app.answers = checkAnswersAgainst(errors, (await this.versionOf(tx, app)).questions, input.answers, false);
        this.checkBenefitAnswers(errors, form, app.answers, false);
      }
      if (input.requestedAmountYuan !== undefined) app.requestedAmountYuan = this.checkRequestedAmount(errors, form, await this.capOf(tx, app.policy.id), input.requestedAmountYuan);
      errors.throwIfAny();
      return app;
    });
  }

  async attachDocument(viewer: Viewer, id: string, documentId: string): Promise<Application> {
    return this.em.transactional(async (tx) => {
      const app = await this.lockForActor(tx, viewer, id, 'APPLICANT', null);
      if (app.status !== S.DRAFT && app.status !== S.RETURNED_FOR_INFO) throw invalidState(app.status);
      const document = await tx.findOne(Document, { id: documentId, owner: viewer.userId });
      if (!document) {
        throw new UserInputErrors([{ field: 'documentId', code: UserErrorCode.NOT_FOUND, message: M.documentNotInWallet }]);
      }
      if (!(await tx.findOne(ApplicationDocument, { application: app, document }))) tx.create(ApplicationDocument, { application: app, document });
      return app;
    });
  }

  async detachDocument(viewer: Viewer, id: string, documentId: string): Promise<Application> {
    return this.em.transactional(async (tx) => {
      const app = await this.lockForActor(tx, viewer, id, 'APPLICANT', null);
      if (app.status !== S.DRAFT && app.status !== S.RETURNED_FOR_INFO) throw invalidState(app.status);
      await tx.nativeDelete(ApplicationDocument, { application: app.id, document: documentId });
      return app;
    });
  }

  // ---- the workflow ----------------------------------------------------------------------

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
  private async takeStep(tx: EntityManager, app: Application, action: A, actorId: string | null, input: DecisionInput, extraData: Record<string, unknown>): Promise<Application> {
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

  // ---- helpers ---------------------------------------------------------------------------

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

  private async lockForActor(tx: EntityManager, viewer: Viewer, id: string, actor: Actor, expectedVersion: number | null | undefined): Promise<Application> {
    const app = await this.lockVisible(tx, viewer, id);
    this.checkActor(viewer, app, actor, expectedVersion);
    return app;
  }

  /** Locks the row of an application the viewer may see (others: not found, as for a missing row). */
  private async lockVisible(tx: EntityManager, viewer: Viewer, id: string): Promise<Application> {
    const app = await tx.findOne(Application, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!app || !ApplicationService.canSee(viewer, app)) throw DomainError.notFound(APPLICATION_NOT_FOUND);
    return app;
  }

  /** The viewer takes the step as `actor`, on the version they saw. */
  private checkActor(viewer: Viewer, app: Application, actor: Actor, expectedVersion: number | null | undefined): void {
    const actorOfViewer = ApplicationService.actorOf(viewer, app);
    // A reviewer never decides their own application, whatever their role.
    if (actorOfViewer !== actor || (actor === 'REVIEWER' && app.applicant.id === viewer.userId)) throw DomainError.forbidden();
    if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== app.version) {
      throw new UserInputErrors([{ field: 'input.expectedVersion', code: UserErrorCode.CONFLICT, message: M.actedOnMeanwhile }]);
    }
  }

  private async formOf(tx: EntityManager, app: Application): Promise<ApplicationForm> {
    return tx.findOneOrFail(ApplicationForm, { policy: app.policy.id });
  }

  /** The row of `form`'s version in force as it was read (answers were checked against it): a new application is filed under it. */
  private versionInForce(tx: EntityManager, form: ApplicationForm): Promise<ApplicationFormVersion> {
    return tx.findOneOrFail(ApplicationFormVersion, { form: form.id, version: form.version });
  }

  /**
   * The version of the form the application was filed under (its questions and checklist);
   * the version in force for a row that names none.
   */
  private async versionOf(tx: EntityManager, app: Application): Promise<Pick<ApplicationFormVersion, 'questions' | 'checklist'>> {
    if (app.formVersion) return tx.findOneOrFail(ApplicationFormVersion, { id: app.formVersion.id });
    return tx.findOneOrFail(ApplicationForm, { policy: app.policy.id });
  }

  /**
   * The benefit's own answers (see `ApplicationHooks.answerChecks`: a flat's month within a year),
   * beside the form's checks: a field the form already refused gets no second error.
   */
  private checkBenefitAnswers(errors: FieldErrors, form: ApplicationForm, answers: Record<string, string>, submitting: boolean): void {
    const check = this.hooks.answerChecks?.[form.benefit];
    if (!check) return;
    const unlessRefused = new (class extends FieldErrors {
      override add(...args: Parameters<FieldErrors['add']>): this {
        if (!args[0] || !errors.has(args[0])) errors.add(...args);
        return this;
      }
    })();
    check(unlessRefused, answers, submitting);
  }

  /** The policy's cap per application in force on `date` (rule data), read through `em`. */
  private async capOf(em: EntityManager, policyId: string, date = shanghaiToday()): Promise<ApplicationCap | null> {
    return (await this.hooks.applicationCap?.(em, policyId, date))?.cap ?? null;
  }

  /** A money policy without a configured cap takes no applications (nothing could be approved). */
  private checkOpen(errors: FieldErrors, field: string, form: ApplicationForm, cap: ApplicationCap | null): void {
    if (!acceptsApplications(form.benefit, cap)) errors.addText(field, UserErrorCode.INVALID_STATE, M.notOpen);
  }

  /**
   * The checks every new application passes, whoever files it (the talent's draft, a walk-in at
   * the counter): the policy takes online applications and is open, the amount is within its cap,
   * and the answers fit the form version in force, which the application is then filed under.
   * Problems go into `errors`; the caller adds its own and throws.
   */
  private async checkNewApplication(errors: FieldErrors, input: DraftInput) {
    const form = await this.em.findOne(ApplicationForm, { policy: input.policyId });
    if (!form) errors.addText('input.policyId', UserErrorCode.NOT_FOUND, M.notOnline);
    const cap = form ? await this.capOf(this.em, input.policyId) : null;
    if (form?.employerNominates) errors.addText('input.policyId', UserErrorCode.INVALID_STATE, M.employerFiles);
    else if (form) this.checkOpen(errors, 'input.policyId', form, cap);
    const amount = form ? this.checkRequestedAmount(errors, form, cap, input.requestedAmountYuan) : null;
    const answers = checkAnswersAgainst(errors, form?.questions ?? [], input.answers, false);
    if (form) this.checkBenefitAnswers(errors, form, answers, false);
    const key = checkIdempotencyKey(errors, input.idempotencyKey);
    return { form, amount, answers, key };
  }

  private checkRequestedAmount(errors: FieldErrors, form: ApplicationForm, cap: ApplicationCap | null, amount: number | null | undefined): number | null {
    if (form.benefit !== BenefitKind.MONEY) {
      if (amount !== null && amount !== undefined) errors.addText('input.requestedAmountYuan', UserErrorCode.INVALID, M.noMoneyNoAmount);
      return null;
    }
    if (amount === null || amount === undefined) return null;
    if (!Number.isInteger(amount) || amount <= 0) {
      errors.addText('input.requestedAmountYuan', UserErrorCode.INVALID, M.amountNotWholeYuan);
    } else if (cap?.amountYuan != null && amount > cap.amountYuan) {
      errors.addText('input.requestedAmountYuan', UserErrorCode.OUT_OF_RANGE, M.amountOverCap(cap.amountYuan));
    }
    return amount;
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
