import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { User } from '../account/index.js';
import { Policy, PolicySource, PolicyVersion } from './policy.entity.js';
import type { PolicyView } from './policy.loaders.js';
import { noteFor, sourcesFor } from './public-notes.js';
import { PolicyAudience, PolicyCategory } from './policy.enums.js';
import { CreatePolicyVersionInput } from './policy.inputs.js';
import { PolicyEligibility, PolicyVersionPayload } from './policy.payloads.js';
import { RuleSet } from './rule.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { required } from '../../core/required.js';

const PolicyConnection = ConnectionType(Policy, 'Policy', { zh: '政策', en: 'policy' });
type PolicyConnection = InstanceType<typeof PolicyConnection>;

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => PolicyConnection, {
    description:
      '政策目录和搜索（无需登录）：search 按今天施行的版本匹配中英文标题、关键词、摘要和正文，支持中文词的一部分（如"人才公寓"），多个词须都出现；有 search 时按相关度排序，否则按目录顺序 / The policy catalogue and search (no sign-in): search matches the Chinese and English title, keywords, summary and text of the version in force today, including part of a Chinese word (e.g. 人才公寓), every word must appear; ordered by relevance when searching, else in catalogue order',
  })
  async policies(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true, description: '搜索词，空格分隔多个词 / Search words, separated by spaces' }) search?: string | null,
    @Arg('category', () => PolicyCategory, { nullable: true, description: '只看此类别 / Only this category' }) category?: PolicyCategory | null,
    @Arg('audience', () => PolicyAudience, { nullable: true, description: '只看面向此人群的 / Only policies for this audience' }) audience?: PolicyAudience | null,
  ): Promise<PolicyConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.policies.search({ search, category, audience }, window);
    return toConnection(rows, window, total);
  }

  @Query(() => Policy, { nullable: true, description: '按编号或代码取一项政策；都不给或找不到时为空 / One policy by id or by code; null when neither is given or it does not exist' })
  async policy(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar, { nullable: true, description: '政策编号 / Policy id' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: '政策代码，如 talent-apartment / Policy code, e.g. talent-apartment' }) code?: string | null,
  ): Promise<Policy | null> {
    if (id) return ctx.services.policies.byId(id);
    if (code) return ctx.services.policies.byCode(code);
    return null;
  }

  @FieldResolver(() => PolicyVersion, { description: '今天（上海时间）施行的版本 / The version in force today (Shanghai time)' })
  async current(@Root() policy: PolicyView, @Ctx() ctx: GraphQLContext): Promise<PolicyVersion> {
    const version = await ctx.loaders.currentPolicyVersionByPolicyId.load(policy.id);
    // A policy whose first version starts later has no text today: show the earliest one.
    return version ?? required((await ctx.loaders.policyVersionsByPolicyId.load(policy.id)).at(-1), `a version of policy ${policy.id}`);
  }

  @FieldResolver(() => [PolicyVersion], { description: '全部版本，新的在前；旧版本仍可查阅 / Every version, newest first; old versions stay readable' })
  versions(@Root() policy: PolicyView, @Ctx() ctx: GraphQLContext): Promise<PolicyVersion[]> {
    return ctx.loaders.policyVersionsByPolicyId.load(policy.id);
  }

  @FieldResolver(() => PolicyEligibility, { description: '资格检查方式、所需事实和待遇标准（今天施行的规则）/ How eligibility is checked, the facts it needs, and benefit figures (rules in force today)' })
  eligibility(@Root() policy: PolicyView, @Ctx() ctx: GraphQLContext): Promise<PolicyEligibility> {
    return ctx.services.eligibility.describe(policy);
  }

  @FieldResolver(() => [RuleSet], { description: '本政策的规则集 / This policy\'s rule sets' })
  ruleSets(@Root() policy: PolicyView, @Ctx() ctx: GraphQLContext): Promise<RuleSet[]> {
    return ctx.loaders.ruleSetsByPolicyId.load(policy.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PolicyVersionPayload, { description: '管理员新建政策版本（不改旧版本），并记入审计 / An administrator adds a policy version (old versions unchanged), with an audit entry' })
  async createPolicyVersion(@Arg('input', { description: '新版本 / The new version' }) input: CreatePolicyVersionInput, @Ctx() ctx: GraphQLContext): Promise<PolicyVersionPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.policies.createVersion(requireViewer(ctx), input));
    return { policyVersion: result, errors };
  }
}

@Resolver(() => PolicyVersion)
export class PolicyVersionResolver {
  // The team's working notes (how a text was checked) are for administrators; see public-notes.ts.
  @FieldResolver(() => String, { description: '关于日期和核实情况的说明；内部工作说明仅管理员可见 / Note on the dates and on verification (Chinese); internal working notes for administrators only' })
  verificationNoteZh(@Root() version: PolicyVersion, @Ctx() ctx: GraphQLContext): string {
    return noteFor(version.verificationNoteZh, ctx.viewer?.role === Role.ADMIN);
  }

  @FieldResolver(() => String, { description: '关于日期和核实情况的说明（英文）；内部工作说明仅管理员可见 / Note on the dates and on verification (English); internal working notes for administrators only' })
  verificationNoteEn(@Root() version: PolicyVersion, @Ctx() ctx: GraphQLContext): string {
    return noteFor(version.verificationNoteEn, ctx.viewer?.role === Role.ADMIN);
  }

  @FieldResolver(() => String, { description: '本版本的修改说明；内部工作说明仅管理员可见 / What changed in this version (Chinese); internal working notes for administrators only' })
  changeNoteZh(@Root() version: PolicyVersion, @Ctx() ctx: GraphQLContext): string {
    return noteFor(version.changeNoteZh, ctx.viewer?.role === Role.ADMIN);
  }

  @FieldResolver(() => String, { description: '本版本的修改说明（英文）；内部工作说明仅管理员可见 / What changed in this version (English); internal working notes for administrators only' })
  changeNoteEn(@Root() version: PolicyVersion, @Ctx() ctx: GraphQLContext): string {
    return noteFor(version.changeNoteEn, ctx.viewer?.role === Role.ADMIN);
  }

  @FieldResolver(() => [PolicySource], { description: '信息来源：官方文件在前，转载在后；内部参考仅管理员可见 / Sources: official documents first, reprints after; internal references for administrators only' })
  sources(@Root() version: PolicyVersion, @Ctx() ctx: GraphQLContext): PolicySource[] {
    return sourcesFor(version.sources, ctx.viewer?.role === Role.ADMIN);
  }

  @FieldResolver(() => Policy, { description: '所属政策 / The policy' })
  async policy(@Root() version: PolicyVersion, @Ctx() ctx: GraphQLContext): Promise<Policy> {
    return await loadRequired(ctx.loaders.policyById, version.policy.id, 'policy');
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => User, { nullable: true, description: '创建者（仅管理员可见；种子数据为空）/ Who created it (administrators only; null for seed data)' })
  createdBy(@Root() version: PolicyVersion, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return version.createdBy ? ctx.loaders.userById.load(version.createdBy.id) : null;
  }
}
