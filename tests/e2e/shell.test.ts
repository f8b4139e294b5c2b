import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

// A password check and a page load take seconds on a loaded machine; expect.poll's own default is 1 s.
const WAIT = { timeout: 20_000 };

describeInBrowser('web shell in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage } = suite;

  it('signs a seeded HR in, shows who they are, switches to English and remembers it', async () => {
    const page = await newPage('phone');
    await page.goto(`${suite.app.url}/sign-in`);
    await page.getByLabel('邮箱').fill('hr@yuepu.example');
    await page.getByLabel('密码').fill('Yuepu-2026-demo');
    await page.getByRole('button', { name: '登录' }).click();

    await expect.poll(() => page.getByTestId('home-greeting').textContent(), WAIT).toContain('人事 李敏');
    expect(await page.getByTestId('home-role').textContent()).toContain('企业人事');
    expect(await page.getByTestId('home-organisation').textContent()).toContain('上海月浦智能装备科技有限公司');

    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.getByTestId('home-organisation').textContent(), WAIT).toContain('Shanghai Yuepu Intelligent Equipment Technology Co.');
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await expect.poll(() => page.getByTestId('home-role').textContent(), WAIT).toMatch(/HR/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByTestId('sign-out').click();
    await expect.poll(() => page.getByTestId('home-sign-in').isVisible(), WAIT).toBe(true);
    await page.close();
  }, 60_000);

  it("shows a page's own words, which load with the page, in the language switched to and after a reload", async () => {
    // Each feature's words come with its pages (lib/i18n/groups.ts): a missing group shows keys such as `policy.search.label`.
    const rawKey = /\b(?:policy|bank|points|fact)\.[a-z]\w*/;
    const page = await newPage();
    await page.goto(`${suite.app.url}/policies`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('人才政策');
    expect(await page.getByRole('button', { name: '搜索' }).count()).toBe(1);

    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Talent policies');
    expect(await page.getByRole('button', { name: 'Search' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toMatch(rawKey);

    // Another feature's page opened first in English: its words arrive in English with it.
    await page.goto(`${suite.app.url}/financing/products`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Bank products');
    expect(await page.locator('main').textContent()).not.toMatch(rawKey);
    await page.close();
  }, 60_000);

  it('shows a wrong password in words, next to nothing but the form', async () => {
    const page = await newPage();
    await page.goto(`${suite.app.url}/sign-in`);
    await page.getByLabel('邮箱').fill('hr@yuepu.example');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByText('邮箱或密码不正确。').isVisible(), WAIT).toBe(true);
    expect(await page.getByTestId('home-greeting').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('shows a failed page load with a try-again button that loads the page', async () => {
    const page = await newPage();
    // The first request for the policy list fails as a dropped connection would; later ones go through.
    let failed = 0;
    await page.route('**/graphql', async (route) => {
      if (failed === 0 && route.request().postDataJSON()?.operationName === 'Policies') {
        failed++;
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${suite.app.url}/policies`);
    const retry = page.getByRole('alert').getByRole('button', { name: '重试' });
    await expect.poll(() => retry.isVisible(), WAIT).toBe(true);
    expect(await page.getByTestId('policy-list').count()).toBe(0);

    await retry.click();
    await expect.poll(() => page.getByTestId('policy-list').isVisible(), WAIT).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(failed).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  it('on a phone, the navigation opens from a menu button, takes focus in order and closes with Escape or a chosen page', async () => {
    const page = await newPage('phone');
    await page.goto(`${suite.app.url}/`);
    const menu = page.getByTestId('menu-button');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect.poll(() => menu.isVisible(), WAIT).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const policies = nav.getByRole('link', { name: '人才政策' });
    expect(await policies.isVisible()).toBe(true);
    // Nothing sideways: every entry is on screen, one a line, and the page is no wider than the phone.
    const widest = await page.evaluate(() => {
      const d = (globalThis as any).document; // page-side: the tests' TypeScript has no DOM library
      return { page: d.documentElement.scrollWidth, links: Math.max(...[...d.querySelectorAll('#site-nav a')].map((a: any) => a.getBoundingClientRect().right)) };
    });
    expect(widest.page).toBeLessThanOrEqual(390);
    expect(widest.links).toBeLessThanOrEqual(390);
    // Tab goes from the button into the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.closest('#site-nav') != null)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('data-testid'))).toBe('menu-button');

    await menu.click();
    await policies.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toContain('政策');
    expect(new URL(page.url()).pathname).toBe('/policies');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    await page.close();
  }, 60_000);

  it('on a desktop, shows the whole English navigation of the role with the most entries, nothing cut off', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en' });
    const admin = await suite.app.client('admin');
    const [name, value] = admin.sessionCookie!.split('=');
    await context.addCookies([{ name: name, value: value, url: suite.app.url }]);
    await context.addInitScript(() => (globalThis as any).localStorage.setItem('yuepu.locale', 'en'));
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => nav.getByRole('link', { name: 'Message delivery' }).isVisible(), WAIT).toBe(true);
    expect(await page.getByTestId('menu-button').isVisible()).toBe(false);
    const clipped = await page.evaluate(() => {
      const w = globalThis as any;
      return [...w.document.querySelectorAll('#site-nav a')]
        .filter((a: any) => a.getBoundingClientRect().right > w.innerWidth || a.scrollWidth > a.clientWidth + 1)
        .map((a: any) => a.textContent as string);
    });
    expect(clipped).toEqual([]);
    expect(await page.locator('#site-nav a').count()).toBeGreaterThan(15);
    await context.close();
  }, 60_000);

  it('shows a wrong ID check digit next to the field at sign-up, and creates no account', async () => {
    const page = await newPage();
    await page.goto(`${suite.app.url}/sign-up`);
    await page.getByLabel('邮箱').fill('browser.talent@example.com');
    await page.getByLabel(/^密码/).fill('a-long-password');
    await page.getByLabel(/显示名称/).fill('浏览器');
    await page.getByLabel(/姓名/).fill('林浏览');
    await page.getByLabel(/身份证/).fill('310113199703083330');
    await page.getByRole('button', { name: /注册/ }).click();
    await expect.poll(() => page.locator('#residentIdNumber-error').textContent(), WAIT).toBe('身份证号码校验位不正确，请核对是否输错。');
    expect(await suite.app.sql("select id from users where email = 'browser.talent@example.com'")).toEqual([]);
    await page.close();
  }, 60_000);
});
