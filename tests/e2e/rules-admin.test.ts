import { expect, it } from 'vitest';
import { RULE_SET } from '../../seeds/ids.js';
import { shanghaiToday } from '../../api/src/core/time/shanghai.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

// Issue 17 item 4: an administrator changes the city average wage for next year on /admin/rules,
// sees the diff against the version in force and a trial run of the points calculator's facts
// under both versions, schedules it by its effective date, and sees it in the audit log.

const nextYear = () => `${Number(shanghaiToday().slice(0, 4)) + 1}-01-01`;

describeInBrowser('rule sets in Chromium', () => {
  const suite = useAppInBrowser();

  it('an administrator schedules next year\'s city average wage after the diff and a trial run; a past date is refused; the audit log shows it', { timeout: 180_000 }, async () => {
    const { app } = suite;
    const versions = async () => app.sql<{ version: number; effective_from: string; yuan: number | null }>(
      "select version, to_char(effective_from, 'YYYY-MM-DD') as effective_from, (data->'cityAverageMonthlyWage'->>'yuan')::int as yuan from rule_versions where rule_set_id = ? order by version",
      [RULE_SET.yearlyParameters],
    );
    const before = await versions();

    const admin = await suite.newPage('desktop');
    await suite.signIn(admin, 'admin');
    await admin.getByRole('link', { name: '规则与年度参数' }).first().click();
    const editor = admin.getByTestId('rule-editor');
    await editor.waitFor();
    await expect.poll(() => editor.getByTestId('rule-base').textContent()).toContain('第 1 版');

    const wage = editor.getByLabel(/上年度全市职工月平均工资/);
    expect(await wage.inputValue()).toBe('');
    await wage.fill('12434');
    await editor.getByLabel(/工资数据所属年度/).fill(String(Number(nextYear().slice(0, 4)) - 1));
    // Saving is offered only after a preview of exactly these values.
    expect(await editor.getByTestId('rule-save-button').isDisabled()).toBe(true);

    // A past date is refused beside the date field.
    await editor.getByLabel(/生效日期/).fill('2020-01-01');
    await editor.getByTestId('rule-preview-button').click();
    await expect.poll(() => admin.locator('#rule-effectiveFrom-error').textContent()).toContain('生效日期不能早于今天');
    expect(await editor.getByTestId('rule-save-button').isDisabled()).toBe(true);

    await editor.getByLabel(/生效日期/).fill(nextYear());
    await editor.getByTestId('rule-preview-button').click();
    const preview = admin.getByTestId('rule-preview');
    await expect.poll(() => preview.getByTestId('rule-diff').textContent()).toContain('cityAverageMonthlyWage.yuan');
    expect(await preview.getByTestId('rule-diff').textContent()).toContain('12,434');
    expect(await preview.getByTestId('rule-diff').textContent()).toContain('待配置');
    // The trial run: the points calculator's sample facts (1–2× base tier) under both versions.
    const tier = preview.getByTestId('trial-SOCIAL_INSURANCE_BASE_TIER');
    expect(await tier.locator('td').nth(0).textContent()).toContain('待配置');
    expect(await tier.locator('td').nth(1).textContent()).toContain('12,434 元');
    expect(await tier.textContent()).toContain('有变化');
    expect(await versions()).toEqual(before);

    await editor.getByLabel(/修改说明和依据（中文）/).fill('录入上年度全市职工月平均工资（测试）');
    await editor.getByTestId('rule-save-button').click();
    await expect.poll(() => admin.getByTestId('rule-saved').textContent()).toContain('已保存第 2 版');
    expect(await versions()).toEqual([...before, { version: 2, effective_from: nextYear(), yuan: 12_434 }]);
    await expect.poll(() => admin.getByTestId('version-state-2').textContent()).toBe('已排期');
    expect(await admin.getByTestId('version-state-1').textContent()).toBe('施行中');

    const audit = admin.getByTestId('rule-audit');
    await expect.poll(() => audit.textContent()).toContain('录入上年度全市职工月平均工资（测试）');
    expect(await audit.textContent()).toContain('系统管理员');
    expect(await audit.textContent()).toContain('cityAverageMonthlyWage.yuan: 待配置 → 12,434');
    if (process.env.RULES_SCREENSHOTS) await admin.screenshot({ path: `${process.env.RULES_SCREENSHOTS}/admin-rules.png`, fullPage: true });
  });
});
