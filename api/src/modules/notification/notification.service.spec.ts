import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { NotificationService } from './notification.service.js';

/** A stand-in entity manager that records what would be written. */
function recordingEm() {
  const created: Record<string, unknown>[] = [];
  const em = {
    create: (_entity: unknown, data: Record<string, unknown>) => (created.push(data), data),
    getReference: (_entity: unknown, id: string) => ({ id }),
  } as unknown as EntityManager;
  return { em, created };
}

describe('notify', () => {
  const message = { kind: 'test.kind', title: { zh: '标题', en: 'Title' }, body: { zh: '正文', en: 'Body' }, link: '/x' };

  it('queues one message per distinct recipient, in both languages', () => {
    const { em, created } = recordingEm();
    new NotificationService(em).notify(['u1', 'u2', 'u1'], message);
    expect(created).toEqual([
      { recipient: { id: 'u1' }, kind: 'test.kind', titleZh: '标题', titleEn: 'Title', bodyZh: '正文', bodyEn: 'Body', link: '/x' },
      { recipient: { id: 'u2' }, kind: 'test.kind', titleZh: '标题', titleEn: 'Title', bodyZh: '正文', bodyEn: 'Body', link: '/x' },
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
