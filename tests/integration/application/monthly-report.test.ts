import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * The district's monthly statistics against a fixture computed by hand. Every instant below is
 * UTC; Shanghai is UTC+8, so 23:30 UTC on the last day of a month is 07:30 the next month in
 * Shanghai, and that is the month it counts in. Housing subsidy (H) has 30 processing days, the
 * key-talent incentive (K) is set to 10 for this test.
 */
const H = POLICY.housingSubsidy;
const K = POLICY.keyTalentIncentive;

interface Case {
  policy: string;
  status: string;
  submitted: string | null;
  approve?: [string, number];
  reject?: string;
  disburse?: string;
}

const CASES: Case[] = [
  // A1: Jan 10 → approved Jan 25 (15 days) 10,000 → paid Feb 3.
  { policy: H, status: 'DISBURSED', submitted: '2021-01-10T02:00:00Z', approve: ['2021-01-25T03:00:00Z', 10000], disburse: '2021-02-03T04:00:00Z' },
  // A2: 23:30 UTC on Jan 31 is Feb 1 in Shanghai → received in February; rejected Mar 15: 42 days, overdue.
  { policy: H, status: 'REJECTED', submitted: '2021-01-31T23:30:00Z', reject: '2021-03-15T02:00:00Z' },
  // A3: Jan 5 → approved 23:30 UTC Feb 28 = Mar 1 in Shanghai: 55 days, overdue; 8,000 paid Mar 10.
  { policy: H, status: 'DISBURSED', submitted: '2021-01-05T01:00:00Z', approve: ['2021-02-28T23:30:00Z', 8000], disburse: '2021-03-10T02:00:00Z' },
  // A4: Feb 2 → approved Feb 12 (10 days) 5,000, not paid yet.
  { policy: H, status: 'APPROVED', submitted: '2021-02-02T02:00:00Z', approve: ['2021-02-12T02:00:00Z', 5000] },
  // A5: Feb 10 → rejected 15:59 UTC Feb 20 = 23:59 Feb 20 in Shanghai (10 days).
  { policy: H, status: 'REJECTED', submitted: '2021-02-10T02:00:00Z', reject: '2021-02-20T15:59:00Z' },
  // A6: 16:30 UTC Mar 31 = Apr 1 in Shanghai: outside a range ending Mar 31.
  { policy: H, status: 'SUBMITTED', submitted: '2021-03-31T16:30:00Z' },
  // A7: Dec 31 23:00 in Shanghai (before the range) → approved Jan 20 (20 days) 3,000 → paid Jan 29.
  { policy: H, status: 'DISBURSED', submitted: '2020-12-31T15:00:00Z', approve: ['2021-01-20T02:00:00Z', 3000], disburse: '2021-01-29T02:00:00Z' },
  // A8: a draft, never counted.
  { policy: H, status: 'DRAFT', submitted: null },
  // B1: Jan 4 → approved Jan 18 (14 days > 10: overdue) 20,000 → paid 16:10 UTC Jan 31 = Feb 1 in Shanghai; closed since.
  { policy: K, status: 'CLOSED', submitted: '2021-01-04T02:00:00Z', approve: ['2021-01-18T02:00:00Z', 20000], disburse: '2021-01-31T16:10:00Z' },
  // B2: Jan 20 → rejected Jan 27 (7 days).
  { policy: K, status: 'REJECTED', submitted: '2021-01-20T02:00:00Z', reject: '2021-01-27T02:00:00Z' },
  // B3: Mar 2 → approved Mar 5 (3 days) 6,000 → paid Mar 6.
  { policy: K, status: 'DISBURSED', submitted: '2021-03-02T02:00:00Z', approve: ['2021-03-05T02:00:00Z', 6000], disburse: '2021-03-06T02:00:00Z' },
  // B4, B5: Feb 1 → rejected Feb 3 (2 days); Feb 5 → rejected Feb 6 (1 day).
  { policy: K, status: 'REJECTED', submitted: '2021-02-01T02:00:00Z', reject: '2021-02-03T02:00:00Z' },
  { policy: K, status: 'REJECTED', submitted: '2021-02-05T02:00:00Z', reject: '2021-02-06T02:00:00Z' },
  // C1: Mar 20, withdrawn: received, never decided.
  { policy: K, status: 'WITHDRAWN', submitted: '2021-03-20T02:00:00Z' },
];

/** The figures by hand (see each case above). */
const fig = (received: number, approved: number, approvedYuan: number, rejected: number, paid: number, paidYuan: number, averageProcessingDays: number | null, p90ProcessingDays: number | null, overdue: number) =>
  ({ received, approved, approvedYuan, rejected, paid, paidYuan, averageProcessingDays, p90ProcessingDays, overdue });
const EXPECTED_ROWS = {
  // January: H received A1, A3; approved A1 (15 d), A7 (20 d); paid A7. K received B1, B2; approved B1 (14 d, overdue), rejected B2 (7 d).
  '2021-01': { [H]: fig(2, 2, 13000, 0, 1, 3000, 17.5, 20, 0), [K]: fig(2, 1, 20000, 1, 0, 0, 10.5, 14, 1) },
  // February: H received A2 (the 23:30 UTC one), A4, A5; approved A4 (10 d); rejected A5 (10 d); paid A1. K received B4, B5, rejected both (2 d, 1 d); paid B1.
  '2021-02': { [H]: fig(3, 1, 5000, 1, 1, 10000, 10, 10, 0), [K]: fig(2, 0, 0, 2, 1, 20000, 1.5, 2, 0) },
  // March: H approved A3 (55 d), rejected A2 (42 d), both overdue; paid A3. K received B3, C1; approved and paid B3 (3 d).
  '2021-03': { [H]: fig(0, 1, 8000, 1, 1, 8000, 48.5, 55, 2), [K]: fig(2, 1, 6000, 0, 1, 6000, 3, 3, 0) },
};
const EXPECTED_MONTHS = {
  '2021-01': fig(4, 3, 33000, 1, 1, 3000, 14, 20, 1), // days 15, 20, 14, 7: mean 14, ⌈0.9·4⌉ = 4th = 20
  '2021-02': fig(5, 1, 5000, 3, 2, 30000, 5.8, 10, 0), // days 10, 10, 2, 1: mean 5.75 → 5.8, 4th = 10
  '2021-03': fig(2, 2, 14000, 1, 2, 14000, 33.3, 55, 2), // days 55, 42, 3: mean 33.33 → 33.3, ⌈2.7⌉ = 3rd = 55
};
// All eleven decisions: 1 2 3 7 10 10 14 15 20 42 55 → mean 179/11 = 16.27 → 16.3; ⌈0.9·11⌉ = 10th = 42.
const EXPECTED_TOTAL = fig(11, 6, 52000, 5, 5, 47000, 16.3, 42, 3);

const FIELDS = 'month policyId policyNameZh received approved approvedYuan rejected paid paidYuan averageProcessingDays p90ProcessingDays overdue';
const Q = `query($from: LocalDate, $to: LocalDate) { applicationReport(from: $from, to: $to) { monthly { rows { ${FIELDS} } months { ${FIELDS} } total { ${FIELDS} } } } }`;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await app.sql(`update application_forms set processing_days = 10 where policy_id = ?`, [K]);
  for (const [i, c] of CASES.entries()) {
    const [user] = await app.sql<{ id: string }>(`insert into users (id, email, display_name, role, password_hash) values (gen_random_uuid(), ?, ?, 'TALENT', 'x') returning id`, [`monthly${i}@example.test`, `月报${i}`]);
    const [row] = await app.sql<{ id: string }>(
      `insert into applications (id, reference, policy_id, applicant_id, status, answers, approved_amount_yuan, payment_reference, submitted_at, status_changed_at)
       values (gen_random_uuid(), ?, ?, ?, ?, '{}', ?, ?, ?, now()) returning id`,
      [`YP-2021-9${String(i).padStart(5, '0')}`, c.policy, user.id, c.status, c.approve?.[1] ?? null, c.disburse ? `PAY-M-${i}` : null, c.submitted],
    );
    const event = (action: string, at: string) => app.sql(`insert into application_events (id, application_id, action, to_status, at) values (gen_random_uuid(), ?, ?, 'SUBMITTED', ?)`, [row.id, action, at]);
    if (c.submitted) await event('SUBMIT', c.submitted);
    if (c.approve) await event('APPROVE', c.approve[0]);
    if (c.reject) await event('REJECT', c.reject);
    if (c.disburse) await event('DISBURSE', c.disburse);
  }
});
afterAll(async () => {
  await app?.close();
});

const strip = ({ month: _m, policyId: _p, policyNameZh: _n, ...figures }: Record<string, unknown>) => figures;

describe('monthly statistics for the district', () => {
  it('equals the hand-computed fixture, month by Shanghai month, with totals that equal the rows', async () => {
    const reviewer = await app.client('reviewer');
    const { monthly } = (await reviewer.data(Q, { from: '2021-01-01', to: '2021-03-31' })).applicationReport;
    const byMonthAndPolicy = Object.fromEntries(Object.keys(EXPECTED_ROWS).map((m) => [m, Object.fromEntries(monthly.rows.filter((r: { month: string }) => r.month === m).map((r: { policyId: string }) => [r.policyId, strip(r)]))]));
    expect(byMonthAndPolicy).toEqual(EXPECTED_ROWS);
    expect(monthly.rows).toHaveLength(6);
    expect(Object.fromEntries(monthly.months.map((r: { month: string }) => [r.month, strip(r)]))).toEqual(EXPECTED_MONTHS);
    expect(strip(monthly.total)).toEqual(EXPECTED_TOTAL);
    expect(monthly.total).toMatchObject({ month: null, policyId: null, policyNameZh: '合计' });

    // Totals equal the sum of their rows, for every count and amount.
    const sum = (rows: Record<string, number>[], key: string) => rows.reduce((s, r) => s + r[key], 0);
    for (const key of ['received', 'approved', 'approvedYuan', 'rejected', 'paid', 'paidYuan', 'overdue']) {
      expect(sum(monthly.rows, key), key).toBe(monthly.total[key]);
      expect(sum(monthly.months, key), key).toBe(monthly.total[key]);
      for (const month of monthly.months) expect(sum(monthly.rows.filter((r: { month: string }) => r.month === month.month), key)).toBe(month[key]);
    }
  });

  it('counts a 23:30 UTC event in the next Shanghai month, and the range by Shanghai days', async () => {
    const reviewer = await app.client('reviewer');
    const monthOf = async (from: string, to: string) => (await reviewer.data(Q, { from, to })).applicationReport.monthly;
    // February alone: A2 (submitted 2021-01-31 23:30 UTC) is in it, A3's approval (2021-02-28 23:30 UTC) is not.
    const february = await monthOf('2021-02-01', '2021-02-28');
    expect(february.months.map((m: { month: string }) => m.month)).toEqual(['2021-02']);
    expect(strip(february.total)).toEqual(EXPECTED_MONTHS['2021-02']);
    // January alone has no trace of A2.
    expect((await monthOf('2021-01-01', '2021-01-31')).total.received).toBe(4);
    // Through April 1 (Shanghai), A6 (2021-03-31 16:30 UTC) is received in April.
    const april = await monthOf('2021-04-01', '2021-04-01');
    expect(april.rows).toMatchObject([{ month: '2021-04', policyId: H, received: 1 }]);
  });

  it('exports the same figures as CSV and .xlsx, with status names in words and Shanghai times; reviewers only', async () => {
    const reviewer = await app.client('reviewer');
    const get = (path: string, cookie = reviewer.sessionCookie!) => fetch(`${app.url}${path}`, { headers: { cookie } });
    const csv = await get('/reports/monthly.csv?from=2021-01-01&to=2021-03-31');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('monthly-2021-01-01_2021-03-31.csv');
    const lines = (await csv.text()).slice(1).trim().split('\r\n').map((l) => l.split(','));
    expect(lines[0]).toEqual(expect.arrayContaining(['已批准 / Approved', '未通过 / Rejected', '已发放 / Paid out']));
    // 6 policy lines, 3 month totals, 1 grand total, after the header.
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toEqual(['合计 All', '合计', 'All', '11', '6', '52000', '5', '5', '47000', '16.3', '42', '3']);
    expect(lines.filter((l) => l[1] === '2021-02 合计')).toEqual([['2021-02', '2021-02 合计', '2021-02 total', '5', '1', '5000', '3', '2', '30000', '5.8', '10', '0']]);

    const xlsx = await get('/reports/monthly.xlsx?from=2021-01-01&to=2021-03-31');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const [monthlySheet, listSheet] = book.worksheets;
    const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
    const last = monthlySheet.getRow(monthlySheet.rowCount);
    expect(values(last)).toEqual(['合计 All', '合计', 'All', 11, 6, 52000, 5, 5, 47000, 16.3, 42, 3]);
    // The applications behind it, submitted in the range: statuses in words, Shanghai times (A2 at 07:30 on Feb 1).
    const a2 = listSheet.getRows(2, listSheet.rowCount - 1)!.map(values).find((v) => v[0] === 'YP-2021-900001')!;
    expect(a2[1]).toBe('未通过 / Rejected');
    expect(a2[9]).toBe('2021-02-01 07:30');

    const talent = await app.client('talent');
    expect((await get('/reports/monthly.xlsx', talent.sessionCookie!)).status).toBe(403);
    expect((await get('/reports/monthly.csv', talent.sessionCookie!)).status).toBe(403);
    expect((await fetch(`${app.url}/reports/monthly.csv`)).status).toBe(401);
    expect(JSON.stringify((await talent.request(Q, {})).body.errors)).toContain('FORBIDDEN');
    for (const bad of ['?from=2021-13-01', '?from=%00', `?to=${'9'.repeat(100_000)}`, '?from=2021-03-01&to=2021-02-01', '?from=a&from=b']) {
      expect([400, 431], bad.slice(0, 30)).toContain((await get(`/reports/monthly.xlsx${bad}`)).status);
    }
  });
});
