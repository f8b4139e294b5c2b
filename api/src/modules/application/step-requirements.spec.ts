import { describe, expect, it } from 'vitest';
import { UserInputErrors } from '../../core/errors/domain-error.js';
import { ApplicationAction as A } from './application-status.js';
import { checkRequirements, REQUIREMENT_CHECKS, type RequirementCheck, type RequirementServices, type StepUnderCheck } from './step-requirements.js';
import { REQUIREMENT_NAMES } from './workflow-names.js';
import { REQUIREMENTS, TRANSITIONS, transitionOf, type Requirement } from './workflow.js';

/** A step with nothing filled in; only the checks that read `input` alone run against it. */
function emptyStep(action: A): StepUnderCheck {
  return { tx: null as never, app: {} as never, form: {} as never, action, actorId: null, input: {}, now: new Date(), event: { reason: null, data: {} } };
}
const NO_SERVICES = {} as RequirementServices;

/** Checks that note which requirement ran, and optionally refuse at one. */
function recordingChecks(ran: Requirement[], refuseAt?: Requirement): Record<Requirement, RequirementCheck> {
  const check = (r: Requirement): RequirementCheck => async () => {
    ran.push(r);
    if (r === refuseAt) throw new Error(`refused at ${r}`);
  };
  return Object.fromEntries(REQUIREMENTS.map((r) => [r, check(r)])) as unknown as Record<Requirement, RequirementCheck>;
}

async function refusal(run: Promise<void>) {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserInputErrors);
  return (error as UserInputErrors).errors.map((e) => ({ field: e.field, code: e.code, zh: e.message.zh }));
}

describe('the workflow table drives the checks', () => {
  it('has one check and a bilingual name for every requirement, and rows name only those', () => {
    for (const requirement of REQUIREMENTS) {
      expect(typeof REQUIREMENT_CHECKS[requirement], requirement).toBe('function');
      expect(REQUIREMENT_NAMES[requirement].zh, requirement).not.toBe('');
      expect(REQUIREMENT_NAMES[requirement].en, requirement).not.toBe('');
    }
    expect(Object.keys(REQUIREMENT_CHECKS).sort()).toEqual([...REQUIREMENTS].sort());
    for (const t of TRANSITIONS) for (const r of t.requires) expect(REQUIREMENTS, t.action).toContain(r);
  });

  it('runs exactly the checks a row lists, in its order, for every step', async () => {
    for (const transition of TRANSITIONS) {
      const ran: Requirement[] = [];
      await checkRequirements(transition, emptyStep(transition.action), NO_SERVICES, recordingChecks(ran));
      expect(ran, transition.action).toEqual([...transition.requires]);
    }
  });

  it('stops at the first refusal: the town confirming for an employer with HR is refused before the evidence note is asked for', async () => {
    const ran: Requirement[] = [];
    await expect(checkRequirements(transitionOf(A.CONFIRM_EMPLOYMENT_FOR_EMPLOYER), emptyStep(A.CONFIRM_EMPLOYMENT_FOR_EMPLOYER), NO_SERVICES, recordingChecks(ran, 'EMPLOYER_WITHOUT_HR'))).rejects.toThrow('refused at EMPLOYER_WITHOUT_HR');
    expect(ran).toEqual(['EMPLOYER_WITHOUT_HR']);
  });

  it('adds a check when a requirement is added to a row: START_REVIEW with REASON then wants a reason', async () => {
    const startReview = transitionOf(A.START_REVIEW);
    await expect(checkRequirements(startReview, emptyStep(A.START_REVIEW), NO_SERVICES)).resolves.toBeUndefined();
    const withReason = { ...startReview, requires: [...startReview.requires, 'REASON' as const] };
    expect(await refusal(checkRequirements(withReason, emptyStep(A.START_REVIEW), NO_SERVICES))).toEqual([{ field: 'input.reason', code: 'REQUIRED', zh: '请填写理由，申请人会看到。' }]);
  });

  it('keeps the field-level refusals of the input checks', async () => {
    expect(await refusal(checkRequirements(transitionOf(A.REJECT), emptyStep(A.REJECT), NO_SERVICES))).toEqual([{ field: 'input.reason', code: 'REQUIRED', zh: '请填写理由，申请人会看到。' }]);
    expect(await refusal(REQUIREMENT_CHECKS.PAYMENT_REFERENCE(emptyStep(A.DISBURSE), NO_SERVICES))).toMatchObject([{ field: 'input.paymentReference', code: 'REQUIRED' }]);
    expect(await refusal(REQUIREMENT_CHECKS.ALLOCATION_NOTE(emptyStep(A.ALLOCATE), NO_SERVICES))).toMatchObject([{ field: 'input.allocationNote', code: 'REQUIRED' }]);
    expect(await refusal(REQUIREMENT_CHECKS.EVIDENCE_NOTE(emptyStep(A.CONFIRM_EMPLOYMENT_FOR_EMPLOYER), NO_SERVICES))).toMatchObject([{ field: 'input.evidence', code: 'REQUIRED' }]);
    const step = emptyStep(A.REJECT);
    step.input.reason = '  材料不符  ';
    await REQUIREMENT_CHECKS.REASON(step, NO_SERVICES);
    expect(step.event.reason).toBe('材料不符');
  });
});
