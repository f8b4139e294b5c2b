import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

// Issue 13: GraphQL answers are compressed when large and when the client accepts it.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A POST to /graphql as raw bytes (fetch would decompress them unseen). */
function post(query: string, acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

const LARGE = '{ policies(first: 50) { totalCount edges { node { id code current { benefitsZh benefitsEn eligibilityZh } } } } }';

describe('GraphQL response compression', () => {
  it('sends a large answer as brotli or gzip, whichever the client prefers, and the same JSON', async () => {
    const plain = await post(LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(2048);
    const json = JSON.parse(plain.body.toString());
    expect(json.data.policies.edges.length).toBeGreaterThan(5);

    const br = await post(LARGE, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(JSON.parse(zlib.brotliDecompressSync(br.body).toString())).toEqual(json);
    expect(br.body.length).toBeLessThan(plain.body.length / 1.5);

    const gzip = await post(LARGE, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gzip.body).toString())).toEqual(json);

    // Refused by q=0: brotli is not used even though it is listed.
    expect((await post(LARGE, 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    const none = await post(LARGE, 'identity');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(none.body.toString())).toEqual(json);
  });

  it('leaves small answers and errors uncompressed', async () => {
    const small = await post('{ viewer { id } }', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { viewer: null } });
    const bad = await post('{ nonsense', 'br, gzip');
    expect(bad.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(bad.body.toString()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers twenty large requests at once, each complete', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(LARGE, i % 2 ? 'br' : 'gzip')));
    const texts = answers.map((a) => (a.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(a.body) : zlib.gunzipSync(a.body)).toString());
    expect(new Set(texts).size).toBe(1);
  });
});
