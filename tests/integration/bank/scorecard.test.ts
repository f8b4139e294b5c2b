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

const FIGURES = 'month branchId requestsReceived requestsAnswered answersGiven averageHoursToFirstAnswer answersPerRequest offersMade offersOpen offersAccepted acceptanceRate distinctRequests';
const SCORECARD = `query($from: String!, $to: String!, $branchId: UUID) {
  bankScorecard(fromMonth: $from, toMonth: $to, branchId: $branchId) { months branches { id } rows { ${FIGURES} } totals { ${FIGURES} } }
}`;

type Figures = [received: number, answered: number, answers: number, hours: number | null, perRequest: number | null, offers: number, open: number, accepted: number, rate: number | null, distinct?: number];
const row = (month: string, branchId: string | null, [r, a, n, h, p, o, open, acc, rate, distinct = r]: Figures) => ({
  month, branchId, requestsReceived: r, requestsAnswered: a, answersGiven: n, averageHoursToFirstAnswer: h, answersPerRequest: p,
  offersMade: o, offersOpen: open, offersAccepted: acc, acceptanceRate: rate, distinctRequests: distinct,
});
const NOTHING: Figures = [0, 0, 0, null, null, 0, 0, 0, null];

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
 * One rule for every measure: a request sent to a branch counts in the month it was sent, and
 * its answers, offers and acceptance count with it. Received = requests sent to the branch;
 * answered = of those, answered; answers = all answers on them; hours = mean time to the first
 * answer; per request = answers ÷ received; offers = with an offer, of which open = the request
 * is still open; acceptance = accepted ÷ (offers − open).
 */
const EXPECTED: Record<string, Record<number, Figures>> = {
  '2026-09': {
    0: [2, 2, 2, 3.0, 1.0, 2, 0, 1, 0.5], // R1 4h, R2 2h → (4+2)/2; offers on both, both decided, R2's accepted
    1: [1, 1, 2, 24.0, 2.0, 1, 0, 0, 0], // R1: question at 24h, then an offer: 2 answers; R1 went to branch 6
    2: [1, 1, 1, 10.0, 1.0, 0, 0, 0, null], // R1: declined, no offer → no rate
    3: [1, 1, 1, 30.0, 1.0, 1, 0, 0, 0], // R2: offer at 30h, not taken
    5: [1, 1, 1, 6.0, 1.0, 1, 0, 1, 1], // R1: offer at 6h, accepted
  },
  '2026-10': {
    0: [2, 2, 2, 6.5, 1.0, 1, 1, 0, null], // R3 declined 5h, R4 offer 8h → (5+8)/2; R4 still open → no rate yet
    2: [1, 1, 1, 20.0, 1.0, 1, 1, 0, null], // R3 offer 20h, R3 open
    5: [1, 0, 0, null, 0, 0, 0, 0, null], // R4 unanswered
  },
  '2026-11': {
    1: [1, 1, 1, 3.0, 1.0, 1, 1, 0, null], // R5 offer 3h, open
    7: [1, 1, 1, 12.0, 1.0, 0, 0, 0, null], // R5 question 12h
  },
};

/** All branches together: the sum of the rows above, the same measures; distinct = requests counted once. */
const TOTALS: Record<string, Figures> = {
  // 6 sent (R1 to 4 branches, R2 to 2), all answered; 7 answers; hours (4+24+10+6+2+30)/6 = 12.67; 7/6 = 1.17; 2 of 5 decided offers taken
  '2026-09': [6, 6, 7, 12.7, 1.17, 5, 0, 2, 0.4, 2],
  // 4 sent (R3 to 2, R4 to 2), 3 answered: (20+5+8)/3 = 11; 3/4; both offers on open requests → no rate
  '2026-10': [4, 3, 3, 11.0, 0.75, 2, 2, 0, null, 2],
  // R5 to 2 branches: (3+12)/2
  '2026-11': [2, 2, 2, 7.5, 1.0, 1, 1, 0, null, 1],
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
    // Every count on the totals is the sum of the branches' rows: one definition for both.
    for (const total of card.totals) {
      const rows = card.rows.filter((r: any) => r.month === total.month);
      for (const measure of ['requestsReceived', 'requestsAnswered', 'answersGiven', 'offersMade', 'offersOpen', 'offersAccepted']) {
        expect(total[measure], `${total.month} ${measure}`).toBe(rows.reduce((sum: number, r: any) => sum + r[measure], 0));
      }
    }
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
    expect(of('2026-10')).toEqual(row('2026-10', ORG.banks[3], [1, 1, 1, 2.0, 1.0, 0, 0, 0, null]));
    expect(card.totals[1]).toEqual(row('2026-10', null, [5, 4, 4, 8.8, 0.8, 2, 2, 0, null, 3])); // (20+5+8+2)/4 = 8.75 → 8.8; 4 answers / 5 sent; 3 requests
  });
});
