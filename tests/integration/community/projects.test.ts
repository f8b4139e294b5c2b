import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY, ORG } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { PNG, upload } from '../application/helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const QINGAN = COMMUNITY.residentialAreas[0];
const PROJECT = `query($id: UUID!) { communityProject(id: $id) {
  id status version volunteerPlaces volunteerCount isVolunteer canManage canConfirm completionSummary feedbackRating feedbackComment
  owners { id displayName } possibleOwners { id displayName } milestones { id title dueOn ownerName doneAt isMine }
  volunteers { displayName organisation { id } } evidence { caption document { id } } need { id status }
} }`;
const YEAR = `query($year: Int!) { communityYear(year: $year) { year received claimed completed completedWithPairing sourceFigure xlsxPath
  places { place { id nameZh } received claimed completed } organisations { organisation { id } claimed completed } } }`;
const step = (name: string, args: string, fields = 'project { id status version } errors { field code message }') => `mutation($input: ${args}!) { ${name}(input: $input) { ${fields} } }`;

describe('projects (项目清单): from a claimed need to a confirmed completion', () => {
  let projectId: string;
  const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

  it('runs the whole way: claim, milestone, volunteers up to the places claimed, photo, report, confirmation with feedback; the yearly view counts it', async () => {
    const worker = await app.client('community');
    const hr = await app.client('hr');
    const dueOn = new Date(Date.now() + 20 * 86400_000).toISOString().slice(0, 10);
    const posted = await worker.data(`mutation($input: PostCommunityNeedInput!) { postCommunityNeed(input: $input) { need { id resources { id kind } } errors { code } } }`, {
      input: { title: '科普花园改造', description: '改造小区科普花园', category: 'CHILD_FRIENDLY', peopleServed: 200, dueOn, isPublic: true, resources: [{ kind: 'VOLUNTEERS', quantity: 2 }] },
    });
    const need = posted.postCommunityNeed.need;
    // A pairing agreement between 庆安四村 and the claimant makes it a paired project.
    await (await app.client('coordinator')).data(`mutation($input: CreatePairingAgreementInput!) { createPairingAgreement(input: $input) { errors { code } } }`, {
      input: { placeId: QINGAN, partnerId: ORG.enterprises[0], startsOn: `${year}-01-01`, endsOn: `${year + 1}-12-31`, commitments: [{ kind: 'PRACTICAL_MATTER', description: '科普花园' }] },
    });
    const claim = await hr.data(`mutation($input: ClaimCommunityNeedInput!) { claimCommunityNeed(input: $input) { need { status project { id } } errors { code } } }`, {
      input: { needId: need.id, lines: [{ resourceId: need.resources[0].id, quantity: 2 }] },
    });
    expect(claim.claimCommunityNeed.need.status).toBe('CLAIMED');
    projectId = claim.claimCommunityNeed.need.project.id;

    let project = (await hr.data(PROJECT, { id: projectId })).communityProject;
    expect(project).toMatchObject({ status: 'IN_PROGRESS', volunteerPlaces: 2, volunteerCount: 0, canManage: true, owners: [{ displayName: '人事 李敏' }] });
    expect(project.possibleOwners.map((p: any) => p.displayName).sort()).toEqual(['人事 李敏', '社区工作者 吴芳'].sort());

    // A milestone whose owner is nobody in the project is refused; a real one is added.
    const addMilestone = step('addProjectMilestone', 'AddMilestoneInput');
    const stranger = (await hr.data(addMilestone, { input: { projectId, title: '采购绿植', dueOn, ownerId: COMMUNITY.workers[1] } })).addProjectMilestone;
    expect(stranger.errors.map((e: any) => [e.field, e.code])).toEqual([['input.ownerId', 'NOT_FOUND']]);
    const hrId = project.owners[0].id;
    expect((await hr.data(addMilestone, { input: { projectId, title: '采购绿植', dueOn, ownerId: hrId } })).addProjectMilestone.errors).toEqual([]);

    // Volunteers: three staff of member enterprises try for two places at once.
    const talents = await Promise.all(['talent', 'talent2', 'talent3'].map(async (who) => {
      const c = await app.client();
      await c.signIn(`${who}@yuepu.example`);
      return c;
    }));
    const signUps = await Promise.all(talents.map((t) => t.data(`mutation($id: UUID!) { signUpAsProjectVolunteer(projectId: $id) { project { volunteerCount } errors { code message } } }`, { id: projectId })));
    expect(signUps.filter((s) => s.signUpAsProjectVolunteer.errors.length === 0)).toHaveLength(2);
    expect(signUps.filter((s) => s.signUpAsProjectVolunteer.errors[0]?.code === 'CONFLICT')).toHaveLength(1);
    expect(await app.sql(`select count(*)::int as n from community_project_volunteers where project_id = ?`, [projectId])).toEqual([{ n: 2 }]);

    // Reporting completion needs every milestone done and a photo.
    project = (await hr.data(PROJECT, { id: projectId })).communityProject;
    const submit = step('submitProjectCompletion', 'SubmitCompletionInput');
    const early = (await hr.data(submit, { input: { projectId, summary: '已完成', version: project.version } })).submitProjectCompletion;
    expect(early.errors[0].code).toBe('INVALID_STATE');
    const milestone = project.milestones[0];
    expect((await hr.data(`mutation($id: UUID!) { completeProjectMilestone(id: $id) { errors { code } } }`, { id: milestone.id })).completeProjectMilestone.errors).toEqual([]);
    project = (await hr.data(PROJECT, { id: projectId })).communityProject;
    const noPhoto = (await hr.data(submit, { input: { projectId, summary: '已完成', version: project.version } })).submitProjectCompletion;
    expect(noPhoto.errors).toEqual([{ field: 'input.photos', code: 'REQUIRED', message: '请至少上传一张完成照片。' }]);
    const photo = await upload(app, hr, 'PHOTO', PNG, 'garden.png');
    expect(photo.status).toBe(201);
    expect((await hr.data(step('addProjectEvidence', 'AddEvidenceInput'), { input: { projectId, documentId: photo.body.document.id, caption: '改造后的花园' } })).addProjectEvidence.errors).toEqual([]);
    project = (await hr.data(PROJECT, { id: projectId })).communityProject;
    const stale = (await hr.data(submit, { input: { projectId, summary: '已完成', version: project.version - 1 } })).submitProjectCompletion;
    expect(stale.errors[0].code).toBe('CONFLICT');
    const submitted = (await hr.data(submit, { input: { projectId, summary: '花园改造完成，新增科普展牌 6 块', version: project.version } })).submitProjectCompletion;
    expect(submitted.errors).toEqual([]);
    expect(submitted.project.status).toBe('AWAITING_CONFIRMATION');

    // The photo is readable by those who see the need, not by a stranger or a visitor.
    const photoUrl = `${app.url}/files/${photo.body.document.id}`;
    expect((await fetch(photoUrl, { headers: { cookie: worker.sessionCookie! } })).status).toBe(200);
    expect((await fetch(photoUrl, { headers: { cookie: (await app.client('community2')).sessionCookie! } })).status).toBe(404);
    expect((await fetch(photoUrl)).status).toBe(401);

    // Only the place's own worker confirms; the claimant cannot.
    const confirm = step('confirmProjectCompletion', 'ConfirmCompletionInput');
    const byHr = await hr.request(confirm, { input: { projectId, rating: 5, comment: '很满意', version: submitted.project.version } });
    expect(byHr.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const other = await (await app.client('community2')).request(confirm, { input: { projectId, rating: 5, comment: '很满意', version: submitted.project.version } });
    expect(other.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const badRating = (await worker.data(confirm, { input: { projectId, rating: 9, version: submitted.project.version } })).confirmProjectCompletion;
    expect(badRating.errors.map((e: any) => e.field)).toEqual(['input.rating']);
    const before = await (await app.client('coordinator')).data(YEAR, { year });
    const done = (await worker.data(confirm, { input: { projectId, rating: 5, comment: '孩子们很喜欢', version: submitted.project.version } })).confirmProjectCompletion;
    expect(done.errors).toEqual([]);
    expect(done.project.status).toBe('COMPLETED');
    project = (await worker.data(PROJECT, { id: projectId })).communityProject;
    expect(project).toMatchObject({ feedbackRating: 5, feedbackComment: '孩子们很喜欢', need: { status: 'COMPLETED' }, evidence: [{ caption: '改造后的花园' }] });

    // The yearly view counts it, for the place, the organisation and the paired total.
    const after = (await (await app.client('coordinator')).data(YEAR, { year })).communityYear;
    expect(after.completed).toBe(before.communityYear.completed + 1);
    expect(after.completedWithPairing).toBe(before.communityYear.completedWithPairing + 1);
    expect(after.sourceFigure).toBe(75);
    const place = after.places.find((p: any) => p.place.id === QINGAN);
    expect(place.completed).toBeGreaterThanOrEqual(1);
    expect(after.places).toHaveLength(41);
    expect(after.places.reduce((s: number, p: any) => s + p.completed, 0)).toBe(after.completed);
    expect(after.organisations.find((o: any) => o.organisation.id === ORG.enterprises[0]).completed).toBeGreaterThanOrEqual(1);

    // The same figures as an Excel workbook, for staff with a session only.
    const xlsx = await fetch(`${app.url}${after.xlsxPath}`, { headers: { cookie: worker.sessionCookie! } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const places = book.getWorksheet('村居 Places')!;
    const row = places.getRows(2, places.rowCount - 1)!.find((r) => String(r.getCell(1).value).startsWith('庆安四村'))!;
    expect(row.getCell(6).value).toBe(place.completed);
    expect((await fetch(`${app.url}${after.xlsxPath}`)).status).toBe(401);
    expect((await fetch(`${app.url}/community/exports/year-20x6.xlsx`, { headers: { cookie: worker.sessionCookie! } })).status).toBe(404);
    const talent = await app.client('talent');
    expect((await fetch(`${app.url}${after.xlsxPath}`, { headers: { cookie: talent.sessionCookie! } })).status).toBe(403);
  });

  it('a completed project takes no more steps', async () => {
    const worker = await app.client('community');
    const again = (await worker.data(step('returnProjectCompletion', 'ReturnCompletionInput'), { input: { projectId, reason: '再看看', version: 99 } })).returnProjectCompletion;
    expect(again.errors[0].code).toBe('CONFLICT');
    const talent = await app.client('talent');
    const withdraw = (await talent.data(`mutation($id: UUID!) { withdrawProjectVolunteer(projectId: $id) { errors { code } } }`, { id: projectId })).withdrawProjectVolunteer;
    expect(withdraw.errors[0].code).toBe('INVALID_STATE');
  });

  it('lists projects in a constant number of statements', async () => {
    const LIST = `query($first: Int) { communityProjects(first: $first) { totalCount edges { node { id status need { title place { nameZh } } owners { displayName } milestones { title ownerName } volunteers { displayName organisation { nameZh } } volunteerPlaces volunteerCount evidence { document { id } } } } } }`;
    const worker = await app.client('community');
    const hr = await app.client('hr2');
    const talent4 = await app.client();
    await talent4.signIn('talent3@yuepu.example'); // staff of the claimant (hr2's enterprise)
    const photo = await upload(app, hr, 'PHOTO', PNG, 'start.png');
    const dueOn = new Date(Date.now() + 20 * 86400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 4; i++) {
      const need = (await worker.data(`mutation($input: PostCommunityNeedInput!) { postCommunityNeed(input: $input) { need { id resources { id } } } }`, {
        input: { title: `项目 ${i}`, description: '说明', category: 'OTHER', peopleServed: 5, dueOn, isPublic: false, resources: [{ kind: 'VOLUNTEERS', quantity: 3 }] },
      })).postCommunityNeed.need;
      const claimed = await hr.data(`mutation($input: ClaimCommunityNeedInput!) { claimCommunityNeed(input: $input) { need { project { id owners { id } } } errors { code } } }`, { input: { needId: need.id, lines: [{ resourceId: need.resources[0].id, quantity: 1 }] } });
      // Every project gets a milestone, a volunteer and a photo, so each page has all its parts.
      const project = claimed.claimCommunityNeed.need.project;
      expect((await hr.data(step('addProjectMilestone', 'AddMilestoneInput'), { input: { projectId: project.id, title: '准备', dueOn, ownerId: project.owners[0].id } })).addProjectMilestone.errors).toEqual([]);
      expect((await talent4.data(`mutation($id: UUID!) { signUpAsProjectVolunteer(projectId: $id) { errors { code } } }`, { id: project.id })).signUpAsProjectVolunteer.errors).toEqual([]);
      expect((await hr.data(step('addProjectEvidence', 'AddEvidenceInput'), { input: { projectId: project.id, documentId: photo.body.document.id } })).addProjectEvidence.errors).toEqual([]);
    }
    const coordinator = await app.client('coordinator');
    const one = await coordinator.request(LIST, { first: 1 });
    const all = await coordinator.request(LIST, { first: 100 });
    expect(all.body.data.communityProjects.edges.length).toBeGreaterThanOrEqual(5);
    expect(all.sqlCount).toBe(one.sqlCount);
  });
});
