import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleResidentId } from '../../../seeds/sample-data.js';
import { GraphQLClient, startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('sensitive data never reaches the logs', () => {
  it('logs requests (debug level) without the ID number, phone or password that passed through', async () => {
    const residentIdNumber = sampleResidentId('1992-12-12', 777);
    const phone = '13987654321';
    const client = await app.client();
    await client.data(`mutation($input: SignUpInput!) { signUp(input: $input) { accepted errors { code } } }`, {
      input: { email: 'private@example.com', password: 'secret-password-123', displayName: 'P', legalName: '隐私', residentIdNumber, phone },
    });
    const confirmed = await client.data(`mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { user { id } } }`, { input: { token: await app.signUpToken('private@example.com') } });
    expect(confirmed.confirmSignUp.user).not.toBeNull();
    // A refused call echoes the bad value nowhere either.
    await client.data(`mutation { updateMyTalentProfile(input: { residentIdNumber: "${residentIdNumber.slice(0, 17)}0" }) { errors { code } } }`);
    await client.data(`{ viewer { talentProfile { residentIdNumber phone } } }`);
    const logs = app.logs();
    expect(logs).toContain('"msg":"request"');
    expect(logs).not.toContain(residentIdNumber);
    expect(logs).not.toContain(residentIdNumber.slice(0, 17));
    expect(logs).not.toContain(phone);
    expect(logs).not.toContain('secret-password-123');
  });
});

describe('SQL statements per request', () => {
  const ORGS = `query($first: Int) { organisations(first: $first) { totalCount edges { node { id nameZh kind } } } }`;

  it('counts statements only when the server sends the count: a missing x-sql-count fails the test instead of comparing NaN with NaN', async () => {
    const counted = await (await app.client()).request(ORGS, { first: 2 });
    expect(counted.sqlCount).toBeGreaterThan(0);
    const silent = await startTestApp({ EXPOSE_SQL_COUNT: 'false' });
    try {
      const res = await new GraphQLClient(silent.url).request(ORGS, { first: 2 });
      expect(res.body.data.organisations.edges).toHaveLength(2);
      expect(res.headers.get('x-sql-count')).toBeNull();
      expect(() => res.sqlCount).toThrow(/x-sql-count header missing/);
    } finally {
      await silent.close();
    }
  });

  it('lists organisations in a constant number of statements whatever the page size', async () => {
    const client = await app.client();
    const small = await client.request(ORGS, { first: 2 });
    const large = await client.request(ORGS, { first: 100 });
    expect(large.body.data.organisations.edges.length).toBeGreaterThan(20);
    expect(small.sqlCount).toBe(large.sqlCount);
    expect(large.sqlCount).toBeLessThanOrEqual(2);
  });

  it('batches employers of many talent profiles into one lookup', async () => {
    const client = await app.client('reviewer');
    const query = `query($first: Int) { talentProfiles(first: $first) { edges { node { legalName employer { nameZh } } } } }`;
    const one = await client.request(query, { first: 1 });
    const all = await client.request(query, { first: 100 });
    expect(all.body.data.talentProfiles.edges.length).toBeGreaterThan(3);
    expect(new Set(all.body.data.talentProfiles.edges.map((e: any) => e.node.employer?.nameZh).filter(Boolean)).size).toBeGreaterThan(1);
    expect(all.sqlCount).toBe(one.sqlCount);
  });

  it('answers the viewer from the session lookup: one statement, its organisation included (issue 13)', async () => {
    const VIEWER = '{ viewer { id email displayName role disabledAt createdAt organisation { id nameZh kind } } }';
    const talent = await (await app.client('talent')).request(VIEWER);
    expect(talent.body.data.viewer).toMatchObject({ email: 'talent@yuepu.example', role: 'TALENT', disabledAt: null, organisation: null });
    expect(talent.sqlCount).toBe(1);
    const hr = await (await app.client('hr')).request(VIEWER);
    expect(hr.body.data.viewer.role).toBe('ENTERPRISE_HR');
    expect(hr.body.data.viewer.organisation.kind).toBe('ENTERPRISE');
    // The organisation comes with the session lookup's statement (it was one more).
    expect(hr.sqlCount).toBe(1);
    const { organisations } = await (await app.client()).data(`{ organisations(first: 100) { edges { node { id nameZh kind } } } }`);
    expect(organisations.edges.map((e: any) => e.node)).toContainEqual(hr.body.data.viewer.organisation);
    // Signed out: no statement, and no viewer.
    const visitor = await (await app.client()).request(VIEWER);
    expect([visitor.body.data.viewer, visitor.sqlCount]).toEqual([null, 0]);
  });

  it('pages through every organisation exactly once', async () => {
    const client = await app.client();
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await client.data(`query($after: String) { organisations(first: 7, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after })).organisations;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBe(25 + 41); // town, university, 12 enterprises, 11 banks; 14 villages, 27 residential areas
  });
});
