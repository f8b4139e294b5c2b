import path from 'node:path';
import { checkTrustedProxies } from './auth/client-address.js';
import { thrownMessage } from './errors/thrown.js';

/** Everything the platform reads from its environment, checked once at start. */
export interface AppConfig {
  port: number;
  host: string;
  nodeEnv: (typeof NODE_ENVS)[number];
  /** External PostgreSQL; when absent an embedded one is started under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  seedSampleData: boolean;
  /** Creates this administrator at start when there is none (an installation without samples). */
  firstAdmin: { email: string; password: string } | null;
  bodyLimitBytes: number;
  /** Largest uploaded document. */
  uploadLimitBytes: number;
  /** What one person may upload per Shanghai calendar day, counted in PostgreSQL. */
  uploadQuota: { filesPerDay: number; bytesPerDay: number };
  sessionTtlHours: number;
  /** Send the session cookie only over HTTPS (on when NODE_ENV=production unless set). */
  secureCookies: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Serve the built web app from this folder when it exists. */
  webDistDir: string;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, or loopback, linklocal,
   * uniquelocal); empty: the header is ignored and the connecting address is the client's.
   */
  trustedProxies: string[];
  /** Tests read the number of SQL statements a request made from a response header. */
  exposeSqlCount: boolean;
  /**
   * A direct (session-mode) URL for the LISTEN connection and the start-up lock, when
   * DATABASE_URL goes through a pooler in transaction mode (PgBouncer). Defaults to DATABASE_URL.
   */
  databaseListenUrl: string | null;
  /** Run background jobs (outbox, sweepers, reminders) in this process; false for an API-only process. */
  runJobs: boolean;
  /** Serve HTTP (false for a worker-only process). */
  runApi: boolean;
  /** Apply migrations and seed data at start (under a lock); false when operators run `npm run migrate`. */
  migrateOnStart: boolean;
  /** Jobs this process works on at once (RUN_JOBS=true). */
  jobConcurrency: number;
  /** Outbox messages are POSTed here as JSON (an operator's mail/SMS gateway); only logged when absent. */
  outboxWebhookUrl: string | null;
  /** Address ranges that may read /metrics (instead of loopback only). */
  metricsAllowCidr: string[];
  /** When set, /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** The request pool's size and how long anything may wait on the database (README: connections). */
  db: DbSettings;
  /** SMTP relay for e-mail (SMTP_URL, or SMTP_HOST/PORT/USER/PASS/SECURE); null: no e-mail leaves through SMTP. */
  smtp: SmtpConfig | null;
  /** The From of every e-mail, e.g. `月浦人才服务平台 <noreply@yuepu.example>`. */
  mailFrom: string;
  /** The address people reach the site at (no trailing slash): links in e-mails and text messages are made absolute with it. */
  publicUrl: string;
  /** Signs unsubscribe links (LINK_SECRET); null: a random one kept in the database is used. */
  linkSecret: string | null;
  /** A signed JSON-over-HTTPS SMS gateway (SMS_API_URL, SMS_API_KEY, SMS_API_SECRET, SMS_SIGN_NAME); null: text messages go to the webhook or the log. */
  sms: { url: string; apiKey: string; secret: string; signName: string } | null;
  /** Where document bytes live: `DATA_DIR/files` (one machine) or an S3-compatible bucket (any number of instances). */
  fileStorage: FileStorageConfig;
}

export interface SmtpConfig {
  /** An smtp:// or smtps:// URL (SMTP_URL), or host and port with optional credentials. */
  url: string | null;
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
}

export type FileStorageConfig = { kind: 'local' } | { kind: 's3'; s3: S3Config };

export interface S3Config {
  /** Null: AWS's own endpoint for the region. */
  endpoint: string | null;
  region: string;
  bucket: string;
  /** Null (both): the SDK's usual credential chain (instance role, AWS_* variables). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** `endpoint/bucket/key` instead of `bucket.endpoint/key` (MinIO, Ceph and most self-hosted stores need it). */
  forcePathStyle: boolean;
}

/**
 * The request pool and its time limits. Every wait on the database is bounded, so a slow or
 * hung database makes requests fail fast with "busy, try again" instead of piling up.
 */
export interface DbSettings {
  /** Connections in this process's request pool (DB_POOL_MAX). */
  poolMax: number;
  /** How long a request waits for a free pool connection before it is told the service is busy. */
  acquireTimeoutMs: number;
  /** How long opening a new connection may take. */
  connectTimeoutMs: number;
  /** PostgreSQL's statement_timeout for pool connections; 0 = none. */
  statementTimeoutMs: number;
  /** PostgreSQL's idle_in_transaction_session_timeout for pool connections; 0 = none. */
  idleInTransactionTimeoutMs: number;
  /**
   * A code path that takes a second pool connection while its transaction holds one can starve
   * the pool (every request holding one and waiting for another). `throw` in tests, `log` otherwise.
   */
  connectionGuard: 'throw' | 'log';
}

export const DB_DEFAULTS: DbSettings = {
  poolMax: 10,
  acquireTimeoutMs: 5_000,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 10_000,
  connectionGuard: 'log',
};

function dbSettings(env: NodeJS.ProcessEnv, nodeEnv: AppConfig['nodeEnv']): DbSettings {
  return {
    poolMax: integer(env, 'DB_POOL_MAX', DB_DEFAULTS.poolMax, 1, 500),
    acquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', DB_DEFAULTS.acquireTimeoutMs, 100, 600_000),
    connectTimeoutMs: integer(env, 'DB_CONNECT_TIMEOUT_MS', DB_DEFAULTS.connectTimeoutMs, 100, 600_000),
    statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', DB_DEFAULTS.statementTimeoutMs, 0, 3_600_000),
    idleInTransactionTimeoutMs: integer(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', DB_DEFAULTS.idleInTransactionTimeoutMs, 0, 3_600_000),
    connectionGuard: nodeEnv === 'test' ? 'throw' : 'log',
  };
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

/** `value` when it is one of `allowed`, typed as such; otherwise null. */
function oneOf<T extends string>(allowed: readonly T[], value: string): T | null {
  return allowed.find((item) => item === value) ?? null;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}".`);
}

/** Parses a size such as `1mb`, `512kb` or `2000000` into bytes. */
export function parseByteSize(name: string, raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(raw.trim());
  if (!match) throw new ConfigError(`${name} must be a size like 1mb, 512kb or 1048576; got "${raw}".`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit === 'gb' ? 1024 ** 3 : unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1;
  return Math.round(Number(match[1]) * factor);
}

function positiveSize(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const bytes = parseByteSize(name, raw);
  if (bytes < 1) throw new ConfigError(`${name} must be more than 0; got "${raw}".`);
  return bytes;
}

function fileStorage(env: NodeJS.ProcessEnv): FileStorageConfig {
  const kind = env.FILE_STORAGE?.trim().toLowerCase() || 'local';
  if (kind === 'local') return { kind: 'local' };
  if (kind !== 's3') throw new ConfigError(`FILE_STORAGE must be local or s3; got "${env.FILE_STORAGE}".`);
  const endpoint = env.S3_ENDPOINT?.trim() || null;
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new ConfigError(`S3_ENDPOINT must be an http:// or https:// address; got "${endpoint}".`);
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) throw new ConfigError('S3_BUCKET is required with FILE_STORAGE=s3.');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new ConfigError(`S3_BUCKET must be a bucket name (3-63 lower-case letters, digits, dots, hyphens); got "${bucket}".`);
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!!accessKeyId !== !!secretAccessKey) throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the SDK\'s usual credentials.');
  return {
    kind: 's3',
    s3: {
      endpoint,
      region: env.S3_REGION?.trim() || 'us-east-1',
      bucket,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
      forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', false),
    },
  };
}

function trustedProxies(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.TRUSTED_PROXY ?? '').split(',').map((e) => e.trim()).filter((e) => e.length > 0);
  try {
    checkTrustedProxies(entries);
  } catch (error) {
    throw new ConfigError(`TRUSTED_PROXY must list proxy addresses or ranges (e.g. 10.0.0.2, 10.0.0.0/8, loopback), separated by commas; ${thrownMessage(error)}.`);
  }
  return entries;
}

function firstAdmin(env: NodeJS.ProcessEnv): AppConfig['firstAdmin'] {
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD ?? '';
  if (!email && !password) return null;
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email)) throw new ConfigError('ADMIN_EMAIL must be an email address when ADMIN_PASSWORD is set.');
  if (password.length < 10) throw new ConfigError('ADMIN_PASSWORD must have at least 10 characters.');
  return { email: email.toLowerCase(), password };
}

function webhookUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.OUTBOX_WEBHOOK_URL?.trim();
  if (!raw) return null;
  if (!/^https?:\/\/[^\s]+$/.test(raw)) throw new ConfigError(`OUTBOX_WEBHOOK_URL must be an http:// or https:// address; got "${raw}".`);
  return raw;
}

function smtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const url = env.SMTP_URL?.trim();
  const host = env.SMTP_HOST?.trim();
  if (url && host) throw new ConfigError('Set SMTP_URL or SMTP_HOST, not both.');
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// address, e.g. smtp://user:pass@mail.example:587.');
    }
    if (!['smtp:', 'smtps:'].includes(parsed.protocol) || !parsed.hostname) throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// address, e.g. smtp://user:pass@mail.example:587.');
    const secure = parsed.protocol === 'smtps:';
    return { url, host: parsed.hostname, port: Number(parsed.port) || (secure ? 465 : 587), secure, auth: null };
  }
  if (!host) {
    if (env.SMTP_USER || env.SMTP_PASS || env.SMTP_PORT) throw new ConfigError('SMTP_PORT, SMTP_USER and SMTP_PASS need SMTP_HOST.');
    return null;
  }
  const secure = flag(env, 'SMTP_SECURE', env.SMTP_PORT?.trim() === '465');
  const user = env.SMTP_USER?.trim();
  const pass = env.SMTP_PASS ?? '';
  if (!!user !== !!pass) throw new ConfigError('SMTP_USER and SMTP_PASS go together: set both, or neither for a relay without sign-in.');
  return { url: null, host, port: integer(env, 'SMTP_PORT', secure ? 465 : 587, 1, 65535), secure, auth: user ? { user, pass } : null };
}

function mailFrom(env: NodeJS.ProcessEnv): string {
  const raw = env.MAIL_FROM?.trim() || '月浦人才服务平台 <noreply@yuepu-hub.invalid>';
  if (!/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(raw)) throw new ConfigError(`MAIL_FROM must be an address, optionally with a name: "Yuepu Hub <noreply@example.org>"; got "${raw}".`);
  return raw;
}

function publicUrl(env: NodeJS.ProcessEnv, host: string, port: number): string {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(raw)) throw new ConfigError(`PUBLIC_URL must be an http:// or https:// address without query, e.g. https://hub.yuepu.gov.cn; got "${raw}".`);
  return raw.replace(/\/+$/, '');
}

function smsGateway(env: NodeJS.ProcessEnv): AppConfig['sms'] {
  const url = env.SMS_API_URL?.trim();
  const apiKey = env.SMS_API_KEY?.trim();
  const secret = env.SMS_API_SECRET?.trim();
  if (!url && !apiKey && !secret) return null;
  if (!url || !apiKey || !secret) throw new ConfigError('SMS_API_URL, SMS_API_KEY and SMS_API_SECRET go together: set all three, or none.');
  if (!/^https?:\/\/[^\s]+$/.test(url)) throw new ConfigError(`SMS_API_URL must be an http:// or https:// address; got "${url}".`);
  const signName = env.SMS_SIGN_NAME?.trim() || '月浦人才';
  if (signName.length > 12 || /[【】\r\n]/.test(signName)) throw new ConfigError('SMS_SIGN_NAME must be at most 12 characters, without 【】 (they are added).');
  return { url, apiKey, secret, signName };
}

function linkSecret(env: NodeJS.ProcessEnv): string | null {
  const raw = env.LINK_SECRET?.trim();
  if (!raw) return null;
  if (raw.length < 32) throw new ConfigError('LINK_SECRET must have at least 32 characters.');
  return raw;
}

function metricsAllowCidr(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.METRICS_ALLOW_CIDR ?? '').split(',').map((e) => e.trim()).filter((e) => e.length > 0);
  try {
    checkTrustedProxies(entries);
  } catch (error) {
    throw new ConfigError(`METRICS_ALLOW_CIDR must list addresses or ranges (e.g. 10.0.0.0/8, 192.168.1.5), separated by commas; ${thrownMessage(error)}.`);
  }
  return entries;
}

function metricsToken(env: NodeJS.ProcessEnv): string | null {
  const raw = env.METRICS_TOKEN?.trim();
  if (!raw) return null;
  if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw)) throw new ConfigError('METRICS_TOKEN must be at least 16 printable characters without spaces.');
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = oneOf(NODE_ENVS, env.NODE_ENV?.trim() || 'development');
  if (!nodeEnv) {
    throw new ConfigError(`NODE_ENV must be development, production or test; got "${env.NODE_ENV}".`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const databaseListenUrl = env.DATABASE_LISTEN_URL?.trim() || null;
  if (databaseListenUrl && !databaseUrl) throw new ConfigError('DATABASE_LISTEN_URL needs DATABASE_URL (the embedded database needs neither).');
  if (databaseListenUrl && !/^postgres(ql)?:\/\//.test(databaseListenUrl)) {
    throw new ConfigError('DATABASE_LISTEN_URL must start with postgres:// or postgresql://.');
  }
  const runJobs = flag(env, 'RUN_JOBS', true);
  const runApi = flag(env, 'RUN_API', true);
  if (!runJobs && !runApi) throw new ConfigError('RUN_API and RUN_JOBS cannot both be false: the process would do nothing.');
  const logLevel = oneOf(LOG_LEVELS, env.LOG_LEVEL?.trim() || (nodeEnv === 'test' ? 'silent' : 'info'));
  if (!logLevel) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${env.LOG_LEVEL}".`);
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    nodeEnv,
    databaseUrl,
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || '.data'),
    seedSampleData: flag(env, 'SEED_SAMPLE_DATA', true),
    firstAdmin: firstAdmin(env),
    bodyLimitBytes: env.BODY_LIMIT ? parseByteSize('BODY_LIMIT', env.BODY_LIMIT) : 1024 * 1024,
    uploadLimitBytes: env.UPLOAD_LIMIT ? parseByteSize('UPLOAD_LIMIT', env.UPLOAD_LIMIT) : 10 * 1024 * 1024,
    uploadQuota: {
      filesPerDay: integer(env, 'UPLOAD_QUOTA_FILES_PER_DAY', 50, 1, 100_000),
      bytesPerDay: positiveSize(env, 'UPLOAD_QUOTA_BYTES_PER_DAY', 200 * 1024 * 1024),
    },
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 24 * 7, 1, 24 * 90),
    secureCookies: flag(env, 'SECURE_COOKIES', nodeEnv === 'production'),
    logLevel,
    webDistDir: path.resolve(cwd, env.WEB_DIST_DIR?.trim() || 'web/dist'),
    trustedProxies: trustedProxies(env),
    exposeSqlCount: flag(env, 'EXPOSE_SQL_COUNT', false),
    databaseListenUrl,
    runJobs,
    runApi,
    migrateOnStart: flag(env, 'MIGRATE_ON_START', true),
    jobConcurrency: integer(env, 'JOB_CONCURRENCY', 5, 1, 50),
    outboxWebhookUrl: webhookUrl(env),
    fileStorage: fileStorage(env),
    smtp: smtp(env),
    mailFrom: mailFrom(env),
    publicUrl: publicUrl(env, env.HOST?.trim() || '127.0.0.1', integer(env, 'PORT', 4000, 0, 65535)),
    linkSecret: linkSecret(env),
    sms: smsGateway(env),
    metricsAllowCidr: metricsAllowCidr(env),
    metricsToken: metricsToken(env),
    db: dbSettings(env, nodeEnv),
  };
}
