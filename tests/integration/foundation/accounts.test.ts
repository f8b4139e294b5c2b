import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG } from '../../../seeds/ids.js';
import { sampleResidentId } from '../../../seeds/sample-data.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accepted errors { field code message } } }`;
const CONFIRM = `mutation($input: ConfirmSignUpInput!) {
  confirmSignUp(input: $input) { user { id email role talentProfile { legalName residentIdNumber dateOfBirth employer { id } } } errors { field code message } }
}`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { field code message } } }`;
const VIEWER = `{ viewer { id email role displayName organisation { nameZh } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const countUsers = async () => Number((await app.sql<{ n: string }>('select count(*) as n from users'))[0].n);

describe('talent sign-up', () => {
  it('emails a link; opening it creates the account and its profile, signs the talent in, and derives the birth date from the ID', async () => {
    const client = await app.client();
    const residentIdNumber = sampleResidentId('1997-03-08', 333);
    const res = await client.data(SIGN_UP, {
      input: { email: 'New.Talent@Example.com', password: 'a-long-password', displayName: '新人', legalName: '林新', residentIdNumber, phone: '13912345678', employerId: ORG.enterprises[2] },
    });
    expect(res.signUp).toEqual({ accepted: true, errors: [] });
    expect((await client.data(VIEWER)).viewer).toBeNull();
    expect((await app.sql("select id from users where email = 'new.talent@example.com'")).length).toBe(0);

    const confirmed = await client.data(CONFIRM, { input: { token: await app.signUpToken('new.talent@example.com') } });
    expect(confirmed.confirmSignUp.errors).toEqual([]);
    expect(confirmed.confirmSignUp.user).toMatchObject({ email: 'new.talent@example.com', role: 'TALENT' });
    expect(confirmed.confirmSignUp.user.talentProfile).toMatchObject({ legalName: '林新', residentIdNumber, dateOfBirth: '1997-03-08', employer: { id: ORG.enterprises[2] } });
    const viewer = await client.data(VIEWER);
    expect(viewer.viewer.email).toBe('new.talent@example.com');
    // The link is spent, and the waiting sign-up (with its ID number) is gone.
    expect((await app.sql("select id from sign_up_requests where email = 'new.talent@example.com'")).length).toBe(0);
  });

  it('refuses a wrong ID check digit at the field, and writes nothing', async () => {
    const before = await countUsers();
    const valid = sampleResidentId('1995-06-01', 21);
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const client = await app.client();
    const res = await client.data(SIGN_UP, { input: { email: 'typo@example.com', password: 'a-long-password', displayName: 'x', legalName: '错号', residentIdNumber: wrongCheck } });
    expect(res.signUp.accepted).toBe(false);
    expect(res.signUp.errors).toEqual([{ field: 'input.residentIdNumber', code: 'INVALID', message: '身份证号码校验位不正确，请核对是否输错。' }]);
    expect(await countUsers()).toBe(before);
    expect((await app.sql("select id from sign_up_requests where email = 'typo@example.com'")).length).toBe(0);
    expect((await client.data(VIEWER)).viewer).toBeNull();
  });

  it('explains an impossible birth date and a short password in English when asked', async () => {
    const client = await app.client(undefined, 'en');
    const first17 = '31011319990230123';
    const res = await client.data(SIGN_UP, { input: { email: 'bad', password: 'short', displayName: '', legalName: 'L', residentIdNumber: first17 + '0', phone: '12345' } });
    const byField = Object.fromEntries(res.signUp.errors.map((e: any) => [e.field, e]));
    expect(byField['input.email'].code).toBe('INVALID');
    expect(byField['input.password']).toMatchObject({ code: 'TOO_SHORT', message: 'The password needs at least 10 characters.' });
    expect(byField['input.displayName'].code).toBe('REQUIRED');
    expect(byField['input.residentIdNumber'].message).toMatch(/birth date/);
    expect(byField['input.phone'].code).toBe('INVALID');
  });

  it('makes exactly one account when several links for one address are opened at once', async () => {
    const input = { email: 'race@example.com', password: 'a-long-password', displayName: 'R', legalName: '赛' };
    for (let i = 0; i < 3; i++) expect((await (await app.client()).data(SIGN_UP, { input })).signUp.accepted).toBe(true);
    const tokens = (await app.sql<{ body: string }>(
      "select o.body from outbox_messages o join sign_up_requests r on r.id = o.sign_up_request_id where r.email = 'race@example.com'")).map((r) => /token=([\w-]+)/.exec(r.body)![1]);
    expect(tokens).toHaveLength(3);
    const results = await Promise.all(tokens.map(async (token) => (await app.client()).data(CONFIRM, { input: { token } })));
    expect(results.filter((r) => r.confirmSignUp.user).length).toBe(1);
    expect(results.filter((r) => r.confirmSignUp.errors[0]?.code === 'INVALID').length).toBe(2);
    expect((await app.sql("select id from users where email = 'race@example.com'")).length).toBe(1);
  });

  it('refuses an employer that is not an enterprise', async () => {
    const res = await (await app.client()).data(SIGN_UP, { input: { email: 'bankemp@example.com', password: 'a-long-password', displayName: 'B', legalName: '丙', employerId: ORG.banks[0] } });
    expect(res.signUp.errors).toMatchObject([{ field: 'input.employerId', code: 'NOT_FOUND' }]);
  });
});

describe('sign-in and sessions', () => {
  it('signs a seeded HR in with an httpOnly SameSite cookie and shows their organisation', async () => {
    const client = await app.client();
    const res = await client.request(SIGN_IN, { input: { email: 'hr@yuepu.example', password: 'Yuepu-2026-demo' } });
    expect(res.headers.get('set-cookie')).toMatch(/yp_session=.+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax/);
    const viewer = await client.data(VIEWER);
    expect(viewer.viewer).toMatchObject({ role: 'ENTERPRISE_HR', organisation: { nameZh: expect.stringContaining('月浦智能装备') } });
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const client = await app.client();
    const wrong = await client.data(SIGN_IN, { input: { email: 'reviewer@yuepu.example', password: 'not-the-password' } });
    const unknown = await client.data(SIGN_IN, { input: { email: 'nobody@yuepu.example', password: 'not-the-password' } });
    expect(wrong.signIn).toEqual(unknown.signIn);
    expect(wrong.signIn.errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('stops after five failures, even for the right password, and ignores X-Forwarded-For without a trusted proxy', async () => {
    const client = await app.client();
    for (let i = 0; i < 5; i++) {
      // A forged header naming another address each time changes nothing: no proxy is trusted here.
      const res = await client.request(SIGN_IN, { input: { email: 'coordinator@yuepu.example', password: `guess-${i}` } }, { 'x-forwarded-for': `192.0.2.${i}` });
      expect(res.body.data.signIn.errors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await client.request(SIGN_IN, { input: { email: 'coordinator@yuepu.example', password: 'Yuepu-2026-demo' } }, { 'x-forwarded-for': '192.0.2.77' });
    expect(blocked.body.data.signIn.user).toBeNull();
    expect(blocked.body.data.signIn.errors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/请 1[45] 分钟后再试/) });
    // Once the window is over (moved back in time here), the right password works again.
    await app.sql('update sign_in_limits set expire = 0');
    const ok = await client.data(SIGN_IN, { input: { email: 'coordinator@yuepu.example', password: 'Yuepu-2026-demo' } });
    expect(ok.signIn.errors).toEqual([]);
  });

  it('rotates the session at sign-in and revokes it at sign-out', async () => {
    const client = await app.client('talent');
    const firstCookie = client.sessionCookie;
    await client.signIn('talent@yuepu.example');
    expect(client.sessionCookie).not.toBe(firstCookie);

    const stale = await app.client();
    stale.sessionCookie = firstCookie;
    expect((await stale.data(VIEWER)).viewer).toBeNull();

    const current = client.sessionCookie;
    const out = await client.data('mutation { signOut { ok } }');
    expect(out.signOut.ok).toBe(true);
    const replay = await app.client();
    replay.sessionCookie = current;
    expect((await replay.data(VIEWER)).viewer).toBeNull();
  });

  it('does not accept an expired session', async () => {
    const client = await app.client('bank');
    await app.sql("update sessions set expires_at = now() - interval '1 second' where user_id = (select id from users where email = 'bank@yuepu.example')");
    expect((await client.data(VIEWER)).viewer).toBeNull();
  });
});
