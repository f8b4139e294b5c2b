import { Arg, Args, Authorized, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { maskResidentId } from '../../core/privacy/masking.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { ResidentIdConflict, ResidentIdConflictDecision, ResidentIdConflictStatus } from './resident-id-conflict.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

const ResidentIdConflictConnection = ConnectionType(ResidentIdConflict, 'ResidentIdConflict', { zh: '身份证号码冲突', en: 'ID number conflict' });
type ResidentIdConflictConnection = InstanceType<typeof ResidentIdConflictConnection>;

@InputType({ description: '审核人员处理身份证号码冲突 / A reviewer deciding an ID number conflict' })
class ResolveResidentIdConflictInput {
  @Field(() => UUIDScalar, { description: '冲突编号 / Conflict id' })
  id!: string;

  @Field(() => ResidentIdConflictDecision, { description: '决定（保留或转移）/ The decision (keep or move)' })
  decision!: ResidentIdConflictDecision;

  @Field({ description: '处理说明（如核验了哪些证件），必填 / What was checked (which documents), required' })
  note!: string;
}

@ObjectType({ description: '处理身份证号码冲突的结果 / Result of deciding an ID number conflict' })
class ResolveResidentIdConflictPayload {
  @Field(() => ResidentIdConflict, { nullable: true, description: '处理后的冲突 / The conflict after the decision' })
  conflict!: ResidentIdConflict | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@Resolver(() => ResidentIdConflict)
export class ResidentIdConflictResolver {
  @Authorized(Role.REVIEWER)
  @Query(() => ResidentIdConflictConnection, { description: '身份证号码冲突（审核人员）：待处理的最早的在前 / Resident ID numbers entered by a second account (reviewers): open ones, longest waiting first' })
  async residentIdConflicts(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => ResidentIdConflictStatus, { nullable: true, description: '按状态筛选 / Only this status' }) status?: ResidentIdConflictStatus | null,
  ): Promise<ResidentIdConflictConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.residentIdConflicts.list(requireViewer(ctx), status ?? null, window);
    return toConnection(rows, window, total);
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => ResolveResidentIdConflictPayload, { description: '审核人员处理身份证号码冲突 / A reviewer decides an ID number conflict' })
  async resolveResidentIdConflict(@Arg('input') input: ResolveResidentIdConflictInput, @Ctx() ctx: GraphQLContext): Promise<ResolveResidentIdConflictPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.residentIdConflicts.resolve(requireViewer(ctx), input.id, input.decision, input.note));
    return { conflict: result, errors };
  }

  @FieldResolver(() => String, { description: '身份证号码（仅审核人员可见完整号码）/ The resident ID number (in full for reviewers only)' })
  residentIdNumber(@Root() conflict: ResidentIdConflict, @Ctx() ctx: GraphQLContext): string {
    return ctx.viewer?.role === Role.REVIEWER ? conflict.residentIdNumber : maskResidentId(conflict.residentIdNumber);
  }

  @FieldResolver(() => User, { nullable: true, description: '后填写该号码的账号 / The account that entered the number second' })
  claimant(@Root() conflict: ResidentIdConflict, @Ctx() ctx: GraphQLContext): Promise<User | null> {
    return ctx.loaders.userById.load(conflict.claimant.id);
  }

  @FieldResolver(() => User, { nullable: true, description: '当时持有该号码的账号 / The account that held the number' })
  holder(@Root() conflict: ResidentIdConflict, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return conflict.holder ? ctx.loaders.userById.load(conflict.holder.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: '处理人 / Who decided' })
  resolvedBy(@Root() conflict: ResidentIdConflict, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return conflict.resolvedBy ? ctx.loaders.userById.load(conflict.resolvedBy.id) : null;
  }
}
