import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobRunner } from '../../../api/src/core/jobs/job-engine.js';
import { loadConfig } from '../../../api/src/core/config.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { MAX_ATTEMPTS, deliverOutboxMessage, outboxJobs, recoverOutbox, retryDeadLetter, type MessageSender, type OutgoingMessage } from '../../../api/src/modules/notification/outbox.dispatcher.js';
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
  constructor(public failWith: string | null = null, private readonly delayMs = 0) {}
  async send(message: OutgoingMessage) {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failWith) throw new Error(this.failWith);
    this.sent.push(message);
  }
}

const notify = (recipients: string[], title = '测试') => app.orm.em.fork().transactional(async (em) => {
  new NotificationService(em).notify(recipients, { kind: 'test.outbox', title: { zh: title, en: 'Test' }, body: { zh: '正文', en: 'Body' }, link: '/x' });
});
const idsOf = async (title: string) => (await app.sql<{ id: string }>('select id from outbox_messages where subject = ? order by created_at', [`${title} / Test`])).map((r) => r.id);
const rowOf = async (id: string) => (await app.sql<{ status: string; attempts: number; last_error: string | null }>('select status, attempts, last_error from outbox_messages where id = ?', [id]))[0];

describe('email outbox', () => {
  it('queues one email and one delivery job per notification in the same transaction, and nothing when it rolls back', async () => {
    await notify([USER.talent, USER.hr], '入队');
    const ids = await idsOf('入队');
    expect(ids).toHaveLength(2);
    const jobs = await app.sql<{ key: string; task_identifier: string }>("select key, task_identifier from graphile_worker.jobs where key in (?, ?) order by key", ids.map((id) => `outbox:${id}`));
    expect(jobs.map((j) => j.task_identifier)).toEqual(['outbox.deliver', 'outbox.deliver']);
    const jobCount = async () => (await app.sql<{ n: number }>("select count(*)::int as n from graphile_worker.jobs where task_identifier = 'outbox.deliver'"))[0].n;
    const before = await jobCount();
    await expect(app.orm.em.fork().transactional(async (em) => {
      new NotificationService(em).notify([USER.reviewer], { kind: 'test.rollback', title: { zh: '回滚', en: 'Rolled back' }, body: { zh: '', en: '' } });
      await em.flush();
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await app.sql("select id from outbox_messages where subject like '回滚%'")).toEqual([]);
    expect(await jobCount()).toBe(before);
  });

  it('sends to the address on record once, however many workers try at the same moment', async () => {
    await notify([USER.talent], '一次');
    const [id] = await idsOf('一次');
    const sender = new Recorder(null, 50);
    const results = await Promise.all([1, 2, 3].map(() => deliverOutboxMessage(app.orm.em.fork(), sender, id, 1)));
    expect(results.sort()).toEqual(['sent', 'skipped', 'skipped']);
    expect(sender.sent.map((m) => m.address)).toEqual(['talent@yuepu.example']);
    expect(sender.sent[0].body).toContain('正文\n\nBody\n\n/x');
    expect(await rowOf(id)).toEqual({ status: 'SENT', attempts: 1, last_error: null });
  });

  it('retries a failing send, then keeps it as a dead letter an administrator can send again', async () => {
    await notify([USER.coordinator], '失败');
    const [id] = await idsOf('失败');
    const failing = new Recorder('SMTP relay refused');
    expect(await deliverOutboxMessage(app.orm.em.fork(), failing, id, 1)).toBe('retry');
    expect(await rowOf(id)).toEqual({ status: 'PENDING', attempts: 1, last_error: 'SMTP relay refused' });
    expect(await deliverOutboxMessage(app.orm.em.fork(), failing, id, MAX_ATTEMPTS)).toBe('dead');
    expect(await rowOf(id)).toEqual({ status: 'FAILED', attempts: 2, last_error: 'SMTP relay refused' });

    expect(await retryDeadLetter(app.orm.em.fork(), id)).toBe(true);
    expect(await retryDeadLetter(app.orm.em.fork(), id)).toBe(false);
    expect((await rowOf(id)).status).toBe('PENDING');
    const working = new Recorder();
    expect(await deliverOutboxMessage(app.orm.em.fork(), working, id, 1)).toBe('sent');
  });

  it('hands out again a message whose worker died mid-send', async () => {
    await notify([USER.reviewer], '中断');
    const [id] = await idsOf('中断');
    await app.sql("update outbox_messages set status = 'SENDING', next_attempt_at = now() - interval '1 second' where id = ?", [id]);
    await app.sql('delete from graphile_worker.jobs where key = ?', [`outbox:${id}`]).catch(async () => {
      // The public view is read-only: remove the job through the queue's own function.
      await app.sql('select graphile_worker.remove_job(?)', [`outbox:${id}`]);
    });
    expect(await recoverOutbox(app.orm.em.fork())).toBeGreaterThanOrEqual(1);
    expect((await rowOf(id)).status).toBe('PENDING');
    expect(await app.sql('select 1 from graphile_worker.jobs where key = ?', [`outbox:${id}`])).toHaveLength(1);
  });

  it('the job runner delivers new messages within moments of their commit', async () => {
    const recorder = new Recorder();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: app.orm.config.get('clientUrl')! });
    const runner = await startJobRunner({ orm: app.orm, config, logger: createLogger('silent'), connectionString: app.orm.config.get('clientUrl'), jobs: outboxJobs(() => recorder), concurrency: 2 });
    try {
      const committed = Date.now();
      await notify([USER.hr2], '即时');
      const [id] = await idsOf('即时');
      while ((await rowOf(id)).status !== 'SENT' && Date.now() - committed < 10_000) await new Promise((r) => setTimeout(r, 20));
      expect(recorder.sent.filter((m) => m.id === id)).toHaveLength(1);
      expect((await rowOf(id)).status).toBe('SENT');
    } finally {
      await runner.stop();
    }
  });
});

describe('dead letters for administrators', () => {
  const LIST = `query($status: OutboxStatus!) { outboxSummary { failed pending oldestPendingAt } outboxMessages(status: $status, first: 50) { totalCount edges { node { id status attempts lastError recipient { id } } } } }`;
  const RETRY = `mutation($id: UUID!) { retryOutboxMessage(id: $id) { message { id status attempts } errors { field code message } } }`;

  it('lists dead letters with their cause, sends one again, and refuses a message that is not one', async () => {
    await notify([USER.talents[0]], '死信');
    const [id] = await idsOf('死信');
    await deliverOutboxMessage(app.orm.em.fork(), new Recorder('mailbox full'), id, MAX_ATTEMPTS);
    const admin = await app.client('admin', 'en');
    const listed = await admin.data(LIST, { status: 'FAILED' });
    expect(listed.outboxSummary.failed).toBeGreaterThanOrEqual(1);
    expect(listed.outboxMessages.edges.map((e: any) => e.node)).toContainEqual({ id, status: 'FAILED', attempts: 1, lastError: 'mailbox full', recipient: { id: USER.talents[0] } });

    const retried = await admin.data(RETRY, { id });
    expect(retried.retryOutboxMessage).toEqual({ message: { id, status: 'PENDING', attempts: 0 }, errors: [] });
    const again = await admin.data(RETRY, { id });
    expect(again.retryOutboxMessage.errors).toEqual([{ field: 'id', code: 'INVALID_STATE', message: 'Only a dead letter (a message given up) can be sent again' }]);
    expect((await admin.request(RETRY, { id: 'not-an-id' })).body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('is for administrators only', async () => {
    const reviewer = await app.client('reviewer');
    const res = await reviewer.request(LIST, { status: 'FAILED' });
    expect(res.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [{ id }] = await app.sql<{ id: string }>("select id from outbox_messages limit 1");
    const before = await app.sql('select status, attempts from outbox_messages where id = ?', [id]);
    expect((await reviewer.request(RETRY, { id })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await app.sql('select status, attempts from outbox_messages where id = ?', [id])).toEqual(before);
  });
});
