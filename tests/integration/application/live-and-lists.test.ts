import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, HOUSING_SUBSIDY_DOCUMENTS, M, newApplicant, submittedApplication, walletWith } from './helpers.js';

let app: TestApp;
let talent: GraphQLClient;
let reviewer: GraphQLClient;
let documents: string[];

beforeAll(async () => {
  app = await startTestApp();
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 20000);
  [talent, reviewer] = await Promise.all([app.client('talent'), app.client('reviewer')]);
  documents = await walletWith(app, talent, HOUSING_SUBSIDY_DOCUMENTS);
});
afterAll(async () => {
  await app.close();
});

/** A graphql-ws client that presents the browser's session cookie and origin. */
function liveClient(cookie: string | null, origin = app.url, locale?: string): Client {
  const headers = { ...(cookie ? { cookie } : {}), origin };
  return createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    connectionParams: locale ? { locale } : undefined,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    retryAttempts: 0,
  });
}

/** The next `count` events that `keep` keeps (probes are left out). */
function nextEvents(client: Client, query: string, count: number, keep: (value: any) => boolean = () => true): Promise<any[]> {
  return new Promise((resolve, reject) => {
    const received: any[] = [];
    const stop = client.subscribe({ query }, {
      next: (value) => {
        // The subscription's GraphQL errors, as the assertions read them (not an Error).
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        if (value.errors) { reject(value.errors); return; }
        if (!keep(value)) return;
        received.push(value);
        if (received.length === count) {
          stop();
          resolve(received);
        }
      },
      error: reject,
      complete: () => resolve(received),
    });
    setTimeout(() => reject(new Error(`only ${received.length} of ${count} events arrived`)), 10_000);
  });
}

/**
 * Until a subscription is registered on the server, events published meanwhile are not for it.
 * Instead of sleeping and hoping, this sends `probe` (an event the subscription will see) until
 * one arrives: then the subscription is live, and the test's own steps cannot be missed.
 */
async function untilLive(probe: () => Promise<unknown>, arrived: () => number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (arrived() === 0) {
    if (Date.now() > deadline) throw new Error('the subscription never went live');
    await probe();
    // A short wait for the probe's event, then another probe if it came too early to be seen.
    for (let i = 0; i < 10 && arrived() === 0; i++) await new Promise((r) => setTimeout(r, 20));
  }
}

/** A notification written straight into the table: the same trigger announces it as a real one. */
const probeNotification = (userId: string) => app.sql(
  `insert into notifications (id, recipient_id, kind, title_zh, title_en, body_zh, body_en) values (gen_random_uuid(), ?, 'test.probe', '探测', 'Probe', '', '')`, [userId]);

describe('live notifications over graphql-ws', () => {
  it('delivers each step of the applicant\'s application to their open page, and nobody else\'s', async () => {
    const mine = liveClient(talent.sessionCookie);
    const theirs = liveClient((await app.client('talent')).sessionCookie);
    const otherTalent = await app.client();
    await otherTalent.signIn('talent3@yuepu.example');
    const stranger = liveClient(otherTalent.sessionCookie);
    const query = 'subscription { notificationAdded { kind titleZh link } }';
    const strangerEvents: any[] = [];
    stranger.subscribe({ query }, { next: (v) => strangerEvents.push(v), error: () => {}, complete: () => {} });

    const [{ id: talentId }] = await app.sql<{ id: string }>(`select id from users where email = 'talent@yuepu.example'`);
    const probes = { mine: 0, theirs: 0 };
    const onlySteps = (client: Client, which: keyof typeof probes) => nextEvents(client, query, 3, (e) => {
      if (e.data.notificationAdded.kind !== 'test.probe') return true;
      probes[which] += 1;
      return false;
    });
    const arriving = onlySteps(mine, 'mine');
    const alsoArriving = onlySteps(theirs, 'theirs');
    await untilLive(() => probeNotification(talentId), () => Math.min(probes.mine, probes.theirs));
    const app1 = await submittedApplication(talent, POLICY.housingSubsidy, documents);
    await (await app.client('hr')).data(M.confirm, { input: { id: app1.id, ...EMPLOYMENT } });
    await reviewer.data(M.startReview, { input: { id: app1.id } });
    const events = await arriving;
    expect(events.map((e) => e.data.notificationAdded.kind)).toEqual(['application.submit', 'application.confirm_employment', 'application.start_review']);
    expect(events.every((e) => e.data.notificationAdded.link === `/applications/${app1.id}`)).toBe(true);
    expect((await alsoArriving).length).toBe(3);
    expect(strangerEvents).toEqual([]);
    await Promise.all([mine.dispose(), theirs.dispose(), stranger.dispose()]);
  });

  it('refuses a subscription from a signed-out visitor and a socket from another site', async () => {
    const anonymous = liveClient(null);
    await expect(nextEvents(anonymous, 'subscription { notificationAdded { id } }', 1)).rejects.toMatchObject([{ message: '请先登录。', extensions: { code: 'UNAUTHENTICATED' } }]);
    await anonymous.dispose();
    const inEnglish = liveClient(null, app.url, 'en');
    await expect(nextEvents(inEnglish, 'subscription { notificationAdded { id } }', 1)).rejects.toMatchObject([{ message: 'Please sign in first.' }]);
    await inEnglish.dispose();
    const foreign = liveClient(talent.sessionCookie, 'https://evil.example');
    await expect(nextEvents(foreign, 'subscription { notificationAdded { id } }', 1)).rejects.toBeTruthy();
    await foreign.dispose();
  });
});

describe('following one application live', () => {
  it('shows every party with the page open each step, fresh, and refuses those who may not see it', async () => {
    // The talent's earlier application is still open: this one is another person's.
    const applicant = await newApplicant(app);
    const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents);
    const hr = await app.client('hr');
    if (submitted.status === 'SUBMITTED') await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    const query = `subscription { applicationChanged(id: "${submitted.id}") { id status version history { action } } }`;
    const reviewersPage = liveClient(reviewer.sessionCookie);
    const applicantsPage = liveClient(applicant.client.sessionCookie);
    const otherTalent = await app.client();
    await otherTalent.signIn('talent3@yuepu.example');
    const strangersPage = liveClient(otherTalent.sessionCookie);
    // Until the steps below, the application stands at EMPLOYER_CONFIRMED: events with that status are probes.
    const probes = { reviewer: 0, applicant: 0 };
    const onlySteps = (client: Client, which: keyof typeof probes) => nextEvents(client, query, 2, (e) => {
      if (e.data.applicationChanged.status !== 'EMPLOYER_CONFIRMED') return true;
      probes[which] += 1;
      return false;
    });
    const seenByReviewer = onlySteps(reviewersPage, 'reviewer');
    const seenByApplicant = onlySteps(applicantsPage, 'applicant');
    // Caught at once: it fails at the first step, while this test is still acting.
    const seenByStranger = nextEvents(strangersPage, query, 1).catch((errors: unknown) => ({ errors }));
    // The same announcement a step makes (the application_events trigger's), without a step.
    await untilLive(() => app.sql(`select pg_notify('application_changed', ?)`, [submitted.id]), () => Math.min(probes.reviewer, probes.applicant));

    const started = (await reviewer.data(M.startReview, { input: { id: submitted.id } })).startReview.application;
    await reviewer.data(M.approve, { input: { id: submitted.id, amountYuan: 10000, expectedVersion: started.version } });
    for (const events of [await seenByReviewer, await seenByApplicant]) {
      expect(events.map((e) => e.data.applicationChanged.status)).toEqual(['UNDER_REVIEW', 'APPROVED']);
      expect(events[1].data.applicationChanged.history.at(-1).action).toBe('APPROVE');
    }
    expect(await seenByStranger).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    await Promise.all([reviewersPage.dispose(), applicantsPage.dispose(), strangersPage.dispose()]);
  });

  it('tells a policy list which policies can be applied for online, in one lookup', async () => {
    const { policies } = await talent.data('{ policies(first: 50) { edges { node { code applicationForm { benefit } } } } }');
    const online = policies.edges.filter((e: any) => e.node.applicationForm).map((e: any) => e.node.applicationForm.benefit).sort();
    // The four city procedures (three settlement routes and residence points) take the town's pre-check online.
    expect(online).toEqual(['FLAT', 'MONEY', 'MONEY', 'NOMINATION', 'PRE_CHECK', 'PRE_CHECK', 'PRE_CHECK', 'PRE_CHECK']);
  });
});

describe('list screens issue a constant number of SQL statements', () => {
  // What a list row shows (the timeline's actors are on the detail page): each related record
  // comes from a per-request loader, so rows add no statements.
  const LIST_FIELDS = `totalCount edges { node { id reference status overdue dueAt waitingOn nextActions
    policy { code } applicant { displayName } enterprise { nameZh } documents { kind } history { action at } } }`;

  it('my applications', async () => {
    const hr = await app.client('hr');
    // Four more of the talent's own (withdrawn drafts: one open per policy), and four other
    // people's submitted ones for the review queue below.
    for (let i = 0; i < 4; i++) {
      const draft = (await talent.data(M.create, { input: { policyId: POLICY.talentApartment } })).createApplication.application;
      await talent.data(M.withdraw, { input: { id: draft.id } });
      const applicant = await newApplicant(app);
      const submitted = await submittedApplication(applicant.client, POLICY.housingSubsidy, applicant.documents, 1000 + i);
      await hr.data(M.confirm, { input: { id: submitted.id, ...EMPLOYMENT } });
    }
    const one = await talent.request(`{ myApplications(first: 1) { ${LIST_FIELDS} } }`);
    const many = await talent.request(`{ myApplications(first: 50) { ${LIST_FIELDS} } }`);
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data.myApplications.edges.length).toBeGreaterThanOrEqual(5);
    expect(many.sqlCount).toBe(one.sqlCount);
  });

  it('the review queue, oldest first', async () => {
    const one = await reviewer.request(`{ reviewQueue(first: 1) { ${LIST_FIELDS} } }`);
    const many = await reviewer.request(`{ reviewQueue(first: 50) { ${LIST_FIELDS.replace('status ', 'status statusChangedAt ')} } }`);
    const rows = many.body.data.reviewQueue.edges.map((e: any) => e.node);
    const waited = rows.map((r: any) => r.statusChangedAt);
    expect(waited).toEqual([...waited].sort());
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((r: any) => ['EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'APPROVED'].includes(r.status))).toBe(true);
    expect(many.sqlCount).toBe(one.sqlCount);
  });

  it('reads the queue\'s applicants, enterprises and histories with the page itself, the same as each application shows them', async () => {
    // Issue 13: one statement for the page and these relations (the history only when asked,
    // here through a named fragment), instead of one more statement per relation.
    const RELATED = `applicant { id displayName role } enterprise { id nameZh nameEn allianceMember } ...Steps`;
    const STEPS = 'fragment Steps on Application { history { action fromStatus toStatus reason at } }';
    const bare = await reviewer.request('{ reviewQueue(first: 50) { edges { node { id } } } }');
    const rich = await reviewer.request(`{ reviewQueue(first: 50) { edges { node { id ${RELATED} } } } } ${STEPS}`);
    expect(rich.body.errors).toBeUndefined();
    const rows = rich.body.data.reviewQueue.edges.map((e: any) => e.node);
    expect(rows.some((r: any) => r.enterprise !== null && r.history.length >= 3)).toBe(true);
    expect(rich.sqlCount).toBe(bare.sqlCount);
    for (const row of rows) {
      const { application } = await reviewer.data(`query($id: UUID!) { application(id: $id) { id ${RELATED} } } ${STEPS}`, { id: row.id });
      expect(row).toEqual(application);
    }
  });

  it('reads the queue\'s policies, forms and caps with the page itself, the same as each application shows them', async () => {
    // Issue 13: the page's statement also reads its policies, their forms and the caps in force,
    // so a queue showing them costs what the bare page costs (it cost three statements more).
    const RELATED = `status dueAt overdue nextActions policy { id code category audiences level eligibilityKind hasPointsCalculator }
      form { id version benefit processingDays employerNominates amountCapYuan amountCapIsSample checklist { kind required } questions { key label } }`;
    const bare = await reviewer.request('{ reviewQueue(first: 50) { edges { node { id } } } }');
    const rich = await reviewer.request(`{ reviewQueue(first: 50) { edges { node { id ${RELATED} } } } }`);
    expect(rich.body.errors).toBeUndefined();
    const rows = rich.body.data.reviewQueue.edges.map((e: any) => e.node);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.some((r: any) => r.form.amountCapYuan !== null)).toBe(true);
    expect(rich.sqlCount).toBe(bare.sqlCount);
    for (const row of rows) {
      const { application } = await reviewer.data(`query($id: UUID!) { application(id: $id) { id ${RELATED} } }`, { id: row.id });
      expect(row).toEqual(application);
    }
  });

  it('answers a queue row\'s policy fields (the web\'s title, eligibility, rule sets) as the policy itself does', async () => {
    // The queue's policies are plain rows, not entities: the Policy field resolvers read them as they are.
    const POLICY = 'id code current { id titleZh titleEn } eligibility { kind configured facts } ruleSets { id kind }';
    const { reviewQueue } = await reviewer.data(`{ reviewQueue(first: 50) { edges { node { policy { ${POLICY} } } } } }`);
    const policies = new Map<string, unknown>(reviewQueue.edges.map((e: any) => [e.node.policy.id, e.node.policy]));
    expect(policies.size).toBeGreaterThanOrEqual(1);
    for (const [id, listed] of policies) {
      expect(listed).toEqual((await reviewer.data(`query($id: UUID!) { policy(id: $id) { ${POLICY} } }`, { id })).policy);
    }
  });

  it('reads one application\'s history and its actors with the application, the same as a list shows them', async () => {
    const STEPS = 'history { action fromStatus toStatus reason at actor { id displayName role } }';
    const { myApplications } = await talent.data(`{ myApplications(first: 50) { edges { node { id ${STEPS} } } } }`);
    const listed = myApplications.edges.map((e: any) => e.node);
    expect(listed.some((a: any) => a.history.some((step: any) => step.actor !== null && step.actor.id !== listed[0].id))).toBe(true);
    for (const row of listed) {
      const bare = await talent.request('query($id: UUID!) { application(id: $id) { id } }', { id: row.id });
      const full = await talent.request(`query($id: UUID!) { application(id: $id) { id ${STEPS} } }`, { id: row.id });
      expect(full.body.data.application).toEqual(row);
      expect(full.sqlCount).toBe(bare.sqlCount);
    }
  });

  it('reads one application\'s documents with the application, the same as a list shows them', async () => {
    const DOCUMENTS = 'documents { id kind fileName contentType sizeBytes expiresOn createdAt expired downloadUrl }';
    const { myApplications } = await talent.data(`{ myApplications(first: 50) { edges { node { id ${DOCUMENTS} } } } }`);
    const listed = myApplications.edges.map((e: any) => e.node);
    expect(listed.some((a: any) => a.documents.length >= 2)).toBe(true);
    for (const row of listed) {
      const bare = await talent.request('query($id: UUID!) { application(id: $id) { id } }', { id: row.id });
      const full = await talent.request(`query($id: UUID!) { application(id: $id) { id ${DOCUMENTS} } }`, { id: row.id });
      expect(full.body.data.application).toEqual(row);
      // Issue 13: in the application's own statement, not one more.
      expect(full.sqlCount).toBe(bare.sqlCount);
    }
  });

  it('reads the answers, eligibility snapshot and documents seen at the counter with the application when asked, the same as a list shows them', async () => {
    const JSON_FIELDS = 'answers { key value } eligibilitySnapshot documentsSeenAtCounter';
    const ids = (await talent.data('{ myApplications(first: 50) { edges { node { id } } } }')).myApplications.edges.map((e: any) => e.node.id);
    // One of them with something in each of the three, so that the comparison is not of empty values.
    await app.sql(`update applications set answers = '{"reason": "回国创业"}', documents_seen_at_counter = '["ID_CARD"]', eligibility_snapshot = '{"eligible": true}' where id = ?`, [ids[0]]);
    const { myApplications } = await talent.data(`{ myApplications(first: 50) { edges { node { id ${JSON_FIELDS} } } } }`);
    const listed = myApplications.edges.map((e: any) => e.node);
    expect(listed.find((a: any) => a.id === ids[0])).toMatchObject({ answers: [{ key: 'reason', value: '回国创业' }], documentsSeenAtCounter: ['ID_CARD'], eligibilitySnapshot: { eligible: true } });
    for (const row of listed) {
      const bare = await talent.request('query($id: UUID!) { application(id: $id) { id } }', { id: row.id });
      // Through a fragment too: the read sees what the query asks wherever it asks it.
      const full = await talent.request(`query($id: UUID!) { application(id: $id) { id ...J } } fragment J on Application { ${JSON_FIELDS} }`, { id: row.id });
      expect(full.body.data.application).toEqual(row);
      // Issue 13: in the application's own statement, not one more.
      expect(full.sqlCount).toBe(bare.sqlCount);
    }
  });

  it('marks an application overdue once it waited longer than the processing time', async () => {
    const [first] = (await reviewer.data(`{ reviewQueue(first: 1) { edges { node { id overdue } } } }`)).reviewQueue.edges;
    expect(first.node.overdue).toBe(false);
    await app.sql("update applications set status_changed_at = now() - interval '31 days' where id = ?", [first.node.id]);
    const late = await reviewer.data(`{ reviewQueue(first: 5, filter: { minDaysWaiting: 30 }) { totalCount edges { node { id overdue } } } }`);
    expect(late.reviewQueue.totalCount).toBe(1);
    expect(late.reviewQueue.edges[0].node).toEqual({ id: first.node.id, overdue: true });
  });
});
