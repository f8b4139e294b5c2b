import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

// POST /graphql goes straight from the request tracking to its handler, while `/graphql/`, a
// query string and start-up take the routes (server.ts, issue 13). Whichever way a request
// comes, it must get the same answer, headers, log line and count.

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  app = await startTestApp();
  const client = await app.client('talent');
  cookie = client.sessionCookie!;
});
afterAll(async () => {
  await app.close();
});

const VIEWER = 'query Who { viewer { displayName } }';

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body });
}

/** Headers that differ between any two requests (time, id) left out. */
function stableHeaders(res: Response): Record<string, string> {
  return Object.fromEntries([...res.headers].filter(([name]) => name !== 'date' && name !== 'x-request-id'));
}

async function httpCount(status: string): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`yuepu_http_requests_total{route="graphql",status="${status}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

const flushLogs = () => new Promise((r) => setTimeout(r, 100));

describe('POST /graphql, straight or through the routes', () => {
  it('answers the same, with the same headers, at /graphql, /graphql/ and /graphql?x=1', async () => {
    const body = JSON.stringify({ query: VIEWER });
    const answers = await Promise.all(['/graphql', '/graphql/', '/graphql?x=1'].map((path) => post(path, body)));
    const texts = await Promise.all(answers.map((res) => res.text()));
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,64}$/);
      expect(res.headers.get('x-sql-count')).toMatch(/^\d+$/);
      expect(res.headers.get('etag')).toBeNull();
      expect(stableHeaders(res)).toEqual(stableHeaders(answers[0]));
    }
    expect(JSON.parse(texts[0])).toEqual({ data: { viewer: { displayName: expect.any(String) } } });
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
  });

  it('logs each request once, with its operation and path, and counts it once', async () => {
    const before = await httpCount('2xx');
    const ids: string[] = [];
    for (const path of ['/graphql', '/graphql/']) {
      const res = await post(path, JSON.stringify({ query: VIEWER }), { 'x-request-id': randomUUID() });
      ids.push(res.headers.get('x-request-id')!);
      await res.text();
    }
    await flushLogs();
    expect(await httpCount('2xx')).toBe(before + 2);
    const lines = app.logs().split('\n').filter((l) => ids.some((id) => l.includes(id)) && l.includes('"msg":"request"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ requestId: ids[0], method: 'POST', path: '/graphql', status: 200, operation: 'query viewer', operationName: 'Who' });
    expect(lines[1]).toMatchObject({ requestId: ids[1], method: 'POST', path: '/graphql/', status: 200, operation: 'query viewer', operationName: 'Who' });
    expect(lines[0].sqlStatements).toBe(lines[1].sqlStatements);
  });

  it('answers a body that is not JSON, or too large, as before: 400 or 413 with the request id', async () => {
    for (const path of ['/graphql', '/graphql/']) {
      const broken = await post(path, '{"query": ');
      expect(broken.status).toBe(400);
      expect(broken.headers.get('x-request-id')).toMatch(/^[\w-]{8,64}$/);
      expect(((await broken.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
      const large = await post(path, JSON.stringify({ query: VIEWER, padding: 'x'.repeat(app.config.bodyLimitBytes) }));
      expect(large.status).toBe(413);
      expect(((await large.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    }
  });

  it('still answers a GET query with its query string, and refuses one without the CSRF header', async () => {
    const url = `${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const plain = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual({ data: { __typename: 'Query' } });
    const unsafe = await fetch(url);
    expect(unsafe.status).toBe(400);
  });
});
