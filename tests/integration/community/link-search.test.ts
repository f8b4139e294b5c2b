/**
 * The joint meeting's agenda pickers find needs and projects by reference or title on the server
 * (`search` on communityNeeds and communityProjects), so a coordinator with more than 100 of them
 * can still link any one. What is typed is matched as written: `%` and `_` are not wildcards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
let coordinator: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  coordinator = await app.client('coordinator');
});
afterAll(async () => {
  await app.close();
});

const CHOICES = `query($search: String) {
  communityNeeds(first: 100, search: $search) { totalCount edges { node { reference title } } }
  communityProjects(first: 100, search: $search) { totalCount edges { node { need { reference title } } } }
}`;

const PLACE = COMMUNITY.villages[3];

/** 120 needs and 119 projects (all but LS-0001), more than a picker shows; and three needs whose titles hold `%`, `_` or neither. */
async function given(): Promise<void> {
  const [worker] = await app.sql<{ id: string }>("select id from users where email = 'community@yuepu.example'");
  const needs = [
    ...Array.from({ length: 120 }, (_, i) => ({ reference: `LS-${String(i + 1).padStart(4, '0')}`, title: `批量需求 ${i + 1}` })),
    { reference: 'LS-PCT', title: '助老服务覆盖率 100%_达标' },
    { reference: 'LS-ABC', title: '助老服务覆盖率 100ab达标' },
    { reference: 'LS-UND', title: 'snake_case 需求' },
  ];
  for (const n of needs) {
    await app.sql(
      `insert into community_needs (id, reference, place_id, posted_by_id, title, description, category, people_served, due_on, is_public)
       values (gen_random_uuid(), ?, ?, ?, ?, '说明', 'ELDERLY_CARE', 1, current_date + 30, true)`,
      [n.reference, PLACE, worker.id, n.title],
    );
  }
  await app.sql(`insert into community_projects (id, need_id, place_id) select gen_random_uuid(), id, place_id from community_needs where reference like 'LS-0%' and reference <> 'LS-0001'`);
}

describe('searching needs and projects to link to a meeting agenda item', () => {
  beforeAll(given);

  it('finds the one need and its project beyond the first 100, by title or by reference', async () => {
    const all = await coordinator.data(CHOICES, {});
    expect(all.communityNeeds.totalCount).toBe(123);
    expect(all.communityNeeds.edges).toHaveLength(100);
    expect(all.communityProjects.totalCount).toBe(119);
    expect(all.communityProjects.edges).toHaveLength(100);

    const byTitle = await coordinator.data(CHOICES, { search: '批量需求 117' });
    expect(byTitle.communityNeeds.edges.map((e: any) => e.node.reference)).toEqual(['LS-0117']);
    expect(byTitle.communityProjects.edges.map((e: any) => e.node.need.reference)).toEqual(['LS-0117']);
    // Case does not matter, and spaces around the words are ignored.
    const byReference = await coordinator.data(CHOICES, { search: '  ls-0117 ' });
    expect(byReference.communityNeeds.edges.map((e: any) => e.node.title)).toEqual(['批量需求 117']);
    // LS-0001 has no project: the need is found, no project is.
    const noProject = await coordinator.data(CHOICES, { search: 'LS-0001' });
    expect([noProject.communityNeeds.totalCount, noProject.communityProjects.totalCount]).toEqual([1, 0]);
  });

  it('matches % and _ as themselves, not as wildcards', async () => {
    const percent = await coordinator.data(CHOICES, { search: '100%_' });
    expect(percent.communityNeeds.edges.map((e: any) => e.node.reference)).toEqual(['LS-PCT']);
    const underscore = await coordinator.data(CHOICES, { search: '_' });
    expect(underscore.communityNeeds.edges.map((e: any) => e.node.reference).sort()).toEqual(['LS-PCT', 'LS-UND']);
    const backslash = await coordinator.data(CHOICES, { search: '\\' });
    expect(backslash.communityNeeds.totalCount).toBe(0);
    // Only spaces: no filter at all.
    expect((await coordinator.data(CHOICES, { search: '   ' })).communityNeeds.totalCount).toBe(123);
  });

  it('refuses a NUL or a 100 KB search before any SQL, naming the argument, and keeps answering', async () => {
    for (const [search, code] of [['批量\u0000需求', 'INVALID'], ['x'.repeat(100_000), 'TOO_LONG']] as const) {
      const res = await coordinator.request(CHOICES, { search });
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', reason: code });
    }
    // The server is unharmed: the next search answers.
    expect((await coordinator.data(CHOICES, { search: '批量需求 117' })).communityNeeds.totalCount).toBe(1);
  });

  it('searches only what the person may see: a visitor finds public needs only', async () => {
    await app.sql("update community_needs set is_public = false where reference = 'LS-0117'");
    const visitor = await app.client();
    expect((await visitor.data(CHOICES, { search: 'LS-0117' })).communityNeeds.totalCount).toBe(0);
    expect((await coordinator.data(CHOICES, { search: 'LS-0117' })).communityNeeds.totalCount).toBe(1);
  });
});
