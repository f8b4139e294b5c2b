import type { MikroORM } from '@mikro-orm/postgresql';
import type { IncomingHttpHeaders } from 'node:http';
import type { AppConfig } from './core/config.js';
import { readCookie, SESSION_COOKIE, type SessionCookie } from './core/auth/cookies.js';
import type { Viewer } from './core/auth/viewer.js';
import { localeOf, type Locale } from './core/errors/domain-error.js';
import type { PlainRoute } from './core/http/plain-route.js';
import type { Logger } from './core/logging/logger.js';
import type { AppPubSub } from './core/realtime/pubsub.js';
import { createLoaders, createServices, type Loaders, type Services } from './modules/index.js';
import { SessionService, type UserView } from './modules/account/index.js';

/** What every resolver gets: its own entity manager, the viewer, and this request's loaders. */
export interface GraphQLContext {
  requestId: string;
  locale: Locale;
  viewer: Viewer | null;
  /**
   * The viewer's account as the session lookup read it, at the start of the request: the
   * `viewer` query answers from it (a query changes nothing); other reads use the loaders.
   */
  viewerAccount: UserView | null;
  em: ReturnType<MikroORM['em']['fork']>;
  loaders: Loaders;
  services: Services;
  config: AppConfig;
  logger: Logger;
  /** The session token the request came with (from its cookie), if any. */
  sessionToken: string | null;
  /** Sets or clears the session cookie; a WebSocket operation has none to set. */
  sessionCookie: SessionCookie | null;
  /** Where the request came from (through trusted proxies only), for the sign-in limits. */
  clientAddress: string;
  /** Live events, for subscriptions that check access before they start (WebSocket operations only). */
  pubSub?: AppPubSub;
}

export interface AppDeps {
  orm: MikroORM;
  config: AppConfig;
  logger: Logger;
}

// Moved to core so that a module or core code can use it without importing the context.
export { localeOf } from './core/errors/domain-error.js';

/** What a context is built from: an HTTP request, or the upgrade request of a WebSocket. */
export interface RequestFacts {
  headers: IncomingHttpHeaders;
  requestId: string;
  sessionCookie: SessionCookie | null;
  clientAddress: string;
  pubSub?: AppPubSub;
}

/** The plain HTTP routes' helper, with this context (modules import this type, not the builder). */
export type HttpRoute = PlainRoute<GraphQLContext>;

/**
 * What a request makes only when first used: its entity manager (a fork costs about 35 µs of a
 * 1.7 ms request, issue 13), loaders, services and child logger. A request that reads only the
 * viewer (which the session lookup gives) needs none of them.
 */
interface Lazy {
  deps: AppDeps;
  requestId: string;
  em?: GraphQLContext['em'];
  loaders?: Loaders;
  services?: Services;
  logger?: Logger;
}

/**
 * The context, with the lazy parts as getters on the prototype. Apollo copies the context for
 * each operation (`Object.assign(Object.create(prototype), context)`): own getters would be read,
 * so made, by the copy; these are not, and the copy shares `lazy` with the original, so both get
 * the same entity manager.
 */
class RequestContext {
  constructor(
    private readonly lazy: Lazy,
    readonly requestId: string,
    readonly locale: Locale,
    readonly viewer: Viewer | null,
    readonly viewerAccount: UserView | null,
    readonly config: AppConfig,
    readonly sessionToken: string | null,
    readonly sessionCookie: SessionCookie | null,
    readonly clientAddress: string,
    readonly pubSub: AppPubSub | undefined,
  ) {}

  get em(): GraphQLContext['em'] {
    return (this.lazy.em ??= this.lazy.deps.orm.em.fork());
  }

  get loaders(): Loaders {
    return (this.lazy.loaders ??= createLoaders(this.em));
  }

  get services(): Services {
    return (this.lazy.services ??= createServices(this.em, this.loaders, this.lazy.deps.config));
  }

  get logger(): Logger {
    return (this.lazy.logger ??= this.lazy.deps.logger.child({ requestId: this.lazy.requestId }));
  }
}

export async function buildContext(deps: AppDeps, request: RequestFacts): Promise<GraphQLContext> {
  const sessionToken = readCookie(request.headers, SESSION_COOKIE);
  // One plain statement: it needs no fork of its own, and runs on the ORM's connection outside any transaction.
  const signedIn = await new SessionService(deps.orm.em, deps.config.sessionTtlHours).viewerForToken(sessionToken);
  const requestId = request.requestId;
  return new RequestContext({ deps, requestId }, requestId, localeOf(request.headers['accept-language']), signedIn?.viewer ?? null, signedIn?.user ?? null,
    deps.config, sessionToken, request.sessionCookie, request.clientAddress, request.pubSub);
}
