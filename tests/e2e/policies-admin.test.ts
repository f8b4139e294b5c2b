import { expect, it } from 'vitest';
import { POLICY } from '../../seeds/ids.js';
import { shanghaiToday } from '../../api/src/core/time/shanghai.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

// Issue 17 item 4: an administrator records a policy's document number and a source on
// /admin/policies as a new version; the versions list and the audit log show it.

describeInBrowser('policy texts and versions in Chromium', () => {
  const suite = useAppInBrowser();

  it('an administrator saves the document number and a source as a new version, seen in the versions and the audit log', { timeout: 180_000 }, async () => {
    const { app } = suite;
    const admin = await suite.newPage('desktop');
    await suite.signIn(admin, 'admin');
    await admin.getByRole('link', { name: '政策内容与版本' }).first().click();
    await admin.getByLabel(/^政策/).selectOption({ label: '宝山区人才公寓租金补贴（先租后补）' });
    const editor = admin.getByTestId('policy-editor');
    await editor.waitFor();
    await editor.getByLabel(/^文号/).fill('宝人才〔2023〕1号（测试）');
    const sources = editor.getByLabel(/^来源/);
    await sources.fill(`${await sources.inputValue()}\nV-official | 宝山区政府信息公开（测试） | xxgk.shbsq.gov.cn/article.html | 测试来源`);
    await editor.getByLabel(/修改说明和依据（中文）/).fill('补录文号和来源（测试）');
    await editor.getByTestId('policy-save').click();
    await expect.poll(() => editor.getByTestId('policy-saved').textContent()).toContain(`自 ${shanghaiToday().slice(0, 4)}年`);
    const stored = await app.sql<{ document_number: string }>('select document_number from policy_versions where policy_id = ? order by version desc limit 1', [POLICY.talentApartment]);
    expect(stored).toEqual([{ document_number: '宝人才〔2023〕1号（测试）' }]);
    await expect.poll(() => admin.getByTestId('policy-versions').textContent()).toContain('补录文号和来源（测试）');
    expect(await admin.getByTestId('policy-audit').textContent()).toContain('系统管理员');
  });
});
