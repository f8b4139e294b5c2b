import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLIANCE, POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { configureCap, EMPLOYMENT, HOUSING_SUBSIDY_DOCUMENTS, M, submittedApplication, walletWith } from '../application/helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await configureCap(await app.client('admin'), POLICY.housingSubsidy, 20000);
});
afterAll(async () => {
  await app.close();
});

async function feedOf(client: GraphQLClient): Promise<string> {
  const path = (await client.data(`mutation { resetCalendarFeed { path } }`)).resetCalendarFeed.path;
  const res = await fetch(`${app.url}${path}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
  return res.text();
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const shanghaiDay = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const uid = (id: string) => `application-due-${id}@yuepu-hub`;

describe('the personal calendar feed carries application deadlines', () => {
  /** The talent's submitted application, followed through the steps below. */
  let id: string;

  it('shows the applicant each submitted application that waits on someone, as an all-day entry on its due date', async () => {
    const talent = await app.client('talent');
    const documents = await walletWith(app, talent, HOUSING_SUBSIDY_DOCUMENTS);
    const submitted = await submittedApplication(talent, POLICY.housingSubsidy, documents);
    id = submitted.id;
    // A draft for another policy (one open application per policy; the key-talent incentive is the employer's to file).
    const draft = (await talent.data(M.create, { input: { policyId: POLICY.talentApartment } })).createApplication.application;
    const { application } = await talent.data(`query($id: UUID!) { application(id: $id) { dueAt reference } }`, { id: submitted.id });
    expect(application.dueAt).not.toBeNull();

    const events = parse(await feedOf(talent));
    const entry = events.find((e) => e.uid === uid(submitted.id));
    expect(entry).toBeDefined();
    expect(entry!.summary).toBe(`申请 ${application.reference} 办理期限 / Application ${application.reference} due`);
    expect(entry!.startDate.isDate).toBe(true);
    expect(entry!.startDate.toString()).toBe(shanghaiDay(application.dueAt));
    expect(entry!.component.getFirstPropertyValue('url')).toBe(`${app.url}/applications/${submitted.id}`);
    expect(entry!.description).toContain('等待：单位人事确认在职');
    // A draft has no deadline; the person's events are still there.
    expect(events.map((e) => e.uid)).not.toContain(uid(draft.id));
    expect(events.map((e) => e.uid)).toContain(`alliance-event-${ALLIANCE.events[0]}@yuepu-hub`);
  });

  it('gives HR their enterprise\'s applications waiting on them, and no one else\'s', async () => {
    const talent = await app.client('talent');
    const [hr, hr2] = await Promise.all([app.client('hr'), app.client('hr2')]);

    const hrEntry = parse(await feedOf(hr)).find((e) => e.uid === uid(id));
    expect(hrEntry!.summary).toMatch(/^\[待您处理 Your move\] 员工申请 YP-\d{4}-\d{6} 单位确认期限/);
    expect(hrEntry!.summary).not.toMatch(/王|刘/);
    expect(parse(await feedOf(hr2)).map((e) => e.uid)).not.toContain(uid(id));

    // Once HR confirm, it waits on the town: still the applicant's deadline, no longer HR's.
    const version = (await talent.data(`query($id: UUID!) { application(id: $id) { version } }`, { id })).application.version;
    const confirmed = await hr.data(M.confirm, { input: { id, expectedVersion: version, ...EMPLOYMENT } });
    expect(confirmed.confirmEmployment.errors).toEqual([]);
    expect(parse(await feedOf(hr)).map((e) => e.uid)).not.toContain(uid(id));
    const mine = parse(await feedOf(talent)).find((e) => e.uid === uid(id));
    expect(mine!.description).toContain('等待：镇人才办审核');
    expect(Number(mine!.component.getFirstPropertyValue('sequence'))).toBeGreaterThan(1);
  });

  it('marks an overdue deadline and drops a withdrawn application', async () => {
    const talent = await app.client('talent');
    await app.sql(`update applications set status_changed_at = now() - interval '60 days' where id = ?`, [id]);
    const overdue = parse(await feedOf(talent)).find((e) => e.uid === uid(id));
    expect(overdue!.summary).toMatch(/^\[逾期 Overdue\] 申请 /);

    const version = (await talent.data(`query($id: UUID!) { application(id: $id) { version } }`, { id })).application.version;
    expect((await talent.data(M.withdraw, { input: { id, expectedVersion: version } })).withdrawApplication.errors).toEqual([]);
    expect(parse(await feedOf(talent)).map((e) => e.uid)).not.toContain(uid(id));
  });
});
