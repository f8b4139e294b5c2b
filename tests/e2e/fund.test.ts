import { expect, it } from 'vitest';
import { formatMoneyFenExact } from '../../web/src/lib/format/intl.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

describeInBrowser('the community charity fund in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage, signIn } = suite;

  it('a worker applies for a grant, two staff approve it, it is paid in two tranches, and the public page shows it', { timeout: 240_000 }, async () => {
    const title = '庆安四村长者食堂适老化改造';
    // The project the grant is for: the worker's need, claimed by sample enterprise 1 (through the API; the community browser test covers those pages).
    const dueOn = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    const posted = (await (await suite.app.client('community')).data(`mutation($input: PostCommunityNeedInput!) { postCommunityNeed(input: $input) { need { id resources { id } } } }`, {
      input: { title, description: '加装扶手、防滑地面', category: 'ELDERLY_CARE', peopleServed: 80, dueOn, isPublic: true, resources: [{ kind: 'VOLUNTEERS', quantity: 1 }] },
    })).postCommunityNeed.need;
    await (await suite.app.client('hr')).data(`mutation($input: ClaimCommunityNeedInput!) { claimCommunityNeed(input: $input) { errors { code } } }`, {
      input: { needId: posted.id, lines: [{ resourceId: posted.resources[0].id, quantity: 1 }] },
    });

    // ---- the community worker applies, on a phone ----
    const worker = await newPage('phone');
    await signIn(worker, 'community');
    await worker.goto(`${suite.app.url}/fund/grants`);
    await expect.poll(() => worker.getByLabel('社区项目').locator('option').allTextContents(), { timeout: 15_000 }).toContain(title);
    await worker.getByLabel('社区项目').selectOption({ label: title });
    await worker.getByLabel('申请金额（元）').fill('8,000');
    await worker.getByLabel('用途说明（公开）').fill('扶手 40 米、防滑地砖 60 平方米及施工');
    await worker.getByRole('button', { name: '提交申请' }).click();
    const workerCard = worker.getByTestId('fund-grant').filter({ hasText: title });
    await expect.poll(() => workerCard.getByTestId('fund-grant-status').textContent(), { timeout: 15_000 }).toBe('待审批');
    expect(await workerCard.getByRole('button', { name: '批准' }).count()).toBe(0);

    // ---- two different members of the town office approve, on a desktop ----
    for (const who of ['coordinator', 'reviewer'] as const) {
      const staff = await newPage();
      await signIn(staff, who);
      await staff.goto(`${suite.app.url}/fund/grants`);
      const card = staff.getByTestId('fund-grant').filter({ hasText: title });
      await card.getByRole('button', { name: '批准', exact: true }).click();
      await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain(who === 'coordinator' ? '批准 1/2' : '已批准');
      if (who === 'coordinator') expect(await card.getByRole('button', { name: '批准', exact: true }).count()).toBe(0);
      await staff.close();
    }

    // ---- the coordinator pays it in two tranches ----
    const coordinator = await newPage('phone');
    await signIn(coordinator, 'coordinator');
    await coordinator.goto(`${suite.app.url}/fund/grants`);
    const card = coordinator.getByTestId('fund-grant').filter({ hasText: title });
    await expect.poll(() => card.getByTestId('fund-grant-committed').textContent(), { timeout: 15_000 }).toContain('8,000 元');
    for (const [amount, paid] of [['5000', '5,000 元'], ['3000.00', '8,000 元']] as const) {
      await card.getByLabel('本期金额（元）').fill(amount);
      await card.getByLabel('银行流水号').fill(`TX-${amount}`);
      await card.getByRole('button', { name: '拨付', exact: true }).click();
      await expect.poll(() => card.getByTestId('fund-grant-paid').textContent(), { timeout: 15_000 }).toContain(paid);
    }
    // Paid in full: no more payments offered.
    expect(await card.getByRole('button', { name: '拨付', exact: true }).count()).toBe(0);

    // ---- a visitor sees it on the transparency page, without signing in ----
    const visitor = await newPage('phone');
    await visitor.goto(`${suite.app.url}/fund`);
    const publicCard = visitor.getByTestId('fund-grant').filter({ hasText: title });
    await expect.poll(() => publicCard.getByTestId('fund-grant-paid').textContent(), { timeout: 15_000 }).toContain('8,000 元');
    const tranches = await publicCard.getByTestId('fund-grant-tranches').textContent();
    expect(tranches).toContain('第 1 期');
    expect(tranches).toContain('5,000 元');
    expect(tranches).toContain('第 2 期');
    expect(tranches).toContain('3,000 元');
    expect(tranches).not.toContain('TX-');
    // The page's totals are the ledger's, to the fen (never rounded to 万元).
    const fund = (await (await suite.app.client()).data(`{ charityFund { paidFen raisedFen } }`)).charityFund;
    expect(fund.paidFen).toBe(800_000);
    expect((await visitor.getByTestId('fund-paid').textContent())?.trim()).toBe('8,000 元');
    expect((await visitor.getByTestId('fund-raised').textContent())?.trim()).toBe(formatMoneyFenExact(fund.raisedFen, 'zh-CN'));
    // On the phone the area and ledger tables scroll inside labelled regions; the page stays the screen's width.
    expect(await visitor.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await visitor.getByRole('region', { name: '基金账目' }).locator('[data-testid="fund-ledger"]').count()).toBe(1);
    // Donors who did not agree to be named are not on the page.
    expect(await visitor.getByTestId('fund-donors').textContent()).not.toContain('示例捐赠人');
    // In English the same money reads with the currency code.
    const english = await newPage();
    await english.goto(`${suite.app.url}/fund`);
    await english.getByTestId('locale-switch').click();
    await expect.poll(() => english.getByTestId('fund-paid').textContent(), { timeout: 15_000 }).toMatch(/^\s*CNY\s8,000\s*$/);
  });
});
