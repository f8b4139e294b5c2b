import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { thrownCode, thrownField } from '../../core/errors/thrown.js';

/** Bytes `start` to `end` of a file, both included (as in an HTTP Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where document bytes live: a folder on this machine (`DiskFileStorage`, the default) or an
 * S3-compatible bucket (`S3FileStorage`, for several instances). Files are stored by content
 * hash, so the same scan uploaded twice is kept once, under the key `ab/abcdef…` in both.
 * Uploads arrive in a temporary file on local disk first (hashed and checked by content while
 * streaming); `put` then moves or streams it into storage. Neither direction holds a whole file
 * in memory.
 */
export interface FileStorage {
  /** `local` or `s3`, for logs and start-up messages. */
  readonly kind: 'local' | 's3';
  /**
   * Stores a finished temporary file under its hash (nothing to do when already there) and
   * removes the temporary file.
   */
  put(sha256: string, tempFile: string, info: { sizeBytes: number; contentType: string }): Promise<void>;
  /**
   * The stored bytes, or one range of them, opened; null when the file is not there (another
   * instance's disk, a database restored without its files, an object deleted from the bucket).
   * Errors come here, before anything is sent.
   */
  open(sha256: string, range?: ByteRange): Promise<Readable | null>;
  has(sha256: string): Promise<boolean>;
  /** A local folder for uploads in progress. */
  readonly tempDir: string;
}

/** The key of a stored file: the first two hex digits as a folder, then the whole hash. */
export function storageKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256 hex digest');
  return `${sha256.slice(0, 2)}/${sha256}`;
}

/** What went wrong talking to the store (or disk), without anything secret (no keys, no signed URLs). */
export function describeStorageError(error: unknown): string {
  // An error answer from the bucket (the SDK's S3ServiceException) is told by the `$fault` and
  // `$metadata` every service error carries, so that this file does not load the SDK: a server
  // on local disk never does (issue 13: memory of the API server).
  const metadata = thrownField(error, '$metadata');
  if (error instanceof Error && typeof thrownField(error, '$fault') === 'string' && typeof metadata === 'object' && metadata !== null) {
    return `${error.name} (HTTP ${String(thrownField(metadata, 'httpStatusCode') ?? '?')})`;
  }
  const code = thrownField(error, 'code');
  return code ? String(code) : error instanceof Error ? error.name : 'unknown error';
}

export class DiskFileStorage implements FileStorage {
  readonly kind = 'local' as const;
  readonly tempDir: string;

  constructor(readonly root: string) {
    this.tempDir = path.join(root, 'tmp');
  }

  async init(): Promise<void> {
    await mkdir(this.tempDir, { recursive: true });
  }

  private pathOf(sha256: string): string {
    return path.join(this.root, ...storageKey(sha256).split('/'));
  }

  async put(sha256: string, tempFile: string): Promise<void> {
    const target = this.pathOf(sha256);
    if (await this.has(sha256)) {
      await rm(tempFile, { force: true });
      return;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tempFile, target);
  }

  async open(sha256: string, range?: ByteRange): Promise<Readable | null> {
    const stream = createReadStream(this.pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    try {
      await once(stream, 'open');
      return stream;
    } catch (error) {
      stream.destroy();
      if (thrownCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  /** Every stored file (hash, path, size), for `npm run files:copy-to-s3`. */
  async *list(): AsyncGenerator<{ sha256: string; file: string; sizeBytes: number }> {
    let folders: string[];
    try {
      folders = (await readdir(this.root)).filter((name) => /^[0-9a-f]{2}$/.test(name)).sort();
    } catch (error) {
      if (thrownCode(error) === 'ENOENT') return;
      throw error;
    }
    for (const folder of folders) {
      for (const name of (await readdir(path.join(this.root, folder))).sort()) {
        if (!/^[0-9a-f]{64}$/.test(name) || !name.startsWith(folder)) continue;
        const file = path.join(this.root, folder, name);
        const info = await stat(file);
        if (info.isFile()) yield { sha256: name, file, sizeBytes: info.size };
      }
    }
  }
}
