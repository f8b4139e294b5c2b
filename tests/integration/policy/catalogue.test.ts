import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { firstError } from './helpers.js';

const SEARCH = `query($search: String, $category: PolicyCategory, $audience: PolicyAudience, $first: Int, $after: String) {
  policies(search: $search, category: $category, audience: $audience, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id code category audiences current { titleZh titleEn effectiveFrom documentEffectiveOn lastVerifiedOn documentNumber sources { title url confidence } } } }
  }
}`;

// Everything a list screen shows, nested fields included, for the query-count test.
const LIST_SCREEN = `query($search: String, $first: Int) {
  policies(search: $search, first: $first) {
    totalCount
    edges { node { id code category audiences level hasPointsCalculator
      current { titleZh titleEn summaryZh summaryEn effectiveFrom lastVerifiedOn }
      eligibility { kind configured facts benefits { code amount notConfigured } ruleVersion { id effectiveFrom ruleSet { code } } }
    } }
  }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const search = async (vars: Record<string, unknown>) => (await (await app.client()).data(SEARCH, vars)).policies;
const codes = (conn: { edges: { node: { code: string } }[] }) => conn.edges.map((e) => e.node.code);

describe('the seeded catalogue', () => {
  it('holds every policy of POLICY.md, each with sources, a last-verified date and zh/en text', async () => {
    const all = await search({ first: 100 });
    expect(all.totalCount).toBe(9);
    expect(codes(all)).toEqual([
      'residence-points',
      'hukou-transfer',
      'talent-introduction',
      'graduate-settlement',
      'talent-apartment',
      'housing-subsidy',
      'key-talent-incentive',
      'cadre-training',
      'bank-partnership',
    ]);
    for (const { node } of all.edges) {
      expect(node.current.sources.length, node.code).toBeGreaterThan(0);
      expect(node.current.lastVerifiedOn, node.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(node.current.titleZh, node.code).toMatch(/[\u4e00-\u9fff]/);
      expect(node.current.titleEn, node.code).toMatch(/^[\x20-\x7e（）]+/);
    }
    const points = all.edges.find((e: any) => e.node.code === 'residence-points').node.current;
    expect(points).toMatchObject({ documentNumber: '沪府规〔2022〕21号', effectiveFrom: '2023-01-01', documentEffectiveOn: '2023-01-01' });
    // A document's own effective date only where the catalogue's source states it: never the
    // month the catalogue was compiled, nor an issue date (key talent's 2022-11-22).
    for (const { node } of all.edges.filter((e: any) => e.node.code !== 'residence-points')) expect(node.current.documentEffectiveOn, node.code).toBeNull();
    const keyTalent = all.edges.find((e: any) => e.node.code === 'key-talent-incentive').node.current;
    expect(keyTalent.documentNumber).toBe('宝人社规〔2022〕8号');
    expect(keyTalent.sources[0]).toMatchObject({ confidence: 'V-official', url: expect.stringContaining('xxgk.shbsq.gov.cn') });
  });

  it('shows the talent housing subsidy and the key-talent award as not configured, never with invented amounts', async () => {
    const client = await app.client();
    const q = `query($id: UUID) { policy(id: $id) { eligibility { configured notConfiguredReason { zh } benefits { code amount notConfigured } } } }`;
    const housing = (await client.data(q, { id: POLICY.housingSubsidy })).policy.eligibility;
    expect(housing.configured).toBe(false);
    expect(housing.notConfiguredReason.zh).toContain('待管理员依据官方文件配置');
    expect(housing.benefits.every((b: any) => b.amount === null && b.notConfigured)).toBe(true);
    const award = (await client.data(q, { id: POLICY.keyTalentIncentive })).policy.eligibility.benefits;
    expect(award).toEqual([{ code: 'AWARD_AMOUNT', amount: null, notConfigured: true }]);
  });
});

describe('search', () => {
  it.each([
    ['积分', 'residence-points'],
    ['居转户', 'hukou-transfer'],
    ['人才引进', 'talent-introduction'],
    ['应届', 'graduate-settlement'],
    ['人才公寓', 'talent-apartment'],
    ['安居资助', 'housing-subsidy'],
    ['骨干', 'key-talent-incentive'],
    ['干部培养', 'cadre-training'],
    ['银行', 'bank-partnership'],
  ])('finds it by part of its Chinese name: %s → %s first', async (words, code) => {
    expect(codes(await search({ search: words }))[0]).toBe(code);
  });

  it.each([
    ['points', 'residence-points'],
    ['transfer', 'hukou-transfer'],
    ['introduction', 'talent-introduction'],
    ['Graduate', 'graduate-settlement'],
    ['apartments', 'talent-apartment'],
    ['housing subsidy', 'housing-subsidy'],
    ['incentive', 'key-talent-incentive'],
    ['cadre', 'cadre-training'],
    ['BANK', 'bank-partnership'],
  ])('finds it by an English word: %s → %s first', async (words, code) => {
    expect(codes(await search({ search: words }))[0]).toBe(code);
  });

  it('人才公寓 finds 宝山区人才公寓租金补贴 first; a policy that only mentions it comes later', async () => {
    const result = await search({ search: '人才公寓' });
    expect(result.edges[0].node.current.titleZh).toBe('宝山区人才公寓租金补贴（先租后补）');
    expect(codes(result)).toContain('housing-subsidy');
    expect(codes(result).indexOf('housing-subsidy')).toBeGreaterThan(0);
  });

  it('needs every word; matches across title and text; finds nothing for nonsense', async () => {
    expect(codes(await search({ search: '落户 博士' }))).toEqual(expect.arrayContaining(['talent-introduction', 'graduate-settlement']));
    expect(codes(await search({ search: '落户 博士' }))).not.toContain('talent-apartment');
    expect((await search({ search: '火星殖民' })).totalCount).toBe(0);
    // LIKE wildcards typed by a user are taken literally.
    expect((await search({ search: '%_%' })).totalCount).toBe(0);
    expect(codes(await search({ search: '50%' }))).toEqual(['talent-apartment']);
  });

  it('filters by category and audience, with or without words', async () => {
    expect(codes(await search({ category: 'SETTLEMENT' }))).toEqual(['hukou-transfer', 'talent-introduction', 'graduate-settlement']);
    expect(codes(await search({ audience: 'NEW_GRADUATE' }))).toEqual(['residence-points', 'graduate-settlement', 'talent-apartment']);
    expect(codes(await search({ category: 'HOUSING', search: '补贴' }))).toEqual(['talent-apartment', 'housing-subsidy']);
  });

  it('pages through the results with cursors', async () => {
    const first = await search({ first: 4 });
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ first: 4, after: first.pageInfo.endCursor });
    const third = await search({ first: 4, after: second.pageInfo.endCursor });
    expect([...codes(first), ...codes(second), ...codes(third)]).toHaveLength(9);
    expect(new Set([...codes(first), ...codes(second), ...codes(third)]).size).toBe(9);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.totalCount).toBe(9);
  });

  it('refuses a page of more than 100', async () => {
    const res = await (await app.client()).request(SEARCH, { first: 101 });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('query counts', () => {
  it.each([[null], ['人才'], ['subsidy apartment']])('the list screen runs the same number of SQL statements for 1 and 50 rows (search: %s)', async (words) => {
    const client = await app.client('talent');
    const one = await client.request(LIST_SCREEN, { search: words, first: 1 });
    const fifty = await client.request(LIST_SCREEN, { search: words, first: 50 });
    expect(one.body.errors).toBeUndefined();
    expect(fifty.body.data.policies.edges.length).toBeGreaterThan(1);
    expect(fifty.sqlCount).toBe(one.sqlCount);
    console.log(`policies(search: ${words}) list screen: ${one.sqlCount} SQL statements for 1 row, ${fifty.sqlCount} for ${fifty.body.data.policies.edges.length}`);
  });
});

describe('versions', () => {
  it('an administrator adds a version with a later date; today still shows version 1, both stay readable, the audit says who', async () => {
    const admin = await app.client('admin');
    const nextYear = `${Number(new Date().toISOString().slice(0, 4)) + 1}-03-01`;
    const res = await admin.data(
      `mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { policyVersion { version effectiveFrom titleZh summaryZh createdBy { email } } errors { field code message } } }`,
      { input: { policyId: POLICY.talentApartment, effectiveFrom: nextYear, summaryZh: '新摘要：补贴标准按新通知执行。', changeNoteZh: '按新通知更新摘要', changeNoteEn: 'Summary updated for the new notice' } },
    );
    expect(res.createPolicyVersion.errors).toEqual([]);
    expect(res.createPolicyVersion.policyVersion).toMatchObject({ version: 2, effectiveFrom: nextYear, titleZh: '宝山区人才公寓租金补贴（先租后补）', createdBy: { email: 'admin@yuepu.example' } });
    // Once verified, the document's own date is entered with a version; a later version keeps it.
    const dated = await admin.data(
      `mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { policyVersion { version documentEffectiveOn } errors { field code message } } }`,
      { input: { policyId: POLICY.housingSubsidy, effectiveFrom: nextYear, documentEffectiveOn: '2024-07-01', changeNoteZh: '核实施行日期', changeNoteEn: 'Effective date verified' } },
    );
    expect(dated.createPolicyVersion).toEqual({ policyVersion: { version: 2, documentEffectiveOn: '2024-07-01' }, errors: [] });
    const kept = await admin.data(
      `mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { policyVersion { version documentEffectiveOn } errors { field code message } } }`,
      { input: { policyId: POLICY.housingSubsidy, effectiveFrom: nextYear.replace('-03-', '-04-'), summaryZh: '摘要更新', changeNoteZh: '摘要', changeNoteEn: 'Summary' } },
    );
    expect(kept.createPolicyVersion.policyVersion).toEqual({ version: 3, documentEffectiveOn: '2024-07-01' });
    const policy = (await (await app.client()).data(`query($id: UUID) { policy(id: $id) { current { version summaryZh } versions { version effectiveFrom } } }`, { id: POLICY.talentApartment })).policy;
    expect(policy.current.version).toBe(1);
    expect(policy.versions.map((v: any) => v.version)).toEqual([2, 1]);
    const audit = await admin.data(`query($id: UUID) { auditEntries(entityType: "Policy", entityId: $id) { edges { node { action actor { email } summaryZh changes } } } }`, { id: POLICY.talentApartment });
    expect(audit.auditEntries.edges[0].node).toMatchObject({ action: 'POLICY_VERSION_CREATED', actor: { email: 'admin@yuepu.example' } });
    expect(audit.auditEntries.edges[0].node.changes).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'summaryZh', to: '新摘要：补贴标准按新通知执行。' })]));
  });

  it('refuses reviewers and talent, and writes nothing', async () => {
    const before = await app.sql('select count(*)::int as n from policy_versions');
    for (const who of ['reviewer', 'talent'] as const) {
      const res = await (await app.client(who)).request(
        `mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { errors { code } } }`,
        { input: { policyId: POLICY.residencePoints, effectiveFrom: '2099-01-01', titleZh: '篡改', changeNoteZh: 'x', changeNoteEn: 'x' } },
      );
      expect(firstError(res).extensions.code).toBe('FORBIDDEN');
    }
    expect(await app.sql('select count(*)::int as n from policy_versions')).toEqual(before);
  });
});
