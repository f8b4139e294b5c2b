import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, DomainErrorCode, localeOf, UserInputErrors, type Locale } from '../errors/domain-error.js';
import { answerFor } from '../errors/error-funnel.js';
import { thrownCode } from '../errors/thrown.js';
import type { Logger } from '../logging/logger.js';
import { requestIdOf } from './request-id.js';

/**
 * The one way to write a plain HTTP route (downloads: files, CSV, calendars, workbooks; pages
 * opened from e-mail links): the same
 * per-request context as a GraphQL operation (viewer from the session cookie, services wired
 * once), the same error answers as the GraphQL error funnel, and bodies that are sent whole or
 * streamed with the client's hang-up stopping the work.
 */

/** What a route needs of the request's context; the server builds the full GraphQL one. */
export interface RouteContext {
  requestId: string;
  locale: Locale;
  viewer: Viewer | null;
  logger: Logger;
}

/** How a download is labelled: its type, its name, and who may cache it. */
export interface Download {
  contentType: string;
  /** ASCII only: it goes into the header as is. */
  filename: string;
  /** `inline` for what calendar apps subscribe to; `attachment` (the default) to save. */
  disposition?: 'attachment' | 'inline';
  /** Personal files are `private, no-store` (the default). */
  cacheControl?: string;
}

export interface RouteCall<C extends RouteContext> {
  req: Request;
  /** For headers of a route's own (ranges, validators); the body goes through send or stream. */
  res: Response;
  ctx: C;
  /** Aborted once the client has gone away before the whole answer was sent. */
  signal: AbortSignal;
  /** This server as the client reached it, for links inside calendar files. */
  baseUrl: string;
  /** The signed-in viewer; a request without one is answered 401. */
  signedIn: () => Viewer;
  /** Sends a body made in one piece. */
  send: (download: Download, body: string | Buffer) => void;
  /** Sends an HTML page (one opened from a link in an e-mail), never cached. */
  page: (html: string, status?: number) => void;
  /**
   * Streams a body: a Readable (file bytes) or an async iterable (CSV rows in pages). An error
   * before the first piece still gets its proper status; when the client goes away the source
   * is closed (a generator's `finally` runs), so no database query is started for nobody.
   */
  stream: (download: Download | null, source: Readable | AsyncIterable<string | Buffer>) => Promise<void>;
}

export type RouteHandler<C extends RouteContext> = (call: RouteCall<C>) => Promise<void>;
export type PlainRoute<C extends RouteContext> = (handler: RouteHandler<C>) => RequestHandler;

export interface PlainRouteOptions<C extends RouteContext> {
  logger: Logger;
  /** The request's context, as GraphQL builds it (reads the session: may fail when the database is busy). */
  context(req: Request, res: Response): Promise<C>;
}

function setDownloadHeaders(res: Response, download: Download): void {
  res.setHeader('content-type', download.contentType);
  res.setHeader('content-disposition', `${download.disposition ?? 'attachment'}; filename="${download.filename}"`);
  res.setHeader('cache-control', download.cacheControl ?? 'private, no-store');
}

const isPrematureClose = (error: unknown) => thrownCode(error) === 'ERR_STREAM_PREMATURE_CLOSE';

/** Pulls the first piece before anything is sent, so a refusal (401, 404) can still be answered as one. */
async function startedIterable(source: AsyncIterable<string | Buffer>): Promise<AsyncIterable<string | Buffer>> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        if (first.done) return;
        yield first.value;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value;
        }
      } finally {
        // Runs when the client went away too (pipeline destroys the stream): the source stops.
        await iterator.return?.();
      }
    },
  };
}

export function plainRoutes<C extends RouteContext>(options: PlainRouteOptions<C>): PlainRoute<C> {
  return (handler) => async (req, res) => {
    const requestId = requestIdOf(res);
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let ctx: C | null = null;
    try {
      ctx = await options.context(req, res);
      const context = ctx;
      await handler({
        req,
        res,
        ctx: context,
        signal: controller.signal,
        baseUrl: `${req.protocol}://${req.get('host')}`,
        signedIn() {
          if (!context.viewer) throw DomainError.unauthenticated();
          return context.viewer;
        },
        send(download, body) {
          setDownloadHeaders(res, download);
          res.send(body);
        },
        page(html, status = 200) {
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.status(status).send(html);
        },
        async stream(download, source) {
          const body = source instanceof Readable ? source : Readable.from(await startedIterable(source), { objectMode: false });
          if (download) setDownloadHeaders(res, download);
          try {
            await pipeline(body, res);
          } catch (error) {
            if (!isPrematureClose(error) && !controller.signal.aborted) throw error;
            context.logger.info({ path: req.path }, 'client went away during a download; stopped');
          }
        },
      });
    } catch (error) {
      const scope = ctx ?? { requestId, locale: localeOf(req.headers['accept-language']), logger: options.logger.child({ requestId }) };
      if (res.headersSent) {
        // Half a file is worse than none: the client sees a broken download, not a truncated one.
        scope.logger.warn({ err: error, path: req.path }, 'error after a download had started; connection closed');
        res.destroy();
        return;
      }
      const answer = answerFor(asDomainError(error), scope, 'an HTTP route');
      if (answer.extensions.code === 'SERVICE_BUSY') res.setHeader('retry-after', '2');
      res.status(answer.status).json({ errors: [{ message: answer.message, extensions: answer.extensions }] });
    }
  };
}

/** What the user can fix, refused in a plain route: 400 with the words of each problem. */
function asDomainError(error: unknown): unknown {
  if (!(error instanceof UserInputErrors)) return error;
  return new DomainError(DomainErrorCode.BAD_USER_INPUT, {
    zh: error.errors.map((e) => e.message.zh).join(' '),
    en: error.errors.map((e) => e.message.en).join(' '),
  });
}
