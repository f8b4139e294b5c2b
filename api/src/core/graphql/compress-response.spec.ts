import http from 'node:http';
import zlib from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_INLINE_MAX_BYTES, compressGraphQLResponses } from './compress-response.js';

// Answers up to COMPRESS_INLINE_MAX_BYTES are compressed in place, larger ones on the thread
// pool: both paths give the same JSON, with the same headers (issue 13).

/** A JSON answer of about `bytes` bytes, Chinese included (Buffer.byteLength, not length, is what counts). */
const answerOf = (bytes: number) => JSON.stringify({ data: { rows: Array.from({ length: Math.ceil(bytes / 60) }, (_, i) => ({ i, name: `申请 ${i} application` })) } });

let server: http.Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.post('/graphql/:bytes', compressGraphQLResponses(), (req, res) => {
    res.type('application/json').send(answerOf(Number(req.params.bytes)));
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function post(path: string, acceptEncoding: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method: 'POST', headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressGraphQLResponses', () => {
  for (const bytes of [50_000, COMPRESS_INLINE_MAX_BYTES * 2]) {
    it(`sends an answer of ${bytes} bytes as brotli or gzip, the same JSON either way`, async () => {
      const expected = answerOf(bytes);
      expect(Buffer.byteLength(expected) > COMPRESS_INLINE_MAX_BYTES).toBe(bytes > COMPRESS_INLINE_MAX_BYTES);
      const br = await post(`/graphql/${bytes}`, 'gzip, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(zlib.brotliDecompressSync(br.body).toString()).toBe(expected);
      const gzip = await post(`/graphql/${bytes}`, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gzip.body).toString()).toBe(expected);
      const plain = await post(`/graphql/${bytes}`, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(expected);
    });
  }

  it('chooses by each request\'s own Accept-Encoding, also after it remembered others (and past the number it remembers)', async () => {
    const cases: [string, string | undefined][] = [['gzip, br', 'br'], ['br;q=0, gzip', 'gzip'], ['gzip, br', 'br'], ['identity', undefined], ['gzip;q=0, br;q=0', undefined], ['GZIP', 'gzip']];
    // 150 different headers first: more than it remembers.
    for (let i = 0; i < 150; i++) expect((await post('/graphql/5000', `gzip;q=0.${i % 9 + 1}, x-${i}`)).headers['content-encoding']).toBe('gzip');
    for (const [header, expected] of [...cases, ...cases]) {
      const res = await post('/graphql/5000', header);
      expect(res.headers['content-encoding'], header).toBe(expected);
    }
  });

  it('writes a whole answer itself: its length, no ETag, and small or unaccepted ones as they are', async () => {
    for (const [bytes, acceptEncoding] of [[200, 'gzip, br'], [5000, ''], [5000, 'identity']] as const) {
      const expected = answerOf(bytes);
      const res = await post(`/graphql/${bytes}`, acceptEncoding);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.etag).toBeUndefined();
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(expected));
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body.toString()).toBe(expected);
    }
  });
});
