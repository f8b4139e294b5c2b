import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * Issue 15 item 7: open needs and fulfilled micro-wishes are readable without signing in, and
 * no resident's name, phone or address is ever in what a visitor gets back.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const RESIDENT = { name: '欧阳秀兰', phone: '13700001111', address: '庆安路 99 弄 7 号 502 室' };
const PLACE = 'place { id nameZh nameEn }';
const NEED_SUMMARY = `id reference title description category status isPublic dueOn peopleServed beneficiaries createdAt cancelReason ${PLACE} residentContact { name phone address }`;
// One need in full (the list asks for less, to stay under the query cost limit).
const NEED_FIELDS = `${NEED_SUMMARY} canClaim isOwnPlace resources { kind quantity claimed remaining } claims { quantity note organisation { nameZh } }
  photos { id fileName } project { id status completionSummary feedbackComment owners { displayName } volunteers { id } milestones { title } evidence { id } }`;
const WISH_FIELDS = `id title description category status handover estimatedValueYuan dueOn postedAt fulfilledOn fulfilmentNote withdrawnReason photoUrl ${PLACE}
  claimant { kind organisation { nameZh } } claim { personName phone note } recipient { name phone address note }
  delivery { address recipientSurname workerName } viewerCan { claim release edit withdraw confirm }`;

describe('what a visitor reads without signing in', () => {
  it('open needs and fulfilled micro-wishes answer anonymously, and none of the sample residents\' names, phones or addresses is in any answer', async () => {
    // A public need with the resident's contact, as a worker posts it.
    const worker = await app.client('community');
    const dueOn = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    const posted = (await worker.data(`mutation($input: PostCommunityNeedInput!) { postCommunityNeed(input: $input) { need { id } errors { message } } }`, {
      input: { title: '楼道扶手加装', description: '为高龄老人加装楼道扶手。', category: 'ELDERLY_CARE', peopleServed: 12, dueOn, isPublic: true, resources: [{ kind: 'VOLUNTEERS', quantity: 2 }], residentName: RESIDENT.name, residentPhone: RESIDENT.phone, residentAddress: RESIDENT.address },
    })).postCommunityNeed;
    expect(posted.errors).toEqual([]);

    // Every private value held about residents: the sample wishes' recipients, the need's contact, volunteers' phones.
    const secrets = new Set<string>([RESIDENT.name, RESIDENT.phone, RESIDENT.address]);
    for (const r of await app.sql<{ name: string; phone: string | null; address: string; note: string | null }>('select name, phone, address, note from micro_wish_recipients')) {
      for (const v of [r.name, r.phone, r.address, r.note]) if (v) secrets.add(v);
    }
    for (const v of await app.sql<{ phone: string }>('select phone from community_volunteers')) secrets.add(v.phone);
    for (const n of await app.sql<{ resident_name: string | null; resident_phone: string | null; resident_address: string | null }>('select resident_name, resident_phone, resident_address from community_needs')) {
      for (const v of [n.resident_name, n.resident_phone, n.resident_address]) if (v) secrets.add(v);
    }
    const wishCount = (await app.sql<{ n: number }>('select count(*)::int as n from micro_wish_recipients'))[0].n;
    expect(wishCount).toBeGreaterThan(0);
    expect(secrets.size).toBeGreaterThanOrEqual(3 + wishCount * 2);

    const visitor = await app.client();
    const answers: unknown[] = [];
    const read = async (query: string, variables?: Record<string, unknown>) => {
      const res = await visitor.request(query, variables);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.errors).toBeUndefined();
      answers.push(res.body);
      return res.body.data;
    };

    const needs = (await read(`{ communityNeeds(first: 100) { totalCount edges { node { ${NEED_SUMMARY} } } } }`)).communityNeeds;
    expect(needs.edges.map((e: any) => e.node.id)).toContain(posted.need.id);
    expect(needs.edges.every((e: any) => e.node.isPublic && e.node.residentContact === null)).toBe(true);
    for (const { node } of needs.edges) await read(`query($id: UUID!) { communityNeed(id: $id) { ${NEED_FIELDS} } }`, { id: node.id });

    const wishes = (await read(`{ microWishes(first: 50) { totalCount edges { node { ${WISH_FIELDS} } } } }`)).microWishes;
    const fulfilled = (await read(`{ microWishes(first: 50, status: FULFILLED) { edges { node { ${WISH_FIELDS} } } } }`)).microWishes.edges;
    expect(fulfilled.length).toBeGreaterThan(0);
    for (const { node } of [...wishes.edges, ...fulfilled]) {
      expect(node).toMatchObject({ recipient: null, claim: null, delivery: null, photoUrl: null });
      await read(`query($id: UUID!) { microWish(id: $id) { ${WISH_FIELDS} } }`, { id: node.id });
    }
    await read('{ microWishCounts { open claimed fulfilled byYear { year posted fulfilled } byOrganisation { organisation { nameZh } fulfilled claimed } byClaimantKind { kind fulfilled } } }');

    const everything = JSON.stringify(answers);
    const leaked = [...secrets].filter((s) => everything.includes(s));
    expect(leaked).toEqual([]);
    // Not even the surname-only form the claimant sees (王**).
    expect(everything).not.toMatch(/\*\*/);
  });
});
