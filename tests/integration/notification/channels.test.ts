import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../../../api/src/core/config.js';
import { startJobRunner, type JobRunner } from '../../../api/src/core/jobs/job-engine.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { NotificationService } from '../../../api/src/modules/notification/notification.service.js';
import { deliverOutboxMessage, outboxJobs, senderFor } from '../../../api/src/modules/notification/outbox.dispatcher.js';
import { smsLength } from '../../../api/src/modules/notification/sms.js';
import { USER } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const SECRET = 'sms-test-secret-0123456789';
const PHONE = '13800138001'; // talent@yuepu.example's, from the sample data
interface GatewayRequest { headers: http.IncomingHttpHeaders; body: string; json: { to: string; content: string; signName: string; segments: number; requestId: string } }
const gatewayRequests: GatewayRequest[] = [];
let gatewayAnswer: { status: number; body: unknown } = { status: 200, body: { code: 'OK', messageId: 'm1' } };
let gateway: http.Server;
let app: TestApp;
let config: AppConfig;
let runner: JobRunner;

beforeAll(async () => {
  // A local stand-in for the provider's HTTPS API: records what arrives, answers as told.
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      gatewayRequests.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.writeHead(gatewayAnswer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(gatewayAnswer.body));
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  const env = { SMS_API_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms/send`, SMS_API_KEY: 'key-1', SMS_API_SECRET: SECRET, PUBLIC_URL: 'https://hub.yuepu.example' };
  app = await startTestApp(env);
  config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: app.orm.config.get('clientUrl')!, ...env });
  runner = await startJobRunner({ orm: app.orm, config, logger: createLogger('silent'), connectionString: app.orm.config.get('clientUrl'), jobs: outboxJobs(), concurrency: 2 });
});
afterAll(async () => {
  await runner?.stop().catch(() => undefined); // the last test stops it itself
  await app?.close();
  await new Promise((r) => gateway?.close(r));
});

const SETTINGS = `{ notificationSettings { language phoneMasked categories { category name transactional inApp email sms } } }`;
const SET = `mutation($input: SetNotificationChannelInput!) { setNotificationChannel(input: $input) { settings { categories { category inApp email sms } } errors { field code message } } }`;
const notify = (recipients: string[], kind: string, title: { zh: string; en: string }, body = { zh: '您的人才安居资助申请已通过审核，请留意拨付。', en: 'Your housing subsidy application passed review.' }) =>
  app.orm.em.fork().transactional(async (em) => {
    new NotificationService(em).notify(recipients, { kind, title, body, link: '/applications/00000000-0000-4000-8000-00000000abcd' });
  });
const prefs = () => app.sql('select user_id, category, channel, enabled from notification_preferences order by user_id, category, channel');
const waitUntil = async (check: () => Promise<boolean> | boolean, ms = 5000) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('channels per kind of message', () => {
  it('shows each kind with its channels (inbox and e-mail on, text off by default) and the number masked', async () => {
    const talent = await app.client('talent', 'en');
    const { notificationSettings: s } = await talent.data(SETTINGS);
    expect(s.language).toBe('ZH_CN');
    expect(s.phoneMasked).toBe('138****8001');
    expect(s.categories.find((c: any) => c.category === 'APPLICATIONS')).toEqual({ category: 'APPLICATIONS', name: 'Applications', transactional: false, inApp: true, email: true, sms: false });
    expect(s.categories.find((c: any) => c.category === 'ACCOUNT')).toMatchObject({ transactional: true, inApp: true, email: true });
    expect(JSON.stringify(s)).not.toContain(PHONE);
  });

  it('refuses to turn off account mail, and text messages without a mobile number, leaving the settings as they were', async () => {
    const talent = await app.client('talent');
    const refused = (await talent.data(SET, { input: { category: 'ACCOUNT', channel: 'EMAIL', enabled: false } })).setNotificationChannel;
    expect(refused.settings).toBeNull();
    expect(refused.errors).toEqual([{ field: 'input.category', code: 'INVALID_STATE', message: expect.stringContaining('必须送达') }]);
    const hr = await app.client('hr', 'en');
    const noPhone = (await hr.data(SET, { input: { category: 'APPLICATIONS', channel: 'SMS', enabled: true } })).setNotificationChannel;
    expect(noPhone.errors).toEqual([{ field: 'input.channel', code: 'INVALID_STATE', message: expect.stringContaining('no mobile number') }]);
    expect(await prefs()).toEqual([]);
    const anonymous = await app.client();
    expect((await anonymous.request(SETTINGS)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps one row when the same choice is sent 20 times at once, ending as the last one says', async () => {
    const talent = await app.client('talent2');
    const results = await Promise.all(Array.from({ length: 20 }, () => talent.data(SET, { input: { category: 'BANK', channel: 'EMAIL', enabled: false } })));
    expect(results.every((r) => r.setNotificationChannel.errors.length === 0)).toBe(true);
    expect(await app.sql(`select count(*)::int as n from notification_preferences where category = 'bank'`)).toEqual([{ n: 1 }]);
    await talent.data(SET, { input: { category: 'BANK', channel: 'EMAIL', enabled: true } });
    expect(await app.sql(`select enabled from notification_preferences where category = 'bank'`)).toEqual([{ enabled: true }]);
  });

  it('leaves a kind turned off in the inbox out of the list and the unread count, and shows it again when turned on', async () => {
    const talent = await app.client('talent');
    const count = async () => (await talent.data(`{ unreadNotificationCount }`)).unreadNotificationCount as number;
    const before = await count();
    await notify([USER.talent], 'alliance.event.updated', { zh: '活动改期', en: 'Event moved' });
    expect(await count()).toBe(before + 1);
    await talent.data(SET, { input: { category: 'ALLIANCE', channel: 'IN_APP', enabled: false } });
    expect(await count()).toBe(before);
    const titles = async () => (await talent.data(`{ notifications(first: 50) { edges { node { title } } } }`)).notifications.edges.map((e: any) => e.node.title);
    expect(await titles()).not.toContain('活动改期');
    await talent.data(SET, { input: { category: 'ALLIANCE', channel: 'IN_APP', enabled: true } });
    expect(await titles()).toContain('活动改期');
  });

  it('sends a text message through the signed HTTP gateway to whoever chose it, in their language, with the number never logged', async () => {
    const talent = await app.client('talent');
    expect((await talent.data(SET, { input: { category: 'APPLICATIONS', channel: 'SMS', enabled: true } })).setNotificationChannel.errors).toEqual([]);
    await talent.data(`mutation { setMessageLanguage(language: EN) { errors { code } } }`);
    await notify([USER.talent, USER.talents[0]], 'application.approved', { zh: '申请已批准', en: 'Application approved' });
    await waitUntil(() => gatewayRequests.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(gatewayRequests).toHaveLength(1); // talent2 did not choose text messages
    const [request] = gatewayRequests;
    expect(request.json.to).toBe(PHONE);
    expect(request.json.content).toBe('【月浦人才】Application approved: Your housing subsidy application passed review. https://hub.yuepu.example/applications/00000000-0000-4000-8000-00000000abcd');
    expect(request.json.segments).toBe(smsLength(request.json.content).segments);
    expect(request.headers['x-api-key']).toBe('key-1');
    const expected = createHmac('sha256', SECRET).update(`${String(request.headers['x-timestamp'])}\n${String(request.headers['x-nonce'])}\n${request.body}`).digest('hex');
    expect(request.headers['x-signature']).toBe(expected);
    const [sms] = await app.sql<{ id: string; status: string; source_id: string }>(`select id, status, source_id from outbox_messages where channel = 'SMS' and recipient_id = ?`, [USER.talent]);
    expect(sms).toMatchObject({ status: 'SENT' });
    expect(request.json.requestId).toBe(sms.id);
    expect(app.logs()).not.toContain(PHONE);
  });

  it('gives up on a number the gateway refuses (400), retries when it is overloaded (503), and keeps no number in the error', async () => {
    const sender = senderFor(config, createLogger('silent'));
    await runner.stop();
    try {
      await notify([USER.talent], 'application.returned', { zh: '请补充材料', en: 'More documents needed' });
      const [email] = await app.sql<{ id: string }>(`select id from outbox_messages where kind = 'application.returned' and channel = 'EMAIL'`);
      await deliverOutboxMessage(app.orm.em.fork(), sender, email.id, 1, 10, { publicUrl: config.publicUrl, linkSecret: null });
      const [sms] = await app.sql<{ id: string }>(`select id from outbox_messages where kind = 'application.returned' and channel = 'SMS'`);
      // The e-mail being delivered again writes no second text message.
      await app.sql(`update outbox_messages set status = 'PENDING' where id = ?`, [email.id]);
      await deliverOutboxMessage(app.orm.em.fork(), sender, email.id, 2, 10, { publicUrl: config.publicUrl, linkSecret: null });
      expect(await app.sql(`select count(*)::int as n from outbox_messages where kind = 'application.returned' and channel = 'SMS'`)).toEqual([{ n: 1 }]);

      gatewayAnswer = { status: 503, body: { code: 'BUSY', message: 'try later' } };
      expect(await deliverOutboxMessage(app.orm.em.fork(), sender, sms.id, 1, 10)).toBe('retry');
      gatewayAnswer = { status: 400, body: { code: 'INVALID_MOBILE', message: `mobile ${PHONE} is not valid` } };
      expect(await deliverOutboxMessage(app.orm.em.fork(), sender, sms.id, 2, 10)).toBe('dead');
      const [row] = await app.sql<{ status: string; last_error: string }>(`select status, last_error from outbox_messages where id = ?`, [sms.id]);
      expect(row).toEqual({ status: 'FAILED', last_error: 'SMS gateway HTTP 400 INVALID_MOBILE: mobile <number> is not valid' });
    } finally {
      gatewayAnswer = { status: 200, body: { code: 'OK' } };
    }
  });
});
