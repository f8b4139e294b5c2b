import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { SAMPLE_LOGINS, SAMPLE_PASSWORD } from '../../seeds/ids.js';

/** Debian's Chromium; never a browser a tool downloads. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM_PATH);

/**
 * `describe` for browser tests: runs when Chromium is installed; on a laptop without it the
 * suite is skipped with a loud warning, and with CI=true a missing browser fails the run.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (!hasChromium) {
    if (process.env.CI === 'true') throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
    console.warn(`\n*** SKIPPED browser tests "${name}": no Chromium at ${CHROMIUM_PATH}. Install it with "apt-get install chromium" (or set CHROMIUM_PATH) to run them. ***\n`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh page (own cookies and storage) at a phone or desktop size. */
export async function newPage(browser: Browser, size: 'phone' | 'desktop' = 'desktop'): Promise<Page> {
  const context = await browser.newContext({
    viewport: size === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  return context.newPage();
}

/** Signs a sample account in through the Chinese sign-in form and waits for the home page. */
export async function signInAs(page: Page, baseUrl: string, who: keyof typeof SAMPLE_LOGINS): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('邮箱').fill(SAMPLE_LOGINS[who]);
  await page.getByLabel('密码').fill(SAMPLE_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect.poll(() => page.getByTestId('home-greeting').isVisible(), { timeout: 15_000 }).toBe(true);
}
