import { Authorized, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/role.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';
import { ACTION_NAMES, STATUS_NAMES } from './application-status.js';
import { BENEFIT_KIND_NAMES, BenefitKind } from './application-form.entity.js';
import { ACTOR_NAMES, REQUIREMENT_NAMES } from './workflow-names.js';
import { allowedFrom, TRANSITIONS, type Transition } from './workflow.js';

/**
 * The workflow table as the administrator's page shows it (/admin/workflow): read from
 * TRANSITIONS itself, so the page cannot drift from what the service enforces.
 */

@ObjectType({ description: '流程表中的一项（步骤、角色、状态、要求或适用类别）及其中英文名称 / One entry of the workflow table (a step, party, state, requirement or benefit kind) with its names' })
class WorkflowTerm {
  @Field({ description: '代码（与相应枚举的值相同）/ Code (the value of the matching enum)' })
  code!: string;

  @Field({ description: '中文名称 / Name in Chinese' })
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  nameEn!: string;
}

@ObjectType({ description: '申请流程中的一步：谁来办、从哪些状态到哪个状态、需要什么、适用于哪些类别 / One step of the application workflow: who takes it, from which states to which, what it needs, which benefits it applies to' })
class WorkflowStep {
  @Field(() => WorkflowTerm, { description: '步骤（ApplicationAction）/ The step (an ApplicationAction)' })
  action!: WorkflowTerm;

  @Field(() => WorkflowTerm, { description: '由谁办理（ApplicationParty）/ Who takes it (an ApplicationParty)' })
  actor!: WorkflowTerm;

  @Field(() => [WorkflowTerm], { description: '可从这些状态办理（ApplicationStatus）/ The states it can be taken from (ApplicationStatus values)' })
  from!: WorkflowTerm[];

  @Field(() => WorkflowTerm, { description: '办理后的状态；补充后重新提交时，单位未确认过的回到单位确认 / The state it leads to; a resubmission goes back to the employer if they never confirmed' })
  to!: WorkflowTerm;

  @Field(() => [WorkflowTerm], { description: '办理前须满足的要求，按检查顺序 / What it needs, in the order checked' })
  requires!: WorkflowTerm[];

  @Field(() => [WorkflowTerm], { description: '适用的申请类别（BenefitKind）/ The benefit kinds it applies to (BenefitKind values)' })
  benefits!: WorkflowTerm[];
}

const term = (code: string, name: LocalisedText): WorkflowTerm => ({ code, nameZh: name.zh, nameEn: name.en });

export function workflowSteps(table: readonly Transition[] = TRANSITIONS): WorkflowStep[] {
  return table.map((t) => ({
    action: term(t.action, ACTION_NAMES[t.action]),
    actor: term(t.actor, ACTOR_NAMES[t.actor]),
    from: t.from.map((s) => term(s, STATUS_NAMES[s])),
    to: term(t.to, STATUS_NAMES[t.to]),
    requires: t.requires.map((r) => term(r, REQUIREMENT_NAMES[r])),
    // Read off allowedFrom, which also knows the steps a benefit kind takes none of (a pre-check is never approved).
    benefits: Object.values(BenefitKind).filter((b) => t.from.some((s) => allowedFrom(t.action, s, b))).map((b) => term(b, BENEFIT_KIND_NAMES[b])),
  }));
}

@Resolver()
export class WorkflowResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [WorkflowStep], { description: '申请流程表：每一步由谁办理、从哪些状态到哪个状态、需要什么（服务端即按此表检查）/ The application workflow table: each step, who takes it, from which states to which, and what it needs (the server checks exactly this)' })
  workflowSteps(): WorkflowStep[] {
    return workflowSteps();
  }
}
