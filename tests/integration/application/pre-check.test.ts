import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, POLICY, USER } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { APPLICATION_FIELDS, M, newApplicant, secondReviewer } from './helpers.js';

// Issue 17 item 7: the town's pre-check (预审) for procedures the city decides. The talent files
// the city's documents against the checklist; a town reviewer marks each and issues the result;
// where the policy's city procedure says so, the employer (or the town) recommends; the talent
// then sees where and what to file with the city.

let app: TestApp;
let reviewer: GraphQLClient;
let otherReviewer: GraphQLClient;
let hr: GraphQLClient;
let admin: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.client('admin');
  [reviewer, hr, otherReviewer] = await Promise.all([app.client('reviewer'), app.client('hr'), secondReviewer(app, admin)]);
});
afterAll(async () => {
  await app.close();
});

const PRE_CHECK_FIELDS = `${APPLICATION_FIELDS} preCheck {
  recommendationNeeded
  result { outcome reason reviewerName documents { kind accepted problem } }
  recommendation { by recommendedByName note }
  procedure { recommendation whereZh whereEn documents { zh en } }
}`;
const step = (name: string, inputType: string) =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { application { ${PRE_CHECK_FIELDS} } errors { field code message } } }`;
const SUBMIT = step('submitPreCheck', 'ApplicationStepInput');
const RESULT = step('issuePreCheckResult', 'PreCheckResultInput');
const RECOMMEND = step('recommendPreCheck', 'ApplicationStepInput');
const GET = `query($id: UUID!) { application(id: $id) { ${PRE_CHECK_FIELDS} } }`;

/** Talent introduction (人才引进): its employer recommends after a pass. */
const INTRODUCTION_REQUIRED = ['ID_CARD', 'HUKOU_PROOF', 'LABOUR_CONTRACT', 'DEGREE_CERTIFICATE', 'SOCIAL_INSURANCE_RECORD', 'TAX_RECORD'];
/** Residence points: no recommendation. */
const POINTS_REQUIRED = ['RESIDENCE_PERMIT', 'ID_CARD', 'HUKOU_PROOF', 'LABOUR_CONTRACT', 'TAX_RECORD'];
const accepted = (kinds: string[]) => kinds.map((kind) => ({ kind, accepted: true }));

/** A talent at sample enterprise 1 (HR: hr@) with a pre-check draft and every required document attached. */
async function draft(policyId: string, kinds: string[], employerId: string = ORG.enterprises[0]) {
  const talent = await newApplicant(app, kinds, employerId);
  const created = (await talent.client.data(M.create, { input: { policyId } })).createApplication;
  expect(created.errors).toEqual([]);
  const id: string = created.application.id;
  for (const documentId of talent.documents) await talent.client.data(M.attach, { input: { applicationId: id, documentId } });
  return { talent, id };
}

async function submitted(policyId: string, kinds: string[]) {
  const d = await draft(policyId, kinds);
  const res = (await d.talent.client.data(SUBMIT, { input: { id: d.id } })).submitPreCheck;
  expect(res.errors).toEqual([]);
  return { ...d, app: res.application };
}

/** The code of a refused call: a field error in the payload, or the request's error (forbidden, not found). */
async function refusal(client: GraphQLClient, query: string, input: Record<string, unknown>): Promise<string> {
  const res = await client.request<Record<string, { errors?: { code: string }[] } | null>>(query, { input });
  const payload = Object.values(res.body.data ?? {})[0];
  return payload?.errors?.[0]?.code ?? (res.body.errors?.[0]?.extensions?.code as string);
}

/** What a refused call must leave as it was. */
async function stateOf(id: string) {
  const [row] = await app.sql<{ status: string; version: number }>('select status, version from applications where id = ?', [id]);
  const [events] = await app.sql<{ n: string }>('select count(*) as n from application_events where application_id = ?', [id]);
  const [notes] = await app.sql<{ n: string }>(`select count(*) as n from notifications where link = ?`, [`/applications/${id}`]);
  return { ...row, events: events.n, notifications: notes.n };
}

describe('a settlement pre-check from upload to the city guidance', () => {
  it('goes through submission, "more documents", a pass, the employer\'s recommendation, and shows where to file', async () => {
    const { talent, id } = await draft(POLICY.talentIntroduction, INTRODUCTION_REQUIRED);
    // The policy used to answer 该政策不能在线申请; the form says what the city asks for.
    const form = await talent.client.data(`query($id: UUID!) { policy(id: $id) { acceptingApplications applicationForm { benefit checklist { kind required } cityProcedure { recommendation } } } }`, { id: POLICY.talentIntroduction });
    expect(form.policy).toMatchObject({ acceptingApplications: true, applicationForm: { benefit: 'PRE_CHECK', cityProcedure: { recommendation: 'EMPLOYER' } } });
    expect(form.policy.applicationForm.checklist.filter((c: { required: boolean }) => c.required).map((c: { kind: string }) => c.kind)).toEqual(INTRODUCTION_REQUIRED);

    const first = (await talent.client.data(SUBMIT, { input: { id } })).submitPreCheck;
    expect(first.errors).toEqual([]);
    expect(first.application).toMatchObject({ status: 'UNDER_REVIEW', waitingOn: 'REVIEWER', preCheck: { result: null, recommendationNeeded: 'EMPLOYER' } });
    const [reviewerNote] = await app.sql<{ kind: string }>(`select kind from notifications where recipient_id = ? and link = ?`, [USER.reviewer, `/applications/${id}`]);
    expect(reviewerNote?.kind).toBe('application.awaiting_pre_check');

    const problem = '完税证明只有 3 个月，请补充近 6 个月的记录。';
    const returned = (await reviewer.data(RESULT, { input: { id, outcome: 'NEEDS_DOCUMENTS', reason: '个税记录不全。', documents: [...accepted(['ID_CARD', 'HUKOU_PROOF']), { kind: 'TAX_RECORD', accepted: false, problem }] } })).issuePreCheckResult;
    expect(returned.errors).toEqual([]);
    expect(returned.application.status).toBe('RETURNED_FOR_INFO');
    // The talent sees the result, the reason and what is wrong with which document.
    const seen = (await talent.client.data(GET, { id })).application;
    expect(seen.preCheck.result).toEqual({
      outcome: 'NEEDS_DOCUMENTS', reason: '个税记录不全。', reviewerName: expect.any(String),
      documents: [{ kind: 'ID_CARD', accepted: true, problem: null }, { kind: 'HUKOU_PROOF', accepted: true, problem: null }, { kind: 'TAX_RECORD', accepted: false, problem }],
    });
    expect(seen.history.at(-1)).toMatchObject({ action: 'PRE_CHECK_NEEDS_DOCUMENTS', fromStatus: 'UNDER_REVIEW', toStatus: 'RETURNED_FOR_INFO', reason: '个税记录不全。' });

    const again = (await talent.client.data(SUBMIT, { input: { id } })).submitPreCheck;
    expect(again.errors).toEqual([]);
    expect(again.application.status).toBe('UNDER_REVIEW');
    expect(again.application.history.at(-1).action).toBe('RESUBMIT_PRE_CHECK');

    const passed = (await reviewer.data(RESULT, { input: { id, outcome: 'PASSED', reason: '材料齐全。', documents: accepted(INTRODUCTION_REQUIRED) } })).issuePreCheckResult;
    expect(passed.errors).toEqual([]);
    expect(passed.application).toMatchObject({ status: 'AWAITING_RECOMMENDATION', preCheck: { result: { outcome: 'PASSED' }, recommendation: null } });
    const [hrNote] = await app.sql<{ kind: string }>(`select n.kind from notifications n join users u on u.id = n.recipient_id where u.email = 'hr@yuepu.example' and n.link = ?`, [`/applications/${id}`]);
    expect(hrNote?.kind).toBe('application.awaiting_recommendation');

    // The town cannot recommend where the employer does.
    expect(await refusal(reviewer, RECOMMEND, { id })).toBe('FORBIDDEN');
    const recommended = (await hr.data(RECOMMEND, { input: { id, reason: '该员工为本单位核心技术骨干，同意推荐。' } })).recommendPreCheck;
    expect(recommended.errors).toEqual([]);
    expect(recommended.application.status).toBe('READY_TO_FILE');

    const done = (await talent.client.data(GET, { id })).application;
    expect(done.preCheck.recommendation).toEqual({ by: 'EMPLOYER', recommendedByName: expect.any(String), note: '该员工为本单位核心技术骨干，同意推荐。' });
    expect(done.preCheck.procedure.whereZh).toContain('人才服务中心');
    expect(done.preCheck.procedure.documents.map((d: { zh: string }) => d.zh)).toContain('落户地址证明');
    expect(done.history.map((h: { action: string }) => h.action)).toEqual(['CREATE', 'SUBMIT_PRE_CHECK', 'PRE_CHECK_NEEDS_DOCUMENTS', 'RESUBMIT_PRE_CHECK', 'PASS_PRE_CHECK_FOR_RECOMMENDATION', 'RECOMMEND_BY_EMPLOYER']);
    // The step's verdicts are kept in its history entry, with the reviewer.
    const [entry] = await app.sql<{ data: { outcome: string; documents: unknown[] }; actor_id: string }>(`select data, actor_id from application_events where application_id = ? and action = 'PASS_PRE_CHECK_FOR_RECOMMENDATION'`, [id]);
    expect(entry).toMatchObject({ actor_id: USER.reviewer, data: { outcome: 'PASSED', documents: accepted(INTRODUCTION_REQUIRED).map((d) => ({ ...d, problem: null })) } });
  });

  it('goes straight to the city guidance where the procedure names no recommender, and refuses a recommendation', async () => {
    const { id, talent } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
    const passed = (await reviewer.data(RESULT, { input: { id, outcome: 'PASSED', documents: accepted(POINTS_REQUIRED) } })).issuePreCheckResult;
    expect(passed.errors).toEqual([]);
    expect(passed.application).toMatchObject({ status: 'READY_TO_FILE', preCheck: { recommendationNeeded: null, procedure: { recommendation: null } } });
    const before = await stateOf(id);
    expect(await refusal(reviewer, RECOMMEND, { id })).toBe('INVALID_STATE');
    expect(await stateOf(id)).toEqual(before);
    expect((await talent.client.data(GET, { id })).application.preCheck.procedure.whereEn).toContain('residence-points system');
  });

  it('ends at "not eligible" with the reasons', async () => {
    const { id, talent } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
    const res = (await otherReviewer.data(RESULT, { input: { id, outcome: 'NOT_ELIGIBLE', reason: '社保缴纳不足 6 个月。' } })).issuePreCheckResult;
    expect(res.errors).toEqual([]);
    expect(res.application.status).toBe('REJECTED');
    expect((await talent.client.data(GET, { id })).application.preCheck.result).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: '社保缴纳不足 6 个月。', documents: [] });
  });
});

describe('refused steps change nothing', () => {
  it('the usual workflow cannot take a pre-check: no employer confirmation, no approval', async () => {
    const { talent, id } = await draft(POLICY.residencePoints, POINTS_REQUIRED);
    const before = await stateOf(id);
    const res = (await talent.client.data(M.submit, { input: { id } })).submitApplication;
    expect(res.errors[0].code).toBe('INVALID_STATE');
    expect(await stateOf(id)).toEqual(before);
    const submittedNow = (await talent.client.data(SUBMIT, { input: { id } })).submitPreCheck.application;
    expect(submittedNow.nextActions).toEqual(['WITHDRAW']);
    expect((await reviewer.data(`query($id: UUID!) { application(id: $id) { nextActions } }`, { id })).application.nextActions).toEqual(['PASS_PRE_CHECK', 'PASS_PRE_CHECK_FOR_RECOMMENDATION', 'PRE_CHECK_NEEDS_DOCUMENTS', 'PRE_CHECK_NOT_ELIGIBLE']);
    const midway = await stateOf(id);
    expect((await reviewer.data(M.approve, { input: { id } })).approveApplication.errors[0].code).toBe('INVALID_STATE');
    expect((await reviewer.data(M.reject, { input: { id, reason: '不符合' } })).rejectApplication.errors[0].code).toBe('INVALID_STATE');
    expect(await stateOf(id)).toEqual(midway);
  });

  it('a pre-check cannot be submitted without the required documents, and only by its talent', async () => {
    const talent = await newApplicant(app, ['ID_CARD']);
    const id = (await talent.client.data(M.create, { input: { policyId: POLICY.residencePoints } })).createApplication.application.id;
    await talent.client.data(M.attach, { input: { applicationId: id, documentId: talent.documents[0] } });
    const before = await stateOf(id);
    const res = (await talent.client.data(SUBMIT, { input: { id } })).submitPreCheck;
    expect(res.errors).toEqual([expect.objectContaining({ field: 'documents', code: 'REQUIRED', message: expect.stringContaining('居住证') })]);
    expect(await stateOf(id)).toEqual(before);
    const stranger = await newApplicant(app, []);
    expect(await refusal(stranger.client, SUBMIT, { id })).toBe('NOT_FOUND');
    expect(await stateOf(id)).toEqual(before);
  });

  it('the result: only a reviewer, only what the checklist holds, and a pass only with every required document accepted', async () => {
    const { talent, id } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
    const before = await stateOf(id);
    const cases: [GraphQLClient, Record<string, unknown>, { field: string | null; code: string }][] = [
      [talent.client, { outcome: 'PASSED', documents: accepted(POINTS_REQUIRED) }, { field: null, code: 'FORBIDDEN' }],
      [hr, { outcome: 'PASSED', documents: accepted(POINTS_REQUIRED) }, { field: null, code: 'FORBIDDEN' }],
      [reviewer, { outcome: 'PASSED', documents: accepted(POINTS_REQUIRED.slice(1)) }, { field: 'input.documents', code: 'REQUIRED' }],
      [reviewer, { outcome: 'PASSED', documents: [...accepted(POINTS_REQUIRED.slice(1)), { kind: 'RESIDENCE_PERMIT', accepted: false, problem: '已过期' }] }, { field: 'input.documents', code: 'REQUIRED' }],
      [reviewer, { outcome: 'PASSED', documents: [...accepted(POINTS_REQUIRED), { kind: 'RENTAL_CONTRACT', accepted: true }] }, { field: 'input.documents.5.kind', code: 'INVALID' }],
      [reviewer, { outcome: 'PASSED', documents: [...accepted(POINTS_REQUIRED), { kind: 'ID_CARD', accepted: true }] }, { field: 'input.documents.5.kind', code: 'DUPLICATE' }],
      [reviewer, { outcome: 'NEEDS_DOCUMENTS', reason: '缺材料', documents: [{ kind: 'TAX_RECORD', accepted: false }] }, { field: 'input.documents.0.problem', code: 'REQUIRED' }],
      [reviewer, { outcome: 'NEEDS_DOCUMENTS', documents: [{ kind: 'TAX_RECORD', accepted: false, problem: '不全' }] }, { field: 'input.reason', code: 'REQUIRED' }],
      [reviewer, { outcome: 'NOT_ELIGIBLE', reason: '   ' }, { field: 'input.reason', code: 'REQUIRED' }],
    ];
    for (const [client, input, error] of cases) {
      if (error.code === 'FORBIDDEN') {
        expect(await refusal(client, RESULT, { id, ...input })).toBe('FORBIDDEN');
        continue;
      }
      const res = (await client.data(RESULT, { input: { id, ...input } })).issuePreCheckResult;
      expect(res.application, JSON.stringify(input)).toBeNull();
      expect(res.errors, JSON.stringify(input)).toContainEqual(expect.objectContaining(error));
    }
    expect(await stateOf(id)).toEqual(before);
    // A stale version (someone acted since the page was read) is refused too.
    const stale = (await reviewer.data(RESULT, { input: { id, outcome: 'NOT_ELIGIBLE', reason: '理由', expectedVersion: before.version - 1 } })).issuePreCheckResult;
    expect(stale.errors[0]).toMatchObject({ field: 'input.expectedVersion', code: 'CONFLICT' });
    expect(await stateOf(id)).toEqual(before);
  });

  it('hostile text and ids: NUL, 100 KB, over-long notes and malformed ids are refused with field errors, nothing written', async () => {
    const { id } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
    const before = await stateOf(id);
    const problems = ['a\u0000b', 'x'.repeat(100_000), 'x'.repeat(501)];
    for (const problem of problems) {
      const res = await reviewer.request(RESULT, { input: { id, outcome: 'NEEDS_DOCUMENTS', reason: '缺材料', documents: [{ kind: 'TAX_RECORD', accepted: false, problem }] } });
      const errors = res.body.data?.issuePreCheckResult?.errors ?? res.body.errors;
      expect(JSON.stringify(errors), problem.slice(0, 10)).toMatch(/problem/);
    }
    for (const reason of ['a\u0000b', 'x'.repeat(100_000), 'x'.repeat(1001)]) {
      const res = await reviewer.request(RESULT, { input: { id, outcome: 'NOT_ELIGIBLE', reason } });
      const errors = res.body.data?.issuePreCheckResult?.errors ?? res.body.errors;
      expect(JSON.stringify(errors)).toMatch(/reason/);
    }
    for (const bad of ['not-a-uuid', '00000000-0000-4000-8000-000000000000', `${id}\u0000`]) {
      const res = await reviewer.request(RESULT, { input: { id: bad, outcome: 'NOT_ELIGIBLE', reason: '理由' } });
      expect(res.body.data?.issuePreCheckResult?.application ?? null).toBeNull();
      expect(res.body.errors?.[0] ?? res.body.data.issuePreCheckResult.errors[0]).toBeDefined();
    }
    const unknownKind = await reviewer.request(RESULT, { input: { id, outcome: 'PASSED', documents: [{ kind: 'NOT_A_KIND', accepted: true }] } });
    expect(unknownKind.body.errors?.[0]).toBeDefined();
    expect(await stateOf(id)).toEqual(before);
  });
});

describe('two reviewers at once', () => {
  it('only one result is issued; the other is told the application moved on', async () => {
    for (let round = 0; round < 3; round++) {
      const { id } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
      const [a, b] = await Promise.all([
        reviewer.data(RESULT, { input: { id, outcome: 'PASSED', documents: accepted(POINTS_REQUIRED) } }),
        otherReviewer.data(RESULT, { input: { id, outcome: 'NOT_ELIGIBLE', reason: '不符合条件。' } }),
      ]);
      const results = [a.issuePreCheckResult, b.issuePreCheckResult];
      const winners = results.filter((r) => r.errors.length === 0);
      expect(winners).toHaveLength(1);
      expect(results.find((r) => r.errors.length > 0)!.errors[0].code).toBe('INVALID_STATE');
      const decisions = await app.sql<{ n: string }>(`select count(*) as n from application_events where application_id = ? and action in ('PASS_PRE_CHECK', 'PRE_CHECK_NOT_ELIGIBLE')`, [id]);
      expect(decisions[0].n).toBe('1');
      const [row] = await app.sql<{ status: string }>('select status from applications where id = ?', [id]);
      expect(row.status).toBe(winners[0]!.application.status);
    }
  });
});

describe('the city procedure is data an administrator sets', () => {
  const SET = `mutation($input: CityProcedureInput!) { configureCityProcedure(input: $input) { procedure { id recommendation whereZh url documents { zh en } } errors { field code } } }`;
  const procedure = {
    policyId: POLICY.residencePoints, recommendation: 'TOWN', whereZh: '上海市居住证积分管理信息系统', whereEn: 'The Shanghai residence-points system',
    howZh: '由单位申请。', howEn: 'The employer applies.', documents: [{ zh: '居住证', en: 'Residence permit' }], url: null,
  };

  it('refuses non-administrators, bad addresses, empty lists, NUL and policies without a pre-check form, writing nothing', async () => {
    const rows = async () => app.sql<{ where_zh: string; recommendation: string | null }>('select where_zh, recommendation from city_procedures where policy_id = ?', [POLICY.residencePoints]);
    const before = await rows();
    expect(await refusal(reviewer, SET, procedure)).toBe('FORBIDDEN');
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'javascript:alert(1)' }, 'input.url'],
      [{ url: 'http://example.com' }, 'input.url'],
      [{ documents: [] }, 'input.documents'],
      [{ whereZh: '  ' }, 'input.whereZh'],
      [{ howEn: 'x'.repeat(2001) }, 'input.howEn'],
      [{ policyId: POLICY.housingSubsidy }, 'input.policyId'],
    ];
    for (const [extra, field] of cases) {
      const res = (await admin.data(SET, { input: { ...procedure, ...extra } })).configureCityProcedure;
      expect(res.errors, field).toContainEqual({ field, code: expect.any(String) });
    }
    expect(await refusal(admin, SET, { ...procedure, whereZh: 'a\u0000b' })).toBe('INVALID');
    expect(await rows()).toEqual(before);
  });

  it('setting the town as recommender sends the next pass to the town\'s recommendation; the change is audited', async () => {
    const res = (await admin.data(SET, { input: procedure })).configureCityProcedure;
    expect(res.errors).toEqual([]);
    const [audit] = await app.sql<{ n: string }>(`select count(*) as n from audit_entries where entity_type = 'CityProcedure' and entity_id = ?`, [res.procedure.id]);
    expect(audit.n).toBe('1');
    const { id } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
    const passed = (await reviewer.data(RESULT, { input: { id, outcome: 'PASSED', documents: accepted(POINTS_REQUIRED) } })).issuePreCheckResult;
    expect(passed.application.status).toBe('AWAITING_RECOMMENDATION');
    expect(await refusal(hr, RECOMMEND, { id })).toBe('FORBIDDEN');
    const recommended = (await otherReviewer.data(RECOMMEND, { input: { id, reason: '镇人才办同意推荐。' } })).recommendPreCheck;
    expect(recommended.errors).toEqual([]);
    expect(recommended.application).toMatchObject({ status: 'READY_TO_FILE', preCheck: { recommendation: { by: 'TOWN', note: '镇人才办同意推荐。' } } });
  });
});

describe('who recommends is read on the locked application, not before waiting for it', () => {
  const SET = `mutation($input: CityProcedureInput!) { configureCityProcedure(input: $input) { procedure { recommendation } errors { field code } } }`;
  const setRecommender = async (recommendation: 'EMPLOYER' | 'TOWN' | null) => {
    const res = (await admin.data(SET, { input: {
      policyId: POLICY.residencePoints, recommendation, whereZh: '上海市居住证积分管理信息系统', whereEn: 'The Shanghai residence-points system',
      howZh: '由单位申请。', howEn: 'The employer applies.', documents: [{ zh: '居住证', en: 'Residence permit' }], url: null,
    } })).configureCityProcedure;
    expect(res.errors).toEqual([]);
  };

  /**
   * Holds the application's row lock in a transaction of its own, starts `step` (which then waits
   * for the lock), runs `meanwhile` once PostgreSQL shows the step waiting, and lets go.
   */
  async function whileLocked<T>(id: string, step: () => Promise<T>, meanwhile: () => Promise<void>): Promise<T> {
    // A plain knex transaction: the test's own connection, outside the server's transaction guard.
    const holder = await app.orm.em.getConnection().getKnex().transaction();
    let pending: Promise<T>;
    try {
      await holder.raw('select id from applications where id = ? for update', [id]);
      pending = step();
      await expect.poll(async () => (await app.sql<{ n: string }>(
        `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%from "applications"%for update%'`,
      ))[0].n, { timeout: 15_000, interval: 50 }).toBe('1');
      await meanwhile();
    } finally {
      await holder.commit();
    }
    return pending;
  }

  it('a pass issued while an administrator drops the recommendation goes straight to "file with the city"', async () => {
    await setRecommender('TOWN');
    const { id } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
    const passed = (await whileLocked(id,
      () => reviewer.data(RESULT, { input: { id, outcome: 'PASSED', documents: accepted(POINTS_REQUIRED) } }),
      () => setRecommender(null))).issuePreCheckResult;
    expect(passed.errors).toEqual([]);
    expect(passed.application).toMatchObject({ status: 'READY_TO_FILE', preCheck: { recommendationNeeded: null } });
    expect(passed.application.history.at(-1)).toMatchObject({ action: 'PASS_PRE_CHECK', toStatus: 'READY_TO_FILE' });
  });

  it('a pass issued while an administrator adds a recommender waits for that recommendation', async () => {
    await setRecommender(null);
    const { id } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
    const passed = (await whileLocked(id,
      () => reviewer.data(RESULT, { input: { id, outcome: 'PASSED', documents: accepted(POINTS_REQUIRED) } }),
      () => setRecommender('TOWN'))).issuePreCheckResult;
    expect(passed.errors).toEqual([]);
    expect(passed.application.status).toBe('AWAITING_RECOMMENDATION');
  });

  it('HR\'s recommendation, sent as the administrator hands it to the town, is refused and writes nothing; the town then recommends', async () => {
    await setRecommender('EMPLOYER');
    const { id } = await submitted(POLICY.residencePoints, POINTS_REQUIRED);
    const passed = (await reviewer.data(RESULT, { input: { id, outcome: 'PASSED', documents: accepted(POINTS_REQUIRED) } })).issuePreCheckResult;
    expect(passed.application.status).toBe('AWAITING_RECOMMENDATION');
    const before = await stateOf(id);
    const refused = await whileLocked(id,
      () => hr.request<{ recommendPreCheck: unknown }>(RECOMMEND, { input: { id, reason: '同意推荐。' } }),
      () => setRecommender('TOWN'));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stateOf(id)).toEqual(before);
    const recommended = (await otherReviewer.data(RECOMMEND, { input: { id } })).recommendPreCheck;
    expect(recommended.errors).toEqual([]);
    expect(recommended.application).toMatchObject({ status: 'READY_TO_FILE', preCheck: { recommendation: { by: 'TOWN' } } });
  });
});

describe('a passed pre-check waiting for its recommendation is an open case', () => {
  const OPEN = `query($policyId: UUID!) { myOpenApplication(policyId: $policyId) { id status } }`;
  const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } errors { field code recordId } } }`;
  const rows = async (applicantId: string) => app.sql<{ id: string; status: string }>('select id, status from applications where applicant_id = ? and policy_id = ? order by created_at', [applicantId, POLICY.talentIntroduction]);

  it('no second pre-check for the policy while it waits; the talent sees it as open and may withdraw it, then start again', async () => {
    // Talent introduction: its employer recommends after a pass (the seeded city procedure).
    const { talent, id } = await draft(POLICY.talentIntroduction, INTRODUCTION_REQUIRED);
    expect((await talent.client.data(SUBMIT, { input: { id } })).submitPreCheck.errors).toEqual([]);
    const passed = (await reviewer.data(RESULT, { input: { id, outcome: 'PASSED', documents: accepted(INTRODUCTION_REQUIRED) } })).issuePreCheckResult;
    expect(passed.application.status).toBe('AWAITING_RECOMMENDATION');

    // "Apply online" opens the waiting one; a second draft (ten at once, too) is refused, naming it.
    expect((await talent.client.data(OPEN, { policyId: POLICY.talentIntroduction })).myOpenApplication).toEqual({ id, status: 'AWAITING_RECOMMENDATION' });
    const tries = await Promise.all(Array.from({ length: 10 }, () => talent.client.data(CREATE, { input: { policyId: POLICY.talentIntroduction } })));
    for (const res of tries) expect(res.createApplication.errors).toEqual([{ field: 'input.policyId', code: 'DUPLICATE', recordId: id }]);
    expect(await rows(talent.id)).toEqual([{ id, status: 'AWAITING_RECOMMENDATION' }]);

    // Its talent can let it go (an employer that never recommends would otherwise hold the policy), then start afresh.
    const withdrawn = (await talent.client.data(M.withdraw, { input: { id } })).withdrawApplication;
    expect(withdrawn.errors).toEqual([]);
    expect(withdrawn.application.status).toBe('WITHDRAWN');
    expect(await refusal(hr, RECOMMEND, { id })).toBe('INVALID_STATE');
    const again = (await talent.client.data(CREATE, { input: { policyId: POLICY.talentIntroduction } })).createApplication;
    expect(again.errors).toEqual([]);
  });

  it('once recommended (ready to file with the city) it is finished: a new pre-check may start', async () => {
    const { talent, id } = await draft(POLICY.talentIntroduction, INTRODUCTION_REQUIRED);
    await talent.client.data(SUBMIT, { input: { id } });
    await reviewer.data(RESULT, { input: { id, outcome: 'PASSED', documents: accepted(INTRODUCTION_REQUIRED) } });
    expect((await hr.data(RECOMMEND, { input: { id } })).recommendPreCheck.application.status).toBe('READY_TO_FILE');
    expect((await talent.client.data(OPEN, { policyId: POLICY.talentIntroduction })).myOpenApplication).toBeNull();
    expect((await talent.client.data(CREATE, { input: { policyId: POLICY.talentIntroduction } })).createApplication.errors).toEqual([]);
  });
});
