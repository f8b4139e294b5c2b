import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../core/config.js';
import type { JobDefinition } from '../../core/jobs/job-engine.js';
import type { Waitlist } from './waitlist.js';

/**
 * Lets overdue offers lapse and passes their units on, once a minute across all instances.
 * Every letting change also lapses its layout's overdue offers first under the lock, so a missed
 * tick loses nothing. The waitlist comes from the services container (`waitlistFor`, given by
 * api/src/jobs.ts), wired exactly as for a request; this module does not import the composition
 * root that imports it.
 */
export function apartmentJobs(waitlistFor: (em: EntityManager, config: AppConfig) => Waitlist): JobDefinition[] {
  return [
    {
      name: 'apartment.lapse-offers',
      schedule: '* * * * *',
      async run(_payload, ctx) {
        const lapsed = await waitlistFor(ctx.orm.em.fork(), ctx.config).passOnLapsed();
        if (lapsed) ctx.logger.info({ lapsed }, 'apartment offers lapsed and passed on');
      },
    },
  ];
}
