import { once } from 'node:events';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where document bytes live. Files are stored by content hash, so the same scan uploaded twice
 * is kept once. An object store can take the disk's place by implementing this interface.
 */
export interface FileStorage {
  /** Moves a finished temporary file into storage under its hash (no-op when already there). */
  put(sha256: string, tempFile: string): Promise<void>;
  /**
   * The stored bytes, opened; null when the file is not there (another instance's disk, or a
   * database restored without its files). Errors come here, before anything is sent.
   */
  open(sha256: string): Promise<Readable | null>;
  has(sha256: string): boolean;
  /** A folder for uploads in progress, on the same disk so `put` is a rename. */
  readonly tempDir: string;
}

export class DiskFileStorage implements FileStorage {
  readonly tempDir: string;

  constructor(private readonly root: string) {
    this.tempDir = path.join(root, 'tmp');
  }

  async init(): Promise<void> {
    await mkdir(this.tempDir, { recursive: true });
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256 hex digest');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(sha256: string, tempFile: string): Promise<void> {
    const target = this.pathOf(sha256);
    if (existsSync(target)) {
      await rm(tempFile, { force: true });
      return;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tempFile, target);
  }

  async open(sha256: string): Promise<Readable | null> {
    const stream = createReadStream(this.pathOf(sha256));
    try {
      await once(stream, 'open');
      return stream;
    } catch (error) {
      stream.destroy();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }
}
