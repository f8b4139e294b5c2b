import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { publishedEvent } from './helpers.js';

// Issue 13: the event list pages by keyset cursors (start time, id) and reads plain rows. With
// offsets, an event published while someone pages, starting before the page they are on, pushed
// every later event one place on: the last event of a page came again at the top of the next.

const PAGE = `query($after: String, $first: Int) { allianceEvents(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id startsAt title status reservedSeatsReleaseAt hostOrganisation { id } } } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** Every event the talent sees, in the list's order, from the database. */
const visible = () => app.sql<{ id: string }>(`select id from alliance_events where status <> 'DRAFT' order by starts_at, id`);

const earlierEvent = () => app.sql(`
  insert into alliance_events (id, title_zh, title_en, description_zh, description_en, kind, host_organisation_id, venue_zh, venue_en, starts_at, ends_at, capacity,
                               registration_opens_at, registration_closes_at, status, created_by_id)
  select gen_random_uuid(), title_zh, title_en, description_zh, description_en, kind, host_organisation_id, venue_zh, venue_en, starts_at - interval '1 day', ends_at - interval '1 day',
         capacity, registration_opens_at - interval '1 day', registration_closes_at - interval '1 day', status, created_by_id
    from alliance_events where status <> 'DRAFT' order by starts_at, id limit 1`);

describe('the event list, by keyset cursors', () => {
  it('shows each event once, in order, while events are published before the page being read', async () => {
    for (let i = 0; i < 6; i++) await publishedEvent(app, {}, 200 + i * 24);
    const talent = await app.client('talent');
    const before = (await visible()).map((r) => r.id);
    expect(before.length).toBeGreaterThanOrEqual(8);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { allianceEvents }: { allianceEvents: any } = await talent.data(PAGE, { after, first: 3 });
      seen.push(...allianceEvents.edges.map((e: any) => e.node.id));
      expect(allianceEvents.pageInfo.hasPreviousPage).toBe(after !== null);
      pages++;
      // After each of the first pages, an event appears that starts before all others (a copy of the first, a day earlier).
      if (pages <= 2) await earlierEvent();
      if (!allianceEvents.pageInfo.hasNextPage) break;
      after = allianceEvents.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    // Every event that was there at the start comes, in the list's order; the new ones start before the pages read.
    expect(seen).toEqual(before);
    expect((await visible()).length).toBe(before.length + 2);
  });

  it('tells the whole total on every page, reads the fields an entity had, and still takes a position cursor', async () => {
    const talent = await app.client('talent');
    const all = (await visible()).map((r) => r.id);
    const first = (await talent.data(PAGE, { after: null, first: 4 })).allianceEvents;
    const second = (await talent.data(PAGE, { after: first.pageInfo.endCursor, first: 4 })).allianceEvents;
    expect([first.totalCount, second.totalCount]).toEqual([all.length, all.length]);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual(all.slice(0, 8));
    // The entity's computed release time, and its host as a reference.
    const [row] = await app.sql<{ id: string; release: Date; host: string | null }>(
      `select id, starts_at - reserved_seats_release_hours * interval '1 hour' as release, host_organisation_id as host from alliance_events where id = ?`, [all[0]]);
    const node = first.edges[0].node;
    expect(new Date(node.reservedSeatsReleaseAt).getTime()).toBe(new Date(row.release).getTime());
    expect(node.hostOrganisation?.id ?? null).toBe(row.host);
    const byPosition = (await talent.data(PAGE, { after: Buffer.from('pos:3').toString('base64url'), first: 4 })).allianceEvents;
    expect(byPosition.edges.map((e: any) => e.node.id)).toEqual(all.slice(4, 8));
    // Past the end: an empty page that still tells the total.
    const whole = (await talent.data(PAGE, { after: null, first: 100 })).allianceEvents;
    const end = (await talent.data(PAGE, { after: whole.pageInfo.endCursor, first: 100 })).allianceEvents;
    expect([end.totalCount, end.edges, end.pageInfo.hasNextPage]).toEqual([all.length, [], false]);
  });

  it('reads the descriptions with the page only when asked, in both languages, as the event by id gives them', async () => {
    const talent = await app.client('talent');
    const TEXTS = 'description descriptionZh descriptionEn';
    const bare = await talent.request('{ allianceEvents(first: 10) { edges { node { id } } } }');
    for (const locale of ['zh-CN', 'en']) {
      const listed = await talent.request(`{ allianceEvents(first: 10) { edges { node { id ${TEXTS} } } } }`, {}, { 'accept-language': locale });
      // Issue 13: the long texts come in the list's own statement, not one more.
      expect(listed.sqlCount).toBe(bare.sqlCount);
      for (const { node } of listed.body.data.allianceEvents.edges) {
        const one = await talent.request(`query($id: UUID!) { allianceEvent(id: $id) { id ${TEXTS} } }`, { id: node.id }, { 'accept-language': locale });
        expect(node).toEqual(one.body.data.allianceEvent);
      }
    }
    const [row] = await app.sql<{ id: string; description_zh: string; description_en: string }>(`select id, description_zh, description_en from alliance_events where status <> 'DRAFT' order by starts_at, id limit 1`);
    const first = (await talent.data(`{ allianceEvents(first: 1) { edges { node { id ${TEXTS} } } } }`)).allianceEvents.edges[0].node;
    expect([first.id, first.descriptionZh, first.descriptionEn]).toEqual([row.id, row.description_zh, row.description_en]);
  });

  it('keeps drafts from a talent who asks for them, and gives them to a coordinator', async () => {
    const drafts = await app.sql<{ n: number }>(`select count(*)::int as n from alliance_events where status = 'DRAFT'`);
    const asTalent = (await (await app.client('talent')).data('{ allianceEvents(status: DRAFT, first: 100) { totalCount edges { node { status } } } }')).allianceEvents;
    expect(asTalent.edges.map((e: any) => e.node.status)).not.toContain('DRAFT');
    const asCoordinator = (await (await app.client('coordinator')).data('{ allianceEvents(status: DRAFT, first: 100) { totalCount edges { node { status } } } }')).allianceEvents;
    expect(asCoordinator.totalCount).toBe(drafts[0].n);
    expect(new Set(asCoordinator.edges.map((e: any) => e.node.status))).toEqual(new Set(drafts[0].n ? ['DRAFT'] : []));
  });

  it('refuses a malformed cursor with a message, whatever it holds, and changes nothing', async () => {
    const talent = await app.client('talent');
    const count = async () => (await app.sql<{ n: number }>('select count(*)::int as n from alliance_events'))[0].n;
    const before = await count();
    const keyset = (text: string) => Buffer.from(text).toString('base64url');
    const hostile = ['nonsense', 'pos:-1', '\u0000', 'x'.repeat(100_000), keyset('kabc.abc.not-hex'), keyset('kzzzzzzzzzzz.1.00000000000040008000000000000000'),
      keyset("k1.1.0000'; drop table alliance_events; --"), keyset('k1.1.00000000000040008000000000000000\u0000')];
    const answers = await Promise.all(hostile.map((after) => talent.request(PAGE, { after, first: 3 })));
    for (const res of answers) {
      expect(res.body.data).toBeNull();
      expect(res.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors![0].message).toMatch(/^after/);
    }
    expect(await count()).toBe(before);
  });
});
