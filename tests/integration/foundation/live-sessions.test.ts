import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../api/src/core/config.js';
import { ormOptions } from '../../../api/src/core/db/orm.config.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { startServer, type RunningServer } from '../../../api/src/server.js';
import { POLICY } from '../../../seeds/ids.js';
import { openLive, sleep, waitFor } from '../../helpers/live.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, HOUSING_SUBSIDY_DOCUMENTS, M, submittedApplication, walletWith } from '../application/helpers.js';

// Subscriptions over a real WebSocket end with the session they were opened under.

let app: TestApp;
let documents: string[];
let talent: GraphQLClient;
/** talent's one open housing-subsidy application (one per person per policy), made in the first test. */
let applicationId: string;
beforeAll(async () => {
  app = await startTestApp();
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 20000);
  talent = await app.client('talent');
  documents = await walletWith(app, talent, HOUSING_SUBSIDY_DOCUMENTS);
});
afterAll(async () => {
  await app.close();
});

const NOTIFICATIONS = 'subscription { notificationAdded { id kind } }';
const changes = (id: string) => `subscription { applicationChanged(id: "${id}") { id status } }`;

describe('signing out ends live subscriptions', () => {
  it('closes the socket at sign-out, and nothing more arrives on it', async () => {
    const browser = await app.client('talent');
    const submitted = await submittedApplication(browser, POLICY.housingSubsidy, documents);
    applicationId = submitted.id;
    const live = openLive(app.url, browser.sessionCookie);
    await live.connected;
    live.follow('notifications', NOTIFICATIONS);
    live.follow('application', changes(submitted.id));
    await sleep(200);

    // Working before sign-out: HR's confirmation arrives on both subscriptions.
    const hr = await app.client('hr');
    await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    await waitFor(() => live.received.filter((r) => r.kind === 'next').length >= 2);

    const signedOutAt = Date.now();
    await browser.data('mutation { signOut { ok } }');
    const closed = await live.closed;
    console.log(`socket closed ${closed.at - signedOutAt} ms after sign-out (code ${closed.code})`);
    expect(closed).toMatchObject({ code: 4401, reason: '会话已结束 / Session ended' });
    expect(closed.at - signedOutAt).toBeLessThan(3000);

    const before = live.received.filter((r) => r.kind === 'next').length;
    await (await app.client('reviewer')).data(M.startReview, { input: { id: submitted.id } });
    await sleep(500);
    expect(live.received.filter((r) => r.kind === 'next').length).toBe(before);
    await live.client.dispose();
  });

  it('closes the socket when the session expires', async () => {
    const browser = await app.client('talent');
    await app.sql(`update sessions set expires_at = now() + interval '1500 milliseconds' where revoked_at is null
                    and user_id = (select id from users where email = 'talent@yuepu.example') and created_at = (select max(created_at) from sessions)`);
    const [session] = await app.sql<{ expires_at: Date }>('select expires_at from sessions order by created_at desc limit 1');
    const live = openLive(app.url, browser.sessionCookie);
    await live.connected;
    live.follow('notifications', NOTIFICATIONS);
    const closed = await live.closed;
    console.log(`socket closed ${closed.at - new Date(session.expires_at).getTime()} ms after the session expired (code ${closed.code})`);
    expect(closed.code).toBe(4401);
    expect(closed.at).toBeGreaterThanOrEqual(new Date(session.expires_at).getTime() - 50);
    expect(closed.at - new Date(session.expires_at).getTime()).toBeLessThan(2000);
    await live.client.dispose();
  });

  it('closes every socket of an account an administrator disables, on another instance too, and refuses its sign-in until re-enabled', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: app.orm.config.get('clientUrl')! });
    const orm = await MikroORM.init(ormOptions(config.databaseUrl!));
    let second: RunningServer | null = null;
    try {
      second = await startServer({ orm, config, logger: createLogger('silent') }, 0, '127.0.0.1');
      const phone = await app.client();
      await phone.signIn('talent4@yuepu.example');
      const laptop = await app.client();
      await laptop.signIn('talent4@yuepu.example');
      const here = openLive(app.url, phone.sessionCookie);
      const there = openLive(second.url, laptop.sessionCookie);
      await Promise.all([here.connected, there.connected]);
      here.follow('notifications', NOTIFICATIONS);
      there.follow('notifications', NOTIFICATIONS);
      await sleep(200);

      const admin = await app.client('admin');
      const [user] = await app.sql<{ id: string }>("select id from users where email = 'talent4@yuepu.example'");
      const disabledAt = Date.now();
      const res = await admin.data('mutation($input: SetAccountDisabledInput!) { setAccountDisabled(input: $input) { user { id disabledAt } errors { code } } }', { input: { userId: user.id, disabled: true } });
      expect(res.setAccountDisabled.user.disabledAt).toBeTruthy();
      const [a, b] = await Promise.all([here.closed, there.closed]);
      console.log(`disabled account: sockets closed ${a.at - disabledAt} ms (same instance) and ${b.at - disabledAt} ms (other instance) later`);
      expect([a.code, b.code]).toEqual([4401, 4401]);
      expect(Math.max(a.at, b.at) - disabledAt).toBeLessThan(3000);

      // Its sessions are over, and the right password is met with the reason.
      expect((await phone.data('{ viewer { id } }')).viewer).toBeNull();
      const refused = await (await app.client()).data('mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { code message } } }', { input: { email: 'talent4@yuepu.example', password: 'Yuepu-2026-demo' } });
      expect(refused.signIn).toMatchObject({ user: null, errors: [{ code: 'INVALID_STATE', message: expect.stringContaining('停用') }] });
      await admin.data('mutation($input: SetAccountDisabledInput!) { setAccountDisabled(input: $input) { errors { code } } }', { input: { userId: user.id, disabled: false } });
      await (await app.client()).signIn('talent4@yuepu.example');
      await Promise.all([here.client.dispose(), there.client.dispose()]);
    } finally {
      await second?.close();
      await orm.close(true);
    }
  });

  it('lets only an administrator disable accounts, and not their own', async () => {
    const [admin] = await app.sql<{ id: string }>("select id from users where email = 'admin@yuepu.example'");
    const asAdmin = await (await app.client('admin')).data('mutation($input: SetAccountDisabledInput!) { setAccountDisabled(input: $input) { user { id } errors { field code } } }', { input: { userId: admin.id, disabled: true } });
    expect(asAdmin.setAccountDisabled).toEqual({ user: null, errors: [{ field: 'input.userId', code: 'INVALID' }] });
    const asReviewer = await (await app.client('reviewer')).request('mutation($input: SetAccountDisabledInput!) { setAccountDisabled(input: $input) { errors { code } } }', { input: { userId: admin.id, disabled: true } });
    expect(asReviewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.sql('select id from users where disabled_at is not null')).length).toBe(0);
  });
});

describe('following an application one may not see', () => {
  it('gets exactly one NOT_FOUND and the subscription ends; later steps send nothing', async () => {
    const other = await app.client();
    await other.signIn('talent2@yuepu.example');
    const live = openLive(app.url, other.sessionCookie);
    await live.connected;
    live.follow('application', changes(applicationId));
    live.follow('missing', changes('00000000-0000-4000-8000-000000000000'));
    await waitFor(() => live.received.length >= 4);
    // The application takes a step (it is under review since the first test): approved.
    const [{ version }] = await app.sql<{ version: number }>('select version from applications where id = ?', [applicationId]) as [{ version: number }];
    const approved = await (await app.client('reviewer')).data(M.approve, { input: { id: applicationId, amountYuan: 10000, expectedVersion: version } });
    expect(approved.approveApplication.errors).toEqual([]);
    await sleep(500);
    const about = (op: string) => live.received.filter((r) => r.op === op);
    // One error, then the subscription is over: no message for the steps that followed.
    expect(about('application').map((r) => r.kind)).toEqual(['error', 'complete']);
    expect(about('application')[0].value.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);
    // Exactly as for an application that does not exist.
    expect(about('missing').map((r) => r.kind)).toEqual(['error', 'complete']);
    expect(about('missing')[0].value.errors).toEqual(about('application')[0].value.errors);
    await live.client.dispose();
  });
});
