import { Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { freshen } from '../../core/graphql/fresh-context.js';
import { Notification } from './notification.entity.js';

interface NotificationAddedEvent {
  id: string;
  recipientId: string;
}

/**
 * Live delivery of in-app notifications over graphql-ws. The event comes from PostgreSQL after
 * the inserting transaction commits (see core/realtime/database-events.ts); each subscriber
 * hears only their own, and the notification is read fresh from the database.
 */
@Resolver(() => Notification)
export class NotificationSubscriptionResolver {
  @Authorized()
  @Subscription(() => Notification, {
    topics: 'NOTIFICATION_ADDED',
    filter: ({ payload, context }: { payload: NotificationAddedEvent; context: GraphQLContext }) => payload.recipientId === context.viewer?.userId,
    description: '我的新通知（实时推送）/ My new notifications, as they arrive',
  })
  async notificationAdded(@Root() event: NotificationAddedEvent, @Ctx() ctx: GraphQLContext): Promise<Notification> {
    return freshen(ctx).em.findOneOrFail(Notification, { id: event.id, recipient: event.recipientId });
  }
}
