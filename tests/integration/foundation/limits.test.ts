import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

const gql = (query: string) => post(JSON.stringify({ query }));

describe('query limits answer 400 with words, never 500', () => {
  it('refuses a 10-level-deep query', async () => {
    // Ten levels of selection sets; the depth rule reads the shape, whatever the field names.
    let selection = 'id';
    for (let level = 9; level >= 1; level--) selection = `level${level} { ${selection} }`;
    const res = await gql(`{ viewer { ${selection} } }`);
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { message: string }) => e.message)).toContainEqual(expect.stringMatching(/depth limit/i));
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const res = await gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/alias/i);
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: 2500 }, () => '__typename').join(' ');
    const res = await gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/token/i);
  });

  it('explains a syntax error', async () => {
    const res = await gql('{ viewer { id ');
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ message: expect.stringMatching(/Syntax Error/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('refuses a 2 MB body as too large, and does not act on it', async () => {
    const before = await app.sql('select count(*)::int as n from users');
    const padding = 'x'.repeat(2 * 1024 * 1024);
    const res = await post(JSON.stringify({
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { accepted } }',
      variables: { input: { email: 'big@example.com', password: 'a-long-password', displayName: padding, legalName: 'x' } },
    }));
    expect(res.status).toBe(413);
    expect(res.json.errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' }, message: expect.stringMatching(/too large/) });
    expect(await app.sql('select count(*)::int as n from users')).toEqual(before);
  });

  it('explains a body that is not JSON', async () => {
    const res = await post('{"query": "{ viewer { id }"', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/not valid JSON/);
  });

  it('blocks a simple cross-site form post (CSRF prevention)', async () => {
    const res = await post('query={viewer{id}}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
  });

  it('refuses a page size over 100 with a readable message', async () => {
    const res = await (await app.client(undefined, 'en')).request('{ organisations(first: 101) { totalCount } }');
    expect(res.body.errors![0]).toMatchObject({ message: 'first must be from 0 to 100.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('health endpoints', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
