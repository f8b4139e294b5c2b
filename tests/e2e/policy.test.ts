import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

/** A busy machine can take seconds for a sign-in or a first estimate: wait up to 15 s, not the default 1 s. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

const total = (page: Page) => page.getByTestId('points-total').textContent();
const barPoints = (page: Page, indicator: string) => page.getByTestId(`points-bar-${indicator}`).getAttribute('data-points');

describeInBrowser('policy pages in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage } = suite;

  it('a visitor computes points step by step, changes one answer, sees the breakdown update, and shares the result', async () => {
    const page = await newPage();
    await page.goto(`${suite.app.url}/points`);
    await page.getByLabel('年龄（周岁）').fill('30');
    await page.getByLabel('最高学历').selectOption('BACHELOR_WITH_DEGREE');
    await poll(() => total(page)).toBe('120');
    expect(await barPoints(page, 'AGE')).toBe('30');
    expect(await barPoints(page, 'EDUCATION')).toBe('90');
    expect(await page.getByTestId('points-meets').textContent()).toContain('已达到标准分值');
    expect(await page.getByTestId('points-rule-version').textContent()).toContain('沪府规〔2022〕21号');
    expect(await page.getByTestId('points-note').textContent()).toContain('以上海市居住证积分管理信息系统的分值');

    // One answer changes: the bar and the total follow, and the address keeps the answers.
    await page.getByLabel('最高学历').selectOption('MASTER');
    await poll(() => barPoints(page, 'EDUCATION')).toBe('100');
    expect(await total(page)).toBe('130');
    expect(page.url()).toContain('education=MASTER');

    // Step 2 of the form adds social insurance: a new bar appears.
    await page.getByTestId('points-next').click();
    await page.getByLabel('在本市缴纳社保的累计月数').fill('24');
    await poll(() => barPoints(page, 'SOCIAL_INSURANCE_YEARS')).toBe('6');
    expect(await total(page)).toBe('136');

    // What-if: two more years of social insurance would add 6.
    await poll(() => page.getByTestId('what-ifs').textContent()).toContain('+6 分，共 142 分');
    await page.getByTestId('what-if-twoYears').click();
    await poll(() => total(page)).toBe('142');

    // For a person to look at (not compared): the calculator as a visitor sees it.
    await page.screenshot({ path: path.join(os.tmpdir(), 'yuepu-points-calculator.png'), fullPage: true });

    // The address reproduces the result on a fresh page.
    const shared = page.url();
    const other = await newPage('phone');
    await other.goto(shared);
    await poll(() => total(other)).toBe('142');
    await other.close();
    await page.close();
  });

  it('shows a bad answer beside its field instead of a number', async () => {
    const page = await newPage();
    await page.goto(`${suite.app.url}/points?age=30`);
    await poll(() => total(page)).toBe('30');
    await page.getByLabel('年龄（周岁）').fill('17');
    await poll(() => page.locator('#pts-age-error').textContent()).toBe('年龄须在 18 至 70 之间');
    expect(await page.getByLabel('年龄（周岁）').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('a base tier the months of social insurance cannot support is refused beside the tier, and its points are not added', async () => {
    const page = await newPage();
    await page.goto(`${suite.app.url}/points?age=30&socialInsuranceMonths=12`);
    await poll(() => total(page)).toBe('33');
    await page.getByTestId('points-next').click();
    await page.getByTestId('pts-tier').selectOption('FROM_1_TO_2X');
    await poll(() => page.locator('#pts-tier-error').textContent()).toContain('互相矛盾');
    expect(await page.locator('#pts-tier-error').textContent()).toContain('近 4 年内累计 36 个月');
    expect(await page.locator('#pts-tier-error').textContent()).toContain('只有 12 个月');
    expect(await total(page)).toBe('33');
    // With the months the tier needs, the message goes and the tier scores.
    await page.getByLabel('在本市缴纳社保的累计月数').fill('36');
    await poll(() => barPoints(page, 'SOCIAL_INSURANCE_BASE_TIER')).toBe('50');
    expect(await page.locator('#pts-tier-error').count()).toBe(0);
    await page.close();
  });

  it('a visitor finds a policy by part of its name and opens the eligibility check from its page', async () => {
    const page = await newPage();
    await page.goto(`${suite.app.url}/policies`);
    await page.getByTestId('policy-search').fill('人才公寓');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await poll(() => page.getByTestId('policy-list').locator('article').first().getAttribute('data-testid')).toBe('policy-card-talent-apartment');
    await page.getByRole('link', { name: '宝山区人才公寓租金补贴（先租后补）' }).click();

    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('宝山区人才公寓租金补贴（先租后补）');
    expect(await page.getByTestId('benefit-OTHER_CAP').textContent()).toContain('1,000');
    expect(await page.getByTestId('policy-sources').textContent()).toContain('newhan.cn');
    // Its document's own effective date is not known: the page says so instead of the catalogue's date.
    expect((await page.getByTestId('policy-effective-date').textContent())?.trim()).toBe('未核实');
    // Conditions are lists: the employer's and the individual's, with the "one of" alternatives nested.
    const conditions = page.getByTestId('policy-conditions');
    expect(await conditions.locator('.condition-heading').allTextContents()).toEqual(['单位', '个人']);
    expect(await conditions.locator('ul ul').first().locator('li').count()).toBe(4);
    expect(await conditions.locator('ul > li').first().textContent()).toContain('工商、税务登记在宝山区');
    await page.getByTestId('open-eligibility-check').click();

    await poll(() => page.getByTestId('eligibility-form').isVisible()).toBe(true);
    await page.getByTestId('fact-employerRegisteredInBaoshan').getByLabel('是').check();
    await page.getByTestId('fact-ownsHomeInBaoshanOrNearby').getByLabel('否').check();
    await page.getByLabel('劳动合同期限（月）').fill('6');
    await page.getByLabel('最高学历').selectOption('MASTER');
    await page.getByTestId('run-check').click();

    await poll(() => page.getByTestId('eligibility-verdict').textContent()).toBe('暂不符合条件');
    const contract = page.getByTestId('criterion-CONTRACT_ONE_YEAR');
    expect(await contract.getAttribute('data-status')).toBe('NOT_MET');
    expect(await contract.textContent()).toContain('劳动合同期限 6 个月，须不少于 12 个月');
    expect(await contract.textContent()).toContain('宝山区人才公寓管理暂行办法');
    expect(await page.getByTestId('criterion-TALENT_LEVEL').getAttribute('data-status')).toBe('MET');
    expect(await page.getByTestId('criterion-EMPLOYER_CONDITIONS').getAttribute('data-status')).toBe('UNKNOWN');
    expect(await page.getByTestId('eligibility-note').textContent()).toContain('初步判断');
    await page.close();
  });

  it('the home page\'s cards open their pages; a policy with a known date shows that date', async () => {
    const page = await newPage('phone');
    await page.goto(`${suite.app.url}/`);
    const cards = page.getByTestId('home-visitor-cards').getByRole('link');
    await poll(() => cards.count()).toBe(4);
    expect(await Promise.all((await cards.all()).map((c) => c.getAttribute('href')))).toEqual(['/policies', '/alliance/events', '/financing/products', '/sign-up']);
    await cards.first().click();
    await poll(() => page.getByTestId('policy-list').locator('article').count()).toBeGreaterThan(5);
    await page.goto(`${suite.app.url}/policies/residence-points`);
    await poll(() => page.getByTestId('policy-effective-date').textContent()).toContain('2023年1月1日 起，至 2027年12月31日');
    await page.close();
  });

  it('a signed-in talent saves calculator answers and loads them again later', async () => {
    const page = await newPage();
    await page.goto(`${suite.app.url}/sign-in?next=${encodeURIComponent('/points?age=28&education=MASTER')}`);
    await page.getByLabel('邮箱').fill('talent@yuepu.example');
    await page.getByLabel('密码').fill('Yuepu-2026-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await poll(() => total(page)).toBe('130');
    await page.getByTestId('points-save').click();
    await poll(() => page.getByText('已保存到您的档案。').isVisible()).toBe(true);

    await page.goto(`${suite.app.url}/points`);
    await page.getByRole('button', { name: '载入我保存的答案' }).click();
    await poll(() => total(page)).toBe('130');
    await page.close();
  });
});
