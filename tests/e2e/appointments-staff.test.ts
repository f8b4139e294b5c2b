import { expect, it } from 'vitest';
import { USER } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { at, nextPlainDay, WINDOW, WINDOW_SERVICE } from '../integration/appointment/helpers.js';

describeInBrowser('appointments for staff and the service points, in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage, signIn } = suite;

  const WAIT = { timeout: 15_000 };

  it('HR books a window visit for a member of staff and moves it to another slot', { timeout: 180_000 }, async () => {
    const day = await nextPlainDay(suite.app, 0, 2);
    const page = await newPage('phone');
    await signIn(page, 'hr');
    await page.goto(`${suite.app.url}/appointments/book/${WINDOW_SERVICE}`);
    await expect.poll(() => page.locator(`[data-testid="slot"][data-starts-at="${at(day, '10:00')}"]`).count(), WAIT).toBe(1);
    await page.locator(`[data-testid="slot"][data-starts-at="${at(day, '10:00')}"]`).click();
    // No one chosen yet: nothing to confirm.
    expect(await page.getByTestId('confirm-booking').isDisabled()).toBe(true);
    await page.getByTestId('book-for').selectOption({ label: '王晓月' });
    await page.getByTestId('confirm-booking').click();
    await expect.poll(() => page.getByTestId('appointment-person').first().textContent(), WAIT).toContain('王晓月');
    expect(await suite.app.sql(`select person_id from appointments where status = 'BOOKED' and booked_by_id = ?`, [USER.hr])).toEqual([{ person_id: USER.talent }]);

    await page.getByTestId('appointment-reschedule').first().click();
    await expect.poll(() => page.locator(`[data-testid="slot"][data-starts-at="${at(day, '10:30')}"]`).count(), WAIT).toBe(1);
    await page.locator(`[data-testid="slot"][data-starts-at="${at(day, '10:30')}"]`).click();
    await page.getByTestId('confirm-booking').click();
    await expect.poll(() => page.getByTestId('appointment-when').first().textContent(), WAIT).toContain('10:30');
    const rows = await suite.app.sql<{ starts_at: Date; person_id: string }>(`select starts_at, person_id from appointments where status = 'BOOKED' and booked_by_id = ?`, [USER.hr]);
    expect(rows.map((r) => [new Date(r.starts_at).toISOString(), r.person_id])).toEqual([[at(day, '10:30'), USER.talent]]);
  });

  it('an administrator changes a point\'s places per slot and closes it for a day, and adds a day to next year\'s holidays; all hold after a reload', { timeout: 180_000 }, async () => {
    const closed = await nextPlainDay(suite.app, 0, 5);
    const page = await newPage('desktop');
    await signIn(page, 'admin');
    await page.getByRole('link', { name: '预约网点与节假日' }).first().click();
    await expect.poll(() => page.getByTestId('admin-point').inputValue(), WAIT).toBe(WINDOW);
    const capacity = page.getByTestId('hours-row').first().getByLabel('每时段人数');
    await capacity.fill('4');
    await page.getByTestId('save-hours').click();
    await expect.poll(async () => (await page.getByTestId('hours-errors').allTextContents()).join() || (await page.getByTestId('hours-saved').allTextContents()).join(), WAIT).toBe('已保存。');

    await page.getByTestId('closure-day').fill(closed);
    await page.getByTestId('closure-reason').fill('设备检修');
    await page.getByRole('button', { name: '登记停办' }).click();
    await expect.poll(() => page.getByTestId('closure').allTextContents(), WAIT).toContain(`${closed} · 设备检修`);

    await page.reload();
    await expect.poll(() => page.getByTestId('closure').allTextContents(), WAIT).toContain(`${closed} · 设备检修`);
    expect(await page.getByTestId('hours-row').first().getByLabel('每时段人数').inputValue()).toBe('4');
    expect(await suite.app.sql(`select count(*)::int as n from appointment_opening_hours where point_id = ? and capacity = 4`, [WINDOW])).toEqual([{ n: 1 }]);
    // Next year's holiday list gains a day (saving replaces the year's list as a whole).
    const next = String(Number(closed.slice(0, 4)) + 1);
    await page.getByTestId('calendar-year').selectOption(next);
    await expect.poll(() => page.getByTestId('save-calendar').textContent(), WAIT).toContain(next);
    const before = await suite.app.sql<{ n: number }>(`select count(*)::int as n from appointment_calendar_days where extract(year from day) = ?`, [Number(next)]);
    await page.getByRole('button', { name: '添加一天' }).click();
    const row = page.getByTestId('calendar-row').last();
    await row.getByLabel('日期').fill(`${next}-12-31`);
    await row.getByLabel('名称（中文）').fill('测试假日');
    await row.getByLabel('名称（英文）').fill('Test holiday');
    await page.getByTestId('save-calendar').click();
    await expect.poll(async () => (await page.getByTestId('calendar-errors').allTextContents()).join() || (await page.getByTestId('calendar-saved').allTextContents()).join(), WAIT).toBe('已保存。');
    expect(await suite.app.sql(`select count(*)::int as n from appointment_calendar_days where extract(year from day) = ?`, [Number(next)])).toEqual([{ n: before[0].n + 1 }]);
    expect(await suite.app.sql(`select kind, name_zh from appointment_calendar_days where day = ?`, [`${next}-12-31`])).toEqual([{ kind: 'HOLIDAY', name_zh: '测试假日' }]);
    // No slot is offered on the closed day.
    const slots = await (await suite.app.client()).data(`query($s: UUID!, $d: LocalDate!) { appointmentSlots(serviceId: $s, from: $d, to: $d) { startsAt } }`, { s: WINDOW_SERVICE, d: closed });
    expect(slots.appointmentSlots).toEqual([]);
  });
});
