import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Policy } from './policy.entity.js';
import { PolicyFollow } from './policy-follow.entity.js';
import { POLICY_MESSAGES as M } from './policy.messages.js';

/** Which policies a talent follows, and whether they want eligibility alerts for each. */
export class PolicyFollowService {
  constructor(private readonly em: EntityManager) {}

  private assertTalent(viewer: Viewer): void {
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
  }

  /** The viewer's follows, in catalogue order (a handful at most: one per policy). */
  async mine(viewer: Viewer): Promise<PolicyFollow[]> {
    this.assertTalent(viewer);
    const follows = await this.em.find(PolicyFollow, { user: viewer.userId }, { populate: ['policy'] });
    return follows.sort((a, b) => a.policy.getEntity().sortOrder - b.policy.getEntity().sortOrder);
  }

  /** Follows a policy, or changes the alert choice of one already followed (two racing calls both succeed, the last wins). */
  async follow(viewer: Viewer, policyId: string, eligibilityAlerts: boolean): Promise<PolicyFollow> {
    this.assertTalent(viewer);
    const policy = await this.em.findOne(Policy, { id: policyId });
    if (!policy) new FieldErrors().addText('input.policyId', UserErrorCode.NOT_FOUND, M.policyMissing).throwIfAny();
    await this.em.upsert(
      PolicyFollow,
      { id: randomUUID(), user: this.em.getReference(User, viewer.userId), policy: policy!, eligibilityAlerts, createdAt: new Date() },
      { onConflictFields: ['user', 'policy'], onConflictAction: 'merge', onConflictMergeFields: ['eligibilityAlerts'] },
    );
    return this.em.findOneOrFail(PolicyFollow, { user: viewer.userId, policy: policy!.id }, { populate: ['policy'], refresh: true });
  }

  /** Stops following; true when there was something to stop. */
  async unfollow(viewer: Viewer, policyId: string): Promise<boolean> {
    this.assertTalent(viewer);
    return (await this.em.nativeDelete(PolicyFollow, { user: viewer.userId, policy: policyId })) > 0;
  }
}
