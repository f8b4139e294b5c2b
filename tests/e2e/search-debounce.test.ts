import type { Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

/** The search variable of each GraphQL request named `operation` the page sends from now on. */
function searchesSent(page: Page, operation: string): (string | null)[] {
  const searches: (string | null)[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string; variables?: { search?: string | null } } | null;
    if (body?.operationName === operation) searches.push(body.variables?.search ?? null);
  });
  return searches;
}

describeInBrowser('search boxes in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage, signIn } = suite;

  it('the accounts list asks once for a word typed quickly, and shows that word\'s accounts', { timeout: 120_000 }, async () => {
    const admin = await newPage();
    await signIn(admin, 'admin');
    await admin.goto(`${suite.app.url}/admin/accounts`);
    await expect.poll(() => admin.getByTestId('accounts').textContent(), { timeout: 15_000 }).toContain('admin@yuepu.example');

    const searches = searchesSent(admin, 'AdminUsers');
    await admin.locator('#search').pressSequentially('talent2');
    await expect.poll(() => admin.getByTestId('accounts').textContent(), { timeout: 15_000 }).not.toContain('admin@yuepu.example');
    expect(await admin.getByTestId('accounts').textContent()).toContain('talent2@yuepu.example');
    await admin.waitForTimeout(600); // nothing more is on its way
    expect(searches).toEqual(['talent2']);
    await admin.context().close();
  });

  it('an answer to an older search arriving late does not replace the latest one\'s', { timeout: 120_000 }, async () => {
    const admin = await newPage();
    await signIn(admin, 'admin');
    await admin.goto(`${suite.app.url}/admin/accounts`);
    await expect.poll(() => admin.getByTestId('accounts').textContent(), { timeout: 15_000 }).toContain('admin@yuepu.example');

    // The answer for "hr" is held back until the answer for "hr2" is on screen.
    let releaseOlder!: () => void;
    const olderReleased = new Promise<void>((resolve) => { releaseOlder = resolve; });
    let olderAnswered = false;
    await admin.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { search?: string | null } } | null;
      if (body?.operationName !== 'AdminUsers' || body.variables?.search !== 'hr') return route.continue();
      await olderReleased;
      await route.continue().catch(() => undefined); // the page may have given up on it already
      olderAnswered = true;
    });
    const searches = searchesSent(admin, 'AdminUsers');
    const box = admin.locator('#search');
    await box.pressSequentially('hr');
    await expect.poll(() => searches.includes('hr'), { timeout: 15_000 }).toBe(true);
    await box.pressSequentially('2');
    await expect.poll(() => admin.getByTestId('accounts').textContent(), { timeout: 15_000 }).not.toContain('admin@yuepu.example');
    expect(await admin.getByTestId('accounts').textContent()).toContain('hr2@yuepu.example');

    releaseOlder();
    await expect.poll(() => olderAnswered, { timeout: 15_000 }).toBe(true);
    await admin.waitForTimeout(500);
    const shown = await admin.getByTestId('accounts').textContent();
    expect(shown).toContain('hr2@yuepu.example');
    expect(shown).not.toContain('hr@yuepu.example');
    await admin.context().close();
  });

  it('the joint meeting\'s agenda pickers ask once for a reference typed quickly, and offer what it finds', { timeout: 120_000 }, async () => {
    const [worker] = await suite.app.sql<{ id: string }>("select id from users where email = 'community@yuepu.example'");
    await suite.app.sql(
      `insert into community_needs (id, reference, place_id, posted_by_id, title, description, category, people_served, due_on, is_public)
       select gen_random_uuid(), 'DB-0001', organisation_id, ?, '防汛沙袋补给', '说明', 'ELDERLY_CARE', 1, current_date + 30, true from users where id = ?`,
      [worker.id, worker.id],
    );
    const coordinator = await newPage();
    await signIn(coordinator, 'coordinator');
    await coordinator.goto(`${suite.app.url}/community/meetings/new`);
    await expect.poll(() => coordinator.getByTestId('link-count').textContent(), { timeout: 15_000 }).toMatch(/显示需求 \d+/);

    const searches = searchesSent(coordinator, 'MeetingLinkChoices');
    await coordinator.getByTestId('link-search').pressSequentially('DB-0001');
    await expect.poll(() => coordinator.getByTestId('link-count').textContent(), { timeout: 15_000 }).toContain('显示需求 1 / 1 项');
    expect(await coordinator.locator('#agenda-need-0 option').allTextContents()).toContain('DB-0001 防汛沙袋补给');
    await coordinator.waitForTimeout(600);
    expect(searches).toEqual(['DB-0001']);
    await coordinator.context().close();
  });
});
