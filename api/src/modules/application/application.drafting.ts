import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Document } from '../document/index.js';
import { type ApplicationCap, Policy } from '../policy/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { TalentProfile } from '../talent/index.js';
import { ApplicationAction as A, ApplicationStatus as S, STATUS_NAMES } from './application-status.js';
import { Application, ApplicationDocument, ApplicationEvent, ONE_OPEN_PER_PERSON_POLICY } from './application.entity.js';
import { ApplicationForm, BenefitKind } from './application-form.entity.js';
import { checkAnswersAgainst } from './form-question.js';
import { OPEN_STATES } from './workflow.js';
import { checkIdempotencyKey, constraintOf, invalidState, nextReference } from './application.checks.js';
import type { DraftInput, WalkInInput } from './application.types.js';
import { idempotent } from './idempotency.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';
import { ApplicationServiceBase } from './application.base.js';
import { ApplicationSteps } from './application.steps.js';

/**
 * New applications and drafts: the talent's own draft, HR's nomination, a reviewer filing for a
 * walk-in talent (one open case per person and policy, whoever files), and the draft's answers,
 * amount and attached documents.
 */
export class ApplicationDrafting extends ApplicationSteps {
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
    if (!ApplicationServiceBase.canSee(viewer, open)) {
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
}
