import { expect, it } from 'vitest';
import { ORG, POLICY } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { newApplicant, submittedApplication } from '../integration/application/helpers.js';

// Issue 17 item 6(b): a reviewer confirms employment for an enterprise with no HR account, with
// the evidence noted; the application leaves SUBMITTED and the history says who and on what.

describeInBrowser('the town confirms employment for an enterprise without HR, in Chromium', () => {
  const suite = useAppInBrowser();

  it('a reviewer opens a submitted application of an enterprise without HR, must note the evidence, and confirms', { timeout: 120_000 }, async () => {
    const { app } = suite;
    const applicant = await newApplicant(app, undefined, ORG.enterprises[2]);
    const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
    expect(submitted.status).toBe('SUBMITTED');

    const reviewer = await suite.newPage('desktop');
    await suite.signIn(reviewer, 'reviewer');
    await reviewer.goto(`${app.url}/applications/${submitted.id}`);
    await reviewer.getByTestId('action-CONFIRM_EMPLOYMENT_FOR_EMPLOYER').click();
    await reviewer.getByLabel('劳动合同起始日').fill('2024-03-01');
    await reviewer.getByLabel('岗位').fill('材料工程师');
    await reviewer.getByLabel('在本单位缴纳社保的月数').fill('30');
    // Without the evidence: refused beside the field, nothing written.
    await reviewer.getByTestId('confirm-CONFIRM_EMPLOYMENT_FOR_EMPLOYER').click();
    await expect.poll(() => reviewer.getByTestId('form-errors').textContent()).toContain('核实依据');
    expect(await app.sql('select status from applications where id = ?', [submitted.id])).toEqual([{ status: 'SUBMITTED' }]);

    await reviewer.getByLabel(/核实依据/).fill('查看了劳动合同原件，并致电单位核实。');
    await reviewer.getByTestId('confirm-CONFIRM_EMPLOYMENT_FOR_EMPLOYER').click();
    await expect.poll(() => reviewer.getByTestId('application-status').textContent()).toBe('单位已确认，待审核');
    await expect.poll(() => reviewer.getByText('查看了劳动合同原件，并致电单位核实。').first().isVisible()).toBe(true);
    expect(await app.sql('select status from applications where id = ?', [submitted.id])).toEqual([{ status: 'EMPLOYER_CONFIRMED' }]);
  });
});
