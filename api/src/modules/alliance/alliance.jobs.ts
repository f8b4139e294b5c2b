import type { JobDefinition } from '../../core/jobs/job-engine.js';
import { NotificationService } from '../notification/index.js';
import { RegistrationService } from './registration.service.js';

/**
 * Releases unused reserved seats at each event's set time, once a minute across all instances.
 * Sign-ups and cancellations also release them lazily under the event lock, so a missed tick
 * loses nothing.
 */
export const allianceJobs: JobDefinition[] = [
  {
    name: 'alliance.release-reserved-seats',
    schedule: '* * * * *',
    async run(_payload, ctx) {
      const em = ctx.orm.em.fork();
      const released = await new RegistrationService(em, new NotificationService(em)).releaseDueReservedSeats();
      if (released.length) ctx.logger.info({ events: released }, 'reserved seats released');
    },
  },
];
