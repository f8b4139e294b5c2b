import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APARTMENT } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { ACCEPT, addUnit, approvedFlat, monthFromNow, MOVE_OUT, MY_APARTMENT, pendingOfferOf, people, testProject, type People } from './helpers.js';

let app: TestApp;
let p: People;
const OPERATOR = APARTMENT.operators[0];
const leaseOf: Record<number, string> = {};

const BATCH_FIELDS = `id period periodStart periodEnd status lineCount tenantCount totalYuan version csvUrl operator { nameZh payeeAccountNumber }
  lines(first: 100) { totalCount edges { node { month rentYuan ratePercent capYuan subsidyYuan capped subsidyMonthNumber tenant { displayName } unit { code } ruleVersion { version } } } }`;
const CREATE_BATCH = `mutation($input: CreateSettlementBatchInput!) { createSettlementBatch(input: $input) { batch { ${BATCH_FIELDS} } errors { field code message } } }`;
const APPROVE = `mutation($input: SettlementBatchStepInput!) { approveSettlementBatch(input: $input) { batch { status version } errors { field code message } } }`;
const PAY = `mutation($input: SettlementBatchStepInput!) { markSettlementBatchPaid(input: $input) { batch { status paymentReference } errors { field code message } } }`;

/** Signs a lease for talent `who` on a new unit of a layout nobody else waits for. */
async function leaseFor(who: number, projectId: string, layout: string, rent: number, subsidyCategory = 'STANDARD'): Promise<string> {
  await approvedFlat(p, who, { layout, subsidyCategory });
  await addUnit(p, projectId, `S-${who}-${layout.slice(0, 3)}`, layout, rent, 60);
  const offer = (await pendingOfferOf(p.talents[who]))!;
  const res = await p.talents[who].data(ACCEPT, { input: { offerId: offer.id } });
  expect(res.acceptApartmentOffer.errors).toEqual([]);
  return res.acceptApartmentOffer.lease.id;
}

/** Stands for a lease signed earlier: only history can put lease months in a half-year that has ended. */
const backdate = (leaseId: string, start: string, end: string) =>
  app.sql(`update apartment_leases set start_date = ?, end_date = ?, planned_end_date = ? where id = ?`, [start, end, end, leaseId]);

beforeAll(async () => {
  app = await startTestApp();
  p = await people(app);
  const ours = await testProject(p, '结算测试公寓（测试数据）');
  const res = await p.coordinator.data(`mutation($input: CreateApartmentProjectInput!) { createApartmentProject(input: $input) { project { id } } }`,
    { input: { operatorId: APARTMENT.operators[1], nameZh: '另一运营方的测试公寓', nameEn: 'Another operator\'s test flats', addressZh: '测试地址' } });
  const theirs = res.createApartmentProject.project.id;
  leaseOf[0] = await leaseFor(0, ours, 'ONE_BEDROOM', 2600);
  leaseOf[1] = await leaseFor(1, ours, 'TWO_BEDROOM', 3800);
  leaseOf[4] = await leaseFor(4, ours, 'THREE_BEDROOM', 5200, 'OVERSEAS_EXCELLENT');
  leaseOf[2] = await leaseFor(2, theirs, 'STUDIO', 2000);
  await backdate(leaseOf[0], '2026-01-01', '2026-12-31');
  await backdate(leaseOf[1], '2026-03-01', '2027-02-28');
  await backdate(leaseOf[4], '2025-07-01', '2026-06-30');
  await backdate(leaseOf[2], '2026-01-01', '2026-12-31');
});
afterAll(async () => {
  await app.close();
});

describe('a half-year settlement batch per operator', () => {
  let batch: { id: string; version: number; csvUrl: string };

  it('adds up to the hand-computed figures: 20,680.00 yuan over 16 tenant-months for 3 tenants', async () => {
    const res = await p.coordinator.data(CREATE_BATCH, { input: { operatorId: OPERATOR, period: '2026-H1' } });
    expect(res.createSettlementBatch.errors).toEqual([]);
    batch = res.createSettlementBatch.batch;
    // 王晓月: 30% × 2,600 = 780.00 × 6 months (Jan–Jun)            =  4,680.00
    // 刘博:   30% × 3,800 = 1,140 → capped at 1,000 × 4 (Mar–Jun)  =  4,000.00
    // Emily Chen (overseas): 50% × 5,200 = 2,600 → capped at 2,000 × 6 = 12,000.00
    // The other operator's tenant (张雨桐) is not in this batch.                20,680.00
    expect(res.createSettlementBatch.batch).toMatchObject({
      period: '2026-H1', periodStart: '2026-01-01', periodEnd: '2026-06-30', status: 'DRAFT', lineCount: 16, tenantCount: 3, totalYuan: 20680,
      operator: { payeeAccountNumber: '6200000000000001' },
    });
    const lines = res.createSettlementBatch.batch.lines.edges.map((e: { node: Record<string, any> }) => e.node);
    const byTenant = new Map<string, number>();
    for (const l of lines) byTenant.set(l.tenant.displayName, (byTenant.get(l.tenant.displayName) ?? 0) + l.subsidyYuan);
    expect(Object.fromEntries(byTenant)).toEqual({ 王晓月: 4680, 刘博: 4000, 'Emily Chen': 12000 });
    expect(lines.find((l: any) => l.tenant.displayName === '刘博')).toMatchObject({ month: '2026-03', rentYuan: 3800, ratePercent: 30, capYuan: 1000, subsidyYuan: 1000, capped: true, ruleVersion: { version: 1 } });
    expect(lines.find((l: any) => l.tenant.displayName === '王晓月')).toMatchObject({ month: '2026-01', subsidyYuan: 780, capped: false, subsidyMonthNumber: 1 });
    expect(lines.filter((l: any) => l.tenant.displayName === 'Emily Chen').map((l: any) => [l.ratePercent, l.capYuan, l.subsidyYuan])).toEqual(Array(6).fill([50, 2000, 2000]));
  });

  it('exports CSV for the bank: UTF-8 with a byte-order mark, a line per tenant and month, then the total', async () => {
    const csv = await fetch(`${app.url}${batch.csvUrl}`, { headers: { cookie: p.coordinator.sessionCookie! } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 16 + 1);
    expect(lines[0]).toContain('补贴(元) Subsidy');
    expect(lines.some((l) => l.includes('刘博') && l.includes(',2026-03,3800,30,1000,1000.00,'))).toBe(true);
    expect(lines.at(-1)).toContain('20680.00');
    const talent = await fetch(`${app.url}${batch.csvUrl}`, { headers: { cookie: p.talents[0].sessionCookie! } });
    expect(talent.status).toBe(403);
  });

  it('refuses a second batch for the same half-year, and one for a half-year not yet over', async () => {
    const again = await p.admin.data(CREATE_BATCH, { input: { operatorId: OPERATOR, period: '2026-H1' } });
    expect(again.createSettlementBatch.errors[0]).toMatchObject({ field: 'input.period', code: 'DUPLICATE' });
    const early = await p.coordinator.data(CREATE_BATCH, { input: { operatorId: OPERATOR, period: '2026-H2' } });
    expect(early.createSettlementBatch.errors[0]).toMatchObject({ field: 'input.period', code: 'OUT_OF_RANGE' });
    expect(await app.sql(`select id from apartment_settlement_batches`)).toHaveLength(1);
  });

  it('is approved by a second member of staff, then marked paid; the tenants see what was paid', async () => {
    const own = await p.coordinator.data(APPROVE, { input: { id: batch.id, expectedVersion: batch.version } });
    expect(own.approveSettlementBatch.errors[0]).toMatchObject({ code: 'INVALID_STATE', message: '结算批次须由生成人以外的另一位工作人员审核。' });
    const unpaid = await p.coordinator.data(PAY, { input: { id: batch.id, paymentReference: 'BANK-2026-0001' } });
    expect(unpaid.markSettlementBatchPaid.errors[0].code).toBe('INVALID_STATE');
    expect((await p.admin.data(APPROVE, { input: { id: batch.id, expectedVersion: batch.version } })).approveSettlementBatch.batch.status).toBe('APPROVED');
    const paid = await p.coordinator.data(PAY, { input: { id: batch.id, paymentReference: 'BANK-2026-0001' } });
    expect(paid.markSettlementBatchPaid.batch).toEqual({ status: 'PAID', paymentReference: 'BANK-2026-0001' });

    const mine = (await p.talents[0].data(MY_APARTMENT)).myApartment;
    expect(mine.subsidy).toMatchObject({ paidYuan: 4680, paidMonths: 6 });
    expect(mine.subsidy.months.filter((m: { settlement: string | null }) => m.settlement === 'PAID').map((m: { month: string }) => m.month))
      .toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect((await app.sql(`select body_en from notifications where kind = 'apartment.subsidy.paid'`))).toHaveLength(3);
  });

  it('will not end a lease before months already settled', async () => {
    const res = await p.coordinator.data(MOVE_OUT, { input: { leaseId: leaseOf[0], lastMonth: '2026-03' } });
    expect(res.recordApartmentMoveOut.errors[0]).toMatchObject({ field: 'input.lastMonth', code: 'INVALID_STATE' });
    expect((await app.sql<{ status: string }>('select status from apartment_leases where id = ?', [leaseOf[0]]))[0].status).toBe('ACTIVE');
  });
});

describe('the 36-month limit across all of a person\'s leases', () => {
  it('subsidises 30 months of an earlier lease and 6 of the next, then nothing', async () => {
    // First lease, given up before it began, then standing for 30 months lived from 2024-05 to 2026-10.
    const first = await leaseFor(3, (await testProject(p, '限额测试公寓（测试数据）')), 'STUDIO', 2600);
    await p.coordinator.data(MOVE_OUT, { input: { leaseId: first, lastMonth: monthFromNow(0) } });
    await backdate(first, '2024-05-01', '2026-10-31');
    // A second application, and the next lease from next month.
    await approvedFlat(p, 3, { layout: 'STUDIO' });
    const offer = (await pendingOfferOf(p.talents[3]))!;
    const second = (await p.talents[3].data(ACCEPT, { input: { offerId: offer.id } })).acceptApartmentOffer.lease.id;

    const mine = (await p.talents[3].data(MY_APARTMENT)).myApartment;
    expect(mine.leases).toHaveLength(2);
    const months = mine.subsidy.months as { leaseId: string; month: string; outcome: string; subsidyMonthNumber: number | null }[];
    expect(months.filter((m) => m.leaseId === first && m.outcome === 'SUBSIDISED')).toHaveLength(30);
    const next = months.filter((m) => m.leaseId === second);
    expect(next.map((m) => m.outcome)).toEqual([...Array(6).fill('SUBSIDISED'), ...Array(6).fill('LIMIT_REACHED')]);
    expect(next[5]).toMatchObject({ month: monthFromNow(6), subsidyMonthNumber: 36 });
    expect(mine.subsidy).toMatchObject({ maxMonths: 36, monthsUsed: 30, monthsPlanned: 6, monthsLeft: 6 });
  });
});

describe('a rule change applies from its effective date only', () => {
  it('pays the old rate and cap before the new version\'s date and the new ones from it; settled batches stay as they were', async () => {
    const effectiveFrom = `${monthFromNow(3)}-01`;
    const res = await p.admin.data(`mutation($input: CreateRuleVersionInput!) { createRuleVersion(input: $input) { ruleVersion { version effectiveFrom } errors { field code message } } }`, {
      input: {
        ruleSetId: APARTMENT.ruleSet, effectiveFrom, noteZh: '测试：补贴比例降为 25%，上限 800 元', noteEn: 'Test: rate 25%, cap 800 yuan',
        changes: [{ path: 'subsidy.tiers.STANDARD.ratePercent', value: 25 }, { path: 'subsidy.tiers.STANDARD.monthlyCapYuan', value: 800 }],
      },
    });
    expect(res.createRuleVersion.errors).toEqual([]);
    expect(res.createRuleVersion.ruleVersion).toEqual({ version: 2, effectiveFrom });

    // Talent 4's second lease (2,600 yuan): 780.00 under version 1, 25% × 2,600 = 650.00 under version 2.
    const months = (await p.talents[3].data(MY_APARTMENT)).myApartment.subsidy.months.filter((m: { outcome: string; month: string }) => m.outcome === 'SUBSIDISED' && m.month >= monthFromNow(1));
    expect(months.map((m: { month: string; ruleVersion: number; subsidyYuan: number }) => [m.month, m.ruleVersion, m.subsidyYuan])).toEqual([
      [monthFromNow(1), 1, 780], [monthFromNow(2), 1, 780], [monthFromNow(3), 2, 650], [monthFromNow(4), 2, 650], [monthFromNow(5), 2, 650], [monthFromNow(6), 2, 650],
    ]);
    // Today's rate on a lease is still version 1's.
    expect((await p.talents[3].data(MY_APARTMENT)).myApartment.lease).toMatchObject({ subsidyRatePercent: 30, subsidyCapYuan: 1000 });
    const [batch] = await app.sql<{ total_fen: string }>(`select total_fen from apartment_settlement_batches`);
    expect(Number(batch.total_fen)).toBe(2_068_000);
  });

  it('cannot be backdated: a version in force yesterday is refused', async () => {
    const res = await p.admin.data(`mutation($input: CreateRuleVersionInput!) { createRuleVersion(input: $input) { errors { field code } } }`, {
      input: { ruleSetId: APARTMENT.ruleSet, effectiveFrom: '2026-01-01', noteZh: '回溯', noteEn: 'Backdated', changes: [{ path: 'subsidy.maxMonthsPerPerson', value: 24 }] },
    });
    expect(res.createRuleVersion.errors[0]).toMatchObject({ field: 'input.effectiveFrom', code: 'OUT_OF_RANGE' });
  });
});
