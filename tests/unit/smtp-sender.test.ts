import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

// nodemailer fails to load once (as when the process is briefly out of file descriptors), then loads.
let failNextLoad = true;
vi.mock('../../api/src/core/lazy-package.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api/src/core/lazy-package.js')>();
  return {
    loadPackage: (name: string) => {
      if (failNextLoad) {
        failNextLoad = false;
        throw Object.assign(new Error(`EMFILE: too many open files, open '${name}'`), { code: 'EMFILE' });
      }
      return real.loadPackage(name);
    },
  };
});
const { SmtpSender } = await import('../../api/src/modules/notification/smtp.sender.js');
const { OutboxChannel } = await import('../../api/src/modules/notification/outbox.entity.js');

let smtp: TestSmtpServer;
beforeAll(async () => { smtp = await startSmtpServer(); });
afterAll(async () => { await smtp?.close(); });

describe('SmtpSender', () => {
  it('tries to load nodemailer again with the next message after a load that failed', async () => {
    const sender = new SmtpSender({ url: smtp.url, host: '', port: 0, secure: false, auth: null }, 'noreply@yuepu.example');
    const message = (id: string) => ({ id, channel: OutboxChannel.EMAIL, address: 'talent@yuepu.example', subject: '测试 / Test', body: id });

    // The failure is one the outbox tries again later (not a dead letter)…
    await expect(sender.send(message('first'))).rejects.toThrow('EMFILE');
    // …and the next try sends, instead of failing forever with the first failure.
    await sender.send(message('second'));
    const mail = await smtp.waitFor('talent@yuepu.example');
    expect(mail.parsed.text).toContain('second');
  });
});
