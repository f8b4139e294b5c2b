import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { USER } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

describeInBrowser('notification settings in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage, signIn } = suite;

  const box = (page: Page, category: string, channel: string) => page.locator(`[data-testid="category"][data-category="${category}"]`).getByTestId(`channel-${channel}`);

  it('a talent on a phone reaches the page from the menu, turns e-mail off for reminders and follows a policy with alerts; both hold after a reload', { timeout: 180_000 }, async () => {
    const page = await newPage('phone');
    await signIn(page, 'talent');
    await page.getByTestId('menu-button').click();
    await page.getByRole('link', { name: '通知设置' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('通知设置');

    await expect.poll(() => box(page, 'REMINDERS', 'EMAIL').isChecked(), { timeout: 15_000 }).toBe(true);
    // Account mail cannot be changed.
    expect(await box(page, 'ACCOUNT', 'EMAIL').isDisabled()).toBe(true);
    await box(page, 'REMINDERS', 'EMAIL').uncheck();
    await expect.poll(() => page.getByTestId('settings-saved').textContent(), { timeout: 15_000 }).toBe('已保存。');

    await page.getByTestId('follow-choice').selectOption({ label: '宝山区人才公寓租金补贴（先租后补）' });
    await page.getByTestId('follow-submit').click();
    await expect.poll(() => page.locator('[data-testid="followed-policy"][data-code="talent-apartment"]').count(), { timeout: 15_000 }).toBe(1);

    await page.reload();
    await expect.poll(() => box(page, 'REMINDERS', 'IN_APP').isChecked(), { timeout: 15_000 }).toBe(true);
    expect(await box(page, 'REMINDERS', 'EMAIL').isChecked()).toBe(false);
    expect(await box(page, 'APPLICATIONS', 'EMAIL').isChecked()).toBe(true);
    const followed = page.locator('[data-testid="followed-policy"][data-code="talent-apartment"]');
    await expect.poll(() => followed.getByTestId('follow-alerts').isChecked(), { timeout: 15_000 }).toBe(true);
    // What the page shows is what the server keeps.
    expect(await suite.app.sql(`select category, channel, enabled from notification_preferences where user_id = ?`, [USER.talent])).toEqual([{ category: 'reminders', channel: 'EMAIL', enabled: false }]);
    expect(await suite.app.sql(`select eligibility_alerts from policy_follows where user_id = ?`, [USER.talent])).toEqual([{ eligibility_alerts: true }]);
  });

  it('in English on a desktop an HR user switches the language of e-mails, without a policy section', { timeout: 180_000 }, async () => {
    const page = await newPage('desktop');
    await signIn(page, 'hr');
    await page.getByTestId('locale-switch').click();
    await page.getByRole('link', { name: 'Notification settings' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Notification settings');
    await expect.poll(() => page.getByTestId('message-language').isEnabled(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('message-language').selectOption('EN');
    await expect.poll(() => page.getByTestId('settings-saved').textContent(), { timeout: 15_000 }).toBe('Saved.');
    await page.reload();
    await expect.poll(() => page.getByTestId('message-language').inputValue(), { timeout: 15_000 }).toBe('EN');
    expect(await page.getByText('Policies I follow').count()).toBe(0);
  });
});
