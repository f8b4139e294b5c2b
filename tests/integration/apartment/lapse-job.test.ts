import 'reflect-metadata';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { JOBS } from '../../../api/src/jobs.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { addUnit, approvedFlat, pendingOfferOf, people, testProject, type People } from './helpers.js';

// The once-a-minute job a worker runs (`apartment.lapse-offers`), run here as the job engine
// would: from the registry in api/src/jobs.ts, with the worker's settings, so the wiring from the
// job to the waitlist service is what is tested, not only the service's method.

let app: TestApp;
let p: People;

beforeAll(async () => {
  app = await startTestApp();
  p = await people(app);
});
afterAll(async () => {
  await app.close();
});

async function runLapseJob(): Promise<void> {
  const job = JOBS.find((j) => j.name === 'apartment.lapse-offers');
  if (!job) throw new Error('apartment.lapse-offers is not registered');
  expect(job.schedule).toBe('* * * * *');
  await job.run({}, { orm: app.orm, config: app.config, logger: app.logger, attempt: 1, maxAttempts: 1 });
}

const offerStatus = async (id: string) => (await app.sql<{ status: string }>('select status from apartment_offers where id = ?', [id]))[0]?.status;

it('lets an overdue offer lapse and offers the unit to the next in line; a second tick changes nothing', async () => {
  const project = await testProject(p);
  await approvedFlat(p, 0, { layout: 'STUDIO' });
  await approvedFlat(p, 1, { layout: 'STUDIO' });
  const unit = await addUnit(p, project, 'J-101', 'STUDIO');
  const first = await pendingOfferOf(p.talents[0]);
  expect(first?.unit.id).toBe(unit);

  // Not yet due: the job leaves it alone.
  await runLapseJob();
  expect(await offerStatus(first!.id)).toBe('PENDING');
  expect(await pendingOfferOf(p.talents[1])).toBeNull();

  await app.sql(`update apartment_offers set offered_at = now() - interval '8 days', respond_by = now() - interval '1 day' where id = ?`, [first!.id]);
  await runLapseJob();
  expect(await offerStatus(first!.id)).toBe('LAPSED');
  const second = await pendingOfferOf(p.talents[1]);
  expect(second?.unit.id).toBe(unit);

  await runLapseJob();
  expect(await app.sql(`select id from apartment_offers where unit_id = ? and status = 'PENDING'`, [unit])).toEqual([{ id: second!.id }]);
  expect(await app.sql(`select id from notifications where kind = 'apartment.offer.lapsed'`)).toHaveLength(1);
});
