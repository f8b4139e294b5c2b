import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { pick } from '../../core/errors/domain-error.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { UserError } from '../../core/graphql/user-error.js';
import { Notification } from './notification.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

const NotificationConnection = ConnectionType(Notification, 'Notification', { zh: '通知', en: 'notification' });
type NotificationConnection = InstanceType<typeof NotificationConnection>;

@ObjectType({ description: '标记通知已读的结果 / Result of marking notifications read' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: '本次标为已读的条数 / How many were marked read now' })
  markedCount!: number;

  @Field(() => Int, { description: '剩余未读条数 / How many are still unread' })
  unreadCount!: number;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: '本人的站内通知，最新在前 / The viewer\'s notifications, newest first' })
  async notifications(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: '仅未读 / Only unread ones' }) unreadOnly?: boolean | null,
  ): Promise<NotificationConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.notifications.list(requireViewer(ctx), unreadOnly ?? false, window);
    return toConnection(rows, window, total);
  }

  @Authorized()
  @Query(() => Int, { description: '本人未读通知数 / How many of the viewer\'s notifications are unread' })
  unreadNotificationCount(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.notifications.unreadCount(requireViewer(ctx));
  }

  @Authorized()
  @Mutation(() => MarkNotificationsReadPayload, { description: '将本人的通知标为已读；ids 为空时全部标为已读 / Marks the viewer\'s notifications read; all of them when ids is null' })
  async markNotificationsRead(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [UUIDScalar], { nullable: true, description: '要标记的通知编号 / Ids of the notifications to mark' }) ids?: string[] | null,
  ): Promise<MarkNotificationsReadPayload> {
    const markedCount = await ctx.services.notifications.markRead(requireViewer(ctx), ids ?? null);
    return { markedCount, unreadCount: await ctx.services.notifications.unreadCount(requireViewer(ctx)), errors: [] };
  }

  @FieldResolver(() => String, { description: '按请求语言的标题 / Title in the request\'s language' })
  title(@Root() n: Notification, @Ctx() ctx: GraphQLContext): string {
    return pick({ zh: n.titleZh, en: n.titleEn }, ctx.locale);
  }

  @FieldResolver(() => String, { description: '按请求语言的正文 / Body in the request\'s language' })
  body(@Root() n: Notification, @Ctx() ctx: GraphQLContext): string {
    return pick({ zh: n.bodyZh, en: n.bodyEn }, ctx.locale);
  }

  @FieldResolver(() => Boolean, { description: '是否已读 / Whether it has been read' })
  read(@Root() n: Notification): boolean {
    return n.readAt != null;
  }
}
