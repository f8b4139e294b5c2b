import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, RULE_SET } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * Hostile text reaches no service: the UUID scalar refuses malformed ids and the input guard
 * (core/graphql/input-guard.ts) refuses NUL, lone surrogates, over-long text and, in names,
 * text-direction controls, with a field error and no change to the database.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const count = async (table: string) => (await app.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;
const codes = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => (res.body.errors ?? []).map((e) => e.extensions?.code);

describe('ids are parsed once, by the UUID scalar', () => {
  const ONE_POLICY = 'query($id: UUID) { policy(id: $id) { id } }';

  it('refuses a malformed id in a variable with BAD_USER_INPUT (HTTP 400) naming the variable', async () => {
    const client = await app.client();
    for (const bad of ['not-an-id', '------------------------------------', '00000000-0000-4000-8000-00000000000g', `${POLICY.housingSubsidy} `, 'x'.repeat(100_000)]) {
      const res = await client.request(ONE_POLICY, { id: bad });
      expect(res.status, bad.slice(0, 40)).toBe(400);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.body.errors![0].message).toContain('$id');
      // A hostile value is not echoed back at length.
      expect(res.body.errors![0].message.length).toBeLessThan(1000);
    }
  });

  it('refuses a malformed id written in the query itself as a validation error', async () => {
    const res = await (await app.client()).request('{ policy(id: "------------------------------------") { id } }');
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers a well-formed id that matches nothing like a missing record, and accepts upper case', async () => {
    const client = await app.client();
    expect((await client.data(ONE_POLICY, { id: '00000000-0000-4000-8000-00000000ffff' })).policy).toBeNull();
    expect((await client.data(ONE_POLICY, { id: POLICY.housingSubsidy.toUpperCase() })).policy).toEqual({ id: POLICY.housingSubsidy });
  });

  it('refuses a malformed id inside a mutation input before anything is written', async () => {
    const talent = await app.client('talent');
    const before = await count('applications');
    const res = await talent.request('mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } errors { field code } } }', {
      input: { policyId: "'; drop table applications; --" },
    });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await count('applications')).toBe(before);
  });
});

describe('text limits and NUL refusal, at the argument layer', () => {
  it('refuses a NUL in a search with a top-level BAD_USER_INPUT that names the argument', async () => {
    const res = await (await app.client()).request('query($s: String) { policies(search: $s) { totalCount } }', { s: '住房\u0000补贴' });
    expect(res.status).toBe(200);
    expect(res.body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', field: 'search', reason: 'INVALID' } }]);
    expect(res.body.errors![0].message).toBe('search: 不能包含空字符（U+0000）。');
  });

  it('refuses a NUL in the admin user search in English for an English page', async () => {
    const res = await (await app.client('admin', 'en')).request('query($s: String) { users(search: $s) { totalCount } }', { s: 'a\u0000' });
    expect(res.body.errors![0].message).toBe('search: Must not contain a null character (U+0000).');
  });

  it('answers a 100 KB e-mail address at sign-in with a field error, and counts no attempt', async () => {
    const before = await count('sign_in_limits');
    const res = await (await app.client()).request('mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { field code message } } }', {
      input: { email: `${'a'.repeat(100_000)}@example.com`, password: 'whatever-it-is' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.signIn).toEqual({ user: null, errors: [{ field: 'input.email', code: 'TOO_LONG', message: '最多 254 个字符（现有 100012 个）。' }] });
    expect(await count('sign_in_limits')).toBe(before);
  });

  it('refuses a NUL in an application answer, naming the answer, and keeps no draft', async () => {
    const talent = await app.client('talent');
    const before = await count('applications');
    const res = await talent.data('mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } errors { field code } } }', {
      input: { policyId: POLICY.talentApartment, answers: [{ key: 'layout', value: 'ONE_BEDROOM' }, { key: 'note', value: 'a\u0000b' }] },
    });
    expect(res.createApplication).toEqual({ application: null, errors: [{ field: 'input.answers.1.value', code: 'INVALID' }] });
    expect(await count('applications')).toBe(before);
  });

  it('refuses a text-direction override in a legal name but keeps it in free text', async () => {
    const talent = await app.client('talent');
    const before = await app.sql('select legal_name from talent_profiles order by user_id');
    const named = await talent.data('mutation($input: UpdateTalentProfileInput!) { updateMyTalentProfile(input: $input) { profile { legalName } errors { field code } } }', {
      input: { legalName: '张\u202E三' },
    });
    expect(named.updateMyTalentProfile).toEqual({ profile: null, errors: [{ field: 'input.legalName', code: 'INVALID' }] });
    expect(await app.sql('select legal_name from talent_profiles order by user_id')).toEqual(before);
  });

  it('refuses a lone surrogate and a line break in an event title', async () => {
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const coordinator = await app.client('coordinator');
    const before = await count('alliance_events');
    const input = (titleZh: string) => ({
      input: {
        kind: 'LECTURE', titleZh, titleEn: 'Lecture', descriptionZh: '说明', descriptionEn: 'About', capacity: 10,
        registrationOpensAt: at(1), registrationClosesAt: at(5), startsAt: at(7), endsAt: at(7.1),
      },
    });
    const q = 'mutation($input: AllianceEventInput!) { createAllianceEvent(input: $input) { event { id } errors { field code } } }';
    expect((await coordinator.data(q, input('讲座\uD800'))).createAllianceEvent.errors).toEqual([{ field: 'input.titleZh', code: 'INVALID' }]);
    expect((await coordinator.data(q, input('讲座\n第二行'))).createAllianceEvent.errors).toEqual([{ field: 'input.titleZh', code: 'INVALID' }]);
    expect(await count('alliance_events')).toBe(before);
  });

  it('checks text inside JSON values too (jsonb refuses U+0000)', async () => {
    const admin = await app.client('admin');
    const before = await count('rule_versions');
    const res = await admin.data('mutation($input: CreateRuleVersionInput!) { createRuleVersion(input: $input) { ruleVersion { id } errors { field code } } }', {
      input: {
        ruleSetId: RULE_SET.yearlyParameters, effectiveFrom: `${new Date().getFullYear() + 1}-01-01`,
        changes: [{ path: 'cityAverageMonthlyWage.source', value: { zh: 'a\u0000' } }], noteZh: '测试', noteEn: 'test',
      },
    });
    expect(res.createRuleVersion).toEqual({ ruleVersion: null, errors: [{ field: 'input.changes.0.value.zh', code: 'INVALID' }] });
    expect(await count('rule_versions')).toBe(before);
  });

  it('lets ordinary Chinese, English and emoji text through unchanged', async () => {
    const res = await (await app.client()).data('query($s: String) { policies(search: $s) { totalCount } }', { s: '人才 housing 🏠' });
    expect(res.policies.totalCount).toBeGreaterThanOrEqual(0);
  });
});
