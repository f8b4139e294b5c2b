import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { JSONScalar } from '../../core/graphql/scalars.js';
import { toUserErrors, withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { User } from '../account/index.js';
import { Policy } from './policy.entity.js';
import { RuleKind } from './policy.enums.js';
import { CreateRuleVersionInput } from './policy.inputs.js';
import { RuleVersionPayload } from './policy.payloads.js';
import { RuleSet, RuleVersion, type RuleVersionView } from './rule.entity.js';
import { applicationCapOf } from './rules/application-cap.js';
import { ApplicationCapRule } from './policy.payloads.js';
import { RuleDataField, RuleVersionPreview } from './rule-admin.payloads.js';
import { ruleDataFields } from './rules/rule-fields.js';
import { upgradeRuleData } from './rules/index.js';

@Resolver(() => RuleSet)
export class RuleSetResolver {
  @Query(() => [RuleSet], { description: '全部规则集（公开，便于核对依据）/ Every rule set (public, so anyone can check the basis)' })
  ruleSets(@Ctx() ctx: GraphQLContext, @Arg('kind', () => RuleKind, { nullable: true, description: '只看此种类 / Only this kind' }) kind?: RuleKind | null): Promise<RuleSet[]> {
    return ctx.services.rules.list(kind);
  }

  @Query(() => RuleSet, { nullable: true, description: '按代码取规则集，如 yearly-parameters / A rule set by code, e.g. yearly-parameters' })
  ruleSet(@Arg('code', { description: '规则集代码 / Rule set code' }) code: string, @Ctx() ctx: GraphQLContext): Promise<RuleSet | null> {
    return ctx.services.rules.byCode(code);
  }

  @FieldResolver(() => Policy, { nullable: true, description: '所属政策；共用的年度参数为空 / The policy it belongs to; null for the shared yearly parameters' })
  policy(@Root() ruleSet: RuleSet, @Ctx() ctx: GraphQLContext): Promise<Policy | null> | null {
    return ruleSet.policy ? ctx.loaders.policyById.load(ruleSet.policy.id) : null;
  }

  @FieldResolver(() => RuleVersion, { nullable: true, description: '今天（上海时间）施行的版本 / The version in force today (Shanghai time)' })
  current(@Root() ruleSet: RuleSet, @Ctx() ctx: GraphQLContext): Promise<RuleVersion | null> {
    return ctx.loaders.currentRuleVersionByRuleSetId.load(ruleSet.id);
  }

  @FieldResolver(() => [RuleVersion], { description: '全部版本（含将来生效的），新的在前 / Every version, including future ones, newest first' })
  versions(@Root() ruleSet: RuleSet, @Ctx() ctx: GraphQLContext): Promise<RuleVersion[]> {
    return ctx.loaders.ruleVersionsByRuleSetId.load(ruleSet.id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => RuleVersionPreview, {
    description:
      '管理员预览新规则版本（不保存）：与生效日施行版本的差异、逐项校验，以及样例在两个版本下的试算 / An administrator previews a rule version without saving: the diff against the version in force on its date, field-level checks, and a trial run of sample facts under both',
  })
  async ruleVersionPreview(
    @Arg('input', { description: '草稿，与 createRuleVersion 相同 / The draft, as for createRuleVersion' }) input: CreateRuleVersionInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('sample', () => JSONScalar, { nullable: true, description: '试算用的样例事实（如积分计算器的输入）/ Sample facts for the trial run (e.g. the points calculator\'s input)' }) sample?: unknown,
  ): Promise<RuleVersionPreview> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.rules.preview(requireViewer(ctx), input, sample ?? null));
    if (!result) return { baseVersion: null, diff: [], trial: null, errors };
    return { baseVersion: result.base, diff: result.diff, trial: result.trial, errors: toUserErrors(result.problems, ctx.locale) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RuleVersionPayload, {
    description:
      '管理员新建规则版本：以生效日施行的版本为底稿修改若干值，整体校验后保存，并记入审计；旧版本和旧结果不变 / An administrator creates a rule version: some values changed from the version in force on its date, validated as a whole, saved with an audit entry; old versions and results are untouched',
  })
  async createRuleVersion(@Arg('input', { description: '新版本 / The new version' }) input: CreateRuleVersionInput, @Ctx() ctx: GraphQLContext): Promise<RuleVersionPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.rules.createVersion(requireViewer(ctx), input));
    return { ruleVersion: result, errors };
  }
}

// The root is typed by an interface, so type-graphql hands field resolvers the value as it is: with
// the entity class it would copy a plain version into `new RuleVersion()` (a fresh id and date made
// for nothing) on every field it resolves.
@Resolver(() => RuleVersion)
export class RuleVersionResolver {
  @FieldResolver(() => [RuleDataField], { description: '本版本数据的编辑表单：每个可改的值及其种类、范围和选项 / The editing form of this version\'s data: each value with its kind, bounds and options' })
  async fields(@Root() version: RuleVersionView, @Ctx() ctx: GraphQLContext): Promise<RuleDataField[]> {
    const ruleSet = await loadRequired(ctx.loaders.ruleSetById, version.ruleSet.id, 'rule set');
    return ruleDataFields(ruleSet.kind, upgradeRuleData(ruleSet.kind, version.data));
  }

  @FieldResolver(() => RuleSet, { description: '所属规则集 / The rule set' })
  async ruleSet(@Root() version: RuleVersionView, @Ctx() ctx: GraphQLContext): Promise<RuleSet> {
    return await loadRequired(ctx.loaders.ruleSetById, version.ruleSet.id, 'rule set');
  }

  @FieldResolver(() => ApplicationCapRule, { nullable: true, description: '本版本的每份申请金额上限（仅政策条件规则集有）/ This version\'s amount cap per application (criteria rule sets only)' })
  async applicationCap(@Root() version: RuleVersionView, @Ctx() ctx: GraphQLContext): Promise<ApplicationCapRule | null> {
    const ruleSet = await ctx.loaders.ruleSetById.load(version.ruleSet.id);
    return ruleSet?.kind === RuleKind.ELIGIBILITY_CRITERIA ? applicationCapOf(version.data) : null;
  }

  @FieldResolver(() => JSONScalar, { description: '规则数据（JSON，结构由规则种类决定；null 值表示"待配置"）/ The rule data (JSON shaped by the kind; null values mean "not configured")' })
  data(@Root() version: RuleVersionView): unknown {
    return version.data;
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => User, { nullable: true, description: '创建者（仅管理员可见；种子数据为空）/ Who created it (administrators only; null for seed data)' })
  createdBy(@Root() version: RuleVersionView, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return version.createdBy ? ctx.loaders.userById.load(version.createdBy.id) : null;
  }
}
