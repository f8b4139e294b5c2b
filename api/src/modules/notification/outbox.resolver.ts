import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { UserErrorCode } from '../../core/errors/domain-error.js';
import { theRow } from '../../core/db/rows.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { toUserErrors, UserError } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { retryDeadLetter } from './outbox.dispatcher.js';
import { OutboxMessage, OutboxStatus } from './outbox.entity.js';
import { NOTIFICATION_MESSAGES as M } from './notification.messages.js';

const OutboxMessageConnection = ConnectionType(OutboxMessage, 'OutboxMessage', { zh: '站外消息', en: 'outbox message' });
type OutboxMessageConnection = InstanceType<typeof OutboxMessageConnection>;

@ObjectType({ description: '站外消息投递概况 / How outbox delivery stands' })
export class OutboxSummary {
  @Field(() => Int, { description: '等待发送 / Waiting to be sent' })
  pending!: number;

  @Field(() => Int, { description: '正在发送 / Being sent now' })
  sending!: number;

  @Field(() => Int, { description: '已发送 / Sent' })
  sent!: number;

  @Field(() => Int, { description: '死信（放弃发送）/ Dead letters (given up)' })
  failed!: number;

  @Field(() => Date, { nullable: true, description: '最早一条未发送消息的写入时间（投递滞后）/ When the oldest unsent message was written (the delivery lag)' })
  oldestPendingAt!: Date | null;
}

@ObjectType({ description: '重发死信的结果 / Result of sending a dead letter again' })
export class RetryOutboxMessagePayload {
  @Field(() => OutboxMessage, { nullable: true, description: '该消息 / The message' })
  message!: OutboxMessage | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

/** Administrators watch outbox delivery and send dead letters again. */
@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Authorized(Role.ADMIN)
  @Query(() => OutboxMessageConnection, { description: '站外消息，最新在前（管理员；默认只列死信）/ Outbox messages, newest first (administrators; dead letters unless told otherwise)' })
  async outboxMessages(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => OutboxStatus, { nullable: true, defaultValue: OutboxStatus.FAILED, description: '按状态筛选 / Only this status' }) status: OutboxStatus,
  ): Promise<OutboxMessageConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.em.findAndCount(OutboxMessage, { status }, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
    return toConnection(rows, window, total);
  }

  @Authorized(Role.ADMIN)
  @Query(() => OutboxSummary, { description: '站外消息投递概况（管理员）/ How outbox delivery stands (administrators)' })
  async outboxSummary(@Ctx() ctx: GraphQLContext): Promise<OutboxSummary> {
    const rows = await ctx.em.execute<{ pending: number; sending: number; sent: number; failed: number; oldest: Date | null }[]>(
      `select count(*) filter (where status = 'PENDING')::int as pending, count(*) filter (where status = 'SENDING')::int as sending,
              count(*) filter (where status = 'SENT')::int as sent, count(*) filter (where status = 'FAILED')::int as failed,
              min(created_at) filter (where status in ('PENDING', 'SENDING')) as oldest
         from outbox_messages`);
    const row = theRow(rows, 'outbox summary');
    return { pending: row.pending, sending: row.sending, sent: row.sent, failed: row.failed, oldestPendingAt: row.oldest ? new Date(row.oldest) : null };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RetryOutboxMessagePayload, { description: '重发一条死信，重新计算尝试次数（管理员）/ Send a dead letter again, its tries starting over (administrators)' })
  async retryOutboxMessage(@Arg('id', () => UUIDScalar, { description: '消息编号 / Message id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<RetryOutboxMessagePayload> {
    if (!(await retryDeadLetter(ctx.em.fork(), id))) {
      return {
        message: await ctx.em.findOne(OutboxMessage, { id }),
        errors: toUserErrors([{ field: 'id', code: UserErrorCode.INVALID_STATE, message: M.onlyDeadLettersRetried }], ctx.locale),
      };
    }
    return { message: await ctx.em.fork().findOneOrFail(OutboxMessage, { id }), errors: [] };
  }

  @FieldResolver(() => User, { nullable: true, description: '收件账号；确认注册的邮件没有账号，为空 / Recipient account; null for a sign-up confirmation, which has none yet' })
  async recipient(@Root() message: OutboxMessage, @Ctx() ctx: GraphQLContext): Promise<User | null> {
    return message.recipient ? ((await ctx.loaders.userById.load(message.recipient.id)) ?? null) : null;
  }
}
