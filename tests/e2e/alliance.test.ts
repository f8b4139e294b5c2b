import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

const SHOTS = process.env.ALLIANCE_SCREENSHOTS;
/** Pages load over real HTTP: give a busy machine time. */
const WAIT = { timeout: 15_000 };

describeInBrowser('tech alliance in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage, signIn } = suite;

  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  it('a coordinator posts an event, HR registers two staff, one is checked in by code, the other from a photo of their QR code, attendance shows 2 of 2', async () => {
    // The coordinator posts an event starting in two hours (check-in opens a day before).
    const coordinator = await newPage();
    await signIn(coordinator, 'coordinator');
    await coordinator.getByRole('link', { name: '学习互鉴活动' }).first().click();
    await coordinator.getByTestId('new-event').click();
    await coordinator.getByLabel('标题（中文）').fill('浏览器测试：理论宣讲进企业');
    await coordinator.getByLabel('标题（英文）').fill('Browser test: theory lecture');
    await coordinator.getByLabel('介绍（中文）').fill('新质生产力专题宣讲。');
    await coordinator.getByLabel('介绍（英文）').fill('A lecture on new quality productive forces.');
    const local = (offsetMs: number) => new Date(Date.now() + offsetMs + 8 * 3600_000).toISOString().slice(0, 16);
    await coordinator.getByLabel('开始时间').fill(local(2 * 3600_000));
    await coordinator.getByLabel('结束时间').fill(local(4 * 3600_000));
    await coordinator.getByLabel('报名开始').fill(local(-3600_000));
    await coordinator.getByLabel('报名截止').fill(local(3600_000));
    await coordinator.getByLabel('座位总数').fill('10');
    await shot(coordinator, '1-editor');
    await coordinator.getByTestId('save-publish').click();
    await expect.poll(() => coordinator.getByTestId('event-status').textContent(), WAIT).toBe('已发布');
    const eventPath = new URL(coordinator.url()).pathname;
    expect(eventPath).toMatch(/^\/alliance\/events\/[0-9a-f-]{36}$/);

    // HR finds it and registers two of their staff.
    const hr = await newPage();
    await signIn(hr, 'hr');
    await hr.goto(`${suite.app.url}/alliance/events`);
    await hr.getByRole('link', { name: '浏览器测试：理论宣讲进企业' }).click();
    await hr.getByTestId('to-staff').click();
    await expect.poll(() => hr.getByTestId('staff-row').count(), WAIT).toBe(2);
    await hr.getByLabel('王晓月').check();
    await hr.getByLabel('刘博').check();
    await hr.getByTestId('register-staff').click();
    await expect.poll(() => hr.getByTestId('staff-notice').textContent(), WAIT).toContain('已为 2 人报名');
    await expect.poll(async () => (await hr.getByTestId('staff-code').allTextContents()).filter((c) => /^[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(c.trim())).length, WAIT).toBe(2);
    const code = (await hr.getByTestId('staff-code').first().textContent())!.trim();
    await shot(hr, '2-hr-staff');

    // The coordinator checks one of them in by typing the code.
    await coordinator.getByTestId('to-check-in').click();
    await coordinator.getByLabel(/签到码/).fill(code.toLowerCase());
    await coordinator.getByTestId('check-in-submit').click();
    await expect.poll(() => coordinator.getByTestId('checked-in-list').textContent(), WAIT).toMatch(/王晓月|刘博/);
    await expect.poll(() => coordinator.getByTestId('check-in-count').textContent(), WAIT).toBe('出席 1 / 2');
    await shot(coordinator, '3-check-in');
    // The same code again counts once only.
    await coordinator.getByLabel(/签到码/).fill(code);
    await coordinator.getByTestId('check-in-submit').click();
    await expect.poll(() => coordinator.locator('#code-error').textContent(), WAIT).toMatch(/已于 .* 签到/);
    // The other one by a photo of their QR code, as the registration draws it, read by jsQR: this
    // Chromium has no BarcodeDetector, and the page is told so in case a later one does.
    const other = (await hr.getByTestId('staff-code').allTextContents()).map((c) => c.trim()).find((c) => /^[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(c) && c !== code)!;
    const photo = await QRCode.toBuffer(other, { type: 'png', margin: 2, errorCorrectionLevel: 'M', scale: 6 });
    await coordinator.evaluate('delete window.BarcodeDetector');
    await coordinator.getByTestId('check-in-photo').setInputFiles({ name: 'code.png', mimeType: 'image/png', buffer: photo });
    await expect.poll(() => coordinator.getByTestId('check-in-count').textContent(), WAIT).toBe('出席 2 / 2');
    // A photo without a code says so and checks no one in.
    const blank = await QRCode.toBuffer('x', { type: 'png', scale: 1, color: { dark: '#ffffffff', light: '#ffffffff' } });
    await coordinator.getByTestId('check-in-photo').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
    await expect.poll(() => coordinator.getByTestId('scan-problem').textContent(), WAIT).toContain('没有找到可识别的二维码');

    await coordinator.goto(`${suite.app.url}${eventPath}/registrations`);
    await expect.poll(() => coordinator.getByTestId('attendance').textContent(), WAIT).toBe('出席 2 / 2');
    await shot(coordinator, '4-registrations');

    // Once it has started, the coordinator marks it completed (moved three hours earlier to get there).
    const eventId = eventPath.split('/').pop();
    await suite.app.sql(`update alliance_events set starts_at = starts_at - interval '3 hours', ends_at = ends_at - interval '3 hours',
      registration_opens_at = registration_opens_at - interval '3 hours', registration_closes_at = registration_closes_at - interval '3 hours' where id = ?`, [eventId]);
    await coordinator.goto(`${suite.app.url}${eventPath}`);
    await coordinator.getByText('标记为已结束…').click();
    await coordinator.getByTestId('complete-event-confirm').click();
    await expect.poll(() => coordinator.getByTestId('event-status').textContent(), WAIT).toBe('已结束');
    expect(await coordinator.getByTestId('complete-event').count()).toBe(0);

    // The talent sees their own place and code.
    const talent = await newPage();
    await signIn(talent, 'talent');
    await talent.goto(`${suite.app.url}${eventPath}`);
    await expect.poll(() => talent.getByTestId('my-code').isVisible(), WAIT).toBe(true);
    await shot(talent, '5-talent-event');
    await talent.goto(`${suite.app.url}/alliance/events?view=calendar`);
    await expect.poll(() => talent.getByTestId('event-calendar').isVisible(), WAIT).toBe(true);
    await shot(talent, '6-calendar');

    if (SHOTS) {
      await coordinator.goto(`${suite.app.url}/alliance/participation`);
      await expect.poll(() => coordinator.getByTestId('chart-enterprise').isVisible(), WAIT).toBe(true);
      await shot(coordinator, '7-participation');
    }
    for (const page of [coordinator, hr, talent]) await page.close();
  }, 120_000);
});
