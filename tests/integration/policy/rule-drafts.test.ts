import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_SET, RULE_VERSION } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CREATE_RULE_VERSION, firstError, nextYearStart } from './helpers.js';

// Issue 17 item 4: the rule-set administration page's server side. A draft is previewed (diff
// against the version in force on its date, field-level checks, a trial run of sample facts under
// both versions) before it is saved; saving schedules it by its date and is audited; a save based
// on a version that is no longer the latest is a conflict.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const PREVIEW = `query($input: CreateRuleVersionInput!, $sample: JSON) {
  ruleVersionPreview(input: $input, sample: $sample) {
    baseVersion { id version }
    diff { path from to }
    trial { key label { zh en } inForce { zh en } draft { zh en } changed }
    errors { field code message }
  }
}`;
const FIELDS = `query($code: String!) { ruleSet(code: $code) { versions { version fields { path kind nullable min max options value } } } }`;

const counts = async () => ({
  versions: (await app.sql<{ n: number }>('select count(*)::int as n from rule_versions'))[0].n,
  audit: (await app.sql<{ n: number }>('select count(*)::int as n from audit_entries'))[0].n,
  data: await app.sql<{ data: unknown }>('select data from rule_versions order by id'),
});

const wageDraft = (changes: { path: string; value: unknown }[] = [{ path: 'cityAverageMonthlyWage.yuan', value: 12_434 }], extra: Record<string, unknown> = {}) => ({
  ruleSetId: RULE_SET.yearlyParameters,
  effectiveFrom: nextYearStart(),
  changes,
  noteZh: '录入上年度社平工资（测试）',
  noteEn: "Last year's city average wage (test)",
  ...extra,
});
/** The points calculator's facts: a 1–2× base tier, so the wage shows in its explanation. */
const POINTS_SAMPLE = { age: 30, education: 'BACHELOR_WITH_DEGREE', socialInsuranceMonths: 48, socialInsuranceBaseTier: 'FROM_1_TO_2X' };

describe('the form of a kind of rule data comes from its schema', () => {
  it('gives each value with its kind and bounds', async () => {
    const set = (await (await app.client('admin')).data(FIELDS, { code: 'yearly-parameters' })).ruleSet;
    const fields = set.versions[0].fields;
    expect(fields.find((f: any) => f.path === 'cityAverageMonthlyWage.yuan')).toEqual({ path: 'cityAverageMonthlyWage.yuan', kind: 'NUMBER', nullable: true, min: 1, max: 1_000_000, options: [], value: null });
    expect(fields.find((f: any) => f.path === 'remoteKeyAreas.zones')).toMatchObject({ kind: 'TEXT_LIST', max: 100 });
    expect(fields.find((f: any) => f.path === 'remoteKeyAreas.yuepuInKeyArea')).toMatchObject({ kind: 'BOOLEAN', nullable: true });
    const apartment = (await (await app.client('admin')).data(FIELDS, { code: 'talent-apartment-terms' })).ruleSet.versions[0].fields;
    expect(apartment.find((f: any) => f.path === 'subsidy.tiers.STANDARD.monthlyCapYuan')).toMatchObject({ kind: 'INTEGER', value: 1000, max: 100_000 });
  });
});

describe('preview: diff and trial run, nothing saved', () => {
  it('shows the wage change against version 1 and the points explanation under both versions', async () => {
    const before = await counts();
    const admin = await app.client('admin');
    const preview = (await admin.data(PREVIEW, { input: wageDraft(), sample: POINTS_SAMPLE })).ruleVersionPreview;
    expect(preview.errors).toEqual([]);
    expect(preview.baseVersion).toEqual({ id: RULE_VERSION.yearlyParameters, version: 1 });
    expect(preview.diff).toEqual([{ path: 'cityAverageMonthlyWage.yuan', from: null, to: 12_434 }]);
    const tier = preview.trial.find((l: any) => l.key === 'SOCIAL_INSURANCE_BASE_TIER');
    expect(tier.changed).toBe(true);
    expect(tier.inForce.zh).toContain('待配置');
    expect(tier.draft.zh).toContain('12,434 元');
    // The points do not depend on the wage (the tier is given): the total is the same.
    const total = preview.trial.find((l: any) => l.key === 'TOTAL');
    expect(total.changed).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('names bad sample facts by field, and an invalid draft beside its change, still showing the diff', async () => {
    const admin = await app.client('admin', 'en');
    const badSample = (await admin.data(PREVIEW, { input: wageDraft(), sample: { ...POINTS_SAMPLE, age: 5 } })).ruleVersionPreview;
    expect(badSample.trial).toBeNull();
    expect(badSample.errors).toEqual([{ field: 'sample.age', code: 'OUT_OF_RANGE', message: 'Age must be between 18 and 70' }]);
    const invalid = (await admin.data(PREVIEW, { input: wageDraft([{ path: 'cityAverageMonthlyWage.yuan', value: 0 }]), sample: POINTS_SAMPLE })).ruleVersionPreview;
    expect(invalid.errors).toEqual([{ field: 'input.changes.0.value', code: 'INVALID', message: 'cityAverageMonthlyWage.yuan: must be at least 1' }]);
    expect(invalid.diff).toEqual([{ path: 'cityAverageMonthlyWage.yuan', from: null, to: 0 }]);
    expect(invalid.trial).toBeNull();
  });

  it('runs the apartment subsidy on a sample rent', async () => {
    const admin = await app.client('admin');
    const input = { ...wageDraft([{ path: 'subsidy.tiers.STANDARD.monthlyCapYuan', value: 1200 }]), ruleSetId: (await app.sql<{ id: string }>("select id from rule_sets where code = 'talent-apartment-terms'"))[0].id };
    const preview = (await admin.data(PREVIEW, { input, sample: { rentYuan: 5000 } })).ruleVersionPreview;
    expect(preview.trial.find((l: any) => l.key === 'STANDARD')).toMatchObject({ inForce: { zh: '每月补贴 1,000 元（已达上限）' }, draft: { zh: '每月补贴 1,200 元（已达上限）' }, changed: true });
  });

  it('is for administrators only', async () => {
    const res = await (await app.client('reviewer')).request(PREVIEW, { input: wageDraft() });
    expect(firstError(res).extensions.code).toBe('FORBIDDEN');
  });
});

describe('saving: refusals leave the database unchanged', () => {
  it('refuses a past date, invalid values, hostile text and malformed ids, field by field', async () => {
    const before = await counts();
    const admin = await app.client('admin', 'en');
    const save = async (input: Record<string, unknown>) => (await admin.data(CREATE_RULE_VERSION, { input })).createRuleVersion;

    const past = await save(wageDraft(undefined, { effectiveFrom: '2020-01-01' }));
    expect(past.errors).toMatchObject([{ field: 'input.effectiveFrom', code: 'OUT_OF_RANGE' }]);
    const previewPast = (await admin.data(PREVIEW, { input: wageDraft(undefined, { effectiveFrom: '2020-01-01' }) })).ruleVersionPreview;
    expect(previewPast.errors).toMatchObject([{ field: 'input.effectiveFrom', code: 'OUT_OF_RANGE' }]);

    const invalid = await save(wageDraft([{ path: 'cityAverageMonthlyWage.yuan', value: -5 }, { path: 'cityAverageMonthlyWage.dataYear', value: 2025.5 }]));
    expect(invalid.errors).toEqual([
      { field: 'input.changes.0.value', code: 'INVALID', message: 'cityAverageMonthlyWage.yuan: must be at least 1' },
      { field: 'input.changes.1.value', code: 'INVALID', message: 'cityAverageMonthlyWage.dataYear: must be a whole number' },
    ]);

    const nul = await save(wageDraft([{ path: 'cityAverageMonthlyWage.source', value: '上海市人社局\u0000' }]));
    expect(nul.errors).toMatchObject([{ field: 'input.changes.0.value', code: 'INVALID' }]);
    const long = await save(wageDraft([{ path: 'cityAverageMonthlyWage.source', value: '长'.repeat(100_000) }]));
    expect(long.ruleVersion).toBeNull();
    expect(long.errors[0]).toMatchObject({ field: expect.stringMatching(/^input\.changes\.0\.value/), code: expect.stringMatching(/TOO_LONG|INVALID/) });
    const longNote = await save(wageDraft(undefined, { noteZh: '长'.repeat(100_000) }));
    expect(longNote.errors).toMatchObject([{ field: 'input.noteZh', code: 'TOO_LONG' }]);

    const malformed = await admin.request(CREATE_RULE_VERSION, { input: wageDraft(undefined, { ruleSetId: 'rule-set-1; drop table rule_versions' }) });
    expect(malformed.body.data?.createRuleVersion?.ruleVersion ?? null).toBeNull();
    const badPath = await save(wageDraft([{ path: 'constructor.prototype.polluted', value: 1 }]));
    expect(badPath.errors).toMatchObject([{ field: 'input.changes.0.path', code: 'INVALID' }]);

    expect(await counts()).toEqual(before);
  });
});

describe('saving: scheduling, the audit log, and two administrators at once', () => {
  it('schedules next year\'s wage; today keeps version 1; the audit says who changed what', async () => {
    const admin = await app.client('admin');
    const saved = (await admin.data(CREATE_RULE_VERSION, { input: wageDraft(undefined, { expectedLatestVersion: 1 }) })).createRuleVersion;
    expect(saved.errors).toEqual([]);
    expect(saved.ruleVersion).toMatchObject({ version: 2, effectiveFrom: nextYearStart() });
    const current = await admin.data(`{ ruleSet(code: "yearly-parameters") { current { version } versions { version effectiveFrom } } }`);
    expect(current.ruleSet.current.version).toBe(1);
    expect(current.ruleSet.versions.map((v: any) => v.version)).toEqual([2, 1]);
    const audit = (await admin.data(`query($id: UUID) { auditEntries(entityType: "RuleSet", entityId: $id) { edges { node { actor { email } changes summaryZh } } } }`, { id: RULE_SET.yearlyParameters })).auditEntries.edges;
    expect(audit[0].node).toMatchObject({ actor: { email: 'admin@yuepu.example' }, changes: [{ path: 'cityAverageMonthlyWage.yuan', from: null, to: 12_434 }] });
    expect(audit[0].node.summaryZh).toContain(`自 ${nextYearStart()} 起施行`);
    // A later draft for the same date is now based on version 2.
    const preview = (await admin.data(PREVIEW, { input: wageDraft([{ path: 'cityAverageMonthlyWage.yuan', value: 12_500 }]) })).ruleVersionPreview;
    expect(preview.baseVersion.version).toBe(2);
    expect(preview.diff).toEqual([{ path: 'cityAverageMonthlyWage.yuan', from: 12_434, to: 12_500 }]);
  });

  it('two administrators save on the same version at once: one wins, the other is told of the conflict and nothing of theirs is stored', async () => {
    const [first, second] = [await app.client('admin', 'en'), await app.client('admin', 'en')];
    const versionsBefore = (await app.sql<{ n: number }>('select count(*)::int as n from rule_versions where rule_set_id = ?', [RULE_SET.yearlyParameters]))[0].n;
    const results = await Promise.all([
      first.data(CREATE_RULE_VERSION, { input: wageDraft([{ path: 'cityAverageMonthlyWage.yuan', value: 12_600 }], { expectedLatestVersion: 2 }) }),
      second.data(CREATE_RULE_VERSION, { input: wageDraft([{ path: 'cityAverageMonthlyWage.yuan', value: 12_700 }], { expectedLatestVersion: 2 }) }),
    ]);
    const payloads = results.map((r) => r.createRuleVersion);
    const winners = payloads.filter((p) => p.ruleVersion);
    const losers = payloads.filter((p) => !p.ruleVersion);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors).toEqual([{ field: 'input.expectedLatestVersion', code: 'CONFLICT', message: expect.stringContaining('Someone else saved version 3') }]);
    const stored = await app.sql<{ yuan: number }>("select (data->'cityAverageMonthlyWage'->>'yuan')::int as yuan from rule_versions where rule_set_id = ? and version = 3", [RULE_SET.yearlyParameters]);
    expect(stored).toEqual([{ yuan: winners[0].ruleVersion.data.cityAverageMonthlyWage.yuan }]);
    expect((await app.sql<{ n: number }>('select count(*)::int as n from rule_versions where rule_set_id = ?', [RULE_SET.yearlyParameters]))[0].n).toBe(versionsBefore + 1);
  });
});
