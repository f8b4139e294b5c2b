import { expect, it } from 'vitest';
import { POLICY } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { configureCap, configureWage, M, newApplicant } from '../integration/application/helpers.js';

// Issue 17 item 7: the key-talent incentive is filed by the employer. HR nominate a member of
// staff, the talent submits the documents, HR confirm the income (refused below 3× the average
// wage), and the reviewer approves the configured award.

describeInBrowser('the employer files the key-talent incentive, in Chromium', () => {
  const suite = useAppInBrowser();

  it('HR nominate and confirm the income, the reviewer approves the configured award; the policy page offers no online application', { timeout: 180_000 }, async () => {
    const { app } = suite;
    const admin = await app.client('admin');
    await configureCap(admin, POLICY.keyTalentIncentive, 80_000);
    await configureWage(admin, 12_000);
    const applicant = await newApplicant(app, ['EMPLOYER_RECOMMENDATION', 'LABOUR_CONTRACT', 'INCOME_PROOF', 'TAX_RECORD', 'SOCIAL_INSURANCE_RECORD']);

    const visitor = await suite.newPage('desktop');
    await visitor.goto(`${app.url}/policies/key-talent-incentive`);
    await expect.poll(() => visitor.getByTestId('employer-files').textContent()).toContain('由单位申报');
    expect(await visitor.getByTestId('apply-online').count()).toBe(0);

    const hr = await suite.newPage('desktop');
    await suite.signIn(hr, 'hr');
    await hr.goto(`${app.url}/enterprise/nominations`);
    await hr.getByLabel('本单位员工').selectOption({ label: '测试人才 1' });
    await hr.getByRole('button', { name: '推荐', exact: true }).click();
    await expect.poll(() => hr.getByText(/已推荐，受理编号 YP-\d{4}-\d{6}/).isVisible(), { timeout: 15_000 }).toBe(true);
    const [{ id }] = await app.sql<{ id: string }>('select id from applications where applicant_id = ?', [applicant.id]);

    // The talent adds the documents and submits (their part is covered elsewhere).
    for (const documentId of applicant.documents) await applicant.client.data(M.attach, { input: { applicationId: id, documentId } });
    expect((await applicant.client.data(M.submit, { input: { id } })).submitApplication.errors).toEqual([]);

    await hr.goto(`${app.url}/applications/${id}`);
    await hr.getByTestId('action-CONFIRM_EMPLOYMENT').click();
    await hr.getByLabel('劳动合同起始日').fill('2024-03-01');
    await hr.getByLabel('岗位').fill('研发主管');
    await hr.getByLabel('在本单位缴纳社保的月数').fill('30');
    await hr.getByLabel('上一年度税前收入（元）').fill('400000');
    await hr.getByTestId('confirm-CONFIRM_EMPLOYMENT').click();
    // 3 × 12 × 12,000 = 432,000: refused beside the income, nothing written.
    await expect.poll(() => hr.getByTestId('form-errors').textContent()).toContain('还差 32,000 元');
    expect(await app.sql('select status from applications where id = ?', [id])).toEqual([{ status: 'SUBMITTED' }]);
    await hr.getByLabel('上一年度税前收入（元）').fill('500000');
    await hr.getByTestId('confirm-CONFIRM_EMPLOYMENT').click();
    await expect.poll(() => hr.getByTestId('application-status').textContent()).toBe('单位已确认，待审核');

    const reviewer = await suite.newPage('desktop');
    await suite.signIn(reviewer, 'reviewer');
    await reviewer.goto(`${app.url}/applications/${id}`);
    await reviewer.getByTestId('action-START_REVIEW').click();
    await expect.poll(() => reviewer.getByTestId('application-status').textContent()).toBe('审核中');
    await reviewer.getByTestId('action-APPROVE').click();
    await expect.poll(() => reviewer.getByTestId('approve-award').textContent()).toContain('8 万元');
    await reviewer.getByTestId('confirm-APPROVE').click();
    await expect.poll(() => reviewer.getByTestId('application-status').textContent()).toBe('已批准');
    expect(await app.sql('select status, approved_amount_yuan from applications where id = ?', [id])).toEqual([{ status: 'APPROVED', approved_amount_yuan: 80_000 }]);
  });
});
