import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';

/** Below this a response goes as it is: compressing saves a few hundred bytes at most, for CPU. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Up to this size an answer is compressed in place, on the event loop: for a list page (a 50-row
 * review queue is about 50 KB) that takes a fraction of a millisecond, while the thread pool's
 * stream machinery cost two to four times the CPU of the compression itself (issue 13). Larger
 * answers go to the thread pool, so that one huge answer does not hold up the others.
 */
export const COMPRESS_INLINE_MAX_BYTES = 256 * 1024;

/** How many different Accept-Encoding headers the choice is remembered for. */
const ENCODINGS_REMEMBERED = 100;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// Speed over the last few per cent: brotli's default quality (11) takes tens of milliseconds on
// a list page. On the 50-row review queue's answer (53,661 B; CPU per answer, one process):
// gzip 1 / 3 / 4 / 5 gave 6,925 / 6,460 / 6,065 / 5,843 B for 0.12 / 0.13 / 0.20 / 0.22 ms, brotli
// 1 / 3 / 4 gave 6,051 / 5,795 / 5,484 B for 0.11 / 0.19 / 0.29 ms. Level 3 and quality 3 save
// about 0.1 ms per answer (a per cent of the queue's CPU) for 300-600 bytes more, well under
// one TCP packet (issue 13).
const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } };
const GZIP_OPTIONS = { level: 3 };

/**
 * A whole answer, as it is or compressed, written with its headers in one go. Express's res.send
 * would parse and rewrite the content type Apollo set (already with its charset), SHA-1 the body
 * for an ETag (no cache revalidates a POST, and the web client never queries with GET), and turn a
 * string into a Buffer written apart from its headers: about 4% of the viewer's CPU (issue 13).
 */
function sendWhole(res: Response, body: string | Buffer): void {
  res.setHeader('content-length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(body);
}

/**
 * Sends GraphQL answers over HTTP, compressed when that pays (issue 13): a 50-row review queue is
 * tens of kilobytes of JSON that brotli or gzip make several times smaller. Only whole JSON answers
 * of at least COMPRESS_MIN_BYTES are compressed, with the best encoding the client accepts (brotli,
 * then gzip; none when it sends no Accept-Encoding); every whole JSON answer is written by
 * sendWhole. Streamed answers (incremental delivery, which Apollo writes in chunks) and HEAD
 * requests are left to Express, and subscriptions go over WebSocket, not through here. Answers
 * above COMPRESS_INLINE_MAX_BYTES are compressed on libuv's thread pool, not on the event loop.
 */
export function compressGraphQLResponses(): RequestHandler {
  // The encoding chosen for each Accept-Encoding header seen: a client sends the same header on
  // every request, and parsing it (negotiator, twice) was about 1.5% of a small answer's CPU (issue
  // 13). Bounded: emptied when full, so odd headers cannot grow it without end.
  const chosen = new Map<string, 'br' | 'gzip' | undefined>();
  const encodingFor = (req: Request, header: string) => {
    if (chosen.has(header)) return chosen.get(header);
    // Our preference, not the order the client lists them in (browsers list gzip first).
    const encoding = (['br', 'gzip'] as const).find((e) => req.acceptsEncodings(e) === e);
    if (chosen.size >= ENCODINGS_REMEMBERED) chosen.clear();
    chosen.set(header, encoding);
    return encoding;
  };
  return (req, res, next) => {
    // What res.vary writes when there is no Vary yet, without its parse and merge of the header.
    if (res.getHeader('vary') === undefined) res.setHeader('Vary', 'Accept-Encoding');
    else res.vary('Accept-Encoding');
    const header = req.headers['accept-encoding'];
    const encoding = header ? encodingFor(req, header) : undefined;
    const send = res.send;
    res.send = (body?: unknown) => {
      const type = String(res.getHeader('content-type') ?? '');
      if (typeof body !== 'string' || req.method === 'HEAD' || !/json/.test(type) || res.getHeader('content-encoding')) return send.call(res, body);
      const bytes = encoding ? Buffer.byteLength(body) : 0;
      if (!encoding || bytes < COMPRESS_MIN_BYTES) { sendWhole(res, body); return res; }
      if (bytes <= COMPRESS_INLINE_MAX_BYTES) {
        let compressed: Buffer;
        try {
          compressed = encoding === 'br' ? zlib.brotliCompressSync(body, BROTLI_OPTIONS) : zlib.gzipSync(body, GZIP_OPTIONS);
        } catch {
          sendWhole(res, body);
          return res;
        }
        res.setHeader('content-encoding', encoding);
        sendWhole(res, compressed);
        return res;
      }
      (encoding === 'br' ? brotli(body, BROTLI_OPTIONS) : gzip(body, GZIP_OPTIONS)).then(
        (compressed) => {
          res.setHeader('content-encoding', encoding);
          sendWhole(res, compressed);
        },
        // Never seen; the answer then goes uncompressed rather than not at all.
        () => sendWhole(res, body),
      );
      return res;
    };
    next();
  };
}
