import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { User } from '../account/index.js';
import { Notification } from './notification.entity.js';
import { Channel, categoryOf } from './message-categories.js';
import { OutboxChannel, OutboxMessage } from './outbox.entity.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';

/** What to tell people, in both languages. */
export interface NotificationMessage {
  /** Dotted kind owned by the sending module, e.g. `alliance.event.cancelled`. */
  kind: string;
  title: LocalisedText;
  body: LocalisedText;
  /** Path in the web app, e.g. `/alliance/events/<id>`. */
  link?: string | null;
}

/**
 * The in-app inbox. Writers call `notify` with the entity manager of their own transaction
 * (`notifications.within(em).notify(...)`), so the message commits or rolls back with the
 * change it reports. Readers only ever see their own messages.
 */
export class NotificationService {
  constructor(private readonly em: EntityManager) {}

  /** The same service bound to another entity manager, typically a transaction's. */
  within(em: EntityManager): NotificationService {
    return new NotificationService(em);
  }

  /**
   * Queues one notification per distinct recipient, and the same message as an email in the
   * outbox; both are written by the caller's next flush (the end of its `transactional` block)
   * in batched inserts, so they exist exactly when the change they report does.
   */
  notify(recipientIds: Iterable<string>, message: NotificationMessage): Notification[] {
    const created: Notification[] = [];
    for (const id of new Set(recipientIds)) {
      created.push(this.em.create(Notification, {
        recipient: this.em.getReference(User, id),
        kind: message.kind,
        titleZh: message.title.zh,
        titleEn: message.title.en,
        bodyZh: message.body.zh,
        bodyEn: message.body.en,
        link: message.link ?? null,
        category: categoryOf(message.kind),
      }));
      this.em.create(OutboxMessage, {
        channel: OutboxChannel.EMAIL,
        recipient: this.em.getReference(User, id),
        subject: `${message.title.zh} / ${message.title.en}`.slice(0, 200),
        body: `${message.body.zh}\n\n${message.body.en}${message.link ? `\n\n${message.link}` : ''}`,
        kind: message.kind,
        content: { title: message.title, body: message.body, link: message.link ?? null },
      });
    }
    return created;
  }

  /** Newest first. */
  async list(viewer: Viewer, unreadOnly: boolean, window: PageWindow): Promise<[Notification[], number]> {
    const where = { recipient: viewer.userId, ...(unreadOnly ? { readAt: null } : {}), ...(await this.hiddenCategories(viewer)) };
    return this.em.findAndCount(Notification, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    return this.em.count(Notification, { recipient: viewer.userId, readAt: null, ...(await this.hiddenCategories(viewer)) });
  }

  /** Categories the viewer turned off in the inbox: left out of the list and the count (they are still written, so turning one on again shows them). */
  private async hiddenCategories(viewer: Viewer): Promise<{ $or?: ({ category: null } | { category: { $nin: string[] } })[] }> {
    const rows = await this.em.execute<{ category: string }[]>(`select category from notification_preferences where user_id = ? and channel = ? and not enabled`, [viewer.userId, Channel.IN_APP]);
    return rows.length ? { $or: [{ category: null }, { category: { $nin: rows.map((r) => r.category) } }] } : {};
  }

  /**
   * Marks the viewer's own notifications read (all of them when `ids` is null). Ids of other
   * people's notifications are ignored, exactly like unknown ids. Returns how many changed.
   */
  async markRead(viewer: Viewer, ids: string[] | null, now = new Date()): Promise<number> {
    const valid = ids ?? null;
    if (valid && valid.length === 0) return 0;
    return this.em.nativeUpdate(
      Notification,
      { recipient: viewer.userId, readAt: null, ...(valid ? { id: { $in: valid } } : {}) },
      { readAt: now },
    );
  }
}
