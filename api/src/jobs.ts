import type { JobDefinition } from './core/jobs/job-engine.js';
import { allianceJobs } from './modules/alliance/index.js';
import { appointmentJobs } from './modules/appointment/index.js';
import { apartmentJobs } from './modules/apartment/index.js';
import { outboxJobs, reminderJobs } from './modules/notification/index.js';
import { createLoaders, createServices } from './modules/index.js';
import { policyAlertJobs } from './modules/policy/index.js';

/**
 * Every background job of the platform (see core/jobs/job-engine.ts for how to add one): run by
 * each process with RUN_JOBS=true; scheduled ones once per tick across all of them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- jobs with different payload types; each checks its own
export const JOBS: JobDefinition<any>[] = [...outboxJobs(), ...allianceJobs, ...apartmentJobs((em, config) => createServices(em, createLoaders(em), config).apartmentWaitlist), ...appointmentJobs, ...reminderJobs, ...policyAlertJobs];
