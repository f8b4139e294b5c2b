import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { AppConfig } from './core/config.js';
import { readCookie, SESSION_COOKIE, SessionCookie } from './core/auth/cookies.js';
import type { Viewer } from './core/auth/viewer.js';
import type { Locale } from './core/errors/domain-error.js';
import type { Logger } from './core/logging/logger.js';
import { createLoaders, createServices, type Loaders, type Services } from './modules/index.js';

/** What every resolver gets: its own entity manager, the viewer, and this request's loaders. */
export interface GraphQLContext {
  requestId: string;
  locale: Locale;
  viewer: Viewer | null;
  em: ReturnType<MikroORM['em']['fork']>;
  loaders: Loaders;
  services: Services;
  config: AppConfig;
  logger: Logger;
  req: Request;
  sessionCookie: SessionCookie;
}

export interface AppDeps {
  orm: MikroORM;
  config: AppConfig;
  logger: Logger;
}

/** zh-CN unless the browser asks for English first. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export async function buildContext(deps: AppDeps, req: Request, res: Response, requestId: string): Promise<GraphQLContext> {
  const em = deps.orm.em.fork();
  const loaders = createLoaders(em);
  const services = createServices(em, loaders, deps.config);
  const viewer = await services.sessions.viewerForToken(readCookie(req, SESSION_COOKIE));
  return {
    requestId,
    locale: localeOf(req.headers['accept-language']),
    viewer,
    em,
    loaders,
    services,
    config: deps.config,
    logger: deps.logger.child({ requestId }),
    req,
    sessionCookie: new SessionCookie(res, deps.config.secureCookies),
  };
}
