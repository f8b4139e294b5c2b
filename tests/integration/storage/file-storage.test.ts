import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { copyLocalFilesToS3 } from '../../../api/src/modules/document/copy-to-s3.js';
import { DiskFileStorage } from '../../../api/src/modules/document/file-storage.js';
import { S3FileStorage } from '../../../api/src/modules/document/s3-file-storage.js';
import { makeTalents } from '../../helpers/people.js';
import { startS3Server, type S3TestServer } from '../../helpers/s3-server.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';

/**
 * Issue 12 item 1: document bytes behind one interface, on local disk (the default) or in an
 * S3-compatible bucket (a real s3rver on loopback). Both answer uploads, whole downloads,
 * ranges (206, 416) and a missing file (410) the same way.
 */
const pdf = (marker: string, size = 4096) => {
  const head = Buffer.from(`%PDF-1.4\n% ${marker}\n`);
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0; i < body.length; i++) body[i] = 0x30 + (i % 10);
  return Buffer.concat([head, body]);
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function upload(app: TestApp, client: GraphQLClient, bytes: Buffer, fileName = 'contract.pdf') {
  const form = new FormData();
  form.append('kind', 'LABOUR_CONTRACT');
  form.append('file', new Blob([bytes]), fileName);
  const res = await fetch(`${app.url}/files`, { method: 'POST', headers: { cookie: client.sessionCookie!, 'x-requested-with': 'XMLHttpRequest' }, body: form });
  const body = (await res.json()) as any;
  if (res.status !== 201) throw new Error(`upload failed (${res.status}): ${JSON.stringify(body)}`);
  return body.document.id as string;
}

const get = (app: TestApp, client: GraphQLClient, id: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/files/${id}`, { headers: { cookie: client.sessionCookie!, ...headers } });

/** Stored files under DATA_DIR/files (not the temporary folder). */
async function localFiles(dataDir: string): Promise<string[]> {
  const root = path.join(dataDir, 'files');
  const found: string[] = [];
  for (const folder of await readdir(root).catch(() => [] as string[])) {
    if (folder === 'tmp') continue;
    for (const name of await readdir(path.join(root, folder))) found.push(`${folder}/${name}`);
  }
  return found.sort();
}

interface Backend {
  app: TestApp;
  dataDir: string;
  talent: GraphQLClient;
  /** Removes a stored file behind the app's back. */
  lose(sha: string): Promise<void>;
  close(): Promise<void>;
}

const backends: Record<'local' | 's3', () => Promise<Backend>> = {
  async local() {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuepu-files-'));
    const app = await startTestApp({ DATA_DIR: dataDir });
    const [talent] = await makeTalents(app, [null]);
    return {
      app, dataDir, talent: talent.client,
      lose: (sha) => unlink(path.join(dataDir, 'files', sha.slice(0, 2), sha)),
      async close() {
        await app.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
  async s3() {
    const s3 = await startS3Server();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuepu-files-'));
    const app = await startTestApp({ DATA_DIR: dataDir, ...s3.env });
    const [talent] = await makeTalents(app, [null]);
    return {
      app, dataDir, talent: talent.client,
      lose: (sha) => s3.deleteObject(`${sha.slice(0, 2)}/${sha}`),
      async close() {
        await app.close();
        await s3.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
};

describe.each(['local', 's3'] as const)('file storage: %s', (kind) => {
  let b: Backend;
  const bytes = pdf(`${kind} range`, 10_000);
  let id: string;
  beforeAll(async () => {
    b = await backends[kind]();
    id = await upload(b.app, b.talent, bytes);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('gives the whole file back with its length, type and a validator', async () => {
    const res = await get(b.app, b.talent, id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it('answers a range with 206 and exactly those bytes: first bytes, an open end, a suffix, past the end clipped', async () => {
    for (const [header, start, end] of [['bytes=0-4', 0, 4], ['bytes=9990-', 9990, 9999], ['bytes=-10', 9990, 9999], ['bytes=5000-99999', 5000, 9999], ['bytes=1234-1234', 1234, 1234]] as const) {
      const res = await get(b.app, b.talent, id, { range: header });
      expect(res.status, header).toBe(206);
      expect(res.headers.get('content-range'), header).toBe(`bytes ${start}-${end}/${bytes.length}`);
      expect(res.headers.get('content-length'), header).toBe(String(end - start + 1));
      expect(Buffer.from(await res.arrayBuffer()), header).toEqual(bytes.subarray(start, end + 1));
    }
  });

  it('answers 416 with the size for a range that starts past the end, and the whole file for one it does not serve', async () => {
    const past = await get(b.app, b.talent, id, { range: 'bytes=10000-', 'accept-language': 'en' });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
    expect(((await past.json()) as any).errors[0].message).toBe(`The requested range is outside the file (${bytes.length} bytes).`);
    for (const header of ['bytes=0-1,5-9', 'bytes=9-2', 'pages=1-2']) {
      const res = await get(b.app, b.talent, id, { range: header });
      expect(res.status, header).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBe(bytes.length);
    }
    // A range "if it is still this file": another validator gets the whole (current) file.
    expect((await get(b.app, b.talent, id, { range: 'bytes=0-4', 'if-range': '"not-this-one"' })).status).toBe(200);
    expect((await get(b.app, b.talent, id, { range: 'bytes=0-4', 'if-range': `"${sha256(bytes)}"` })).status).toBe(206);
  });

  it('keeps the same content once however often it is uploaded', async () => {
    const again = await upload(b.app, b.talent, bytes, 'copy.pdf');
    expect(again).not.toBe(id);
    expect(Buffer.from(await (await get(b.app, b.talent, again)).arrayBuffer())).toEqual(bytes);
  });

  it('answers 410 in words, in the reader\'s language, when the stored file is gone, and keeps serving', async () => {
    const lost = pdf(`${kind} lost`);
    const lostId = await upload(b.app, b.talent, lost, 'lost.pdf');
    await b.lose(sha256(lost));
    const zh = await get(b.app, b.talent, lostId, { 'accept-language': 'zh-CN' });
    expect(zh.status).toBe(410);
    expect(((await zh.json()) as any).errors[0]).toMatchObject({ code: 'FILE_MISSING', message: '该材料的文件已不在服务器上，请重新上传，或联系镇人才办。' });
    const en = await get(b.app, b.talent, lostId, { 'accept-language': 'en', range: 'bytes=0-3' });
    expect(en.status).toBe(410);
    expect(((await en.json()) as any).errors[0].message).toMatch(/no longer on the server; please upload it again/);
    expect(b.app.logs()).toContain('stored file of a document is missing');
    expect((await get(b.app, b.talent, id, { range: 'bytes=0-4' })).status).toBe(206);
  });
});

describe('the S3 backend', () => {
  let s3: S3TestServer;
  let dataDir: string;
  let app: TestApp;
  let talent: GraphQLClient;
  beforeAll(async () => {
    s3 = await startS3Server();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuepu-files-'));
    app = await startTestApp({ DATA_DIR: dataDir, ...s3.env });
    talent = (await makeTalents(app, [null]))[0].client;
  });
  afterAll(async () => {
    await app?.close();
    await s3?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps uploads in the bucket under their hash, and nothing on the local disk', async () => {
    const bytes = pdf('bucket only');
    await upload(app, talent, bytes);
    const sha = sha256(bytes);
    expect(await s3.keys()).toContain(`${sha.slice(0, 2)}/${sha}`);
    expect(await localFiles(dataDir)).toEqual([]);
    expect(await readdir(path.join(dataDir, 'files', 'tmp'))).toEqual([]);
  });

  it('refuses to start on a bucket that does not exist, naming it', async () => {
    await expect(startTestApp({ DATA_DIR: dataDir, ...s3.env, S3_BUCKET: 'no-such-bucket' })).rejects.toThrow(/S3 bucket "no-such-bucket" at http:\/\/127\.0\.0\.1:\d+ cannot be used: NotFound/);
  });
});

describe('npm run files:copy-to-s3', () => {
  it('copies the local files into the bucket, skips what is there on a second run, and reports a damaged file', async () => {
    const s3 = await startS3Server();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuepu-copy-'));
    const root = path.join(dataDir, 'files');
    const bucket = new S3FileStorage({ endpoint: s3.endpoint, region: s3.region, bucket: s3.bucket, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }, forcePathStyle: true }, path.join(root, 'tmp'));
    try {
      const files = [pdf('copy 1'), pdf('copy 2', 300_000), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 3)])];
      const keyOf = (bytes: Buffer) => `${sha256(bytes).slice(0, 2)}/${sha256(bytes)}`;
      for (const bytes of files) {
        await mkdir(path.join(root, sha256(bytes).slice(0, 2)), { recursive: true });
        await writeFile(path.join(root, keyOf(bytes)), bytes);
      }
      const first = await copyLocalFilesToS3(new DiskFileStorage(root), bucket);
      expect(first).toEqual({ copied: 3, copiedBytes: files.reduce((n, f) => n + f.length, 0), alreadyThere: 0, damaged: [] });
      expect(await s3.keys()).toEqual(files.map(keyOf).sort());
      for (const bytes of files) {
        const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: keyOf(bytes) }));
        expect(Buffer.from(await object.Body!.transformToByteArray())).toEqual(bytes);
        expect(object.ContentType).toBe(bytes[0] === 0x89 ? 'image/png' : 'application/pdf');
      }
      expect(await copyLocalFilesToS3(new DiskFileStorage(root), bucket)).toEqual({ copied: 0, copiedBytes: 0, alreadyThere: 3, damaged: [] });

      // The command itself, as an operator runs it: a file whose bytes no longer match its name
      // is reported and not copied, and the exit code says something needs a look.
      const damagedName = 'ab'.padEnd(64, '0');
      await mkdir(path.join(root, 'ab'), { recursive: true });
      await writeFile(path.join(root, 'ab', damagedName), pdf('bit rot'));
      const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['node_modules/vite-node/dist/cli.mjs', 'api/src/copy-files-to-s3.ts'], { env: { ...process.env, ...s3.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        child.stderr.on('data', (c: Buffer) => (out += c.toString()));
        child.on('exit', (code) => resolve({ code, out }));
      });
      expect(run.out).toContain(`damaged, not copied: ${damagedName}`);
      expect(run.out).toContain('Copied 0 file(s), 0.0 MB; 3 already in the bucket; 1 damaged.');
      expect(run.code).toBe(1);
      expect(await s3.keys()).toEqual(files.map(keyOf).sort());
    } finally {
      bucket.close();
      await s3.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
