import { expect, it } from 'vitest';
import { USER } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

describeInBrowser('employer nominations in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage } = suite;

  it('HR nominate a member of staff for the key-talent incentive, and the nominee finds the draft', { timeout: 120_000 }, async () => {
    const hr = await newPage();
    await hr.goto(`${suite.app.url}/sign-in`);
    await hr.getByLabel('邮箱').fill('hr@yuepu.example');
    await hr.getByLabel('密码').fill('Yuepu-2026-demo');
    await hr.getByRole('button', { name: '登录' }).click();
    await hr.getByTestId('home-greeting').waitFor({ timeout: 15_000 });
    await hr.getByRole('link', { name: /骨干人才推荐/ }).first().click();
    await hr.getByLabel('本单位员工').selectOption({ label: '王晓月' });
    await hr.getByLabel(/推荐说明/).fill('年度骨干人才');
    await hr.getByRole('button', { name: '推荐', exact: true }).click();
    await expect.poll(() => hr.getByText(/已推荐，受理编号 YP-\d{4}-\d{6}/).isVisible(), { timeout: 15_000 }).toBe(true);

    const [draft] = await suite.app.sql<{ id: string; status: string }>('select id, status from applications where applicant_id = ?', [USER.talent]);
    expect(draft.status).toBe('DRAFT');
    const talent = await suite.app.client('talent');
    const { application } = await talent.data(`query($id: UUID!) { application(id: $id) { history { reason actor { displayName } } } }`, { id: draft.id });
    expect(application.history).toEqual([{ reason: '年度骨干人才', actor: { displayName: '人事 李敏' } }]);
    await hr.context().close();
  });
});
