import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { badChecksum, HEADERS, residentId, workbook } from '../integration/imports/xlsx-files.js';

// Issue 17 item 6: an .xlsx import with one bad row imports nothing and names the row; fixed, it
// imports every row. The file is made in the test with ExcelJS.

describeInBrowser('Excel imports in Chromium', () => {
  const suite = useAppInBrowser();

  it('an administrator uploads talent accounts with one bad row: nothing is imported and the row is named; the fixed file imports', { timeout: 180_000 }, async () => {
    const { app } = suite;
    const count = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from users where email like '%@browser-import.test'`))[0]?.n;
    const rows = [
      ['a@browser-import.test', '甲导入', residentId(801), '13800008888', null],
      ['b@browser-import.test', '乙导入', badChecksum(802), null, null],
      ['c@browser-import.test', '丙导入', residentId(803), null, null],
    ];
    const page = await suite.newPage('desktop');
    await suite.signIn(page, 'admin');
    await page.getByRole('link', { name: 'Excel 导入' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Excel 导入');
    // The template is offered for each kind.
    expect(await page.getByTestId('template-talent-accounts').getAttribute('href')).toBe('/imports/templates/talent-accounts.xlsx');
    const template = await page.context().request.get(`${app.url}/imports/templates/talent-accounts.xlsx`);
    expect(template.status()).toBe(200);

    await page.getByLabel(/人才账号（含工作单位）/).check();
    await page.getByTestId('import-file').setInputFiles({ name: 'talents.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook(HEADERS.talents, rows) });
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('未导入任何数据');
    const problems = page.getByTestId('import-problems');
    expect(await problems.locator('tbody tr').count()).toBe(1);
    expect(await problems.locator('tbody tr th').textContent()).toBe('3');
    expect(await problems.textContent()).toContain('身份证号码校验位不正确');
    // Masked, never the whole number.
    expect(await problems.textContent()).not.toContain(badChecksum(802));
    expect(await count()).toBe(0);

    rows[1] = ['b@browser-import.test', '乙导入', residentId(802), null, null];
    await page.getByTestId('import-file').setInputFiles({ name: 'talents-fixed.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook(HEADERS.talents, rows) });
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('已导入 3 条');
    expect(await count()).toBe(3);
  });

  it('an enterprise\'s HR sees only the staff list', { timeout: 120_000 }, async () => {
    const page = await suite.newPage('desktop');
    await suite.signIn(page, 'hr');
    await page.goto(`${suite.app.url}/admin/imports`);
    await expect.poll(() => page.getByTestId('template-staff-list').count()).toBe(1);
    expect(await page.getByTestId('template-talent-accounts').count()).toBe(0);
    expect(await page.getByTestId('template-past-applications').count()).toBe(0);
  });
});
