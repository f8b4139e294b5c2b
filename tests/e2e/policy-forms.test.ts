import { expect, it } from 'vitest';
import { shanghaiToday } from '../../api/src/core/time/shanghai.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

// Issue 17 items 1 and 4: an administrator adds a benefit policy with its online form (two
// questions, one required, and one required document) on /admin/forms, without touching code;
// sets its cap on /admin/caps; a talent then applies. The server refuses the missing required
// answer even when the web's own check is bypassed (a GraphQL call from the talent's page).

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const CODE = 'skills-grant';

describeInBrowser('policies and application forms in Chromium', () => {
  const suite = useAppInBrowser();

  it('an administrator adds a policy with its form and cap; the server refuses a bypassed submission without the required answer; the talent applies', { timeout: 240_000 }, async () => {
    const { app } = suite;
    const count = async (table: string) => (await app.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n;

    const admin = await suite.newPage('desktop');
    await suite.signIn(admin, 'admin');
    await admin.getByRole('link', { name: '政策与申请表' }).first().click();
    const form = admin.getByTestId('new-policy-form');
    await form.waitFor();

    // Sent with the title missing: refused beside the field, nothing written.
    const policiesBefore = await count('policies');
    await form.getByLabel('政策代码').fill(CODE);
    await form.getByTestId('create-policy').click();
    await expect.poll(() => admin.locator('#new-titleZh-error').textContent()).toContain('请填写');
    expect(await count('policies')).toBe(policiesBefore);

    await form.getByLabel('标题（中文）').fill('月浦镇技能提升补贴');
    await form.getByLabel('标题（英文）').fill('Yuepu skills grant');
    await form.getByLabel('摘要（中文）').fill('取得职业技能等级证书的在职人才可申请一次性补贴。');
    await form.getByLabel('摘要（英文）').fill('Employed talent who gain a skills certificate may apply for a one-off grant.');
    await form.getByLabel('发文或主管单位（中文）').fill('月浦镇人民政府');
    await form.getByLabel('发文或主管单位（英文）').fill('Yuepu Town Government');
    await form.getByLabel('依据文件名称').fill('《月浦镇技能人才补贴办法（试行）》');
    // Question 1: required text; question 2: an optional whole number from 1 to 2000.
    await admin.locator('#new-q0-key').fill('certificateName');
    await admin.locator('#new-q0-labelZh').fill('证书名称');
    await admin.locator('#new-q0-labelEn').fill('Certificate name');
    await form.getByTestId('question-0').getByLabel('提交时必须回答（必填）').check();
    await form.getByTestId('add-question').click();
    await admin.locator('#new-q1-key').fill('trainingHours');
    await admin.locator('#new-q1-kind').selectOption('NUMBER');
    await admin.locator('#new-q1-labelZh').fill('培训学时');
    await admin.locator('#new-q1-labelEn').fill('Training hours');
    await admin.locator('#new-q1-min').fill('1');
    await admin.locator('#new-q1-max').fill('2000');
    await admin.locator('#new-doc-TITLE_CERTIFICATE').selectOption('REQUIRED');
    await admin.locator('#new-processingDays').fill('15');
    // The preview draws the form as talents will see it.
    const preview = form.getByTestId('form-preview');
    await expect.poll(() => preview.textContent()).toContain('证书名称');
    expect(await preview.textContent()).toContain('培训学时');
    await form.getByTestId('create-policy').click();
    await expect.poll(() => form.getByTestId('policy-created').textContent()).toContain(CODE);
    const [policy] = await app.sql<{ id: string }>('select id from policies where code = ?', [CODE]);
    const audit = await app.sql<{ action: string }>(`select action from audit_entries where entity_id in (?, (select id from application_forms where policy_id = ?)) order by action`, [policy.id, policy.id]);
    expect(audit.map((a) => a.action)).toEqual(['APPLICATION_FORM_CREATED', 'POLICY_CREATED']);

    // Its cap, on /admin/caps: until then a money policy takes no applications.
    await admin.getByRole('link', { name: '金额上限与办理时限' }).first().click();
    const card = admin.getByTestId(`cap-card-${CODE}`);
    await expect.poll(() => card.getByTestId('cap-accepting').textContent()).toBe('暂不受理');
    await card.getByLabel(/每份申请的金额上限/).fill('3000');
    await card.getByLabel(/生效日期/).fill(shanghaiToday());
    await card.getByLabel(/依据和说明（中文）/).fill('依据月浦镇技能人才补贴办法录入（测试）');
    await card.getByRole('button', { name: '保存上限' }).click();
    await expect.poll(() => card.getByTestId('cap-accepting').textContent()).toBe('受理中');

    // The talent bypasses the web: a draft without the required answer is allowed, submitting it is not.
    const talent = await suite.newPage('phone');
    await suite.signIn(talent, 'talent');
    await talent.goto(`${app.url}/policies/${CODE}`);
    const graphql = (query: string, variables: unknown) => talent.evaluate(async ([q, v]) => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      return res.json() as Promise<{ data: Record<string, { application: { id: string } | null; errors: { field: string; code: string; message: string }[] }> }>;
    }, [query, variables] as const);
    const created = await graphql(`mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } errors { field code message } } }`,
      { input: { policyId: policy.id, requestedAmountYuan: 2000, answers: [{ key: 'trainingHours', value: '40' }] } });
    expect(created.data.createApplication.errors).toEqual([]);
    const id = created.data.createApplication.application!.id;
    const refused = await graphql(`mutation($input: ApplicationStepInput!) { submitApplication(input: $input) { application { id } errors { field code message } } }`, { input: { id } });
    expect(refused.data.submitApplication.errors).toContainEqual({ field: 'input.answers.certificateName', code: 'REQUIRED', message: '请回答「证书名称」，提交申请时必须有。' });
    expect(refused.data.submitApplication.application).toBeNull();
    expect(await app.sql('select status, answers from applications where id = ?', [id])).toEqual([{ status: 'DRAFT', answers: { trainingHours: '40' } }]);

    // Through the web: the wizard draws the form from its data, and refuses the empty required answer itself.
    await talent.goto(`${app.url}/apply/${policy.id}?application=${id}&step=1`);
    const answer = talent.getByLabel(/证书名称/);
    await answer.waitFor();
    expect(await talent.getByLabel(/培训学时/).inputValue()).toBe('40');
    await talent.getByTestId('save-details').click();
    await expect.poll(() => talent.locator('#answer-certificateName-error').textContent()).toContain('请填写此项');
    await answer.fill('电工（四级）');
    await talent.getByTestId('save-details').click();
    await expect.poll(() => new URL(talent.url()).searchParams.get('step')).toBe('2');
    const item = talent.getByTestId('checklist-TITLE_CERTIFICATE');
    await item.getByTestId('file-input').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
    await item.getByTestId('upload-button').click();
    await expect.poll(() => item.getByTestId('attached-document').count()).toBe(1);
    await talent.getByTestId('to-review').click();
    await talent.getByTestId('submit-application').click();
    await expect.poll(() => talent.getByTestId('submitted-notice').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await app.sql('select status, answers from applications where id = ?', [id])).toEqual([{ status: 'SUBMITTED', answers: { certificateName: '电工（四级）', trainingHours: '40' } }]);
  });
});
