import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { nextYearStart, today } from './helpers.js';

// Issue 17 item 4: policy texts, legal basis, sources and dates edited as versions by an
// administrator (the /admin/policies page's server side): refusals leave the database unchanged,
// a save on a version someone else has replaced is a conflict, every save is audited.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const SAVE = `mutation($input: CreatePolicyVersionInput!) {
  createPolicyVersion(input: $input) {
    policyVersion { id version effectiveFrom documentTitle documentNumber sources { title url confidence note } lastVerifiedOn }
    errors { field code message }
  }
}`;
const state = async () => ({
  versions: await app.sql<{ n: number }>('select count(*)::int as n from policy_versions'),
  audit: await app.sql<{ n: number }>('select count(*)::int as n from audit_entries'),
});
const base = (extra: Record<string, unknown> = {}) => ({ policyId: POLICY.talentApartment, effectiveFrom: nextYearStart(), changeNoteZh: '核对来源（测试）', changeNoteEn: 'Sources checked (test)', ...extra });
const latestVersion = async () => (await app.sql<{ v: number }>('select max(version)::int as v from policy_versions where policy_id = ?', [POLICY.talentApartment]))[0].v;

describe('policy versions edited by an administrator', () => {
  it('refuses a past date, a future check date, bad sources and hostile text, field by field, storing nothing', async () => {
    const before = await state();
    const admin = await app.client('admin', 'en');
    const save = async (input: Record<string, unknown>) => (await admin.data(SAVE, { input })).createPolicyVersion;
    expect((await save(base({ effectiveFrom: '2020-01-01' }))).errors).toMatchObject([{ field: 'input.effectiveFrom', code: 'OUT_OF_RANGE' }]);
    expect((await save(base({ lastVerifiedOn: nextYearStart() }))).errors).toMatchObject([{ field: 'input.lastVerifiedOn', code: 'OUT_OF_RANGE' }]);
    const sources = await save(base({ sources: [{ title: '', confidence: 'V' }, { title: '宝山区人社局', confidence: 'SURE' }] }));
    expect(sources.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['input.sources.0.title', 'REQUIRED'],
      ['input.sources.1.confidence', 'INVALID'],
    ]);
    expect((await save(base({ documentTitle: '《办法》\u0000' }))).errors).toMatchObject([{ field: 'input.documentTitle', code: 'INVALID' }]);
    const long = await save(base({ summaryZh: '长'.repeat(100_000) }));
    expect(long.errors[0]).toMatchObject({ field: 'input.summaryZh', code: 'TOO_LONG' });
    const malformed = await admin.request(SAVE, { input: base({ policyId: 'not-a-uuid' }) });
    expect(malformed.body.data?.createPolicyVersion?.policyVersion ?? null).toBeNull();
    expect(await state()).toEqual(before);
  });

  it('stores the legal basis, sources and check date as a new version, audited; a save on a replaced version is a conflict', async () => {
    const admin = await app.client('admin', 'en');
    const seen = await latestVersion();
    const saved = (
      await admin.data(SAVE, {
        input: base({
          expectedLatestVersion: seen,
          documentTitle: '宝山区人才公寓管理暂行办法',
          documentNumber: '宝人才〔2023〕1号（测试）',
          lastVerifiedOn: today(),
          sources: [{ title: '上海宝山 2023 年上半年申请通知', url: 'fensifuwu.com/emotion/me/8dbff1499588beee68c5fa466cce508b.html', confidence: 'V-1', note: null }],
        }),
      })
    ).createPolicyVersion;
    expect(saved.errors).toEqual([]);
    expect(saved.policyVersion).toMatchObject({ version: seen + 1, documentNumber: '宝人才〔2023〕1号（测试）', lastVerifiedOn: today(), sources: [{ confidence: 'V-1', title: '上海宝山 2023 年上半年申请通知' }] });
    const audit = (await admin.data(`query($id: UUID) { auditEntries(entityType: "Policy", entityId: $id, first: 1) { edges { node { action actor { email } changes } } } }`, { id: POLICY.talentApartment })).auditEntries.edges[0].node;
    expect(audit).toMatchObject({ action: 'POLICY_VERSION_CREATED', actor: { email: 'admin@yuepu.example' } });
    expect(audit.changes.map((c: any) => c.path)).toEqual(expect.arrayContaining(['documentNumber', 'sources']));

    const [a, b] = await Promise.all([
      admin.data(SAVE, { input: base({ expectedLatestVersion: seen + 1, summaryZh: '甲的修改' }) }),
      (await app.client('admin', 'en')).data(SAVE, { input: base({ expectedLatestVersion: seen + 1, summaryZh: '乙的修改' }) }),
    ]);
    const payloads = [a.createPolicyVersion, b.createPolicyVersion];
    expect(payloads.filter((p) => p.policyVersion)).toHaveLength(1);
    expect(payloads.find((p) => !p.policyVersion).errors).toEqual([{ field: 'input.expectedLatestVersion', code: 'CONFLICT', message: expect.stringContaining(`Someone else saved version ${seen + 2}`) }]);
    expect(await latestVersion()).toBe(seen + 2);
  });
});
