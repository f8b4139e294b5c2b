import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIAISONS, SAMPLE_CREDIT_CODES } from '../../../seeds/bank-sample-data.js';
import { BANK, ORG, USER } from '../../../seeds/ids.js';
import { sampleResidentId } from '../../../seeds/sample-data.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { ACCEPT, ANSWER, CREATE_REQUEST, FACT_FIELDS, INBOX, INBOX_ITEM, MATCHES, MY_REQUEST } from './bank-queries.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A client signed in as the liaison of branch `i` (0-based, in ORG.banks order). */
async function liaison(i: number): Promise<GraphQLClient> {
  const client = await app.client(undefined, 'en');
  await client.signIn(LIAISONS[i].email);
  return client;
}

const count = async (sql: string, params: unknown[] = []) => Number((await app.sql<{ n: string }>(sql, params))[0].n);
const snapshot = async () => ({
  requests: await count('select count(*) as n from financing_requests'),
  routes: await count('select count(*) as n from financing_routes'),
  answers: await count('select count(*) as n from financing_answers'),
  consents: await count('select count(*) as n from financing_consents'),
  products: await count('select count(*) as n from bank_products'),
  accepted: await count(`select count(*) as n from financing_requests where status = 'ACCEPTED'`),
});

/** The enterprise's facts as the tests post them; each value is distinctive enough to search the raw JSON for. */
const ENTERPRISE_FACTS = {
  contactPhone: '13955501234',
  settlementAccount: '6222 0210 0777 8888 999',
  creditCode: SAMPLE_CREDIT_CODES[0],
  annualRevenueWan: 86_421,
  employeeCount: 1_777,
  foundedYear: 2013,
  patentCount: 4_242,
};
const ACCOUNT_DIGITS = '6222021007778888999';

const TECH_NEED = { kind: 'TECH_ENTERPRISE_CREDIT', amount: 3_000_000, termMonths: 24 };

async function postRequest(client: GraphQLClient, input: Record<string, unknown>) {
  const res = await client.data(CREATE_REQUEST, { input: { purpose: '测试：扩产（集成测试）', facts: ENTERPRISE_FACTS, consents: [], ...TECH_NEED, ...input } });
  expect(res.createFinancingRequest.errors).toEqual([]);
  return res.createFinancingRequest.request;
}

const routeTo = (request: any, branch: string) => request.routes.find((r: any) => r.branch.id === branch);

describe('matching', () => {
  const ids = (rows: any[]) => rows.map((p) => p.id).sort();
  const P = BANK.products;

  it('picks exactly the published, visible products whose kind, audience, amount and term fit', async () => {
    const hr = await app.client('hr');
    const cases: [Record<string, unknown>, string[]][] = [
      // P12 (draft) and P13 (hidden by the town) have fitting ranges too, and must never appear.
      [TECH_NEED, [P[0], P[3], P[6], P[9]]],
      // Inclusive bounds: P0 starts at 500,000 and 12 months, P9 at 300,000 and 6.
      [{ kind: 'TECH_ENTERPRISE_CREDIT', amount: 500_000, termMonths: 12 }, [P[0], P[9]]],
      [{ kind: 'TECH_ENTERPRISE_CREDIT', amount: 5_000_000, termMonths: 36 }, [P[0], P[3], P[6], P[9]]],
      [{ kind: 'TECH_ENTERPRISE_CREDIT', amount: 8_000_000, termMonths: 48 }, [P[3]]],
      [{ kind: 'TECH_ENTERPRISE_CREDIT', amount: 60_000_000, termMonths: 24 }, []],
      [{ kind: 'IP_PLEDGE_LOAN', amount: 2_000_000, termMonths: 36 }, [P[2], P[10]]],
      [{ kind: 'SUPPLY_CHAIN_FINANCE', amount: 5_000_000, termMonths: 6 }, [P[5]]],
      // Talent products are not for enterprises.
      [{ kind: 'TALENT_HOUSING_LOAN', amount: 1_500_000, termMonths: 240 }, []],
      // Account services have no ranges: any need of the kind fits.
      [{ kind: 'ACCOUNT_SERVICE' }, [P[8]]],
    ];
    for (const [need, expected] of cases) {
      const res = await hr.data(MATCHES, { need });
      expect(ids(res.financingMatches), JSON.stringify(need)).toEqual([...expected].sort());
    }
  });

  it('matches a talent against talent products only', async () => {
    const talent = await app.client('talent');
    expect(ids((await talent.data(MATCHES, { need: { kind: 'TALENT_HOUSING_LOAN', amount: 1_500_000, termMonths: 240 } })).financingMatches)).toEqual([P[1], P[7]].sort());
    expect(ids((await talent.data(MATCHES, { need: { kind: 'TALENT_CONSUMER_LOAN', amount: 30_000, termMonths: 12 } })).financingMatches)).toEqual([P[4]]);
    expect((await talent.data(MATCHES, { need: TECH_NEED })).financingMatches).toEqual([]);
  });

  it('sends a request to exactly the branches with a fitting product, each with its fitting products', async () => {
    const request = await postRequest(await app.client('hr'), {});
    const byBranch = Object.fromEntries(request.routes.map((r: any) => [r.branch.id, r.matchedProducts.map((p: any) => p.id)]));
    expect(byBranch).toEqual({ [ORG.banks[0]]: [P[0]], [ORG.banks[1]]: [P[3]], [ORG.banks[2]]: [P[6]], [ORG.banks[5]]: [P[9]] });
    expect(request.routes.every((r: any) => r.origin === 'MATCHED' && r.status === 'AWAITING_ANSWER')).toBe(true);
  });

  it('sends to the branches the applicant picks, marking those without a fitting product as chosen', async () => {
    const request = await postRequest(await app.client('hr'), { branchIds: [ORG.banks[0], ORG.banks[10]] });
    expect(routeTo(request, ORG.banks[0])).toMatchObject({ origin: 'MATCHED', matchedProducts: [{ id: P[0] }] });
    expect(routeTo(request, ORG.banks[10])).toMatchObject({ origin: 'CHOSEN', matchedProducts: [] });
    expect(request.routes).toHaveLength(2);
  });

  it('asks the applicant to pick banks when nothing fits, and writes nothing', async () => {
    const before = await snapshot();
    const res = await (await app.client('hr', 'en')).data(CREATE_REQUEST, {
      input: { kind: 'TECH_ENTERPRISE_CREDIT', amount: 60_000_000, termMonths: 24, purpose: 'x', consents: [] },
    });
    expect(res.createFinancingRequest).toMatchObject({ request: null, errors: [{ field: 'input.branchIds', code: 'REQUIRED' }] });
    expect(await snapshot()).toEqual(before);
  });
});

describe('consent: a bank sees only the facts it was given', () => {
  let request: any;
  beforeAll(async () => {
    request = await postRequest(await app.client('hr'), {
      consents: [
        { branchId: ORG.banks[0], facts: ['APPLICANT_NAME', 'ANNUAL_REVENUE'] },
        { branchId: ORG.banks[1], facts: [] },
        { branchId: ORG.banks[2], facts: ['CONTACT_PHONE', 'SETTLEMENT_ACCOUNT', 'PATENT_COUNT'] },
        // ORG.banks[5] is not listed at all: it sees no facts.
      ],
    });
  });

  /** Fetches the item as that branch's liaison: the raw response text and the parsed facts. */
  async function asBank(i: number) {
    const route = routeTo(request, ORG.banks[i]);
    const res = await (await liaison(i)).request(INBOX_ITEM, { id: route.id });
    expect(res.body.errors).toBeUndefined();
    return { raw: JSON.stringify(res.body), item: res.body.data.financingInboxItem };
  }

  const ALL = { applicantName: '上海月浦智能装备科技有限公司（示例）', ...ENTERPRISE_FACTS, settlementAccount: ACCOUNT_DIGITS, monthlyIncome: null, employerName: null, education: null };
  /**
   * Whether the raw response holds the value as a value of its own. Short numbers are matched only
   * where no letter or digit touches them: a random UUID or a timestamp can hold "4242" or "2013".
   */
  const holds = (raw: string, secret: string) => new RegExp(`(?<![0-9A-Za-z])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`).test(raw);
  const SECRETS = [ALL.applicantName, ENTERPRISE_FACTS.contactPhone, ACCOUNT_DIGITS, ACCOUNT_DIGITS.slice(0, 12), ENTERPRISE_FACTS.creditCode, '86421', '1777', '4242', '2013'];

  it('records each bank\'s consent on its route and in the consent log', async () => {
    expect(routeTo(request, ORG.banks[0]).consentedFacts).toEqual(['APPLICANT_NAME', 'ANNUAL_REVENUE']);
    expect(routeTo(request, ORG.banks[5]).consentedFacts).toEqual([]);
    const log = await app.sql<{ facts: string[]; recorded_by_id: string }>(
      'select c.facts, c.recorded_by_id from financing_consents c join financing_routes r on r.id = c.route_id where r.request_id = ? and r.branch_id = ?',
      [request.id, ORG.banks[2]],
    );
    expect(log).toEqual([{ facts: ['CONTACT_PHONE', 'SETTLEMENT_ACCOUNT', 'PATENT_COUNT'], recorded_by_id: USER.hr }]);
  });

  it('gives the applicant all their facts', async () => {
    const res = await (await app.client('hr')).data(MY_REQUEST, { id: request.id });
    expect(res.financingRequest.facts).toEqual(ALL);
  });

  it('bank 1 (name and revenue): every other fact is null, and nothing else is anywhere in the raw response', async () => {
    const { raw, item } = await asBank(0);
    for (const field of FACT_FIELDS) {
      expect(item.facts[field], field).toBe(field === 'applicantName' ? ALL.applicantName : field === 'annualRevenueWan' ? 86_421 : null);
    }
    for (const secret of SECRETS.filter((s) => s !== ALL.applicantName && s !== '86421')) expect(holds(raw, secret), secret).toBe(false);
    expect(item.consentedFacts).toEqual(['APPLICANT_NAME', 'ANNUAL_REVENUE']);
  });

  it('bank 2 (no consent) and bank 6 (not listed): all facts null, none of them in the raw response', async () => {
    for (const i of [1, 5]) {
      const { raw, item } = await asBank(i);
      for (const field of FACT_FIELDS) expect(item.facts[field], `${i}:${field}`).toBeNull();
      for (const secret of SECRETS) expect(holds(raw, secret), `${i}:${secret}`).toBe(false);
      // The request itself (purpose, amount, term) is what every receiving bank sees.
      expect(item).toMatchObject({ purpose: '测试：扩产（集成测试）', amount: 3_000_000, termMonths: 24, kind: 'TECH_ENTERPRISE_CREDIT', audience: 'ENTERPRISE' });
    }
  });

  it('bank 3 (phone, account, patents): the account is masked to its last four digits while the offer is not accepted', async () => {
    const { raw, item } = await asBank(2);
    for (const field of FACT_FIELDS) {
      const expected = { contactPhone: ENTERPRISE_FACTS.contactPhone, settlementAccount: '*'.repeat(15) + '8999', patentCount: 4_242 }[field as string] ?? null;
      expect(item.facts[field], field).toBe(expected);
    }
    expect(raw).not.toContain(ACCOUNT_DIGITS.slice(0, 12));
    for (const secret of [ALL.applicantName, ENTERPRISE_FACTS.creditCode, '86421', '1777']) expect(holds(raw, secret), secret).toBe(false);
  });

  it('the same filter holds in the inbox list', async () => {
    const res = await (await liaison(1)).data(INBOX, { first: 50 });
    const node = res.financingInbox.edges.map((e: any) => e.node).find((n: any) => n.id === routeTo(request, ORG.banks[1]).id);
    for (const field of FACT_FIELDS) expect(node.facts[field], field).toBeNull();
  });

  it('a changed consent is recorded and applies at once', async () => {
    const route = routeTo(request, ORG.banks[1]);
    const res = await (await app.client('hr')).data(`mutation($input: FinancingConsentInput!) { updateFinancingConsent(input: $input) { route { consentedFacts } errors { code } } }`, {
      input: { routeId: route.id, facts: ['EMPLOYEE_COUNT'] },
    });
    expect(res.updateFinancingConsent).toEqual({ route: { consentedFacts: ['EMPLOYEE_COUNT'] }, errors: [] });
    const { item } = await asBank(1);
    expect(item.facts.employeeCount).toBe(1_777);
    expect(FACT_FIELDS.filter((f) => item.facts[f] !== null)).toEqual(['employeeCount']);
    expect(await count('select count(*) as n from financing_consents where route_id = ?', [route.id])).toBe(2);
  });

  it('the accepted bank sees the settlement account in full; the others keep seeing only what they had', async () => {
    const bank3 = await liaison(2);
    const route = routeTo(request, ORG.banks[2]);
    const answered = await bank3.data(ANSWER, { input: { itemId: route.id, kind: 'INTERESTED', offerAmount: 3_000_000, offerRatePercent: 3.6, offerTermMonths: 24 } });
    const accepted = await (await app.client('hr')).data(ACCEPT, { answerId: answered.answerFinancingRequest.item.currentAnswer.id });
    expect(accepted.acceptFinancingOffer.errors).toEqual([]);
    expect((await asBank(2)).item.facts.settlementAccount).toBe(ACCOUNT_DIGITS);
    expect((await asBank(0)).item.facts.settlementAccount).toBeNull();
  });

  it('never writes the account number, phone or credit code to the logs', () => {
    const logs = app.logs();
    for (const secret of [ACCOUNT_DIGITS, ENTERPRISE_FACTS.contactPhone, ENTERPRISE_FACTS.creditCode]) expect(logs).not.toContain(secret);
  });

  it('refuses a bad account number, credit code or a fact that does not apply, and writes nothing', async () => {
    const before = await snapshot();
    const res = await (await app.client('hr', 'en')).data(CREATE_REQUEST, {
      input: { ...TECH_NEED, purpose: 'x', consents: [{ branchId: ORG.banks[0], facts: ['MONTHLY_INCOME'] }],
        facts: { settlementAccount: '1234-abcd', creditCode: SAMPLE_CREDIT_CODES[0].slice(0, 17) + (SAMPLE_CREDIT_CODES[0].endsWith('1') ? '2' : '1'), monthlyIncome: 10_000 } },
    });
    expect(res.createFinancingRequest.request).toBeNull();
    expect(res.createFinancingRequest.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual([
      'input.consents.0.facts:INVALID', 'input.facts.creditCode:INVALID', 'input.facts.monthlyIncome:INVALID', 'input.facts.settlementAccount:INVALID',
    ]);
    // The refused value is not echoed back.
    expect(JSON.stringify(res)).not.toContain('1234-abcd');
    expect(await snapshot()).toEqual(before);
  });
});

describe('isolation between banks', () => {
  const MISSING = '00000000-0000-4000-8000-00000000ffff';
  const seededRouteOfBank1 = BANK.routes[0]; // R1 → branch 1
  const seededRouteOfBank2 = BANK.routes[1]; // R1 → branch 2

  /** The error of a refused read, without the locations that differ per query text. */
  const errorOf = (res: any) => ({ message: res.body.errors?.[0]?.message, code: res.body.errors?.[0]?.extensions?.code, data: res.body.data });

  it('answers another bank\'s inbox item exactly like a missing one', async () => {
    const bank2 = await liaison(1);
    const other = await bank2.request(INBOX_ITEM, { id: seededRouteOfBank1 });
    const missing = await bank2.request(INBOX_ITEM, { id: MISSING });
    expect(errorOf(other)).toEqual(errorOf(missing));
    expect(errorOf(other)).toEqual({ message: 'That financing request was not found.', code: 'NOT_FOUND', data: null });
  });

  it('lists only routes to the liaison\'s own branch', async () => {
    for (const i of [0, 1, 7]) {
      const res = await (await liaison(i)).data(INBOX, { first: 100 });
      const own = await app.sql<{ id: string }>('select id from financing_routes where branch_id = ?', [ORG.banks[i]]);
      expect(res.financingInbox.edges.map((e: any) => e.node.id).sort()).toEqual(own.map((r) => r.id).sort());
    }
  });

  it('shows a bank only its own answers on a request several banks answered', async () => {
    const res = await (await liaison(0)).data(INBOX_ITEM, { id: seededRouteOfBank1 });
    const own = await app.sql<{ id: string }>('select id from financing_answers where route_id = ?', [seededRouteOfBank1]);
    expect(res.financingInboxItem.answers.map((a: any) => a.id)).toEqual(own.map((a) => a.id));
    const raw = JSON.stringify(res);
    for (const answer of await app.sql<{ id: string }>('select id from financing_answers where route_id <> ?', [seededRouteOfBank1])) {
      expect(raw).not.toContain(answer.id);
    }
  });

  it('refuses to answer on another bank\'s route, like a missing one, and writes nothing', async () => {
    const bank2 = await liaison(1);
    const before = await snapshot();
    const input = { kind: 'DECLINED', reason: '越权测试' };
    const other = await bank2.request(ANSWER, { input: { ...input, itemId: seededRouteOfBank1 } });
    const missing = await bank2.request(ANSWER, { input: { ...input, itemId: MISSING } });
    expect(errorOf(other)).toEqual(errorOf(missing));
    expect(errorOf(other).code).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
    // Its own route of the same request is fine to read.
    expect((await bank2.data(INBOX_ITEM, { id: seededRouteOfBank2 })).financingInboxItem.id).toBe(seededRouteOfBank2);
  });

  it('keeps banks away from the applicant\'s view of requests', async () => {
    const res = await (await liaison(0)).request(MY_REQUEST, { id: BANK.requests[0] });
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN', data: null });
  });

  it('answers another enterprise\'s HR exactly like a missing request', async () => {
    const hr2 = await app.client('hr2', 'en');
    expect(errorOf(await hr2.request(MY_REQUEST, { id: BANK.requests[0] }))).toEqual(errorOf(await hr2.request(MY_REQUEST, { id: MISSING })));
    expect(errorOf(await hr2.request(ACCEPT, { answerId: BANK.answers[9] }))).toEqual(errorOf(await hr2.request(ACCEPT, { answerId: MISSING })));
  });
});

describe('answers, acceptance and notifications', () => {
  let request: any;
  const offers: Record<number, string> = {};

  beforeAll(async () => {
    request = await postRequest(await app.client('hr'), { branchIds: [ORG.banks[0], ORG.banks[1], ORG.banks[2]], consents: [{ branchId: ORG.banks[0], facts: ['APPLICANT_NAME'] }] });
  });

  it('checks each kind of answer for what it needs', async () => {
    const bank1 = await liaison(0);
    const route = routeTo(request, ORG.banks[0]).id;
    const bad = await bank1.data(ANSWER, { input: { itemId: route, kind: 'INTERESTED', offerAmount: 0, offerRatePercent: 40 } });
    expect(bad.answerFinancingRequest.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual([
      'input.offerAmount:OUT_OF_RANGE', 'input.offerRatePercent:OUT_OF_RANGE', 'input.offerTermMonths:REQUIRED',
    ]);
    const noQuestion = await bank1.data(ANSWER, { input: { itemId: route, kind: 'NEEDS_INFO' } });
    expect(noQuestion.answerFinancingRequest.errors).toMatchObject([{ field: 'input.question', code: 'REQUIRED' }]);
    expect(await count('select count(*) as n from financing_answers where route_id = ?', [route])).toBe(0);
  });

  it('takes a question, the applicant\'s reply, then an offer; and an offer and a refusal from the others', async () => {
    const bank1 = await liaison(0);
    const r1 = routeTo(request, ORG.banks[0]).id;
    const q = await bank1.data(ANSWER, { input: { itemId: r1, kind: 'NEEDS_INFO', question: '请提供近两年审计报告。' } });
    expect(q.answerFinancingRequest.item).toMatchObject({ status: 'NEEDS_INFO', currentAnswer: { kind: 'NEEDS_INFO' } });
    const reply = await (await app.client('hr')).data(`mutation($id: UUID!, $reply: String!) { replyToFinancingQuestion(answerId: $id, reply: $reply) { request { id } errors { code } } }`, {
      id: q.answerFinancingRequest.item.currentAnswer.id, reply: '已上传至企业网盘，稍后邮件发送。',
    });
    expect(reply.replyToFinancingQuestion.errors).toEqual([]);
    const o1 = await bank1.data(ANSWER, { input: { itemId: r1, kind: 'INTERESTED', offerAmount: 2_800_000, offerRatePercent: 3.55, offerTermMonths: 24, conditions: '按季付息', productId: BANK.products[0] } });
    expect(o1.answerFinancingRequest.item).toMatchObject({ status: 'INTERESTED', currentAnswer: { offerAmount: 2_800_000, offerRatePercent: 3.55, offerTermMonths: 24 } });
    offers[0] = o1.answerFinancingRequest.item.currentAnswer.id;

    const o2 = await (await liaison(1)).data(ANSWER, { input: { itemId: routeTo(request, ORG.banks[1]).id, kind: 'INTERESTED', offerAmount: 3_000_000, offerRatePercent: 3.7, offerTermMonths: 24 } });
    offers[1] = o2.answerFinancingRequest.item.currentAnswer.id;
    await (await liaison(2)).data(ANSWER, { input: { itemId: routeTo(request, ORG.banks[2]).id, kind: 'DECLINED', reason: '额度已满' } });

    const mine = await (await app.client('hr')).data(MY_REQUEST, { id: request.id });
    const side = Object.fromEntries(mine.financingRequest.routes.map((r: any) => [r.branch.id, [r.status, r.currentAnswer?.offerAmount ?? null, r.answers.length]]));
    expect(side).toEqual({ [ORG.banks[0]]: ['INTERESTED', 2_800_000, 2], [ORG.banks[1]]: ['INTERESTED', 3_000_000, 1], [ORG.banks[2]]: ['DECLINED', null, 1] });
  });

  it('refuses to accept a question or a superseded offer', async () => {
    const hr = await app.client('hr', 'en');
    const question = (await app.sql<{ id: string }>(`select id from financing_answers where route_id = ? and kind = 'NEEDS_INFO'`, [routeTo(request, ORG.banks[0]).id]))[0].id;
    const res = await hr.data(ACCEPT, { answerId: question });
    expect(res.acceptFinancingOffer).toMatchObject({ request: null, errors: [{ field: 'answerId', code: 'INVALID_STATE' }] });
  });

  it('accepting one offer closes the others, and tells every bank and the applicant', async () => {
    const hr = await app.client('hr');
    const res = await hr.data(ACCEPT, { answerId: offers[1] });
    expect(res.acceptFinancingOffer.errors).toEqual([]);
    const statuses = Object.fromEntries(res.acceptFinancingOffer.request.routes.map((r: any) => [r.branch.id, r.status]));
    expect(res.acceptFinancingOffer.request.status).toBe('ACCEPTED');
    expect(statuses).toEqual({ [ORG.banks[0]]: 'NOT_SELECTED', [ORG.banks[1]]: 'ACCEPTED', [ORG.banks[2]]: 'NOT_SELECTED' });

    // The other offer can no longer be accepted, and the banks can no longer answer.
    const again = await hr.request(ACCEPT, { answerId: offers[0] });
    expect(again.body.errors![0].extensions!.code).toBe('CONFLICT');
    const late = await (await liaison(0)).data(ANSWER, { input: { itemId: routeTo(request, ORG.banks[0]).id, kind: 'INTERESTED', offerAmount: 1, offerRatePercent: 1, offerTermMonths: 1 } });
    expect(late.answerFinancingRequest).toMatchObject({ item: null, errors: [{ field: null, code: 'INVALID_STATE' }] });
    const [row] = await app.sql<{ status: string; accepted_answer_id: string }>('select status, accepted_answer_id from financing_requests where id = ?', [request.id]);
    expect(row).toEqual({ status: 'ACCEPTED', accepted_answer_id: offers[1] });
  });

  it('left a notification for each step, to the people concerned', async () => {
    const kindsOf = async (userId: string) => (await app.sql<{ kind: string }>(
      `select kind from notifications where recipient_id = ? and link like ? order by created_at, kind`, [userId, `%${userId === USER.hr || userId === USER.hr2 ? request.id : ''}%`],
    )).map((r) => r.kind);
    const routeIds = request.routes.map((r: any) => r.id);
    const forRoutes = async (userId: string) => (await app.sql<{ kind: string }>(
      'select kind from notifications where recipient_id = ? and link in (?) order by created_at, kind', [userId, routeIds.map((id: string) => `/bank/financing-requests/${id}`)],
    )).map((r) => r.kind);
    expect(await forRoutes(LIAISONS[0].id)).toEqual(['bank.request.received', 'bank.reply.received', 'bank.offer.not_selected']);
    expect(await forRoutes(LIAISONS[1].id)).toEqual(['bank.request.received', 'bank.offer.accepted']);
    expect(await forRoutes(LIAISONS[2].id)).toEqual(['bank.request.received', 'bank.offer.not_selected']);
    expect((await kindsOf(USER.hr)).sort()).toEqual(['bank.answer.declined', 'bank.answer.interested', 'bank.answer.interested', 'bank.answer.needs_info', 'bank.offer.accepted_by_applicant'].sort());
    // Another enterprise's HR hears nothing of it.
    expect(await count(`select count(*) as n from notifications where recipient_id = ? and kind like 'bank.%'`, [USER.hr2])).toBe(0);
  });
});

describe('two accepts at once', () => {
  it('lets exactly one win, every time', async () => {
    // Sessions are made once: each sign-in hashes a password, and this test is about the race.
    const banks = [await liaison(0), await liaison(1)];
    // Two people of the same enterprise, each in their own session, press "accept" together.
    const [a, b] = [await app.client('hr'), await app.client('hr')];
    for (let round = 0; round < 4; round++) {
      const request = await postRequest(a, { branchIds: [ORG.banks[0], ORG.banks[1]] });
      const offerIds: string[] = [];
      for (const i of [0, 1]) {
        const res = await banks[i].data(ANSWER, { input: { itemId: routeTo(request, ORG.banks[i]).id, kind: 'INTERESTED', offerAmount: 3_000_000, offerRatePercent: 3.5 + i / 10, offerTermMonths: 24 } });
        offerIds.push(res.answerFinancingRequest.item.currentAnswer.id);
      }
      const results = await Promise.all([a.request(ACCEPT, { answerId: offerIds[0] }), b.request(ACCEPT, { answerId: offerIds[1] })]);
      const winners = results.filter((r) => !r.body.errors && r.body.data.acceptFinancingOffer.errors.length === 0);
      const losers = results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
      expect([winners.length, losers.length], `round ${round}`).toEqual([1, 1]);
      const routes = await app.sql<{ status: string }>('select status from financing_routes where request_id = ? order by status', [request.id]);
      expect(routes.map((r) => r.status)).toEqual(['ACCEPTED', 'NOT_SELECTED']);
      const [row] = await app.sql<{ accepted_answer_id: string }>('select accepted_answer_id from financing_requests where id = ?', [request.id]);
      const winnerRoute = winners[0].body.data.acceptFinancingOffer.request.routes.find((r: any) => r.status === 'ACCEPTED');
      expect(row.accepted_answer_id).toBe(offerIds[winnerRoute.branch.id === ORG.banks[0] ? 0 : 1]);
    }
  }, 120_000);
});

describe('roles', () => {
  it('refuses the wrong roles and leaves the database as it was', async () => {
    const before = await snapshot();
    const input = { ...TECH_NEED, purpose: 'x', consents: [] };
    for (const role of ['reviewer', 'admin', 'coordinator'] as const) {
      expect((await (await app.client(role)).request(CREATE_REQUEST, { input })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect((await (await liaison(0)).request(CREATE_REQUEST, { input })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await (await app.client()).request(CREATE_REQUEST, { input })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    // Applicants cannot answer as a bank, banks cannot accept, the town cannot read inboxes.
    expect((await (await app.client('hr')).request(ANSWER, { input: { itemId: BANK.routes[9], kind: 'DECLINED', reason: 'x' } })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await (await liaison(0)).request(ACCEPT, { answerId: BANK.answers[9] })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await (await app.client('admin')).request(INBOX, { first: 5 })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    const [r4] = await app.sql<{ status: string }>('select status from financing_requests where id = ?', [BANK.requests[3]]);
    expect(r4.status).toBe('OPEN');
  }, 120_000); // seven sign-ins, each hashing a password

  it('lets a talent apply for themself, with their profile\'s name, employer and education', async () => {
    const talent = await app.client('talent');
    const res = await talent.data(CREATE_REQUEST, { input: { kind: 'TALENT_CONSUMER_LOAN', amount: 30_000, termMonths: 12, purpose: '进修', facts: { monthlyIncome: 20_000 }, consents: [{ branchId: ORG.banks[1], facts: ['APPLICANT_NAME', 'EDUCATION'] }] } });
    expect(res.createFinancingRequest.errors).toEqual([]);
    const mine = await talent.data(MY_REQUEST, { id: res.createFinancingRequest.request.id });
    expect(mine.financingRequest.facts).toMatchObject({ applicantName: '王晓月', education: 'MASTER', monthlyIncome: 20_000, employerName: '上海月浦智能装备科技有限公司（示例）' });
    // Another talent cannot see it.
    const other = await app.client();
    await other.signIn('talent2@yuepu.example');
    expect((await other.request(MY_REQUEST, { id: res.createFinancingRequest.request.id })).body.errors![0].extensions!.code).toBe('NOT_FOUND');
    // Nor does a talent's resident ID number ever become a fact.
    expect(JSON.stringify(mine)).not.toContain(sampleResidentId('1996-05-12', 101));
  });
});

describe('SQL statements per request', () => {
  it('lists the inbox in the same number of statements for 1 and 50 items', async () => {
    const bank1 = await liaison(0);
    const one = await bank1.request(INBOX, { first: 1 });
    const many = await bank1.request(INBOX, { first: 50 });
    expect(many.body.data.financingInbox.edges.length).toBeGreaterThan(4);
    expect(many.sqlCount).toBe(one.sqlCount);
  });

  it('lists the applicant\'s requests with every bank\'s offer in the same number of statements for 1 and 50', async () => {
    const query = `query($first: Int) { myFinancingRequests(first: $first) { totalCount edges { node { id status routes { status branch { nameZh } contacts { name phone } currentAnswer { offerAmount offerRatePercent product { nameZh } } matchedProducts { nameZh } } } } } }`;
    const hr = await app.client('hr');
    const one = await hr.request(query, { first: 1 });
    const many = await hr.request(query, { first: 50 });
    expect(many.body.data.myFinancingRequests.edges.length).toBeGreaterThan(4);
    expect(many.sqlCount).toBe(one.sqlCount);
  });
});
