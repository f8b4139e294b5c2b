import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, newPage } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describeInBrowser('web shell in Chromium', () => {
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

  it('signs a seeded HR in, shows who they are, switches to English and remembers it', async () => {
    const page = await newPage(browser, 'phone');
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('邮箱').fill('hr@yuepu.example');
    await page.getByLabel('密码').fill('Yuepu-2026-demo');
    await page.getByRole('button', { name: '登录' }).click();

    await expect.poll(() => page.getByTestId('home-greeting').textContent()).toContain('人事 李敏');
    expect(await page.getByTestId('home-role').textContent()).toContain('企业人事');
    expect(await page.getByTestId('home-organisation').textContent()).toContain('上海月浦智能装备科技有限公司');

    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.getByTestId('home-organisation').textContent()).toContain('Shanghai Yuepu Intelligent Equipment Technology Co.');
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await expect.poll(() => page.getByTestId('home-role').textContent()).toMatch(/HR/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByTestId('sign-out').click();
    await expect.poll(() => page.getByTestId('home-sign-in').isVisible()).toBe(true);
    await page.close();
  });

  it('shows a wrong password in words, next to nothing but the form', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('邮箱').fill('hr@yuepu.example');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByText('邮箱或密码不正确。').isVisible()).toBe(true);
    expect(await page.getByTestId('home-greeting').count()).toBe(0);
    await page.close();
  });

  it('shows a wrong ID check digit next to the field at sign-up, and creates no account', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/sign-up`);
    await page.getByLabel('邮箱').fill('browser.talent@example.com');
    await page.getByLabel(/^密码/).fill('a-long-password');
    await page.getByLabel(/显示名称/).fill('浏览器');
    await page.getByLabel(/姓名/).fill('林浏览');
    await page.getByLabel(/身份证/).fill('310113199703083330');
    await page.getByRole('button', { name: /注册/ }).click();
    await expect.poll(() => page.getByText('身份证号码校验位不正确，请核对是否输错。').isVisible()).toBe(true);
    expect(await app.sql("select id from users where email = 'browser.talent@example.com'")).toEqual([]);
    await page.close();
  });
});
