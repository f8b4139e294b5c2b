import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import proxyaddr from 'proxy-addr';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { clientAddressOf } from '../auth/client-address.js';
import type { AppConfig } from '../config.js';
import { requestScope } from '../db/request-scope.js';
import { jobEvents } from '../jobs/job-engine.js';
import type { Logger } from '../logging/logger.js';
import { sqlTotals } from './sql-totals.js';

/**
 * Prometheus metrics at /metrics (prom-client, text format). Every label has a bounded set of
 * values, so a client cannot grow the series without end: GraphQL operations are named by their
 * operation type and first root field as the schema knows it (`query policies`, `mutation
 * signIn`), anything else is `other`; HTTP routes by their first path segment among the app's
 * own; job tasks by the names in the queue. Figures read from the database (job queue, outbox)
 * and from the pool are taken when scraped.
 */

/** What a scrape reads from the running server. */
export interface MetricsSources {
  orm: MikroORM;
  /** Open graphql-ws connections. */
  webSockets(): number;
  /** Whether the LISTEN connection is up. */
  listening(): boolean;
}

const ROUTES = new Set(['graphql', 'files', 'healthz', 'readyz', 'metrics', 'applications', 'alliance', 'apartments', 'community', 'reports', 'assets']);

/** First path segment when it is one of the app's, `web` for other pages, never the raw path. */
// The text between the first and second of `/`, `?`, `#`: what `url.split(/[/?#]/)[1]` gives,
// without an array of every segment per request.
const FIRST_SEGMENT = /^[^/?#]*[/?#]([^/?#]*)/;

export function routeOf(url: string): string {
  const first = FIRST_SEGMENT.exec(url)?.[1] ?? '';
  if (ROUTES.has(first)) return first;
  return /^[\w-]*$/.test(first) ? 'web' : 'other';
}

/** `query policies`: the operation type and its first root field, if the schema has that field. */
export function operationLabel(schema: GraphQLSchema, type: string | undefined, field: string | undefined): string {
  if (!type || !field) return 'other';
  const root = type === 'query' ? schema.getQueryType() : type === 'mutation' ? schema.getMutationType() : type === 'subscription' ? schema.getSubscriptionType() : null;
  return root?.getFields()[field] ? `${type} ${field}` : 'other';
}

export interface AppMetrics {
  registry: Registry;
  /**
   * Counts one answered HTTP request (by route and status class). Called by the request tracking's
   * own `finish` listener (server.ts): a middleware and a listener of its own per request cost more
   * than the count (issue 13).
   */
  countHttpRequest(originalUrl: string, statusCode: number): void;
  /** Apollo plugin: per-operation counts and latency, and the operation in the request scope. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- serves any server's context type (it reads none of it)
  apolloPlugin: ApolloServerPlugin<any>;
  /** Stops counting this process's jobs into this registry. */
  stop(): void;
}

export function createMetrics(schema: GraphQLSchema, sources: MetricsSources, logger: Logger): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpRequests = new Counter({ name: 'yuepu_http_requests_total', help: 'HTTP requests by route (first path segment) and status class', labelNames: ['route', 'status'], registers: [registry] });
  const graphqlRequests = new Counter({ name: 'yuepu_graphql_requests_total', help: 'GraphQL requests over HTTP by operation (type and first root field) and outcome', labelNames: ['operation', 'outcome'], registers: [registry] });
  const graphqlDuration = new Histogram({
    name: 'yuepu_graphql_request_duration_seconds',
    help: 'GraphQL request time by operation (type and first root field)',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Counter({ name: 'yuepu_sql_statements_total', help: 'SQL statements this process ran through the ORM', registers: [registry], collect() { this.reset(); this.inc(sqlTotals.statements); } });
  new Counter({ name: 'yuepu_sql_seconds_total', help: 'Time spent in those SQL statements, in seconds', registers: [registry], collect() { this.reset(); this.inc(sqlTotals.seconds); } });
  new Gauge({
    name: 'yuepu_db_pool_connections',
    help: 'Connections of this process\'s database pool, by state (in_use, idle) and its maximum (max)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = poolOf(sources.orm);
      if (!pool) return;
      this.set({ state: 'in_use' }, pool.numUsed());
      this.set({ state: 'idle' }, pool.numFree());
      this.set({ state: 'max' }, pool.max);
    },
  });
  new Gauge({
    name: 'yuepu_db_pool_waiting',
    help: 'Requests waiting for a connection from this process\'s pool',
    registers: [registry],
    collect() {
      const pool = poolOf(sources.orm);
      if (pool) this.set(pool.numPendingAcquires());
    },
  });
  new Gauge({ name: 'yuepu_websocket_connections', help: 'Open live (graphql-ws) connections to this process', registers: [registry], collect() { this.set(sources.webSockets()); } });
  new Gauge({ name: 'yuepu_database_listener_up', help: '1 while the LISTEN connection for live events is up', registers: [registry], collect() { this.set(sources.listening() ? 1 : 0); } });

  // Database figures: two queries per scrape, shared by the four gauges (prom-client reads the
  // metrics concurrently), cut off after 2 s so a slow database cannot hold the scrape; the gauges
  // then keep their last values and the failure is logged once.
  let warned = false;
  let reading: { at: number; done: Promise<void> } | null = null;
  const refresh = (): Promise<void> => {
    if (!reading || Date.now() - reading.at > 500) reading = { at: Date.now(), done: readDatabaseWithin(2000) };
    return reading.done;
  };
  const queueJobs = new Gauge({ name: 'yuepu_job_queue_jobs', help: 'Jobs in the queue by task and state (ready: due and waiting for a worker; scheduled: due later; running; failed: out of tries)', labelNames: ['task', 'state'], registers: [registry], collect: refresh });
  const queueAge = new Gauge({ name: 'yuepu_job_queue_oldest_ready_seconds', help: 'How long the oldest due job of each task has waited for a worker', labelNames: ['task'], registers: [registry], collect: refresh });
  const outboxMessages = new Gauge({ name: 'yuepu_outbox_messages', help: 'Outbox messages not yet sent (PENDING, SENDING) and dead letters (FAILED)', labelNames: ['status'], registers: [registry], collect: refresh });
  const outboxLag = new Gauge({ name: 'yuepu_outbox_lag_seconds', help: 'Age of the oldest outbox message not yet sent (0 when none waits)', registers: [registry], collect: refresh });
  const jobsFinished = new Counter({ name: 'yuepu_jobs_finished_total', help: 'Jobs this process finished, by task and outcome', labelNames: ['task', 'outcome'], registers: [registry] });
  const jobSeconds = new Counter({ name: 'yuepu_job_seconds_total', help: 'Time this process spent running jobs, by task', labelNames: ['task'], registers: [registry] });
  const onJob = (event: { name: string; ok: boolean; ms: number }) => {
    jobsFinished.inc({ task: event.name, outcome: event.ok ? 'ok' : 'error' });
    jobSeconds.inc({ task: event.name }, event.ms / 1000);
  };
  jobEvents.listeners.add(onJob);

  async function readDatabase(): Promise<void> {
    const connection = sources.orm.em.fork().getConnection();
    const [jobs, outbox] = await Promise.all([
      connection.execute<{ task: string; ready: number; scheduled: number; running: number; failed: number; oldest: number | null }[]>(
        `select task_identifier as task,
                count(*) filter (where locked_at is null and attempts < max_attempts and run_at <= now())::int as ready,
                count(*) filter (where locked_at is null and attempts < max_attempts and run_at > now())::int as scheduled,
                count(*) filter (where locked_at is not null)::int as running,
                count(*) filter (where locked_at is null and attempts >= max_attempts)::int as failed,
                extract(epoch from now() - min(run_at) filter (where locked_at is null and attempts < max_attempts and run_at <= now()))::float8 as oldest
           from graphile_worker.jobs group by task_identifier`),
      connection.execute<{ status: string; n: number; oldest: number | null }[]>(
        `select status, count(*)::int as n, extract(epoch from now() - min(created_at))::float8 as oldest
           from outbox_messages where status in ('PENDING', 'SENDING', 'FAILED') group by status`),
    ]);
    queueJobs.reset();
    queueAge.reset();
    for (const row of jobs) {
      for (const state of ['ready', 'scheduled', 'running', 'failed'] as const) queueJobs.set({ task: row.task, state }, row[state]);
      queueAge.set({ task: row.task }, row.oldest ?? 0);
    }
    const byStatus = new Map(outbox.map((r) => [r.status, r]));
    for (const status of ['PENDING', 'SENDING', 'FAILED']) outboxMessages.set({ status }, byStatus.get(status)?.n ?? 0);
    const waiting = outbox.filter((r) => r.status !== 'FAILED').map((r) => r.oldest ?? 0);
    outboxLag.set(waiting.length ? Math.max(...waiting) : 0);
  }
  async function readDatabaseWithin(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([readDatabase(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)))]);
      warned = false;
    } catch (error) {
      if (!warned) logger.warn({ err: error }, 'metrics: could not read the job queue and outbox figures');
      warned = true;
    } finally {
      clearTimeout(timer);
    }
  }

  const countHttpRequest = (originalUrl: string, statusCode: number) => {
    httpRequests.inc({ route: routeOf(originalUrl), status: `${Math.floor(statusCode / 100)}xx` });
  };

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as in AppMetrics
  const apolloPlugin: ApolloServerPlugin<any> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'other';
      const scope = requestScope.getStore();
      return {
        async didResolveOperation({ operation: definition }) {
          if (!definition) return;
          const first = definition.selectionSet.selections.find((s) => s.kind === 'Field');
          operation = operationLabel(schema, definition.operation, first?.kind === 'Field' ? first.name.value : undefined);
          if (scope) {
            scope.operation = operation;
            // The name the client gave its operation (logs only: it is the client's choice).
            if (definition.name) scope.operationName = definition.name.value.slice(0, 100);
          }
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          graphqlRequests.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
          graphqlDuration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };

  return {
    registry,
    countHttpRequest,
    apolloPlugin,
    stop() {
      jobEvents.listeners.delete(onJob);
    },
  };
}

interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

function poolOf(orm: MikroORM): TarnPool | null {
  try {
    const pool = (orm.em.getConnection().getKnex() as unknown as { client: { pool?: TarnPool } }).client.pool;
    return pool ?? null;
  } catch {
    return null;
  }
}

const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * Who may read /metrics. By default only a scraper on this machine talking to the process
 * directly: loopback, and no forwarding header (a reverse proxy on the same machine connects from
 * loopback too, and must not make the metrics public). METRICS_ALLOW_CIDR opens it to address
 * ranges (the client address as TRUSTED_PROXY resolves it); METRICS_TOKEN requires
 * `Authorization: Bearer <token>`; with both, both must hold.
 */
export function metricsAccess(config: Pick<AppConfig, 'metricsAllowCidr' | 'metricsToken' | 'trustedProxies'>): (req: http.IncomingMessage) => { ok: true } | { ok: false; status: 401 | 403 } {
  const inRange = config.metricsAllowCidr.length ? proxyaddr.compile(config.metricsAllowCidr) : null;
  const token = config.metricsToken ? Buffer.from(config.metricsToken) : null;
  return (req) => {
    if (inRange) {
      if (!inRange(clientAddressOf(req, config.trustedProxies), 0)) return { ok: false, status: 403 };
    } else if (!token) {
      const direct = req.socket.remoteAddress ?? '';
      const loopback = direct === '::1' || direct.startsWith('127.') || direct.startsWith('::ffff:127.');
      if (!loopback || FORWARDING_HEADERS.some((h) => req.headers[h] !== undefined)) return { ok: false, status: 403 };
    }
    if (token) {
      const given = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const offered = Buffer.from(given ?? '');
      if (offered.length !== token.length || !timingSafeEqual(offered, token)) return { ok: false, status: 401 };
    }
    return { ok: true };
  };
}
