import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, dispatchOutbox, type MessageSender, type OutgoingMessage } from '../../../api/src/modules/notification/outbox.dispatcher.js';
import { NotificationService } from '../../../api/src/modules/notification/notification.service.js';
import { USER } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

class Recorder implements MessageSender {
  sent: OutgoingMessage[] = [];
  constructor(private readonly failWith: string | null = null) {}
  async send(message: OutgoingMessage) {
    if (this.failWith) throw new Error(this.failWith);
    this.sent.push(message);
  }
}

const notify = (recipients: string[]) => app.orm.em.fork().transactional(async (em) => {
  new NotificationService(em).notify(recipients, { kind: 'test.outbox', title: { zh: '测试', en: 'Test' }, body: { zh: '正文', en: 'Body' }, link: '/x' });
});

describe('email outbox', () => {
  it('queues one email per notification in the same transaction, and nothing when it rolls back', async () => {
    await notify([USER.talent, USER.hr]);
    expect(await app.sql("select status from outbox_messages where subject = '测试 / Test'")).toHaveLength(2);
    await expect(app.orm.em.fork().transactional(async (em) => {
      new NotificationService(em).notify([USER.reviewer], { kind: 'test.rollback', title: { zh: '回滚', en: 'Rolled back' }, body: { zh: '', en: '' } });
      await em.flush();
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await app.sql("select id from outbox_messages where subject like '回滚%'")).toEqual([]);
  });

  it('sends what is due to the address on record, once', async () => {
    const sender = new Recorder();
    const first = await dispatchOutbox(app.orm.em.fork(), sender);
    expect(first.sent).toBeGreaterThanOrEqual(2);
    expect(sender.sent.map((m) => m.address)).toEqual(expect.arrayContaining(['talent@yuepu.example', 'hr@yuepu.example']));
    expect(sender.sent[0]!.body).toContain('正文\n\nBody\n\n/x');
    const again = await dispatchOutbox(app.orm.em.fork(), sender);
    expect(again).toEqual({ sent: 0, failed: 0 });
  });

  it('retries a failing send with a growing delay, then gives up', async () => {
    await notify([USER.coordinator]);
    const failing = new Recorder('SMTP relay refused');
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await dispatchOutbox(app.orm.em.fork(), failing, now);
      expect(result.failed).toBe(1);
      now = new Date(now.getTime() + attempt * attempt * 60_000 + 1000);
    }
    const [row] = await app.sql<{ status: string; attempts: number; last_error: string }>(
      "select status, attempts, last_error from outbox_messages where recipient_id = ? and subject = '测试 / Test'", [USER.coordinator]);
    expect(row).toEqual({ status: 'FAILED', attempts: MAX_ATTEMPTS, last_error: 'SMTP relay refused' });
  });
});
