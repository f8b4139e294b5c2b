import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

const WAIT = { timeout: 10_000 };

describeInBrowser('forgot password, in Chromium', () => {
  const suite = useAppInBrowser();

  it('sends a link from the sign-in page; the link sets a new password, signs in, and the old password no longer works', async () => {
    const { app } = suite;
    const email = 'talent2@yuepu.example';
    const page = await suite.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByTestId('forgot-password-link').click();
    await expect.poll(() => page.getByRole('heading', { name: '忘记密码' }).isVisible(), WAIT).toBe(true);
    await page.getByLabel('邮箱').fill('not an email');
    await page.getByRole('button', { name: '发送链接' }).click();
    await expect.poll(() => page.getByTestId('forgot-password-form').textContent(), WAIT).toContain('请输入有效的邮箱地址');
    await page.getByLabel('邮箱').fill(email);
    await page.getByRole('button', { name: '发送链接' }).click();
    await expect.poll(() => page.getByTestId('reset-sent').textContent(), WAIT).toContain(email);

    const [mail] = await app.sql<{ body: string }>(`select o.body from outbox_messages o join users u on u.id = o.recipient_id where u.email = ? and o.kind = 'account.password.reset'`, [email]);
    const link = /\/set-password\?token=[\w-]+/.exec(mail.body)![0];
    await page.goto(`${app.url}${link}`);
    await page.getByLabel(/^新密码/).fill('my new browser password');
    await page.getByLabel('再次输入新密码').fill('my new browser passwort');
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    await expect.poll(() => page.getByTestId('set-password-form').textContent(), WAIT).toContain('两次输入的密码不一致');
    await page.getByLabel('再次输入新密码').fill('my new browser password');
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    await expect.poll(() => page.getByTestId('home-greeting').isVisible(), WAIT).toBe(true);

    // The same link a second time says it is spent and points to a new one.
    const other = await suite.newPage();
    await other.goto(`${app.url}${link}`);
    await other.getByLabel(/^新密码/).fill('an attacker password');
    await other.getByLabel('再次输入新密码').fill('an attacker password');
    await other.getByRole('button', { name: '设置密码并登录' }).click();
    await expect.poll(() => other.getByTestId('set-password-form').textContent(), WAIT).toContain('此链接无效、已使用或已过期');
    expect(await other.getByRole('link', { name: '忘记密码' }).count()).toBe(1);

    // Signed out, the old password is refused and the new one works.
    await other.goto(`${app.url}/sign-in`);
    await other.getByLabel('邮箱').fill(email);
    await other.getByLabel('密码').fill('Yuepu-2026-demo');
    await other.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => other.getByTestId('sign-in-form').textContent(), WAIT).toContain('邮箱或密码不正确');
    await other.getByLabel('密码').fill('my new browser password');
    await other.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => other.getByTestId('home-greeting').isVisible(), WAIT).toBe(true);
    await page.close();
    await other.close();
  });
});
