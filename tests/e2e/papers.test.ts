import jsQRModule from 'jsqr';
import { expect, it } from 'vitest';
import { POLICY } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { EMPLOYMENT, M, newApplicant, submittedApplication } from '../integration/application/helpers.js';

// Issue 17 item 6: a decision letter prints with its QR code; the code, read from the printed
// page's pixels, opens the public check, which confirms the letter by reference, kind and date.

const WAIT = { timeout: 15_000 };
// jsQR is CommonJS: imported from ESM under Node its function is the default's default.
const jsQR = jsQRModule.default;

describeInBrowser('a decision letter prints with a QR code that checks out, in Chromium', () => {
  const suite = useAppInBrowser();

  it('prints the letter with its QR image; the URL in the QR confirms it to anyone; a forged one is not genuine', { timeout: 120_000 }, async () => {
    const { app } = suite;
    const [reviewerApi, hrApi] = await Promise.all([app.client('reviewer'), app.client('hr')]);
    const applicant = await newApplicant(app);
    const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
    await hrApi.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    await reviewerApi.data(M.startReview, { input: { id: submitted.id } });
    await reviewerApi.data(M.reject, { input: { id: submitted.id, reason: '租赁合同不在宝山区。' } });

    const reviewer = await suite.newPage('desktop');
    await suite.signIn(reviewer, 'reviewer');
    await reviewer.goto(`${app.url}/applications/${submitted.id}`);
    await reviewer.getByTestId('paper-decision').click();
    await expect.poll(() => reviewer.getByTestId('paper-title').textContent(), WAIT).toBe('审批决定书');
    const paper = reviewer.getByTestId('paper');
    expect(await paper.textContent()).toContain(submitted.reference);
    expect(await paper.textContent()).toContain('租赁合同不在宝山区。');
    expect(await paper.textContent()).toContain('不予批准');
    const qr = reviewer.getByTestId('paper-qr');
    await expect.poll(() => qr.evaluate((img: any) => img.complete && img.naturalWidth > 0), WAIT).toBe(true);

    // Read the QR code from the image's pixels, as a phone would from the paper.
    // Page-side code: the tests' TypeScript has no DOM library.
    const pixels = await qr.evaluate((img: any) => {
      const canvas = (globalThis as any).document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(img, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width as number, height: data.height as number, data: Array.from(data.data as ArrayLike<number>) };
    });
    const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
    expect(decoded?.data).toMatch(new RegExp(`^${app.url}/verify/[A-Za-z0-9_-]{24}$`));

    // Printed, only the letter shows (the app's navigation is hidden).
    await reviewer.emulateMedia({ media: 'print' });
    expect(await paper.isVisible()).toBe(true);
    expect(await reviewer.locator('nav').first().evaluate((el) => (globalThis as any).getComputedStyle(el).visibility as string)).toBe('hidden');
    await reviewer.emulateMedia({ media: 'screen' });

    // With English chosen, the English stands beside the Chinese.
    await reviewer.evaluate("localStorage.setItem('yuepu.locale', 'en')");
    await reviewer.reload();
    await expect.poll(() => reviewer.getByTestId('paper-title').textContent(), WAIT).toBe('审批决定书Decision letter');
    expect(await paper.textContent()).toContain('Not approved');

    // Anyone, signed out, opens the URL from the QR code: genuine, with reference, kind and date only.
    const visitor = await suite.newPage('phone');
    await visitor.goto(decoded!.data);
    await expect.poll(() => visitor.getByTestId('verify-genuine').isVisible(), WAIT).toBe(true);
    expect(await visitor.getByTestId('verify-reference').textContent()).toBe(submitted.reference);
    expect(await visitor.getByTestId('verify-kind').textContent()).toBe('审批决定书');
    const facts = await visitor.getByTestId('verify-facts').textContent();
    expect(facts).not.toContain('测试人才');
    expect(facts).not.toContain('租赁合同');

    // One character changed: not genuine, said plainly.
    const forged = decoded!.data.slice(0, -1) + (decoded!.data.endsWith('A') ? 'B' : 'A');
    await visitor.goto(forged);
    await expect.poll(() => visitor.getByTestId('verify-not-genuine').textContent(), WAIT).toContain('不是真实文书');
    expect(await visitor.getByTestId('verify-genuine').count()).toBe(0);
  });
});
