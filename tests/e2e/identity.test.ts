import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, newPage } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describeInBrowser('sign-up by emailed link, and the reviewers\' ID number conflicts, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let heldNumber: string;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser();
    const [row] = await app.sql<{ resident_id_number: string }>("select tp.resident_id_number from talent_profiles tp join users u on u.id = tp.user_id where u.email = 'talent@yuepu.example'");
    heldNumber = row.resident_id_number;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('says to check the email, then the link signs the new talent in (with a number someone else holds, said nowhere)', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/sign-up`);
    await page.getByLabel('邮箱').fill('browser.new@example.com');
    await page.getByLabel(/^密码/).fill('a-long-password');
    await page.getByLabel(/显示名称/).fill('新来的');
    await page.getByLabel(/姓名/).fill('林新来');
    await page.getByLabel(/身份证/).fill(heldNumber);
    await page.getByRole('button', { name: /注册/ }).click();
    await expect.poll(() => page.getByTestId('sign-up-sent').textContent(), { timeout: 10_000 }).toContain('browser.new@example.com');
    await page.goto(`${app.url}/sign-up/confirm?token=${await app.signUpToken('browser.new@example.com')}`);
    await expect.poll(() => page.getByTestId('home-greeting').textContent(), { timeout: 10_000 }).toContain('新来的');
    await page.close();
  });

  it('shows a reviewer the conflict with the full number, and keeps it with its holder on their word', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('邮箱').fill('reviewer@yuepu.example');
    await page.getByLabel('密码').fill('Yuepu-2026-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('home-greeting').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.goto(`${app.url}/review/id-conflicts`);
    const card = page.getByTestId('id-conflict');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(heldNumber);
    expect(await card.textContent()).toContain('browser.new@example.com');
    expect(await card.textContent()).toContain('talent@yuepu.example');
    await page.getByRole('button', { name: '保留在原账号' }).click();
    await expect.poll(() => page.getByText('请填写处理说明').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByLabel(/处理说明/).fill('申报人未到场核验');
    await page.getByRole('button', { name: '保留在原账号' }).click();
    await expect.poll(() => page.getByText('已处理。').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await app.sql("select status from resident_id_conflicts")).toEqual([{ status: 'RESOLVED' }]);
    await page.close();
  });
});
