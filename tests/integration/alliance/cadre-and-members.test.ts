import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLIANCE, ORG, USER } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const COHORT = `mutation($input: CadreCohortInput!) { createCadreCohort(input: $input) { cohort { id } errors { field code } } }`;
const NOMINATE = `mutation($input: NominateCadreInput!) { nominateCadreCandidate(input: $input) { nomination { id status reason } errors { field code } } }`;
const WITHDRAW = `mutation($id: UUID!) { withdrawCadreNomination(id: $id) { nomination { id status } errors { field code } } }`;
const DECIDE = `mutation($id: UUID!, $selected: Boolean!) { decideCadreNomination(id: $id, selected: $selected) { nomination { status } errors { code } } }`;
const COMPLETE = `mutation($id: UUID!) { recordCadreCompletion(id: $id, completed: true) { nomination { completedAt } errors { code } } }`;

/** A cohort starting next March, or on `startsOn` (one that has begun, for completions). */
async function newCohort(places: number, startsOn = `${new Date().getUTCFullYear() + 1}-03-01`): Promise<string> {
  const year = Number(startsOn.slice(0, 4));
  const res = await (await app.client('coordinator')).data(COHORT, { input: { year, themeZh: '撤回测试', themeEn: 'Withdrawal test', places, startsOn, endsOn: `${year}-12-31` } });
  expect(res.createCadreCohort.errors).toEqual([]);
  return res.createCadreCohort.cohort.id;
}

const statusOf = async (id: string) => (await app.sql<{ status: string }>('select status from alliance_cadre_nominations where id = ?', [id]))[0].status;

describe('HR withdraw a nomination', () => {
  it('frees a selected place, tells the person and the coordinators, and a new nomination revives the same row', async () => {
    const cohortId = await newCohort(1);
    const [hr, coordinator] = await Promise.all([app.client('hr'), app.client('coordinator')]);
    const first = (await hr.data(NOMINATE, { input: { cohortId, personId: USER.talent, reason: '骨干' } })).nominateCadreCandidate.nomination;
    const second = (await hr.data(NOMINATE, { input: { cohortId, personId: USER.talents[0] } })).nominateCadreCandidate.nomination;
    expect((await coordinator.data(DECIDE, { id: first.id, selected: true })).decideCadreNomination.nomination.status).toBe('SELECTED');
    expect((await coordinator.data(DECIDE, { id: second.id, selected: true })).decideCadreNomination.errors).toMatchObject([{ code: 'OUT_OF_RANGE' }]);

    const withdrawn = await hr.data(WITHDRAW, { id: first.id });
    expect(withdrawn.withdrawCadreNomination).toEqual({ nomination: { id: first.id, status: 'WITHDRAWN' }, errors: [] });
    // The place is free again: the other nominee can now be selected.
    expect((await coordinator.data(DECIDE, { id: second.id, selected: true })).decideCadreNomination.nomination.status).toBe('SELECTED');
    const told = await app.sql<{ recipient_id: string; kind: string; link: string }>(
      `select recipient_id, kind, link from notifications where kind in ('alliance.cadre.withdrawn', 'alliance.cadre.place_freed') order by kind`);
    expect(told).toEqual([
      { recipient_id: USER.coordinator, kind: 'alliance.cadre.place_freed', link: `/alliance/cadre/${cohortId}` },
      { recipient_id: USER.talent, kind: 'alliance.cadre.withdrawn', link: `/alliance/cadre/${cohortId}` },
    ]);

    // Withdrawn twice: refused, nothing changes.
    expect((await hr.data(WITHDRAW, { id: first.id })).withdrawCadreNomination.errors).toMatchObject([{ field: 'nominationId', code: 'INVALID_STATE' }]);
    // Nominated again: the same row, awaiting selection, with the new reason.
    const again = (await hr.data(NOMINATE, { input: { cohortId, personId: USER.talent, reason: '再次推荐' } })).nominateCadreCandidate;
    expect(again).toEqual({ nomination: { id: first.id, status: 'NOMINATED', reason: '再次推荐' }, errors: [] });
    expect((await hr.data(NOMINATE, { input: { cohortId, personId: USER.talent } })).nominateCadreCandidate.errors).toMatchObject([{ field: 'input.personId', code: 'DUPLICATE' }]);
  });

  it('is for the nominating enterprise\'s HR only, and not once the programme is completed', async () => {
    const cohortId = await newCohort(2, '2026-03-01');
    const [hr, hr2, coordinator] = await Promise.all([app.client('hr'), app.client('hr2'), app.client('coordinator')]);
    const nomination = (await hr.data(NOMINATE, { input: { cohortId, personId: USER.talent } })).nominateCadreCandidate.nomination;

    // Another enterprise's HR: as if it did not exist. A coordinator or the talent: not their operation.
    expect((await hr2.request(WITHDRAW, { id: nomination.id })).body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await coordinator.request(WITHDRAW, { id: nomination.id })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await (await app.client('talent')).request(WITHDRAW, { id: nomination.id })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await statusOf(nomination.id)).toBe('NOMINATED');

    await coordinator.data(DECIDE, { id: nomination.id, selected: true });
    expect((await coordinator.data(COMPLETE, { id: nomination.id })).recordCadreCompletion.errors).toEqual([]);
    expect((await hr.data(WITHDRAW, { id: nomination.id })).withdrawCadreNomination.errors).toMatchObject([{ code: 'INVALID_STATE' }]);
    expect(await statusOf(nomination.id)).toBe('SELECTED');
  });
});

describe('recording completion', () => {
  const COMPLETE_FULL = `mutation($id: UUID!, $completed: Boolean!) { recordCadreCompletion(id: $id, completed: $completed) { nomination { id completedAt } errors { field code message } } }`;
  const completedAt = async (id: string) => (await app.sql<{ completed_at: Date | null }>('select completed_at from alliance_cadre_nominations where id = ?', [id]))[0].completed_at;

  it('is refused before the cohort has started, beside the completion, and nothing is written', async () => {
    const cohortId = await newCohort(2);
    const [hr, coordinator] = await Promise.all([app.client('hr'), app.client('coordinator')]);
    const nomination = (await hr.data(NOMINATE, { input: { cohortId, personId: USER.talent } })).nominateCadreCandidate.nomination;
    await coordinator.data(DECIDE, { id: nomination.id, selected: true });

    // The same refusal however often it is asked, at once.
    const answers = await Promise.all([1, 2, 3].map(() => coordinator.data(COMPLETE_FULL, { id: nomination.id, completed: true })));
    for (const answer of answers) {
      expect(answer.recordCadreCompletion.errors).toMatchObject([{ field: 'completed', code: 'INVALID_STATE' }]);
      expect(answer.recordCadreCompletion.errors[0].message).toContain(`${new Date().getUTCFullYear() + 1}-03-01`);
    }
    expect(await completedAt(nomination.id)).toBeNull();
    // Clearing a completion that was never recorded stays allowed (nothing to refuse).
    expect((await coordinator.data(COMPLETE_FULL, { id: nomination.id, completed: false })).recordCadreCompletion.errors).toEqual([]);
  });

  it('is recorded once the cohort has started, and malformed or unknown ids change nothing', async () => {
    const cohortId = await newCohort(1, '2026-03-01');
    const [hr, coordinator] = await Promise.all([app.client('hr'), app.client('coordinator')]);
    const nomination = (await hr.data(NOMINATE, { input: { cohortId, personId: USER.talent } })).nominateCadreCandidate.nomination;
    await coordinator.data(DECIDE, { id: nomination.id, selected: true });
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-00000000ffff', 'x'.repeat(100_000), '\u0000']) {
      const res = await coordinator.request(COMPLETE_FULL, { id, completed: true });
      expect(res.body.errors?.[0]?.extensions?.code, id.slice(0, 20)).toMatch(/BAD_USER_INPUT|NOT_FOUND|GRAPHQL_VALIDATION_FAILED/);
    }
    expect(await completedAt(nomination.id)).toBeNull();
    const done = await coordinator.data(COMPLETE_FULL, { id: nomination.id, completed: true });
    expect(done.recordCadreCompletion.errors).toEqual([]);
    expect(await completedAt(nomination.id)).not.toBeNull();
  });
});

describe('what each person sees of the cadre exchange', () => {
  it('shows coordinators every nomination, HR their enterprise\'s, and a nominee their own with the schedule', async () => {
    const q = `query($id: UUID!) { cadreCohort(id: $id) { selectedCount places nominations { id person { id } } sessions { id } } }`;
    const ids = async (who: 'coordinator' | 'hr' | 'hr2' | 'talent') => (await (await app.client(who)).data(q, { id: ALLIANCE.cohort2026 })).cadreCohort.nominations.map((n: any) => n.id).sort();
    expect(await ids('coordinator')).toEqual([...ALLIANCE.nominations].sort());
    expect(await ids('hr')).toEqual([ALLIANCE.nominations[0]]);
    expect(await ids('hr2')).toEqual([ALLIANCE.nominations[1]]);
    expect(await ids('talent')).toEqual([]);
    const visitor = await (await app.client()).data(q, { id: ALLIANCE.cohort2026 });
    expect(visitor.cadreCohort.nominations).toEqual([]);
    expect(visitor.cadreCohort.sessions.length).toBeGreaterThan(0);
  });

  // Loader batches can split across ticks, so counts may differ by a statement; one query per row would not fit under the bound.
  it('lists cohorts with their places and nominations in a few statements, not one per cohort', async () => {
    const hr = await app.client('hr');
    for (let i = 0; i < 9; i++) await hr.data(NOMINATE, { input: { cohortId: await newCohort(3), personId: USER.talents[0] } });
    const list = `query($first: Int) { cadreCohorts(first: $first) { totalCount edges { node { id theme places selectedCount startsOn endsOn partner { id nameZh } nominations { id status person { id displayName } organisation { id } } sessions { id } } } } }`;
    const coordinator = await app.client('coordinator');
    const one = await coordinator.request(list, { first: 1 });
    const ten = await coordinator.request(list, { first: 10 });
    expect(ten.body.errors).toBeUndefined();
    expect(ten.body.data.cadreCohorts.edges).toHaveLength(10);
    expect(ten.body.data.cadreCohorts.edges.every((e: any) => e.node.nominations.length > 0)).toBe(true);
    expect(one.sqlCount).toBeLessThanOrEqual(8);
    expect(ten.sqlCount).toBeLessThanOrEqual(8);
  });
});

describe('alliance members', () => {
  const MEMBERS = `{ allianceMembers { isConvener organisation { id nameZh } profile { field size contactName joinedOn } } allianceCoordinators { displayName } allianceConvener { year organisation { id } } allianceConvenerHistory { year note organisation { id nameZh } } }`;

  it('lets a coordinator or the member\'s own HR edit its profile, and no one else', async () => {
    const save = `mutation($input: AllianceMemberProfileInput!) { saveAllianceMemberProfile(input: $input) { profile { field fieldEn size contactName contactEmail joinedOn } errors { field code } } }`;
    const input = { organisationId: ORG.enterprises[0], fieldZh: '智能装备与机器人', fieldEn: 'Intelligent equipment and robotics', size: 'LARGE', contactName: '张联络（示例）', contactEmail: 'contact@enterprise.example', joinedOn: '2024-05-20' };
    const own = await (await app.client('hr')).data(save, { input });
    expect(own.saveAllianceMemberProfile).toEqual({ profile: { field: '智能装备与机器人', fieldEn: 'Intelligent equipment and robotics', size: 'LARGE', contactName: '张联络（示例）', contactEmail: 'contact@enterprise.example', joinedOn: '2024-05-20' }, errors: [] });
    const bad = await (await app.client('coordinator')).data(save, { input: { ...input, joinedOn: '20-5-2024', contactEmail: 'not an email' } });
    expect(bad.saveAllianceMemberProfile.errors.map((e: any) => e.field).sort()).toEqual(['input.contactEmail', 'input.joinedOn']);
    const other = await (await app.client('hr2')).request(save, { input: { ...input, fieldZh: '别人改的' } });
    expect(other.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await app.sql('select field_zh from alliance_member_profiles where organisation_id = ?', [ORG.enterprises[0]])).toEqual([{ field_zh: '智能装备与机器人' }]);
  });

  it('sets a year\'s convener (replacing that year only) and answers the members page in a few statements, not one per member', async () => {
    const coordinator = await app.client('coordinator');
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const set = `mutation($input: SetConvenerInput!) { setAllianceConvener(input: $input) { term { year organisation { id } } errors { field code } } }`;
    expect((await coordinator.data(set, { input: { year, organisationId: ORG.enterprises[5], note: '第二次联席会议起' } })).setAllianceConvener.errors).toEqual([]);
    expect((await (await app.client('hr')).request(set, { input: { year, organisationId: ORG.enterprises[0] } })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await coordinator.data(set, { input: { year, organisationId: ORG.shuMaterials } })).setAllianceConvener.errors).toMatchObject([{ field: 'input.organisationId', code: 'NOT_FOUND' }]);

    const all = await (await app.client()).request(MEMBERS);
    expect(all.body.errors).toBeUndefined();
    const data = all.body.data;
    expect(data.allianceConvener).toEqual({ year, organisation: { id: ORG.enterprises[5] } });
    expect(data.allianceMembers.filter((m: any) => m.isConvener).map((m: any) => m.organisation.id)).toEqual([ORG.enterprises[5]]);
    expect(data.allianceConvenerHistory.map((t: any) => t.year)).toEqual([year, year - 1, year - 2]);

    // Twelve members cost no more than one (give or take a loader batch split across ticks).
    await app.sql(`update organisations set alliance_member = false where id <> ? and kind = 'ENTERPRISE'`, [ORG.enterprises[5]]);
    const single = await (await app.client()).request(MEMBERS);
    expect(single.body.data.allianceMembers).toHaveLength(1);
    expect(all.sqlCount).toBeLessThanOrEqual(8);
    expect(single.sqlCount).toBeLessThanOrEqual(8);
    await app.sql(`update organisations set alliance_member = true where id in (${ORG.enterprises.map(() => '?').join(', ')})`, [...ORG.enterprises]);
  });
});
