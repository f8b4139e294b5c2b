import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, USER } from '../../../seeds/ids.js';
import { sampleResidentId, TALENTS } from '../../../seeds/sample-data.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { user { id role organisation { id } } errors { field code message } }
}`;
const PROFILE = `{ viewer { talentProfile { legalName residentIdNumber phone } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('roles on operations', () => {
  const input = { email: 'new.hr@example.com', password: 'a-long-password', displayName: '新人事', role: 'ENTERPRISE_HR', organisationId: ORG.enterprises[4] };

  it('asks a signed-out visitor to sign in', async () => {
    const res = await (await app.client()).request(CREATE_STAFF, { input });
    expect(res.body.errors![0]).toMatchObject({ message: '请先登录。', extensions: { code: 'UNAUTHENTICATED' } });
    expect(res.body.data?.createStaffAccount ?? null).toBeNull();
  });

  it('refuses anyone but an administrator, and creates nothing', async () => {
    for (const role of ['talent', 'hr', 'reviewer', 'coordinator', 'bank'] as const) {
      const res = await (await app.client(role, 'en')).request(CREATE_STAFF, { input });
      expect(res.body.errors![0]).toMatchObject({ message: 'You do not have permission to do this.', extensions: { code: 'FORBIDDEN' } });
    }
    expect(await app.sql("select id from users where email = 'new.hr@example.com'")).toEqual([]);
  });

  it('lets an administrator create an HR account for an enterprise, who can then sign in', async () => {
    const admin = await app.client('admin');
    const res = await admin.data(CREATE_STAFF, { input });
    expect(res.createStaffAccount.errors).toEqual([]);
    expect(res.createStaffAccount.user).toMatchObject({ role: 'ENTERPRISE_HR', organisation: { id: ORG.enterprises[4] } });
    const hr = await app.client();
    await hr.signIn('new.hr@example.com', 'a-long-password');
    expect((await hr.data('{ viewer { role } }')).viewer.role).toBe('ENTERPRISE_HR');
  });

  it('requires an organisation of the kind the role acts for', async () => {
    const admin = await app.client('admin');
    const wrongKind = await admin.data(CREATE_STAFF, { input: { ...input, email: 'b@example.com', role: 'BANK_LIAISON', organisationId: ORG.enterprises[0] } });
    expect(wrongKind.createStaffAccount.errors).toMatchObject([{ field: 'input.organisationId', code: 'NOT_FOUND' }]);
    const missing = await admin.data(CREATE_STAFF, { input: { ...input, email: 'c@example.com', role: 'REVIEWER', organisationId: null } });
    expect(missing.createStaffAccount.errors).toMatchObject([{ field: 'input.organisationId', code: 'REQUIRED' }]);
    const talent = await admin.data(CREATE_STAFF, { input: { ...input, email: 'd@example.com', role: 'TALENT', organisationId: null } });
    expect(talent.createStaffAccount.errors).toMatchObject([{ field: 'input.role', code: 'INVALID' }]);
    expect(await app.sql("select id from users where email in ('b@example.com','c@example.com','d@example.com')")).toEqual([]);
  });
});

describe('masking of ID numbers and phones', () => {
  const seeded = TALENTS[0];
  const fullId = sampleResidentId(seeded.birth, 101);
  const PROFILE_BY_USER = `query($userId: UUID!) { talentProfile(userId: $userId) { legalName residentIdNumber phone } }`;

  it('shows the talent their own ID number and phone in full', async () => {
    const res = await (await app.client('talent')).data(PROFILE);
    expect(res.viewer.talentProfile).toEqual({ legalName: seeded.legalName, residentIdNumber: fullId, phone: seeded.phone });
  });

  it('shows them in full to a town reviewer', async () => {
    const res = await (await app.client('reviewer')).data(PROFILE_BY_USER, { userId: USER.talent });
    expect(res.talentProfile).toMatchObject({ residentIdNumber: fullId, phone: seeded.phone });
  });

  it('masks both for the employer\'s HR and for an administrator', async () => {
    for (const role of ['hr', 'admin'] as const) {
      const res = await (await app.client(role)).data(PROFILE_BY_USER, { userId: USER.talent });
      expect(res.talentProfile.residentIdNumber).toBe(fullId.slice(0, 3) + '*'.repeat(11) + fullId.slice(-4));
      expect(res.talentProfile.phone).toBe('138****8001');
    }
  });

  it('answers another enterprise\'s HR as if the talent did not exist', async () => {
    const other = await (await app.client('hr2')).request(PROFILE_BY_USER, { userId: USER.talent });
    const missing = await (await app.client('hr2')).request(PROFILE_BY_USER, { userId: '00000000-0000-4000-8000-0000000fffff' });
    expect(other.body.errors![0]).toEqual(missing.body.errors![0] && { ...missing.body.errors![0], locations: other.body.errors![0]['locations' as never] });
    expect(other.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(other.body.data).toBeNull();
  });

  it('lists only the HR\'s own enterprise\'s talent, and refuses talent', async () => {
    const list = await (await app.client('hr')).data(`{ talentProfiles(first: 50) { totalCount edges { node { userId employer { id } } } } }`);
    const employers = new Set(list.talentProfiles.edges.map((e: any) => e.node.employer.id));
    expect(list.talentProfiles.totalCount).toBe(TALENTS.filter((t) => t.employer === ORG.enterprises[0]).length);
    expect([...employers]).toEqual([ORG.enterprises[0]]);
    const refused = await (await app.client('talent')).request(`{ talentProfiles { totalCount } }`);
    expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lets a talent change their profile; a bad ID number is refused and nothing changes', async () => {
    const client = await app.client('talent');
    const bad = await client.data(`mutation { updateMyTalentProfile(input: { phone: "13811112222", residentIdNumber: "310113199605121019" }) { profile { phone } errors { field code } } }`);
    expect(bad.updateMyTalentProfile.profile).toBeNull();
    expect(bad.updateMyTalentProfile.errors).toEqual([{ field: 'input.residentIdNumber', code: 'INVALID' }]);
    expect((await client.data(PROFILE)).viewer.talentProfile.phone).toBe(seeded.phone);
    const ok = await client.data(`mutation { updateMyTalentProfile(input: { education: DOCTOR, phone: "+86 139 0000 1111" }) { profile { education phone } errors { field } } }`);
    expect(ok.updateMyTalentProfile).toEqual({ profile: { education: 'DOCTOR', phone: '13900001111' }, errors: [] });
  });
});
