import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** How long a browser may keep a file without asking again. */
export const CACHE_POLICY = {
  /** Vite names these by content hash: a new release gives them new names. */
  hashed: 'public, max-age=31536000, immutable',
  /** The page that names the hashed files: checked on every load, so a release shows at once. */
  page: 'no-cache',
  /** Files with stable names (the icon): kept for an hour. */
  other: 'public, max-age=3600',
} as const;

/** Compressed copies the build writes beside a file (web/vite.config.ts), best first. */
const ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

type Encoding = (typeof ENCODINGS)[number]['encoding'];

function cachePolicy(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return CACHE_POLICY.hashed;
  if (urlPath === '/index.html') return CACHE_POLICY.page;
  return CACHE_POLICY.other;
}

/** For each file of the build (as a URL path), the compressed copies it has; read once at start. */
function precompressed(distDir: string): Map<string, Map<Encoding, string>> {
  const files = new Set(
    readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
  const byUrl = new Map<string, Map<Encoding, string>>();
  for (const file of files) {
    const copies = new Map<Encoding, string>();
    for (const { encoding, suffix } of ENCODINGS) if (files.has(file + suffix)) copies.set(encoding, file + suffix);
    if (copies.size > 0) byUrl.set(`/${path.relative(distDir, file).split(path.sep).join('/')}`, copies);
  }
  return byUrl;
}

/**
 * The built single-page app: real files as they are, every other page path gets index.html.
 * A file with compressed copies is sent as the best one the client accepts (Content-Encoding,
 * Vary: Accept-Encoding), with the hashed assets cached for a year and index.html revalidated.
 * The build has no source maps, so none can be served.
 */
export function serveWebApp(app: express.Express, distDir: string): void {
  if (!existsSync(path.join(distDir, 'index.html'))) return;
  const copies = precompressed(distDir);

  /** Sends `urlPath` compressed when it has a copy the client takes; false when it should go as it is. */
  const sendCompressed = (req: Request, res: Response, next: NextFunction, urlPath: string): boolean => {
    const available = copies.get(urlPath);
    if (!available) return false;
    res.vary('Accept-Encoding');
    // Our preference (smallest first) among those the client accepts: browsers list gzip before
    // br, and a client that names none gets the file as it is.
    const chosen = req.headers['accept-encoding'] ? [...available].find(([encoding]) => req.acceptsEncodings(encoding) === encoding) : undefined;
    if (!chosen) return false;
    const [encoding, file] = chosen;
    res.setHeader('content-encoding', encoding);
    // The type of what the copy holds, not of `.br`.
    res.type(path.extname(urlPath));
    res.sendFile(file, { cacheControl: false, headers: { 'cache-control': cachePolicy(urlPath) } }, (error) => {
      if (error) next(error);
    });
    return true;
  };

  // express.static lets an undecodable path fall through and the page fallback would answer it
  // 200; it is the client's mistake (400 in words, from lastErrors), with or without a built web app.
  app.use((req, _res, next) => {
    try {
      decodeURIComponent(req.path);
    } catch (error) {
      next(error); return;
    }
    next();
  });
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !sendCompressed(req, res, next, req.path)) next();
  });
  app.use(express.static(distDir, {
    index: false,
    cacheControl: false,
    setHeaders: (res, file) => {
      res.setHeader('cache-control', cachePolicy(`/${path.relative(distDir, file).split(path.sep).join('/')}`));
    },
  }));
  // A missing file under /assets/ (an old release's chunk, a source map) is a 404, not the page.
  app.get(/^\/(?!graphql|healthz|readyz|metrics|files|reports|assets\/).*/, (req, res, next) => {
    if (sendCompressed(req, res, next, '/index.html')) return;
    res.setHeader('cache-control', CACHE_POLICY.page);
    res.sendFile(path.join(distDir, 'index.html'), { cacheControl: false });
  });
}
