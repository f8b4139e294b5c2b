import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

// Issue 17 item 3: the administrator sees the workflow table the server checks, in zh and en.

describeInBrowser('the workflow table on /admin/workflow, in Chromium', () => {
  const suite = useAppInBrowser();

  it('shows each step with who takes it, from and to which states, and what it needs, in both languages', { timeout: 120_000 }, async () => {
    const admin = await suite.newPage('desktop');
    await suite.signIn(admin, 'admin');
    await admin.goto(`${suite.app.url}/admin/workflow`);
    const approve = admin.locator('tr[data-step="APPROVE"]');
    await expect.poll(() => approve.textContent()).toContain('镇审核人员');
    expect(await approve.locator('[data-requirement]').allTextContents()).toEqual([
      '批准金额不超过政策上限（上限须已配置）；单位申报的政策按配置的激励金额批准',
      '不超过每人享受次数和累计金额限制（如已配置）',
    ]);
    expect(await admin.locator('tr[data-step="DISBURSE"] td').last().textContent()).toBe('资金（发放）');

    await admin.evaluate("localStorage.setItem('yuepu.locale', 'en')");
    await admin.reload();
    await expect.poll(() => admin.locator('tr[data-step="CONFIRM_EMPLOYMENT_FOR_EMPLOYER"]').textContent()).toContain('The enterprise has no HR account on the platform');
    expect(await admin.locator('tr[data-step="START_REVIEW"]').textContent()).toContain('Nothing more');
  });
});
