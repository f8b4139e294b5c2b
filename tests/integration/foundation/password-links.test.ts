import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PASSWORD } from '../../../seeds/ids.js';
import { GraphQLClient, startTestApp, type TestApp } from '../../helpers/test-app.js';

// "Forgot password" and the first password of an account the town office made: a link by email
// that works once, for a limited time, answers the same for unknown addresses, and ends every
// other session of the account when used.

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted errors { field code message } } }`;
const SET = `mutation($input: SetPasswordInput!) { setPassword(input: $input) { user { id email } errors { field code message } } }`;
const VIEWER = `{ viewer { id } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** The token in the newest password email to this address, from the outbox as the mail gateway would send it. */
async function linkTokenFor(email: string): Promise<string> {
  const [row] = await app.sql<{ body: string }>(
    `select o.body from outbox_messages o join users u on u.id = o.recipient_id where u.email = ? and o.kind like 'account.password.%' order by o.created_at desc limit 1`, [email]);
  const token = row && /set-password\?token=([\w-]+)/.exec(row.body)?.[1];
  if (!token) throw new Error(`no password email for ${email}`);
  return token;
}
const linksOf = async (email: string) => (await app.sql<{ n: string }>(`select count(*) n from password_links l join users u on u.id = l.user_id where u.email = ?`, [email]))[0].n;
const passwordHashOf = async (email: string) => (await app.sql<{ password_hash: string }>('select password_hash from users where email = ?', [email]))[0].password_hash;

async function canSignIn(email: string, password: string): Promise<boolean> {
  const client = new GraphQLClient(app.url);
  try {
    await client.signIn(email, password);
    return true;
  } catch {
    return false;
  }
}

describe('forgot password', () => {
  it('answers the same for a registered and an unknown address, and mails only the registered one', async () => {
    const anonymous = await app.client();
    const known = await anonymous.request(REQUEST, { input: { email: ' Talent3@Yuepu.Example ' } });
    const unknown = await anonymous.request(REQUEST, { input: { email: 'nobody.here@example.com' } });
    expect(known.body).toEqual(unknown.body);
    expect(known.body).toEqual({ data: { requestPasswordReset: { accepted: true, errors: [] } } });
    expect(await linksOf('talent3@yuepu.example')).toBe('1');
    expect(await app.sql(`select id from outbox_messages where body like '%nobody.here%' or subject like '%nobody.here%'`)).toEqual([]);
    const [mail] = await app.sql<{ subject: string; kind: string }>(`select o.subject, o.kind from outbox_messages o join users u on u.id = o.recipient_id where u.email = 'talent3@yuepu.example' and o.kind like 'account.password.%'`);
    expect(mail).toEqual({ subject: '重新设置月浦人才服务平台密码 / Set a new Yuepu Hub password', kind: 'account.password.reset' });
  });

  it('sets the new password once, signs in, and signs out every other device', async () => {
    const email = 'talent4@yuepu.example';
    const elsewhere = new GraphQLClient(app.url);
    await elsewhere.signIn(email);
    expect((await elsewhere.data(VIEWER)).viewer).not.toBeNull();
    await (await app.client()).data(REQUEST, { input: { email } });
    const token = await linkTokenFor(email);

    const browser = await app.client();
    const done = (await browser.data(SET, { input: { token, password: 'a brand-new password' } })).setPassword;
    expect(done).toMatchObject({ user: { email }, errors: [] });
    expect((await browser.data(VIEWER)).viewer.id).toBe(done.user.id);
    expect((await elsewhere.data(VIEWER)).viewer).toBeNull();
    expect(await canSignIn(email, SAMPLE_PASSWORD)).toBe(false);
    expect(await canSignIn(email, 'a brand-new password')).toBe(true);

    const again = (await (await app.client()).data(SET, { input: { token, password: 'yet another password' } })).setPassword;
    expect(again.user).toBeNull();
    expect(again.errors).toEqual([{ field: 'input.token', code: 'INVALID', message: '此链接无效、已使用或已过期，请在登录页点“忘记密码”重新获取。' }]);
    expect(await canSignIn(email, 'a brand-new password')).toBe(true);
  });

  it('refuses an expired link, a weak password and hostile input, and changes nothing', async () => {
    const email = 'talent5@yuepu.example';
    await (await app.client()).data(REQUEST, { input: { email } });
    const token = await linkTokenFor(email);
    const before = await passwordHashOf(email);
    const anonymous = new GraphQLClient(app.url, 'en');

    const weak = (await anonymous.data(SET, { input: { token, password: 'short' } })).setPassword;
    expect(weak.errors.map((e: { field: string }) => e.field)).toEqual(['input.password']);
    // The API's input guard refuses anything past 100 characters before the service sees it.
    const huge = (await anonymous.data(SET, { input: { token: 'x'.repeat(100_000), password: 'a perfectly fine password' } })).setPassword;
    expect(huge.errors).toEqual([{ field: 'input.token', code: 'TOO_LONG', message: 'At most 100 characters (this has 100000).' }]);
    for (const bad of ['', `${token}\u0000`, 'not-a-token', '../../etc/passwd']) {
      const res = (await anonymous.data(SET, { input: { token: bad, password: 'a perfectly fine password' } })).setPassword;
      expect(res.errors).toMatchObject([{ field: 'input.token', code: 'INVALID' }]);
    }
    const unknown = (await anonymous.data(SET, { input: { token: 'not-a-token', password: 'a perfectly fine password' } })).setPassword;
    expect(unknown.errors[0].message).toBe('This link is not valid, was already used or has expired; use "Forgot password" on the sign-in page to get a new one.');
    for (const bad of ['', 'x'.repeat(100_000), 'a\u0000b@example.com', 'not an email']) {
      const res = (await anonymous.data(REQUEST, { input: { email: bad } })).requestPasswordReset;
      expect(res.accepted).toBe(false);
      expect(res.errors[0].field).toBe('input.email');
    }
    await app.sql(`update password_links set expires_at = now() - interval '1 minute' where user_id = (select id from users where email = ?)`, [email]);
    const expired = (await anonymous.data(SET, { input: { token, password: 'a perfectly fine password' } })).setPassword;
    expect(expired.errors[0].code).toBe('INVALID');
    expect(await passwordHashOf(email)).toBe(before);
    // Nothing about the token reaches the logs.
    expect(app.logs()).not.toContain(token);
  });

  it('lets one of two parallel uses of a link win (staff accounts too)', async () => {
    const email = 'bank2@yuepu.example';
    await (await app.client()).data(REQUEST, { input: { email } });
    const token = await linkTokenFor(email);
    const results = await Promise.all(['first parallel password', 'second parallel password'].map(async (password) =>
      ({ password, res: (await (await app.client()).data(SET, { input: { token, password } })).setPassword })));
    const winners = results.filter((r) => r.res.errors.length === 0);
    expect(winners).toHaveLength(1);
    expect(await canSignIn(email, winners[0].password)).toBe(true);
    expect(await canSignIn(email, results.find((r) => r !== winners[0])!.password)).toBe(false);
  });

  it('sends at most three links an hour to one account, and none to a disabled one', async () => {
    const email = 'community2@yuepu.example';
    const anonymous = await app.client();
    await Promise.all(Array.from({ length: 8 }, () => anonymous.data(REQUEST, { input: { email } })));
    expect(await linksOf(email)).toBe('3');
    await app.sql(`update users set disabled_at = now() where email = 'hr2@yuepu.example'`);
    expect((await anonymous.data(REQUEST, { input: { email: 'hr2@yuepu.example' } })).requestPasswordReset.accepted).toBe(true);
    expect(await linksOf('hr2@yuepu.example')).toBe('0');
  });
});
