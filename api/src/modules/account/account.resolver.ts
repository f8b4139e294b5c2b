import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Organisation } from '../organisation/index.js';
import { CreateStaffAccountInput, SetAccountDisabledInput, SignInInput } from './account.inputs.js';
import { AuthPayload, CreateStaffAccountPayload, SetAccountDisabledPayload, SignOutPayload } from './account.payloads.js';
import { Role } from '../../core/auth/role.js';
import { User } from './user.entity.js';
import type { UserView } from './account.loaders.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

const UserConnection = ConnectionType(User, 'User', { zh: '账号', en: 'account' });
type UserConnection = InstanceType<typeof UserConnection>;

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { nullable: true, description: '当前登录的用户；未登录时为空 / The signed-in user, or null when signed out' })
  async viewer(@Ctx() ctx: GraphQLContext): Promise<UserView | null> {
    // Read with the session (no statement of its own, no entity): the page asks on every load (issue 13).
    return ctx.viewerAccount;
  }

  @Mutation(() => AuthPayload, { description: '登录；连续失败会被限速 / Sign in; repeated failures are slowed down' })
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.account.authenticate(input.email, input.password, ctx.clientAddress));
    if (result) await startSession(ctx, result);
    return { user: result, errors };
  }

  @Mutation(() => SignOutPayload, { description: '退出登录并注销本会话 / Sign out and revoke this session' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<SignOutPayload> {
    if (ctx.viewer) await ctx.services.sessions.revoke(ctx.viewer.sessionId);
    ctx.sessionCookie?.clear();
    return { ok: true, errors: [] };
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: '账号列表（管理员），最新的在前 / Accounts, newest first (administrators)' })
  async users(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('role', () => Role, { nullable: true, description: '按角色筛选 / Only this role' }) role?: Role | null,
    @Arg('organisationId', () => UUIDScalar, { nullable: true, description: '按机构筛选 / Only this organisation' }) organisationId?: string | null,
    @Arg('search', () => String, { nullable: true, description: '邮箱或名称包含 / Email or name contains' }) search?: string | null,
  ): Promise<UserConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.account.list(requireViewer(ctx), { role, organisationId, search }, window);
    return toConnection(rows, window, total);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateStaffAccountPayload, { description: '管理员创建工作人员账号 / An administrator creates a staff account' })
  async createStaffAccount(@Arg('input') input: CreateStaffAccountInput, @Ctx() ctx: GraphQLContext): Promise<CreateStaffAccountPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.account.createStaffAccount(requireViewer(ctx), input));
    return { user: result, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SetAccountDisabledPayload, { description: '管理员停用账号（立即结束其全部会话和实时连接）或恢复 / An administrator disables an account (ending all its sessions and live connections at once) or re-enables it' })
  async setAccountDisabled(@Arg('input') input: SetAccountDisabledInput, @Ctx() ctx: GraphQLContext): Promise<SetAccountDisabledPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.account.setDisabled(requireViewer(ctx), input.userId, input.disabled));
    return { user: result, errors };
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '所属机构（人事、银行、协调人、审核人员）/ Organisation this account acts for' })
  organisation(@Root() user: UserView, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | Organisation | null {
    if (user.related) return user.related.organisation;
    return user.organisation ? ctx.loaders.organisationById.load(user.organisation.id) : null;
  }
}

/** Signs `user` in on this request. Rotation: the cookie this browser held before is revoked, a fresh one issued. */
export async function startSession(ctx: GraphQLContext, user: User): Promise<void> {
  await ctx.services.sessions.revokeToken(ctx.sessionToken);
  const session = await ctx.services.sessions.issue(user);
  ctx.sessionCookie?.set(session.token, session.expiresAt);
  // The rest of this response is already seen as the signed-in user.
  ctx.viewer = session.viewer;
}
