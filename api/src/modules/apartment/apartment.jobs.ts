import type { JobDefinition } from '../../core/jobs/job-engine.js';
import { createLoaders, createServices } from '../index.js';

/**
 * Lets overdue offers lapse and passes their units on, once a minute across all instances.
 * Every letting change also lapses its layout's overdue offers first under the lock, so a missed
 * tick loses nothing.
 */
export const apartmentJobs: JobDefinition[] = [
  {
    name: 'apartment.lapse-offers',
    schedule: '* * * * *',
    async run(_payload, ctx) {
      const em = ctx.orm.em.fork();
      const lapsed = await createServices(em, createLoaders(em), ctx.config).apartmentWaitlist.passOnLapsed();
      if (lapsed) ctx.logger.info({ lapsed }, 'apartment offers lapsed and passed on');
    },
  },
];
