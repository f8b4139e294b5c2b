import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_STATES } from '../../../api/src/modules/application/index.js';
import { ORG, POLICY } from '../../../seeds/ids.js';
import { makeTalents } from '../../helpers/people.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, M, newApplicant, submittedApplication } from './helpers.js';

// Issue 10 item 6: one open application per person per policy, held by the database.

let app: TestApp;
let hr: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 50000);
  hr = await app.client('hr');
});
afterAll(async () => {
  await app.close();
});

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id reference status } errors { field code message recordId } } }`;
const NOMINATE = `mutation($input: NominateForApplicationInput!) { nominateForApplication(input: $input) { application { id reference status } errors { field code message recordId } } }`;
const OPEN = `query($policyId: UUID!) { myOpenApplication(policyId: $policyId) { id reference status } }`;

const rowsOf = (userId: string, policyId: string) => app.sql<{ id: string; status: string; reference: string }>('select id, status, reference from applications where applicant_id = ? and policy_id = ? order by created_at', [userId, policyId]);

describe('one open application per person per policy', () => {
  it('20 parallel createApplication calls (each its own key, as from 20 tabs): exactly one draft, 19 field errors naming it', async () => {
    const [person] = await makeTalents(app, [ORG.enterprises[0]]);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      person.client.request(CREATE, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 1000 + i, idempotencyKey: `tab-${i}-${randomUUID()}` } })));
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    }
    const payloads = answers.map((r) => r.body.data.createApplication);
    const created = payloads.filter((p) => p.application);
    const refused = payloads.filter((p) => p.errors.length);
    const rows = await rowsOf(person.id, POLICY.housingSubsidy);
    console.log(`20 parallel createApplication: ${created.length} created, ${refused.length} refused with DUPLICATE, ${rows.length} row(s) in the database`);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(19);
    expect(rows).toHaveLength(1);
    const draft = created[0].application;
    expect(rows[0]).toMatchObject({ id: draft.id, status: 'DRAFT' });
    for (const p of refused) {
      expect(p.application).toBeNull();
      expect(p.errors).toEqual([{ field: 'input.policyId', code: 'DUPLICATE', recordId: draft.id, message: `您已有一份该政策的申请 ${draft.reference}（草稿），请继续办理这一份，不必重新申请。` }]);
    }
    // The page can ask for it directly.
    expect((await person.client.data(OPEN, { policyId: POLICY.housingSubsidy })).myOpenApplication).toEqual(draft);
    expect((await person.client.data(OPEN, { policyId: POLICY.keyTalentIncentive })).myOpenApplication).toBeNull();
  });

  it('names the open one in English too, whatever state it is in, and lets a new one start once it is finished', async () => {
    const applicant = await newApplicant(app);
    const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
    const again = await applicant.client.request(CREATE, { input: { policyId: POLICY.housingSubsidy } }, { 'accept-language': 'en' });
    expect(again.body.data.createApplication.errors).toEqual([{ field: 'input.policyId', code: 'DUPLICATE', recordId: submitted.id,
      message: `You already have an application for this policy, ${submitted.reference} (Submitted, awaiting the employer); carry on with that one instead of starting again.` }]);
    // Another policy is another matter.
    expect((await applicant.client.data(CREATE, { input: { policyId: POLICY.talentApartment } })).createApplication.errors).toEqual([]);
    // Withdrawn: finished, so a new one may start.
    await applicant.client.data(M.withdraw, { input: { id: submitted.id } });
    const fresh = await applicant.client.data(CREATE, { input: { policyId: POLICY.housingSubsidy } });
    expect(fresh.createApplication.errors).toEqual([]);
    expect((await rowsOf(applicant.id, POLICY.housingSubsidy)).map((r) => r.status)).toEqual(['WITHDRAWN', 'DRAFT']);
  });

  it('an approved case not yet paid is still open; once paid out a new case may start (limits decide how often it is granted)', async () => {
    const applicant = await newApplicant(app);
    const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents, 10000);
    await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    const reviewer = await app.client('reviewer');
    await reviewer.data(M.startReview, { input: { id: submitted.id } });
    await reviewer.data(M.approve, { input: { id: submitted.id, amountYuan: 10000 } });
    expect((await applicant.client.data(CREATE, { input: { policyId: POLICY.housingSubsidy } })).createApplication.errors[0]).toMatchObject({ code: 'DUPLICATE', recordId: submitted.id });
    await reviewer.data(M.disburse, { input: { id: submitted.id, paymentReference: 'PAY-OPEN-0001' } });
    expect((await applicant.client.data(CREATE, { input: { policyId: POLICY.housingSubsidy } })).createApplication.errors).toEqual([]);
  });

  it('HR nominations count too: 20 parallel nominations of one person give one draft, the rest name it', async () => {
    const [person] = await makeTalents(app, [ORG.enterprises[0]]);
    const answers = await Promise.all(Array.from({ length: 20 }, () => hr.request(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: person.id } })));
    const payloads = answers.map((r) => {
      expect(r.body.errors).toBeUndefined();
      return r.body.data.nominateForApplication;
    });
    const created = payloads.filter((p) => p.application);
    expect(created).toHaveLength(1);
    // HR follow the drafts they nominated, so they may be told which one it is.
    for (const p of payloads.filter((x) => x.errors.length)) {
      expect(p.errors).toEqual([{ field: 'input.talentUserId', code: 'DUPLICATE', recordId: created[0].application.id, message: `这位员工已有一份该项申请 ${created[0].application.reference}（草稿）。` }]);
    }
    expect(await rowsOf(person.id, POLICY.keyTalentIncentive)).toHaveLength(1);
    // The person cannot start one of their own (the employer files it), so no second draft either.
    const own = await person.client.data(CREATE, { input: { policyId: POLICY.keyTalentIncentive } });
    expect(own.createApplication.errors[0]).toMatchObject({ field: 'input.policyId', code: 'INVALID_STATE' });
    expect(await rowsOf(person.id, POLICY.keyTalentIncentive)).toHaveLength(1);
  });

  it('the person trying on their own while HR nominate: one nomination wins; HR, who cannot see a private draft, are not told its number', async () => {
    const [person] = await makeTalents(app, [ORG.enterprises[0]]);
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => person.client.request(CREATE, { input: { policyId: POLICY.keyTalentIncentive } })),
      ...Array.from({ length: 10 }, () => hr.request(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: person.id } })),
    ]);
    const payloads = answers.map((r) => r.body.data.createApplication ?? r.body.data.nominateForApplication);
    expect(payloads.filter((p) => p.application)).toHaveLength(1);
    expect(payloads.filter((p) => p.errors.length)).toHaveLength(19);
    expect(await rowsOf(person.id, POLICY.keyTalentIncentive)).toHaveLength(1);
    // HR cannot see a person's private draft, so they learn there is one, not which. Such a draft
    // exists only from before the policy became the employer's to file (an administrator's change).
    const [other] = await makeTalents(app, [ORG.enterprises[0]]);
    await app.sql(`insert into applications (id, reference, policy_id, applicant_id, status, answers) values (?, 'YP-RAW-00000001', ?, ?, 'DRAFT', '{}')`, [randomUUID(), POLICY.keyTalentIncentive, other.id]);
    const refused = await hr.data(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: other.id } });
    expect(refused.nominateForApplication.errors).toEqual([{ field: 'input.talentUserId', code: 'DUPLICATE', recordId: null, message: '这位员工已有一份进行中的该项申请。' }]);
  });
});

describe('the database refuses a second open application by itself', () => {
  const insert = (applicantId: string, policyId: string, status = 'DRAFT') =>
    app.sql(`insert into applications (id, reference, policy_id, applicant_id, status, answers) values (?, ?, ?, ?, ?, '{}')`,
      [randomUUID(), `YP-RAW-${Math.floor(Math.random() * 1e8)}`, policyId, applicantId, status]);

  it('a raw SQL insert that goes around the code is refused by the partial unique index', async () => {
    const [person] = await makeTalents(app, [ORG.enterprises[0]]);
    await insert(person.id, POLICY.housingSubsidy);
    await expect(insert(person.id, POLICY.housingSubsidy, 'UNDER_REVIEW')).rejects.toMatchObject({ code: '23505', constraint: 'applications_one_open_per_person_policy' });
    // Finished cases are outside the index: history may hold any number of them.
    await insert(person.id, POLICY.housingSubsidy, 'WITHDRAWN');
    await insert(person.id, POLICY.housingSubsidy, 'CLOSED');
    expect(await rowsOf(person.id, POLICY.housingSubsidy)).toHaveLength(3);
    // Re-opening a finished case beside the open one is refused too.
    await expect(app.sql(`update applications set status = 'DRAFT' where applicant_id = ? and status = 'WITHDRAWN'`, [person.id])).rejects.toMatchObject({ code: '23505' });
  });

  it('the index holds exactly the open states of the workflow table', async () => {
    const [index] = await app.sql<{ def: string }>(`select indexdef as def from pg_indexes where indexname = 'applications_one_open_per_person_policy'`);
    expect(index.def).toMatch(/UNIQUE INDEX .* \(applicant_id, policy_id\) WHERE \(application_status_open\(status\) AND \(NOT grandfathered\)\)/);
    // The states are the database function's (see its migration): it counts exactly OPEN_STATES.
    const states = await app.sql<{ status: string; open: boolean }>('select s::text as status, application_status_open(s) as open from unnest(enum_range(null::application_status)) s');
    const open = states.filter((row) => row.open).map((row) => row.status);
    expect(open).toEqual(['DRAFT', 'SUBMITTED', 'EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'RETURNED_FOR_INFO', 'APPROVED', 'AWAITING_RECOMMENDATION']);
    expect(open).toEqual([...OPEN_STATES]);
    expect(states.filter((row) => !row.open).map((row) => row.status)).toEqual(['REJECTED', 'DISBURSED', 'ALLOCATED', 'CLOSED', 'WITHDRAWN', 'READY_TO_FILE']);
  });
});
