import { PassThrough } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { loadConfig, type AppConfig } from '../../api/src/core/config.js';
import { openOrm } from '../../api/src/core/db/orm.config.js';
import { createLogger, type Logger } from '../../api/src/core/logging/logger.js';
import { startServer } from '../../api/src/server.js';
import { SAMPLE_LOGINS, SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { cloneTemplate } from './database.js';

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  /**
   * SQL statements the server ran for this request (x-sql-count). Reading it throws when the
   * header is missing or not a count: a NaN here made `expect(a.sqlCount).toBe(b.sqlCount)` pass.
   */
  readonly sqlCount: number;
  headers: Headers;
}

/** The x-sql-count header as a number; a missing or malformed header is an error, never NaN. */
export function sqlCountOf(headers: Headers): number {
  const header = headers.get('x-sql-count');
  if (header === null || !/^\d+$/.test(header)) {
    throw new Error(`x-sql-count header ${header === null ? 'missing' : `malformed (${JSON.stringify(header)})`}: start the server with EXPOSE_SQL_COUNT=true`);
  }
  return Number(header);
}

/** A browser-like GraphQL client over real HTTP: it keeps the session cookie between calls. */
export class GraphQLClient {
  private cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly locale = 'zh-CN',
  ) {}

  async request<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.locale,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      // An expired cookie is the server clearing it.
      this.cookie = /expires=Thu, 01 Jan 1970/i.test(setCookie) ? null : pair;
    }
    const text = await res.text();
    const response = { status: res.status, body: text ? JSON.parse(text) : {}, headers: res.headers };
    // A getter, not a field: only the tests that count statements need the header.
    Object.defineProperty(response, 'sqlCount', { enumerable: false, get: () => sqlCountOf(res.headers) });
    return response as GraphQLResponse<T>;
  }

  /** Data of a request that must succeed without errors. */
  async data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.status !== 200 || res.body.errors) throw new Error(`GraphQL request failed (${res.status}): ${JSON.stringify(res.body.errors)}`);
    return res.body.data!;
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  set sessionCookie(value: string | null) {
    this.cookie = value;
  }

  async signIn(email: string, password = SAMPLE_PASSWORD): Promise<void> {
    const data = await this.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { code message } } }`, { input: { email, password } });
    if (data.signIn.errors.length) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(data.signIn.errors)}`);
  }
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  /** The server's settings and logger, for running a background job as a worker would. */
  config: AppConfig;
  logger: Logger;
  /** Every line the server logged, for privacy checks. */
  logs: () => string;
  /** A new client, optionally signed in as one of the sample accounts. */
  client(as?: keyof typeof SAMPLE_LOGINS, locale?: string): Promise<GraphQLClient>;
  /** Runs SQL against the test database, to read state back after a call. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** The token in the newest sign-up confirmation email waiting to be sent to this address. */
  signUpToken(email: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the real server on a free port against a fresh copy of the seeded database.
 * One per test file; close it in afterAll. `listenUrl` gives the LISTEN connection its own URL
 * (as DATABASE_LISTEN_URL does), built from the fresh database's.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { listenUrl?: (databaseUrl: string) => string } = {}): Promise<TestApp> {
  const { serverUrl, template } = inject('testDatabase');
  const url = await cloneTemplate(serverUrl, template);
  const config = loadConfig({ NODE_ENV: 'test', EXPOSE_SQL_COUNT: 'true', LOG_LEVEL: 'debug', DATABASE_URL: url, ...env });
  let logText = '';
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => {
    logText += chunk.toString();
  });
  const logger = createLogger(config.logLevel, sink);
  const orm = await openOrm(url, config.db, logger);
  const server = await startServer({ orm, config, logger }, 0, '127.0.0.1', { listenUrl: options.listenUrl?.(url) });
  // The server listens on a free port, known only now: unless the test sets PUBLIC_URL, the public
  // address (QR codes on printed documents, links in messages) is where this server is.
  if (!env.PUBLIC_URL) config.publicUrl = server.url;
  return {
    url: server.url,
    orm,
    config,
    logger,
    logs: () => logText,
    async client(as, locale) {
      const client = new GraphQLClient(server.url, locale);
      if (as) await client.signIn(SAMPLE_LOGINS[as]);
      return client;
    },
    sql: (query, params = []) => orm.em.fork().getConnection().execute(query, params),
    async signUpToken(email) {
      const [row] = await orm.em.fork().getConnection().execute<{ body: string }[]>(
        'select o.body from outbox_messages o join sign_up_requests r on r.id = o.sign_up_request_id where r.email = ? order by o.created_at desc limit 1', [email.toLowerCase()]);
      const token = row && /token=([\w-]+)/.exec(row.body)?.[1];
      if (!token) throw new Error(`no sign-up email waiting for ${email}`);
      return token;
    },
    async close() {
      await server.close();
      await orm.close(true);
    },
  };
}
