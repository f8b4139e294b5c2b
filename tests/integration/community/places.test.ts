import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY, ORG } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const PLACES = `query($kind: OrganisationKind, $first: Int) {
  communityPlaces(kind: $kind, first: $first) { totalCount edges { node { id kind nameZh nameEn sampleData } } }
}`;
const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { user { id role organisation { id kind } } errors { field code message } } }`;

describe('villages, residential areas and community workers', () => {
  it('lists the 14 villages and 27 residential areas to anyone, real names unmarked and invented ones marked sample', async () => {
    const visitor = await app.client();
    const all = (await visitor.data(PLACES, { first: 100 })).communityPlaces;
    expect(all.totalCount).toBe(41);
    const villages = (await visitor.data(PLACES, { kind: 'VILLAGE', first: 100 })).communityPlaces.edges.map((e: any) => e.node);
    const areas = (await visitor.data(PLACES, { kind: 'RESIDENTIAL_AREA', first: 100 })).communityPlaces.edges.map((e: any) => e.node);
    expect(villages).toHaveLength(14);
    expect(areas).toHaveLength(27);
    // Villages first, the source's real names before the sample ones.
    expect(all.edges.slice(0, 14).map((e: any) => e.node.kind)).toEqual(Array(14).fill('VILLAGE'));
    const real = [...villages, ...areas].filter((p) => !p.sampleData).map((p) => p.nameZh).sort();
    expect(real).toEqual(['庆安四村', '昱翠家苑', '月浦七村', '月狮村', '沈家桥村', '聚源桥村', '长春村'].sort());
    for (const p of [...villages, ...areas].filter((p) => p.sampleData)) {
      expect(p.nameZh).toContain('示例');
      expect(p.nameEn).toContain('sample');
    }
    // Asking for another kind gives nothing rather than enterprises.
    expect((await visitor.data(PLACES, { kind: 'ENTERPRISE' })).communityPlaces.totalCount).toBe(0);
  });

  it('signs in the sample community worker, who acts for 庆安四村', async () => {
    const worker = await app.client('community');
    const { viewer } = await worker.data(`{ viewer { role organisation { id kind nameZh } } }`);
    expect(viewer).toEqual({ role: 'COMMUNITY_WORKER', organisation: { id: COMMUNITY.residentialAreas[0], kind: 'RESIDENTIAL_AREA', nameZh: '庆安四村' } });
  });

  it('lets an administrator open a community worker account for a village or residential area only', async () => {
    const admin = await app.client('admin', 'en');
    const input = { email: 'worker.jyq@yuepu.example', password: 'Long-enough-1', displayName: '聚源桥村 社工', role: 'COMMUNITY_WORKER' };
    const before = await app.sql('select count(*)::int as n from users');

    const forEnterprise = (await admin.data(CREATE_STAFF, { input: { ...input, organisationId: ORG.enterprises[0] } })).createStaffAccount;
    expect(forEnterprise.user).toBeNull();
    expect(forEnterprise.errors).toEqual([{ field: 'input.organisationId', code: 'NOT_FOUND', message: expect.stringContaining('organisation this role acts for') }]);
    const withoutPlace = (await admin.data(CREATE_STAFF, { input })).createStaffAccount;
    expect(withoutPlace.errors.map((e: any) => [e.field, e.code])).toEqual([['input.organisationId', 'REQUIRED']]);
    // And HR cannot be attached to a village.
    const hrForVillage = (await admin.data(CREATE_STAFF, { input: { ...input, role: 'ENTERPRISE_HR', organisationId: COMMUNITY.villages[0] } })).createStaffAccount;
    expect(hrForVillage.errors.map((e: any) => e.field)).toEqual(['input.organisationId']);
    expect(await app.sql('select count(*)::int as n from users')).toEqual(before);

    const ok = (await admin.data(CREATE_STAFF, { input: { ...input, organisationId: COMMUNITY.villages[0] } })).createStaffAccount;
    expect(ok).toMatchObject({ user: { role: 'COMMUNITY_WORKER', organisation: { id: COMMUNITY.villages[0], kind: 'VILLAGE' } }, errors: [] });
    const worker = await app.client();
    await worker.signIn(input.email, input.password);
    expect((await worker.data(`{ viewer { role } }`)).viewer.role).toBe('COMMUNITY_WORKER');
  });
});
