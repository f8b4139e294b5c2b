import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { pipe, filter } from '@graphql-yoga/subscription';
import { DomainError } from '../../core/errors/domain-error.js';
import { domainToGraphQLError, internalError } from '../../core/errors/error-funnel.js';
import { freshen } from '../../core/graphql/fresh-context.js';
import { Policy } from '../policy/index.js';
import { Application } from './application.entity.js';
import { ApplicationForm } from './application-form.entity.js';
import type { ApplicationFormView } from './application.reads.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { acceptsApplications } from './accepting.js';

/**
 * Every party's open page follows an application live: each workflow step inserts a history
 * row, PostgreSQL announces it on commit (see the applications migration's trigger), and a
 * subscriber who may see the application gets it anew.
 */
@Resolver(() => Application)
export class ApplicationLiveResolver {
  @Authorized()
  @Subscription(() => Application, {
    // Access is checked once, before anything is sent: someone who may not see the application
    // gets one NOT_FOUND and the subscription ends, never a message per step that would tell
    // them it exists and when it moves.
    subscribe: async ({ args, context }: { args: { id: string }; context: GraphQLContext }) => {
      try {
        await context.services.applications.get(requireViewer(context), args.id);
      } catch (error) {
        if (error instanceof DomainError) throw domainToGraphQLError(error, context.locale);
        context.logger.error({ err: error }, 'unexpected error starting a subscription');
        throw internalError(context.requestId);
      }
      return pipe(context.pubSub!.subscribe('APPLICATION_CHANGED'), filter((event: { id: string }) => event.id === args.id));
    },
    description: '某份申请的每一步（申请人、其单位人事、审核人员可订阅）/ Each step of one application, live (for its applicant, their HR and reviewers)',
  })
  applicationChanged(
    @Arg('id', () => UUIDScalar, { description: '申请编号 / Application id' }) id: string,
    @Root() _event: { id: string },
    @Ctx() ctx: GraphQLContext,
  ): Promise<Application> {
    return freshen(ctx).services.applications.get(requireViewer(ctx), id);
  }
}

/** Whether a policy can be applied for online, on the policy itself (one query for a whole list). */
@Resolver(() => Policy)
export class PolicyApplicationFormResolver {
  @FieldResolver(() => ApplicationForm, { nullable: true, description: '在线申请须知；不能在线申请时为空 / How to apply online; null when it cannot be applied for online' })
  applicationForm(@Root() policy: Policy, @Ctx() ctx: GraphQLContext): Promise<ApplicationForm | null> {
    return ctx.loaders.applicationFormByPolicyId.load(policy.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      '现在是否受理在线申请：有在线申请须知，且资金类政策已配置金额上限；否则页面显示"暂不受理" / Whether online applications are taken now: the policy has an online form and, if it pays money, its amount cap is configured; otherwise the page says "Not open for applications yet"',
  })
  async acceptingApplications(@Root() policy: Policy, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const [form, cap] = await Promise.all([ctx.loaders.applicationFormByPolicyId.load(policy.id), ctx.loaders.applicationCapByPolicyId.load(policy.id)]);
    return !!form && acceptsApplications(form.benefit, cap?.cap ?? null);
  }
}

/** The amount cap of a form comes from the policy's rule data in force today (see accepting.ts). */
@Resolver(() => ApplicationForm)
export class ApplicationFormCapResolver {
  @FieldResolver(() => Int, { nullable: true, description: '今天施行的金额上限（元，规则数据）；为空表示待配置，此时资金类政策暂不受理 / The amount cap in force today (yuan, rule data); null means not configured, and a money policy then takes no applications' })
  amountCapYuan(@Root() form: ApplicationFormView, @Ctx() ctx: GraphQLContext): Promise<number | null> | number | null {
    // A queue row's form came with its cap (see ApplicationRelated): no promise then.
    if (form.capInForce !== undefined) return form.capInForce?.cap.amountYuan ?? null;
    return ctx.loaders.applicationCapByPolicyId.load(form.policy.id).then((c) => c?.cap.amountYuan ?? null);
  }

  @FieldResolver(() => Boolean, { description: '金额上限是示例数据（非官方标准，页面标注"示例"）/ The amount cap is sample data (not an official figure; shown marked "sample")' })
  amountCapIsSample(@Root() form: ApplicationFormView, @Ctx() ctx: GraphQLContext): Promise<boolean> | boolean {
    if (form.capInForce !== undefined) return form.capInForce?.cap.sample ?? false;
    return ctx.loaders.applicationCapByPolicyId.load(form.policy.id).then((c) => c?.cap.sample ?? false);
  }
}

