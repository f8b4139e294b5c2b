import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { Role } from '../../core/auth/role.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { Application } from './application.entity.js';
import { ApplicationForm } from './application-form.entity.js';
import { ApplicationStepInput } from './application.inputs.js';
import type { ApplicationView } from './application.reads.js';
import { CityProcedure } from './city-procedure.entity.js';
import { CityProcedureInput, PreCheck, PreCheckResultInput } from './pre-check.types.js';

@ObjectType({ description: '预审操作的结果 / Result of a pre-check step' })
class PreCheckPayload {
  @Field(() => Application, { nullable: true, description: '操作后的申请；出错时为空 / The application after the step; null when there are errors' })
  application!: Application | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '设置市级事项申报指引的结果 / Result of setting a city procedure' })
class CityProcedurePayload {
  @Field(() => CityProcedure, { nullable: true, description: '设置后的指引 / The procedure after the change' })
  procedure!: CityProcedure | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

/** The town's pre-check for city procedures (pre-check.service.ts). */
@Resolver(() => Application)
export class PreCheckResolver {
  @Authorized(Role.TALENT)
  @Mutation(() => PreCheckPayload, { description: '提交预审（材料清单中的必需材料须齐全；退回补充后再次提交亦用此）/ Submit a pre-check (every required checklist document attached); also resubmits after more documents were asked for' })
  submitPreCheck(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<PreCheckPayload> {
    return this.payload(ctx, () => ctx.services.preChecks.submit(requireViewer(ctx), input));
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => PreCheckPayload, { description: '镇审核人员出具预审结果：通过、需补充材料或不符合条件，附理由及逐项材料意见 / A town reviewer issues the pre-check result (passed, more documents needed, not eligible) with reasons and a verdict per document' })
  issuePreCheckResult(@Arg('input') input: PreCheckResultInput, @Ctx() ctx: GraphQLContext): Promise<PreCheckPayload> {
    return this.payload(ctx, () => ctx.services.preChecks.issueResult(requireViewer(ctx), input));
  }

  @Authorized(Role.ENTERPRISE_HR, Role.REVIEWER)
  @Mutation(() => PreCheckPayload, { description: '预审通过后推荐（按该事项的设置由用人单位人事或镇审核人员推荐；reason 为推荐说明）/ Recommend after a passed pre-check (the employer\'s HR or a town reviewer, as the procedure says; reason is the note)' })
  recommendPreCheck(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<PreCheckPayload> {
    return this.payload(ctx, () => ctx.services.preChecks.recommend(requireViewer(ctx), input));
  }

  @FieldResolver(() => PreCheck, { nullable: true, description: '预审进展（结果、推荐、市级申报指引）；不是预审的申请为空 / The pre-check (result, recommendation, where to file with the city); null for other applications' })
  preCheck(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<PreCheck | null> {
    return ctx.services.preChecks.view(app);
  }

  private async payload(ctx: GraphQLContext, step: () => Promise<Application>): Promise<PreCheckPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, step);
    return { application: result, errors };
  }
}

@Resolver(() => ApplicationForm)
export class CityProcedureResolver {
  @FieldResolver(() => CityProcedure, { nullable: true, description: '预审事项的市级申报指引；其他政策为空 / For a pre-check, the city procedure it prepares for; null otherwise' })
  cityProcedure(@Root() form: ApplicationForm, @Ctx() ctx: GraphQLContext): Promise<CityProcedure | null> {
    return ctx.services.preChecks.procedureOf(form.policy.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CityProcedurePayload, { description: '管理员设置预审事项的市级申报指引：谁推荐、向哪里申报、提交什么（记入审计日志）/ An administrator sets a pre-check\'s city procedure: who recommends, where to file, what to hand in (audited)' })
  async configureCityProcedure(@Arg('input') input: CityProcedureInput, @Ctx() ctx: GraphQLContext): Promise<CityProcedurePayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.preChecks.configureProcedure(requireViewer(ctx), input));
    return { procedure: result, errors };
  }
}
