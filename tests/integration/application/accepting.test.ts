import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../api/src/core/config.js';
import { ensureDatabase } from '../../../api/src/core/db/embedded.js';
import { ormOptions } from '../../../api/src/core/db/orm.config.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { applicationCapsInForce } from '../../../api/src/modules/policy/index.js';
import { prepareDatabase } from '../../../api/src/prepare-database.js';
import { POLICY, RULE_SET } from '../../../seeds/ids.js';
import { databaseUrl } from '../../helpers/database.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, M, newApplicant } from './helpers.js';
import { shanghaiToday } from '../../../api/src/core/time/shanghai.js';

// Issue 17 item 2: no applications that cannot be approved. A money policy whose cap is 待配置
// shows 暂不受理 and createApplication refuses it; the sample data's illustrative caps (marked
// sample) open the two money policies, an installation without samples starts closed.

let app: TestApp;
let admin: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.client('admin');
});
afterAll(async () => {
  await app.close();
});

const POLICY_STATE = `query($id: UUID!) { policy(id: $id) { acceptingApplications applicationForm { amountCapYuan amountCapIsSample } } }`;
const count = async (sql: string, params: unknown[] = []) => Number((await app.sql<{ n: string }>(sql, params))[0].n);
const applicationsOf = (userId: string) => count('select count(*) as n from applications where applicant_id = ?', [userId]);
const versionsOf = (ruleSetId: string) => count('select count(*) as n from rule_versions where rule_set_id = ?', [ruleSetId]);

describe('sample caps', () => {
  it('open both money policies with an illustrative cap that says it is a sample', async () => {
    const visitor = await app.client();
    expect((await visitor.data(POLICY_STATE, { id: POLICY.housingSubsidy })).policy).toEqual({ acceptingApplications: true, applicationForm: { amountCapYuan: 50000, amountCapIsSample: true } });
    expect((await visitor.data(POLICY_STATE, { id: POLICY.keyTalentIncentive })).policy).toEqual({ acceptingApplications: true, applicationForm: { amountCapYuan: 100000, amountCapIsSample: true } });
    // A flat is not money: open without a cap. A policy without an online form never is.
    expect((await visitor.data(POLICY_STATE, { id: POLICY.talentApartment })).policy).toEqual({ acceptingApplications: true, applicationForm: { amountCapYuan: null, amountCapIsSample: false } });
    expect((await visitor.data(POLICY_STATE, { id: POLICY.bankPartnership })).policy).toEqual({ acceptingApplications: false, applicationForm: null });
    const notes = await app.sql<{ note_zh: string; note_en: string }>('select note_zh, note_en from rule_versions where rule_set_id = ? order by version', [RULE_SET.housingSubsidy]);
    expect(notes.at(-1)!.note_zh).toContain('示例');
    expect(notes.at(-1)!.note_en).toContain('Sample data');
  });
});

describe('a money policy whose cap is not configured', () => {
  it('is not open, refuses createApplication with 暂不受理 on the policy field and writes nothing; setting the cap opens it', async () => {
    const person = await newApplicant(app, []);
    await configureCap(admin, POLICY.housingSubsidy, null);
    expect((await person.client.data(POLICY_STATE, { id: POLICY.housingSubsidy })).policy).toEqual({ acceptingApplications: false, applicationForm: { amountCapYuan: null, amountCapIsSample: false } });

    const before = { apps: await applicationsOf(person.id), refs: await count('select count(*) as n from application_events') };
    const refused = (await person.client.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 8000 } })).createApplication;
    expect(refused.application).toBeNull();
    expect(refused.errors).toEqual([{ field: 'input.policyId', code: 'INVALID_STATE', message: expect.stringContaining('暂不受理') }]);
    const refusedEn = (await person.client.request(M.create, { input: { policyId: POLICY.housingSubsidy } }, { 'accept-language': 'en' })).body.data.createApplication;
    expect(refusedEn.errors[0].message).toContain('Not open for applications yet');
    // Twenty at once: all refused, none written.
    const burst = await Promise.all(Array.from({ length: 20 }, () => person.client.data(M.create, { input: { policyId: POLICY.housingSubsidy } })));
    expect(burst.every((r) => r.createApplication.errors[0]?.code === 'INVALID_STATE')).toBe(true);
    expect(await applicationsOf(person.id)).toBe(before.apps);
    expect(await count('select count(*) as n from application_events')).toBe(before.refs);

    await configureCap(admin, POLICY.housingSubsidy, 30000);
    expect((await person.client.data(POLICY_STATE, { id: POLICY.housingSubsidy })).policy).toEqual({ acceptingApplications: true, applicationForm: { amountCapYuan: 30000, amountCapIsSample: false } });
    const created = (await person.client.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 8000 } })).createApplication;
    expect(created.errors).toEqual([]);
    expect(created.application.status).toBe('DRAFT');
  });

  it('a cap scheduled for a later date opens the policy only from that date', async () => {
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
    await configureCap(admin, POLICY.keyTalentIncentive, null);
    await configureCap(admin, POLICY.keyTalentIncentive, 60000, tomorrow);
    expect((await admin.data(POLICY_STATE, { id: POLICY.keyTalentIncentive })).policy.acceptingApplications).toBe(false);
    const caps = await applicationCapsInForce(app.orm.em.fork(), [POLICY.keyTalentIncentive], tomorrow);
    expect(caps.get(POLICY.keyTalentIncentive)!.cap).toEqual({ amountYuan: 60000, sample: false });
  });
});

describe('setting a cap (createRuleVersion on applicationCap)', () => {
  const CREATE = `mutation($input: CreateRuleVersionInput!) { createRuleVersion(input: $input) { ruleVersion { id } errors { field code message } } }`;
  const input = (value: unknown, extra: Record<string, unknown> = {}) => ({
    ruleSetId: RULE_SET.housingSubsidy, effectiveFrom: shanghaiToday(), noteZh: '设置上限', noteEn: 'Set the cap',
    changes: [{ path: 'applicationCap.amountYuan', value }], ...extra,
  });

  it('refuses zero, negative, fractional, absurd, text, null-byte and 100 KB values, past dates and malformed ids, writing nothing', async () => {
    const before = await versionsOf(RULE_SET.housingSubsidy);
    for (const value of [0, -5, 1.5, 10_000_001, 1e15, '5000', 'x\u0000', 'x'.repeat(100_000), true, { yuan: 1 }]) {
      const res = await admin.data(CREATE, { input: input(value) });
      expect(res.createRuleVersion.ruleVersion, JSON.stringify(value).slice(0, 40)).toBeNull();
      expect(res.createRuleVersion.errors[0].field).toBe('input.changes.0.value');
    }
    const past = await admin.data(CREATE, { input: input(20000, { effectiveFrom: '2020-01-01' }) });
    expect(past.createRuleVersion.errors[0]).toMatchObject({ field: 'input.effectiveFrom', code: 'OUT_OF_RANGE' });
    const note = await admin.data(CREATE, { input: input(20000, { noteZh: 'a\u0000b' }) });
    expect(note.createRuleVersion.errors[0].field).toBe('input.noteZh');
    const big = await admin.data(CREATE, { input: input(20000, { noteEn: 'x'.repeat(100_000) }) });
    expect(big.createRuleVersion.errors[0].field).toBe('input.noteEn');
    const bad = await admin.request(CREATE, { input: input(20000, { ruleSetId: 'not-a-uuid' }) });
    expect(bad.body.errors?.[0]).toBeDefined();
    expect(await versionsOf(RULE_SET.housingSubsidy)).toBe(before);
  });

  it('a sample flag without an amount is refused; a talent cannot set a cap', async () => {
    const res = await admin.data(CREATE, { input: { ...input(null), changes: [{ path: 'applicationCap.amountYuan', value: null }, { path: 'applicationCap.sample', value: true }] } });
    expect(res.createRuleVersion.errors[0].message).toContain('applicationCap.sample');
    const talent = await app.client('talent');
    const denied = await talent.request(CREATE, { input: input(20000) });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('ten administrators\' saves at once get ten distinct version numbers, each audited once', async () => {
    const before = await versionsOf(RULE_SET.housingSubsidy);
    const audits = await count(`select count(*) as n from audit_entries where entity_id = ? and action = 'RULE_VERSION_CREATED'`, [RULE_SET.housingSubsidy]);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => admin.data(CREATE, { input: input(40000 + i) })));
    const ok = results.filter((r) => r.createRuleVersion.errors.length === 0).length;
    expect(ok).toBeGreaterThan(0);
    expect(await versionsOf(RULE_SET.housingSubsidy)).toBe(before + ok);
    expect(await count('select count(distinct version) as n from rule_versions where rule_set_id = ?', [RULE_SET.housingSubsidy])).toBe(before + ok);
    expect(await count(`select count(*) as n from audit_entries where entity_id = ? and action = 'RULE_VERSION_CREATED'`, [RULE_SET.housingSubsidy])).toBe(audits + ok);
  });
});

describe('an installation without sample data', () => {
  const { serverUrl } = inject('testDatabase');
  const name = `yp_caps_${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
  });

  it('starts with every money cap unconfigured, so the money policies are closed', async () => {
    await ensureDatabase(databaseUrl(serverUrl, 'postgres'), name);
    const url = databaseUrl(serverUrl, name);
    const orm = await MikroORM.init(ormOptions(url));
    try {
      await prepareDatabase(orm, url, loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, SEED_SAMPLE_DATA: 'false' }), createLogger('silent'));
      const caps = await applicationCapsInForce(orm.em.fork(), [POLICY.housingSubsidy, POLICY.keyTalentIncentive], shanghaiToday());
      expect(caps.get(POLICY.housingSubsidy)!.cap).toEqual({ amountYuan: null, sample: false });
      expect(caps.get(POLICY.keyTalentIncentive)!.cap).toEqual({ amountYuan: null, sample: false });
    } finally {
      await orm.close(true);
    }
  }, 120_000);
});

describe('what the caps page reads and the processing time it sets', () => {
  it('each version of a criteria rule set carries its cap; other kinds have none', async () => {
    const visitor = await app.client();
    const res = await visitor.data(`query($id: UUID!) { policy(id: $id) { applicationForm { id } ruleSets { kind versions { version applicationCap { amountYuan sample } } } } }`, { id: POLICY.keyTalentIncentive });
    expect(res.policy.applicationForm.id).toMatch(/^[0-9a-f-]{36}$/);
    const criteria = res.policy.ruleSets.find((r: { kind: string }) => r.kind === 'ELIGIBILITY_CRITERIA');
    expect(criteria.versions.find((v: { version: number }) => v.version === 1).applicationCap).toEqual({ amountYuan: null, sample: false });
    expect(criteria.versions.find((v: { version: number }) => v.version === 2).applicationCap).toEqual({ amountYuan: 100000, sample: true });
    const points = await visitor.data(`query($id: UUID!) { policy(id: $id) { ruleSets { kind versions { applicationCap { amountYuan } } } } }`, { id: POLICY.residencePoints });
    expect(points.policy.ruleSets.find((r: { kind: string }) => r.kind === 'RESIDENCE_POINTS').versions[0].applicationCap).toBeNull();
  });

  it('processing days: 1 to 365 only, malformed and unknown policies refused, nothing written; a change is audited', async () => {
    const SET = `mutation($input: ConfigureApplicationFormInput!) { configureApplicationForm(input: $input) { form { id processingDays } errors { field code } } }`;
    const days = async () => (await app.sql<{ processing_days: number }>('select processing_days from application_forms where policy_id = ?', [POLICY.talentApartment]))[0].processing_days;
    const before = await days();
    for (const processingDays of [0, 366, -1, 100_000]) {
      const res = await admin.data(SET, { input: { policyId: POLICY.talentApartment, processingDays } });
      expect(res.configureApplicationForm.errors).toEqual([{ field: 'input.processingDays', code: 'OUT_OF_RANGE' }]);
    }
    expect((await admin.request(SET, { input: { policyId: 'not-a-uuid\u0000', processingDays: 10 } })).body.errors?.[0]).toBeDefined();
    expect((await admin.request(SET, { input: { policyId: POLICY.talentApartment, processingDays: 1.5 } })).body.errors?.[0]).toBeDefined();
    expect((await admin.request(SET, { input: { policyId: POLICY.bankPartnership, processingDays: 10 } })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await days()).toBe(before);
    const results = await Promise.all([12, 13, 14, 15].map((processingDays) => admin.data(SET, { input: { policyId: POLICY.talentApartment, processingDays } })));
    expect(results.every((r) => r.configureApplicationForm.errors.length === 0)).toBe(true);
    expect([12, 13, 14, 15]).toContain(await days());
    const formId = results[0]!.configureApplicationForm.form.id;
    expect(await count(`select count(*) as n from audit_entries where entity_type = 'ApplicationForm' and entity_id = ?`, [formId])).toBe(4);
  });
});
