import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordHashes } from '../../../api/src/core/auth/password.js';
import { dispatchOutbox, type OutgoingMessage } from '../../../api/src/modules/notification/outbox.dispatcher.js';
import { sampleResidentId } from '../../../seeds/sample-data.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';

// Nobody can find out, by signing up or editing their profile, whether an email address or a
// resident ID number is registered; a town reviewer settles ID numbers entered twice.

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accepted errors { field code message } } }`;
const CONFIRM = `mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { user { id talentProfile { residentIdNumber dateOfBirth } } errors { field code message } } }`;
const UPDATE_ID = `mutation($id: String) { updateMyTalentProfile(input: { residentIdNumber: $id }) { profile { residentIdNumber dateOfBirth } errors { field code } } }`;
const CONFLICTS = `query($status: ResidentIdConflictStatus) { residentIdConflicts(first: 20, status: $status) { totalCount edges { node {
  id residentIdNumber source status decision note
  claimant { email talentProfile { legalName residentIdNumber } } holder { email talentProfile { legalName residentIdNumber } } resolvedBy { email } } } } }`;
const RESOLVE = `mutation($input: ResolveResidentIdConflictInput!) { resolveResidentIdConflict(input: $input) { conflict { status decision } errors { field code } } }`;

let app: TestApp;
let talentId: string;
beforeAll(async () => {
  app = await startTestApp();
  const [row] = await app.sql<{ resident_id_number: string }>("select tp.resident_id_number from talent_profiles tp join users u on u.id = tp.user_id where u.email = 'talent@yuepu.example'");
  talentId = row.resident_id_number;
  expect(talentId).toMatch(/^\d{17}[\dX]$/);
});
afterAll(async () => {
  await app.close();
});

const input = (email: string, extra: Record<string, unknown> = {}) => ({ email, password: 'a-long-password', displayName: 'N', legalName: '新人', ...extra });

async function signUpAndConfirm(email: string, extra: Record<string, unknown> = {}): Promise<{ client: GraphQLClient; confirmed: any }> {
  const client = await app.client();
  expect((await client.data(SIGN_UP, { input: input(email, extra) })).signUp).toEqual({ accepted: true, errors: [] });
  const confirmed = (await client.data(CONFIRM, { input: { token: await app.signUpToken(email) } })).confirmSignUp;
  expect(confirmed.errors).toEqual([]);
  return { client, confirmed };
}

async function signedIn(email: string): Promise<GraphQLClient> {
  const client = await app.client();
  await client.signIn(email);
  return client;
}

const holderRow = async () => (await app.sql<{ resident_id_number: string; date_of_birth: string; legal_name: string }>(
  "select tp.resident_id_number, tp.date_of_birth::text, tp.legal_name from talent_profiles tp join users u on u.id = tp.user_id where u.email = 'talent@yuepu.example'"))[0];

describe('sign-up answers the same for a registered email', () => {
  it('gives the same answer, sets no cookie, hashes the password either way, and tells the owner by email', async () => {
    const [owner] = await app.sql<{ id: string; password_hash: string }>("select id, password_hash from users where email = 'talent@yuepu.example'");
    const answers = [];
    const timings: Record<string, number[]> = { registered: [], fresh: [] };
    for (const [kind, email] of [['registered', 'Talent@Yuepu.Example'], ['fresh', 'someone.new@example.com']] as const) {
      const client = await app.client();
      const hashesBefore = passwordHashes();
      const started = performance.now();
      const res = await client.request(SIGN_UP, { input: input(email) });
      timings[kind].push(performance.now() - started);
      expect(passwordHashes() - hashesBefore).toBe(1);
      expect(res.headers.get('set-cookie')).toBeNull();
      answers.push(res.body);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual({ data: { signUp: { accepted: true, errors: [] } } });

    // The owner is told; their account is as it was; the new address got its link.
    const toOwner = await app.sql<{ subject: string; body: string }>('select subject, body from outbox_messages where recipient_id = ? order by created_at desc limit 1', [owner.id]);
    expect(toOwner[0].subject).toBe('有人用您的邮箱注册月浦人才服务平台 / Someone tried to sign up with your email');
    expect(toOwner[0].body).toMatch(/本邮箱已有账号[\s\S]*already has an account/);
    expect((await app.sql<{ password_hash: string }>('select password_hash from users where id = ?', [owner.id]))[0].password_hash).toBe(owner.password_hash);
    expect((await app.sql("select id from sign_up_requests where email = 'talent@yuepu.example'")).length).toBe(0);
    expect(await app.signUpToken('someone.new@example.com')).toMatch(/^[\w-]{40,}$/);

    // Timing, for the record (asserted by the hash count above, not by the clock): a few more of each.
    for (let i = 0; i < 4; i++) {
      for (const [kind, email] of [['registered', 'talent2@yuepu.example'], ['fresh', `timing${i}@example.com`]] as const) {
        const started = performance.now();
        await (await app.client()).request(SIGN_UP, { input: input(email) });
        timings[kind].push(performance.now() - started);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
    console.log(`signUp median over 5: registered email ${median(timings.registered)} ms, new email ${median(timings.fresh)} ms`);
  });

  it('sends both emails through the outbox to the right address, and a flood of sign-ups sends few', async () => {
    for (let i = 0; i < 5; i++) await (await app.client()).data(SIGN_UP, { input: input('hr@yuepu.example') });
    for (let i = 0; i < 5; i++) await (await app.client()).data(SIGN_UP, { input: input('flood@example.com') });
    const sent: OutgoingMessage[] = [];
    await dispatchOutbox(app.orm.em.fork(), { send: async (m) => void sent.push(m) });
    expect(sent.filter((m) => m.address === 'hr@yuepu.example')).toHaveLength(1);
    expect(sent.filter((m) => m.address === 'flood@example.com')).toHaveLength(3);
    expect(sent.find((m) => m.address === 'flood@example.com')!.body).toMatch(/\/sign-up\/confirm\?token=/);
  });

  it('lets a link be used once, and not after a day', async () => {
    const client = await app.client();
    await client.data(SIGN_UP, { input: input('once@example.com') });
    const token = await app.signUpToken('once@example.com');
    await app.sql("update sign_up_requests set expires_at = now() - interval '1 minute' where email = 'once@example.com'");
    const late = await client.data(CONFIRM, { input: { token } });
    expect(late.confirmSignUp).toMatchObject({ user: null, errors: [{ field: 'input.token', code: 'INVALID' }] });
    await app.sql("update sign_up_requests set expires_at = now() + interval '1 hour' where email = 'once@example.com'");
    expect((await client.data(CONFIRM, { input: { token } })).confirmSignUp.errors).toEqual([]);
    expect((await (await app.client()).data(CONFIRM, { input: { token } })).confirmSignUp.errors[0].code).toBe('INVALID');
    expect((await (await app.client()).data(CONFIRM, { input: { token: 'not-a-token' } })).confirmSignUp.errors[0].code).toBe('INVALID');
  });
});

describe('a resident ID number entered by a second account', () => {
  it('at sign-up: the same answer as a free number, the owner\'s record untouched, a conflict for reviewers', async () => {
    const before = await holderRow();
    const { client, confirmed } = await signUpAndConfirm('impostor@example.com', { residentIdNumber: talentId });
    const free = await signUpAndConfirm('honest@example.com', { residentIdNumber: sampleResidentId('1990-01-01', 901) });
    // Both see their number as they entered it, with its birth date.
    expect(confirmed.user.talentProfile.residentIdNumber).toBe(talentId);
    expect(free.confirmed.user.talentProfile.residentIdNumber).toBe(sampleResidentId('1990-01-01', 901));
    expect((await client.data('{ viewer { talentProfile { residentIdNumber } } }')).viewer.talentProfile.residentIdNumber).toBe(talentId);
    expect(await holderRow()).toEqual(before);
    const [mine] = await app.sql<{ resident_id_number: string | null; claimed_resident_id_number: string }>(
      "select tp.resident_id_number, tp.claimed_resident_id_number from talent_profiles tp join users u on u.id = tp.user_id where u.email = 'impostor@example.com'");
    expect(mine).toEqual({ resident_id_number: null, claimed_resident_id_number: talentId });

    const reviewer = await app.client('reviewer');
    const list = (await reviewer.data(CONFLICTS, { status: 'OPEN' })).residentIdConflicts;
    expect(list.totalCount).toBe(1);
    expect(list.edges[0].node).toMatchObject({
      residentIdNumber: talentId, source: 'SIGN_UP', status: 'OPEN', decision: null,
      claimant: { email: 'impostor@example.com', talentProfile: { legalName: '新人', residentIdNumber: null } },
      holder: { email: 'talent@yuepu.example', talentProfile: { residentIdNumber: talentId } },
    });
  });

  it('on the profile: the same answer as a free number, and the holder\'s record untouched', async () => {
    const before = await holderRow();
    const talent2 = await signedIn('talent2@yuepu.example');
    const taken = (await talent2.data(UPDATE_ID, { id: talentId })).updateMyTalentProfile;
    const talent3 = await signedIn('talent3@yuepu.example');
    const freeNumber = sampleResidentId('1991-05-05', 902);
    const free = (await talent3.data(UPDATE_ID, { id: freeNumber })).updateMyTalentProfile;
    expect(taken.errors).toEqual([]);
    expect(free.errors).toEqual([]);
    expect(taken.profile.residentIdNumber).toBe(talentId);
    expect(free.profile.residentIdNumber).toBe(freeNumber);
    expect(await holderRow()).toEqual(before);
    // HR of talent2's employer sees nothing of the claim.
    const hr = await app.client('hr');
    const [t2] = await app.sql<{ id: string }>("select id from users where email = 'talent2@yuepu.example'");
    const seenByHr = await hr.request('query($id: UUID!) { talentProfile(userId: $id) { residentIdNumber } }', { id: t2.id });
    expect(JSON.stringify(seenByHr.body)).not.toContain(talentId.slice(-4) + '"');
    const open = (await (await app.client('reviewer')).data(CONFLICTS, { status: 'OPEN' })).residentIdConflicts;
    expect(open.edges.map((e: any) => [e.node.claimant.email, e.node.source])).toContainEqual(['talent2@yuepu.example', 'PROFILE_UPDATE']);
  });

  it('is for reviewers only: others are refused, and nobody but reviewers sees the number in full', async () => {
    for (const who of ['hr', 'admin', 'talent', 'coordinator'] as const) {
      const res = await (await app.client(who)).request(CONFLICTS, {});
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('one reviewer decides (two at once: one wins), keeping the number with its holder; the claimant is told', async () => {
    const reviewer = await app.client('reviewer');
    const open = (await reviewer.data(CONFLICTS, { status: 'OPEN' })).residentIdConflicts.edges.map((e: any) => e.node);
    const impostor = open.find((c: any) => c.claimant.email === 'impostor@example.com');
    const results = await Promise.all([reviewer, await app.client('reviewer')].map((r) => r.request(RESOLVE, { input: { id: impostor.id, decision: 'KEEP_WITH_HOLDER', note: '申报人未能提供身份证原件' } })));
    const won = results.filter((r) => r.body.data?.resolveResidentIdConflict?.conflict);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    const [claimant] = await app.sql<{ resident_id_number: string | null; claimed_resident_id_number: string | null }>(
      "select tp.resident_id_number, tp.claimed_resident_id_number from talent_profiles tp join users u on u.id = tp.user_id where u.email = 'impostor@example.com'");
    expect(claimant).toEqual({ resident_id_number: null, claimed_resident_id_number: null });
    expect((await holderRow()).resident_id_number).toBe(talentId);
    const told = await app.sql<{ kind: string }>("select n.kind from notifications n join users u on u.id = n.recipient_id where u.email = 'impostor@example.com'");
    expect(told.map((n) => n.kind)).toEqual(['talent.resident_id.not_confirmed']);
    // A note is required.
    const other = open.find((c: any) => c.claimant.email === 'talent2@yuepu.example');
    expect((await reviewer.data(RESOLVE, { input: { id: other.id, decision: 'MOVE_TO_CLAIMANT', note: '  ' } })).resolveResidentIdConflict.errors).toEqual([{ field: 'input.note', code: 'REQUIRED' }]);
  });

  it('moves the number to the claimant only when a reviewer says so, and tells both', async () => {
    const reviewer = await app.client('reviewer');
    const open = (await reviewer.data(CONFLICTS, { status: 'OPEN' })).residentIdConflicts.edges.map((e: any) => e.node);
    const claim = open.find((c: any) => c.claimant.email === 'talent2@yuepu.example');
    const res = (await reviewer.data(RESOLVE, { input: { id: claim.id, decision: 'MOVE_TO_CLAIMANT', note: '核验身份证原件，号码属于申报人' } })).resolveResidentIdConflict;
    expect(res).toEqual({ conflict: { status: 'RESOLVED', decision: 'MOVE_TO_CLAIMANT' }, errors: [] });
    expect((await holderRow()).resident_id_number).toBeNull();
    const [t2] = await app.sql<{ resident_id_number: string }>("select tp.resident_id_number from talent_profiles tp join users u on u.id = tp.user_id where u.email = 'talent2@yuepu.example'");
    expect(t2.resident_id_number).toBe(talentId);
    const kinds = await app.sql<{ email: string; kind: string }>("select u.email, n.kind from notifications n join users u on u.id = n.recipient_id where n.kind like 'talent.resident_id.%' order by u.email");
    expect(kinds).toEqual(expect.arrayContaining([{ email: 'talent@yuepu.example', kind: 'talent.resident_id.removed' }, { email: 'talent2@yuepu.example', kind: 'talent.resident_id.confirmed' }]));
  });

  it('gives a free number to exactly one of two accounts entering it at once; the other becomes a conflict', async () => {
    const number = sampleResidentId('1988-08-08', 903);
    const [a, b] = await Promise.all([signedIn('talent4@yuepu.example'), signedIn('talent5@yuepu.example')]);
    const results = await Promise.all([a, b].map((c) => c.data(UPDATE_ID, { id: number })));
    expect(results.every((r) => r.updateMyTalentProfile.errors.length === 0 && r.updateMyTalentProfile.profile.residentIdNumber === number)).toBe(true);
    expect((await app.sql('select id from talent_profiles where resident_id_number = ?', [number])).length).toBe(1);
    expect((await app.sql("select id from resident_id_conflicts where resident_id_number = ? and status = 'OPEN'", [number])).length).toBe(1);
  });
});
