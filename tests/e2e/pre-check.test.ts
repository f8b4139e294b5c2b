import { expect, it } from 'vitest';
import { POLICY } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

// Issue 17 item 7, "done when": a settlement pre-check runs from upload to result in a browser.
// The talent starts the town's pre-check of 居转户 from the policy page, uploads the city's
// documents against the checklist and submits; a town reviewer marks each document and issues
// the result (a pass with a document marked wrong is refused first); the talent then sees the
// verdicts and where and what to file with the city.

const WAIT = { timeout: 15_000 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const REQUIRED = ['RESIDENCE_PERMIT', 'ID_CARD', 'SOCIAL_INSURANCE_RECORD', 'TAX_RECORD', 'TITLE_CERTIFICATE', 'LABOUR_CONTRACT'];

describeInBrowser('a settlement pre-check, in Chromium', () => {
  const suite = useAppInBrowser();

  it('runs from upload to the result and the city guidance', { timeout: 180_000 }, async () => {
    const { app } = suite;
    const talent = await suite.newPage('phone');
    await suite.signIn(talent, 'talent');
    await talent.goto(`${app.url}/policies/hukou-transfer`);
    await talent.getByTestId('apply-online').click();
    expect(new URL(talent.url()).pathname).toBe(`/apply/${POLICY.hukouTransfer}`);
    await expect.poll(() => talent.getByTestId('apply-checklist').textContent(), WAIT).toContain('上海市居住证');
    await talent.getByTestId('save-details').click();
    await expect.poll(() => new URL(talent.url()).searchParams.get('step'), WAIT).toBe('2');

    for (const kind of REQUIRED) {
      const item = talent.getByTestId(`checklist-${kind}`);
      await item.getByTestId('file-input').setInputFiles({ name: `${kind.toLowerCase()}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await item.getByTestId('upload-button').click();
      await expect.poll(() => item.getByTestId('attached-document').count(), WAIT).toBe(1);
    }
    await talent.getByTestId('to-review').click();
    await talent.getByTestId('submit-application').click();
    await expect.poll(() => talent.getByTestId('submitted-notice').isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => talent.getByTestId('application-status').textContent(), WAIT).toBe('审核中');
    const id = new URL(talent.url()).pathname.split('/').at(-1)!;
    expect(await talent.getByTestId('pre-check').textContent()).toContain('尚未出具预审结果');

    // The reviewer marks the documents; a pass with one marked wrong is refused, in words.
    const reviewer = await suite.newPage('desktop');
    await suite.signIn(reviewer, 'reviewer');
    await reviewer.goto(`${app.url}/applications/${id}`);
    const form = reviewer.getByTestId('pre-check-form');
    await expect.poll(() => form.isVisible(), WAIT).toBe(true);
    await form.getByTestId('accept-TAX_RECORD').uncheck();
    await form.getByTestId('problem-TAX_RECORD').fill('完税证明缺少近 3 个月。');
    await form.getByTestId('outcome-PASSED').check();
    await form.getByTestId('issue-pre-check').click();
    await expect.poll(() => reviewer.getByText('有材料标注了问题，不能通过预审').first().isVisible(), WAIT).toBe(true);
    expect((await app.sql<{ status: string }>('select status from applications where id = ?', [id]))[0].status).toBe('UNDER_REVIEW');

    // The paper was fine after all: every document accepted, the pre-check passes.
    await form.getByTestId('accept-TAX_RECORD').check();
    await form.getByTestId('pre-check-reason').fill('材料齐全，符合居转户基本条件。');
    await form.getByTestId('issue-pre-check').click();
    await expect.poll(() => reviewer.getByTestId('application-status').textContent(), WAIT).toBe('预审通过，请向市级部门申报');

    // The talent sees the result, each document's verdict, and where and what to file.
    await talent.reload();
    await expect.poll(() => talent.getByTestId('application-status').textContent(), WAIT).toBe('预审通过，请向市级部门申报');
    expect(await talent.getByTestId('pre-check-result').getAttribute('data-outcome')).toBe('PASSED');
    expect(await talent.getByTestId('pre-check-result').textContent()).toContain('材料齐全，符合居转户基本条件。');
    expect(await talent.getByTestId('verdict-TAX_RECORD').getAttribute('data-accepted')).toBe('true');
    const city = talent.getByTestId('city-filing');
    expect(await city.textContent()).toContain('一网通办');
    expect(await city.textContent()).toContain('职称或职业资格证书');
    expect(await talent.getByTestId('pre-check-form').count()).toBe(0);

    // In English, the same guidance in English.
    await talent.getByTestId('locale-switch').click();
    await expect.poll(() => city.textContent(), WAIT).toContain('receiving window');
  });
});
