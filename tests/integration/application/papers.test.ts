import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { EMPLOYMENT, M, newApplicant, submittedApplication, type Applicant } from './helpers.js';

// Issue 17 item 6: printable documents (受理回执, 审批决定书, 资金拨付通知) with a QR code whose
// public check confirms a genuine one by reference, kind and date only. The token is random, so
// nothing can be verified that was not printed from the platform.

const PUBLIC_URL = 'https://hub.yuepu.example';
let app: TestApp;
let reviewer: GraphQLClient;
let hr: GraphQLClient;
let applicant: Applicant;
let paid: { id: string; reference: string };

const PAPER = `query($id: UUID!, $kind: PaperKind!) { applicationPaper(applicationId: $id, kind: $kind) {
  kind reference issuedOn verificationToken verificationUrl title { zh en } issuer { zh } facts { label { zh en } value { zh en } } body { zh en } } }`;
const VERIFY = `query($token: String!) { verifyPaper(token: $token) { reference kind issuedOn } }`;

beforeAll(async () => {
  // The address people scan is the configured public one, not the address the clerk printed from.
  app = await startTestApp({ PUBLIC_URL: PUBLIC_URL });
  [reviewer, hr] = await Promise.all([app.client('reviewer'), app.client('hr')]);
  applicant = await newApplicant(app);
  const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
  await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
  await reviewer.data(M.startReview, { input: { id: submitted.id } });
  await reviewer.data(M.approve, { input: { id: submitted.id, amountYuan: 10000, reason: '租赁合同与社保记录相符。' } });
  await reviewer.data(M.disburse, { input: { id: submitted.id, paymentReference: 'PAY-2026-0001' } });
  paid = submitted;
});
afterAll(async () => {
  await app.close();
});

const paperOf = async (client: GraphQLClient, id: string, kind: string) => (await client.data(PAPER, { id, kind })).applicationPaper;
const fact = (paper: any, label: string) => paper.facts.find((f: any) => f.label.zh === label)?.value.zh;

describe('printable documents', () => {
  it('gives the applicant the receipt, the decision letter with its reasons and the payment notice, each verifiable', async () => {
    const receipt = await paperOf(applicant.client, paid.id, 'RECEIPT');
    expect(receipt).toMatchObject({ kind: 'RECEIPT', reference: paid.reference, title: { zh: '受理回执', en: 'Acknowledgement of receipt' } });
    expect(fact(receipt, '申请金额')).toBe('12,000 元');
    const decision = await paperOf(applicant.client, paid.id, 'DECISION');
    expect(decision.title.zh).toBe('审批决定书');
    expect(fact(decision, '审批决定')).toBe('批准');
    expect(fact(decision, '批准金额')).toBe('10,000 元');
    expect(fact(decision, '理由')).toBe('租赁合同与社保记录相符。');
    const payment = await paperOf(applicant.client, paid.id, 'PAYMENT_NOTICE');
    expect(fact(payment, '银行流水号')).toBe('PAY-2026-0001');

    const tokens = [receipt, decision, payment].map((p) => p.verificationToken);
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    for (const p of [receipt, decision, payment]) expect(p.verificationUrl).toBe(`${PUBLIC_URL}/verify/${p.verificationToken}`);
    for (const p of [receipt, decision, payment]) {
      const check = (await (await app.client()).data(VERIFY, { token: p.verificationToken })).verifyPaper;
      // Reference, kind and date: nothing about the person.
      expect(check).toEqual({ reference: paid.reference, kind: p.kind, issuedOn: p.issuedOn });
    }
    // Printing again (by anyone entitled) gives the same token, so the paper already handed out stays valid.
    expect((await paperOf(reviewer, paid.id, 'DECISION')).verificationToken).toBe(decision.verificationToken);
    expect(await app.sql('select count(*)::int as n from application_papers where application_id = ?', [paid.id])).toEqual([{ n: 3 }]);
  });

  it('is for the applicant, their employer\'s HR, reviewers and administrators; others get "not found", as for a missing one', async () => {
    for (const client of [hr, reviewer, await app.client('admin')]) expect((await paperOf(client, paid.id, 'RECEIPT')).reference).toBe(paid.reference);
    const before = await app.sql('select count(*)::int as n from application_papers');
    const stranger = await newApplicant(app, []);
    for (const client of [stranger.client, await app.client('hr2'), await app.client('talent'), await app.client('bank')]) {
      const res = await client.request(PAPER, { id: paid.id, kind: 'DECISION' });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(res.body)).not.toContain(paid.reference);
      expect((await client.request(PAPER, { id: randomUUID(), kind: 'DECISION' })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await (await app.client()).request(PAPER, { id: paid.id, kind: 'DECISION' })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await app.sql('select count(*)::int as n from application_papers')).toEqual(before);
  });

  it('has no decision letter or payment notice before the decision and the payment, and a rejection letter gives its reasons', async () => {
    const other = await newApplicant(app);
    const submitted = await submittedApplication(other.client, POLICY.housingSubsidy, other.documents);
    expect(await paperOf(other.client, submitted.id, 'DECISION')).toBeNull();
    expect(await paperOf(other.client, submitted.id, 'PAYMENT_NOTICE')).toBeNull();
    await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    await reviewer.data(M.startReview, { input: { id: submitted.id } });
    await reviewer.data(M.reject, { input: { id: submitted.id, reason: '租赁合同不在宝山区。' } });
    const letter = await paperOf(other.client, submitted.id, 'DECISION');
    expect(fact(letter, '审批决定')).toBe('不予批准');
    expect(fact(letter, '理由')).toBe('租赁合同不在宝山区。');
    expect(letter.facts.find((f: any) => f.label.zh === '审批决定').value.en).toBe('Not approved');
  });

  it('gives one token to several first printings at once', async () => {
    const other = await newApplicant(app);
    const submitted = await submittedApplication(other.client, POLICY.housingSubsidy, other.documents);
    const papers = await Promise.all([other.client, reviewer, hr, other.client].map((c) => paperOf(c, submitted.id, 'RECEIPT')));
    expect(new Set(papers.map((p) => p.verificationToken)).size).toBe(1);
    expect(await app.sql('select count(*)::int as n from application_papers where application_id = ?', [submitted.id])).toEqual([{ n: 1 }]);
  });
});

describe('the public check', () => {
  it('says "not genuine" (null) for forged, altered or unknown tokens, and refuses null bytes and long strings', async () => {
    const anyone = await app.client();
    const real = (await paperOf(applicant.client, paid.id, 'DECISION')).verificationToken as string;
    const altered = real.slice(0, -1) + (real.endsWith('A') ? 'B' : 'A');
    for (const token of [altered, real.toLowerCase() === real ? real.toUpperCase() : real.toLowerCase(), 'A'.repeat(24), randomUUID(), paid.reference, paid.id, '', ' ', `${real} `, "' or '1'='1", `${real}%00`, '../../etc/passwd']) {
      if (token === real) continue;
      const res = await anyone.request(VERIFY, { token });
      expect(res.body.errors, token).toBeUndefined();
      expect(res.body.data.verifyPaper, token).toBeNull();
    }
    for (const token of [`${real}\u0000`, 'x'.repeat(100_000), 'a\u202Eb']) {
      const res = await anyone.request(VERIFY, { token });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // The real one still checks out, for anyone, signed in or not.
    expect((await anyone.data(VERIFY, { token: real })).verifyPaper.reference).toBe(paid.reference);
    // A refused check writes nothing.
    expect(await app.sql('select count(*)::int as n from application_papers where application_id = ?', [paid.id])).toEqual([{ n: 3 }]);
  });
});
