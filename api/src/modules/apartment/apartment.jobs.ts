import type { JobDefinition } from '../../core/jobs/job-engine.js';
import { NotificationService } from '../notification/index.js';
import { policyLoaders, policyServices } from '../policy/index.js';
import { talentLoaders } from '../talent/index.js';
import { ApartmentTerms } from './terms.js';
import { Waitlist } from './waitlist.js';

/**
 * Lets overdue offers lapse and passes their units on, once a minute across all instances.
 * Every letting change also lapses its layout's overdue offers first under the lock, so a missed
 * tick loses nothing. The waitlist is built here from its own parts (not from modules/index.ts,
 * which would make this module import the composition root that imports it).
 */
export const apartmentJobs: JobDefinition[] = [
  {
    name: 'apartment.lapse-offers',
    schedule: '* * * * *',
    async run(_payload, ctx) {
      const em = ctx.orm.em.fork();
      const { rules } = policyServices(em, { ...policyLoaders(em), ...talentLoaders(em) });
      const waitlist = new Waitlist(new NotificationService(em), new ApartmentTerms(em, rules), em);
      const lapsed = await waitlist.passOnLapsed();
      if (lapsed) ctx.logger.info({ lapsed }, 'apartment offers lapsed and passed on');
    },
  },
];
