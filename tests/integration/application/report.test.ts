import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, POLICY } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, HOUSING_SUBSIDY_DOCUMENTS, M, newApplicant, submittedApplication, walletWith } from './helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 20000);
  const [talent, hr, reviewer] = await Promise.all([app.client('talent'), app.client('hr'), app.client('reviewer')]);
  const documents = await walletWith(app, talent, HOUSING_SUBSIDY_DOCUMENTS);
  // Three applications: one paid 12,000, one rejected, one approved 8,000 (not yet paid), each
  // decided before the next is made (one open application per person and policy); plus a draft
  // by someone else.
  const decide = async (amount: number, decision: (id: string) => Promise<unknown>) => {
    const submitted = await submittedApplication(talent, POLICY.housingSubsidy, documents, amount);
    if (submitted.status === 'SUBMITTED') await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    await reviewer.data(M.startReview, { input: { id: submitted.id } });
    await decision(submitted.id);
  };
  await decide(12000, async (id) => {
    await reviewer.data(M.approve, { input: { id, amountYuan: 12000 } });
    await reviewer.data(M.disburse, { input: { id, paymentReference: 'PAY-REPORT-1' } });
  });
  await decide(5000, (id) => reviewer.data(M.reject, { input: { id, reason: '租赁合同不在宝山区' } }));
  await decide(8000, (id) => reviewer.data(M.approve, { input: { id, amountYuan: 8000 } }));
  const other = await newApplicant(app, []);
  await other.client.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 100 } });
});
afterAll(async () => {
  await app.close();
});

describe('application report', () => {
  it('counts by status, policy and enterprise with approved and paid amounts (drafts left out)', async () => {
    const { applicationReport: r } = await (await app.client('reviewer')).data(`{ applicationReport {
      total { count approvedYuan paidYuan }
      byStatus { key nameZh count approvedYuan paidYuan }
      byPolicy { key count approvedYuan paidYuan }
      byEnterprise { key nameZh count } } }`);
    expect(r.total).toEqual({ count: 3, approvedYuan: 20000, paidYuan: 12000 });
    expect(r.byStatus).toEqual([
      { key: 'APPROVED', nameZh: '已批准', count: 1, approvedYuan: 8000, paidYuan: 0 },
      { key: 'REJECTED', nameZh: '未通过', count: 1, approvedYuan: 0, paidYuan: 0 },
      { key: 'DISBURSED', nameZh: '已发放', count: 1, approvedYuan: 12000, paidYuan: 12000 },
    ]);
    expect(r.byPolicy).toEqual([{ key: POLICY.housingSubsidy, count: 3, approvedYuan: 20000, paidYuan: 12000 }]);
    expect(r.byEnterprise).toMatchObject([{ key: ORG.enterprises[0], count: 3 }]);
  });

  it('exports the same applications as an Excel-friendly CSV for reviewers only', async () => {
    const reviewer = await app.client('reviewer');
    const res = await fetch(`${app.url}/reports/applications.csv`, { headers: { cookie: reviewer.sessionCookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^受理编号 Reference,状态 Status/);
    // Statuses in words, times on Shanghai's clock (not UTC ISO strings).
    expect(lines.slice(1).map((l) => l.split(',')[1]).sort()).toEqual(['已发放 / Paid out', '已批准 / Approved', '未通过 / Rejected'].sort());
    expect(lines.join('\n')).toContain('PAY-REPORT-1');
    const submitted = lines[1].split(',')[9];
    expect(submitted).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(submitted.slice(0, 10)).toBe(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));

    const hr = await app.client('hr');
    expect((await fetch(`${app.url}/reports/applications.csv`, { headers: { cookie: hr.sessionCookie! } })).status).toBe(403);
    expect((await fetch(`${app.url}/reports/applications.csv`)).status).toBe(401);
  });

  it('narrows figures and the CSV to a range of submission days (Shanghai), with the months for the chart', async () => {
    const reviewer = await app.client('reviewer');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const day = (offset: number) => new Date(Date.parse(`${today}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    const q = `query($from: LocalDate, $to: LocalDate) { applicationReport(from: $from, to: $to) { total { count approvedYuan paidYuan } byMonth { key nameZh count } } }`;
    const report = async (from: string | null, to: string | null) => (await reviewer.data(q, { from, to })).applicationReport;
    expect((await report(today, today)).total).toEqual({ count: 3, approvedYuan: 20000, paidYuan: 12000 });
    expect((await report(today, today)).byMonth).toEqual([{ key: today.slice(0, 7), nameZh: `${today.slice(0, 4)}年${Number(today.slice(5, 7))}月`, count: 3 }]);
    expect((await report(day(1), null)).total.count).toBe(0);
    expect((await report(null, day(-1))).total.count).toBe(0);
    expect((await report(null, day(-1))).byMonth).toEqual([]);

    // A backwards range is refused on its end date.
    const backwards = await reviewer.request(q, { from: today, to: day(-1) });
    expect(JSON.stringify(backwards.body.errors)).toContain('结束日期不能早于开始日期');

    const csv = async (query: string) => fetch(`${app.url}/reports/applications.csv${query}`, { headers: { cookie: reviewer.sessionCookie! } });
    const rows = async (query: string) => (await (await csv(query)).text()).slice(1).trim().split('\r\n').length - 1;
    expect(await rows(`?from=${today}&to=${today}`)).toBe(3);
    expect(await rows(`?from=${day(1)}`)).toBe(0);
    expect((await csv(`?from=${today}`)).headers.get('content-disposition')).toContain(`applications-${today}_${today}.csv`);
    for (const bad of ['?from=2026-13-45', '?from=yesterday', `?to=${'9'.repeat(100_000)}`, '?from=%00', `?from=${today}&from=${today}`, `?from=${today}&to=${day(-1)}`]) {
      // A 100 KB address is turned away by the HTTP server itself (431) before the route.
      expect([400, 431], bad.slice(0, 30)).toContain((await csv(bad)).status);
    }
  });
});
