// Forms that guide (issue 14): one error summary at the top of every form, linking to each field,
// with messages that say what to do and that clear once fixed; labels that say required where the
// server refuses without the answer; numbers that are numbers; no second draft; English optional
// for a Chinese-only event.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { POLICY, SAMPLE_LOGINS, SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { describeInBrowser, launchBrowser, newPage } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const WAIT = { timeout: 20_000 };

describeInBrowser('forms that guide, in Chromium', () => {
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

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码').fill(SAMPLE_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('home-greeting').isVisible(), WAIT).toBe(true);
  }

  const summary = (page: Page) => page.getByTestId('form-errors');
  const focusedId = (page: Page) => page.evaluate(() => (globalThis as any).document.activeElement?.id ?? '');
  const focusedSummary = (page: Page) => page.evaluate(() => (globalThis as any).document.activeElement?.hasAttribute('data-error-summary') === true);
  const applicationsOf = async (email: string) =>
    (await app.sql<{ n: string }>('select count(*) as n from applications a join users u on u.id = a.applicant_id where u.email = ?', [email]))[0].n;

  it('on a phone, the sign-in form shows an error summary that links to each empty field, and the errors clear once filled', async () => {
    const page = await newPage(browser, 'phone');
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => summary(page).isVisible(), WAIT).toBe(true);
    expect(await summary(page).textContent()).toContain('有问题需要修改');
    expect(await focusedSummary(page)).toBe(true);
    // Each empty field is named, with what to do, and its link moves focus to it.
    const emailLink = page.getByTestId('error-link-email');
    await expect.poll(() => emailLink.textContent(), WAIT).toContain('邮箱：请填写此项。');
    expect(await page.getByTestId('error-link-password').textContent()).toContain('密码：请填写此项。');
    await emailLink.click();
    expect(await focusedId(page)).toBe('email');
    // Filling the e-mail takes its error away, beside the field and in the summary; the password's stays.
    await page.keyboard.type(SAMPLE_LOGINS.talent);
    await expect.poll(() => page.getByTestId('error-link-email').count()).toBe(0);
    expect(await page.locator('#email-error').count()).toBe(0);
    expect(await page.getByTestId('error-link-password').count()).toBe(1);
    await page.getByLabel('密码').fill(SAMPLE_PASSWORD);
    await expect.poll(() => summary(page).count()).toBe(0);
    await page.close();
  });

  it('a flat application marks 户型 and 入住月份 required as the server does, checks them, and 月租金 takes only numbers (also on the server)', { timeout: 90_000 }, async () => {
    const email = 'talent3@yuepu.example';
    const page = await newPage(browser, 'phone');
    await signIn(page, email);
    await page.goto(`${app.url}/apply/${POLICY.talentApartment}`);
    const layout = page.locator('label[for="answer-layout"]');
    await expect.poll(() => layout.textContent(), WAIT).toContain('*');
    expect(await layout.textContent()).not.toContain('选填');
    expect(await page.locator('label[for="answer-moveInMonth"]').textContent()).not.toContain('选填');
    expect(await page.locator('label[for="answer-householdSize"]').textContent()).toContain('选填');

    await page.getByTestId('save-details').click();
    await expect.poll(() => summary(page).isVisible(), WAIT).toBe(true);
    expect(await focusedSummary(page)).toBe(true);
    expect(await page.getByTestId('error-link-layout').textContent()).toContain('希望的户型：请选择一项');
    expect(await page.getByTestId('error-link-moveInMonth').textContent()).toContain('希望入住的月份：请填写此项');
    expect(await applicationsOf(email)).toBe('0');
    await page.getByTestId('error-link-moveInMonth').click();
    expect(await focusedId(page)).toBe('answer-moveInMonth');
    await page.getByLabel('希望的户型').selectOption('STUDIO');
    await expect.poll(() => page.getByTestId('error-link-layout').count()).toBe(0);
    expect(await page.getByTestId('error-link-moveInMonth').count()).toBe(1);
    // Household size is a number: words are refused before anything is sent.
    await page.getByLabel('入住人数').fill('两个人');
    await page.getByTestId('save-details').click();
    await expect.poll(() => page.getByTestId('error-link-householdSize').textContent(), WAIT).toContain('请只填数字');
    expect(await applicationsOf(email)).toBe('0');
    await page.close();

    // The housing subsidy's monthly rent: an address is refused beside the field...
    const rent = await newPage(browser, 'desktop');
    await signIn(rent, email);
    await rent.goto(`${app.url}/apply/${POLICY.housingSubsidy}`);
    await rent.getByLabel('申请金额（元）').fill('1000', WAIT);
    await rent.getByLabel(/月租金/).fill('上海市宝山区月浦镇 1 号');
    await rent.getByTestId('save-details').click();
    await expect.poll(() => rent.locator('#answer-monthlyRent-error').textContent(), WAIT).toContain('请只填数字');
    await rent.close();
    // ...and by the server too, in words, with nothing stored.
    const client = await app.client();
    await client.signIn(email, SAMPLE_PASSWORD);
    const res = await client.data(
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } errors { field code message } } }`,
      { input: { policyId: POLICY.housingSubsidy, answers: [{ key: 'monthlyRent', value: '上海市宝山区月浦镇 1 号' }] } },
    );
    expect(res.createApplication.application).toBeNull();
    expect(res.createApplication.errors).toEqual([expect.objectContaining({ field: 'input.answers.monthlyRent', code: 'INVALID', message: expect.stringContaining('请只填数字') })]);
    expect(await applicationsOf(email)).toBe('0');
  });

  it('opening 在线申请 again opens the draft already begun instead of a second one', { timeout: 90_000 }, async () => {
    const email = 'talent4@yuepu.example';
    const page = await newPage(browser, 'phone');
    await signIn(page, email);
    await page.goto(`${app.url}/policies/housing-subsidy`);
    await page.getByTestId('apply-online').click(WAIT);
    await page.getByLabel('申请金额（元）').fill('1000', WAIT);
    await page.getByTestId('save-details').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step'), WAIT).toBe('2');
    expect(await applicationsOf(email)).toBe('1');
    const draftId = new URL(page.url()).searchParams.get('application');

    // Back to the policy page within the app (no reload, so the app goes by what it loaded
    // before the draft existed), and 在线申请 again.
    await page.evaluate(() => {
      const doc = (globalThis as any).document;
      const link = doc.createElement('a');
      link.href = '/policies/housing-subsidy';
      doc.body.append(link);
      link.click();
      link.remove();
    });
    await page.getByTestId('apply-online').click(WAIT);
    await expect.poll(() => page.getByTestId('opened-existing').isVisible(), WAIT).toBe(true);
    expect(new URL(page.url()).searchParams.get('application')).toBe(draftId);
    expect(await page.getByLabel('申请金额（元）').inputValue()).toBe('1000');
    await page.getByTestId('save-details').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step'), WAIT).toBe('2');
    expect(await applicationsOf(email)).toBe('1');
    await page.close();
  });

  it('a coordinator posts a Chinese-only event without English, and English readers see the Chinese title', { timeout: 90_000 }, async () => {
    const page = await newPage(browser, 'desktop');
    await signIn(page, SAMPLE_LOGINS.coordinator);
    await page.goto(`${app.url}/alliance/events/new`);
    const titleEn = page.locator('label[for="titleEn"]');
    await expect.poll(() => titleEn.textContent(), WAIT).toContain('选填');
    expect(await page.locator('label[for="descriptionEn"]').textContent()).toContain('选填');
    await page.getByLabel('标题（中文）').fill('仅中文：党史学习分享会');
    await page.getByLabel('介绍（中文）').fill('用中文举办的分享会。');
    await page.getByLabel('座位总数').fill('10');
    await page.getByTestId('save-publish').click();
    await expect.poll(() => page.getByTestId('event-status').textContent(), WAIT).toBe('已发布');
    const rows = await app.sql<{ title_en: string }>("select title_en from alliance_events where title_zh = '仅中文：党史学习分享会'");
    expect(rows).toEqual([{ title_en: '' }]);
    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.locator('h1').textContent(), WAIT).toBe('仅中文：党史学习分享会');
    await page.close();
  });

  it('money follows the language: 500 万元 in Chinese, CNY 5,000,000 in English, rates as percentages (phone)', { timeout: 60_000 }, async () => {
    const page = await newPage(browser, 'phone');
    await page.goto(`${app.url}/financing/products`);
    const card = page.getByTestId('product-card').filter({ hasText: '人才安居贷（示例）' });
    const text = async () => (await card.textContent())!.replace(/\s+/g, ' ');
    await expect.poll(text, WAIT).toContain('20 万元 – 500 万元');
    expect(await text()).toContain('3.1%');
    expect(await text()).not.toContain('¥');
    await page.getByTestId('locale-switch').click();
    const english = page.getByTestId('product-card').filter({ hasText: 'Talent housing loan (sample)' });
    await expect.poll(async () => (await english.textContent())!.replace(/\s+/g, ' '), WAIT).toContain('CNY 200,000 – CNY 5,000,000');
    expect(await english.textContent()).not.toContain('10k yuan');
    await page.close();
  });

  it('the points calculator on a phone keeps the total in sight, pauses on contradicting answers, and its breakdown rows open and close', { timeout: 60_000 }, async () => {
    const page = await newPage(browser, 'phone');
    await page.goto(`${app.url}/points`);
    expect(await page.locator('h1 + p').textContent()).not.toContain('右侧');
    await page.getByLabel('年龄（周岁）').fill('30', WAIT);
    await page.getByLabel('最高学历').selectOption('BACHELOR_WITH_DEGREE');
    const bar = page.getByTestId('points-total-bar');
    await expect.poll(() => bar.textContent(), WAIT).toContain('估算总分 120 / 120');

    // Editing step 2 (the result sits below the form on a phone): the total is on screen.
    await page.getByTestId('points-next').click();
    await page.getByLabel('在本市缴纳社保的累计月数').fill('24');
    await page.getByLabel('在本市缴纳社保的累计月数').scrollIntoViewIfNeeded();
    await expect.poll(() => bar.textContent(), WAIT).toContain('估算总分 126 / 120');
    const inView = await bar.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= (globalThis as any).innerHeight; });
    expect(inView).toBe(true);

    // A base tier that needs 36 months, from someone with 24: the server's words, at the top and beside the tier, and the total says so.
    await page.locator('#pts-tier').selectOption('FROM_0_8_TO_1X');
    await expect.poll(() => page.locator('#pts-tier-error').textContent(), WAIT).toContain('36 个月');
    expect(await summary(page).textContent()).toContain('互相矛盾');
    await expect.poll(() => bar.textContent(), WAIT).toContain('有回答矛盾');
    expect(await bar.textContent()).toContain('估算总分 126 / 120');
    expect(await page.getByTestId('points-paused').isVisible()).toBe(true);
    // Fixed (48 months): the warning goes and the total is back.
    await page.getByLabel('在本市缴纳社保的累计月数').fill('48');
    await expect.poll(() => page.getByTestId('points-paused').count(), WAIT).toBe(0);
    await expect.poll(() => bar.textContent(), WAIT).not.toContain('有回答矛盾');
    expect(await summary(page).count()).toBe(0);

    // Breakdown rows say they open: a chevron button with aria-expanded.
    const toggle = page.getByTestId('points-toggle-AGE');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('points-reason-AGE').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('points-reason-AGE').isVisible()).toBe(true);
    await page.close();
  });

  it('a public policy page shows no internal notes and lists the official source first; an administrator still sees the notes', { timeout: 60_000 }, async () => {
    const visitor = await newPage(browser, 'phone');
    await visitor.goto(`${app.url}/policies/residence-points`);
    const detail = visitor.getByTestId('policy-detail');
    await expect.poll(() => visitor.getByTestId('policy-sources').isVisible(), WAIT).toBe(true);
    const text = (await detail.textContent())!;
    expect(text).not.toContain('POLICY.md');
    expect(text).not.toContain('上线前须');
    const sources = visitor.getByTestId('policy-sources').locator('li');
    expect(await sources.first().textContent()).toContain('政府网站核实');
    expect(await sources.nth(1).textContent()).not.toContain('政府网站核实');
    await visitor.close();

    const admin = await newPage(browser, 'desktop');
    await signIn(admin, SAMPLE_LOGINS.admin);
    await admin.goto(`${app.url}/policies/residence-points`);
    await expect.poll(async () => (await admin.getByTestId('policy-detail').textContent()) ?? '', WAIT).toContain('上线前须');
    await admin.close();
  });

  it('on a phone, /admin/accounts and the English /alliance/participation fit the screen: their tables scroll inside a labelled region a keyboard can focus', { timeout: 90_000 }, async () => {
    const pageWidth = (page: Page) => page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
    const admin = await newPage(browser, 'phone');
    await signIn(admin, SAMPLE_LOGINS.admin);
    await admin.goto(`${app.url}/admin/accounts`);
    const accounts = admin.getByTestId('accounts-scroll');
    await expect.poll(() => accounts.isVisible(), WAIT).toBe(true);
    expect(await pageWidth(admin)).toBeLessThanOrEqual(390);
    expect(await accounts.getAttribute('role')).toBe('region');
    expect(await accounts.getAttribute('aria-label')).toBe('账号列表');
    await accounts.focus();
    expect(await admin.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('data-testid'))).toBe('accounts-scroll');
    // An e-mail address stays on one line (it wrapped one character per line before).
    const cell = admin.getByTestId('accounts').locator('tbody tr td').first();
    const lineHeight = await cell.evaluate((el) => parseFloat((globalThis as any).getComputedStyle(el).lineHeight) || 24);
    expect((await cell.boundingBox())!.height).toBeLessThan(lineHeight * 2.5);
    await admin.close();

    const coordinator = await newPage(browser, 'phone');
    await signIn(coordinator, SAMPLE_LOGINS.coordinator);
    await coordinator.getByTestId('locale-switch').click();
    // The choice is remembered once the English words have loaded: wait for it before leaving the page.
    await expect.poll(() => coordinator.getAttribute('html', 'lang'), WAIT).toBe('en');
    await coordinator.goto(`${app.url}/alliance/participation`);
    const participation = coordinator.getByTestId('participation-scroll');
    await expect.poll(() => participation.isVisible(), WAIT).toBe(true);
    expect(await pageWidth(coordinator)).toBeLessThanOrEqual(390);
    expect(await participation.getAttribute('aria-label')).toBe('Participation by enterprise');
    expect(await participation.getAttribute('tabindex')).toBe('0');
    await coordinator.close();
  });
});
