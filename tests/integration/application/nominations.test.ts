import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, USER } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const NOMINATE = `mutation($input: NominateForApplicationInput!) {
  nominateForApplication(input: $input) { application { id reference status applicant { id } enterprise { id } history { action reason actor { displayName } } } errors { field code message } }
}`;
const applicationsOf = (userId: string) => app.sql('select id, status from applications where applicant_id = ?', [userId]);

describe('an employer nominating staff', () => {
  it('makes a draft for their own staff member, who is told and can carry on with it', async () => {
    const hr = await app.client('hr');
    const res = await hr.data(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: USER.talent, note: '2026 年度骨干人才推荐' } });
    expect(res.nominateForApplication.errors).toEqual([]);
    const nominated = res.nominateForApplication.application;
    expect(nominated).toMatchObject({ status: 'DRAFT', applicant: { id: USER.talent }, history: [{ action: 'CREATE', reason: '2026 年度骨干人才推荐', actor: { displayName: '人事 李敏' } }] });

    const talent = await app.client('talent');
    const mine = await talent.data('{ myApplications { edges { node { id status nextActions } } } notifications(first: 5) { edges { node { kind link } } } }');
    expect(mine.myApplications.edges.map((e: any) => e.node)).toContainEqual({ id: nominated.id, status: 'DRAFT', nextActions: ['SUBMIT', 'WITHDRAW'] });
    expect(mine.notifications.edges[0].node).toEqual({ kind: 'application.nominated', link: `/applications/${nominated.id}` });

    // The nominating enterprise follows the draft; drafts are otherwise hidden from HR.
    const followed = await hr.data(`{ enterpriseApplications(status: DRAFT) { edges { node { id } } } }`);
    expect(followed.enterpriseApplications.edges.map((e: any) => e.node.id)).toEqual([nominated.id]);
    expect((await hr.data(`query($id: UUID!) { application(id: $id) { status } }`, { id: nominated.id })).application.status).toBe('DRAFT');

    const again = await hr.data(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: USER.talent } });
    expect(again.nominateForApplication.errors).toMatchObject([{ field: 'input.talentUserId', code: 'DUPLICATE' }]);
    expect(await applicationsOf(USER.talent)).toHaveLength(1);
  });

  it('refuses another enterprise\'s staff, policies employers do not file, and other roles, writing nothing', async () => {
    const hr2 = await app.client('hr2');
    const foreign = await hr2.data(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: USER.talents[0] } });
    expect(foreign.nominateForApplication.errors).toMatchObject([{ field: 'input.talentUserId', code: 'NOT_FOUND' }]);
    const notNominated = await (await app.client('hr')).data(NOMINATE, { input: { policyId: POLICY.housingSubsidy, talentUserId: USER.talents[0] } });
    expect(notNominated.nominateForApplication.errors).toMatchObject([{ field: 'input.policyId', code: 'NOT_FOUND' }]);
    const byTalent = await (await app.client('talent')).request(NOMINATE, { input: { policyId: POLICY.keyTalentIncentive, talentUserId: USER.talents[0] } });
    expect(byTalent.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await applicationsOf(USER.talents[0])).toEqual([]);
  });

  it('says which policies employers nominate for', async () => {
    const { applicationForm } = await (await app.client()).data(`query($id: UUID!) { applicationForm(policyId: $id) { employerNominates } }`, { id: POLICY.keyTalentIncentive });
    expect(applicationForm).toEqual({ employerNominates: true });
  });
});
