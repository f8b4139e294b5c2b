import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, newPage } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describeInBrowser('administration pages in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signIn(page: Page, email: string, password = 'Yuepu-2026-demo') {
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('home-greeting').waitFor({ timeout: 15_000 });
  }

  it('an administrator adds an enterprise, opens an HR account for it, and that HR can sign in', { timeout: 120_000 }, async () => {
    const admin = await newPage(browser);
    await signIn(admin, 'admin@yuepu.example');

    await admin.goto(`${app.url}/admin/organisations`);
    await admin.getByLabel('中文名称').fill('上海月浦测试新材料有限公司');
    await admin.getByLabel('英文名称').fill('Yuepu Test New Materials Co.');
    await admin.getByText('科创联盟成员（仅企业）').click();
    await admin.getByRole('button', { name: '新增', exact: true }).click();
    await expect.poll(() => admin.getByText('已新增 上海月浦测试新材料有限公司。').isVisible(), { timeout: 15_000 }).toBe(true);

    await admin.goto(`${app.url}/admin/accounts`);
    await admin.getByLabel(/^邮箱/).fill('new.hr@example.com');
    await admin.getByLabel('显示名称').fill('人事 新');
    await admin.getByLabel('初始密码').fill('short');
    await admin.getByRole('button', { name: '开通账号' }).click();
    // The server's words, beside their fields: the password is too short, and HR need an enterprise.
    await expect.poll(() => admin.getByText('密码至少 10 个字符。').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await app.sql("select id from users where email = 'new.hr@example.com'")).toEqual([]);

    await admin.getByLabel('初始密码').fill('a-long-initial-password');
    await admin.getByLabel('所属机构').selectOption({ label: '上海月浦测试新材料有限公司' });
    await admin.getByRole('button', { name: '开通账号' }).click();
    await expect.poll(() => admin.getByText('已开通账号 new.hr@example.com。').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => admin.getByTestId('accounts').textContent(), { timeout: 15_000 }).toContain('new.hr@example.com');

    const hr = await newPage(browser);
    await signIn(hr, 'new.hr@example.com', 'a-long-initial-password');
    await expect.poll(() => hr.getByTestId('home-organisation').textContent(), { timeout: 15_000 }).toContain('上海月浦测试新材料有限公司');
    await Promise.all([admin.context().close(), hr.context().close()]);
  });
});
