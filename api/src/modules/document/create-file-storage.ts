import path from 'node:path';
import type { AppConfig } from '../../core/config.js';
import { DiskFileStorage, type FileStorage } from './file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

/**
 * The file storage FILE_STORAGE asks for, ready to use: `DATA_DIR/files` by default, or the
 * S3 bucket (checked at start, so a wrong bucket or key stops start-up with its cause). Uploads
 * in progress always go to `DATA_DIR/files/tmp` on this machine.
 */
export async function createFileStorage(config: AppConfig): Promise<FileStorage & { close?(): void }> {
  const root = path.join(config.dataDir, 'files');
  const storage = config.fileStorage.kind === 's3' ? new S3FileStorage(config.fileStorage.s3, path.join(root, 'tmp')) : new DiskFileStorage(root);
  await storage.init();
  return storage;
}
