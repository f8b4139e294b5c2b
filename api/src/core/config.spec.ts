import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 4000, databaseUrl: null, dataDir: '/srv/app/.data', bodyLimitBytes: 1048576, seedSampleData: true, secureCookies: false });
  });

  it('trusts no proxy unless told, and reads a list of proxies', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXY: ' 10.0.0.2, 192.168.0.0/16 ,loopback' }).trustedProxies).toEqual(['10.0.0.2', '192.168.0.0/16', 'loopback']);
  });

  it('reads sizes and flags', () => {
    const config = loadConfig({ BODY_LIMIT: '512kb', SEED_SAMPLE_DATA: 'no', NODE_ENV: 'production' }, '/srv');
    expect(config).toMatchObject({ bodyLimitBytes: 524288, seedSampleData: false, secureCookies: true });
  });

  it('runs the API and the jobs in one process unless told otherwise', () => {
    expect(loadConfig({}, '/srv')).toMatchObject({ runApi: true, runJobs: true, migrateOnStart: true, databaseListenUrl: null });
    expect(loadConfig({ RUN_JOBS: 'false', DATABASE_URL: 'postgres://pgbouncer:6432/y', DATABASE_LISTEN_URL: 'postgres://db:5432/y' }, '/srv'))
      .toMatchObject({ runApi: true, runJobs: false, databaseListenUrl: 'postgres://db:5432/y' });
  });

  it('keeps files on local disk unless told, and reads an S3 bucket and the daily upload quota', () => {
    expect(loadConfig({}, '/srv')).toMatchObject({ fileStorage: { kind: 'local' }, uploadQuota: { filesPerDay: 50, bytesPerDay: 200 * 1048576 } });
    expect(loadConfig({ FILE_STORAGE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'yuepu-files', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_FORCE_PATH_STYLE: 'true', UPLOAD_QUOTA_FILES_PER_DAY: '20', UPLOAD_QUOTA_BYTES_PER_DAY: '1gb' }, '/srv'))
      .toMatchObject({
        fileStorage: { kind: 's3', s3: { endpoint: 'http://minio:9000', region: 'us-east-1', bucket: 'yuepu-files', credentials: { accessKeyId: 'k', secretAccessKey: 's' }, forcePathStyle: true } },
        uploadQuota: { filesPerDay: 20, bytesPerDay: 1024 ** 3 },
      });
  });

  it.each([
    [{ FILE_STORAGE: 'nfs' }, /FILE_STORAGE must be local or s3/],
    [{ FILE_STORAGE: 's3' }, /S3_BUCKET is required/],
    [{ FILE_STORAGE: 's3', S3_BUCKET: 'Bad_Bucket' }, /S3_BUCKET must be a bucket name/],
    [{ FILE_STORAGE: 's3', S3_BUCKET: 'ok-bucket', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be an http/],
    [{ FILE_STORAGE: 's3', S3_BUCKET: 'ok-bucket', S3_ACCESS_KEY_ID: 'k' }, /go together/],
    [{ UPLOAD_QUOTA_FILES_PER_DAY: '0' }, /UPLOAD_QUOTA_FILES_PER_DAY must be a whole number from 1/],
    [{ UPLOAD_QUOTA_BYTES_PER_DAY: '0' }, /UPLOAD_QUOTA_BYTES_PER_DAY must be more than 0/],
  ])('refuses file storage and quota settings that cannot work: %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ BODY_LIMIT: 'lots' }, /BODY_LIMIT must be a size/],
    [{ SEED_SAMPLE_DATA: 'maybe' }, /SEED_SAMPLE_DATA must be true or false/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV must be/],
    [{ TRUSTED_PROXY: 'my-proxy.example' }, /TRUSTED_PROXY must list proxy addresses.*invalid IP address: my-proxy.example/],
    [{ TRUSTED_PROXY: '10.0.0.0/40' }, /TRUSTED_PROXY must list/],
    [{ DATABASE_LISTEN_URL: 'postgres://direct/db' }, /DATABASE_LISTEN_URL needs DATABASE_URL/],
    [{ DATABASE_URL: 'postgres://pooler/db', DATABASE_LISTEN_URL: 'http://x' }, /DATABASE_LISTEN_URL must start with postgres/],
    [{ RUN_JOBS: 'sometimes' }, /RUN_JOBS must be true or false/],
    [{ RUN_JOBS: 'false', RUN_API: 'false' }, /cannot both be false/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
