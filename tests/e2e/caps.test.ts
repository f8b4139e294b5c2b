import { expect, it } from 'vitest';
import { POLICY, RULE_SET } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { configureCap } from '../integration/application/helpers.js';
import { shanghaiToday } from '../../api/src/core/time/shanghai.js';

// Issue 17 items 2 and 4: an uncapped money policy shows 暂不受理; the administrator sets its
// cap on /admin/caps (a rule version, audited); the policy page then says open and a talent applies.

describeInBrowser('caps and processing times in Chromium', () => {
  const suite = useAppInBrowser();

  it('an uncapped policy says 暂不受理; the administrator sets the cap (refused past dates and zero first); the policy opens and a talent applies', { timeout: 180_000 }, async () => {
    const { app } = suite;
    // An installation where the housing subsidy's cap is 待配置 (the sample cap taken back).
    await configureCap(await app.client('admin'), POLICY.housingSubsidy, null);
    const versionsBefore = await app.sql<{ n: string }>('select count(*) as n from rule_versions where rule_set_id = ?', [RULE_SET.housingSubsidy]);

    const talent = await suite.newPage('phone');
    await suite.signIn(talent, 'talent');
    await talent.goto(`${app.url}/policies/housing-subsidy`);
    await expect.poll(() => talent.getByTestId('not-open').textContent()).toContain('暂不受理');
    expect(await talent.getByTestId('apply-online').count()).toBe(0);
    // Straight to the apply page: the message, not the wizard.
    await talent.goto(`${app.url}/apply/${POLICY.housingSubsidy}`);
    await expect.poll(() => talent.getByTestId('not-open').textContent()).toContain('暂不受理');
    expect(await talent.getByTestId('save-details').count()).toBe(0);

    const admin = await suite.newPage('desktop');
    await suite.signIn(admin, 'admin');
    await admin.getByRole('link', { name: '金额上限与办理时限' }).first().click();
    const card = admin.getByTestId('cap-card-housing-subsidy');
    await expect.poll(() => card.getByTestId('cap-accepting').textContent()).toBe('暂不受理');
    expect(await card.getByTestId('cap-in-force').textContent()).toBe('待配置');

    // Zero and a past date are refused beside their fields, before anything is sent.
    await card.getByLabel(/每份申请的金额上限/).fill('0');
    await card.getByLabel(/生效日期/).fill('2020-01-01');
    await card.getByRole('button', { name: '保存上限' }).click();
    await expect.poll(() => card.getByTestId('cap-errors').textContent()).toContain('请填写 1 到 10,000,000 之间的整数（元）。');
    expect(await card.locator('#cap-housing-subsidy-from-error').textContent()).toContain('生效日期不能早于今天');
    expect(await card.locator('#cap-housing-subsidy-noteZh-error').textContent()).toBe('请填写此项。');
    expect(await app.sql<{ n: string }>('select count(*) as n from rule_versions where rule_set_id = ?', [RULE_SET.housingSubsidy])).toEqual(versionsBefore);

    await card.getByLabel(/每份申请的金额上限/).fill('30000');
    await card.getByLabel(/生效日期/).fill(shanghaiToday());
    await card.getByLabel(/依据和说明（中文）/).fill('依据镇人才办 2026 年安居资助标准录入（测试）');
    await card.getByRole('button', { name: '保存上限' }).click();
    await expect.poll(() => card.getByTestId('cap-done').textContent()).toContain('今天起施行');
    await expect.poll(() => card.getByTestId('cap-accepting').textContent()).toBe('受理中');
    expect(await card.getByTestId('cap-in-force').textContent()).toBe('3 万元');
    // The audit log: who, when, what.
    await card.getByTestId('cap-audit').locator('summary').click();
    await expect.poll(() => card.getByTestId('cap-audit').textContent()).toContain('依据镇人才办 2026 年安居资助标准录入（测试）');
    expect(await card.getByTestId('cap-audit').textContent()).toContain('管理员');
    if (process.env.CAPS_SCREENSHOTS) await admin.screenshot({ path: `${process.env.CAPS_SCREENSHOTS}/admin-caps.png`, fullPage: true });

    // The policy page now says open, and the talent applies.
    await talent.goto(`${app.url}/policies/housing-subsidy`);
    await talent.getByTestId('apply-online').click();
    await expect.poll(() => talent.getByTestId('amount-cap').textContent()).toContain('3 万元');
    await talent.getByLabel('申请金额（元）').fill('12000');
    await talent.getByLabel(/月租金/).fill('4200');
    await talent.getByTestId('save-details').click();
    await expect.poll(() => new URL(talent.url()).searchParams.get('step')).toBe('2');
    const drafts = await app.sql<{ status: string }>("select a.status from applications a join users u on u.id = a.applicant_id where u.email = 'talent@yuepu.example' and a.policy_id = ?", [POLICY.housingSubsidy]);
    expect(drafts).toEqual([{ status: 'DRAFT' }]);
  });
});
