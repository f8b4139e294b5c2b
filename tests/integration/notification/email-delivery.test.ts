import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../../../api/src/core/config.js';
import { startJobRunner, type JobRunner } from '../../../api/src/core/jobs/job-engine.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { NotificationService } from '../../../api/src/modules/notification/notification.service.js';
import { deliverOutboxMessage, outboxJobs, senderFor } from '../../../api/src/modules/notification/outbox.dispatcher.js';
import { USER } from '../../../seeds/ids.js';
import { startSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const PUBLIC_URL = 'https://hub.yuepu.example';
const TALENT2 = USER.talents[0]; // talent2@yuepu.example
let smtp: TestSmtpServer;
let app: TestApp;
let config: AppConfig;
let runner: JobRunner;

beforeAll(async () => {
  smtp = await startSmtpServer();
  const env = { SMTP_URL: smtp.url, MAIL_FROM: '月浦人才服务平台 <noreply@yuepu.example>', PUBLIC_URL };
  app = await startTestApp(env);
  config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: app.orm.config.get('clientUrl')!, ...env });
  // The real job engine with the real senders the configuration picks: SMTP for e-mail.
  runner = await startJobRunner({ orm: app.orm, config, logger: createLogger('silent'), connectionString: app.orm.config.get('clientUrl'), jobs: outboxJobs(), concurrency: 2 });
});
afterAll(async () => {
  await runner?.stop();
  await app?.close();
  await smtp?.close();
});

const notify = (recipients: string[], kind: string, title = { zh: '您的申请已获批准', en: 'Your application was approved' }) => app.orm.em.fork().transactional(async (em) => {
  new NotificationService(em).notify(recipients, {
    kind,
    title,
    body: { zh: '人才安居资助申请已通过审核。\n\n请留意后续拨付。', en: 'Your housing subsidy application passed review.\n\nWatch for the payment.' },
    link: '/applications/00000000-0000-4000-8000-00000000abcd',
  });
});
/** A header as it came over the wire, folded lines joined. */
const rawHeader = (mail: { raw: string }, name: string) => {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1];
};
const statusOf = async (kind: string, recipient: string) => (await app.sql<{ status: string; attempts: number; last_error: string | null }>(
  'select status, attempts, last_error from outbox_messages where kind = ? and recipient_id = ? order by created_at desc limit 1', [kind, recipient]))[0];

describe('e-mail through SMTP', () => {
  it('arrives in each recipient\'s language, with a text and an HTML part, absolute links and a one-click unsubscribe', async () => {
    await app.sql(`update users set locale = 'en' where id = ?`, [TALENT2]);
    await notify([USER.talent, TALENT2], 'application.approved');

    const zh = await smtp.waitFor('talent@yuepu.example');
    const en = await smtp.waitFor('talent2@yuepu.example');
    expect(zh.parsed.subject).toBe('您的申请已获批准');
    expect(en.parsed.subject).toBe('Your application was approved');
    expect(zh.parsed.from?.value).toEqual([{ name: '月浦人才服务平台', address: 'noreply@yuepu.example' }]);
    expect(rawHeader(zh, 'Content-Language')).toBe('zh-CN');
    expect(rawHeader(en, 'Content-Language')).toBe('en');
    expect(zh.parsed.text).toContain('人才安居资助申请已通过审核。');
    expect(zh.parsed.text).not.toContain('housing subsidy');
    expect(en.parsed.text).toContain('Your housing subsidy application passed review.');
    expect(en.parsed.text).not.toContain('人才安居');
    expect(zh.parsed.html).toContain('<html lang="zh-CN">');
    expect(en.parsed.html).toContain('<html lang="en">');
    const link = `${PUBLIC_URL}/applications/00000000-0000-4000-8000-00000000abcd`;
    for (const mail of [zh, en]) {
      expect(mail.parsed.text).toContain(link);
      expect(mail.parsed.html).toContain(`href="${link}"`);
      expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(rawHeader(mail, 'List-Unsubscribe')).toMatch(/^<https:\/\/hub\.yuepu\.example\/mail\/unsubscribe\?token=[\w.-]+>$/);
      expect(rawHeader(mail, 'Auto-Submitted')).toBe('auto-generated');
    }
    expect(await statusOf('application.approved', USER.talent)).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('unsubscribes with one POST over real HTTP: that kind of e-mail stops, other kinds still arrive, a forged token does nothing', async () => {
    const before = smtp.received.filter((m) => m.to.includes('talent@yuepu.example')).length;
    await notify([USER.talent], 'application.approved', { zh: '退订前', en: 'Before unsubscribing' });
    const mail = await smtp.waitFor('talent@yuepu.example', before + 1);
    const url = /^<([^>]+)>$/.exec(rawHeader(mail, 'List-Unsubscribe')!)![1];
    expect(url.startsWith(`${PUBLIC_URL}/mail/unsubscribe?token=`)).toBe(true);
    const local = url.replace(PUBLIC_URL, app.url);
    const footerLink = /href="([^"]*\/mail\/unsubscribe[^"]*)"/.exec(mail.parsed.html as string)![1].replace(/&amp;/g, '&');
    expect(footerLink).toBe(url);

    // Opening the link (as a mail scanner would) only asks.
    const page = await fetch(local);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('申请进展');
    expect(await app.sql('select * from notification_preferences where user_id = ?', [USER.talent])).toEqual([]);

    // A forged or altered token is refused and changes nothing.
    const forged = local.replace(/token=[^.]+\.applications/, `token=${TALENT2}.applications`);
    expect((await fetch(forged, { method: 'POST' })).status).toBe(400);
    const swapped = local.replace('.applications.', '.alliance.');
    expect((await fetch(swapped, { method: 'POST' })).status).toBe(400);
    expect(await app.sql('select * from notification_preferences')).toEqual([]);

    // RFC 8058 one-click, as a mail client sends it.
    const res = await fetch(local, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('已退订');
    expect(await app.sql('select category, channel, enabled from notification_preferences where user_id = ?', [USER.talent])).toEqual([{ category: 'applications', channel: 'EMAIL', enabled: false }]);

    const count = smtp.received.length;
    await notify([USER.talent], 'application.rejected', { zh: '退订后', en: 'After unsubscribing' });
    await notify([USER.talent], 'alliance.event.updated', { zh: '活动时间调整', en: 'Event moved' });
    const alliance = await smtp.waitFor('talent@yuepu.example', before + 2);
    expect(alliance.parsed.subject).toBe('活动时间调整');
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.slice(count).map((m) => m.parsed.subject)).toEqual(['活动时间调整']);
    expect(await statusOf('application.rejected', USER.talent)).toMatchObject({ status: 'SKIPPED' });
    // The in-app inbox still has it: only e-mail was turned off.
    expect(await app.sql(`select title_zh from notifications where recipient_id = ? and kind = 'application.rejected'`, [USER.talent])).toEqual([{ title_zh: '退订后' }]);
  });

  it('sends the sign-up link in the browser\'s language, absolute, without an unsubscribe (it must reach the person who asked)', async () => {
    const client = await app.client(undefined, 'en-GB,en;q=0.9');
    const res = await client.data(`mutation($input: SignUpInput!) { signUp(input: $input) { accepted } }`, {
      input: { email: 'newcomer@example.org', password: 'a-long-password', displayName: 'Newcomer', legalName: '新来' },
    });
    expect(res.signUp.accepted).toBe(true);
    const mail = await smtp.waitFor('newcomer@example.org');
    expect(mail.parsed.subject).toBe('Confirm your Yuepu Hub sign-up');
    expect(mail.parsed.text).toMatch(/https:\/\/hub\.yuepu\.example\/sign-up\/confirm\?token=[\w-]{40,}/);
    expect(mail.parsed.text).not.toContain('请在');
    expect(rawHeader(mail, 'List-Unsubscribe')).toBeUndefined();
    expect(mail.parsed.text).toContain('cannot be turned off');
    const token = /confirm\?token=([\w-]+)/.exec(mail.parsed.text!)![1];
    const confirmed = await client.data(`mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { user { id } errors { code } } }`, { input: { token } });
    expect(confirmed.confirmSignUp.errors).toEqual([]);
    expect(await app.sql('select locale from users where email = ?', ['newcomer@example.org'])).toEqual([{ locale: 'en' }]);
  });

  it('gives up at once on a mailbox the relay says does not exist (550), and tries again later when it says busy (451)', async () => {
    const sender = senderFor(config, createLogger('silent'));
    const mail = { publicUrl: config.publicUrl, linkSecret: null };
    await runner.stop();
    try {
      await app.sql(`update users set email = 'reject-hr2@yuepu.example' where id = ?`, [USER.hr2]);
      await app.sql(`update users set email = 'busy-hr@yuepu.example' where id = ?`, [USER.hr]);
      await notify([USER.hr2, USER.hr], 'application.awaiting_employer');
      const [rejected] = await app.sql<{ id: string }>(`select id from outbox_messages where recipient_id = ? and kind = 'application.awaiting_employer'`, [USER.hr2]);
      const [busy] = await app.sql<{ id: string }>(`select id from outbox_messages where recipient_id = ? and kind = 'application.awaiting_employer'`, [USER.hr]);

      expect(await deliverOutboxMessage(app.orm.em.fork(), sender, rejected.id, 1, 10, mail)).toBe('dead');
      const dead = await statusOf('application.awaiting_employer', USER.hr2);
      expect(dead).toMatchObject({ status: 'FAILED', attempts: 1 });
      expect(dead.last_error).toMatch(/^SMTP 550: .*no such mailbox/);
      // Relays quote the address; the admin page's error does not.
      expect(dead.last_error).not.toContain('reject-hr2@');

      expect(await deliverOutboxMessage(app.orm.em.fork(), sender, busy.id, 1, 10, mail)).toBe('retry');
      expect(await statusOf('application.awaiting_employer', USER.hr)).toMatchObject({ status: 'PENDING', attempts: 1, last_error: 'SMTP 451: 451 4.2.0 Mailbox busy, try again later' });
      expect(smtp.received.some((m) => m.to.some((a) => a.startsWith('reject-') || a.startsWith('busy-')))).toBe(false);
    } finally {
      runner = await startJobRunner({ orm: app.orm, config, logger: createLogger('silent'), connectionString: app.orm.config.get('clientUrl'), jobs: outboxJobs(), concurrency: 2 });
    }
  });
});
