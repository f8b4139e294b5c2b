import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { LocalDateScalar, UUIDScalar } from '../../core/graphql/scalars.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { withQueryInputErrors } from './policy.errors.js';
import { EligibilityFactsInput, ResidencePointsInput } from './policy.inputs.js';
import { EligibilityResult, PolicyFactsPayload, ResidencePointsEstimate } from './policy.payloads.js';

const AS_OF = {
  nullable: true,
  description: '按哪一天施行的规则计算，默认今天（上海时间）/ Apply the rules in force on this date; today in Shanghai by default',
} as const;

const BAD_INPUT_NOTE =
  '输入有误时不返回结果，而是返回顶层错误 BAD_USER_INPUT，其 extensions.fieldErrors 逐项列出 { field, code, message }（field 如 input.age），供表单显示在对应字段旁 / Bad input gives no result but a top-level BAD_USER_INPUT error whose extensions.fieldErrors lists each { field, code, message } (field like input.age), for a form to show beside each field';

@Resolver()
export class EligibilityResolver {
  @Query(() => ResidencePointsEstimate, {
    description: `居住证积分估算（公开，无需登录），按指定日期施行的规则；结果列出每项指标、规则版本和法律依据，仅为估算。${BAD_INPUT_NOTE} / Residence-permit points estimate (public, no sign-in) with the rules in force on the date; lists every indicator, the rule version and legal basis; an estimate only.`,
  })
  residencePointsEstimate(
    @Arg('input', () => ResidencePointsInput, { description: '积分情况 / The applicant\'s situation' }) input: ResidencePointsInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string | null,
  ): Promise<ResidencePointsEstimate> {
    return withQueryInputErrors(ctx.locale, () => ctx.services.eligibility.residencePoints(input, asOf));
  }

  @Query(() => EligibilityResult, {
    description: `按给出的事实检查某项政策（公开，无需登录；居转户和应届生落户同样适用），逐项给出符合、不符合或无法判断及理由，始终为初步判断。${BAD_INPUT_NOTE.replace('input.age', 'facts.laborContractMonths')} / Checks one policy against the given facts (public; also 居转户 and new-graduate settlement), criterion by criterion with reasons; always preliminary.`,
  })
  checkEligibility(
    @Arg('policyId', () => UUIDScalar, { description: '政策编号 / Policy id' }) policyId: string,
    @Arg('facts', () => EligibilityFactsInput, { description: '事实；省略的为"未说明" / The facts; omitted ones are "not stated"' }) facts: EligibilityFactsInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string | null,
  ): Promise<EligibilityResult> {
    return withQueryInputErrors(ctx.locale, () => ctx.services.eligibility.check(policyId, facts, asOf));
  }

  @Authorized(Role.TALENT)
  @Query(() => EligibilityResult, {
    description: '用本人保存的事实（及档案中的年龄、学历）检查某项政策 / Checks one policy against one\'s saved facts (and age and education from the profile)',
  })
  myEligibility(
    @Arg('policyId', () => UUIDScalar, { description: '政策编号 / Policy id' }) policyId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string | null,
  ): Promise<EligibilityResult> {
    return withQueryInputErrors(ctx.locale, () => ctx.services.eligibility.myEligibility(requireViewer(ctx), policyId, asOf));
  }

  @Authorized(Role.TALENT)
  @Query(() => ResidencePointsEstimate, { nullable: true, description: '用本人保存的计算器答案重新估算；未保存时为空 / Re-runs the estimate on one\'s saved calculator answers; null when none are saved' })
  myResidencePointsEstimate(@Ctx() ctx: GraphQLContext, @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string | null): Promise<ResidencePointsEstimate | null> {
    return withQueryInputErrors(ctx.locale, () => ctx.services.eligibility.myResidencePoints(requireViewer(ctx), asOf));
  }

  @Authorized(Role.TALENT)
  @Query(() => EligibilityFactsInput, { nullable: true, description: '本人保存的事实；未保存时为空 / One\'s saved facts; null when none are saved' })
  myPolicyFacts(@Ctx() ctx: GraphQLContext): Promise<EligibilityFactsInput | null> {
    return ctx.services.eligibility.myFacts(requireViewer(ctx));
  }

  @Authorized(Role.TALENT)
  @Mutation(() => PolicyFactsPayload, { description: '人才保存本人的事实（整体替换），以便日后重新检查 / A talent saves their facts (replacing what was saved) to re-run checks later' })
  async saveMyPolicyFacts(@Arg('facts', () => EligibilityFactsInput, { description: '事实 / The facts' }) facts: EligibilityFactsInput, @Ctx() ctx: GraphQLContext): Promise<PolicyFactsPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.eligibility.saveMyFacts(requireViewer(ctx), facts));
    return { facts: result, errors };
  }
}
