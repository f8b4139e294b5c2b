import type { IncomingMessage } from 'node:http';
import express from 'express';
import type { HttpRoute } from '../../context.js';
import { DomainError, DomainErrorCode } from '../../core/errors/domain-error.js';
import { parseUuid } from '../../core/ids.js';
import { XLSX_CONTENT_TYPE } from '../../core/xlsx.js';
import { IMPORT_KIND_SLUGS, type ImportKind } from './import-kind.js';
import { IMPORT_MESSAGES as M } from './import.messages.js';
import { IMPORT_LIMITS, type ImportOutcome } from './import.service.js';

/** The client went away before the whole file arrived: nothing is read, nothing written. */
class UploadAborted extends Error {}

/**
 * The request body, up to `limit` bytes; 'TOO_LARGE' as soon as it is known to be over (from
 * Content-Length, or while reading), so a huge upload is not buffered.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'TOO_LARGE'> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve('TOO_LARGE');
  // Gone already, while the caller's access was being checked: its events have passed.
  if (req.destroyed || req.readableAborted) return Promise.reject(new UploadAborted());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | 'TOO_LARGE' | Error) => {
      req.off('data', onData).off('end', onEnd).off('aborted', onAborted).off('error', onError).off('close', onClose);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done('TOO_LARGE');
      else chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks));
    const onAborted = () => done(new UploadAborted());
    const onError = () => done(new UploadAborted());
    const onClose = () => { if (!req.complete) done(new UploadAborted()); };
    req.on('data', onData).on('end', onEnd).on('aborted', onAborted).on('error', onError).on('close', onClose);
  });
}

function kindOf(slug: string): ImportKind {
  const kind = IMPORT_KIND_SLUGS[slug];
  if (!kind) throw DomainError.notFound(M.kindOfImport);
  return kind;
}

/** The answer's status: 201 imported, 409 the same file before, 413 too big, 422 rows or file to fix. */
const statusOf = (outcome: ImportOutcome) => (outcome.batchId ? 201 : outcome.alreadyImported ? 409 : outcome.problems.some((p) => p.code === 'TOO_LARGE') ? 413 : 422);

/**
 * Excel imports, with the session cookie like the GraphQL API:
 * - `GET /imports/templates/<kind>.xlsx`: the template (kinds: talent-accounts, staff-list, past-applications);
 * - `POST /imports/<kind>[?enterpriseId=…]`: the workbook's bytes as the body (at most 2 MB) and an
 *   `X-Requested-With` header (a cross-site form cannot send one). Answers
 *   `{ kind, batchId, imported, problems: [{ row, column, code, message: { zh, en }, value }] }`:
 *   201 when every row went in, 422 (nothing written) listing every bad row, 409 when this file
 *   was imported before, 413 when it is too large.
 */
export function importRoutes(route: HttpRoute): express.Router {
  const router = express.Router();
  router.get('/imports/templates/:file', route(async ({ req, ctx, send }) => {
    const slug = /^([a-z-]+)\.xlsx$/.exec(String(req.params.file))?.[1] ?? '';
    const kind = kindOf(slug);
    const viewer = ctx.viewer;
    if (!viewer) throw DomainError.unauthenticated();
    send({ contentType: XLSX_CONTENT_TYPE, filename: `yuepu-import-${slug}.xlsx` }, await ctx.services.imports.template(viewer, kind));
  }));
  router.post('/imports/:kind', route(async ({ req, res, ctx, signedIn }) => {
    const kind = kindOf(String(req.params.kind));
    if (!req.headers['x-requested-with']) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.requestedWithMissing);
    const viewer = signedIn();
    const rawEnterprise = req.query.enterpriseId;
    const enterpriseId = rawEnterprise === undefined ? null : parseUuid(rawEnterprise);
    if (rawEnterprise !== undefined && !enterpriseId) throw DomainError.notFound(M.enterprise);
    // Who may import is settled before the body is read: a refused caller cannot make us buffer 2 MB.
    await ctx.services.imports.scope(viewer, kind, enterpriseId);
    let body: Buffer | 'TOO_LARGE';
    try {
      body = await readBody(req, IMPORT_LIMITS.maxBytes);
    } catch (error) {
      if (error instanceof UploadAborted) {
        ctx.logger.info({ path: req.path }, 'client went away during an import upload; nothing imported');
        res.destroy();
        return;
      }
      throw error;
    }
    if (body === 'TOO_LARGE') {
      res.setHeader('connection', 'close');
      const mb = IMPORT_LIMITS.maxBytes / 1048576;
      res.status(413).json({ kind, batchId: null, imported: 0, problems: [{ row: null, column: null, code: 'TOO_LARGE', value: null, message: M.fileTooLarge(mb) }] });
      return;
    }
    const outcome = await ctx.services.imports.run(viewer, kind, body, enterpriseId);
    ctx.logger.info({ kind, imported: outcome.imported, problems: outcome.problems.length, batchId: outcome.batchId }, 'excel import');
    res.status(statusOf(outcome)).json(outcome);
  }));
  return router;
}
