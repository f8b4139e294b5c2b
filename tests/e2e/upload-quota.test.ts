import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { POLICY, SAMPLE_LOGINS, SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { describeInBrowser, launchBrowser, newPage } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { configureCap } from '../integration/application/helpers.js';
import { shanghaiToday } from '../../api/src/core/time/shanghai.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

describeInBrowser('the daily upload quota in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp({ UPLOAD_QUOTA_FILES_PER_DAY: '2' });
    browser = await launchBrowser();
    const admin = await app.client('admin');
    await configureCap(admin, POLICY.housingSubsidy, 20000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the server\'s quota message beside the file, in Chinese and in English, and stores nothing', { timeout: 120_000 }, async () => {
    const page = await newPage(browser, 'phone');
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('邮箱').fill(SAMPLE_LOGINS.talent);
    await page.getByLabel('密码').fill(SAMPLE_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('home-greeting').isVisible(), { timeout: 15_000 }).toBe(true);

    await page.goto(`${app.url}/policies/housing-subsidy`);
    await page.getByTestId('apply-online').click();
    await page.getByLabel('申请金额（元）').fill('12000');
    await page.getByLabel(/月租金/).fill('4200');
    await page.getByTestId('save-details').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');

    // Today's two uploads were already used (elsewhere, at another instance: the count is in the database).
    const [talent] = await app.sql<{ id: string }>('select id from users where email = ?', [SAMPLE_LOGINS.talent]);
    await app.sql('insert into upload_quota_usage (user_id, day, files, bytes) values (?, ?, 2, 1000)', [talent.id, shanghaiToday()]);
    const documents = async () => Number((await app.sql<{ n: string }>('select count(*) as n from documents where owner_id = ?', [talent.id]))[0].n);
    const before = await documents();

    const idCard = page.getByTestId('checklist-ID_CARD');
    await idCard.getByTestId('file-input').setInputFiles({ name: 'id-card.pdf', mimeType: 'application/pdf', buffer: PDF });
    await idCard.getByTestId('upload-button').click();
    await expect.poll(() => idCard.getByTestId('file-error').textContent()).toBe('今天上传的文件已达 2 个的上限，请明天再上传；如确有需要，请联系镇人才办。');

    await page.getByTestId('locale-switch').click();
    await idCard.getByTestId('file-input').setInputFiles({ name: 'id-card.pdf', mimeType: 'application/pdf', buffer: PDF });
    await idCard.getByTestId('upload-button').click();
    await expect.poll(() => idCard.getByTestId('file-error').textContent()).toBe("You have reached today's limit of 2 uploaded files; please upload again tomorrow, or contact the town talent office if you need more.");
    expect(await documents()).toBe(before);
  });
});
