import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from '../../helpers/s3-server.js';

let s3: S3TestServer;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.close();
});

describe('the S3-compatible test server', () => {
  it('stores, lists, reads ranges of and deletes objects over signed HTTP on loopback', async () => {
    expect(s3.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'ab/abc', Body: Buffer.from('0123456789') }));
    expect(await s3.keys()).toEqual(['ab/abc']);
    const part = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: 'ab/abc', Range: 'bytes=2-4' }));
    expect(await part.Body!.transformToString()).toBe('234');
    expect(part.ContentRange).toBe('bytes 2-4/10');
    await s3.deleteObject('ab/abc');
    expect(await s3.keys()).toEqual([]);
  });
});
