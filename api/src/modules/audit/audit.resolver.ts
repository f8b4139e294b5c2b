import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { Role } from '../../core/auth/role.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';
import { AuditEntry } from './audit-entry.entity.js';

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry', { zh: '审计记录', en: 'audit entry' });
type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: '审计记录，新的在前（仅管理员）/ The audit log, newest first (administrators only)' })
  async auditEntries(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('entityType', () => String, { nullable: true, description: '对象类型，如 RuleSet / Kind of record, e.g. RuleSet' }) entityType?: string | null,
    @Arg('entityId', () => UUIDScalar, { nullable: true, description: '对象编号 / Record id' }) entityId?: string | null,
  ): Promise<AuditEntryConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.audit.list(requireViewer(ctx), { entityType, entityId }, window);
    return toConnection(rows, window, total);
  }

  @FieldResolver(() => User, { nullable: true, description: '操作人；系统操作为空 / Who did it; null for the system' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return entry.actor ? ctx.loaders.userById.load(entry.actor.id) : null;
  }
}
