import { readdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_NET_MARK } from '../../../api/src/core/process-safety.js';
import { startServerProcess, type ServerProcess } from '../../helpers/server-process.js';
import type { GraphQLClient } from '../../helpers/test-app.js';

// Hostile HTTP against the real entry point in a process of its own: each request here once
// ended the process, or could have. After all of them the process must still run, answer
// /healthz and GraphQL, and its log must show that none of them reached the process-level
// safety nets (each is handled where it happens).

let server: ServerProcess;
let talent: GraphQLClient;
let port: number;
/** Hostile requests sent by this file (reported in the issue's closing note). */
let hostile = 0;

beforeAll(async () => {
  server = await startServerProcess();
  port = Number(new URL(server.url).port);
  talent = await server.client('talent');
});
afterAll(async () => {
  console.log(`hostile-http: ${hostile} hostile requests sent; server process exit code while they ran: ${server.exitCode() ?? 'none (still running)'}`);
  console.log(server.output().split('\n').filter((line) => /"level":(4|5|6)0/.test(line)).join('\n'));
  await server?.stop();
});

interface RawAnswer {
  status: number | null;
  head: string;
  body: string;
  /** The server closed the connection (rather than our timeout ending the wait). */
  closedByServer: boolean;
}

/** Writes bytes on a fresh TCP connection and reads until the server closes or `waitMs` passes. */
function raw(bytes: string | Buffer | (string | Buffer)[], { waitMs = 3000, hangUpAfterWrite = false } = {}): Promise<RawAnswer> {
  hostile++;
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let closedByServer = false;
    const finish = () => {
      const text = received.toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head)?.[1];
      resolve({ status: status ? Number(status) : null, head, body: rest.join('\r\n\r\n'), closedByServer });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      finish();
    }, waitMs);
    socket.on('data', (chunk) => (received = Buffer.concat([received, chunk])));
    socket.on('error', () => {});
    socket.on('close', () => {
      closedByServer = true;
      clearTimeout(timer);
      finish();
    });
    socket.on('connect', () => {
      for (const part of Array.isArray(bytes) ? bytes : [bytes]) socket.write(part);
      if (hangUpAfterWrite) {
        socket.destroy();
      }
    });
  });
}

const KEY = 'x3JJHMbDL1EzLkh9GBhXDw==';
function upgrade(headers: Record<string, string>, target = '/graphql'): string {
  const all: Record<string, string> = {
    Host: `127.0.0.1:${port}`,
    Connection: 'Upgrade',
    Upgrade: 'websocket',
    'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': KEY,
    'Sec-WebSocket-Protocol': 'graphql-transport-ws',
    ...headers,
  };
  return `GET ${target} HTTP/1.1\r\n${Object.entries(all).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
}

async function stillServing(): Promise<void> {
  expect(server.exitCode()).toBeNull();
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
}

describe('WebSocket upgrades', () => {
  it('refuses Origin: null and origins that do not parse with 403, in words, and keeps serving', async () => {
    for (const origin of ['null', 'http://[::1', '%%%', 'javascript:alert(1)', 'https://evil.example']) {
      const res = await raw(upgrade({ Origin: origin }));
      expect(res.status, `Origin: ${origin}`).toBe(403);
      expect(res.body).toContain('This origin may not open a live connection');
    }
    await stillServing();
  });

  it('still accepts the site\'s own pages and clients without an Origin', async () => {
    const own = await raw(upgrade({ Origin: server.url }), { waitMs: 500 });
    expect(own.status).toBe(101);
    const none = await raw(upgrade({}), { waitMs: 500 });
    expect(none.status).toBe(101);
  });

  it('answers malformed handshakes with a 4xx', async () => {
    const cases: Record<string, string> = {
      'short key': upgrade({ 'Sec-WebSocket-Key': 'short' }),
      'no key': upgrade({ 'Sec-WebSocket-Key': '' }),
      'unknown version': upgrade({ 'Sec-WebSocket-Version': '99' }),
      'not websocket': upgrade({ Upgrade: 'h2c' }),
      'other path': upgrade({}, '/files/x'),
      'bad percent-encoding in the path': upgrade({}, '/graphql%E0%A4%A'),
    };
    for (const [name, request] of Object.entries(cases)) {
      const res = await raw(request);
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
    }
    await stillServing();
  });

  it('answers oversized and broken upgrade headers with 431 or 400', async () => {
    const huge = await raw(upgrade({ 'Sec-WebSocket-Protocol': 'graphql-transport-ws, ' + 'x'.repeat(64 * 1024) }));
    expect(huge.status).toBe(431);
    const many = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`X-H${i}`, 'v']));
    expect((await raw(upgrade(many))).status).toBe(431);
    const nul = await raw(upgrade({ 'X-Evil': 'a\u0000b' }));
    expect(nul.status).toBe(400);
    const badName = await raw(upgrade({ 'Bad Header(': 'x' }));
    expect(badName.status).toBe(400);
    // Half a handshake, then the client hangs up.
    await raw(upgrade({}).slice(0, 60), { hangUpAfterWrite: true });
    await stillServing();
  });

  it('closes sockets that send bad frames, oversized messages or non-JSON, and goes on', async () => {
    // An unmasked client frame breaks the protocol.
    const unmasked = await raw([upgrade({}), Buffer.from([0x81, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f])]);
    expect(unmasked.status).toBe(101);
    expect(unmasked.closedByServer).toBe(true);
    // A masked frame announcing 2 MB, more than a GraphQL message may be.
    const header = Buffer.from([0x81, 0xff, 0, 0, 0, 0, 0, 0x20, 0, 0, 1, 2, 3, 4]);
    const oversized = await raw([upgrade({}), header]);
    expect(oversized.closedByServer).toBe(true);
    // graphql-ws closes on a message that is not JSON.
    hostile++;
    const socket = new WebSocket(server.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('error', () => {});
    socket.on('open', () => socket.send('{not json'));
    expect(await closed).toBe(4400);
    await stillServing();
  });
});

/** Uploads a document with the talent's session; answers its id. */
async function uploadPdf(bytes: Buffer, name = 'contract.pdf'): Promise<string> {
  const form = new FormData();
  form.append('kind', 'LABOUR_CONTRACT');
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${server.url}/files`, { method: 'POST', headers: { cookie: talent.sessionCookie!, 'x-requested-with': 'XMLHttpRequest' }, body: form });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size, 0x41), Buffer.from('\n%%EOF\n')]);

function multipartStart(boundary: string, contentLength: number): string {
  return `POST /files HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${talent.sessionCookie}\r\nX-Requested-With: XMLHttpRequest\r\n` +
    `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${contentLength}\r\n\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nLABOUR_CONTRACT\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
}

describe('uploads', () => {
  it('forgets an upload the client abandons half-way: no temporary file, no stored document', async () => {
    const before = await talent.data('{ myDocuments(first: 100) { totalCount } }');
    await raw([multipartStart('XyZ', 2_000_000), pdfOf(300_000)], { hangUpAfterWrite: true });
    // The server notices the hang-up and removes the half-written file.
    const tempDir = path.join(server.dataDir, 'files', 'tmp');
    const deadline = Date.now() + 5000;
    while (readdirSync(tempDir).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(tempDir)).toEqual([]);
    expect(await talent.data('{ myDocuments(first: 100) { totalCount } }')).toEqual(before);
    await stillServing();
  });

  it('answers malformed multipart bodies with 400 in words', async () => {
    const noBoundary = await raw(`POST /files HTTP/1.1\r\nHost: x\r\nCookie: ${talent.sessionCookie}\r\nX-Requested-With: x\r\nContent-Type: multipart/form-data\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`);
    expect(noBoundary.status).toBe(400);
    expect(noBoundary.body).toMatch(/incomplete or malformed|不完整/);
    const body = `--B\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut off`;
    const truncated = await raw(`POST /files HTTP/1.1\r\nHost: x\r\nCookie: ${talent.sessionCookie}\r\nX-Requested-With: x\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    expect(truncated.status).toBe(400);
    const empty = await raw(`POST /files HTTP/1.1\r\nHost: x\r\nCookie: ${talent.sessionCookie}\r\nX-Requested-With: x\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(empty.status).toBe(400);
    await stillServing();
  });
});

describe('downloads', () => {
  it('survives clients that hang up during a download and during CSV exports', async () => {
    const id = await uploadPdf(pdfOf(4 * 1024 * 1024));
    const hangUpAfterFirstBytes = (target: string, cookie: string) => {
      hostile++;
      return new Promise<number>((resolve, reject) => {
        const req = http.get(`${server.url}${target}`, { headers: { cookie } }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve(res.statusCode!);
          });
        });
        req.on('error', (error) => (error.message.includes('aborted') || (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
      });
    };
    expect(await hangUpAfterFirstBytes(`/files/${id}`, talent.sessionCookie!)).toBe(200);
    const reviewer = await server.client('reviewer');
    expect(await hangUpAfterFirstBytes('/reports/applications.csv', reviewer.sessionCookie!)).toBe(200);
    const coordinator = await server.client('coordinator');
    expect(await hangUpAfterFirstBytes('/alliance/exports/participation.csv?year=2026', coordinator.sessionCookie!)).toBe(200);
    // And a GraphQL request whose client is gone before the answer.
    await raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{"query":"{ policies(first: 100) { totalCount } }"}`, { hangUpAfterWrite: true });
    // The whole file still downloads afterwards.
    const whole = await fetch(`${server.url}/files/${id}`, { headers: { cookie: talent.sessionCookie! } });
    expect((await whole.arrayBuffer()).byteLength).toBe(4 * 1024 * 1024 + 16);
    await stillServing();
  });

  it('answers 410 in words, in the reader\'s language, when a document\'s stored file is missing, and logs a warning', async () => {
    const bytes = pdfOf(1000);
    const id = await uploadPdf(bytes, 'lost.pdf');
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(bytes).digest('hex');
    await unlink(path.join(server.dataDir, 'files', sha.slice(0, 2), sha));
    hostile += 2;
    const zh = await fetch(`${server.url}/files/${id}`, { headers: { cookie: talent.sessionCookie!, 'accept-language': 'zh-CN' } });
    expect(zh.status).toBe(410);
    expect(await zh.json()).toEqual({ errors: [{ field: null, code: 'FILE_MISSING', message: expect.stringContaining('已不在服务器上') }] });
    const en = await fetch(`${server.url}/files/${id}`, { headers: { cookie: talent.sessionCookie!, 'accept-language': 'en' } });
    expect(en.status).toBe(410);
    expect(((await en.json()) as any).errors[0].message).toMatch(/no longer on the server; please upload it again/);
    const warning = server.output().split('\n').find((line) => line.includes('stored file of a document is missing'));
    expect(warning && JSON.parse(warning)).toMatchObject({ level: 40, documentId: id });
    await stillServing();
  });
});

describe('paths and bodies', () => {
  it('answers bad percent-encoding in paths with 400 in words, never a stack trace', async () => {
    for (const target of ['/files/%E0%A4%A', '/calendar/events/%E0%A4%A.ics', '/apartments/settlements/%E0%A4%A.csv', '/calendar/feeds/%ZZ.ics', '/%E0%A4%A', '/graphql?query=%E0%A4%A']) {
      const res = await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nCookie: ${talent.sessionCookie}\r\nConnection: close\r\n\r\n`);
      expect(res.status, target).toBeGreaterThanOrEqual(400);
      expect(res.status, target).toBeLessThan(500);
      expect(res.body, target).not.toMatch(/\bat [\w.]+ \(/);
    }
    await stillServing();
  });

  it('answers bodies that are not JSON, empty, or broken on the wire with 4xx', async () => {
    const post = (body: string, headers: Record<string, string>) =>
      raw(`POST /graphql HTTP/1.1\r\nHost: x\r\n${Object.entries({ 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
    const json = { 'Content-Type': 'application/json' };
    const cases: [string, Promise<RawAnswer>][] = [
      ['not JSON', post('{"query": "{ viewer { id }"', json)],
      ['empty, as JSON', post('', json)],
      ['empty, no type', post('', {})],
      ['a JSON string', post('"query"', json)],
      ['JSON null', post('null', json)],
      ['an array', post('[{"query":"{ __typename }"}]', json)],
      ['deeply nested', post('['.repeat(400_000) + ']'.repeat(400_000), json)],
      ['unknown charset', post('{"query":"{ __typename }"}', { 'Content-Type': 'application/json; charset=utf-99' })],
      ['gzip that is not gzip', post('{"query":"{ __typename }"}', { ...json, 'Content-Encoding': 'gzip' })],
      ['unknown encoding', post('{"query":"{ __typename }"}', { ...json, 'Content-Encoding': 'br2' })],
      ['binary', post('\u0000\u0001\u00ff\u00fe', json)],
    ];
    for (const [name, answer] of cases) {
      const res = await answer;
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
    }
    // Broken framing: bad chunk sizes, a body shorter than its Content-Length.
    const chunked = await raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`);
    expect(chunked.status).toBe(400);
    await raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":`, { hangUpAfterWrite: true });
    await raw('GARBAGE / HTTP/9.9\r\n\r\n');
    await stillServing();
  });
});

describe('after all of it', () => {
  it('the process is alive, healthy and ready, GraphQL answers, and no request reached the safety nets', async () => {
    expect(hostile).toBeGreaterThan(40);
    expect(server.exitCode()).toBeNull();
    expect(() => process.kill(server.child.pid!, 0)).not.toThrow();
    await stillServing();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(await talent.data('{ viewer { email } }')).toEqual({ viewer: { email: 'talent@yuepu.example' } });
    expect(server.output()).not.toContain(SAFETY_NET_MARK);
    expect(server.output()).not.toContain('unexpected error');
  });
});
