import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { SAMPLE_LOGINS } from '../../seeds/ids.js';
import { launchBrowser, newPage, signInAs } from './browser.js';
import { startTestApp, type TestApp } from './test-app.js';

/** The app and Chromium one browser test file works with (read them inside tests and hooks, once started). */
export interface AppInBrowser {
  readonly app: TestApp;
  readonly browser: Browser;
  /** A fresh page (own cookies and storage) at a phone or desktop size. */
  newPage(size?: 'phone' | 'desktop'): Promise<Page>;
  /** Signs a sample account in through the sign-in page and waits for the home page's greeting. */
  signIn(page: Page, who: keyof typeof SAMPLE_LOGINS): Promise<void>;
}

/**
 * Call inside a describeInBrowser body: starts the app (own database, cloned from the template)
 * and Chromium before the file's tests, and closes both after them.
 */
export function useAppInBrowser(): AppInBrowser {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('useAppInBrowser: the app and browser start in beforeAll; use them inside tests and hooks');
    return value;
  };
  return {
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
    newPage: (size) => newPage(started(browser), size),
    signIn: (page, who) => signInAs(page, started(app).url, who),
  };
}
