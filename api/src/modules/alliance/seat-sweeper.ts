import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../core/logging/logger.js';
import { NotificationService } from '../notification/notification.service.js';
import { RegistrationService } from './registration.service.js';

/**
 * Releases unused reserved seats at each event's set time, once a minute. Sign-ups and
 * cancellations also release them lazily under the event lock, so a missed tick loses nothing.
 */
export function startReservedSeatSweeper(orm: MikroORM, logger: Logger, everyMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const em = orm.em.fork();
      const released = await new RegistrationService(em, new NotificationService(em)).releaseDueReservedSeats();
      if (released.length) logger.info({ events: released }, 'reserved seats released');
    } catch (error) {
      logger.error({ err: error }, 'releasing reserved seats failed');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
