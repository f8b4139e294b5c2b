import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { APARTMENT, SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import type { GraphQLClient } from '../helpers/test-app.js';
import { walletWith } from '../integration/application/helpers.js';
import { APARTMENT_DOCUMENTS, approvedFlat, monthFromNow, pendingOfferOf, type People } from '../integration/apartment/helpers.js';

/** Set to a folder to keep screenshots (phone and desktop) of the talent's and the coordinator's pages. */
const SHOTS = process.env.APARTMENTS_SCREENSHOTS;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

describeInBrowser('talent apartments in Chromium', () => {
  const suite = useAppInBrowser();
  const { signIn } = suite;
  let someoneAhead: GraphQLClient;
  let p: People;

  beforeAll(async () => {
    // The test decides which units are free: every sample unit goes into maintenance.
    await suite.app.sql(`update apartment_units set status = 'MAINTENANCE'`);
    // Someone else was approved for a one-bedroom flat first.
    someoneAhead = await suite.app.client();
    await someoneAhead.signIn('talent2@yuepu.example');
    const [hr, reviewer] = await Promise.all([suite.app.client('hr'), suite.app.client('reviewer')]);
    p = { talents: [someoneAhead], wallets: [await walletWith(suite.app, someoneAhead, APARTMENT_DOCUMENTS)], hrOf: [hr], reviewer } as unknown as People;
    await approvedFlat(p, 0, { layout: 'ONE_BEDROOM' });
  });

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

  it('a talent applies through the wizard, sees their place on the waitlist, accepts an offer and sees the lease and subsidy months', { timeout: 180_000 }, async () => {
    const talent = await suite.newPage('phone');
    await signIn(talent, 'talent');

    // ---- applying: from the apartments page into the application wizard ----
    await talent.goto(`${suite.app.url}/apartments`);
    await expect.poll(() => talent.getByTestId('sample-note').isVisible()).toBe(true);
    expect(await talent.getByTestId('waitlist-order').textContent()).toContain('先按申请获批的时间先后排序');
    await shot(talent, 'apartments-0-browse');
    await talent.getByTestId('apply-apartment').click();
    await expect.poll(() => talent.getByTestId('apply-title').textContent()).toContain('人才公寓');
    await talent.getByLabel(/希望的户型/).selectOption('ONE_BEDROOM');
    await talent.getByLabel(/希望入住的月份/).fill(monthFromNow(1));
    await shot(talent, 'apartments-0-wizard');
    await talent.getByTestId('save-details').click();
    await expect.poll(() => new URL(talent.url()).searchParams.get('step')).toBe('2');
    for (const kind of APARTMENT_DOCUMENTS) {
      const item = talent.getByTestId(`checklist-${kind}`);
      await item.getByTestId('file-input').setInputFiles({ name: `${kind.toLowerCase()}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await item.getByTestId('upload-button').click();
      await expect.poll(() => item.getByTestId('attached-document').count()).toBe(1);
    }
    await talent.getByTestId('to-review').click();
    await talent.getByTestId('submit-application').click();
    await expect.poll(() => talent.getByTestId('submitted-notice').isVisible()).toBe(true);
    const [application] = await suite.app.sql<{ id: string; answers: Record<string, string> }>(
      `select a.id, a.answers from applications a join users u on u.id = a.applicant_id where u.email = 'talent@yuepu.example'`);
    expect(application.answers).toMatchObject({ layout: 'ONE_BEDROOM', moveInMonth: monthFromNow(1) });

    // HR confirms and a reviewer approves (their pages have their own browser tests).
    await p.hrOf[0].data(`mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { errors { code } } }`,
      { input: { id: application.id, contractStart: '2024-03-01', contractEnd: '2029-02-28', position: '材料工程师', socialInsuranceMonths: 30 } });
    await p.reviewer.data(`mutation($input: ApplicationStepInput!) { startReview(input: $input) { errors { code } } }`, { input: { id: application.id } });
    const approved = await p.reviewer.data(`mutation($input: ApproveApplicationInput!) { approveApplication(input: $input) { application { status } errors { code message } } }`, { input: { id: application.id } });
    expect(approved.approveApplication.application.status).toBe('APPROVED');

    // ---- the waitlist: second for one-bedroom units ----
    await talent.goto(`${suite.app.url}/apartments/mine`);
    await expect.poll(() => talent.getByTestId('waitlist-place').textContent()).toContain('您在一室户轮候中排第 2 位');
    await shot(talent, 'apartments-1-waitlist');

    // A one-bedroom unit frees up: the first in line gets it, declines, and it passes on.
    const coordinator = await suite.app.client('coordinator');
    const added = await coordinator.data(`mutation($input: CreateApartmentUnitInput!) { createApartmentUnit(input: $input) { unit { code status } errors { message } } }`,
      { input: { projectId: APARTMENT.projects[0], code: '6-601', layout: 'ONE_BEDROOM', areaSqm: 50, monthlyRentYuan: 2700 } });
    expect(added.createApartmentUnit.unit).toEqual({ code: '6-601', status: 'RESERVED' });
    const first = (await pendingOfferOf(someoneAhead))!;
    await someoneAhead.data(`mutation($input: ApartmentOfferAnswerInput!) { declineApartmentOffer(input: $input) { errors { code } } }`, { input: { offerId: first.id } });

    // ---- the offer, with its deadline, accepted ----
    await talent.reload();
    await expect.poll(() => talent.getByTestId('apartment-offer').textContent()).toContain('6-601');
    expect(await talent.getByTestId('apartment-offer').textContent()).toContain('请在');
    // Holding an offer, the waitlist says so instead of a place in the queue.
    expect(await talent.getByTestId('waitlist-place').textContent()).toContain('有房源等您确认');
    expect(await talent.getByTestId('waitlist-place').textContent()).not.toContain('排第');
    await shot(talent, 'apartments-2-offer');
    await talent.getByTestId('accept-offer').click();
    await expect.poll(() => talent.getByTestId('apartment-notice').textContent()).toContain('已签约');

    // ---- the lease and the subsidy months ----
    await expect.poll(() => talent.getByTestId('apartment-lease').isVisible()).toBe(true);
    const start = monthFromNow(1);
    expect(await talent.getByTestId('lease-period').textContent()).toContain(`${Number(start.slice(0, 4))}年${Number(start.slice(5))}月1日`);
    expect(await talent.getByTestId('apartment-lease').textContent()).toContain('租金的 30%，每月最高 1,000 元');
    expect(await talent.getByTestId('subsidy-used').textContent()).toBe('0 / 36 个月');
    expect(await talent.getByTestId('subsidy-planned').textContent()).toBe('12 个月');
    expect(await talent.getByTestId('subsidy-left').textContent()).toBe('36 个月');
    const months = talent.getByTestId('subsidy-months').locator('tbody tr');
    expect(await months.count()).toBe(12);
    // 30% of 2,700 yuan = 810 a month, below the 1,000 cap.
    expect(await months.first().textContent()).toContain('810 元');
    expect(await talent.getByTestId('subsidy-months').locator('tr[data-outcome="SUBSIDISED"]').count()).toBe(12);
    expect(await talent.getByTestId('waitlist-place').count()).toBe(0);
    // On this phone the months scroll inside their own labelled region a keyboard can focus; the page stays 390 px wide.
    const monthsBox = talent.getByTestId('subsidy-months-scroll');
    expect([await monthsBox.getAttribute('role'), await monthsBox.getAttribute('aria-label'), await monthsBox.getAttribute('tabindex')]).toEqual(['region', '逐月明细', '0']);
    expect(await talent.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot(talent, 'apartments-3-lease');
    await talent.getByTestId('locale-switch').click();
    await expect.poll(() => talent.getByTestId('subsidy-used').textContent()).toBe('0 of 36 months');
    expect(await talent.getByTestId('apartment-notice').textContent()).toContain('Signed');
    expect(await talent.getByTestId('waitlist-order').textContent()).toContain('Each layout has its own waitlist');
    await shot(talent, 'apartments-3-lease-en');
    await talent.getByTestId('locale-switch').click();

    // The application moved APPROVED → ALLOCATED through the workflow.
    expect((await suite.app.sql<{ status: string }>('select status from applications where id = ?', [application.id]))[0].status).toBe('ALLOCATED');
    await talent.close();
  });

  it('a coordinator sees occupancy per project as a chart, the waitlist per layout and the settlement page', { timeout: 60_000 }, async () => {
    const page = await suite.newPage('desktop');
    await signIn(page, 'coordinator');
    await page.goto(`${suite.app.url}/apartments/manage`);
    await expect.poll(() => page.getByTestId('occupancy-chart').isVisible()).toBe(true);
    expect(await page.getByTestId('occupancy-chart').locator('[data-testid="segment-occupied"]').count()).toBe(1);
    await shot(page, 'apartments-4-occupancy');
    await page.goto(`${suite.app.url}/apartments/waitlist?layout=ONE_BEDROOM`);
    await expect.poll(() => page.getByTestId('waitlist').textContent()).toContain('刘博');
    await shot(page, 'apartments-5-waitlist');
    await page.goto(`${suite.app.url}/apartments/settlements`);
    await expect.poll(() => page.getByRole('heading', { name: '租金补贴结算' }).isVisible()).toBe(true);
    await page.close();
  });

  it('the waitlist opens on the first layout with people, tabs count them, and a coordinator makes an offer by hand with a reason', { timeout: 120_000 }, async () => {
    // Talent 3 waits for a two-bedroom flat from four months on, so a free two-bedroom unit stays free.
    const talent3 = await suite.app.client();
    await talent3.signIn('talent3@yuepu.example');
    const others = { talents: [talent3], wallets: [await walletWith(suite.app, talent3, APARTMENT_DOCUMENTS)], hrOf: [await suite.app.client('hr2')], reviewer: p.reviewer } as unknown as People;
    const { reference } = await approvedFlat(others, 0, { layout: 'TWO_BEDROOM', moveInMonth: monthFromNow(4) });
    const coordinator = await suite.app.client('coordinator');
    const added = await coordinator.data(`mutation($input: CreateApartmentUnitInput!) { createApartmentUnit(input: $input) { unit { status } } }`,
      { input: { projectId: APARTMENT.projects[0], code: '7-702', layout: 'TWO_BEDROOM', areaSqm: 70, monthlyRentYuan: 3600 } });
    expect(added.createApartmentUnit.unit.status).toBe('AVAILABLE');

    const page = await suite.newPage('phone');
    await signIn(page, 'coordinator');
    await page.goto(`${suite.app.url}/apartments/waitlist`);
    // 刘博 still waits for a one-bedroom flat (he declined one above): the page opens there, not on the empty studio list.
    const tabs = page.getByTestId('waitlist-tabs');
    await expect.poll(() => tabs.locator('[aria-current="page"]').textContent()).toBe('一室户（1）');
    expect(await tabs.locator('a').allTextContents()).toEqual(['开间（0）', '一室户（1）', '两室户（1）', '三室户（0）']);
    expect(await page.getByTestId('waitlist').textContent()).toContain('刘博');

    await tabs.getByText('两室户（1）').click();
    await expect.poll(() => page.getByTestId(`offer-by-hand-${reference}`).isVisible()).toBe(true);
    await page.getByTestId(`offer-by-hand-${reference}`).click();
    const form = page.getByTestId('offer-form');
    await expect.poll(() => form.getByLabel(/房源/).locator('option').count()).toBe(2);
    await form.getByTestId('send-offer').click();
    // Both fields are required: the error summary names them.
    await expect.poll(() => form.locator('[data-error-summary]').isVisible()).toBe(true);
    expect(await form.locator('[data-error-summary] a').count()).toBe(2);
    await form.getByLabel(/房源/).selectOption({ index: 1 });
    await form.getByLabel(/理由/).fill('家中突发变故，急需住房（镇领导已批准）');
    await form.getByTestId('send-offer').click();
    await expect.poll(() => page.getByTestId('offer-by-hand').textContent()).toContain('理由：家中突发变故，急需住房（镇领导已批准）');
    expect(await page.getByTestId('waitlist').textContent()).toContain('7-702');
    await shot(page, 'apartments-6-offer-by-hand');
    const [logged] = await suite.app.sql<{ summary_zh: string; email: string }>(
      `select a.summary_zh, u.email from audit_entries a join users u on u.id = a.actor_id where a.action = 'APARTMENT_OFFER_BY_HAND'`);
    expect(logged).toEqual({ summary_zh: expect.stringContaining('家中突发变故'), email: 'coordinator@yuepu.example' });
    await page.close();

    // The talent holding the offer sees it waiting for them, not a place in the queue.
    const talent = await suite.newPage('phone');
    await talent.goto(`${suite.app.url}/sign-in`);
    await talent.getByLabel('邮箱').fill('talent3@yuepu.example');
    await talent.getByLabel('密码').fill(SAMPLE_PASSWORD);
    await talent.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => talent.getByTestId('home-greeting').isVisible(), { timeout: 15_000 }).toBe(true);
    await talent.goto(`${suite.app.url}/apartments/mine`);
    await expect.poll(() => talent.getByTestId('waitlist-place').textContent()).toContain('有房源等您确认');
    expect(await talent.getByTestId('waitlist-place').textContent()).not.toContain('排第');
    expect(await talent.getByTestId('apartment-offer').textContent()).toContain('7-702');
    await talent.getByTestId('locale-switch').click();
    await expect.poll(() => talent.getByTestId('waitlist-place').textContent()).toContain('An offer is waiting for you');
    await talent.close();
  });
});
