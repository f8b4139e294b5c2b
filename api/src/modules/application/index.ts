import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/auth/role.js';
import type { AuditService } from '../audit/index.js';
import { applicationCapsInForce, type EligibilityService, grantLimitsInForce } from '../policy/index.js';
import type { NotificationService } from '../notification/index.js';
import { Application, ApplicationDocument, ApplicationEvent, IdempotencyKey } from './application.entity.js';
import { ApplicationForm, ApplicationFormVersion } from './application-form.entity.js';
import { applicationLoaders } from './application.loaders.js';
import { ApplicationFiledFormResolver, ApplicationFormAdminResolver, FormQuestionResolver } from './application-form.resolver.js';
import { ApplicationFormService } from './application-form.service.js';
import { ApplicationReads } from './application.reads.js';
import { ApplicationFormCapResolver, ApplicationLiveResolver, PolicyApplicationFormResolver } from './application.live.js';
import { ApplicationEventResolver, ApplicationResolver } from './application.resolver.js';
import { ApplicationReportService } from './application.report.js';
import { ApplicationService, type ApplicationHooks, type EligibilitySnapshotter } from './application.service.js';
import { EmploymentConfirmation } from './employment-confirmation.entity.js';
import type { CriteriaCheck } from './employer-filed.js';
import { ApplicationPaper } from './paper.entity.js';
import { ApplicationPaperResolver } from './paper.resolver.js';
import { ApplicationPapers } from './papers.js';
import { WorkflowResolver } from './workflow.resolver.js';
import { CityProcedure } from './city-procedure.entity.js';
import { preCheckNotifications } from './pre-check.notify.js';
import { CityProcedureResolver, PreCheckResolver } from './pre-check.resolver.js';
import { PreCheckService } from './pre-check.service.js';

export { applicationLoaders };

export const APPLICATION_ENTITIES = [Application, ApplicationEvent, ApplicationDocument, ApplicationForm, ApplicationFormVersion, EmploymentConfirmation, IdempotencyKey, ApplicationPaper, CityProcedure];
export const APPLICATION_RESOLVERS = [
  ApplicationResolver, ApplicationEventResolver, ApplicationLiveResolver, PolicyApplicationFormResolver, ApplicationFormCapResolver,
  ApplicationFormAdminResolver, FormQuestionResolver, ApplicationFiledFormResolver, ApplicationPaperResolver, WorkflowResolver, PreCheckResolver, CityProcedureResolver,
] as const;

type EligibilityOutcome = Awaited<ReturnType<EligibilityService['check']>>;

/** What an application keeps of a preliminary eligibility check: the verdict, each criterion, the rule version. */
function snapshotOf(result: EligibilityOutcome, takenAt: string): Record<string, unknown> {
  return {
    takenAt,
    asOf: result.asOf,
    verdict: result.verdict,
    preliminary: true,
    ruleVersion: { id: result.ruleVersion.id, version: result.ruleVersion.version, effectiveFrom: result.ruleVersion.effectiveFrom, legalBasis: result.ruleVersion.legalBasis },
    criteria: result.criteria.map((c) => ({ code: c.code, status: c.status, explanation: c.explanation, legalBasis: c.legalBasis })),
  };
}

const talentViewer = (userId: string) => ({ userId, role: Role.TALENT, organisationId: null, sessionId: '' });

/**
 * The snapshot stored at submission: the policy module's preliminary check of the applicant's
 * saved facts, with the rule version it used. Policies without an eligibility check store why.
 */
function eligibilitySnapshotter(eligibilityWithin: (tx: EntityManager) => EligibilityService): EligibilitySnapshotter {
  return async (tx, applicantId, policyId) => {
    const takenAt = new Date().toISOString();
    try {
      return snapshotOf(await eligibilityWithin(tx).myEligibility(talentViewer(applicantId), policyId), takenAt);
    } catch (error) {
      return { takenAt, available: false, note: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** The policy's criteria in force against HR's confirmed facts, over the talent's saved ones when asked (employer-filed.ts). */
function criteriaChecker(eligibilityWithin: (tx: EntityManager) => EligibilityService): CriteriaCheck {
  return async (tx, policyId, facts, applicantId) => {
    const eligibility = eligibilityWithin(tx);
    const saved = applicantId ? ((await eligibility.myFacts(talentViewer(applicantId))) ?? {}) : {};
    const result = await eligibility.check(policyId, { ...saved, ...facts });
    return { criteria: result.criteria, snapshot: snapshotOf(result, new Date().toISOString()) };
  };
}

/**
 * `hooks`: what other modules plug into the workflow (a benefit's answer checks, step listeners).
 * `eligibilityWithin`: the policy module's eligibility check reading through a given transaction.
 */
export function applicationServices(em: EntityManager, notifications: NotificationService, audit: AuditService, eligibilityWithin: (tx: EntityManager) => EligibilityService, hooks: ApplicationHooks = {}) {
  const applications = new ApplicationService(em, notifications, audit, eligibilitySnapshotter(eligibilityWithin), {
    ...hooks,
    onStep: [...(hooks.onStep ?? []), preCheckNotifications(notifications)],
    grantLimits: grantLimitsInForce,
    criteriaCheck: criteriaChecker(eligibilityWithin),
    applicationCap: async (tx, policyId, date) => (await applicationCapsInForce(tx, [policyId], date)).get(policyId) ?? null,
  });
  return {
    applications,
    preChecks: new PreCheckService(em, applications, audit),
    applicationForms: new ApplicationFormService(em, audit),
    applicationReports: new ApplicationReportService(em),
    applicationPapers: new ApplicationPapers(em),
  };
}

/**
 * The read-only lists and detail read of applications: a group of their own in the request's
 * services, so that a read does not build the workflow's services (about 0.05 ms: issue 13).
 */
export function applicationReadServices(em: EntityManager) {
  return { applicationReads: new ApplicationReads(em) };
}

// What other modules use.
export { ApplicationForm, BenefitKind } from './application-form.entity.js';
export { ApplicationAction, ApplicationStatus, STATUS_NAMES } from './application-status.js';
export { Application, ApplicationEvent } from './application.entity.js';
export { nextReference } from './application.checks.js';
export { applicationRoutes } from './application.routes.js';
export type { ApplicationHooks, ApplicationService, StepTaken } from './application.service.js';
export { dueAt, hasDeadline, OPEN_STATES, waitingOn, type Actor } from './workflow.js';
