import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIAISONS } from '../../../seeds/bank-sample-data.js';
import { ORG } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const FIGURES = 'month branchId requestsReceived requestsAnswered answersGiven averageHoursToFirstAnswer answersPerRequest offersMade offersAccepted acceptanceRate';
const SCORECARD = `query($from: String!, $to: String!, $branchId: UUID) {
  bankScorecard(fromMonth: $from, toMonth: $to, branchId: $branchId) { months branches { id } rows { ${FIGURES} } totals { ${FIGURES} } }
}`;

type Figures = [received: number, answered: number, answers: number, hours: number | null, perRequest: number | null, offers: number, accepted: number, rate: number | null];
const row = (month: string, branchId: string | null, [r, a, n, h, p, o, acc, rate]: Figures) => ({
  month, branchId, requestsReceived: r, requestsAnswered: a, answersGiven: n, averageHoursToFirstAnswer: h, answersPerRequest: p, offersMade: o, offersAccepted: acc, acceptanceRate: rate,
});
const NOTHING: Figures = [0, 0, 0, null, null, 0, 0, null];

/**
 * Worked out by hand from the sample requests in seeds/bank-sample-data.ts (hours from sending
 * to each answer, Shanghai months):
 *
 * R1 2026-09-08, tech credit: branch 1 offer +4h; branch 2 question +24h then offer +48h;
 *    branch 3 declined +10h; branch 6 offer +6h, accepted.
 * R2 2026-09-20, housing: branch 1 offer +2h, accepted; branch 4 offer +30h.
 * R3 2026-10-09, supply chain: branch 3 offer +20h; branch 1 (chosen) declined +5h. Open.
 * R4 2026-10-15, IP pledge: branch 1 offer +8h; branch 6 no answer. Open.
 * R5 2026-11-03, consumer: branch 2 offer +3h; branch 8 question +12h. Open.
 *
 * Per branch: received = routes sent that month; answered = routes with an answer; answers =
 * all answers on them; hours = mean time to the first answer; per request = answers ÷
 * received; acceptance = accepted ÷ routes with an offer.
 */
const EXPECTED: Record<string, Record<number, Figures>> = {
  '2026-09': {
    0: [2, 2, 2, 3.0, 1.0, 2, 1, 0.5], // R1 4h, R2 2h → (4+2)/2; offers on both, R2's accepted
    1: [1, 1, 2, 24.0, 2.0, 1, 0, 0], // R1: question at 24h, then an offer: 2 answers
    2: [1, 1, 1, 10.0, 1.0, 0, 0, null], // R1: declined, no offer → no rate
    3: [1, 1, 1, 30.0, 1.0, 1, 0, 0], // R2: offer at 30h, not taken
    5: [1, 1, 1, 6.0, 1.0, 1, 1, 1], // R1: offer at 6h, accepted
  },
  '2026-10': {
    0: [2, 2, 2, 6.5, 1.0, 1, 0, 0], // R3 declined 5h, R4 offer 8h → (5+8)/2
    2: [1, 1, 1, 20.0, 1.0, 1, 0, 0], // R3 offer 20h
    5: [1, 0, 0, null, 0, 0, 0, null], // R4 unanswered
  },
  '2026-11': {
    1: [1, 1, 1, 3.0, 1.0, 1, 0, 0], // R5 offer 3h
    7: [1, 1, 1, 12.0, 1.0, 0, 0, null], // R5 question 12h
  },
};

/**
 * All branches together: received = distinct requests; answered = routes answered; hours =
 * mean over all answered routes; per request = answers ÷ distinct requests.
 */
const TOTALS: Record<string, Figures> = {
  '2026-09': [2, 6, 7, 12.7, 3.5, 5, 2, 0.4], // hours (4+24+10+6+2+30)/6 = 76/6 = 12.67; 7 answers / 2 requests; 2 of 5 offers taken
  '2026-10': [2, 3, 3, 11.0, 1.5, 2, 0, 0], // (20+5+8)/3 = 11; 3 answers (R3: 2, R4: 1) / 2 requests
  '2026-11': [1, 2, 2, 7.5, 2.0, 1, 0, 0], // (3+12)/2
};

describe('the partnership scorecard', () => {
  it('matches the hand-computed figures for every branch and month of the sample data', async () => {
    const res = await (await app.client('admin')).data(SCORECARD, { from: '2026-09', to: '2026-11' });
    const card = res.bankScorecard;
    expect(card.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(card.branches).toHaveLength(11);
    expect(card.rows).toHaveLength(33);
    for (const month of card.months) {
      ORG.banks.forEach((branch, i) => {
        const actual = card.rows.find((r: any) => r.month === month && r.branchId === branch);
        expect(actual, `${month} branch ${i + 1}`).toEqual(row(month, branch, EXPECTED[month][i] ?? NOTHING));
      });
    }
    expect(card.totals).toEqual(Object.entries(TOTALS).map(([month, figures]) => row(month, null, figures)));
  });

  it('is the same for the town-office roles', async () => {
    const admin = (await (await app.client('admin')).data(SCORECARD, { from: '2026-09', to: '2026-11' })).bankScorecard;
    for (const role of ['reviewer', 'coordinator'] as const) {
      expect((await (await app.client(role)).data(SCORECARD, { from: '2026-09', to: '2026-11' })).bankScorecard).toEqual(admin);
    }
  });

  it('shows a liaison their own branch only, without the partnership totals', async () => {
    const client = await app.client();
    await client.signIn(LIAISONS[0].email);
    const own = (await client.data(SCORECARD, { from: '2026-09', to: '2026-10' })).bankScorecard;
    expect(own.branches).toEqual([{ id: ORG.banks[0] }]);
    expect(own.rows).toEqual([row('2026-09', ORG.banks[0], EXPECTED['2026-09'][0]), row('2026-10', ORG.banks[0], EXPECTED['2026-10'][0])]);
    expect(own.totals).toEqual([]);
    const other = await client.request(SCORECARD, { from: '2026-09', to: '2026-10', branchId: ORG.banks[1] });
    expect(other.body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses applicants and visitors, and asks for sensible months', async () => {
    for (const role of ['talent', 'hr'] as const) {
      expect((await (await app.client(role)).request(SCORECARD, { from: '2026-09', to: '2026-11' })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect((await (await app.client()).request(SCORECARD, { from: '2026-09', to: '2026-11' })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    for (const [from, to] of [['2026-11', '2026-09'], ['2026-9', '2026-11'], ['2024-01', '2026-11']]) {
      expect((await (await app.client('admin')).request(SCORECARD, { from, to })).body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('counts a request in the Shanghai month it was sent, and follows new answers', async () => {
    const hr = await app.client('hr');
    const created = await hr.data(`mutation($input: FinancingRequestInput!) { createFinancingRequest(input: $input) { request { routes { id } } errors { code } } }`, {
      input: { kind: 'ACCOUNT_SERVICE', purpose: '开立基本户', branchIds: [ORG.banks[3]], consents: [] },
    });
    const routeId = created.createFinancingRequest.request.routes[0].id;
    // 00:30 on 1 October in Shanghai is still 30 September in UTC.
    await app.sql(`update financing_routes set sent_at = '2026-09-30T16:30:00Z' where id = ?`, [routeId]);
    const bank4 = await app.client();
    await bank4.signIn(LIAISONS[3].email);
    await bank4.data(`mutation($input: FinancingAnswerInput!) { answerFinancingRequest(input: $input) { errors { code } } }`, {
      input: { itemId: routeId, kind: 'DECLINED', reason: '测试' },
    });
    await app.sql(`update financing_routes set first_answered_at = '2026-09-30T18:30:00Z' where id = ?`, [routeId]);
    const card = (await (await app.client('admin')).data(SCORECARD, { from: '2026-09', to: '2026-10' })).bankScorecard;
    const of = (month: string) => card.rows.find((r: any) => r.month === month && r.branchId === ORG.banks[3]);
    expect(of('2026-09')).toEqual(row('2026-09', ORG.banks[3], EXPECTED['2026-09'][3]));
    expect(of('2026-10')).toEqual(row('2026-10', ORG.banks[3], [1, 1, 1, 2.0, 1.0, 0, 0, null]));
    expect(card.totals[1]).toEqual(row('2026-10', null, [3, 4, 4, 8.8, 1.33, 2, 0, 0])); // (20+5+8+2)/4 = 8.75 → 8.8; 4 answers / 3 requests
  });
});
