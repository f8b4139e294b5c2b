import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import type { NotificationService } from '../notification/index.js';
import type { AuditService } from '../audit/index.js';
import type { ApplicationCap } from '../policy/index.js';
import { ApplicationStatus as S } from './application-status.js';
import { Application } from './application.entity.js';
import { ApplicationForm, ApplicationFormVersion } from './application-form.entity.js';
import { acceptsApplications } from './accepting.js';
import type { ApplicationView } from './application.reads.js';
import type { Actor } from './workflow.js';
import type { ApplicationHooks, EligibilitySnapshotter } from './application.types.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

export const APPLICATION_NOT_FOUND = M.application;

/**
 * What the application service's parts share: who may see an application and which of the
 * workflow's actors the viewer is, the row lock a change takes, the form and its versions, and the
 * checks of the policy's cap and the benefit's own answers.
 */
export class ApplicationServiceBase {
  constructor(
    protected readonly em: EntityManager,
    protected readonly notifications: NotificationService,
    protected readonly audit: AuditService,
    protected readonly snapshotEligibility: EligibilitySnapshotter = async () => null,
    protected readonly hooks: ApplicationHooks = {},
  ) {}

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

  protected async lockForActor(tx: EntityManager, viewer: Viewer, id: string, actor: Actor, expectedVersion: number | null | undefined): Promise<Application> {
    const app = await this.lockVisible(tx, viewer, id);
    this.checkActor(viewer, app, actor, expectedVersion);
    return app;
  }

  /** Locks the row of an application the viewer may see (others: not found, as for a missing row). */
  protected async lockVisible(tx: EntityManager, viewer: Viewer, id: string): Promise<Application> {
    const app = await tx.findOne(Application, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!app || !ApplicationServiceBase.canSee(viewer, app)) throw DomainError.notFound(APPLICATION_NOT_FOUND);
    return app;
  }

  /** The viewer takes the step as `actor`, on the version they saw. */
  protected checkActor(viewer: Viewer, app: Application, actor: Actor, expectedVersion: number | null | undefined): void {
    const actorOfViewer = ApplicationServiceBase.actorOf(viewer, app);
    // A reviewer never decides their own application, whatever their role.
    if (actorOfViewer !== actor || (actor === 'REVIEWER' && app.applicant.id === viewer.userId)) throw DomainError.forbidden();
    if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== app.version) {
      throw new UserInputErrors([{ field: 'input.expectedVersion', code: UserErrorCode.CONFLICT, message: M.actedOnMeanwhile }]);
    }
  }

  protected async formOf(tx: EntityManager, app: Application): Promise<ApplicationForm> {
    return tx.findOneOrFail(ApplicationForm, { policy: app.policy.id });
  }

  /** The row of `form`'s version in force as it was read (answers were checked against it): a new application is filed under it. */
  protected versionInForce(tx: EntityManager, form: ApplicationForm): Promise<ApplicationFormVersion> {
    return tx.findOneOrFail(ApplicationFormVersion, { form: form.id, version: form.version });
  }

  /**
   * The version of the form the application was filed under (its questions and checklist);
   * the version in force for a row that names none.
   */
  protected async versionOf(tx: EntityManager, app: Application): Promise<Pick<ApplicationFormVersion, 'questions' | 'checklist'>> {
    if (app.formVersion) return tx.findOneOrFail(ApplicationFormVersion, { id: app.formVersion.id });
    return tx.findOneOrFail(ApplicationForm, { policy: app.policy.id });
  }

  /**
   * The benefit's own answers (see `ApplicationHooks.answerChecks`: a flat's month within a year),
   * beside the form's checks: a field the form already refused gets no second error.
   */
  protected checkBenefitAnswers(errors: FieldErrors, form: ApplicationForm, answers: Record<string, string>, submitting: boolean): void {
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
  protected async capOf(em: EntityManager, policyId: string, date = shanghaiToday()): Promise<ApplicationCap | null> {
    return (await this.hooks.applicationCap?.(em, policyId, date))?.cap ?? null;
  }

  /** A money policy without a configured cap takes no applications (nothing could be approved). */
  protected checkOpen(errors: FieldErrors, field: string, form: ApplicationForm, cap: ApplicationCap | null): void {
    if (!acceptsApplications(form.benefit, cap)) errors.addText(field, UserErrorCode.INVALID_STATE, M.notOpen);
  }
}
