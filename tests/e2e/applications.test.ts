import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { POLICY, SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { configureCap } from '../integration/application/helpers.js';

/** Set to a folder to keep screenshots (phone and desktop) of the wizard, the detail page and the queue. */
const SHOTS = process.env.APPLICATIONS_SCREENSHOTS;

/** Small real PDF bytes: the server recognises the type by content, not by the name. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const REQUIRED = ['ID_CARD', 'LABOUR_CONTRACT', 'DEGREE_CERTIFICATE', 'RENTAL_CONTRACT', 'NO_PROPERTY_STATEMENT'] as const;

describeInBrowser('applications in Chromium', () => {
  const suite = useAppInBrowser();
  const { signIn } = suite;
  beforeAll(async () => {
    // An administrator enters the housing subsidy's cap from the official document.
    const admin = await suite.app.client('admin');
    await configureCap(admin, POLICY.housingSubsidy, 20000);
  });

  /** Screenshots at both sizes, without reloading (the viewport is resized and put back). */
  async function shot(page: Page, name: string): Promise<void> {
    if (!SHOTS) return;
    const size = page.viewportSize();
    for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
    }
    if (size) await page.setViewportSize(size);
  }

  /** The same screenshots in English (the language switch needs no reload either). */
  async function shotInEnglish(page: Page, name: string): Promise<void> {
    if (!SHOTS) return;
    await page.getByTestId('locale-switch').click();
    await shot(page, `${name}-en`);
    await page.getByTestId('locale-switch').click();
  }

  const statusOf = (page: Page) => page.getByTestId('application-status').textContent();

  it('a talent applies with documents, HR confirms, a reviewer approves and pays, and the talent\'s open page shows each step live', { timeout: 180_000 }, async () => {
    // ---- the talent applies (on a phone) ----
    const talent = await suite.newPage('phone');
    await signIn(talent, 'talent');
    await talent.getByRole('link', { name: '我的申请' }).first().click();
    await expect.poll(() => talent.getByTestId('no-applications').isVisible()).toBe(true);

    // From the policy's page (the catalogue's), "apply online".
    await talent.goto(`${suite.app.url}/policies/housing-subsidy`);
    await talent.getByTestId('apply-online').click();
    expect(new URL(talent.url()).pathname).toBe(`/apply/${POLICY.housingSubsidy}`);
    await expect.poll(() => talent.getByTestId('amount-cap').textContent()).toContain('2 万元');
    expect(await talent.getByTestId('processing-days').textContent()).toContain('30');
    expect(await talent.getByTestId('apply-checklist').textContent()).toContain('租赁合同');
    await talent.getByLabel('申请金额（元）').fill('30000');
    await talent.getByTestId('save-details').click();
    // Over the cap: the server's words, beside the field.
    await expect.poll(() => talent.locator('#requestedAmountYuan-error').textContent()).toBe('金额不能超过政策上限 20000 元。');
    await talent.getByLabel('申请金额（元）').fill('12000');
    await talent.getByLabel(/月租金/).fill('4200');
    await shot(talent, 'wizard-1-details');
    // Two clicks before the page can react: one idempotency key, so one draft.
    await talent.getByTestId('save-details').evaluate((button) => {
      (button as unknown as { click(): void }).click();
      (button as unknown as { click(): void }).click();
    });
    await expect.poll(() => new URL(talent.url()).searchParams.get('step')).toBe('2');
    const drafts = await suite.app.sql<{ id: string }>("select a.id from applications a join users u on u.id = a.applicant_id where u.email = 'talent@yuepu.example'");
    expect(drafts).toHaveLength(1);
    const applicationId = drafts[0].id;

    // A file that is not a PDF, JPEG or PNG (whatever its name) is refused in words.
    const idCard = talent.getByTestId('checklist-ID_CARD');
    await idCard.getByTestId('file-input').setInputFiles({ name: 'id-card.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is not a pdf') });
    await idCard.getByTestId('upload-button').click();
    await expect.poll(() => idCard.getByTestId('file-error').textContent()).toBe('只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）。');

    // Every required document but the last, uploaded as real PDF bytes.
    for (const kind of REQUIRED.slice(0, -1)) {
      const item = talent.getByTestId(`checklist-${kind}`);
      await item.getByTestId('file-input').setInputFiles({ name: `${kind.toLowerCase()}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await item.getByTestId('upload-button').click();
      await expect.poll(() => item.getByTestId('attached-document').count()).toBe(1);
    }
    await shot(talent, 'wizard-2-documents');
    await shotInEnglish(talent, 'wizard-2-documents');

    // Submitting without the last one: the server names it, at the checklist.
    await talent.getByTestId('to-review').click();
    await talent.getByTestId('submit-application').click();
    await expect.poll(() => talent.getByTestId('documents-error').textContent()).toContain('无房承诺或证明');
    await shot(talent, 'wizard-3-missing');
    expect((await suite.app.sql<{ status: string }>('select status from applications where id = ?', [applicationId]))[0].status).toBe('DRAFT');

    await talent.goBack();
    const last = talent.getByTestId('checklist-NO_PROPERTY_STATEMENT');
    await last.getByTestId('file-input').setInputFiles({ name: '无房承诺.pdf', mimeType: 'application/pdf', buffer: PDF });
    await last.getByLabel('有效期至').fill('2030-12-31');
    await last.getByTestId('upload-button').click();
    await expect.poll(() => last.getByTestId('attached-document').count()).toBe(1);
    await talent.getByTestId('to-review').click();
    // Fixed, so the review step no longer says documents are missing.
    await expect.poll(() => talent.getByTestId('review-NO_PROPERTY_STATEMENT').textContent()).toContain('✓');
    expect(await talent.getByTestId('documents-error').count()).toBe(0);
    expect(await talent.getByTestId('form-errors').count()).toBe(0);
    await talent.getByTestId('submit-application').click();

    await expect.poll(() => talent.getByTestId('submitted-notice').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(new URL(talent.url()).pathname).toBe(`/applications/${applicationId}`);
    await expect.poll(() => statusOf(talent)).toBe('已提交，待单位确认');
    const reference = (await talent.getByTestId('application-reference').textContent())!.trim();
    expect(reference).toMatch(/^YP-\d{4}-\d{6}$/);
    expect(await talent.getByTestId('document-download').count()).toBe(5);
    // From here on the talent's page is never reloaded: a marker on the window would be lost.
    await talent.evaluate(() => ((globalThis as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
    const samePage = () => talent.evaluate(() => (globalThis as unknown as { stillTheSamePage?: boolean }).stillTheSamePage === true);
    await expect.poll(() => talent.getByTestId('live-status').getAttribute('data-connected')).toBe('true');
    await shot(talent, 'detail-submitted');

    // ---- HR confirms employment, in another browser context ----
    const hr = await suite.newPage();
    await signIn(hr, 'hr');
    await hr.getByRole('link', { name: '员工申请确认' }).first().click();
    const row = hr.locator(`[data-testid="application-row"][data-reference="${reference}"]`);
    await row.getByTestId('action-CONFIRM_EMPLOYMENT').click();
    await row.getByLabel('劳动合同起始日').fill('2024-03-01');
    await row.getByLabel('劳动合同终止日').fill('2029-02-28');
    await row.getByLabel('岗位').fill('材料工程师');
    await row.getByLabel('在本单位缴纳社保的月数').fill('30');
    await shot(hr, 'hr-inbox');
    await row.getByTestId('confirm-CONFIRM_EMPLOYMENT').click();
    await expect.poll(() => hr.getByTestId('inbox-notice').textContent()).toContain(reference);

    await expect.poll(() => statusOf(talent), { timeout: 10_000 }).toBe('单位已确认，待审核');
    expect(await samePage()).toBe(true);
    await expect.poll(() => talent.getByTestId('unread-count').textContent()).toMatch(/^\d+$/);

    // ---- a reviewer takes it up, approves and records the payment ----
    const reviewer = await suite.newPage();
    await signIn(reviewer, 'reviewer');
    await reviewer.getByRole('link', { name: '审核队列' }).first().click();
    const queued = reviewer.locator(`[data-testid="queue-row"][data-reference="${reference}"]`);
    await expect.poll(() => queued.isVisible()).toBe(true);
    await shot(reviewer, 'queue');
    await shotInEnglish(reviewer, 'queue');
    await queued.getByRole('link', { name: /处理/ }).click();
    await reviewer.getByTestId('action-START_REVIEW').click();
    await expect.poll(() => statusOf(reviewer)).toBe('审核中');
    await expect.poll(() => statusOf(talent), { timeout: 10_000 }).toBe('审核中');

    await reviewer.getByTestId('action-APPROVE').click();
    expect(await reviewer.getByLabel('批准金额（元）').inputValue()).toBe('12000');
    await reviewer.getByLabel('批准金额（元）').fill('11000');
    await reviewer.getByTestId('confirm-APPROVE').click();
    await expect.poll(() => statusOf(reviewer)).toBe('已批准');
    await expect.poll(() => statusOf(talent), { timeout: 10_000 }).toBe('已批准');
    await expect.poll(() => talent.getByTestId('approved-amount').textContent()).toContain('1.1 万元');

    await reviewer.getByTestId('action-DISBURSE').click();
    await reviewer.getByLabel('银行流水号').fill('BOC-20261205-0001');
    await shot(reviewer, 'detail-reviewer');
    await reviewer.getByTestId('confirm-DISBURSE').click();
    await expect.poll(() => statusOf(reviewer)).toBe('已发放');
    await expect.poll(() => statusOf(talent), { timeout: 10_000 }).toBe('已发放');
    await expect.poll(() => talent.getByTestId('payment-reference-shown').textContent()).toBe('BOC-20261205-0001');

    // Every step is on the talent's timeline, with who took it, and the page was never reloaded.
    expect(await talent.getByTestId('timeline-step').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-action')))).toEqual([
      'CREATE', 'SUBMIT', 'CONFIRM_EMPLOYMENT', 'START_REVIEW', 'APPROVE', 'DISBURSE',
    ]);
    expect(await talent.getByTestId('timeline').textContent()).toContain('镇审核人员');
    expect(await samePage()).toBe(true);
    await shot(talent, 'detail-paid');
    await shotInEnglish(talent, 'detail-paid');

    // The bell lists the steps; opening one marks it read and goes to the application.
    await talent.getByTestId('notification-bell').click();
    await expect.poll(() => talent.getByTestId('notification-item').count()).toBeGreaterThanOrEqual(5);
    await shot(talent, 'bell');
    await talent.getByTestId('mark-all-read').click();
    await expect.poll(() => talent.getByTestId('unread-count').count()).toBe(0);

    // The report counts it as paid, and offers the CSV.
    await reviewer.getByRole('link', { name: '申请统计' }).first().click();
    await expect.poll(() => reviewer.getByTestId('report-total').textContent()).toContain('1.1 万元');
    expect(await reviewer.getByTestId('report-csv').getAttribute('href')).toBe('/reports/applications.csv');
    // The chart shows this month's submissions, with its words for screen readers.
    const thisMonth = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    await expect.poll(() => reviewer.getByTestId('report-bar').count()).toBeGreaterThan(0);
    expect(await reviewer.getByTestId('report-chart').locator('svg').getAttribute('role')).toBe('img');
    expect(await reviewer.getByTestId('report-chart').locator('desc').textContent()).toContain(`${Number(thisMonth.slice(5))}月`);
    expect(await reviewer.getByTestId('report-by-month').textContent()).toContain(`${thisMonth.slice(0, 4)}年${Number(thisMonth.slice(5))}月`);
    // A backwards range is refused beside the end date; a range before today counts nothing, and the CSV follows it.
    await reviewer.getByLabel('起始日期').fill('2026-06-01');
    await reviewer.getByLabel('结束日期').fill('2026-05-01');
    await reviewer.getByTestId('report-apply').click();
    await expect.poll(() => reviewer.locator('#to-error').textContent()).toContain('结束日期不能早于起始日期');
    await reviewer.getByLabel('结束日期').fill('2026-06-30');
    await reviewer.getByTestId('report-apply').click();
    await expect.poll(() => reviewer.getByTestId('report-total').textContent()).toMatch(/件数\s*0/);
    expect(await reviewer.getByTestId('report-csv').getAttribute('href')).toBe('/reports/applications.csv?from=2026-06-01&to=2026-06-30');
    const csv = await reviewer.context().request.get(`${suite.app.url}/reports/applications.csv`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain(reference);
    expect(text).toContain('已发放 / Paid out');
    await shot(reviewer, 'report');

    const db = await suite.app.sql<{ status: string; approved_amount_yuan: number; payment_reference: string }>(
      'select status, approved_amount_yuan, payment_reference from applications where id = ?', [applicationId]);
    expect(db[0]).toMatchObject({ status: 'DISBURSED', approved_amount_yuan: 11000, payment_reference: 'BOC-20261205-0001' });
    await Promise.all([talent.context().close(), hr.context().close(), reviewer.context().close()]);
  });

  it('shows a second reviewer\'s open page the step live, and tells one who acted on an old version that someone was first', { timeout: 120_000 }, async () => {
    // A submitted application, confirmed by HR, over GraphQL.
    const talent = await suite.app.client('talent');
    const upload = async (kind: string) => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', new Blob([PDF]), `${kind}.pdf`);
      const res = await fetch(`${suite.app.url}/files`, { method: 'POST', headers: { cookie: talent.sessionCookie!, 'x-requested-with': 'XMLHttpRequest' }, body: form });
      return ((await res.json()) as { document: { id: string } }).document.id;
    };
    const step = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { application { id reference } errors { field code } } }`;
    const created = await talent.data(step('createApplication', 'CreateApplicationInput'), { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 8000 } });
    const { id, reference } = created.createApplication.application;
    for (const kind of REQUIRED) {
      await talent.data(step('attachApplicationDocument', 'ApplicationDocumentInput'), { input: { applicationId: id, documentId: await upload(kind) } });
    }
    expect((await talent.data(step('submitApplication', 'ApplicationStepInput'), { input: { id } })).submitApplication.errors).toEqual([]);
    // A confirmation still valid from the first test may be reused; confirm only if HR is asked.
    const status = (await suite.app.sql<{ status: string }>('select status from applications where id = ?', [id]))[0].status;
    if (status === 'SUBMITTED') {
      const hr = await suite.app.client('hr');
      await hr.data(step('confirmEmployment', 'ConfirmEmploymentInput'), { input: { id, contractStart: '2024-03-01', position: '工程师', socialInsuranceMonths: 12 } });
    }

    // Three reviewers have it open. The second follows it live; the third has lost its live
    // connection (its socket never reaches the server), so it still shows the old version.
    const first = await suite.newPage();
    const second = await suite.newPage();
    const offline = await suite.newPage();
    await offline.routeWebSocket(/\/graphql$/, () => {});
    for (const page of [first, second, offline]) {
      await signIn(page, 'reviewer');
      await page.goto(`${suite.app.url}/applications/${id}`);
      await expect.poll(() => statusOf(page)).toBe('单位已确认，待审核');
    }
    await first.getByTestId('action-START_REVIEW').click();
    await expect.poll(() => statusOf(first)).toBe('审核中');
    await expect.poll(() => statusOf(second)).toBe('审核中');
    expect(await second.getByTestId('action-START_REVIEW').count()).toBe(0);

    await offline.getByTestId('action-START_REVIEW').click();
    await expect.poll(() => offline.getByTestId('form-errors').textContent()).toContain('有人已先处理了这份申请');
    await expect.poll(() => statusOf(offline)).toBe('审核中');
    expect(Number((await suite.app.sql<{ n: string }>("select count(*) as n from application_events where application_id = ? and action = 'START_REVIEW'", [id]))[0].n)).toBe(1);
    expect(reference).toMatch(/^YP-/);
    await Promise.all([first.context().close(), second.context().close(), offline.context().close()]);
  });

  it('one open application per policy: a second tab\'s wizard and "apply online" both reopen the draft already begun', { timeout: 120_000 }, async () => {
    const first = await suite.newPage();
    await first.goto(`${suite.app.url}/sign-in`);
    await first.getByLabel('邮箱').fill('talent2@yuepu.example');
    await first.getByLabel('密码').fill(SAMPLE_PASSWORD);
    await first.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => first.getByTestId('home-greeting').isVisible(), { timeout: 15_000 }).toBe(true);
    const second = await first.context().newPage();

    // Both tabs open the wizard before either has saved anything.
    for (const tab of [first, second]) {
      await tab.goto(`${suite.app.url}/policies/housing-subsidy`);
      await tab.getByTestId('apply-online').click();
      await expect.poll(() => tab.getByTestId('wizard-step-1').isVisible()).toBe(true);
    }
    await first.getByLabel('申请金额（元）').fill('8000');
    await first.getByTestId('save-details').click();
    await expect.poll(() => new URL(first.url()).searchParams.get('step')).toBe('2');
    const draftId = new URL(first.url()).searchParams.get('application');
    const [draft] = await suite.app.sql<{ reference: string }>('select reference from applications where id = ?', [draftId]);

    // The stale tab saves too: no second draft; it lands on the first one and says so.
    await second.getByLabel('申请金额（元）').fill('9000');
    await second.getByTestId('save-details').click();
    await expect.poll(() => new URL(second.url()).searchParams.get('application')).toBe(draftId);
    await expect.poll(() => second.getByTestId('opened-existing').textContent()).toContain(draft.reference);
    await expect.poll(() => second.getByLabel('申请金额（元）').inputValue()).toBe('8000');
    const rows = await suite.app.sql("select a.id from applications a join users u on u.id = a.applicant_id where u.email = 'talent2@yuepu.example'");
    expect(rows).toHaveLength(1);

    // Later, "apply online" on the policy page goes straight back to that draft.
    await second.goto(`${suite.app.url}/policies/housing-subsidy`);
    await second.getByTestId('apply-online').click();
    await expect.poll(() => new URL(second.url()).searchParams.get('application')).toBe(draftId);
    await expect.poll(() => second.getByLabel('申请金额（元）').inputValue()).toBe('8000');
    expect(await second.getByTestId('opened-existing').textContent()).toContain(draft.reference);
    await first.context().close();
  });
});
