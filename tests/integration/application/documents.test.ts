import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { PDF, PNG, upload } from './helpers.js';

let app: TestApp;
let talent: GraphQLClient;
const documentCount = async () => Number((await app.sql<{ n: string }>('select count(*) as n from documents'))[0].n);

beforeAll(async () => {
  app = await startTestApp({ UPLOAD_LIMIT: '64kb' });
  talent = await app.client('talent');
});
afterAll(async () => {
  await app.close();
});

describe('document uploads', () => {
  it('stores a PDF in the wallet and gives it back only to its owner', async () => {
    const res = await upload(app, talent, 'LABOUR_CONTRACT', PDF, '劳动合同.pdf', { expiresOn: '2030-12-31' });
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ kind: 'LABOUR_CONTRACT', fileName: '劳动合同.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, expiresOn: '2030-12-31' });
    const download = await fetch(`${app.url}/files/${res.body.document.id}`, { headers: { cookie: talent.sessionCookie! } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%8A%B3%E5%8A%A8%E5%90%88%E5%90%8C.pdf");
    const wallet = await talent.data(`{ myDocuments { totalCount edges { node { id kind expired downloadUrl } } } }`);
    expect(wallet.myDocuments.edges[0].node).toMatchObject({ id: res.body.document.id, expired: false, downloadUrl: `/files/${res.body.document.id}` });
    // HR of another... or anyone else: nothing.
    const hr = await app.client('hr2');
    expect((await fetch(`${app.url}/files/${res.body.document.id}`, { headers: { cookie: hr.sessionCookie! } })).status).toBe(404);
  });

  it('recognises a PNG by its content even when it is called .pdf', async () => {
    const res = await upload(app, talent, 'ID_CARD', PNG, 'id-card.pdf');
    expect(res.status).toBe(201);
    expect(res.body.document.contentType).toBe('image/png');
  });

  it('refuses a file that is not a PDF, JPEG or PNG whatever its name, and keeps nothing', async () => {
    const before = await documentCount();
    const res = await upload(app, talent, 'LABOUR_CONTRACT', Buffer.from('MZ\x90\x00 this is an exe'), 'contract.pdf');
    expect(res.status).toBe(415);
    expect(res.body.errors).toEqual([{ field: 'file', code: 'UNSUPPORTED_TYPE', message: '只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）。' }]);
    expect(await documentCount()).toBe(before);
  });

  it('refuses a file over the size cap with a clear message', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(100 * 1024, 0x20)]);
    const res = await upload(app, talent, 'LABOUR_CONTRACT', big);
    expect(res.status).toBe(413);
    expect(res.body.errors[0]).toMatchObject({ field: 'file', code: 'TOO_LARGE' });
  });

  it('checks the kind and expiry fields', async () => {
    const res = await upload(app, talent, 'PASSPORT_PHOTO', PDF, 'x.pdf', { expiresOn: '2020-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => [e.field, e.code])).toEqual([['kind', 'INVALID'], ['expiresOn', 'OUT_OF_RANGE']]);
  });

  it('refuses uploads without a session or from a cross-site form', async () => {
    const anonymous = await app.client();
    expect((await upload(app, anonymous, 'ID_CARD')).status).toBe(401);
    const crossSite = await upload(app, talent, 'ID_CARD', PDF, 'x.pdf', {}, {});
    expect(crossSite.status).toBe(400);
    expect(crossSite.body.errors[0].message).toContain('X-Requested-With');
  });

  it('tells a page the size cap and accepted types', async () => {
    const { uploadRules } = await (await app.client()).data('{ uploadRules { maxBytes acceptedContentTypes } }');
    expect(uploadRules).toEqual({ maxBytes: 64 * 1024, acceptedContentTypes: ['application/pdf', 'image/jpeg', 'image/png'] });
  });

  it('lets only talent keep a wallet', async () => {
    const hr = await app.client('hr');
    const res = await upload(app, hr, 'ID_CARD');
    expect(res.status).toBe(403);
  });
});

describe('who may download a document', () => {
  it('keeps a wallet document private until it is part of a submitted application, then shows it to reviewers and the employer\'s HR only', async () => {
    const { POLICY } = await import('../../../seeds/ids.js');
    const { HOUSING_SUBSIDY_DOCUMENTS, M, walletWith, configureCap } = await import('./helpers.js');
    const owner = await app.client('talent');
    const [reviewer, hr, otherHr] = await Promise.all([app.client('reviewer'), app.client('hr'), app.client('hr2')]);
    const status = async (client: GraphQLClient, id: string) => (await fetch(`${app.url}/files/${id}`, { headers: { cookie: client.sessionCookie! } })).status;
    const ids = await walletWith(app, owner, HOUSING_SUBSIDY_DOCUMENTS);
    expect([await status(reviewer, ids[0]), await status(hr, ids[0])]).toEqual([404, 404]);

    await configureCap(await app.client('admin'), POLICY.housingSubsidy, 20000);
    const draft = (await owner.data(M.create, { input: { policyId: POLICY.housingSubsidy, requestedAmountYuan: 1000 } })).createApplication.application;
    for (const documentId of ids) await owner.data(M.attach, { input: { applicationId: draft.id, documentId } });
    expect([await status(reviewer, ids[0]), await status(hr, ids[0])]).toEqual([404, 404]);

    await owner.data(M.submit, { input: { id: draft.id } });
    expect([await status(reviewer, ids[0]), await status(hr, ids[0]), await status(otherHr, ids[0]), await status(owner, ids[0])]).toEqual([200, 200, 404, 200]);
  });
});
