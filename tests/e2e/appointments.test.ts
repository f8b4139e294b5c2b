import { expect, it } from 'vitest';
import { POLICY } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { laterToday, WINDOW } from '../integration/appointment/helpers.js';

describeInBrowser('appointments at the talent service window in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage, signIn } = suite;

  it('a talent books a window visit from a policy page, sees the slot and queue number; staff call them and mark them served', { timeout: 240_000 }, async (ctx) => {
    // The window opens today's weekday all day in 5-minute slots, so the visit can be today at any hour the suite runs.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    await suite.app.sql('delete from appointment_opening_hours where point_id = ?', [WINDOW]);
    await suite.app.sql('update appointment_service_points set slot_minutes = 5 where id = ?', [WINDOW]);
    await suite.app.sql(`insert into appointment_opening_hours (id, point_id, weekday, opens_at, closes_at, capacity) values (gen_random_uuid(), ?, ?, '00:00', '23:59', 3)`, [WINDOW, weekday]);
    await suite.app.sql('delete from appointment_calendar_days where day = ?', [today]);
    const slot = laterToday(15);
    if (!slot) return ctx.skip();
    const [{ code }] = await suite.app.sql<{ code: string }>('select code from policies where id = ?', [POLICY.housingSubsidy]) as [{ code: string }];

    // ---- the talent, on a phone: policy page → book a window visit → pick today's slot ----
    const talent = await newPage('phone');
    await signIn(talent, 'talent');
    await talent.goto(`${suite.app.url}/policies/${code}`);
    await talent.getByRole('link', { name: '预约窗口办理：人才政策咨询与申请材料递交' }).click();
    await expect.poll(() => talent.getByTestId('book-service').textContent(), { timeout: 15_000 }).toContain('人才政策咨询');
    expect(await talent.getByTestId('book-service').textContent()).toContain('本人身份证原件');
    await talent.locator(`[data-testid="slot"][data-starts-at="${slot}"]`).click();
    const time = new Date(slot).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });
    expect(await talent.getByTestId('chosen-slot').textContent()).toContain(time);
    await talent.getByTestId('confirm-booking').click();
    await expect.poll(() => talent.getByTestId('queue-code').first().textContent(), { timeout: 15_000 }).toBe('A001');
    expect(await talent.getByTestId('appointment-when').first().textContent()).toContain(time);
    expect(await talent.content()).toContain('排队号 A001');
    const ics = await talent.getByTestId('appointment-ics').first().getAttribute('href');
    const file = await talent.evaluate(async (href) => (await fetch(href!)).text(), ics);
    expect(file).toContain('A001');

    // ---- the town reviewer at the desk: call next, then served ----
    const staff = await newPage();
    await signIn(staff, 'reviewer');
    await staff.goto(`${suite.app.url}/appointments/desk`);
    await expect.poll(() => staff.locator('[data-testid="desk-row"][data-queue="A001"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('BOOKED');
    await staff.getByTestId('call-next').click();
    await expect.poll(() => staff.getByTestId('called-notice').textContent(), { timeout: 15_000 }).toContain('A001');
    await expect.poll(() => staff.locator('[data-testid="desk-row"][data-queue="A001"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('CALLED');
    await staff.locator('[data-testid="desk-row"][data-queue="A001"]').getByTestId('mark-served').click();
    await expect.poll(() => staff.locator('[data-testid="desk-row"][data-queue="A001"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('SERVED');

    // The talent sees it served.
    await talent.goto(`${suite.app.url}/appointments`);
    await expect.poll(() => talent.getByTestId('appointment').first().getAttribute('data-status'), { timeout: 15_000 }).toBe('SERVED');
  });
});
