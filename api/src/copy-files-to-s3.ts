import path from 'node:path';
import { ConfigError, loadConfig } from './core/config.js';
import { copyLocalFilesToS3, describeStorageError, DiskFileStorage, newS3FileStorage } from './modules/document/index.js';

// `npm run files:copy-to-s3`: copy the documents kept in DATA_DIR/files into the S3 bucket that
// FILE_STORAGE=s3 and the S3_* variables name, before switching instances to it. Run it again
// at any time: what is already in the bucket is skipped. The database is not touched (documents
// name their files by content hash, the same key in both stores).

try {
  const config = loadConfig();
  if (config.fileStorage.kind !== 's3') {
    console.error('Set FILE_STORAGE=s3 and the S3_* variables of the bucket to copy into (see the README).');
    process.exit(2);
  }
  const root = path.join(config.dataDir, 'files');
  const local = new DiskFileStorage(root);
  const s3 = await newS3FileStorage(config.fileStorage.s3, path.join(root, 'tmp'));
  await s3.init();
  console.log(`Copying ${root} into bucket "${config.fileStorage.s3.bucket}"…`);
  try {
    const report = await copyLocalFilesToS3(local, s3, (sha256, outcome) => {
      if (outcome === 'damaged') console.error(`  damaged, not copied: ${sha256} (its content no longer matches its name)`);
    });
    console.log(`Copied ${report.copied} file(s), ${(report.copiedBytes / 1048576).toFixed(1)} MB; ${report.alreadyThere} already in the bucket; ${report.damaged.length} damaged.`);
    process.exit(report.damaged.length ? 1 : 0);
  } finally {
    s3.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : `Copy failed: ${error instanceof Error && error.message.startsWith('The S3 bucket') ? error.message : describeStorageError(error)}`);
  process.exit(1);
}
