import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordChecks } from '../../../api/src/core/auth/password.js';
import { loadConfig } from '../../../api/src/core/config.js';
import { ormOptions } from '../../../api/src/core/db/orm.config.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { startServer, type RunningServer } from '../../../api/src/server.js';
import { SAMPLE_PASSWORD } from '../../../seeds/ids.js';
import { GraphQLClient, startTestApp, type TestApp } from '../../helpers/test-app.js';

// The server trusts X-Forwarded-For from loopback here, as it would behind a proxy on the same
// machine: each test's requests then come "from" the address the header names.
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { code message } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ TRUSTED_PROXY: 'loopback' });
});
afterAll(async () => {
  await app.close();
});

async function signIn(email: string, password: string, from: string, baseUrl = app.url): Promise<{ ok: boolean; code: string | null; message: string | null }> {
  const res = await new GraphQLClient(baseUrl).request(SIGN_IN, { input: { email, password } }, { 'x-forwarded-for': from });
  if (res.status !== 200 || res.body.errors) throw new Error(`sign-in request failed: ${JSON.stringify(res.body)}`);
  const payload = res.body.data.signIn;
  return { ok: payload.user !== null, code: payload.errors[0]?.code ?? null, message: payload.errors[0]?.message ?? null };
}

const count = (results: { code: string | null }[], code: string | null) => results.filter((r) => r.code === code).length;

describe('sign-in limits under a burst', () => {
  it('checks at most 5 passwords of 60 sent at once, refuses the right one after, and still lets the owner in from elsewhere', async () => {
    const before = passwordChecks();
    const burst = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn('talent2@yuepu.example', `wrong-guess-${i}`, '203.0.113.7')));
    const checked = passwordChecks() - before;
    console.log(`60-way sign-in burst: ${checked} password checks, ${count(burst, 'INVALID_CREDENTIALS')} wrong-password answers, ${count(burst, 'TOO_MANY_ATTEMPTS')} refused unchecked`);
    expect(checked).toBeLessThanOrEqual(5);
    expect(count(burst, 'INVALID_CREDENTIALS')).toBe(checked);
    expect(count(burst, 'TOO_MANY_ATTEMPTS')).toBe(60 - checked);

    // The right password from the guessing address is refused, unchecked, with the wait in words.
    const afterBurst = passwordChecks();
    const right = await signIn('talent2@yuepu.example', SAMPLE_PASSWORD, '203.0.113.7');
    expect(right).toMatchObject({ ok: false, code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/请 1[45] 分钟后再试/) });
    expect(passwordChecks()).toBe(afterBurst);

    // The owner, at home, is not locked out by the stranger's burst.
    expect(await signIn('talent2@yuepu.example', SAMPLE_PASSWORD, '198.51.100.20')).toEqual({ ok: true, code: null, message: null });
  });

  it('refuses the right password sent inside a burst of wrong ones once the limit is reached', async () => {
    const before = passwordChecks();
    const opening = await Promise.all(Array.from({ length: 10 }, (_, i) => signIn('talent3@yuepu.example', `guess-${i}`, '203.0.113.8')));
    expect(count(opening, 'INVALID_CREDENTIALS')).toBe(5);
    const burst = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn('talent3@yuepu.example', i === 25 ? SAMPLE_PASSWORD : `guess-b${i}`, '203.0.113.8')));
    expect(burst.every((r) => !r.ok && r.code === 'TOO_MANY_ATTEMPTS')).toBe(true);
    expect(passwordChecks() - before).toBe(5);
  });

  it('holds across two server instances sharing the database', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: app.orm.config.get('clientUrl')!, TRUSTED_PROXY: 'loopback' });
    const orm = await MikroORM.init(ormOptions(config.databaseUrl!));
    let second: RunningServer | null = null;
    try {
      second = await startServer({ orm, config, logger: createLogger('silent') }, 0, '127.0.0.1');
      const before = passwordChecks();
      const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn('hr2@yuepu.example', `x-${i}`, '203.0.113.9', i % 2 ? app.url : second!.url)));
      expect(passwordChecks() - before).toBeLessThanOrEqual(5);
      expect(count(burst, 'TOO_MANY_ATTEMPTS')).toBeGreaterThanOrEqual(35);
    } finally {
      await second?.close();
      await orm.close(true);
    }
  });
});

// Each of the next two hashes 30-40 passwords (argon2): over the default 30 s on a loaded 2-core machine.
describe('limits per address and per account', () => {
  it('stops one address trying many accounts after 30 failures, for every account, but not other addresses', async () => {
    const before = passwordChecks();
    const spray = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(`nobody${i}@example.com`, 'Password-123', '203.0.113.50')));
    expect(passwordChecks() - before).toBe(30);
    expect(count(spray, 'TOO_MANY_ATTEMPTS')).toBe(10);
    expect(await signIn('bank2@yuepu.example', SAMPLE_PASSWORD, '203.0.113.50')).toMatchObject({ ok: false, code: 'TOO_MANY_ATTEMPTS' });
    expect(await signIn('bank2@yuepu.example', SAMPLE_PASSWORD, '203.0.113.51')).toMatchObject({ ok: true });
  }, 120_000);

  it('stops guessing spread over many addresses, except from an address the owner has signed in from', async () => {
    // The owner signs in from home once; later four addresses guess five times each.
    expect(await signIn('bank3@yuepu.example', SAMPLE_PASSWORD, '198.51.100.30')).toMatchObject({ ok: true });
    for (const from of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) {
      const tries = await Promise.all(Array.from({ length: 5 }, (_, i) => signIn('bank3@yuepu.example', `spread-${i}`, from)));
      expect(count(tries, 'INVALID_CREDENTIALS')).toBe(5);
    }
    // Twenty failures for the account: a new address is refused even with the right password…
    const before = passwordChecks();
    expect(await signIn('bank3@yuepu.example', SAMPLE_PASSWORD, '192.0.2.99')).toMatchObject({ ok: false, code: 'TOO_MANY_ATTEMPTS' });
    expect(passwordChecks()).toBe(before);
    // …while the owner's own address still gets in.
    expect(await signIn('bank3@yuepu.example', SAMPLE_PASSWORD, '198.51.100.30')).toMatchObject({ ok: true });
  }, 120_000);

  it('keeps no email or client address in the limiter table, and forgets a pair\'s failures after a success', async () => {
    await signIn('bank4@yuepu.example', 'wrong-one', '203.0.113.60');
    await signIn('bank4@yuepu.example', SAMPLE_PASSWORD, '203.0.113.60');
    const rows = await app.sql<{ key: string }>('select key from sign_in_limits');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => /@|203\.0\.113|198\.51/.test(r.key))).toBe(false);
    // Four more failures from that address are still answered with a password check.
    const tries = await Promise.all(Array.from({ length: 5 }, (_, i) => signIn('bank4@yuepu.example', `again-${i}`, '203.0.113.60')));
    expect(count(tries, 'INVALID_CREDENTIALS')).toBe(5);
  });
});
