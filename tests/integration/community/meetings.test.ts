import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY, MEETING, USER } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const QINGAN = COMMUNITY.residentialAreas[0]; // community@
const CHANGCHUN = COMMUNITY.villages[3]; // community2@
const WORKER = COMMUNITY.workers[0];

const MEETING_FIELDS = 'id level title heldOn areaName convener deputyConvener attendees minutes version viewerCanEdit place { id } agendaItems { id position title need { id } project { id } } decisions { id text dueOn status owner { id displayName } }';
const CREATE = `mutation($input: CreateJointMeetingInput!) { createJointMeeting(input: $input) { meeting { ${MEETING_FIELDS} } errors { field code message } } }`;
const UPDATE = `mutation($input: UpdateJointMeetingInput!) { updateJointMeeting(input: $input) { meeting { id version title } errors { field code message } } }`;
const ADD_ITEM = `mutation($input: AddMeetingAgendaItemInput!) { addMeetingAgendaItem(input: $input) { meeting { id agendaItems { position title } } errors { field code message } } }`;
const DECIDE = `mutation($input: AddMeetingDecisionInput!) { addMeetingDecision(input: $input) { decision { id text dueOn status overdue owner { id } } errors { field code message } } }`;
const COMPLETE = `mutation($id: UUID!) { completeMeetingDecision(id: $id) { decision { id status } errors { field code message } } }`;
const ONE = `query($id: UUID!) { jointMeeting(id: $id) { ${MEETING_FIELDS} } }`;
const LIST = `query($level: MeetingLevel) { jointMeetings(level: $level, first: 100) { totalCount edges { node { id level } } } }`;
const MINE = `query { myMeetingDecisions(first: 100) { totalCount edges { node { id text dueOn overdue viewerCanComplete meeting { id title } } } } }`;

const townInput = (over: Record<string, unknown> = {}) => ({
  level: 'TOWN', title: '2026 年镇区域化党建联席会议', heldOn: '2026-12-01', location: '镇政府三楼会议室',
  convener: '镇党委书记', deputyConvener: '镇党委副书记', attendees: ['宝钢股份党委 王书记', '中冶宝钢党委 李书记', '示例银行支行 张行长'],
  minutes: '围绕区域发展大事、社会治理要事、群众民生实事研究交流。', agendaItems: [{ title: '宝莲湖畔花园改造推进', notes: '确定项目推进措施' }], ...over,
});
const villageInput = (over: Record<string, unknown> = {}) => townInput({ level: 'VILLAGE', placeId: QINGAN, title: '庆安四村党建联席会议', agendaItems: [], ...over });

const counts = async () => (await app.sql<{ meetings: number; items: number; decisions: number }>(
  `select (select count(*)::int from community_joint_meetings) as meetings, (select count(*)::int from community_meeting_agenda_items) as items, (select count(*)::int from community_meeting_decisions) as decisions`))[0];

async function createTown(over: Record<string, unknown> = {}) {
  const res = (await (await app.client('coordinator')).data(CREATE, { input: townInput(over) })).createJointMeeting;
  expect(res.errors).toEqual([]);
  return res.meeting;
}

describe('who records and reads joint meetings', () => {
  it('coordinators record town and area meetings; a community worker only their own place\'s village meeting', async () => {
    const coordinator = await app.client('coordinator', 'en');
    const area = (await coordinator.data(CREATE, { input: townInput({ level: 'AREA', areaName: '三村联动片区', title: '三村联动片区联席会议' }) })).createJointMeeting;
    expect(area.errors).toEqual([]);
    expect(area.meeting).toMatchObject({ level: 'AREA', areaName: '三村联动片区', place: null, version: 1, viewerCanEdit: true });
    expect(area.meeting.agendaItems).toMatchObject([{ position: 1, title: '宝莲湖畔花园改造推进' }]);

    const worker = await app.client('community', 'en');
    const before = await counts();
    const town = (await worker.data(CREATE, { input: townInput() })).createJointMeeting;
    expect(town.meeting).toBeNull();
    expect(town.errors.map((e: any) => [e.field, e.code])).toEqual([['input.level', 'INVALID']]);
    const elsewhere = (await worker.data(CREATE, { input: villageInput({ placeId: CHANGCHUN }) })).createJointMeeting;
    expect(elsewhere.errors.map((e: any) => [e.field, e.code])).toEqual([['input.placeId', 'INVALID']]);
    expect(await counts()).toEqual(before);

    const own = (await worker.data(CREATE, { input: villageInput() })).createJointMeeting;
    expect(own.errors).toEqual([]);
    expect(own.meeting).toMatchObject({ level: 'VILLAGE', place: { id: QINGAN }, viewerCanEdit: true });

    // Another village's worker neither sees nor changes it; it answers like a missing meeting.
    const other = await app.client('community2', 'en');
    const hidden = await other.request(ONE, { id: own.meeting.id });
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const edit = await other.request(UPDATE, { input: { meetingId: own.meeting.id, expectedVersion: 1, ...fieldsOf(villageInput({ title: '改掉' })) } });
    expect(JSON.stringify(edit.body)).toContain('NOT_FOUND');
    const list = (await other.data(LIST, {})).jointMeetings.edges.map((e: any) => e.node.id);
    expect(list).toContain(area.meeting.id);
    expect(list).not.toContain(own.meeting.id);

    // A member organisation's HR reads town and area meetings but records none.
    const hr = await app.client('hr');
    expect((await hr.data(ONE, { id: area.meeting.id })).jointMeeting.viewerCanEdit).toBe(false);
    expect((await hr.request(CREATE, { input: townInput() })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hr.request(ONE, { id: own.meeting.id })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Talent, reviewers and visitors have no part in them.
    for (const who of ['talent', 'reviewer'] as const) {
      expect((await (await app.client(who)).request(LIST, {})).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await (await app.client()).request(LIST, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await app.sql(`select title from community_joint_meetings where id = ?`, [own.meeting.id])).toEqual([{ title: '庆安四村党建联席会议' }]);
  });

  it('agenda items link to needs and projects; a village meeting only to its own place\'s', async () => {
    const post = async (who: 'community' | 'community2') => {
      const input = { title: '重阳节慰问高龄老人', description: '为辖区 80 岁以上老人送上节日祝福。', category: 'ELDERLY_CARE', peopleServed: 40, dueOn: new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10), isPublic: false, resources: [{ kind: 'VOLUNTEERS', quantity: 5 }] };
      const res = (await (await app.client(who)).data(`mutation($input: PostCommunityNeedInput!) { postCommunityNeed(input: $input) { need { id } errors { field message } } }`, { input })).postCommunityNeed;
      expect(res.errors).toEqual([]);
      return res.need as { id: string };
    };
    const own = await post('community');
    const foreign = await post('community2');
    const worker = await app.client('community', 'en');
    const before = await counts();
    const bad = (await worker.data(CREATE, { input: villageInput({ agendaItems: [{ title: '别处的需求', needId: foreign.id }] }) })).createJointMeeting;
    expect(bad.errors.map((e: any) => [e.field, e.code])).toEqual([['input.agendaItems.0.needId', 'NOT_FOUND']]);
    expect(await counts()).toEqual(before);
    const ok = (await worker.data(CREATE, { input: villageInput({ agendaItems: [{ title: '本村居需求', needId: own.id }] }) })).createJointMeeting;
    expect(ok.errors).toEqual([]);
    expect(ok.meeting.agendaItems[0].need).toEqual({ id: own.id });
  });
});

const fieldsOf = (input: Record<string, unknown>) => {
  const { level: _l, placeId: _p, areaName: _a, agendaItems: _i, ...rest } = input;
  return rest;
};

describe('hostile input', () => {
  it('refuses NUL, oversized text, malformed ids, a due date before the meeting and an owner who cannot own decisions, leaving the database unchanged', async () => {
    const meeting = await createTown();
    const coordinator = await app.client('coordinator', 'en');
    const before = await counts();
    const hostile = (await coordinator.data(CREATE, { input: townInput({ title: '会议\u0000', minutes: 'x'.repeat(100_000), attendees: ['\u202Eevil'] }) })).createJointMeeting;
    expect(hostile.meeting).toBeNull();
    expect(hostile.errors.map((e: any) => e.field).sort()).toEqual(['input.attendees.0', 'input.minutes', 'input.title']);
    const empty = (await coordinator.data(CREATE, { input: townInput({ title: ' ', heldOn: '2026-02-30', convener: '', attendees: [] }) })).createJointMeeting;
    expect(empty.errors.map((e: any) => [e.field, e.code]).sort()).toEqual([['input.attendees', 'REQUIRED'], ['input.convener', 'REQUIRED'], ['input.heldOn', 'INVALID'], ['input.title', 'REQUIRED']]);
    const malformed = await coordinator.request(DECIDE, { input: { meetingId: 'not-a-uuid', text: 'x', ownerId: USER.hr, dueOn: '2026-12-31' } });
    expect(malformed.status).toBe(400);
    const early = (await coordinator.data(DECIDE, { input: { meetingId: meeting.id, text: '落实改造资金', ownerId: USER.talent, dueOn: '2026-11-01' } })).addMeetingDecision;
    expect(early.errors.map((e: any) => [e.field, e.code]).sort()).toEqual([['input.dueOn', 'OUT_OF_RANGE'], ['input.ownerId', 'NOT_FOUND']]);
    const missing = await coordinator.request(DECIDE, { input: { meetingId: '00000000-0000-4000-8000-000000000000', text: 'x', ownerId: USER.hr, dueOn: '2026-12-31' } });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });
});

describe('concurrent edits', () => {
  it('decisions recorded at the same time are all kept, and a stale edit of the details is refused instead of overwriting', async () => {
    const meeting = await createTown();
    const coordinator = await app.client('coordinator');
    const admin = await app.client('admin');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? coordinator : admin).data(DECIDE, {
      input: { meetingId: meeting.id, text: `决定 ${i + 1}`, ownerId: i % 3 ? USER.hr : WORKER, dueOn: '2026-12-31' },
    })));
    expect(results.every((r) => r.addMeetingDecision.errors.length === 0)).toBe(true);

    const edits = await Promise.all(['甲', '乙'].map((t, i) => (i ? coordinator : admin).data(UPDATE, {
      input: { meetingId: meeting.id, expectedVersion: 1, ...fieldsOf(townInput({ title: `改名${t}` })) },
    })));
    const outcomes = edits.map((e) => e.updateJointMeeting.errors.map((x: any) => x.code).join() || 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const items = await Promise.all(Array.from({ length: 6 }, (_, i) => coordinator.data(ADD_ITEM, { input: { meetingId: meeting.id, title: `议题 ${i + 2}` } })));
    expect(items.every((r) => r.addMeetingAgendaItem.errors.length === 0)).toBe(true);

    const after = (await coordinator.data(ONE, { id: meeting.id })).jointMeeting;
    expect(after.version).toBe(2);
    expect(after.decisions.map((d: any) => d.text).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `决定 ${i + 1}`).sort());
    expect(after.agendaItems.map((i: any) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('decisions that are due', () => {
  it('appear for their owner and in the owner\'s calendar feed until marked done', async () => {
    const meeting = await createTown({ heldOn: '2026-01-10' });
    const coordinator = await app.client('coordinator');
    const overdue = (await coordinator.data(DECIDE, { input: { meetingId: meeting.id, text: '月底前提交花园改造方案', ownerId: USER.hr, dueOn: '2026-01-31' } })).addMeetingDecision.decision;
    const later = (await coordinator.data(DECIDE, { input: { meetingId: meeting.id, text: '组织党员志愿者认领微心愿', ownerId: USER.hr, dueOn: '2099-06-30' } })).addMeetingDecision.decision;
    expect(overdue.overdue).toBe(true);
    expect(later.overdue).toBe(false);

    const hr = await app.client('hr');
    const mine = (await hr.data(MINE)).myMeetingDecisions.edges.map((e: any) => e.node);
    expect(mine.map((d: any) => d.id)).toEqual(expect.arrayContaining([overdue.id, later.id]));
    expect(mine.find((d: any) => d.id === overdue.id)).toMatchObject({ overdue: true, viewerCanComplete: true, meeting: { title: meeting.title } });
    expect((await (await app.client('hr2')).data(MINE)).myMeetingDecisions.edges.map((e: any) => e.node.id)).not.toContain(overdue.id);

    const path = (await hr.data('mutation { resetCalendarFeed { path } }')).resetCalendarFeed.path;
    const feed = async () => (await fetch(`${app.url}${path}`)).text();
    const ics = await feed();
    expect(ics).toContain(`UID:meeting-decision-${overdue.id}@yuepu-hub`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260131');
    expect(ics).toContain('[逾期 Overdue]');
    expect(ics).toContain(`UID:meeting-decision-${later.id}@yuepu-hub`);

    // Someone else who reads the meeting cannot mark it done; the owner can, once.
    const other = await app.client('hr2');
    expect((await other.request(COMPLETE, { id: overdue.id })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data(COMPLETE, { id: overdue.id })).completeMeetingDecision.decision.status).toBe('DONE');
    expect((await hr.data(COMPLETE, { id: overdue.id })).completeMeetingDecision.errors.map((e: any) => e.code)).toEqual(['INVALID_STATE']);
    expect((await hr.data(MINE)).myMeetingDecisions.edges.map((e: any) => e.node.id)).not.toContain(overdue.id);
    const after = await feed();
    expect(after).not.toContain(`meeting-decision-${overdue.id}`);
    expect(after).toContain(`meeting-decision-${later.id}`);
  });
});

describe('sample meetings', () => {
  it('give 长春村\'s worker their decisions on the dashboard, and stay out of 庆安四村\'s sight', async () => {
    const changchun = await app.client('community2');
    const mine = (await changchun.data(MINE)).myMeetingDecisions.edges.map((e: any) => e.node.id);
    expect(mine).toEqual([MEETING.decisions[1], MEETING.decisions[2]]);
    const qingan = await app.client('community');
    expect((await qingan.request(ONE, { id: MEETING.meetings[1] })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await qingan.data(ONE, { id: MEETING.meetings[0] })).jointMeeting).toMatchObject({ level: 'TOWN', viewerCanEdit: false });
  });
});

describe('list screens', () => {
  it('list meetings and one\'s decisions in a constant number of statements', async () => {
    const coordinator = await app.client('coordinator');
    for (let i = 0; i < 4; i++) {
      const meeting = await createTown({ title: `第 ${i + 1} 次联席会议`, level: i % 2 ? 'AREA' : 'TOWN', areaName: i % 2 ? '三村联动片区' : null });
      const res = await coordinator.data(DECIDE, { input: { meetingId: meeting.id, text: `决定 ${i}`, ownerId: USER.bank, dueOn: '2026-12-31' } });
      expect(res.addMeetingDecision.errors).toEqual([]);
    }
    // The newest is a village meeting, so the first page loads a place too, as every longer page does.
    expect((await coordinator.data(CREATE, { input: villageInput({ placeId: CHANGCHUN, heldOn: '2026-12-31' }) })).createJointMeeting.errors).toEqual([]);
    const LIST_PAGE = `query($first: Int) { jointMeetings(first: $first) { edges { node { id title level heldOn areaName convener place { nameZh } } } } }`;
    const one = await coordinator.request(LIST_PAGE, { first: 1 });
    const all = await coordinator.request(LIST_PAGE, { first: 100 });
    expect(all.body.data.jointMeetings.edges.length).toBeGreaterThanOrEqual(4);
    expect(all.sqlCount).toBe(one.sqlCount);

    const bank = await app.client('bank');
    const DASHBOARD = `query($first: Int) { myMeetingDecisions(first: $first) { edges { node { id text dueOn overdue viewerCanComplete owner { displayName organisation { nameZh } } agendaItem { position } meeting { id title heldOn } } } } }`;
    const first = await bank.request(DASHBOARD, { first: 1 });
    const every = await bank.request(DASHBOARD, { first: 100 });
    expect(every.body.data.myMeetingDecisions.edges.map((e: any) => e.node.text).sort(), JSON.stringify(every.body.data)).toEqual(['决定 0', '决定 1', '决定 2', '决定 3']);
    expect(every.sqlCount).toBe(first.sqlCount);
  });
});
