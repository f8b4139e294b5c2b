import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY, ORG, POLICY, USER } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';

// Issue 13: the lists that grow and change while someone pages through them (applications, event
// registrations, community needs, micro-wishes) page by keyset cursors. With offset cursors a row
// added ahead of the reader's place pushed the rest down a position, so the next page began with
// the last row of the page before (shown twice); a row that left made the next page skip one.

let app: TestApp;
const clients: Record<string, GraphQLClient> = {};

/**
 * `n` copies of one row of `table` (the first that `sample` picks), each with a new id and the
 * columns `set` gives (SQL over `i`, 1…n): rows as the app writes them, with no column to list here.
 */
async function copies(table: string, sample: string, n: number, set: Record<string, string>, params: unknown[] = []): Promise<void> {
  const overrides = Object.entries(set).map(([column, sql]) => `'${column}', ${sql}`).join(', ');
  await app.sql(`
    insert into ${table}
    select (jsonb_populate_record(null::${table}, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), ${overrides}))).*
      from (select * from ${table} where ${sample} limit 1) s, generate_series(1, ${n}) i`, params);
}

let added = 0;
/** A reference no other row has: the lists' tables refuse a second row with the same one. */
const reference = (prefix: string) => `'${prefix}${String(++added).padStart(4, '0')}' || lpad(i::text, 3, '0')`;

/** `n` closed applications of the sample talent at enterprise 1, created at `createdAt` (SQL over `i`). */
const applications = (prefix: string, n: number, createdAt: string) => app.sql(`
  insert into applications (id, reference, policy_id, applicant_id, enterprise_id, status, answers, status_changed_at, version, created_at, updated_at)
  select gen_random_uuid(), ${reference(prefix)}, ?, ?, ?, 'CLOSED', '{}', now(), 1, ${createdAt}, now() from generate_series(1, ${n}) i`,
  [POLICY.housingSubsidy, USER.talent, ORG.enterprises[0]]);

/** `n` community needs of 庆安四村 in the states and due days `status` and `dueOn` give (SQL over `i`). */
const needs = (prefix: string, n: number, status: string, dueOn: string, createdAt: string) => app.sql(`
  insert into community_needs (id, reference, place_id, posted_by_id, title, description, category, people_served, due_on, is_public, status, created_at, updated_at)
  select gen_random_uuid(), ${reference(prefix)}, ?, ?, '翻页需求' || i, '翻页测试', 'ELDERLY_CARE', 10, ${dueOn}, true, ${status}::community_need_status, ${createdAt}, now()
    from generate_series(1, ${n}) i`, [COMMUNITY.residentialAreas[0], COMMUNITY.workers[0]]);

// Three rows at a time share their sort time, so the id decides between them.
const TIED = `timestamptz '2026-03-01' + (i / 3) * interval '1 hour'`;

interface List {
  name: string;
  as: string;
  /** The list's query with `$first` and `$after`; its connection is the first field of `data`. */
  query: string;
  variables?: Record<string, unknown>;
  /** Adds a row at the head of the list (where a reader already went past), or undefined. */
  addAhead?: () => Promise<unknown>;
}

const connection = (data: Record<string, any>): any => {
  const top = Object.values(data)[0];
  return top.edges ? top : top.registrations;
};

const LISTS: List[] = [
  {
    name: 'my applications', as: 'talent',
    query: 'query($first: Int, $after: String) { myApplications(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } }',
    addAhead: () => applications('YP-KA', 1, 'now()'),
  },
  {
    name: 'enterprise applications', as: 'hr',
    query: 'query($first: Int, $after: String) { enterpriseApplications(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } }',
    addAhead: () => applications('YP-KE', 1, 'now()'),
  },
  {
    name: 'an event\'s registrations', as: 'coordinator',
    query: 'query($id: UUID!, $first: Int, $after: String) { allianceEvent(id: $id) { registrations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } } }',
  },
  {
    name: 'community needs', as: 'coordinator',
    query: 'query($first: Int, $after: String) { communityNeeds(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status dueOn } } } }',
    // An open need due sooner than any: it goes to the head of the list.
    addAhead: () => needs('CN-K', 1, `'OPEN'`, `date '2026-01-01'`, 'now()'),
  },
  {
    name: 'micro-wishes', as: 'coordinator',
    query: 'query($first: Int, $after: String) { microWishes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }',
    addAhead: () => copies('micro_wishes', `status <> 'WITHDRAWN'`, 1, { posted_at: 'now()' }),
  },
];

async function walk(list: List, first: number, between?: (page: number) => Promise<unknown>): Promise<{ ids: string[]; totals: number[]; pages: number }> {
  const client = clients[list.as];
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const page = connection(await client.data(list.query, { ...list.variables, first, after }));
    expect(page.edges.length).toBeLessThanOrEqual(first);
    ids.push(...page.edges.map((e: any) => e.node.id));
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { ids, totals, pages };
    expect(pages).toBeLessThan(100);
    after = page.pageInfo.endCursor;
    await between?.(pages);
  }
}

beforeAll(async () => {
  app = await startTestApp();
  for (const as of ['talent', 'hr', 'coordinator'] as const) clients[as] = await app.client(as);
  // More rows than a page in every list, with ties on the sort time.
  await applications('YP-K', 12, TIED);
  const [event] = await app.sql<{ event_id: string }>('select event_id from alliance_event_registrations group by event_id order by count(*) desc limit 1');
  LISTS[2].variables = { id: event.event_id };
  await app.sql(`
    insert into users (id, email, display_name, role, password_hash, locale)
    select gen_random_uuid(), 'keyset' || i || '@talent.example', '翻页' || i, 'TALENT', (select password_hash from users where email = 'talent@yuepu.example'), 'zh-CN'
      from generate_series(1, 12) i`);
  await app.sql(`
    insert into alliance_event_registrations (id, event_id, person_id, status, queue_number, registered_by_id, check_in_code)
    select gen_random_uuid(), ?, u.id, 'WAITLISTED', 1000 + i, u.id, 'KEYSET' || lpad(i::text, 4, '0')
      from generate_series(1, 12) i join users u on u.email = 'keyset' || i || '@talent.example'`, [event.event_id]);
  await needs('CN-P', 12, `(array['OPEN', 'CLAIMED', 'COMPLETED'])[1 + i % 3]`, `date '2027-01-01' + (i / 4)`, TIED);
  await copies('micro_wishes', `status = 'OPEN'`, 12, { posted_at: TIED });
});
afterAll(async () => {
  await app.close();
});

describe.each(LISTS)('paging $name by keyset', (list) => {
  it('walks the whole list in its order, every row once, and tells the same total on every page', async () => {
    const whole = connection(await clients[list.as].data(list.query, { ...list.variables, first: 100, after: null }));
    expect(whole.totalCount).toBeGreaterThan(9);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const { ids, totals, pages } = await walk(list, 3);
    expect(ids).toEqual(whole.edges.map((e: any) => e.node.id));
    expect(pages).toBe(Math.ceil(whole.totalCount / 3));
    expect(new Set(totals)).toEqual(new Set([whole.totalCount]));
  });

  it.runIf(list.addAhead)('shows no row twice when rows are added ahead of the reader', async () => {
    const { ids } = await walk(list, 3, () => list.addAhead!());
    expect(ids.length).toBeGreaterThan(9);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('costs the same statements for a page of 1 as for a page of 10', async () => {
    const client = clients[list.as];
    const one = await client.request(list.query, { ...list.variables, first: 1 });
    const ten = await client.request(list.query, { ...list.variables, first: 10 });
    expect(connection(ten.body.data).edges).toHaveLength(10);
    expect(ten.sqlCount).toBe(one.sqlCount);
  });

  it('refuses malformed and forged cursors, and a page too large, with a message on the argument', async () => {
    const client = clients[list.as];
    const cursor = (text: string) => Buffer.from(text).toString('base64url');
    const id = '0123456789abcdef0123456789abcdef';
    const hostile = ['nonsense', '\u0000', cursor('k0.1.\u0000'), 'x'.repeat(100_000), cursor(`k0.1_2_3_4_5.${id}`), cursor(`k0.zzzzzzzzzzzz.${id}`), cursor(`k-1.1.${id}`),
      cursor(`k0.1.${id}'; drop table users; --`), cursor(`k0.1.${id.toUpperCase()}`)];
    // A keyset of the wrong shape for this list (one part for a list sorted on three, or the reverse).
    hostile.push(cursor(list.name === 'community needs' ? `k0.1.${id}` : `k0.1_2_3.${id}`));
    for (const after of hostile) {
      const res = await client.request(list.query, { ...list.variables, first: 3, after });
      expect(res.body.data ?? null, after.slice(0, 40)).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/^after/);
    }
    for (const first of [101, 1_000_000_000, -1]) {
      const res = await client.request(list.query, { ...list.variables, first, after: null });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/^first .*100/);
    }
    const [{ n }] = await app.sql<{ n: number }>('select count(*)::int as n from users');
    expect(n).toBeGreaterThan(12);
  });
});
