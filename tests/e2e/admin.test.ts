import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

describeInBrowser('administration pages in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage } = suite;

  async function signIn(page: Page, email: string, password = 'Yuepu-2026-demo') {
    await page.goto(`${suite.app.url}/sign-in`);
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('home-greeting').waitFor({ timeout: 15_000 });
  }

  it('an administrator adds an enterprise, opens an HR account for it, and that HR can sign in', { timeout: 120_000 }, async () => {
    const admin = await newPage();
    await signIn(admin, 'admin@yuepu.example');

    await admin.goto(`${suite.app.url}/admin/organisations`);
    await admin.getByLabel('中文名称').fill('上海月浦测试新材料有限公司');
    await admin.getByLabel('英文名称').fill('Yuepu Test New Materials Co.');
    await admin.getByText('科创联盟成员（仅企业）').click();
    await admin.getByRole('button', { name: '新增', exact: true }).click();
    await expect.poll(() => admin.getByText('已新增 上海月浦测试新材料有限公司。').isVisible(), { timeout: 15_000 }).toBe(true);

    await admin.goto(`${suite.app.url}/admin/accounts`);
    await admin.getByLabel(/^邮箱/).fill('new.hr@example.com');
    await admin.getByLabel('显示名称').fill('人事 新');
    await admin.getByLabel('初始密码').fill('short');
    await admin.getByRole('button', { name: '开通账号' }).click();
    // The server's words, beside their fields: the password is too short, and HR need an enterprise.
    await expect.poll(() => admin.locator('#password-error').textContent(), { timeout: 15_000 }).toBe('密码至少 10 个字符。');
    expect(await suite.app.sql("select id from users where email = 'new.hr@example.com'")).toEqual([]);

    await admin.getByLabel('初始密码').fill('a-long-initial-password');
    await admin.getByLabel('所属机构').selectOption({ label: '上海月浦测试新材料有限公司' });
    await admin.getByRole('button', { name: '开通账号' }).click();
    await expect.poll(() => admin.getByText('已开通账号 new.hr@example.com。').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => admin.getByTestId('accounts').textContent(), { timeout: 15_000 }).toContain('new.hr@example.com');

    const hr = await newPage();
    await signIn(hr, 'new.hr@example.com', 'a-long-initial-password');
    await expect.poll(() => hr.getByTestId('home-organisation').textContent(), { timeout: 15_000 }).toContain('上海月浦测试新材料有限公司');

    // A community worker acts for a village or a residential area: both kinds are offered, enterprises are not.
    await admin.getByLabel(/^邮箱/).fill('worker.jyq@example.com');
    await admin.getByLabel('显示名称').fill('社区工作者 聚源桥村');
    await admin.getByLabel('初始密码').fill('a-long-initial-password');
    await admin.getByLabel('角色', { exact: true }).selectOption({ label: '社区工作者' });
    const options = await admin.getByLabel('所属机构').locator('option').allTextContents();
    expect(options).toContain('聚源桥村 · 村');
    expect(options).toContain('庆安四村 · 居民区');
    expect(options.some((o) => o.includes('上海月浦测试新材料有限公司'))).toBe(false);
    await admin.getByLabel('所属机构').selectOption({ label: '聚源桥村 · 村' });
    await admin.getByRole('button', { name: '开通账号' }).click();
    await expect.poll(() => admin.getByText('已开通账号 worker.jyq@example.com。').isVisible(), { timeout: 15_000 }).toBe(true);
    const worker = await newPage();
    await signIn(worker, 'worker.jyq@example.com', 'a-long-initial-password');
    await expect.poll(() => worker.getByTestId('home-organisation').textContent(), { timeout: 15_000 }).toContain('聚源桥村');
    expect(await worker.getByTestId('home-role').textContent()).toBe('社区工作者');
    await Promise.all([admin.context().close(), hr.context().close(), worker.context().close()]);
  });
});
