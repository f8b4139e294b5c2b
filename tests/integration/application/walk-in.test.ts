import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, POLICY } from '../../../seeds/ids.js';
import { makeTalents, type TestTalent } from '../../helpers/people.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { APPLICATION_FIELDS, HOUSING_SUBSIDY_DOCUMENTS, M, secondReviewer } from './helpers.js';

// Issue 17 item 6: a town reviewer files at the counter for a talent who walked in. The talent
// must have an account (found by ID number, phone or exact name); the application is created and
// submitted in one go, through the talent's own checks and the one-open-case rule, and names the
// reviewer who filed it. Whatever is refused writes nothing.

let app: TestApp;
let reviewer: GraphQLClient;
let otherReviewer: GraphQLClient;
/** Sample enterprise 3: no HR account in the sample data. */
const NO_HR = ORG.enterprises[2];

const FILE = `mutation($input: FileWalkInApplicationInput!) { fileWalkInApplication(input: $input) {
  application { ${APPLICATION_FIELDS} documentsSeenAtCounter filedBy { id displayName } enterprise { id } applicant { id } } errors { field code message } } }`;
const FIND = `query($search: String!) { walkInTalents(search: $search) { userId legalName residentIdMasked phoneMasked employer { id } } }`;

beforeAll(async () => {
  app = await startTestApp();
  const admin = await app.client('admin');
  [reviewer, otherReviewer] = await Promise.all([app.client('reviewer'), secondReviewer(app, admin)]);
});
afterAll(async () => {
  await app.close();
});

let serial = 0;
/** A talent with an ID number and phone on their profile (numbers unique per test). */
async function walkIn(employerId: string | null = NO_HR): Promise<TestTalent & { idNumber: string; phone: string }> {
  const [person] = await makeTalents(app, [employerId]);
  serial += 1;
  const idNumber = `31011319900101${String(1000 + serial).slice(-3)}X`;
  const phone = `1390000${String(1000 + serial).slice(-4)}`;
  await app.sql('update talent_profiles set resident_id_number = ?, phone = ? where user_id = ?', [idNumber, phone, person.id]);
  return { ...person, idNumber, phone };
}

const input = (talentUserId: string, extra: Record<string, unknown> = {}) => ({
  policyId: POLICY.housingSubsidy, talentUserId, requestedAmountYuan: 12000, documentsSeen: HOUSING_SUBSIDY_DOCUMENTS, ...extra,
});

/** What a refused filing must leave as it was. */
async function counts() {
  const [row] = await app.sql<{ apps: string; events: string; keys: string; notes: string }>(`select
    (select count(*) from applications) as apps, (select count(*) from application_events) as events,
    (select count(*) from idempotency_keys) as keys, (select count(*) from notifications) as notes`);
  return row;
}

describe('finding the walk-in talent', () => {
  it('finds them by ID number, phone or exact name, showing the numbers masked, and finds nobody on a partial search', async () => {
    const person = await walkIn();
    const [legalName] = (await app.sql<{ legal_name: string }>('select legal_name from talent_profiles where user_id = ?', [person.id])).map((r) => r.legal_name);
    const expected = { userId: person.id, legalName, residentIdMasked: `310***********${person.idNumber.slice(-4)}`, phoneMasked: `139****${person.phone.slice(-4)}`, employer: { id: NO_HR } };
    expect((await reviewer.data(FIND, { search: person.idNumber.toLowerCase() })).walkInTalents).toEqual([expected]);
    expect((await reviewer.data(FIND, { search: ` ${person.phone.slice(0, 3)} ${person.phone.slice(3)} ` })).walkInTalents).toEqual([expected]);
    expect((await reviewer.data(FIND, { search: legalName })).walkInTalents).toContainEqual(expected);
    for (const search of ['', ' ', '3', person.idNumber.slice(0, 10), person.phone.slice(0, 7), legalName.slice(0, 2), 'x'.repeat(60)]) {
      expect((await reviewer.data(FIND, { search })).walkInTalents).not.toContainEqual(expected);
    }
    // The numbers searched for never reach the log.
    expect(app.logs()).not.toContain(person.idNumber);
    expect(app.logs()).not.toContain(person.phone);
  });

  it('is for reviewers only, and refuses a null byte or a 100 KB search', async () => {
    const person = await walkIn();
    for (const as of ['talent', 'hr', 'admin'] as const) {
      const res = await (await app.client(as)).request(FIND, { search: person.idNumber });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await (await app.client()).request(FIND, { search: person.idNumber })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const search of ['a\u0000b', 'x'.repeat(100_000)]) {
      const res = await reviewer.request(FIND, { search });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('a reviewer files for a walk-in talent', () => {
  it('creates and submits it in the talent\'s name, recorded as filed by the reviewer, with the paper documents seen', async () => {
    const person = await walkIn();
    const [me] = await app.sql<{ id: string; display_name: string }>(`select id, display_name from users where email = 'reviewer@yuepu.example'`);
    const res = (await reviewer.data(FILE, { input: input(person.id, { answers: [{ key: 'monthlyRent', value: '3500' }] }) })).fileWalkInApplication;
    expect(res.errors).toEqual([]);
    const filed = res.application;
    expect(filed).toMatchObject({ status: 'SUBMITTED', requestedAmountYuan: 12000, applicant: { id: person.id }, enterprise: { id: NO_HR }, filedBy: { id: me.id, displayName: me.display_name }, documents: [] });
    expect([...filed.documentsSeenAtCounter].sort()).toEqual([...HOUSING_SUBSIDY_DOCUMENTS].sort());
    expect(filed.history.map((h: any) => [h.action, h.toStatus, h.actor?.displayName])).toEqual([['CREATE', 'DRAFT', me.display_name], ['SUBMIT_FOR_WALK_IN', 'SUBMITTED', me.display_name]]);
    expect(filed.history[0].reason).toContain('窗口代办');
    const [row] = await app.sql<{ filed_by_id: string; submitted_at: Date | null; answers: Record<string, string> }>('select filed_by_id, submitted_at, answers from applications where id = ?', [filed.id]);
    expect(row).toMatchObject({ filed_by_id: me.id, answers: { monthlyRent: '3500' } });
    expect(row.submitted_at).not.toBeNull();
    // The talent sees it as their own, with who filed it, and is told.
    const mine = await person.client.data(`query($id: UUID!) { application(id: $id) { status filedBy { displayName } } }`, { id: filed.id });
    expect(mine.application).toEqual({ status: 'SUBMITTED', filedBy: { displayName: me.display_name } });
    expect(await app.sql('select kind from notifications where recipient_id = ?', [person.id])).toContainEqual({ kind: 'application.submit_for_walk_in' });
    // An enterprise without HR: the town confirms employment next, as for any application.
    expect((await reviewer.data(`query($id: UUID!) { application(id: $id) { nextActions } }`, { id: filed.id })).application.nextActions).toEqual(['CONFIRM_EMPLOYMENT_FOR_EMPLOYER']);
  });

  it('takes the employer from the labour contract when the profile names none, and needs one', async () => {
    const person = await walkIn(null);
    const before = await counts();
    const refused = (await reviewer.data(FILE, { input: input(person.id) })).fileWalkInApplication;
    expect(refused.errors).toEqual([{ field: 'input.enterpriseId', code: 'REQUIRED', message: expect.stringContaining('工作单位') }]);
    expect(await counts()).toEqual(before);
    const unknown = (await reviewer.data(FILE, { input: input(person.id, { enterpriseId: randomUUID() }) })).fileWalkInApplication;
    expect(unknown.errors).toEqual([{ field: 'input.enterpriseId', code: 'NOT_FOUND', message: expect.any(String) }]);
    const filed = (await reviewer.data(FILE, { input: input(person.id, { enterpriseId: NO_HR }) })).fileWalkInApplication;
    expect(filed.errors).toEqual([]);
    expect(filed.application.enterprise).toEqual({ id: NO_HR });
  });

  it('applies the talent\'s own checks: the checklist, the amount and the answers, writing nothing when refused', async () => {
    const person = await walkIn();
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ documentsSeen: HOUSING_SUBSIDY_DOCUMENTS.filter((k) => k !== 'NO_PROPERTY_STATEMENT') }, 'documents'],
      [{ documentsSeen: [] }, 'documents'],
      [{ requestedAmountYuan: null }, 'input.requestedAmountYuan'],
      [{ requestedAmountYuan: -5 }, 'input.requestedAmountYuan'],
      [{ requestedAmountYuan: 999_999_999 }, 'input.requestedAmountYuan'],
      [{ answers: [{ key: 'monthlyRent', value: '三千五' }] }, 'input.answers.monthlyRent'],
      [{ answers: [{ key: 'monthlyRent', value: 'x'.repeat(2001) }] }, 'input.answers.monthlyRent'],
      [{ documentsSeen: [...HOUSING_SUBSIDY_DOCUMENTS, 'HUKOU_PROOF'] }, 'input.documentsSeen'],
      [{ idempotencyKey: 'short' }, 'input.idempotencyKey'],
      [{ talentUserId: randomUUID() }, 'input.talentUserId'],
      [{ policyId: randomUUID() }, 'input.policyId'],
    ];
    for (const [extra, field] of cases) {
      const res = await reviewer.request(FILE, { input: input(person.id, extra) });
      expect(res.body.errors, JSON.stringify(extra).slice(0, 80)).toBeUndefined();
      const payload = res.body.data.fileWalkInApplication;
      expect(payload.application, field).toBeNull();
      expect(payload.errors.map((e: any) => e.field), JSON.stringify(extra).slice(0, 80)).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a reviewer\'s own account, an HR or disabled account, and hostile input, writing nothing', async () => {
    const person = await walkIn();
    const before = await counts();
    const [reviewerRow] = await app.sql<{ id: string }>(`select id from users where email = 'reviewer@yuepu.example'`);
    const [hrRow] = await app.sql<{ id: string }>(`select id from users where role = 'ENTERPRISE_HR' limit 1`);
    const disabled = await walkIn();
    await app.sql('update users set disabled_at = now() where id = ?', [disabled.id]);
    for (const talentUserId of [reviewerRow.id, hrRow.id, disabled.id]) {
      const res = (await reviewer.data(FILE, { input: input(talentUserId) })).fileWalkInApplication;
      expect(res.errors).toEqual([{ field: 'input.talentUserId', code: 'NOT_FOUND', message: expect.any(String) }]);
    }
    // Malformed ids, unknown kinds, a null byte and 100 KB are refused before the service: as a
    // GraphQL error (a scalar or enum) or as a field error from the input guard.
    for (const extra of [{ talentUserId: 'not-a-uuid' }, { talentUserId: `${person.id}\u0000` }, { documentsSeen: ['PASSPORT_OF_MARS'] },
      { answers: [{ key: 'monthlyRent', value: '35\u000000' }] }, { answers: [{ key: 'note', value: 'x'.repeat(100_000) }] }, { idempotencyKey: 'k'.repeat(100_000) }]) {
      const res = await reviewer.request(FILE, { input: input(person.id, extra) });
      const refusal = res.body.errors?.[0]?.extensions?.code ?? (res.body.data?.fileWalkInApplication?.errors?.[0]?.code && res.body.data.fileWalkInApplication.application === null ? 'FIELD_ERROR' : null);
      expect(['BAD_USER_INPUT', 'FIELD_ERROR'], JSON.stringify(res.body).slice(0, 300)).toContain(refusal);
    }
    expect(await counts()).toEqual(before);
  });

  it('is refused to talent, HR, administrators and the signed-out, writing nothing', async () => {
    const person = await walkIn();
    const before = await counts();
    for (const as of ['talent', 'hr', 'admin'] as const) {
      const res = await (await app.client(as)).request(FILE, { input: input(person.id) });
      expect(res.body.errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
    }
    expect((await person.client.request(FILE, { input: input(person.id) })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await (await app.client()).request(FILE, { input: input(person.id) })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  it('makes no second case: the talent\'s own draft blocks a filing, without telling the reviewer its reference', async () => {
    const person = await walkIn();
    const draft = (await person.client.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 8000 } })).createApplication.application;
    const before = await counts();
    const res = (await reviewer.data(FILE, { input: input(person.id) })).fileWalkInApplication;
    expect(res.errors).toEqual([{ field: 'input.talentUserId', code: 'DUPLICATE', message: '这位员工已有一份进行中的该项申请。' }]);
    expect(JSON.stringify(res.errors)).not.toContain(draft.reference);
    expect(await counts()).toEqual(before);
    // A case filed at the counter blocks the talent's own second one the same way.
    const other = await walkIn();
    expect((await reviewer.data(FILE, { input: input(other.id) })).fileWalkInApplication.errors).toEqual([]);
    const second = (await other.client.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 8000 } })).createApplication;
    expect(second.errors).toEqual([{ field: 'input.policyId', code: 'DUPLICATE', message: expect.stringContaining('您已有一份该政策的申请') }]);
  });

  it('lets exactly one of several parallel filings for one talent through', async () => {
    const person = await walkIn();
    const before = await counts();
    const results = await Promise.all([reviewer, otherReviewer, reviewer, otherReviewer].map((c) => c.data(FILE, { input: input(person.id) })));
    const payloads = results.map((r) => r.fileWalkInApplication);
    expect(payloads.filter((p) => p.errors.length === 0)).toHaveLength(1);
    for (const p of payloads.filter((x) => x.errors.length > 0)) expect(p.errors).toEqual([{ field: 'input.talentUserId', code: 'DUPLICATE', message: expect.any(String) }]);
    expect(await app.sql(`select status from applications where applicant_id = ?`, [person.id])).toEqual([{ status: 'SUBMITTED' }]);
    const after = await counts();
    expect(Number(after.apps) - Number(before.apps)).toBe(1);
    expect(Number(after.events) - Number(before.events)).toBe(2);
  });

  it('replays a retry with the same idempotency key instead of filing twice', async () => {
    const person = await walkIn();
    const key = `walk-in-${randomUUID()}`;
    const [a, b] = await Promise.all([1, 2].map(() => reviewer.data(FILE, { input: input(person.id, { idempotencyKey: key }) })));
    expect(a.fileWalkInApplication.errors).toEqual([]);
    expect(b.fileWalkInApplication.errors).toEqual([]);
    expect(a.fileWalkInApplication.application.id).toBe(b.fileWalkInApplication.application.id);
    expect(await app.sql(`select count(*)::int as n from applications where applicant_id = ?`, [person.id])).toEqual([{ n: 1 }]);
  });
});

