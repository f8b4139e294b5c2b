import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { buildContext, type AppDeps, type GraphQLContext, type HttpRoute } from './context.js';
import { compressGraphQLResponses } from './core/graphql/compress-response.js';
import { clientAddressOf } from './core/auth/client-address.js';
import { SessionCookie } from './core/auth/cookies.js';
import { plainRoutes } from './core/http/plain-route.js';
import { createMetrics, metricsAccess, type AppMetrics } from './core/metrics/metrics.js';
import { DatabaseEvents } from './core/realtime/database-events.js';
import { createAppPubSub } from './core/realtime/pubsub.js';
import { applicationRoutes } from './modules/application/index.js';
import { createFileStorage, documentRoutes } from './modules/document/index.js';
import { LiveSessions } from './modules/account/index.js';
import { requestScope, type RequestScope } from './core/db/request-scope.js';
import { DatabaseProbe } from './core/db/database-probe.js';
import { busyCause, busyError, busyMessage, SERVICE_BUSY } from './core/errors/busy.js';
import { PerUserGate, perUserMutationGate } from './core/graphql/per-user-gate.js';
import { formatError } from './core/errors/error-funnel.js';
import { compiledGateway } from './core/graphql/compiled-executor.js';
import { allianceRoutes } from './modules/alliance/index.js';
import { apartmentRoutes } from './modules/apartment/index.js';
import { communityRoutes } from './modules/community/index.js';
import { importRoutes } from './modules/imports/index.js';
import { notificationRoutes } from './modules/notification/index.js';
import { appointmentRoutes } from './modules/appointment/index.js';
import { buildAppSchema } from './schema.js';
import { serveWebApp } from './web-app.js';
import { thrownCode, thrownField } from './core/errors/thrown.js';
import { requestIdOf } from './core/http/request-id.js';
import { graphqlOverHttp } from './core/http/graphql-over-http.js';

/** Limits every GraphQL request must stay within (house rules). */
// Cost uses graphql-armor's static estimate (objects 2, scalars 1, ×1.5 per level): a real list screen
// with its related records costs about 5,600, so 20,000 leaves room while still bounding abuse.
export const GRAPHQL_LIMITS = { maxDepth: 8, maxAliases: 15, maxTokens: 2000, maxCost: 20000, maxDirectives: 50 };

/**
 * Whether start-up is done (migrations, seed data): /readyz, and a gate that answers 503 until
 * it is. Whether the database answers is checked separately, by a timeboxed probe.
 */
export interface Readiness {
  check(): Promise<{ ready: boolean; reason?: string }>;
}

export interface ServerOptions {
  /** Not ready while the database is being migrated; always ready when absent (tests). */
  readiness?: Readiness;
  /** Session-mode URL for the LISTEN connection (DATABASE_LISTEN_URL); the pool's URL when absent. */
  listenUrl?: string;
}

/** The port is taken (another instance, another program): start-up must stop, not hang. */
export class PortInUseError extends Error {}

export interface RunningServer {
  httpServer: http.Server;
  url: string;
  /** Stop accepting, finish requests in flight, then resolve. */
  close(): Promise<void>;
}

function jsonError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Gives each request an id and SQL counters that follow it through async work, and when it is
 * done logs it (GraphQL requests with their operation: type and first root field, and the
 * client's operation name; the SQL statements and time they took) and counts it in the metrics.
 * One middleware with one `finish` listener for all of it: every request pays for each layer and
 * listener (issue 13).
 */
function requestTracking(deps: AppDeps, metrics: AppMetrics): RequestHandler {
  const { logger } = deps;
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    const scope: RequestScope = { requestId, sqlStatements: 0, sqlMs: 0 };
    res.locals.requestId = requestId;
    res.locals.requestScope = scope;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // The line's object is built only when it is written (LOG_LEVEL=silent or warn skip it).
      if (logger.isLevelEnabled('info')) {
        logger.info({
          requestId,
          method: req.method,
          // req.path is relative to the router that handled it (`/` for /graphql); the query string stays out.
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ...(scope.operation ? { operation: scope.operation } : {}),
          ...(scope.operationName ? { operationName: scope.operationName } : {}),
          ms: Math.round(Number(process.hrtime.bigint() - started) / 1e3) / 1e3,
          // Not `sql`: the log's database-error filter takes any object with that key for an error.
          sqlStatements: scope.sqlStatements,
          sqlMs: scope.sqlMs,
        }, 'request');
      }
      metrics.countHttpRequest(req.originalUrl, res.statusCode);
    });
    requestScope.run(scope, next);
  };
}

/**
 * `x-sql-count` (EXPOSE_SQL_COUNT: tests and the bench count statements with it): the request's
 * statements so far, set just before the headers go out, whichever way the answer is written.
 * Defined once on the app's response prototype, not wrapped around each response's writeHead
 * with a bound copy and a closure per request (issue 13).
 */
function exposeSqlCount(app: express.Express): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to each response below
  const writeHead = http.ServerResponse.prototype.writeHead;
  app.response.writeHead = function (this: express.Response, ...args: unknown[]) {
    // requestTracking's; Express types res.locals as `any`.
    const scope = (this.locals as { requestScope?: RequestScope } | undefined)?.requestScope;
    if (scope && !this.headersSent) this.setHeader('x-sql-count', String(scope.sqlStatements));
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof app.response.writeHead;
}

/**
 * A WebSocket may come from this site's own pages, or from a client that is not a browser (no
 * Origin). `Origin: null` (sandboxed frames, file: pages) and anything that is not a URL are
 * foreign: refused, never thrown.
 */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Body-parser failures are the client's: a readable 4xx, never a 500. */
const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) { next(error); return; }
  const type = thrownField(error, 'type');
  if (type === 'entity.too.large') {
    jsonError(res, 413, 'PAYLOAD_TOO_LARGE', '请求体过大 / The request body is too large.'); return;
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    jsonError(res, 400, 'BAD_REQUEST', '请求体不是有效的 JSON / The request body is not valid JSON.'); return;
  }
  next(error);
};

/** Whatever a route let through: words and the request id, never Express's HTML page with a stack. */
function lastErrors(logger: AppDeps['logger']): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const requestId = requestIdOf(res);
    if (res.headersSent) {
      logger.warn({ err: error, requestId }, 'error after the response had started; connection closed');
      res.destroy();
      return;
    }
    const status = thrownField(error, 'status');
    const busy = busyCause(error);
    if (busy) {
      logger.warn({ err: error, requestId, cause: busy }, `database busy: ${busy}; answered SERVICE_BUSY`);
      res.setHeader('retry-after', '2');
      jsonError(res, 503, SERVICE_BUSY, busyMessage(requestId)); return;
    }
    if (error instanceof URIError) {
      jsonError(res, 400, 'BAD_REQUEST', '网址中的百分号编码无效 / The address has invalid percent-encoding.'); return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      jsonError(res, status, 'BAD_REQUEST', '请求无效 / The request is not valid.'); return;
    }
    logger.error({ err: error, requestId }, 'unexpected error in an HTTP route');
    jsonError(res, 500, 'INTERNAL_SERVER_ERROR', `服务器内部错误，请稍后再试（请求编号 ${requestId}）/ Internal error; please try again later (request id ${requestId})`);
  };
}

export async function startServer(deps: AppDeps, port: number, host: string, options: ServerOptions = {}): Promise<RunningServer> {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const armor = new ApolloArmor({
    // Fragments are flattened: a spread is not a level of its own, only the fields inside it.
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Tokens are limited by Apollo's parser instead: armor's token rule turns syntax errors into 500s.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
  const protection = armor.protect();
  const pubSub = createAppPubSub();
  const schema = await buildAppSchema({ pubSub });
  // Before anything that needs stopping: a bucket that cannot be used stops start-up here.
  const storage = await createFileStorage(config);
  const databaseEvents = new DatabaseEvents(options.listenUrl ?? deps.orm.config.get('clientUrl'), pubSub, logger);
  await databaseEvents.start();
  // wsServer is created below; the gauge reads it only when scraped.
  const metrics = createMetrics(schema, { orm: deps.orm, webSockets: () => wsServer.clients.size, listening: () => databaseEvents.listening }, logger);
  const mayReadMetrics = metricsAccess(config);

  // Subscriptions (graphql-ws) share the port and path of /graphql. Browsers always send
  // Origin on a WebSocket; a foreign one is refused, so another site cannot ride the cookie.
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    // graphql-ws messages are small; ws would otherwise buffer up to 100 MB per message.
    maxPayload: config.bodyLimitBytes,
    verifyClient: ({ origin, req }: { origin: string; req: http.IncomingMessage }, answer: (ok: boolean, code?: number, message?: string, headers?: http.OutgoingHttpHeaders) => void) => {
      if (sameOrigin(origin, req.headers.host)) { answer(true); return; }
      answer(false, 403, '此来源不能建立实时连接 / This origin may not open a live connection.', { 'content-type': 'text/plain; charset=utf-8' });
    },
  });
  const liveSessions = new LiveSessions(deps.orm, pubSub, logger);
  const wsCleanup = useServer({
    schema,
    // Each socket's subscriptions end with its session (sign-out, expiry, a disabled account).
    onConnect: async (ctx) => {
      await liveSessions.track(ctx.extra.request, ctx.extra.socket);
    },
    // The page passes its chosen language in the connection parameters (a socket has no headers to set).
    context: (ctx) => {
      const requested = ctx.connectionParams?.locale;
      const headers = typeof requested === 'string' ? { ...ctx.extra.request.headers, 'accept-language': requested } : ctx.extra.request.headers;
      return buildContext(deps, { headers, requestId: randomUUID(), sessionCookie: null, clientAddress: clientAddressOf(ctx.extra.request, config.trustedProxies), pubSub });
    },
  }, wsServer);

  const apollo = new ApolloServer<GraphQLContext>({
    // The schema, with operations compiled by graphql-jit instead of interpreted per request (issue 13).
    gateway: compiledGateway(schema),
    introspection: config.nodeEnv !== 'production',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The entry point owns SIGINT/SIGTERM: it drains HTTP, then stops jobs and the database in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxLexicalTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: protection.validationRules,
    formatError,
    logger,
    // armor is built against Apollo's CommonJS types; the plugin objects are the same at run time.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]), metrics.apolloPlugin, perUserMutationGate(new PerUserGate()), ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(),
      // No field sets a cache hint and no response is cached; Apollo's plugin wrapped every field resolver for nothing (issue 13).
      ApolloServerPluginCacheControlDisabled(),
      // Inline tracing is for federated subgraphs, which this schema is not; Apollo installs it
      // anyway, and its requestDidStart ran (and answered nothing) for every request (issue 13).
      ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  const graphql = graphqlOverHttp({
    compress: compressGraphQLResponses(),
    parseJson: express.json({ limit: config.bodyLimitBytes }),
    apollo,
    context: async ({ req, res }) => {
      try {
        return await buildContext(deps, {
          headers: req.headers,
          requestId: requestIdOf(res),
          sessionCookie: new SessionCookie(res, config.secureCookies),
          clientAddress: clientAddressOf(req, config.trustedProxies),
        });
      } catch (error) {
        // Reading the session is the first query of every request: a busy database shows here first.
        const busy = busyCause(error);
        if (!busy) throw error;
        logger.warn({ err: error, requestId: requestIdOf(res), cause: busy }, `database busy: ${busy}; answered SERVICE_BUSY`);
        throw busyError(requestIdOf(res), 503);
      }
    },
  });
  // Open once start-up is done (migrations, seed data); see the gate below.
  let open = !options.readiness;

  if (config.exposeSqlCount) exposeSqlCount(app);
  app.use(requestTracking(deps, metrics));
  // The request nearly every screen makes, to exactly /graphql once open, goes to its handler
  // here, where the routes below would send it anyway: the three GET routes do not match it, the
  // gate lets it through, and /graphql's handler needs only the body and headers, not the path
  // the mount trims. Walking those layers (a path match each, the mount's trim and restore) was
  // a few per cent of a small request's CPU (issue 13). An error goes on to the same error
  // handlers; anything else (`/graphql/`, a query string, start-up) takes the routes below.
  app.use((req, res, next) => (open && req.url === '/graphql' ? graphql(req, res, next) : next()));
  // Answered while starting too: an instance stuck in start-up is what an operator wants to see.
  app.get('/metrics', async (req, res) => {
    const access = mayReadMetrics(req);
    if (!access.ok) {
      if (access.status === 401) res.setHeader('www-authenticate', 'Bearer');
      jsonError(res, access.status, access.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', '无权读取运行指标 / Not allowed to read the metrics.'); return;
    }
    res.setHeader('content-type', metrics.registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(await metrics.registry.metrics());
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const readiness: Readiness = options.readiness ?? { check: async () => ({ ready: true }) };
  // Answers within 2 s whatever the database does; the pool's load does not count (a burst is not an outage).
  const probe = new DatabaseProbe(deps.orm.config.get('clientUrl'), logger);
  app.get('/readyz', async (_req, res) => {
    try {
      const { ready, reason } = await readiness.check();
      if (!ready) return void res.status(503).json({ status: reason });
      const database = await probe.check();
      res.status(database.ok ? 200 : 503).json({ status: database.ok ? 'ready' : database.reason });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  // Until start-up is done (migrations, seed data), everything else answers 503 and "retry".
  const waitForStartUp: RequestHandler = async (_req, res, next) => {
    if ((open = (await readiness.check().catch(() => ({ ready: false }))).ready)) { next(); return; }
    res.setHeader('retry-after', '2');
    jsonError(res, 503, 'SERVICE_UNAVAILABLE', '服务正在启动，请稍后重试 / The service is starting; try again shortly.');
  };
  // Once open, no async function (and its promise) per request just to say so (issue 13).
  app.use((req, res, next) => (open ? next() : waitForStartUp(req, res, next)));
  app.use('/graphql', graphql);
  // Plain HTTP routes get the context a GraphQL operation gets, and its error answers.
  const route: HttpRoute = plainRoutes({
    logger,
    context: (req, res) => buildContext(deps, {
      headers: req.headers,
      requestId: requestIdOf(res),
      sessionCookie: null,
      clientAddress: clientAddressOf(req, config.trustedProxies),
    }),
  });
  app.use('/files', documentRoutes(deps, storage, route));
  app.use(applicationRoutes(route));
  app.use(allianceRoutes(route));
  app.use(apartmentRoutes(route));
  app.use(communityRoutes(route));
  app.use(notificationRoutes(route));
  app.use(appointmentRoutes(route));
  app.use(importRoutes(route));
  serveWebApp(app, config.webDistDir);
  app.use(bodyErrors);
  app.use(lastErrors(logger));

  try {
    // ws forwards the HTTP server's errors to graphql-ws, which prints a scary "internal error" for
    // a busy port; a failed listen is ours to report, in one line.
    httpServer.removeAllListeners('error');
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    metrics.stop();
    await wsCleanup.dispose();
    await apollo.stop();
    await databaseEvents.stop();
    const code = thrownCode(error);
    if (code === 'EADDRINUSE') throw new PortInUseError(`Port ${port} on ${host} is already in use (another instance or program); set PORT to a free port.`);
    if (code === 'EACCES') throw new PortInUseError(`Not allowed to listen on port ${port} on ${host}; use a port above 1023 or run behind a reverse proxy.`);
    if (code === 'EADDRNOTAVAIL') throw new PortInUseError(`HOST ${host} is not an address of this machine.`);
    throw error;
  }
  const address = httpServer.address() as { port: number };
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  return {
    httpServer,
    url,
    close: async () => {
      liveSessions.stop();
      metrics.stop();
      await wsCleanup.dispose();
      await apollo.stop();
      await databaseEvents.stop();
      storage.close?.();
      await probe.close();
      httpServer.closeAllConnections();
    },
  };
}

