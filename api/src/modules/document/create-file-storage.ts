import path from 'node:path';
import type { AppConfig, S3Config } from '../../core/config.js';
import { DiskFileStorage, type FileStorage } from './file-storage.js';
import type { S3FileStorage } from './s3-file-storage.js';

/**
 * A bucket's storage, not yet checked (`init`). The S3 client (about 3 MB of heap for the life
 * of the process) is loaded only here, so a server that keeps files on disk never holds it (issue 13).
 */
export async function newS3FileStorage(config: S3Config, tempDir: string): Promise<S3FileStorage> {
  const { S3FileStorage } = await import('./s3-file-storage.js');
  return new S3FileStorage(config, tempDir);
}

/**
 * The file storage FILE_STORAGE asks for, ready to use: `DATA_DIR/files` by default, or the
 * S3 bucket (checked at start, so a wrong bucket or key stops start-up with its cause). Uploads
 * in progress always go to `DATA_DIR/files/tmp` on this machine.
 */
export async function createFileStorage(config: AppConfig): Promise<FileStorage & { close?(): void }> {
  const root = path.join(config.dataDir, 'files');
  const storage = config.fileStorage.kind === 's3' ? await newS3FileStorage(config.fileStorage.s3, path.join(root, 'tmp')) : new DiskFileStorage(root);
  await storage.init();
  return storage;
}
