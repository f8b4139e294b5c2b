import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LIAISONS } from '../../seeds/bank-sample-data.js';
import { ORG, SAMPLE_LOGINS, SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

/** Where screenshots go when SCREENSHOT_DIR is set (for looking at the pages by eye). */
const SHOTS = process.env.SCREENSHOT_DIR;

describeInBrowser('bank partnership in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage } = suite;

  async function signIn(page: Page, email: string, next: string) {
    await page.goto(`${suite.app.url}/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码').fill(SAMPLE_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname === next);
  }

  async function shot(page: Page, name: string) {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  /** A liaison opens the newest request in their inbox, checks what they may see, and makes an offer. */
  async function offer(email: string, amountWan: string, ratePercent: string, expectName: boolean) {
    const page = await newPage();
    await signIn(page, email, '/bank/financing-requests');
    await page.getByTestId('inbox-item').first().click();
    await expect.poll(() => page.getByTestId('fact-APPLICANT_NAME').textContent()).toBe(expectName ? '上海月浦智能装备科技有限公司（示例）' : '未授权');
    // Nobody was given the phone: the bank sees "not shared", never the number.
    expect(await page.getByTestId('fact-CONTACT_PHONE').textContent()).toBe('未授权');
    expect(await page.content()).not.toContain('13955501234');
    await page.getByLabel(/报价金额/).fill(amountWan);
    await page.getByLabel(/年利率/).fill(ratePercent);
    await page.getByLabel(/期限/).fill('24');
    await page.getByLabel(/条件/).fill('按月付息');
    await page.getByTestId('send-answer').click();
    await expect.poll(() => page.getByTestId('answer-sent').isVisible()).toBe(true);
    await shot(page, `bank-inbox-item-${email.split('@')[0]}`);
    await page.close();
  }

  it('an enterprise posts a request, two banks offer, the enterprise compares and accepts one', async () => {
    const hr = await newPage();
    await signIn(hr, SAMPLE_LOGINS.hr, '/financing/requests/new');
    await hr.getByLabel(/^金额/).fill('300');
    await hr.getByLabel(/^期限/).fill('24');
    await hr.getByLabel(/用途/).fill('购置检测设备（浏览器测试）');
    await hr.getByLabel('联系电话（手机）').fill('13955501234');
    await hr.getByLabel('上年营业收入（万元）').fill('8600');

    // The four branches with a fitting tech-credit product appear, each with its own consent.
    const bank1 = hr.getByTestId(`consent-${ORG.banks[0]}`);
    const bank2 = hr.getByTestId(`consent-${ORG.banks[1]}`);
    await expect.poll(() => hr.getByTestId('consents').locator('fieldset').count()).toBe(4);
    await bank1.getByLabel('申请人名称').check();
    await bank1.getByLabel('上年营业收入').check();
    await bank2.getByLabel('上年营业收入').check();
    await shot(hr, 'bank-request-form');
    await hr.getByTestId('submit-request').click();
    await hr.waitForURL(/\/financing\/requests\/[0-9a-f-]{36}$/);
    const requestId = hr.url().split('/').pop()!;

    await offer(LIAISONS[0].email, '300', '3.45', true);
    await offer(LIAISONS[1].email, '280', '3.6', false);

    await hr.reload();
    const offers = hr.getByTestId('offers');
    await expect.poll(() => offers.textContent()).toContain('300 万元');
    expect(await offers.textContent()).toContain('280 万元');
    expect(await offers.textContent()).toContain('3.45%');
    expect(await offers.textContent()).toContain('3.6%');
    expect(await hr.getByTestId(`route-status-${ORG.banks[0]}`).textContent()).toBe('已报价');
    expect(await hr.getByTestId(`route-status-${ORG.banks[2]}`).textContent()).toBe('待答复');
    await shot(hr, 'bank-offers-side-by-side');

    await hr.getByTestId(`accept-offer-${ORG.banks[0]}`).click();
    await hr.getByTestId(`confirm-accept-${ORG.banks[0]}`).click();
    await expect.poll(() => hr.getByTestId('request-status').textContent()).toBe('已选定银行');
    // The offers refetch after the accept: every other bank now reads "not chosen".
    await expect.poll(() => hr.getByTestId(`route-status-${ORG.banks[0]}`).textContent()).toBe('已接受');
    expect(await hr.getByTestId(`route-status-${ORG.banks[1]}`).textContent()).toBe('未选中');
    expect(await hr.getByTestId('accepted-contacts').textContent()).toContain('孙悦');
    await shot(hr, 'bank-offer-accepted');

    const routes = await suite.app.sql<{ branch_id: string; status: string }>('select branch_id, status from financing_routes where request_id = ? order by status', [requestId]);
    expect(Object.fromEntries(routes.map((r) => [r.branch_id, r.status]))).toEqual({
      [ORG.banks[0]]: 'ACCEPTED', [ORG.banks[1]]: 'NOT_SELECTED', [ORG.banks[2]]: 'NOT_SELECTED', [ORG.banks[5]]: 'NOT_SELECTED',
    });
    // The bank not chosen was told.
    const told = await suite.app.sql<{ kind: string }>(`select kind from notifications where recipient_id = ? and kind = 'bank.offer.not_selected'`, [LIAISONS[1].id]);
    expect(told.length).toBeGreaterThan(0);
    await hr.close();
  });

  it('shows the town its scorecard as a chart and a table, in English too', async () => {
    const page = await newPage();
    await signIn(page, SAMPLE_LOGINS.reviewer, '/financing/scorecard');
    await page.getByLabel('起始月份').fill('2026-09');
    await page.getByLabel('结束月份').fill('2026-11');
    await expect.poll(() => page.getByTestId('scorecard-chart').locator('[data-testid="bar"]').count()).toBeGreaterThan(5);
    // The totals use the branches' measures (September: 6 requests reached branches, all answered) and say how many requests those were.
    const september = page.getByTestId('scorecard-table').locator('tr.total').first();
    expect((await september.locator('td').allTextContents()).slice(0, 5)).toEqual(['2026-09', '全部支行（2 笔需求）', '6', '6', '7']);
    // October's two offers are on requests still open: shown apart, and no acceptance rate yet.
    const october = await page.getByTestId('scorecard-table').locator('tr.total').nth(1).locator('td').allTextContents();
    expect(october.slice(7)).toEqual(['2', '2', '0', '—']);
    expect(await page.getByText('每项都按需求送达支行的月份').count()).toBe(1);
    // Branches without figures are named once, not marked "无数据" row by row.
    expect(await page.getByTestId('scorecard-chart').locator('text').filter({ hasText: '无数据' }).count()).toBe(0);
    // Months with nothing at all: one empty state instead of a chart.
    await page.getByLabel('起始月份').fill('2020-01');
    await page.getByLabel('结束月份').fill('2020-02');
    await expect.poll(() => page.getByTestId('scorecard-empty').count()).toBe(1);
    expect(await page.getByTestId('scorecard-chart').count()).toBe(0);
    expect(await page.getByTestId('scorecard-table').count()).toBe(0);
    expect(await page.getByText('—').count()).toBe(0);
    await page.getByLabel('起始月份').fill('2026-09');
    await page.getByLabel('结束月份').fill('2026-11');
    await expect.poll(() => page.getByTestId('scorecard-chart').locator('[data-testid="bar"]').count()).toBeGreaterThan(5);
    await shot(page, 'bank-scorecard');
    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.getByTestId('scorecard-table').textContent()).toContain('All branches (2 requests)');
    await page.close();
  });

  it('lets a visitor filter products and compare two side by side', async () => {
    const page = await newPage('phone');
    await page.goto(`${suite.app.url}/financing/products`);
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(12);
    await page.getByLabel('产品类型').selectOption('TECH_ENTERPRISE_CREDIT');
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(4);
    await page.getByTestId('product-card').nth(0).getByLabel('加入对比').check();
    await page.getByTestId('product-card').nth(1).getByLabel('加入对比').check();
    await expect.poll(() => page.getByTestId('comparison').locator('thead th').count()).toBe(3);
    await shot(page, 'bank-products-phone');
    await page.close();
  });
});
