import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

/** A folder to write screenshots to (desktop and phone) while the test runs; none by default. */
const SHOTS = process.env.ALLIANCE_SCREENSHOTS;
/** Pages load over real HTTP: give a busy machine time. */
const WAIT = { timeout: 15_000 };

describeInBrowser('cadre exchange and alliance members in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage, signIn } = suite;

  const shot = async (page: Page, name: string) => {
    if (!SHOTS) return;
    await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  it('a coordinator creates a cohort, HR nominates, the coordinator selects within the places, the selected talent sees it and its schedule', async () => {
    const coordinator = await newPage();
    await signIn(coordinator, 'coordinator');
    await coordinator.getByRole('link', { name: '干部培养交流' }).first().click();
    await coordinator.getByTestId('new-cohort').click();
    await coordinator.getByLabel('年度').fill('2027');
    await coordinator.getByLabel('名额').fill('1');
    await coordinator.getByLabel('主题（中文）').fill('浏览器测试：新材料产业与基层治理');
    await coordinator.getByLabel('主题（英文）').fill('Browser test: new materials and local governance');
    await coordinator.getByLabel('开始日期').fill('2027-03-01');
    await coordinator.getByLabel('结束日期').fill('2027-06-30');
    await shot(coordinator, 'cadre-1-new-cohort');
    await coordinator.getByTestId('create-cohort').click();
    await expect.poll(() => coordinator.getByTestId('cohort-theme').textContent(), WAIT).toBe('浏览器测试：新材料产业与基层治理');
    const cohortPath = new URL(coordinator.url()).pathname;
    expect(cohortPath).toMatch(/^\/alliance\/cadre\/[0-9a-f-]{36}$/);
    await expect.poll(() => coordinator.getByTestId('cohort-places').textContent(), WAIT).toBe('已入选 0 / 1');

    // HR nominate two of their staff.
    const hr = await newPage();
    await signIn(hr, 'hr');
    await hr.getByRole('link', { name: '干部培养交流' }).first().click();
    await hr.getByRole('link', { name: '浏览器测试：新材料产业与基层治理' }).click();
    for (const [name, reason] of [['王晓月', '研发骨干，带过项目团队'], ['刘博', '']] as const) {
      await expect.poll(() => hr.getByLabel('员工', { exact: true }).isEnabled(), WAIT).toBe(true);
      await hr.getByLabel('员工', { exact: true }).selectOption({ label: name });
      await hr.getByLabel('推荐理由（选填）').fill(reason);
      await hr.getByTestId('submit-nomination').click();
      await expect.poll(() => hr.getByTestId('nominee').allTextContents(), WAIT).toContain(name);
    }
    await expect.poll(() => hr.getByTestId('nominate-form').isVisible(), WAIT).toBe(false);
    await shot(hr, 'cadre-2-hr-nominated');

    // The coordinator selects one; the place is then taken, so the other cannot be selected.
    await coordinator.reload();
    await expect.poll(() => coordinator.getByTestId('nomination').count(), WAIT).toBe(2);
    const row = (name: string) => coordinator.getByTestId('nomination').filter({ hasText: name });
    await row('王晓月').getByTestId('select-nominee').click();
    await expect.poll(() => row('王晓月').getByTestId('nomination-status').textContent(), WAIT).toBe('已入选');
    await expect.poll(() => coordinator.getByTestId('cohort-places').textContent(), WAIT).toBe('已入选 1 / 1');
    expect(await row('刘博').getByTestId('select-nominee').isDisabled()).toBe(true);
    await row('刘博').getByTestId('reject-nominee').click();
    await expect.poll(() => row('刘博').getByTestId('nomination-status').textContent(), WAIT).toBe('未入选');

    // A session of the cohort, starting in three days.
    await coordinator.getByTestId('add-session').click();
    await expect.poll(() => coordinator.getByLabel(/干部培养交流批次/).inputValue(), WAIT).toBe(cohortPath.split('/').pop());
    await coordinator.getByLabel('标题（中文）').fill('浏览器测试：材料学院第一课');
    await coordinator.getByLabel('标题（英文）').fill('Browser test: first session at the School of Materials');
    await coordinator.getByLabel('介绍（中文）').fill('上海大学材料科学与工程学院专题课程。');
    await coordinator.getByLabel('介绍（英文）').fill('A session at Shanghai University.');
    const local = (offsetMs: number) => new Date(Date.now() + offsetMs + 8 * 3600_000).toISOString().slice(0, 16);
    const day = 86_400_000;
    await coordinator.getByLabel('开始时间').fill(local(3 * day));
    await coordinator.getByLabel('结束时间').fill(local(3 * day + 3 * 3600_000));
    await coordinator.getByLabel('报名开始').fill(local(-3600_000));
    await coordinator.getByLabel('报名截止').fill(local(2 * day));
    await coordinator.getByLabel('座位总数').fill('5');
    await coordinator.getByTestId('save-publish').click();
    await expect.poll(() => coordinator.getByTestId('event-status').textContent(), WAIT).toBe('已发布');
    await coordinator.goto(`${suite.app.url}${cohortPath}`);
    await expect.poll(() => coordinator.getByTestId('cohort-schedule').textContent(), WAIT).toContain('浏览器测试：材料学院第一课');
    await shot(coordinator, 'cadre-3-coordinator-cohort');

    // The selected talent sees where they stand and the schedule, and registers for the session.
    const talent = await newPage();
    await signIn(talent, 'talent');
    await talent.goto(`${suite.app.url}/alliance/cadre`);
    const mine = talent.getByTestId('my-nomination').filter({ hasText: '浏览器测试：新材料产业与基层治理' });
    await expect.poll(() => mine.getByTestId('my-nomination-status').textContent(), WAIT).toBe('已入选');
    await expect.poll(() => mine.getByTestId('my-schedule').textContent(), WAIT).toContain('浏览器测试：材料学院第一课');
    await shot(talent, 'cadre-4-talent-schedule');
    await mine.getByRole('link', { name: '浏览器测试：材料学院第一课' }).click();
    await talent.getByTestId('register').click();
    await expect.poll(() => talent.getByTestId('my-code').isVisible(), WAIT).toBe(true);

    // Not before the cohort has started: the refusal shows on the row, and nothing is recorded.
    await row('王晓月').getByTestId('record-completion').click();
    await expect.poll(() => row('王晓月').getByTestId('completion-error').textContent(), WAIT).toBe('本批次 2027-03-01 开始，开始后才能记录结业。');
    expect(await coordinator.getByTestId('form-errors').textContent()).toContain('本批次 2027-03-01 开始');
    expect(await row('王晓月').textContent()).not.toMatch(/已于 .* 结业/);

    // Completion is recorded by the coordinator once the cohort has begun, and shown to the talent.
    await suite.app.sql(`update alliance_cadre_cohorts set starts_on = '2026-03-01' where id = ?`, [cohortPath.split('/').pop()]);
    await row('王晓月').getByTestId('record-completion').click();
    await expect.poll(() => row('王晓月').textContent(), WAIT).toMatch(/已于 .* 结业/);
    await talent.goto(`${suite.app.url}${cohortPath}`);
    await expect.poll(() => talent.getByTestId('my-cohort-place').textContent(), WAIT).toMatch(/已入选.*已于 .* 结业/);
    await expect.poll(() => talent.getByTestId('cohort-schedule').textContent(), WAIT).toContain('已报名');
    await shot(talent, 'cadre-5-talent-cohort');
    for (const page of [coordinator, hr, talent]) await page.close();
  }, 180_000);

  it('shows members and the convener; a coordinator sets a year\'s convener and HR edit their own profile', async () => {
    const visitor = await newPage();
    await visitor.goto(`${suite.app.url}/alliance/events`);
    await visitor.getByTestId('to-members').click();
    await expect.poll(() => visitor.getByTestId('member').count(), WAIT).toBe(12);
    await expect.poll(() => visitor.getByTestId('current-convener').textContent(), WAIT).toMatch(/\d{4} 年轮值召集人/);
    expect(await visitor.getByTestId('edit-member').count()).toBe(0);
    await shot(visitor, 'members-1-visitor');

    const coordinator = await newPage();
    await signIn(coordinator, 'coordinator');
    await coordinator.getByRole('link', { name: '联盟成员' }).first().click();
    await expect.poll(() => coordinator.getByTestId('edit-member').count(), WAIT).toBe(12);
    await coordinator.getByLabel('年份').fill('2031');
    const second = (await coordinator.getByLabel('召集企业').locator('option').nth(2).textContent())!;
    await coordinator.getByLabel('召集企业').selectOption({ index: 2 });
    await coordinator.getByLabel(/备注/).fill('浏览器测试');
    await coordinator.getByTestId('save-convener').click();
    await expect.poll(() => coordinator.getByTestId('convener-notice').textContent(), WAIT).toContain('2031');
    await expect.poll(() => coordinator.getByTestId('convener-history').locator('tr').nth(1).textContent(), WAIT).toContain(second.trim());
    await shot(coordinator, 'members-2-coordinator');

    const hr = await newPage();
    await signIn(hr, 'hr');
    await hr.getByRole('link', { name: '联盟成员' }).first().click();
    await expect.poll(() => hr.getByTestId('edit-member').count(), WAIT).toBe(1);
    await hr.getByTestId('edit-member').click();
    await expect.poll(() => hr.getByLabel('所属领域（中文）').inputValue(), WAIT).not.toBe('');
    await hr.getByLabel('所属领域（中文）').fill('智能装备与工业机器人');
    await hr.getByLabel('所属领域（英文）').fill('Intelligent equipment and industrial robots');
    await hr.getByLabel('企业规模').selectOption('LARGE');
    await hr.getByLabel('联系邮箱').fill('not-an-email');
    await hr.getByTestId('save-profile').click();
    await expect.poll(() => hr.locator('#contactEmail-error').isVisible(), WAIT).toBe(true);
    await hr.getByLabel('联系邮箱').fill('contact@enterprise.example');
    await hr.getByTestId('save-profile').click();
    await expect.poll(() => hr.getByTestId('profile-notice').isVisible(), WAIT).toBe(true);
    await shot(hr, 'members-3-hr-profile');
    await hr.goto(`${suite.app.url}/alliance/members`);
    await expect.poll(() => hr.getByTestId('member-field').allTextContents(), WAIT).toContain('智能装备与工业机器人');
    for (const page of [visitor, coordinator, hr]) await page.close();
  }, 120_000);
});
