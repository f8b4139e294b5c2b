import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { ACCEPT, addUnit, approvedFlat, DECLINE, pendingOfferOf, people, testProject, type People } from './helpers.js';

let app: TestApp;
let p: People;
let project: string;

beforeAll(async () => {
  app = await startTestApp();
  p = await people(app);
  project = await testProject(p);
});
afterAll(async () => {
  await app.close();
});

/** A second signed-in session of the same person (another tab or phone). */
async function secondSession(client: GraphQLClient): Promise<GraphQLClient> {
  const other = await app.client();
  other.sessionCookie = client.sessionCookie;
  return other;
}

describe('the last unit, accepted twice at once', () => {
  it('gives one lease and a clear refusal; the application is allocated once', async () => {
    const application = await approvedFlat(p, 0, { layout: 'TWO_BEDROOM' });
    await approvedFlat(p, 1, { layout: 'TWO_BEDROOM' });
    const unit = await addUnit(p, project, 'L-1', 'TWO_BEDROOM', 3600, 72);
    const offer = (await pendingOfferOf(p.talents[0]))!;
    expect(offer.unit.id).toBe(unit);

    const tab2 = await secondSession(p.talents[0]);
    const [a, b, c] = await Promise.all([
      p.talents[0].data(ACCEPT, { input: { offerId: offer.id } }),
      tab2.data(ACCEPT, { input: { offerId: offer.id } }),
      // Someone next in line tries the same offer: it is not theirs.
      p.talents[1].request(ACCEPT, { input: { offerId: offer.id } }),
    ]);
    const outcomes = [a.acceptApartmentOffer, b.acceptApartmentOffer];
    expect(outcomes.filter((o) => o.lease)).toHaveLength(1);
    expect(outcomes.find((o) => !o.lease)!.errors).toEqual([{ field: 'input.offerId', code: 'INVALID_STATE', message: '您已接受这份配租通知，租约已生成，请勿重复操作。' }]);
    expect(c.body.errors![0].extensions!.code).toBe('NOT_FOUND');

    expect(await app.sql(`select id from apartment_leases where unit_id = ?`, [unit])).toHaveLength(1);
    expect(await app.sql(`select id from application_events where application_id = ? and action = 'ALLOCATE'`, [application.id])).toHaveLength(1);
    expect((await app.sql<{ status: string }>(`select status from apartment_units where id = ?`, [unit]))[0].status).toBe('OCCUPIED');
    expect(await pendingOfferOf(p.talents[1])).toBeNull();
  });

  it('lets a decline and an accept race: exactly one answer counts', async () => {
    await approvedFlat(p, 2, { layout: 'THREE_BEDROOM' });
    await addUnit(p, project, 'L-2', 'THREE_BEDROOM', 5000, 95);
    const offer = (await pendingOfferOf(p.talents[2]))!;
    const tab2 = await secondSession(p.talents[2]);
    const [accepted, declined] = await Promise.all([
      p.talents[2].data(ACCEPT, { input: { offerId: offer.id } }),
      tab2.data(DECLINE, { input: { offerId: offer.id } }),
    ]);
    const winners = [accepted.acceptApartmentOffer.errors.length === 0, declined.declineApartmentOffer.errors.length === 0];
    expect(winners.filter(Boolean)).toHaveLength(1);
    const [row] = await app.sql<{ status: string }>(`select status from apartment_offers where id = ?`, [offer.id]);
    expect(row.status).toBe(winners[0] ? 'ACCEPTED' : 'DECLINED');
    expect(await app.sql(`select id from apartment_leases where offer_id = ?`, [offer.id])).toHaveLength(winners[0] ? 1 : 0);
  });
});

describe('the database refuses a unit offered or let to two people, whatever the code does', () => {
  let unit: string;
  let entries: { id: string; talent_id: string; application_id: string }[];
  let ruleVersion: string;

  it('two transactions offering the same free unit at once: one commits, the other fails on the partial unique index', async () => {
    // A unit in maintenance is never offered by the service: the raw inserts below stand for code that got it wrong.
    unit = (await p.coordinator.data(`mutation($input: CreateApartmentUnitInput!) { createApartmentUnit(input: $input) { unit { id } } }`,
      { input: { projectId: project, code: 'DB-1', layout: 'STUDIO', areaSqm: 30, monthlyRentYuan: 1800, status: 'MAINTENANCE' } })).createApartmentUnit.unit.id;
    for (const who of [3, 4]) await approvedFlat(p, who, { layout: 'STUDIO' });
    entries = await app.sql(`select id, talent_id, application_id from apartment_waitlist where layout = 'STUDIO' order by queued_at`);
    ruleVersion = (await app.sql<{ id: string }>(`select id from rule_versions where rule_set_id = (select id from rule_sets where code = 'talent-apartment-terms')`))[0].id;
    const offer = (entry: { id: string; talent_id: string }) => app.orm.em.fork().transactional(async (tx) => {
      await tx.execute(`insert into apartment_offers (id, unit_id, entry_id, talent_id, status, offered_at, respond_by, rule_version_id)
        values (gen_random_uuid(), ?, ?, ?, 'PENDING', now(), now() + interval '7 days', ?)`, [unit, entry.id, entry.talent_id, ruleVersion]);
      // Both hold their insert open for a moment, so they really overlap.
      await new Promise((r) => setTimeout(r, 200));
    });
    const results = await Promise.allSettled([offer(entries[0]), offer(entries[1])]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toContain('apartment_offers_one_pending_per_unit');
    expect(await app.sql(`select id from apartment_offers where unit_id = ? and status = 'PENDING'`, [unit])).toHaveLength(1);
  });

  it('refuses a second lease of a let unit, a lease of a unit offered to someone else, and an offer of a let unit', async () => {
    const [let_] = await app.sql<Record<string, string>>(`select * from apartment_leases where status = 'ACTIVE' limit 1`);
    const [pending] = await app.sql<{ id: string; entry_id: string }>(`select id, entry_id from apartment_offers where unit_id = ? and status = 'PENDING'`, [unit]);
    const other = entries.find((e) => e.id !== pending.entry_id)!;
    const leaseSql = `insert into apartment_leases (id, unit_id, tenant_id, application_id, offer_id, start_date, planned_end_date, end_date, monthly_rent_yuan, category, status, rule_version_id)
      values (gen_random_uuid(), ?, ?, ?, ?, '2027-01-01', '2027-12-31', '2027-12-31', 3000, 'STANDARD', 'ACTIVE', ?)`;
    // A second active lease of a let unit.
    await expect(app.sql(leaseSql, [let_.unit_id, other.talent_id, other.application_id, pending.id, ruleVersion])).rejects.toThrow(/apartment_leases_one_active_per_unit/);
    // The other applicant's old (declined) offer of the unit cannot become a lease while the unit is offered to someone else.
    const [declined] = await app.sql<{ id: string }>(`insert into apartment_offers (id, unit_id, entry_id, talent_id, status, offered_at, respond_by, rule_version_id)
      values (gen_random_uuid(), ?, ?, ?, 'DECLINED', now() - interval '9 days', now() - interval '2 days', ?) returning id`, [unit, other.id, other.talent_id, ruleVersion]);
    await expect(app.sql(leaseSql, [unit, other.talent_id, other.application_id, declined.id, ruleVersion])).rejects.toThrow(/offered to someone else/);
    // A lease for a unit other than the one its offer was for.
    const [elsewhere] = await app.sql<{ id: string }>(`select id from apartment_units where status = 'MAINTENANCE' and id <> ? limit 1`, [unit]);
    await expect(app.sql(leaseSql, [elsewhere.id, other.talent_id, other.application_id, declined.id, ruleVersion])).rejects.toThrow(/not for the unit its offer was for/);
    // Leases run in whole months.
    await expect(app.sql(leaseSql.replace("'2027-01-01'", "'2027-01-15'"), [unit, other.talent_id, other.application_id, pending.id, ruleVersion])).rejects.toThrow(/whole months/);
    // A pending offer of a let unit.
    await expect(app.sql(`insert into apartment_offers (id, unit_id, entry_id, talent_id, status, offered_at, respond_by, rule_version_id)
      values (gen_random_uuid(), ?, ?, ?, 'PENDING', now(), now() + interval '1 day', ?)`, [let_.unit_id, other.id, other.talent_id, ruleVersion])).rejects.toThrow(/is let/);
    expect(await app.sql(`select id from apartment_leases where unit_id = ?`, [unit])).toEqual([]);
  });
});
