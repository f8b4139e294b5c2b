import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { Notification } from './notification.entity.js';
import { NotificationService } from './notification.service.js';
import { OutboxMessage } from './outbox.entity.js';

/** A stand-in entity manager that records what would be written: notifications and outbox emails. */
function recordingEm() {
  const created: Record<string, unknown>[] = [];
  const emails: Record<string, unknown>[] = [];
  const em = {
    create: (entity: unknown, data: Record<string, unknown>) => {
      if (entity === Notification) created.push(data);
      else if (entity === OutboxMessage) emails.push(data);
      return data;
    },
    getReference: (_entity: unknown, id: string) => ({ id }),
  } as unknown as EntityManager;
  return { em, created, emails };
}

describe('notify', () => {
  const message = { kind: 'test.kind', title: { zh: '标题', en: 'Title' }, body: { zh: '正文', en: 'Body' }, link: '/x' };

  it('queues one message per distinct recipient, in both languages', () => {
    const { em, created } = recordingEm();
    new NotificationService(em).notify(['u1', 'u2', 'u1'], message);
    expect(created).toEqual([
      { recipient: { id: 'u1' }, kind: 'test.kind', category: 'account', titleZh: '标题', titleEn: 'Title', bodyZh: '正文', bodyEn: 'Body', link: '/x' },
      { recipient: { id: 'u2' }, kind: 'test.kind', category: 'account', titleZh: '标题', titleEn: 'Title', bodyZh: '正文', bodyEn: 'Body', link: '/x' },
    ]);
  });

  it('queues the same message as an email for each recipient, in both languages', () => {
    const { em, emails } = recordingEm();
    new NotificationService(em).notify(['u1', 'u2', 'u1'], message);
    // The bilingual text is kept as content too, so the mailer can render it in the recipient's language.
    const content = { title: message.title, body: message.body, link: '/x' };
    expect(emails).toEqual([
      { channel: 'EMAIL', recipient: { id: 'u1' }, kind: 'test.kind', subject: '标题 / Title', body: '正文\n\nBody\n\n/x', content },
      { channel: 'EMAIL', recipient: { id: 'u2' }, kind: 'test.kind', subject: '标题 / Title', body: '正文\n\nBody\n\n/x', content },
    ]);
  });

  it('writes through the entity manager it is bound to (the caller\'s transaction)', () => {
    const outer = recordingEm();
    const inner = recordingEm();
    new NotificationService(outer.em).within(inner.em).notify(['u1'], { ...message, link: undefined });
    expect(outer.created).toEqual([]);
    expect(inner.created).toMatchObject([{ recipient: { id: 'u1' }, link: null }]);
  });
});
