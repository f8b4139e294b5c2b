import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { makeTalents } from '../../helpers/people.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { M, walletWith } from './helpers.js';
import { ORG } from '../../../seeds/ids.js';
import { shanghaiToday } from '../../../api/src/core/time/shanghai.js';

// Issue 17 items 1 and 4: application forms as data. The questions the web used to hard-code are
// data of each form's version 1; the server checks every answer against the version an
// application is filed under; an administrator adds a policy with its form and edits forms, each
// change a new version in the audit log; refused calls change nothing.

let app: TestApp;
let admin: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.client('admin');
});
afterAll(async () => {
  await app.close();
});

const QUESTION_FIELDS = 'key kind label labelZh labelEn help required min max options { value labelZh labelEn }';
const FORM_QUERY = `query($id: UUID!) { policy(id: $id) { code acceptingApplications applicationForm { id version benefit processingDays checklist { kind required } questions { ${QUESTION_FIELDS} } } ruleSets { id kind } } }`;
const CREATE_POLICY = `mutation($input: CreateBenefitPolicyInput!) { createBenefitPolicy(input: $input) { policy { id code } form { id version questions { key required } } errors { field code message } } }`;
const SAVE_FORM = `mutation($input: SaveApplicationFormInput!) { saveApplicationForm(input: $input) { form { id version questions { key required } } errors { field code message } } }`;
const FILED = `query($id: UUID!) { application(id: $id) { id status version filedForm { version questions { key required } checklist { kind required } } } }`;

const TABLES = ['policies', 'policy_versions', 'rule_sets', 'rule_versions', 'application_forms', 'application_form_versions', 'audit_entries', 'applications', 'application_events'];
/** Row counts of every table these calls write, and the forms' versions and questions. */
async function snapshot() {
  const counts = await Promise.all(TABLES.map(async (t) => [t, (await app.sql<{ n: string }>(`select count(*) as n from ${t}`))[0].n] as const));
  const forms = await app.sql('select policy_id, version, questions, checklist, processing_days from application_forms order by policy_id');
  return { counts: Object.fromEntries(counts), forms };
}

let codeSeq = 0;
function newPolicy(over: Record<string, unknown> = {}, form: Record<string, unknown> = {}) {
  codeSeq += 1;
  return {
    policy: {
      code: `skills-grant-${codeSeq}`, category: 'INCENTIVE', level: 'TOWN', audiences: ['NEW_TALENT'],
      titleZh: `月浦镇技能提升补贴 ${codeSeq}`, titleEn: `Yuepu skills grant ${codeSeq}`,
      summaryZh: '取得职业技能等级证书的在职人才可申请一次性补贴。', summaryEn: 'Employed talent who gain a skills certificate may apply for a one-off grant.',
      issuingBodyZh: '月浦镇人民政府', issuingBodyEn: 'Yuepu Town Government',
      legalBasis: '《月浦镇技能人才补贴办法（试行）》', documentNumber: '月府〔2026〕12号', sourceUrl: 'www.shbsq.gov.cn/yuepu/skills',
      effectiveFrom: shanghaiToday(), ...over,
    },
    benefit: 'MONEY',
    form: {
      processingDays: 15,
      checklist: [{ kind: 'TITLE_CERTIFICATE', required: true }],
      questions: [
        { key: 'certificateName', kind: 'TEXT', labelZh: '证书名称', labelEn: 'Certificate name', required: true },
        { key: 'trainingHours', kind: 'NUMBER', labelZh: '培训学时', labelEn: 'Training hours', helpZh: '按证书记载', helpEn: 'As on the certificate', required: false, min: 1, max: 2000 },
      ],
      ...form,
    },
  };
}

async function createPolicy(input = newPolicy()) {
  const res = await admin.data(CREATE_POLICY, { input });
  expect(res.createBenefitPolicy.errors).toEqual([]);
  return res.createBenefitPolicy.policy as { id: string; code: string };
}

/** Sets the new policy's cap (rule data on its criteria rule set), so it takes applications. */
async function openWithCap(policyId: string, yuan = 5000) {
  const { policy } = await admin.data(FORM_QUERY, { id: policyId });
  const ruleSet = policy.ruleSets.find((r: { kind: string }) => r.kind === 'ELIGIBILITY_CRITERIA');
  const res = await admin.data(`mutation($input: CreateRuleVersionInput!) { createRuleVersion(input: $input) { errors { field code } } }`, { input: {
    ruleSetId: ruleSet.id, effectiveFrom: shanghaiToday(), noteZh: '测试上限', noteEn: 'Test cap',
    changes: [{ path: 'applicationCap.amountYuan', value: yuan }, { path: 'applicationCap.sample', value: false }],
  } });
  expect(res.createRuleVersion.errors).toEqual([]);
}

describe('questions migrated into data', () => {
  it('every existing form is version 1 with the questions the web used to ask, and every application is filed under it', async () => {
    const visitor = await app.client();
    const housing = (await visitor.data(FORM_QUERY, { id: POLICY.housingSubsidy })).policy.applicationForm;
    expect(housing.version).toBe(1);
    expect(housing.questions.map((q: { key: string; kind: string; required: boolean }) => [q.key, q.kind, q.required])).toEqual([
      ['monthlyRent', 'MONEY', false], ['rentalAddress', 'TEXT', false], ['note', 'LONG_TEXT', false],
    ]);
    expect(housing.questions[0]).toMatchObject({ label: '月租金（元）', min: 1, max: 1_000_000 });
    const flat = (await visitor.data(FORM_QUERY, { id: POLICY.talentApartment })).policy.applicationForm;
    expect(flat.questions.filter((q: { required: boolean }) => q.required).map((q: { key: string }) => q.key)).toEqual(['layout', 'moveInMonth']);
    expect(flat.questions[0].options.map((o: { value: string }) => o.value)).toEqual(['STUDIO', 'ONE_BEDROOM', 'TWO_BEDROOM', 'THREE_BEDROOM']);
    const english = (await visitor.request(FORM_QUERY, { id: POLICY.talentApartment }, { 'accept-language': 'en' })).body.data.policy.applicationForm;
    expect(english.questions[0]).toMatchObject({ label: 'Layout wanted', help: 'Each layout has its own waitlist.' });
    for (const id of [POLICY.keyTalentIncentive, POLICY.cadreTraining]) {
      expect((await visitor.data(FORM_QUERY, { id })).policy.applicationForm.questions.length).toBeGreaterThan(0);
    }
    const unfiled = await app.sql<{ n: string }>('select count(*) as n from applications where form_version_id is null');
    expect(unfiled[0].n).toBe('0');
    const versions = await app.sql<{ n: string }>(`select count(*) as n from application_form_versions v join application_forms f on f.id = v.form_id
      where v.version = f.version and v.questions = f.questions and v.checklist = f.checklist`);
    expect(Number(versions[0].n)).toBe((await app.sql('select id from application_forms')).length);
  });

  it('refuses an answer to a question the form does not ask, and a wrong kind, on its own field', async () => {
    const [person] = await makeTalents(app, [ORG.enterprises[0]]);
    const res = await person.client.data(M.create, { input: { policyId: POLICY.talentApartment, answers: [
      { key: 'layout', value: 'PENTHOUSE' }, { key: 'householdSize', value: '11' }, { key: 'moveInFrom', value: '2027-01-01' }, { key: 'moveInMonth', value: '2027/01' },
    ] } });
    expect(res.createApplication.application).toBeNull();
    expect(res.createApplication.errors.map((e: { field: string; code: string }) => [e.field, e.code]).sort()).toEqual([
      ['input.answers.householdSize', 'INVALID'], ['input.answers.layout', 'INVALID'], ['input.answers.moveInFrom', 'INVALID'], ['input.answers.moveInMonth', 'INVALID'],
    ]);
  });
});

describe('an administrator adds a benefit policy with its form', () => {
  it('writes the policy, its text, an uncapped criteria rule set and form version 1, each audited; it opens once its cap is set', async () => {
    const before = await snapshot();
    const created = await createPolicy();
    const after = await snapshot();
    expect(Object.fromEntries(TABLES.map((t) => [t, Number(after.counts[t]) - Number(before.counts[t])]))).toEqual({
      policies: 1, policy_versions: 1, rule_sets: 1, rule_versions: 1, application_forms: 1, application_form_versions: 1, audit_entries: 2, applications: 0, application_events: 0,
    });
    const audit = await app.sql<{ action: string; entity_type: string; actor: string }>(
      `select e.action, e.entity_type, u.email as actor from audit_entries e join users u on u.id = e.actor_id order by e.created_at desc, e.id limit 2`);
    expect(audit.map((a) => [a.action, a.entity_type, a.actor]).sort()).toEqual([
      ['APPLICATION_FORM_CREATED', 'ApplicationForm', 'admin@yuepu.example'], ['POLICY_CREATED', 'Policy', 'admin@yuepu.example'],
    ]);
    const visitor = await app.client();
    const policy = (await visitor.data(FORM_QUERY, { id: created.id })).policy;
    expect(policy).toMatchObject({ code: created.code, acceptingApplications: false, applicationForm: { version: 1, benefit: 'MONEY', processingDays: 15, checklist: [{ kind: 'TITLE_CERTIFICATE', required: true }] } });
    expect(policy.applicationForm.questions.map((q: { key: string; required: boolean }) => [q.key, q.required])).toEqual([['certificateName', true], ['trainingHours', false]]);
    // Listed with the catalogue today (its version is in force), so talents find it.
    const listed = await visitor.data(`query { policies(first: 50) { edges { node { id } } } }`);
    expect(listed.policies.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(created.id);
    await openWithCap(created.id);
    expect((await visitor.data(FORM_QUERY, { id: created.id })).policy.acceptingApplications).toBe(true);
  });

  it('the server refuses to submit without the required answer when the web\'s check is bypassed, changing nothing; answered, it submits', async () => {
    const created = await createPolicy();
    await openWithCap(created.id);
    const [person] = await makeTalents(app, [ORG.enterprises[0]]);
    const client = person.client;
    const [doc] = await walletWith(app, client, ['TITLE_CERTIFICATE']);
    // A draft may be partial: the optional answer only.
    const draft = (await client.data(M.create, { input: { policyId: created.id, requestedAmountYuan: 3000, answers: [{ key: 'trainingHours', value: '40' }] } })).createApplication;
    expect(draft.errors).toEqual([]);
    const id = draft.application.id;
    await client.data(M.attach, { input: { applicationId: id, documentId: doc } });
    const before = await app.sql('select status, version, answers, submitted_at from applications where id = ?', [id]);
    const events = await app.sql('select id from application_events where application_id = ?', [id]);
    const refused = (await client.data(M.submit, { input: { id } })).submitApplication;
    expect(refused.application).toBeNull();
    expect(refused.errors).toEqual([{ field: 'input.answers.certificateName', code: 'REQUIRED', message: '请回答「证书名称」，提交申请时必须有。' }]);
    expect(await app.sql('select status, version, answers, submitted_at from applications where id = ?', [id])).toEqual(before);
    expect(await app.sql('select id from application_events where application_id = ?', [id])).toEqual(events);
    // Out of range is refused too; then the answer is given and it submits.
    const wrong = (await client.data(M.update, { input: { id, answers: [{ key: 'certificateName', value: '电工（四级）' }, { key: 'trainingHours', value: '2001' }] } })).updateApplication;
    expect(wrong.errors.map((e: { field: string }) => e.field)).toEqual(['input.answers.trainingHours']);
    const answered = (await client.data(M.update, { input: { id, answers: [{ key: 'certificateName', value: '电工（四级）' }, { key: 'trainingHours', value: '40' }] } })).updateApplication;
    expect(answered.errors).toEqual([]);
    const submitted = (await client.data(M.submit, { input: { id } })).submitApplication;
    expect(submitted.errors).toEqual([]);
    expect(submitted.application.status).toBe('SUBMITTED');
  });
});

describe('editing a form makes a new version; applications keep theirs', () => {
  it('a draft filed under version 1 submits by version 1; a new draft is filed under version 2 and needs its new required question', async () => {
    const created = await createPolicy();
    await openWithCap(created.id);
    const [early, late] = await makeTalents(app, [ORG.enterprises[0], ORG.enterprises[0]]);
    const docs = { early: await walletWith(app, early.client, ['TITLE_CERTIFICATE']), late: await walletWith(app, late.client, ['TITLE_CERTIFICATE']) };
    const first = (await early.client.data(M.create, { input: { policyId: created.id, requestedAmountYuan: 2000, answers: [{ key: 'certificateName', value: '焊工' }] } })).createApplication.application;
    await early.client.data(M.attach, { input: { applicationId: first.id, documentId: docs.early[0] } });

    const input = newPolicy().form;
    const saved = (await admin.data(SAVE_FORM, { input: { policyId: created.id, expectedVersion: 1, form: {
      ...input, questions: [...input.questions, { key: 'employerOpinion', kind: 'YES_NO', labelZh: '单位是否同意', labelEn: 'Does your employer agree', required: true }],
    } } })).saveApplicationForm;
    expect(saved.errors).toEqual([]);
    expect(saved.form.version).toBe(2);
    const audit = await app.sql<{ changes: { path: string }[] }>(`select changes from audit_entries where entity_id = ? and action = 'APPLICATION_FORM_VERSION_CREATED'`, [saved.form.id]);
    expect(audit[0].changes.map((c) => c.path)).toEqual(['(version)', 'questions.employerOpinion', 'questions(order)']);

    expect((await early.client.data(FILED, { id: first.id })).application.filedForm.version).toBe(1);
    expect((await early.client.data(M.submit, { input: { id: first.id } })).submitApplication.errors).toEqual([]);

    const second = (await late.client.data(M.create, { input: { policyId: created.id, requestedAmountYuan: 2000, answers: [{ key: 'certificateName', value: '焊工' }] } })).createApplication.application;
    await late.client.data(M.attach, { input: { applicationId: second.id, documentId: docs.late[0] } });
    const filed = (await late.client.data(FILED, { id: second.id })).application.filedForm;
    expect(filed.version).toBe(2);
    expect(filed.questions.map((q: { key: string }) => q.key)).toContain('employerOpinion');
    expect((await late.client.data(M.submit, { input: { id: second.id } })).submitApplication.errors.map((e: { field: string; code: string }) => [e.field, e.code]))
      .toEqual([['input.answers.employerOpinion', 'REQUIRED']]);
    expect((await late.client.data(M.update, { input: { id: second.id, answers: [{ key: 'certificateName', value: '焊工' }, { key: 'employerOpinion', value: 'YES' }] } })).updateApplication.errors).toEqual([]);
    expect((await late.client.data(M.submit, { input: { id: second.id } })).submitApplication.errors).toEqual([]);
  });

  it('two administrators saving the same version at once: exactly one wins, the other is told to refresh; saved one after the other, both are kept in order', async () => {
    const created = await createPolicy();
    const secondAdmin = await app.client('admin');
    const content = (days: number) => ({ ...newPolicy().form, processingDays: days });
    const results = await Promise.all([
      admin.data(SAVE_FORM, { input: { policyId: created.id, expectedVersion: 1, form: content(20) } }),
      secondAdmin.data(SAVE_FORM, { input: { policyId: created.id, expectedVersion: 1, form: content(25) } }),
    ]);
    const outcomes = results.map((r) => r.saveApplicationForm);
    expect(outcomes.filter((o) => o.errors.length === 0)).toHaveLength(1);
    expect(outcomes.flatMap((o) => o.errors).map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([['input.expectedVersion', 'CONFLICT']]);
    const rows = await app.sql<{ version: number; processing_days: number }>(
      'select v.version, v.processing_days from application_form_versions v join application_forms f on f.id = v.form_id where f.policy_id = ? order by v.version', [created.id]);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
    // The loser refreshes and saves on version 2: version 3, after it.
    const again = (await secondAdmin.data(SAVE_FORM, { input: { policyId: created.id, expectedVersion: 2, form: content(rows[1].processing_days === 20 ? 25 : 20) } })).saveApplicationForm;
    expect(again.errors).toEqual([]);
    expect(again.form.version).toBe(3);
  });
});

describe('hostile calls to the administrator\'s mutations change nothing', () => {
  it('refuses bad kinds, duplicate keys, 100 KB labels, null bytes, missing options, bad codes, past dates and a code in use', async () => {
    const existing = await createPolicy();
    const before = await snapshot();
    const base = newPolicy();
    const withQuestions = (questions: unknown[]) => ({ ...base, form: { ...base.form, questions } });
    const q = base.form.questions[0];
    const cases: [string, unknown][] = [
      ['bad kind', withQuestions([{ ...q, kind: 'SIGNATURE' }])],
      ['duplicate keys', withQuestions([q, { ...q, labelZh: '另一个' }])],
      ['100 KB label', withQuestions([{ ...q, labelZh: 'x'.repeat(100_000) }])],
      ['null byte in a label', withQuestions([{ ...q, labelEn: 'Cert\u0000name' }])],
      ['null byte in a key', withQuestions([{ ...q, key: 'cert\u0000' }])],
      ['choice without options', withQuestions([{ ...q, kind: 'CHOICE' }])],
      ['range on text', withQuestions([{ ...q, min: 1 }])],
      ['duplicate document', { ...base, form: { ...base.form, checklist: [{ kind: 'ID_CARD', required: true }, { kind: 'ID_CARD', required: false }] } }],
      ['unknown document kind', { ...base, form: { ...base.form, checklist: [{ kind: 'PASSPORT_SCAN', required: true }] } }],
      ['processing days 0', { ...base, form: { ...base.form, processingDays: 0 } }],
      ['bad benefit', { ...base, benefit: 'CASHBACK' }],
      ['bad policy code', { ...base, policy: { ...base.policy, code: 'Bad Code!' } }],
      ['code in use', { ...base, policy: { ...base.policy, code: existing.code } }],
      ['code of a rule set', { ...base, policy: { ...base.policy, code: 'yearly-parameters' } }],
      ['past date', { ...base, policy: { ...base.policy, effectiveFrom: '2020-01-01' } }],
      ['100 KB summary', { ...base, policy: { ...base.policy, summaryZh: '摘'.repeat(100_000) } }],
      ['no audience', { ...base, policy: { ...base.policy, audiences: [] } }],
    ];
    for (const [name, input] of cases) {
      const res = await admin.request(CREATE_POLICY, { input });
      const refused = !!res.body.errors || (res.body.data?.createBenefitPolicy.errors.length ?? 0) > 0;
      expect(refused, name).toBe(true);
      expect(res.body.data?.createBenefitPolicy?.policy ?? null, name).toBeNull();
    }
    const dup = (await admin.data(CREATE_POLICY, { input: withQuestions([q, q]) })).createBenefitPolicy.errors;
    expect(dup).toEqual([expect.objectContaining({ field: 'input.form.questions.1.key', code: 'DUPLICATE' })]);
    const inUse = (await admin.data(CREATE_POLICY, { input: { ...base, policy: { ...base.policy, code: existing.code } } })).createBenefitPolicy.errors;
    expect(inUse).toEqual([expect.objectContaining({ field: 'input.policy.code', code: 'DUPLICATE' })]);

    const save = (input: unknown) => admin.request(SAVE_FORM, { input });
    for (const [name, input] of [
      ['malformed policy id', { policyId: 'not-a-uuid', expectedVersion: 1, form: base.form }],
      ['unknown policy', { policyId: '00000000-0000-4000-8000-00000000dead', expectedVersion: 1, form: base.form }],
      ['stale version', { policyId: existing.id, expectedVersion: 7, form: { ...base.form, processingDays: 99 } }],
      ['same content', { policyId: existing.id, expectedVersion: 1, form: base.form }],
      ['duplicate keys', { policyId: existing.id, expectedVersion: 1, form: { ...base.form, questions: [q, q] } }],
      ['null byte in help', { policyId: existing.id, expectedVersion: 1, form: { ...base.form, questions: [{ ...q, helpZh: 'a\u0000' }] } }],
    ] as const) {
      const res = await save(input);
      expect(!!res.body.errors || res.body.data.saveApplicationForm.errors.length > 0, name).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('only an administrator: a talent, HR, a reviewer and a visitor are refused and nothing is written', async () => {
    const existing = await createPolicy();
    const before = await snapshot();
    for (const role of ['talent', 'hr', 'reviewer', null] as const) {
      const client = role ? await app.client(role) : await app.client();
      const created = await client.request(CREATE_POLICY, { input: newPolicy() });
      expect(created.body.errors?.[0]?.extensions?.code, `${role} create`).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      const saved = await client.request(SAVE_FORM, { input: { policyId: existing.id, expectedVersion: 1, form: { ...newPolicy().form, processingDays: 40 } } });
      expect(saved.body.errors?.[0]?.extensions?.code, `${role} save`).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('two administrators adding the same code at once: exactly one policy is written', async () => {
    const input = newPolicy();
    const secondAdmin = await app.client('admin');
    const before = await snapshot();
    const results = await Promise.all([admin.data(CREATE_POLICY, { input }), secondAdmin.data(CREATE_POLICY, { input })]);
    const errors = results.map((r) => r.createBenefitPolicy.errors);
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.flat().map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([['input.policy.code', 'DUPLICATE']]);
    const after = await snapshot();
    expect(Number(after.counts.policies) - Number(before.counts.policies)).toBe(1);
    expect(Number(after.counts.application_forms) - Number(before.counts.application_forms)).toBe(1);
  });
});
