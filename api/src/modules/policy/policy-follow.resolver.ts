import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { Policy } from './policy.entity.js';
import { PolicyFollow } from './policy-follow.entity.js';

@InputType({ description: '关注一项政策，或更改是否接收资格提醒 / Follow a policy, or change whether to get eligibility alerts for it' })
export class FollowPolicyInput {
  @Field(() => UUIDScalar, { description: '政策编号 / Policy id' })
  policyId!: string;

  @Field({ description: '规则变化使本人（按保存的信息）新符合条件或积分达到 120 分时提醒；关注者总会收到新版本通知 / Alert me when a rule change makes me newly eligible on my saved facts, or lifts my points to 120; followers always hear of new versions' })
  eligibilityAlerts!: boolean;
}

@ObjectType({ description: '关注政策的结果 / Result of following a policy' })
export class PolicyFollowPayload {
  @Field(() => PolicyFollow, { nullable: true, description: '关注记录 / The follow' })
  follow!: PolicyFollow | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '取消关注的结果 / Result of unfollowing a policy' })
export class UnfollowPolicyPayload {
  @Field({ description: '是否确实取消了一项关注（本未关注时为 false）/ Whether a follow was removed (false when it was not followed)' })
  unfollowed!: boolean;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@Resolver(() => PolicyFollow)
export class PolicyFollowResolver {
  @Authorized(Role.TALENT)
  @Query(() => [PolicyFollow], { description: '本人关注的政策（按目录顺序；每项政策至多一条，故不分页）/ The policies the viewer follows, in catalogue order (at most one per policy, so not paged)' })
  myFollowedPolicies(@Ctx() ctx: GraphQLContext): Promise<PolicyFollow[]> {
    return ctx.services.policyFollows.mine(requireViewer(ctx));
  }

  @Authorized(Role.TALENT)
  @Mutation(() => PolicyFollowPayload, { description: '人才关注一项政策（再次调用可更改是否接收资格提醒）：新版本施行时收到通知，选择提醒时还会在按保存的信息新符合条件时收到说明和申请链接 / A talent follows a policy (calling again changes the alert choice): they hear when a new version takes effect, and with alerts also when their saved facts newly qualify, with the reason and a link to apply' })
  async followPolicy(@Arg('input', () => FollowPolicyInput, { description: '关注 / The follow' }) input: FollowPolicyInput, @Ctx() ctx: GraphQLContext): Promise<PolicyFollowPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.policyFollows.follow(requireViewer(ctx), input.policyId, input.eligibilityAlerts));
    return { follow: result, errors };
  }

  @Authorized(Role.TALENT)
  @Mutation(() => UnfollowPolicyPayload, { description: '取消关注一项政策（不再收到其新版本和资格提醒）/ Stops following a policy (no more version news or eligibility alerts for it)' })
  async unfollowPolicy(@Arg('policyId', () => UUIDScalar, { description: '政策编号 / Policy id' }) policyId: string, @Ctx() ctx: GraphQLContext): Promise<UnfollowPolicyPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.policyFollows.unfollow(requireViewer(ctx), policyId));
    return { unfollowed: result ?? false, errors };
  }

  @FieldResolver(() => Policy, { description: '关注的政策 / The policy followed' })
  async policy(@Root() follow: PolicyFollow, @Ctx() ctx: GraphQLContext): Promise<Policy> {
    return await loadRequired(ctx.loaders.policyById, follow.policy.id, 'policy');
  }
}
