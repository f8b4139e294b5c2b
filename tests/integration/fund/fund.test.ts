import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUND, ORG, USER } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { PDF, upload } from '../application/helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const DONATE = `mutation($input: RecordDonationInput!) { recordFundDonation(input: $input) {
  donation { id donorName anonymous amountFen restrictedTo receivedOn } errors { field code message } } }`;
const GRANT_FIELDS = `id status area requestedFen committedFen paidFen remainingFen approvalCount approvals { approverName } appliedByName
  project { id title place { nameZh } } tranches { number paidOn amountFen reversed entryId } receipts { description amountFen documentUrl }
  viewerCan { approve reject pay addReceipt cancel }`;
const APPLY = `mutation($input: ApplyForGrantInput!) { applyForFundGrant(input: $input) { grant { ${GRANT_FIELDS} } errors { field code message } } }`;
const APPROVE = `mutation($input: GrantDecisionInput!) { approveFundGrant(input: $input) { grant { ${GRANT_FIELDS} } errors { field code message } } }`;
const REJECT = `mutation($input: GrantDecisionInput!) { rejectFundGrant(input: $input) { grant { status } errors { field code message } } }`;
const CANCEL = `mutation($input: GrantDecisionInput!) { cancelFundGrant(input: $input) { grant { status committedFen } errors { field code message } } }`;
const PAY = `mutation($input: PayGrantTrancheInput!) { payFundGrantTranche(input: $input) { grant { ${GRANT_FIELDS} } errors { field code message } } }`;
const RECEIPT = `mutation($input: AddGrantReceiptInput!) { addFundGrantReceipt(input: $input) { grant { receipts { description amountFen documentUrl } } errors { field code message } } }`;
const REVERSE = `mutation($input: ReverseLedgerEntryInput!) { reverseFundLedgerEntry(input: $input) { entry { id kind amountFen reversesId reason } errors { field code message } } }`;
const FUND_PAGE = `{ charityFund { raisedFen committedFen paidFen availableFen outstandingFen heldFen donationCount ledgerEntryCount hasSampleData
  areas { area raisedFen committedFen paidFen availableFen }
  grants { id status committedFen paidFen project { title } tranches { number amountFen reversed } receipts { amountFen documentUrl } approvals { approverName } appliedByName }
  namedDonors { name kind totalFen donationCount organisation { id } } anonymousDonationCount anonymousTotalFen } }`;
const DONATIONS = `query($first: Int) { charityFundDonations(first: $first) { totalCount edges { node { id donorName anonymous organisation { id nameZh } amountFen note } } } }`;
const LEDGER = `query($first: Int) { charityFundLedger(first: $first) { totalCount edges { node { id kind amountFen restrictedTo reversed reversesId donation { donorName anonymous } grant { id } } } } }`;

const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

function donation(over: Record<string, unknown> = {}) {
  return { donorKind: 'INDIVIDUAL', donorName: '测试捐赠人', namedPublicly: true, amountFen: 100_00, receivedOn: today, restrictedTo: null, note: null, ...over };
}

async function donate(client: GraphQLClient, over: Record<string, unknown> = {}) {
  const res = (await client.data(DONATE, { input: donation(over) })).recordFundDonation;
  expect(res.errors).toEqual([]);
  return res.donation;
}

/** A community project at 庆安四村: the worker posts a need, sample enterprise 1's HR claims it. */
async function project(category = 'ELDERLY_CARE', title = '长者食堂适老化改造'): Promise<string> {
  const worker = await app.client('community');
  const hr = await app.client('hr');
  const dueOn = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
  const posted = (await worker.data(`mutation($input: PostCommunityNeedInput!) { postCommunityNeed(input: $input) { need { id resources { id } } errors { code } } }`, {
    input: { title, description: '为长者食堂加装扶手、防滑地面', category, peopleServed: 120, dueOn, isPublic: true, resources: [{ kind: 'VOLUNTEERS', quantity: 1 }] },
  })).postCommunityNeed;
  expect(posted.errors).toEqual([]);
  const claimed = (await hr.data(`mutation($input: ClaimCommunityNeedInput!) { claimCommunityNeed(input: $input) { need { project { id } } errors { code } } }`, {
    input: { needId: posted.need.id, lines: [{ resourceId: posted.need.resources[0].id, quantity: 1 }] },
  })).claimCommunityNeed;
  expect(claimed.errors).toEqual([]);
  return claimed.need.project.id;
}

async function appliedGrant(amountFen: number, over: Record<string, unknown> = {}) {
  const worker = await app.client('community');
  const res = (await worker.data(APPLY, { input: { projectId: await project(), amountFen, description: '扶手、防滑地砖及施工', ...over } })).applyForFundGrant;
  expect(res.errors).toEqual([]);
  return res.grant;
}

async function approvedGrant(amountFen: number) {
  const grant = await appliedGrant(amountFen);
  for (const who of ['coordinator', 'reviewer'] as const) {
    const res = (await (await app.client(who)).data(APPROVE, { input: { grantId: grant.id } })).approveFundGrant;
    expect(res.errors).toEqual([]);
  }
  return grant.id as string;
}

/** The ledger summed directly, per kind, to compare with what the page says. */
async function ledgerSums() {
  const [row] = await app.sql<{ raised: string; committed: string; paid: string; entries: number }>(
    `select coalesce(sum(amount_fen) filter (where kind = 'DONATION'), 0)::text as raised, coalesce(sum(amount_fen) filter (where kind = 'COMMITMENT'), 0)::text as committed,
            coalesce(sum(amount_fen) filter (where kind = 'PAYMENT'), 0)::text as paid, count(*)::int as entries from fund_ledger_entries`);
  return { raised: Number(row.raised), committed: Number(row.committed), paid: Number(row.paid), entries: row.entries };
}

const tableCounts = async () => (await app.sql<Record<string, number>>(
  `select (select count(*)::int from fund_donations) as donations, (select count(*)::int from fund_ledger_entries) as entries,
          (select count(*)::int from fund_grants) as grants, (select count(*)::int from fund_grant_approvals) as approvals,
          (select count(*)::int from fund_tranches) as tranches, (select count(*)::int from fund_receipts) as receipts`))[0];

describe('donations', () => {
  it('refuses negative, zero, fractional, huge amounts, bad dates and NUL in text field by field, leaving the database unchanged', async () => {
    const staff = await app.client('admin', 'en');
    const before = await tableCounts();
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ amountFen: -100 }, [['input.amountFen', 'OUT_OF_RANGE']]],
      [{ amountFen: 0 }, [['input.amountFen', 'OUT_OF_RANGE']]],
      [{ amountFen: 12.5 }, [['input.amountFen', 'INVALID']]],
      [{ amountFen: 1e20 }, [['input.amountFen', 'OUT_OF_RANGE']]],
      [{ amountFen: 10_000_000_001 }, [['input.amountFen', 'OUT_OF_RANGE']]],
      [{ receivedOn: '2099-01-01' }, [['input.receivedOn', 'OUT_OF_RANGE']]],
      [{ receivedOn: '2026-02-30' }, [['input.receivedOn', 'INVALID']]],
      [{ donorName: '张\u0000三' }, [['input.donorName', 'INVALID']]],
      [{ note: 'x\u0000' }, [['input.note', 'INVALID']]],
      [{ donorName: 'x'.repeat(100_000) }, [['input.donorName', 'TOO_LONG']]],
      [{ donorName: '  ' }, [['input.donorName', 'REQUIRED']]],
      [{ donorKind: 'ORGANISATION', donorName: null, organisationId: null }, [['input.donorName', 'REQUIRED']]],
      [{ donorKind: 'ORGANISATION', donorName: null, organisationId: '00000000-0000-4000-8000-0000000fffff' }, [['input.organisationId', 'NOT_FOUND']]],
    ];
    for (const [over, expected] of cases) {
      const res = (await staff.data(DONATE, { input: donation(over) })).recordFundDonation;
      expect(res.donation, JSON.stringify(over).slice(0, 80)).toBeNull();
      expect(res.errors.map((e: any) => [e.field, e.code]), JSON.stringify(over).slice(0, 80)).toEqual(expected);
      for (const e of res.errors) expect(e.message).toMatch(/^[\x20-\x7E]+$/);
    }
    // A malformed id and a string amount never reach the service.
    const malformed = await staff.request(DONATE, { input: donation({ donorKind: 'ORGANISATION', organisationId: 'not-a-uuid' }) });
    expect(malformed.status).toBe(400);
    const text = await staff.request(DONATE, { input: donation({ amountFen: '100' }) });
    expect(text.status).toBe(400);
    expect(await tableCounts()).toEqual(before);
  });

  it('is recorded by fund staff only', async () => {
    const before = await tableCounts();
    for (const who of ['talent', 'hr', 'community'] as const) {
      const res = await (await app.client(who)).request(DONATE, { input: donation() });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await (await app.client()).request(DONATE, { input: donation() });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await tableCounts()).toEqual(before);
  });
});

describe('the ledger', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from anyone, and entries that do not add up, even written around the code', async () => {
    const [entry] = await app.sql<{ id: string }>(`select id from fund_ledger_entries where donation_id = ?`, [FUND.donations[0]]);
    const before = await ledgerSums();
    await expect(app.sql(`update fund_ledger_entries set amount_fen = amount_fen + 100 where id = ?`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from fund_ledger_entries where id = ?`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`truncate fund_ledger_entries cascade`)).rejects.toThrow(/append-only/);
    await expect(app.sql(`update fund_donations set named_publicly = not named_publicly where id = ?`, [FUND.donations[7]])).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from fund_donations where id = ?`, [FUND.donations[7]])).rejects.toThrow(/append-only/);
    // A reversal must mirror what it reverses, exactly once.
    const insert = (amount: number, reverses: string | null) => app.sql(
      `insert into fund_ledger_entries (id, kind, amount_fen, restricted_to, donation_id, reverses_id, recorded_by_id)
       select gen_random_uuid(), 'DONATION', ?, restricted_to, donation_id, ?, recorded_by_id from fund_ledger_entries where id = ?`, [amount, reverses, entry.id]);
    await expect(insert(-1, entry.id)).rejects.toThrow(/fund_ledger_reversal_mirror|does not mirror/);
    await expect(insert(100, entry.id)).rejects.toThrow(/fund_ledger_entries_amount_check/);
    // Committing more than the unrestricted pool holds.
    const grantId = (await appliedGrant(100_00)).id;
    await expect(app.sql(
      `insert into fund_ledger_entries (id, kind, amount_fen, restricted_to, grant_id, recorded_by_id) values (gen_random_uuid(), 'COMMITMENT', 9000000000, null, ?, ?)`,
      [grantId, USER.admin],
    )).rejects.toThrow(/pool unrestricted would commit \d+ fen more than it raised/);
    expect(await ledgerSums()).toEqual(before);
  });
});

describe('grants', () => {
  it('need two different approvers, never the applicant; one approver twice, a third or a decided grant are refused', async () => {
    const coordinator = await app.client('coordinator', 'en');
    const reviewer = await app.client('reviewer', 'en');
    const admin = await app.client('admin', 'en');
    // Only a project's side applies: fund staff, who approve, cannot.
    const refused = await coordinator.request(APPLY, { input: { projectId: await project(), amountFen: 100, description: 'x' } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const grant = await appliedGrant(500_00);
    expect(grant).toMatchObject({ status: 'APPLIED', area: 'ELDERLY_CARE', requestedFen: 500_00, committedFen: 0, approvalCount: 0 });
    // The applicant (community worker) has no approving role at all.
    const byApplicant = await (await app.client('community')).request(APPROVE, { input: { grantId: grant.id } });
    expect(byApplicant.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const first = (await coordinator.data(APPROVE, { input: { grantId: grant.id } })).approveFundGrant;
    expect(first.errors).toEqual([]);
    expect(first.grant).toMatchObject({ status: 'APPLIED', approvalCount: 1, committedFen: 0, viewerCan: { approve: false } });
    const again = (await coordinator.data(APPROVE, { input: { grantId: grant.id } })).approveFundGrant;
    expect(again.errors.map((e: any) => e.code)).toEqual(['DUPLICATE']);
    const second = (await reviewer.data(APPROVE, { input: { grantId: grant.id } })).approveFundGrant;
    expect(second.errors).toEqual([]);
    expect(second.grant).toMatchObject({ status: 'APPROVED', approvalCount: 2, committedFen: 500_00, remainingFen: 500_00 });
    const third = (await admin.data(APPROVE, { input: { grantId: grant.id } })).approveFundGrant;
    expect(third.errors.map((e: any) => e.code)).toEqual(['INVALID_STATE']);
    expect(await app.sql(`select count(*)::int as n from fund_grant_approvals where grant_id = ?`, [grant.id])).toEqual([{ n: 2 }]);
  });

  it('a staff member who applied cannot approve their own application, even by raw SQL', async () => {
    const grant = await appliedGrant(100_00);
    const [worker] = await app.sql<{ id: string }>(`select applied_by_id as id from fund_grants where id = ?`, [grant.id]);
    await expect(app.sql(`insert into fund_grant_approvals (id, grant_id, approver_id, position) values (gen_random_uuid(), ?, ?, 1)`, [grant.id, worker.id]))
      .rejects.toThrow(/four_eyes|applicant/);
  });

  it('approved by three people at once and by one person twice at once: exactly two approvals and one commitment', async () => {
    const grant = await appliedGrant(300_00);
    const clients = await Promise.all((['coordinator', 'coordinator', 'reviewer', 'reviewer', 'admin', 'admin'] as const).map((who) => app.client(who)));
    const results = await Promise.all(clients.map((c) => c.data(APPROVE, { input: { grantId: grant.id } })));
    const ok = results.filter((r) => r.approveFundGrant.errors.length === 0);
    expect(ok).toHaveLength(2);
    // The others lost: a second click by one who approved (DUPLICATE) or an approval after the second (INVALID_STATE).
    for (const r of results.filter((x) => x.approveFundGrant.errors.length > 0)) expect(['DUPLICATE', 'INVALID_STATE']).toContain(r.approveFundGrant.errors[0].code);
    const approvers = await app.sql<{ approver_id: string }>(`select approver_id from fund_grant_approvals where grant_id = ?`, [grant.id]);
    expect(approvers).toHaveLength(2);
    expect(new Set(approvers.map((a) => a.approver_id)).size).toBe(2);
    expect(await app.sql(`select count(*)::int as n, sum(amount_fen)::int as fen from fund_ledger_entries where grant_id = ? and kind = 'COMMITMENT'`, [grant.id]))
      .toEqual([{ n: 1, fen: 300_00 }]);
  });

  it('parallel tranche payments never pay more than the grant', async () => {
    const grantId = await approvedGrant(100_00);
    const staff = await Promise.all((['coordinator', 'reviewer', 'admin'] as const).map((who) => app.client(who)));
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => staff[i % 3].data(PAY, { input: { grantId, amountFen: 30_00, paidOn: today } })));
    const ok = results.filter((r) => r.payFundGrantTranche.errors.length === 0);
    expect(ok).toHaveLength(3);
    for (const r of results.filter((x) => x.payFundGrantTranche.errors.length > 0)) {
      expect(r.payFundGrantTranche.errors[0]).toMatchObject({ field: 'input.amountFen', code: 'OUT_OF_RANGE' });
    }
    expect(await app.sql(`select sum(amount_fen)::int as paid, count(*)::int as n from fund_ledger_entries where grant_id = ? and kind = 'PAYMENT'`, [grantId]))
      .toEqual([{ paid: 90_00, n: 3 }]);
    expect(await app.sql(`select array_agg(number order by number) as numbers from fund_tranches where grant_id = ?`, [grantId])).toEqual([{ numbers: [1, 2, 3] }]);
    // The last 10 yuan pays; then nothing is left.
    expect((await staff[0].data(PAY, { input: { grantId, amountFen: 10_00, paidOn: today } })).payFundGrantTranche.grant).toMatchObject({ paidFen: 100_00, remainingFen: 0 });
    // Around the code: one fen more is refused by the database.
    const [t] = await app.sql<{ id: string; recorded_by_id: string }>(`select id, recorded_by_id from fund_tranches where grant_id = ? and number = 1`, [grantId]);
    await expect(app.sql(
      `insert into fund_ledger_entries (id, kind, amount_fen, grant_id, tranche_id, restricted_to, recorded_by_id) values (gen_random_uuid(), 'PAYMENT', 1, ?, ?, 'ELDERLY_CARE', ?)`,
      [grantId, t.id, t.recorded_by_id],
    )).rejects.toThrow(/would be paid 10001 fen of 10000/);
  });

  it('refuses hostile grant and tranche input field by field, leaving the database unchanged', async () => {
    const worker = await app.client('community', 'en');
    const projectId = await project();
    const before = await tableCounts();
    // NUL stops at the argument layer, before the service's own checks.
    const res = (await worker.data(APPLY, { input: { projectId, amountFen: -5, description: '\u0000' } })).applyForFundGrant;
    expect(res.errors.map((e: any) => [e.field, e.code])).toEqual([['input.description', 'INVALID']]);
    const negative = (await worker.data(APPLY, { input: { projectId, amountFen: -5, description: ' ' } })).applyForFundGrant;
    expect(negative.errors.map((e: any) => [e.field, e.code]).sort()).toEqual([['input.amountFen', 'OUT_OF_RANGE'], ['input.description', 'REQUIRED']]);
    const long = (await worker.data(APPLY, { input: { projectId, amountFen: 100, description: 'x'.repeat(100_000) } })).applyForFundGrant;
    expect(long.errors.map((e: any) => [e.field, e.code])).toEqual([['input.description', 'TOO_LONG']]);
    const huge = (await worker.data(APPLY, { input: { projectId, amountFen: Number.MAX_VALUE, description: 'x'.repeat(2001) } })).applyForFundGrant;
    expect(huge.errors.map((e: any) => [e.field, e.code]).sort()).toEqual([['input.amountFen', 'OUT_OF_RANGE'], ['input.description', 'TOO_LONG']]);
    // Another village's worker sees no such project.
    const other = await (await app.client('community2')).request(APPLY, { input: { projectId, amountFen: 100, description: 'x' } });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await tableCounts()).toEqual(before);

    const grantId = await approvedGrant(50_00);
    const staff = await app.client('admin', 'en');
    const mid = await tableCounts();
    for (const [amountFen, code] of [[0, 'OUT_OF_RANGE'], [-1, 'OUT_OF_RANGE'], [0.5, 'INVALID'], [1e300, 'OUT_OF_RANGE'], [50_01, 'OUT_OF_RANGE']] as const) {
      const pay = (await staff.data(PAY, { input: { grantId, amountFen, paidOn: today } })).payFundGrantTranche;
      expect(pay.errors.map((e: any) => [e.field, e.code])).toEqual([['input.amountFen', code]]);
    }
    const nul = (await staff.data(PAY, { input: { grantId, amountFen: 1, paidOn: today, reference: 'A\u0000' } })).payFundGrantTranche;
    expect(nul.errors.map((e: any) => [e.field, e.code])).toEqual([['input.reference', 'INVALID']]);
    expect(await tableCounts()).toEqual(mid);
  });
});

describe('the public page', () => {
  it('equals the ledger after donations, grants, tranches and reversals; nobody unnamed is identified', async () => {
    const staff = await app.client('admin');
    await donate(staff, { donorKind: 'ORGANISATION', donorName: null, organisationId: ORG.enterprises[10], amountFen: 200_000_00, restrictedTo: 'ELDERLY_CARE' });
    const secret = await donate(staff, { donorName: '王秘密', namedPublicly: false, amountFen: 5_000_00 });
    const mistaken = await donate(staff, { donorName: '录错的捐赠', amountFen: 999_00 });

    // A grant paid in two tranches, the second reversed (sent back), then paid again.
    const grantId = await approvedGrant(12_000_00);
    const coordinator = await app.client('coordinator');
    await coordinator.data(PAY, { input: { grantId, amountFen: 5_000_00, paidOn: today, reference: 'TX-1' } });
    const paid = (await coordinator.data(PAY, { input: { grantId, amountFen: 7_000_00, paidOn: today, reference: 'TX-2' } })).payFundGrantTranche.grant;
    expect(paid).toMatchObject({ paidFen: 12_000_00, remainingFen: 0 });
    const reversal = (await staff.data(REVERSE, { input: { entryId: paid.tranches[1].entryId, reason: '收款账户有误，款项退回' } })).reverseFundLedgerEntry;
    expect(reversal.errors).toEqual([]);
    expect(reversal.entry).toMatchObject({ kind: 'PAYMENT', amountFen: -7_000_00, reversesId: paid.tranches[1].entryId });
    const twice = (await staff.data(REVERSE, { input: { entryId: paid.tranches[1].entryId, reason: '再来一次' } })).reverseFundLedgerEntry;
    expect(twice.errors.map((e: any) => e.code)).toEqual(['INVALID_STATE']);
    const reversingAReversal = (await staff.data(REVERSE, { input: { entryId: reversal.entry.id, reason: 'x' } })).reverseFundLedgerEntry;
    expect(reversingAReversal.errors.map((e: any) => e.code)).toEqual(['INVALID_STATE']);
    await coordinator.data(PAY, { input: { grantId, amountFen: 6_000_00, paidOn: today } });

    // The mistaken donation is reversed; a cancelled grant gives its commitment back.
    const [mistakenEntry] = await app.sql<{ id: string }>(`select id from fund_ledger_entries where donation_id = ?`, [mistaken.id]);
    expect((await staff.data(REVERSE, { input: { entryId: mistakenEntry.id, reason: '重复登记' } })).reverseFundLedgerEntry.errors).toEqual([]);
    const cancelled = await approvedGrant(1_000_00);
    expect((await staff.data(CANCEL, { input: { grantId: cancelled, reason: '项目改由单位自筹' } })).cancelFundGrant.grant).toMatchObject({ status: 'CANCELLED', committedFen: 0 });

    // A receipt, readable by the project's side and staff, not the public.
    const worker = await app.client('community');
    const doc = await upload(app, worker, 'RECEIPT', PDF, 'receipt.pdf');
    expect(doc.status).toBe(201);
    const receipt = (await worker.data(RECEIPT, { input: { grantId, documentId: doc.body.document.id, amountFen: 3_000_00, description: '防滑地砖 60 平方米' } })).addFundGrantReceipt;
    expect(receipt.errors).toEqual([]);
    expect(receipt.grant.receipts[0].documentUrl).toMatch(/^\/files\//);

    const visitor = await app.client();
    const page = (await visitor.data(FUND_PAGE)).charityFund;
    const sums = await ledgerSums();
    expect(page).toMatchObject({ raisedFen: sums.raised, committedFen: sums.committed, paidFen: sums.paid, ledgerEntryCount: sums.entries, hasSampleData: true });
    expect(page.availableFen).toBe(sums.raised - sums.committed);
    expect(page.outstandingFen).toBe(sums.committed - sums.paid);
    expect(page.heldFen).toBe(sums.raised - sums.paid);
    // The pools add up to the totals, and each equals its own SUM.
    for (const key of ['raisedFen', 'committedFen', 'paidFen'] as const) {
      expect(page.areas.reduce((n: number, a: any) => n + a[key], 0)).toBe(page[key]);
    }
    const pools = await app.sql<{ area: string | null; raised: string }>(`select restricted_to as area, sum(amount_fen) filter (where kind = 'DONATION')::text as raised from fund_ledger_entries group by restricted_to`);
    for (const pool of pools) expect(page.areas.find((a: any) => a.area === pool.area).raisedFen).toBe(Number(pool.raised ?? 0));
    // Sample donations (7,052,000 yuan) plus today's, less the reversed one.
    expect(page.raisedFen).toBe(7_052_000_00 + 200_000_00 + 5_000_00);
    const onPage = page.grants.find((g: any) => g.id === grantId);
    expect(onPage).toMatchObject({ status: 'APPROVED', committedFen: 12_000_00, paidFen: 11_000_00, approvals: null, appliedByName: null });
    expect(onPage.tranches).toEqual([
      { number: 1, amountFen: 5_000_00, reversed: false }, { number: 2, amountFen: 0, reversed: true }, { number: 3, amountFen: 6_000_00, reversed: false },
    ]);
    expect(onPage.receipts).toEqual([{ amountFen: 3_000_00, documentUrl: null }]);
    expect(page.grants.find((g: any) => g.id === cancelled)).toMatchObject({ status: 'CANCELLED', committedFen: 0 });

    // Named donors by name; the rest only as a count and a sum.
    expect(page.namedDonors.find((d: any) => d.organisation?.id === ORG.enterprises[10])).toMatchObject({ totalFen: 200_000_00 });
    expect(page.namedDonors.some((d: any) => d.organisation?.id === ORG.enterprises[7])).toBe(false);
    expect(page.anonymousDonationCount).toBe(3);
    expect(page.anonymousTotalFen).toBe(450_000_00 + 2_000_00 + 5_000_00);
    expect(page.namedDonors.some((d: any) => d.name === '录错的捐赠')).toBe(false);

    const [anonOrg] = await app.sql<{ name_zh: string }>(`select name_zh from organisations where id = ?`, [ORG.enterprises[7]]);
    const publicBodies = [
      await visitor.request(FUND_PAGE), await visitor.request(DONATIONS, { first: 100 }), await visitor.request(LEDGER, { first: 100 }),
      await (await app.client('talent')).request(DONATIONS, { first: 100 }),
    ];
    for (const res of publicBodies) {
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('王秘密');
      expect(text).not.toContain('示例捐赠人');
      expect(text).not.toContain(anonOrg.name_zh);
      expect(text).not.toContain('TX-1');
    }
    const donations = (await visitor.data(DONATIONS, { first: 100 })).charityFundDonations;
    expect(donations.edges.find((e: any) => e.node.id === secret.id).node).toMatchObject({ donorName: null, anonymous: true, organisation: null, amountFen: 5_000_00, note: null });
    // Fund staff see who gave.
    const staffView = (await staff.data(DONATIONS, { first: 100 })).charityFundDonations;
    expect(staffView.edges.find((e: any) => e.node.id === secret.id).node.donorName).toBe('王秘密');
    // The ledger's entries add up to the page's figures.
    const ledger = (await visitor.data(LEDGER, { first: 100 })).charityFundLedger;
    expect(ledger.totalCount).toBe(sums.entries);
    expect(ledger.edges.filter((e: any) => e.node.kind === 'DONATION').reduce((n: number, e: any) => n + e.node.amountFen, 0)).toBe(page.raisedFen);
  }, 120_000);

  it('answers in a fixed number of statements however many grants and donations there are', async () => {
    const visitor = await app.client();
    const first = await visitor.request(FUND_PAGE);
    await approvedGrant(10_00);
    await donate(await app.client('admin'));
    const second = await visitor.request(FUND_PAGE);
    expect(second.body.data.charityFund.grants.length).toBeGreaterThan(first.body.data.charityFund.grants.length);
    expect(second.sqlCount).toBe(first.sqlCount);
  });
});

describe('rejecting and approving against the money available', () => {
  it('refuses a second approval the fund cannot cover, and rejects with a reason', async () => {
    const grant = await appliedGrant(99_000_000_00);
    const coordinator = await app.client('coordinator', 'en');
    expect((await coordinator.data(APPROVE, { input: { grantId: grant.id } })).approveFundGrant.errors).toEqual([]);
    const before = await tableCounts();
    const second = (await (await app.client('reviewer', 'en')).data(APPROVE, { input: { grantId: grant.id } })).approveFundGrant;
    expect(second.errors.map((e: any) => e.code)).toEqual(['OUT_OF_RANGE']);
    expect(second.errors[0].message).toMatch(/Not enough money/);
    expect(await tableCounts()).toEqual(before);
    const noReason = (await (await app.client('admin', 'en')).data(REJECT, { input: { grantId: grant.id } })).rejectFundGrant;
    expect(noReason.errors.map((e: any) => [e.field, e.code])).toEqual([['input.reason', 'REQUIRED']]);
    const rejected = (await (await app.client('admin', 'en')).data(REJECT, { input: { grantId: grant.id, reason: '超出基金规模' } })).rejectFundGrant;
    expect(rejected).toEqual({ grant: { status: 'REJECTED' }, errors: [] });
  });
});

describe('the list of grants', () => {
  it('shows a project side its own applications, fund staff all, and others only approved ones', async () => {
    const grant = await appliedGrant(20_00);
    const LIST = `query($status: GrantStatus) { fundGrants(first: 100, status: $status) { totalCount edges { node { id status } } } }`;
    const ids = async (who: 'community' | 'community2' | 'hr' | 'coordinator' | 'talent') =>
      ((await (await app.client(who)).data(LIST, { status: 'APPLIED' })).fundGrants.edges as { node: { id: string } }[]).map((e) => e.node.id);
    expect(await ids('community')).toContain(grant.id);
    expect(await ids('hr')).toContain(grant.id);
    expect(await ids('coordinator')).toContain(grant.id);
    expect(await ids('community2')).not.toContain(grant.id);
    expect(await ids('talent')).not.toContain(grant.id);
  });
});
