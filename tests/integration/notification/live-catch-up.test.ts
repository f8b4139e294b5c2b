import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LISTEN_APPLICATION_NAME } from '../../../api/src/core/realtime/database-events.js';
import { POLICY } from '../../../seeds/ids.js';
import { flakyLink, openLive, sleep, waitFor, type FlakyLink } from '../../helpers/live.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, HOUSING_SUBSIDY_DOCUMENTS, M, submittedApplication, walletWith } from '../application/helpers.js';

// NOTIFY reaches only a connection that is listening at commit time. What commits while the
// listener is away (its backend terminated, the network dropped) must still reach open pages once
// it is back, once each, and only the people who may see it. The LISTEN connection goes through
// its own URL (DATABASE_LISTEN_URL), here a relay the test can cut, while the pool goes direct.

let app: TestApp;
let link: FlakyLink;
let talent: GraphQLClient;
let talentId: string;
const NOTIFICATIONS = 'subscription { notificationAdded { id kind } }';

beforeAll(async () => {
  const server = new URL(inject('testDatabase').serverUrl);
  link = await flakyLink(server.hostname, Number(server.port || 5432));
  app = await startTestApp({}, {
    listenUrl: (databaseUrl) => {
      const viaLink = new URL(databaseUrl);
      viaLink.hostname = '127.0.0.1';
      viaLink.port = String(link.port);
      return viaLink.toString();
    },
  });
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 20000);
  talent = await app.client('talent');
  [{ id: talentId }] = await app.sql<{ id: string }>("select id from users where email = 'talent@yuepu.example'") as [{ id: string }];
});
afterAll(async () => {
  await app?.close();
  await link?.close();
});

async function listenerPid(): Promise<number | null> {
  const rows = await app.sql<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and application_name = ?', [LISTEN_APPLICATION_NAME]);
  return rows.length === 1 ? rows[0].pid : null;
}

/** A connection of its own, to hold a transaction open across the listener's end. */
async function direct(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: app.orm.config.get('clientUrl')! });
  await client.connect();
  return client;
}

const INSERT = `insert into notifications (id, recipient_id, kind, title_zh, title_en, body_zh, body_en) values ($1, $2, $3, '测试', 'Test', '正文', 'Body')`;

describe('live notifications after the listener reconnects', () => {
  it('a notification committed just after the listener\'s backend is terminated still arrives, once, to its recipient only', async () => {
    const mine = openLive(app.url, talent.sessionCookie);
    const stranger = await app.client();
    await stranger.signIn('talent3@yuepu.example');
    const theirs = openLive(app.url, stranger.sessionCookie);
    await Promise.all([mine.connected, theirs.connected]);
    mine.follow('n', NOTIFICATIONS);
    theirs.follow('n', NOTIFICATIONS);
    await sleep(200);
    const sql = await direct();
    try {
      // One before: it arrives live, and the catch-up (which looks back past it) must not repeat it.
      const before = randomUUID();
      await sql.query(INSERT, [before, talentId, 'test.before']);
      await waitFor(() => mine.data('n').length === 1, 10_000, 'the live notification');

      const pid = await listenerPid();
      expect(pid).not.toBeNull();
      const during = randomUUID();
      await sql.query('begin');
      await sql.query(INSERT, [during, talentId, 'test.during']);
      // Waits until that backend has exited: the commit below happens with nobody listening.
      const [{ terminated }] = (await sql.query('select pg_terminate_backend($1, 5000) as terminated', [pid])).rows;
      expect(terminated).toBe(true);
      await sql.query('commit');
      const committedAt = Date.now();
      await waitFor(() => mine.data('n').length === 2, 15_000, 'the notification committed during the gap');
      const arrivedAt = mine.received.filter((r) => r.kind === 'next')[1].at;
      console.log(`catch-up after pg_terminate_backend: the notification committed in the gap arrived ${arrivedAt - committedAt} ms after its commit`);
      expect(arrivedAt - committedAt).toBeLessThan(5000);

      await sleep(500);
      expect(mine.data('n').map((d) => d.notificationAdded)).toEqual([{ id: before, kind: 'test.before' }, { id: during, kind: 'test.during' }]);
      expect(theirs.received).toEqual([]);
      const again = await listenerPid();
      expect(again).not.toBeNull();
      expect(again).not.toBe(pid);
      // And it keeps listening: the next one arrives live.
      await sql.query(INSERT, [randomUUID(), talentId, 'test.after']);
      await waitFor(() => mine.data('n').length === 3, 10_000, 'a notification after the reconnect');
    } finally {
      await sql.end();
      await Promise.all([mine.client.dispose(), theirs.client.dispose()]);
    }
  });

  it('a 1.5 s drop of the listen connection only (DATABASE_LISTEN_URL): HR\'s confirmation in the gap reaches the applicant\'s inbox and application page when it is back', async () => {
    const documents = await walletWith(app, talent, HOUSING_SUBSIDY_DOCUMENTS);
    const submitted = await submittedApplication(talent, POLICY.housingSubsidy, documents);
    const mine = openLive(app.url, talent.sessionCookie);
    await mine.connected;
    mine.follow('n', NOTIFICATIONS);
    mine.follow('a', `subscription { applicationChanged(id: "${submitted.id}") { id status } }`);
    await sleep(300);

    link.cut();
    const cutAt = Date.now();
    // The pool does not go through the listen URL: the mutation works during the drop.
    const confirmed = await (await app.client('hr')).data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    expect(confirmed.confirmEmployment.errors).toEqual([]);
    const committedAt = Date.now();
    await sleep(Math.max(0, 1500 - (Date.now() - cutAt)));
    // Nothing arrived while the listener was cut off: it really listens through that URL.
    expect(mine.received).toEqual([]);
    link.restore();
    const restoredAt = Date.now();
    await waitFor(() => mine.data('n').length >= 1 && mine.data('a').length >= 1, 15_000, 'the caught-up events');
    const arrivedAt = Math.max(...mine.received.map((r) => r.at));
    console.log(`catch-up after a 1.5 s drop: events arrived ${arrivedAt - restoredAt} ms after the link was back (${arrivedAt - committedAt} ms after the commit)`);
    expect(arrivedAt - restoredAt).toBeLessThan(8000);

    await sleep(300);
    const [row] = await app.sql<{ status: string }>('select status from applications where id = ?', [submitted.id]);
    expect(mine.data('a')).toEqual([{ applicationChanged: { id: submitted.id, status: row.status } }]);
    expect(mine.data('n').map((d) => d.notificationAdded.kind)).toEqual(['application.confirm_employment']);
    await mine.client.dispose();
  });

  it('a session signed out while the listener is cut off loses its sockets as soon as the listener is back, not at the next sweep', async () => {
    const browser = await app.client();
    await browser.signIn('talent2@yuepu.example');
    const live = openLive(app.url, browser.sessionCookie);
    await live.connected;
    live.follow('n', NOTIFICATIONS);
    await sleep(200);
    link.cut();
    await browser.data('mutation { signOut { ok } }');
    await sleep(600);
    link.restore();
    const restoredAt = Date.now();
    const closed = await live.closed;
    console.log(`socket of a session ended during the drop closed ${closed.at - restoredAt} ms after the link was back`);
    expect(closed.code).toBe(4401);
    expect(closed.at - restoredAt).toBeLessThan(4000);
    await live.client.dispose();
  });
});
