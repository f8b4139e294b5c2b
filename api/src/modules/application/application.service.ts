import { LockMode } from '@mikro-orm/core';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { Application } from './application.entity.js';
import { ApplicationForm } from './application-form.entity.js';
import { checkProcessingDays, writeFormVersion } from './application-form.service.js';
import { OPEN_STATES } from './workflow.js';
import type { FormChanges } from './application.types.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';
import { APPLICATION_NOT_FOUND } from './application.base.js';
import { ApplicationDrafting } from './application.drafting.js';

export { APPLICATION_NOT_FOUND };

// The shapes callers pass in, kept in their own file; re-exported for the resolvers and other modules.
export type { AnswerCheck, ApplicationHooks, DecisionInput, DraftInput, EligibilitySnapshotter, EmploymentFacts, FormChanges, GrantLimitsReader, OnBehalfInput, QueueFilter, StepChoice, StepFacts, StepListener, StepTaken, WalkInInput } from './application.types.js';
export { confirmationValidUntil } from './employment-confirmation.js';

/**
 * Applications: the public face of the drafting (application.drafting.ts), the workflow's steps
 * (application.steps.ts) and what they share (application.base.ts), plus reading one application
 * and the form's processing time.
 */
export class ApplicationService extends ApplicationDrafting {
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

  async get(viewer: Viewer, id: string): Promise<Application> {
    const app = await this.em.findOne(Application, { id });
    if (!app || !ApplicationService.canSee(viewer, app)) throw DomainError.notFound(APPLICATION_NOT_FOUND);
    return app;
  }

  /** The viewer's open application for a policy (at most one; see OPEN_STATES), or null. */
  async openFor(viewer: Viewer, policyId: string): Promise<Application | null> {
    return this.em.findOne(Application, { applicant: viewer.userId, policy: policyId, status: { $in: [...OPEN_STATES] } }, { orderBy: { createdAt: 'asc' } });
  }
}
