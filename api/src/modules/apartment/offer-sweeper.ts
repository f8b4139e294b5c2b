import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../core/logging/logger.js';
import { createServices } from '../index.js';
import { createLoaders } from '../index.js';
import type { AppConfig } from '../../core/config.js';

/**
 * Lets overdue offers lapse and passes their units on, once a minute. Every letting change also
 * lapses its layout's overdue offers first under the lock, so a missed tick loses nothing.
 */
export function startOfferSweeper(orm: MikroORM, config: AppConfig, logger: Logger, everyMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const em = orm.em.fork();
      const lapsed = await createServices(em, createLoaders(em), config).apartmentAllocation.passOnLapsed();
      if (lapsed) logger.info({ lapsed }, 'apartment offers lapsed and passed on');
    } catch (error) {
      logger.error({ err: error }, 'passing on lapsed apartment offers failed');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
