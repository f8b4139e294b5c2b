import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Config } from '../../core/config.js';
import { describeStorageError, storageKey, type ByteRange, type FileStorage } from './file-storage.js';

/** A 404 from the store: the object (or bucket) is not there. */
function isMissing(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
  }
  return false;
}

export function s3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.credentials ? { credentials: config.credentials } : {}),
    // The SDK's default since 2025 adds CRC checksums and sends streamed bodies aws-chunked
    // with trailers, which many S3-compatible stores (older MinIO, Ceph RGW, OSS, s3rver) do
    // not understand; plain requests work everywhere.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A store that does not answer must not hold a request (and its database work) for minutes.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}

/**
 * Document bytes in an S3-compatible bucket (AWS S3, Aliyun OSS, MinIO, Ceph RGW…), so every
 * instance reads what any instance stored. Uploads stream from the local temporary file with a
 * known length; downloads stream the object's body (or the requested range) straight to the
 * client.
 */
export class S3FileStorage implements FileStorage {
  readonly kind = 's3' as const;
  readonly client: S3Client;

  constructor(private readonly config: S3Config, readonly tempDir: string) {
    this.client = s3Client(config);
  }

  /** Makes the temporary folder and checks that the bucket answers, so a wrong setting stops start-up with its cause. */
  async init(): Promise<void> {
    await mkdir(this.tempDir, { recursive: true });
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket }));
    } catch (error) {
      throw new Error(`The S3 bucket "${this.config.bucket}" at ${this.config.endpoint ?? `AWS ${this.config.region}`} cannot be used: ${describeStorageError(error)}. Check S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_FORCE_PATH_STYLE and the access keys.`);
    }
  }

  async put(sha256: string, tempFile: string, info: { sizeBytes: number; contentType: string }): Promise<void> {
    try {
      if (!(await this.has(sha256))) await this.upload(sha256, tempFile, info);
    } finally {
      await rm(tempFile, { force: true });
    }
  }

  /** Streams a local file into the bucket under its hash, leaving the file where it is. */
  async upload(sha256: string, file: string, info: { sizeBytes: number; contentType: string }): Promise<void> {
    await this.client.send(new PutObjectCommand({
      Bucket: this.config.bucket,
      Key: storageKey(sha256),
      Body: createReadStream(file),
      ContentLength: info.sizeBytes,
      ContentType: info.contentType,
    }));
  }

  async open(sha256: string, range?: ByteRange): Promise<Readable | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({
        Bucket: this.config.bucket,
        Key: storageKey(sha256),
        ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
      }));
      // In Node the SDK answers with the HTTP response stream.
      if (object.Body instanceof Readable) return object.Body;
      throw new Error('The object store answered without a readable body');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: storageKey(sha256) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  close(): void {
    this.client.destroy();
  }
}
