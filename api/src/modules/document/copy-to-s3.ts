import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { sniffContentType, SNIFF_BYTES } from './content-type.js';
import type { DiskFileStorage } from './file-storage.js';
import type { S3FileStorage } from './s3-file-storage.js';

export interface CopyReport {
  copied: number;
  copiedBytes: number;
  /** Already in the bucket under the same key (an earlier run, or another instance's upload). */
  alreadyThere: number;
  /** Files whose content no longer matches the hash they are named by (damaged on disk): not copied. */
  damaged: string[];
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

async function contentTypeOf(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return sniffContentType(head.subarray(0, bytesRead)) ?? 'application/octet-stream';
  } finally {
    await handle.close();
  }
}

/**
 * Copies every file of the local store into the bucket under the same key (`ab/<sha256>`), one
 * at a time, streaming. Safe to run again and again: a key already in the bucket is left alone
 * (keys are content hashes, so the same key means the same bytes). Each file is hashed first, so
 * a file damaged on disk is reported instead of being copied under a name it no longer matches.
 */
export async function copyLocalFilesToS3(local: DiskFileStorage, s3: S3FileStorage, onFile: (sha256: string, outcome: 'copied' | 'already there' | 'damaged') => void = () => {}): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, copiedBytes: 0, alreadyThere: 0, damaged: [] };
  for await (const { sha256, file, sizeBytes } of local.list()) {
    if (await s3.has(sha256)) {
      report.alreadyThere += 1;
      onFile(sha256, 'already there');
      continue;
    }
    if ((await sha256Of(file)) !== sha256) {
      report.damaged.push(file);
      onFile(sha256, 'damaged');
      continue;
    }
    await s3.upload(sha256, file, { sizeBytes, contentType: await contentTypeOf(file) });
    report.copied += 1;
    report.copiedBytes += sizeBytes;
    onFile(sha256, 'copied');
  }
  return report;
}
