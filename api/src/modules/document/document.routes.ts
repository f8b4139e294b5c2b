import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import Busboy from 'busboy';
import express, { type Request, type Response } from 'express';
import type { AppDeps, HttpRoute } from '../../context.js';
import { DomainError, localeOf, pick, UserInputErrors, type LocalisedText } from '../../core/errors/domain-error.js';
import { sniffContentType, SNIFF_BYTES } from './content-type.js';
import type { DocumentService, StoredUpload } from './document.service.js';
import { cleanFileName, contentDisposition } from './file-name.js';
import { quotaMessage, UploadQuota, type QuotaCheck } from './upload-quota.js';
import { requestedRange } from './byte-range.js';
import { describeStorageError, type FileStorage } from './file-storage.js';
import { DOCUMENT_MESSAGES as M } from './document.messages.js';

/**
 * Plain HTTP for file bytes, GraphQL for everything else: `POST /files` (multipart, one file
 * plus `kind` and optional `expiresOn`) stores a document in the talent's wallet and answers its
 * id, which GraphQL mutations then attach; `GET /files/:id` downloads for those allowed.
 */
export function documentRoutes(deps: AppDeps, storage: FileStorage, route: HttpRoute): express.Router {
  const router = express.Router();

  function fail(req: Request, res: Response, status: number, code: string, message: LocalisedText, field: string | null = null): void {
    res.status(status).json({ errors: [{ field, code, message: pick(message, localeOf(req.headers['accept-language'])) }] });
  }

  // Its refusals keep their own shape, `{ field, code, message }`, which the upload form shows beside the file field.
  router.post('/', route(async ({ req, res, ctx }) => {
    // A custom header cannot be sent by a cross-site form, so this blocks CSRF uploads.
    if (!req.headers['x-requested-with']) {
      fail(req, res, 400, 'BAD_REQUEST', M.requestedWithMissing); return;
    }
    const viewer = ctx.viewer;
    if (!viewer) { fail(req, res, 401, 'UNAUTHENTICATED', DomainError.unauthenticated().text); return; }
    if (!req.headers['content-type']?.startsWith('multipart/form-data')) {
      fail(req, res, 400, 'BAD_REQUEST', M.notMultipart); return;
    }
    const quota = new UploadQuota(deps.orm.em.fork(), deps.config.uploadQuota);
    // One clock for the whole upload, so a reservation given back lands on the day it was taken.
    const now = new Date();
    const early = await quota.full(viewer.userId, now);
    if (!early.ok) {
      // Refused before the body is read: a person over the quota cannot make us store 10 MB first.
      req.resume();
      refuseQuota(req, res, early); return;
    }
    let upload: Awaited<ReturnType<typeof receive>>;
    const fields: Record<string, string> = {};
    try {
      upload = await receive(req, storage.tempDir, deps.config.uploadLimitBytes, fields);
    } catch {
      fail(req, res, 400, 'BAD_REQUEST', M.malformedUpload); return;
    }
    const outcome = await upload.result.catch(() => 'NO_FILE' as const);
    const discard = () => (upload.tempFile ? rm(upload.tempFile, { force: true }) : Promise.resolve());
    const limitMb = Math.round(deps.config.uploadLimitBytes / 1048576);
    if (outcome === 'NO_FILE') {
      await discard();
      fail(req, res, 400, 'REQUIRED', M.fileMissing, 'file'); return;
    }
    if (outcome === 'TOO_LARGE') {
      await discard();
      fail(req, res, 413, 'TOO_LARGE', M.fileTooLarge(limitMb), 'file'); return;
    }
    const contentType = sniffContentType(outcome.head);
    if (!contentType) {
      await discard();
      fail(req, res, 415, 'UNSUPPORTED_TYPE', M.unsupportedType, 'file'); return;
    }
    const service = ctx.services.documents;
    let checked: ReturnType<DocumentService['validateUploadFields']>;
    try {
      checked = service.validateUploadFields(fields);
      service.checkMayUpload(viewer, checked.kind);
    } catch (error) {
      await discard();
      refuse(req, res, error); return;
    }
    // Counted last, once the upload is known to be acceptable, so refused ones cost nothing.
    const reserved = await quota.reserve(viewer.userId, outcome.sizeBytes, now);
    if (!reserved.ok) {
      await discard();
      refuseQuota(req, res, reserved); return;
    }
    try {
      // The name is only a label: cleaned, and its extension follows the content.
      const stored: StoredUpload = { fileName: cleanFileName(outcome.fileName, contentType), sizeBytes: outcome.sizeBytes, sha256: outcome.sha256, contentType };
      await storage.put(stored.sha256, outcome.tempFile, stored).catch((cause: unknown) => {
        throw new StorageError(cause);
      });
      const document = await service.create(viewer, stored, checked);
      res.status(201).json({ document: { id: document.id, kind: document.kind, fileName: document.fileName, contentType: document.contentType, sizeBytes: document.sizeBytes, expiresOn: document.expiresOn ?? null } });
    } catch (error) {
      await discard();
      await quota.release(viewer.userId, outcome.sizeBytes, now);
      if (error instanceof StorageError) {
        deps.logger.error({ requestId: res.locals.requestId, storage: storage.kind, cause: describeStorageError(error.cause) }, 'file storage failed to store an upload');
        storageUnavailable(req, res); return;
      }
      refuse(req, res, error); return;
    }
  }));

  function refuse(req: Request, res: Response, error: unknown): void {
    if (error instanceof UserInputErrors) {
      const locale = localeOf(req.headers['accept-language']);
      res.status(400).json({ errors: error.errors.map((e) => ({ field: e.field, code: e.code, message: pick(e.message, locale) })) });
      return;
    }
    if (error instanceof DomainError) { fail(req, res, 403, error.code, error.text); return; }
    throw error;
  }

  function storageUnavailable(req: Request, res: Response): void {
    res.setHeader('retry-after', '30');
    fail(req, res, 503, 'STORAGE_UNAVAILABLE', M.storageUnavailable);
  }

  function refuseQuota(req: Request, res: Response, check: Extract<QuotaCheck, { ok: false }>): void {
    res.setHeader('retry-after', String(check.retryAfterSeconds));
    fail(req, res, 429, 'QUOTA_EXCEEDED', quotaMessage(deps.config.uploadQuota, check.reason), 'file');
  }

  router.get('/:id', route(async ({ req, res, ctx, signedIn, stream }) => {
    const document = await ctx.services.documents.readable(signedIn(), String(req.params.id));
    const size = document.sizeBytes;
    // Stored by content hash, so the hash is a strong validator: a range is only ever of these bytes.
    const etag = `"${document.sha256}"`;
    const ifRange = req.headers['if-range'];
    const asked = ifRange && ifRange !== etag ? 'whole' : requestedRange(req.headers.range, size);
    if (asked === 'unsatisfiable') {
      res.setHeader('content-range', `bytes */${size}`);
      fail(req, res, 416, 'RANGE_NOT_SATISFIABLE', M.rangeOutsideFile(size)); return;
    }
    const range = asked === 'whole' ? undefined : asked;
    let bytes: Readable | null;
    try {
      bytes = await storage.open(document.sha256, range);
    } catch (error) {
      deps.logger.error({ requestId: res.locals.requestId, documentId: document.id, storage: storage.kind, cause: describeStorageError(error) }, 'file storage failed to open a document');
      storageUnavailable(req, res); return;
    }
    if (!bytes) {
      deps.logger.warn({ requestId: res.locals.requestId, documentId: document.id, sha256: document.sha256, storage: storage.kind }, 'stored file of a document is missing');
      fail(req, res, 410, 'FILE_MISSING', M.storedFileGone); return;
    }
    res.setHeader('content-type', document.contentType);
    res.setHeader('accept-ranges', 'bytes');
    res.setHeader('etag', etag);
    if (range) {
      res.status(206);
      res.setHeader('content-range', `bytes ${range.start}-${range.end}/${size}`);
      res.setHeader('content-length', String(range.end - range.start + 1));
    } else {
      res.setHeader('content-length', String(size));
    }
    // The stored name may be Chinese: this module's own header (RFC 6266 filename*), not the plain helper's.
    res.setHeader('content-disposition', contentDisposition(document.fileName, document.contentType));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    // Closes the file (or the S3 response) when the client goes away half-way.
    await stream(null, bytes);
  }));

  return router;
}

/** The file store failed (not "not there"): the person may try again later. */
class StorageError extends Error {
  constructor(override readonly cause: unknown) {
    super('file storage failed');
  }
}

interface ReceivedFile {
  /** As the client sent it: untrusted, cleaned before it is stored. */
  fileName: string;
  sizeBytes: number;
  sha256: string;
  /** The first bytes, to recognise the type by content. */
  head: Buffer;
  /** Where it was streamed to, for the file storage to take it from. */
  tempFile: string;
}

/**
 * Streams the one file of a multipart request to a temporary file, hashing it on the way. A
 * client that goes away half-way, or a body that stops parsing, rejects at once and leaves no
 * temporary file or open handle behind.
 */
function receive(req: Request, tempDir: string, limit: number, fields: Record<string, string>) {
  return new Promise<{ result: Promise<ReceivedFile | 'TOO_LARGE' | 'NO_FILE'>; tempFile: string | null }>((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      // File names are UTF-8 (Chinese names are the norm), not busboy's default latin1.
      busboy = Busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: limit, files: 1, fields: 5, fieldSize: 200 } });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error))); return;
    }
    let fileResult: Promise<ReceivedFile | 'TOO_LARGE'> | null = null;
    let tempFile: string | null = null;
    let out: WriteStream | null = null;
    let settled = false;
    const abandon = (error: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(busboy);
      busboy.destroy();
      out?.destroy();
      if (tempFile) void rm(tempFile, { force: true });
      reject(error);
    };
    req.on('close', () => {
      if (!req.complete) abandon(new Error('the client went away during the upload'));
    });
    req.on('error', abandon);
    busboy.on('field', (name, value) => {
      fields[name] = value;
    });
    busboy.on('file', (_name, stream, info) => {
      const target = path.join(tempDir, randomUUID());
      tempFile = target;
      const hash = createHash('sha256');
      const file = createWriteStream(target);
      out = file;
      let head = Buffer.alloc(0);
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
      });
      // busboy fails the file's stream too when the body breaks off; that error is the request's.
      stream.on('error', (error) => {
        file.destroy(error);
        abandon(error);
      });
      stream.pipe(file);
      fileResult = new Promise((done, failed) => {
        file.on('error', failed);
        file.on('finish', () => {
          if (stream.truncated) { done('TOO_LARGE'); return; }
          done({ fileName: info.filename ?? '', sizeBytes: size, sha256: hash.digest('hex'), head, tempFile: target });
        });
      });
      fileResult.catch(() => {});
    });
    busboy.on('error', abandon);
    busboy.on('close', () => {
      if (settled) return;
      settled = true;
      resolve({ result: fileResult ?? Promise.resolve('NO_FILE'), tempFile });
    });
    req.pipe(busboy);
  });
}
