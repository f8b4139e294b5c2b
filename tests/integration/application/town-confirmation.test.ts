import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { EMPLOYMENT, M, mutation, newApplicant, secondReviewer, submittedApplication } from './helpers.js';

// Issue 17 item 6(b): an enterprise with no HR account (10 of the 12 sample enterprises) cannot
// confirm employment, so its staff's applications stayed at SUBMITTED. A town reviewer confirms
// for it, noting the evidence; where the enterprise has an HR account, HR must confirm.

let app: TestApp;
let reviewer: GraphQLClient;
let otherReviewer: GraphQLClient;
/** Sample enterprise 3: no HR account in the sample data. */
const NO_HR = ORG.enterprises[2];

beforeAll(async () => {
  app = await startTestApp();
  const admin = await app.client('admin');
  [reviewer, otherReviewer] = await Promise.all([app.client('reviewer'), secondReviewer(app, admin)]);
});
afterAll(async () => {
  await app.close();
});

const CONFIRM = mutation('confirmEmploymentForEmployer', 'ConfirmEmploymentForEmployerInput');
const EVIDENCE = '查看了劳动合同原件，并于 12 月 5 日致电单位人事部门核实。';

async function submittedAt(employerId: string): Promise<{ id: string; version: number; status: string }> {
  const applicant = await newApplicant(app, undefined, employerId);
  return submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
}

/** What a refused call must leave as it was. */
async function stateOf(id: string) {
  const [row] = await app.sql<{ status: string; version: number; employment_confirmation_id: string | null }>('select status, version, employment_confirmation_id from applications where id = ?', [id]);
  const [events] = await app.sql<{ n: string }>('select count(*) as n from application_events where application_id = ?', [id]);
  const [confirmations] = await app.sql<{ n: string }>('select count(*) as n from employment_confirmations');
  return { ...row, events: events.n, confirmations: confirmations.n };
}

describe('a reviewer confirms employment for an enterprise without an HR account', () => {
  it('moves the application on, with the reviewer and the evidence in the history', async () => {
    const app1 = await submittedAt(NO_HR);
    expect(app1.status).toBe('SUBMITTED');
    const ACTIONS = `query($id: UUID!) { application(id: $id) { nextActions } }`;
    expect((await reviewer.data(ACTIONS, { id: app1.id })).application.nextActions).toEqual(['CONFIRM_EMPLOYMENT_FOR_EMPLOYER']);
    const withHr = await submittedAt(ORG.enterprises[0]);
    expect((await reviewer.data(ACTIONS, { id: withHr.id })).application.nextActions).toEqual([]);
    const res = (await reviewer.data(CONFIRM, { input: { id: app1.id, ...EMPLOYMENT, evidence: EVIDENCE } })).confirmEmploymentForEmployer;
    expect(res.errors).toEqual([]);
    expect(res.application.status).toBe('EMPLOYER_CONFIRMED');
    expect(res.application.history.at(-1)).toMatchObject({ action: 'CONFIRM_EMPLOYMENT_FOR_EMPLOYER', fromStatus: 'SUBMITTED', toStatus: 'EMPLOYER_CONFIRMED', reason: EVIDENCE, actor: { displayName: expect.any(String) } });
    const [confirmation] = await app.sql<{ position: string; enterprise_id: string }>('select c.position, c.enterprise_id from employment_confirmations c join applications a on a.employment_confirmation_id = c.id where a.id = ?', [app1.id]);
    expect(confirmation).toEqual({ position: EMPLOYMENT.position, enterprise_id: NO_HR });
    // The reviewer can now review it as any other.
    expect((await reviewer.data(M.startReview, { input: { id: app1.id } })).startReview.application.status).toBe('UNDER_REVIEW');
  });

  it('is refused where the enterprise has an HR account (its HR must confirm), and changes nothing', async () => {
    const withHr = await submittedAt(ORG.enterprises[0]);
    const before = await stateOf(withHr.id);
    const res = (await reviewer.data(CONFIRM, { input: { id: withHr.id, ...EMPLOYMENT, evidence: EVIDENCE } })).confirmEmploymentForEmployer;
    expect(res.application).toBeNull();
    expect(res.errors).toEqual([{ field: 'enterprise', code: 'INVALID_STATE', message: expect.stringContaining('须由单位人事') }]);
    expect(await stateOf(withHr.id)).toEqual(before);
  });

  it('refuses a missing, blank, 100 KB or null-byte evidence note, bad facts and malformed ids, writing nothing', async () => {
    const target = await submittedAt(NO_HR);
    const before = await stateOf(target.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ evidence: '' }, 'input.evidence'],
      [{ evidence: '   ' }, 'input.evidence'],
      [{ evidence: 'x'.repeat(100_000) }, 'input.evidence'],
      [{ evidence: 'a\u0000b' }, 'input.evidence'],
      [{ evidence: 'x'.repeat(1001) }, 'input.evidence'],
      [{ evidence: EVIDENCE, position: '' }, 'input.employment.position'],
      [{ evidence: EVIDENCE, contractStart: '2099-01-01' }, 'input.employment.contractStart'],
    ];
    for (const [extra, field] of cases) {
      const res = (await reviewer.data(CONFIRM, { input: { id: target.id, ...EMPLOYMENT, ...extra } })).confirmEmploymentForEmployer;
      expect(res.errors[0]?.field, JSON.stringify(extra).slice(0, 60)).toBe(field);
    }
    const malformed = await reviewer.request(CONFIRM, { input: { id: 'not-an-id', ...EMPLOYMENT, evidence: EVIDENCE } });
    expect(malformed.body.errors?.[0]).toBeDefined();
    const unknown = await reviewer.request(CONFIRM, { input: { id: '00000000-0000-4000-8000-00000000dead', ...EMPLOYMENT, evidence: EVIDENCE } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await stateOf(target.id)).toEqual(before);
  });

  it('only town reviewers may do it: HR, the talent and an administrator are refused', async () => {
    const target = await submittedAt(NO_HR);
    const before = await stateOf(target.id);
    for (const who of ['hr', 'talent', 'admin'] as const) {
      const res = await (await app.client(who)).request(CONFIRM, { input: { id: target.id, ...EMPLOYMENT, evidence: EVIDENCE } });
      expect(res.body.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect(await stateOf(target.id)).toEqual(before);
  });

  it('two reviewers confirming at once: exactly one wins, the other is told, one history entry and one confirmation', async () => {
    const target = await submittedAt(NO_HR);
    const confirmationsBefore = (await stateOf(target.id)).confirmations;
    const outcomes = await Promise.all([reviewer, otherReviewer, reviewer, otherReviewer].map((who) =>
      who.data(CONFIRM, { input: { id: target.id, ...EMPLOYMENT, evidence: EVIDENCE } })));
    const won = outcomes.filter((o) => o.confirmEmploymentForEmployer.errors.length === 0);
    expect(won).toHaveLength(1);
    for (const lost of outcomes.filter((o) => o.confirmEmploymentForEmployer.errors.length > 0)) {
      expect(['INVALID_STATE', 'CONFLICT']).toContain(lost.confirmEmploymentForEmployer.errors[0].code);
    }
    const after = await stateOf(target.id);
    expect(after.status).toBe('EMPLOYER_CONFIRMED');
    expect(Number(after.confirmations)).toBe(Number(confirmationsBefore) + 1);
    expect(await app.sql(`select id from application_events where application_id = ? and action = 'CONFIRM_EMPLOYMENT_FOR_EMPLOYER'`, [target.id])).toHaveLength(1);
  });
});
