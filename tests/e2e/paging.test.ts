import { expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { waitingInQueue } from '../integration/application/helpers.js';

const WAIT = { timeout: 15_000 };

// Issue 14: lists are read a page at a time with cursors instead of asking for 100 rows.
describeInBrowser('paging a long list, in Chromium', () => {
  const suite = useAppInBrowser();

  it('shows the review queue a page at a time: "next" brings the rows after the first page, none twice, and says which rows are shown', async () => {
    const { app } = suite;
    // 40 applications waiting for a reviewer, more than a page (25), each waiting an hour less than the one before.
    await waitingInQueue(app, 40, 'YP-PG', `timestamptz '2026-03-01' + i * interval '1 hour'`);
    const [{ n: total }] = await app.sql<{ n: number }>(`select count(*)::int as n from applications where status in ('EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'APPROVED')`);
    // The sample data has no more than 10 in the queue: the list is two pages.
    expect(total).toBeGreaterThan(25);
    expect(total).toBeLessThanOrEqual(50);

    const page = await suite.newPage();
    await suite.signIn(page, 'reviewer');
    await page.goto(`${app.url}/review`);
    const references = () => page.getByTestId('queue-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reference')));
    await expect.poll(async () => (await references()).length, WAIT).toBe(25);
    const first = await references();
    const status = page.getByTestId('pager-status');
    expect(await status.textContent()).toBe(`第 1 / ${Math.ceil(total / 25)} 页：第 1–25 条，共 ${total} 条`);
    expect(await status.getAttribute('aria-live')).toBe('polite');

    const next = page.getByRole('button', { name: '下一页' });
    await next.click();
    await expect.poll(async () => (await references())[0], WAIT).not.toBe(first[0]);
    const second = await references();
    expect(second).toHaveLength(total - 25);
    expect(await status.textContent()).toBe(`第 2 / 2 页：第 26–${total} 条，共 ${total} 条`);
    // Every row once, in the queue's order (longest waiting first: the references were numbered so).
    const seen = [...first, ...second];
    expect(new Set(seen).size).toBe(total);
    const ours = seen.filter((r) => r?.startsWith('YP-PG'));
    expect(ours).toEqual([...ours].sort());
    // On the last page "next" says it is unavailable but keeps the keyboard's place.
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).toBe('下一页');

    await page.getByRole('button', { name: '上一页' }).click();
    await expect.poll(references, WAIT).toEqual(first);
    await page.close();
  });
});
