import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const USERS = `query($role: Role, $organisationId: UUID, $search: String, $first: Int) {
  users(role: $role, organisationId: $organisationId, search: $search, first: $first) { totalCount edges { node { email role organisation { id } } } }
}`;
const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id kind nameZh allianceMember } errors { field code } } }`;

describe('administration', () => {
  it('lists accounts by role, organisation and text, for administrators only', async () => {
    const admin = await app.client('admin');
    const hr = (await admin.data(USERS, { role: 'ENTERPRISE_HR' })).users;
    expect(hr.edges.every((e: any) => e.node.role === 'ENTERPRISE_HR')).toBe(true);
    expect(hr.totalCount).toBeGreaterThanOrEqual(2);
    const ofEnterprise = (await admin.data(USERS, { organisationId: ORG.enterprises[1] })).users;
    expect(ofEnterprise.edges.map((e: any) => e.node.email)).toEqual(['hr2@yuepu.example']);
    const found = (await admin.data(USERS, { search: 'REVIEWER@' })).users;
    expect(found.edges.map((e: any) => e.node.email)).toEqual(['reviewer@yuepu.example']);
    expect((await admin.data(USERS, { search: '%' })).users.totalCount).toBe(0);
    const refused = await (await app.client('reviewer')).request(USERS, {});
    expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('adds an organisation with checked names, and refuses everyone else', async () => {
    const admin = await app.client('admin');
    const created = await admin.data(CREATE_ORG, { input: { kind: 'ENTERPRISE', nameZh: '上海月浦新增企业有限公司', nameEn: 'Yuepu New Enterprise Co.', allianceMember: true } });
    expect(created.createOrganisation).toMatchObject({ organisation: { kind: 'ENTERPRISE', allianceMember: true }, errors: [] });
    const again = await admin.data(CREATE_ORG, { input: { kind: 'BANK_BRANCH', nameZh: ' ', nameEn: 'x', allianceMember: true } });
    expect(again.createOrganisation.errors.map((e: any) => [e.field, e.code])).toEqual([['input.nameZh', 'REQUIRED'], ['input.allianceMember', 'INVALID']]);
    const duplicate = await admin.data(CREATE_ORG, { input: { kind: 'ENTERPRISE', nameZh: '上海月浦新增企业有限公司', nameEn: 'Again' } });
    expect(duplicate.createOrganisation.errors).toEqual([{ field: 'input.nameZh', code: 'DUPLICATE' }]);
    const before = await app.sql('select count(*)::int as n from organisations');
    const refused = await (await app.client('coordinator')).request(CREATE_ORG, { input: { kind: 'ENTERPRISE', nameZh: '未授权', nameEn: 'No' } });
    expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await app.sql('select count(*)::int as n from organisations')).toEqual(before);
  });
});
