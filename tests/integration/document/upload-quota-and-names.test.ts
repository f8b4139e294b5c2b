import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../api/src/core/config.js';
import { ormOptions } from '../../../api/src/core/db/orm.config.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { startServer } from '../../../api/src/server.js';
import { makeTalents } from '../../helpers/people.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';

/**
 * Issue 10 item 13: uploads have a per-person daily quota that holds under a burst, and file
 * names are labels we clean, never paths or types we trust.
 */
const FILES_PER_DAY = 10;
let app: TestApp;
let dataDir: string;

const pdf = (marker: string, padding = 0) => Buffer.concat([Buffer.from(`%PDF-1.4\n% ${marker}\n`), Buffer.alloc(padding, 0x20), Buffer.from('\n%%EOF\n')]);

/** A multipart upload built by hand, so the file name goes out exactly as given (NUL, CR, RLO). */
async function rawUpload(client: GraphQLClient, fileName: string, bytes: Buffer, opts: { kind?: string; type?: string; locale?: string; baseUrl?: string } = {}) {
  // NUL and other control characters go percent-encoded in filename* (RFC 5987), as a client
  // must send them: raw in the header they make the part unreadable (400, nothing kept).
  const extended = /[\u0000-\u001f\u007f-\u009f]/.test(fileName);
  const boundary = `----yuepu${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${opts.kind ?? 'LABOUR_CONTRACT'}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${extended ? "filename*=UTF-8''" : 'filename="'}`),
    Buffer.from(extended ? encodeURIComponent(fileName) : fileName, 'utf8'),
    Buffer.from(`${extended ? '' : '"'}\r\nContent-Type: ${opts.type ?? 'application/pdf'}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await fetch(`${opts.baseUrl ?? app.url}/files`, {
    method: 'POST',
    headers: { cookie: client.sessionCookie!, 'x-requested-with': 'XMLHttpRequest', 'accept-language': opts.locale ?? 'zh-CN', 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

async function storedFiles(): Promise<string[]> {
  const root = path.join(dataDir, 'files');
  const names: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of await readdir(path.join(root, entry.name))) names.push(entry.name === 'tmp' ? `tmp/${file}` : file);
  }
  return names.sort();
}

/** A talent of their own for each test, so each starts with an unused quota. */
const person = async () => (await makeTalents(app, [null]))[0];
const documentsOf = (userId: string) => app.sql<{ sha256: string; file_name: string }>('select sha256, file_name from documents where owner_id = ?', [userId]);
const usageOf = async (userId: string) => (await app.sql<{ files: number; bytes: string }>('select files, bytes from upload_quota_usage where user_id = ?', [userId]))[0] ?? null;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuepu-upload-'));
  app = await startTestApp({ DATA_DIR: dataDir, UPLOAD_QUOTA_FILES_PER_DAY: String(FILES_PER_DAY), UPLOAD_QUOTA_BYTES_PER_DAY: '300kb', UPLOAD_LIMIT: '256kb' });
});
afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the daily upload quota', () => {
  it('lets exactly the quota through when one person sends 100 uploads within a second, and keeps nothing of the refused ones', async () => {
    const { id, client: talent } = await person();
    const filesBefore = await storedFiles();
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => rawUpload(talent, `scan-${i}.pdf`, pdf(`burst ${i}`))));
    const elapsed = performance.now() - started;
    const accepted = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 429);
    console.log(`100 parallel uploads: ${accepted.length} accepted, ${refused.length} refused with 429, in ${Math.round(elapsed)} ms`);

    expect(accepted.length).toBe(FILES_PER_DAY);
    expect(refused.length).toBe(100 - FILES_PER_DAY);
    expect(refused[0].body.errors).toEqual([{ field: 'file', code: 'QUOTA_EXCEEDED', message: `今天上传的文件已达 ${FILES_PER_DAY} 个的上限，请明天再上传；如确有需要，请联系镇人才办。` }]);
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThan(0);

    // The database holds the accepted ones only, and the count matches them byte for byte.
    const docs = await documentsOf(id);
    const acceptedHashes = new Set(docs.map((d) => d.sha256));
    expect(docs.length).toBe(FILES_PER_DAY);
    const usage = await usageOf(id);
    expect(usage?.files).toBe(FILES_PER_DAY);
    expect(Number(usage?.bytes)).toBe(accepted.reduce((sum, a) => sum + a.body.document.sizeBytes, 0));
    // The files folder gained exactly the accepted files; no temporary file is left behind.
    const filesAfter = await storedFiles();
    expect(filesAfter.filter((f) => !filesBefore.includes(f)).sort()).toEqual([...acceptedHashes].sort());
    expect(filesAfter.some((f) => f.startsWith('tmp/'))).toBe(false);

    // Another try the same day is refused before its body is stored; in English when asked.
    const again = await rawUpload(talent, 'late.pdf', pdf('late'), { locale: 'en' });
    expect(again.status).toBe(429);
    expect(again.body.errors[0].message).toBe(`You have reached today's limit of ${FILES_PER_DAY} uploaded files; please upload again tomorrow, or contact the town talent office if you need more.`);
    expect((await documentsOf(id)).length).toBe(FILES_PER_DAY);
  });

  it('holds across two instances on one database: a burst split between them stores exactly the quota', async () => {
    // A second server process's worth: its own pool and HTTP server, the same PostgreSQL.
    const url = app.orm.config.get('clientUrl')!;
    const orm = await MikroORM.init(ormOptions(url));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, DATA_DIR: dataDir, UPLOAD_QUOTA_FILES_PER_DAY: String(FILES_PER_DAY), UPLOAD_QUOTA_BYTES_PER_DAY: '300kb', UPLOAD_LIMIT: '256kb' });
    const second = await startServer({ orm, config, logger: createLogger('silent') }, 0, '127.0.0.1');
    try {
      const { id, client } = await person();
      const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => rawUpload(client, `two-${i}.pdf`, pdf(`two instances ${i}`), { baseUrl: i % 2 ? second.url : app.url })));
      const accepted = answers.filter((a) => a.status === 201).length;
      console.log(`60 parallel uploads over two instances: ${accepted} accepted, ${answers.filter((a) => a.status === 429).length} refused`);
      expect(accepted).toBe(FILES_PER_DAY);
      expect((await documentsOf(id)).length).toBe(FILES_PER_DAY);
      expect((await usageOf(id))?.files).toBe(FILES_PER_DAY);
    } finally {
      await second.close();
      await orm.close(true);
    }
  });

  it('counts each person separately', async () => {
    const { client: other } = await person();
    expect((await rawUpload(other, 'mine.pdf', pdf('talent2'))).status).toBe(201);
  });

  it('refuses an upload that would pass the bytes per day, and counts only what was stored', async () => {
    const { id, client: talent } = await person();
    expect((await rawUpload(talent, 'big-1.pdf', pdf('big 1', 200 * 1024))).status).toBe(201);
    const before = await usageOf(id);
    const over = await rawUpload(talent, 'big-2.pdf', pdf('big 2', 200 * 1024), { locale: 'en' });
    expect(over.status).toBe(429);
    expect(over.body.errors[0]).toMatchObject({ field: 'file', code: 'QUOTA_EXCEEDED' });
    expect(over.body.errors[0].message).toMatch(/over today's limit of 0\.3 MB/);
    expect(await usageOf(id)).toEqual(before);
    expect((await documentsOf(id)).length).toBe(1);
    // A small file still fits under the bytes left.
    expect((await rawUpload(talent, 'small.pdf', pdf('small'))).status).toBe(201);
  });

  it('does not count uploads refused for another reason (wrong type, bad kind, too large)', async () => {
    const { id, client: talent } = await person();
    const exe = Buffer.from('MZ\x90\x00 not a document');
    for (let i = 0; i < FILES_PER_DAY + 2; i++) expect((await rawUpload(talent, `x${i}.pdf`, exe)).status).toBe(415);
    expect((await rawUpload(talent, 'bad-kind.pdf', pdf('kind'), { kind: 'NOT_A_KIND' })).status).toBe(400);
    expect((await rawUpload(talent, 'huge.pdf', pdf('huge', 300 * 1024))).status).toBe(413);
    expect(await usageOf(id)).toBeNull();
    expect((await rawUpload(talent, 'fine.pdf', pdf('fine'))).status).toBe(201);
    expect((await usageOf(id))?.files).toBe(1);
  });
});

describe('file names are cleaned', () => {
  const cases: [string, string][] = [
    ['invoice\u202Efdp.exe', 'invoicefdp.pdf'], // RTL override: shown as "invoiceexe.pdf" otherwise
    ['\u2067report\u2069\u200F\u200B\uFEFF.pdf', 'report.pdf'], // isolates, marks, zero-width, BOM
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\Users\\王\\Desktop\\劳动合同.pdf', '劳动合同.pdf'],
    ['/var/www/html/index.pdf', 'index.pdf'],
    ['a\u0000b\u0007c\u009f\r\nd.pdf', 'abcd.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['..', 'document.pdf'],
    ['....pdf', 'document.pdf'],
    ['  .hidden  .pdf', 'hidden.pdf'],
    ['a<b>c:d|e?f*g.pdf', 'a_b_c_d_e_f_g.pdf'],
    [`${'长'.repeat(300)}.pdf`, `${'长'.repeat(116)}.pdf`],
  ];

  it('strips folder parts, control and text-direction characters, and limits the length, when stored, shown and downloaded', async () => {
    let talent!: GraphQLClient;
    for (const [i, [sent, kept]] of cases.entries()) {
      // A fresh person every few names, to stay inside the day's quota.
      if (i % (FILES_PER_DAY - 2) === 0) talent = (await person()).client;
      const res = await rawUpload(talent, sent, pdf(`name ${JSON.stringify(sent)}`));
      expect(res.status, JSON.stringify(sent)).toBe(201);
      expect(res.body.document.fileName, JSON.stringify(sent)).toBe(kept);
      const [row] = await app.sql<{ file_name: string }>('select file_name from documents where id = ?', [res.body.document.id]);
      expect(row.file_name).toBe(kept);
      const download = await fetch(`${app.url}/files/${res.body.document.id}`, { headers: { cookie: talent.sessionCookie! } });
      const disposition = download.headers.get('content-disposition')!;
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(kept)}`);
      // The plain filename= is ASCII only, without quotes or backslashes that could end it early.
      expect(/^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=/.test(disposition), disposition).toBe(true);
      await download.arrayBuffer();
    }
  });

  it('refuses a name with raw control characters in the part header as malformed, keeping nothing', async () => {
    const { id, client: talent } = await person();
    const boundary = 'B0undary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nLABOUR_CONTRACT\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000b.pdf"\r\n\r\n`),
      pdf('raw nul'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await fetch(`${app.url}/files`, { method: 'POST', headers: { cookie: talent.sessionCookie!, 'x-requested-with': 'x', 'content-type': `multipart/form-data; boundary=${boundary}` }, body });
    expect(res.status === 400 || res.status === 201).toBe(true);
    const body2 = (await res.json()) as any;
    if (res.status === 201) expect(body2.document.fileName).toBe('ab.pdf');
    else expect(await documentsOf(id)).toEqual([]);
  });

  it('shows rows stored before names were cleaned in their clean form', async () => {
    const { client: talent } = await person();
    const res = await rawUpload(talent, 'plain.pdf', pdf('old row'));
    await app.sql('update documents set file_name = ? where id = ?', ['old\u202Egnp.html', res.body.document.id]);
    const wallet = await talent.data(`{ myDocuments(first: 100) { edges { node { id fileName } } } }`);
    expect(wallet.myDocuments.edges.find((e: any) => e.node.id === res.body.document.id).node.fileName).toBe('oldgnp.pdf');
    const download = await fetch(`${app.url}/files/${res.body.document.id}`, { headers: { cookie: talent.sessionCookie! } });
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="oldgnp.pdf"; filename*=UTF-8''oldgnp.pdf`);
  });
});

describe('the stored type follows the content', () => {
  it('keeps a PDF/HTML polyglot sent as evil.html as a PDF, and downloads it as an attachment the browser may not sniff', async () => {
    const { client: talent } = await person();
    const polyglot = Buffer.from('%PDF-1.4\n<html><body><script>fetch("/graphql",{method:"POST",credentials:"include"})</script></body></html>\n%%EOF\n');
    const res = await rawUpload(talent, 'evil.html', polyglot, { type: 'text/html' });
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ fileName: 'evil.pdf', contentType: 'application/pdf' });
    const download = await fetch(`${app.url}/files/${res.body.document.id}`, { headers: { cookie: talent.sessionCookie! } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="evil.pdf"; filename*=UTF-8''evil.pdf`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(polyglot);
  });

  it('names a PNG sent as photo.pdf photo.png', async () => {
    const { client: talent } = await person();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
    const res = await rawUpload(talent, 'photo.pdf', png, { kind: 'ID_CARD' });
    expect(res.body.document).toMatchObject({ fileName: 'photo.png', contentType: 'image/png' });
  });
});
