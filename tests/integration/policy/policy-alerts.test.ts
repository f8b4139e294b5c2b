import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPolicyChanges } from '../../../api/src/modules/policy/policy-alerts.js';
import { POLICY, RULE_SET, USER } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { CREATE_RULE_VERSION, firstError, today } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const FOLLOW = `mutation($input: FollowPolicyInput!) { followPolicy(input: $input) { follow { eligibilityAlerts createdAt policy { id code } } errors { field code message } } }`;
const UNFOLLOW = `mutation($policyId: UUID!) { unfollowPolicy(policyId: $policyId) { unfollowed errors { field code message } } }`;
const MINE = `{ myFollowedPolicies { eligibilityAlerts policy { code } } }`;
const SAVE_FACTS = `mutation($facts: EligibilityFactsInput!) { saveMyPolicyFacts(facts: $facts) { errors { field code message } } }`;
const CREATE_POLICY_VERSION = `mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { policyVersion { id } errors { field code message } } }`;

/** talent2 … talent5 (talent@ is USER.talent). */
async function talentN(n: 2 | 3 | 4 | 5, locale = 'zh-CN'): Promise<GraphQLClient> {
  const client = await app.client(undefined, locale);
  await client.signIn(`talent${n}@yuepu.example`);
  return client;
}
const followRows = () => app.sql<{ n: number }>(`select count(*)::int as n from policy_follows`);
/** A YYYY-MM-DD date `days` after today in Shanghai. */
const daysAhead = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** An instant at a Shanghai wall-clock time on a date. */
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const scan = (at: Date) => scanPolicyChanges(app.orm.em.fork(), at);
const notificationsOf = (userId: string, kindPrefix: string) => app.sql<{ kind: string; title_zh: string; title_en: string; body_zh: string; body_en: string; link: string }>(
  `select kind, title_zh, title_en, body_zh, body_en, link from notifications where recipient_id = ? and (kind like 'eligibility.%' or kind like 'policy.%') and kind like ? order by created_at`, [userId, `${kindPrefix}%`]);

describe('following policies', () => {
  it('a talent follows with or without alerts, changes the choice, lists and unfollows', async () => {
    const talent = await app.client('talent');
    const followed = (await talent.data(FOLLOW, { input: { policyId: POLICY.housingSubsidy, eligibilityAlerts: true } })).followPolicy;
    expect(followed).toMatchObject({ errors: [], follow: { eligibilityAlerts: true, policy: { code: 'housing-subsidy' } } });
    await talent.data(FOLLOW, { input: { policyId: POLICY.talentApartment, eligibilityAlerts: false } });
    // Following again changes the choice and keeps one row.
    const again = (await talent.data(FOLLOW, { input: { policyId: POLICY.housingSubsidy, eligibilityAlerts: false } })).followPolicy;
    expect(again.follow.eligibilityAlerts).toBe(false);
    expect(again.follow.createdAt).toBe(followed.follow.createdAt);
    const mine = (await talent.data(MINE)).myFollowedPolicies;
    expect(mine.map((f: { policy: { code: string } }) => f.policy.code).sort()).toEqual(['housing-subsidy', 'talent-apartment']);

    expect((await talent.data(UNFOLLOW, { policyId: POLICY.talentApartment })).unfollowPolicy).toEqual({ unfollowed: true, errors: [] });
    expect((await talent.data(UNFOLLOW, { policyId: POLICY.talentApartment })).unfollowPolicy).toEqual({ unfollowed: false, errors: [] });
    expect((await talent.data(MINE)).myFollowedPolicies).toEqual([{ eligibilityAlerts: false, policy: { code: 'housing-subsidy' } }]);
  });

  it('refuses unknown and malformed policy ids and other roles, changing nothing', async () => {
    const talent = await app.client('talent', 'en');
    const before = await followRows();
    const unknown = (await talent.data(FOLLOW, { input: { policyId: '00000000-0000-4000-8000-00000000ffff', eligibilityAlerts: true } })).followPolicy;
    expect(unknown).toEqual({ follow: null, errors: [{ field: 'input.policyId', code: 'NOT_FOUND', message: 'That policy does not exist.' }] });
    for (const policyId of ['not-a-uuid', `${POLICY.talentApartment}\u0000`, 'x'.repeat(100_000), '']) {
      const res = await talent.request(FOLLOW, { input: { policyId, eligibilityAlerts: true } });
      expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
      expect(firstError(await talent.request(UNFOLLOW, { policyId })).extensions.code).toBe('BAD_USER_INPUT');
    }
    const hr = await app.client('hr');
    expect(firstError(await hr.request(FOLLOW, { input: { policyId: POLICY.talentApartment, eligibilityAlerts: true } })).extensions.code).toBe('FORBIDDEN');
    expect(firstError(await (await app.client()).request(MINE)).extensions.code).toBe('UNAUTHENTICATED');
    expect(await followRows()).toEqual(before);
  });
});

describe('alerts when a rule version takes effect', () => {
  it('alerts exactly the newly eligible followers who opted in, on the effective date and not before, once under parallel scans', async () => {
    const apartmentFacts = (laborContractMonths: number) => ({
      facts: { laborContractMonths, employerRegisteredInBaoshan: true, employerMeetsPolicyConditions: true, ownsHomeInBaoshanOrNearby: false, education: 'MASTER' },
    });
    const follow = (alerts: boolean) => ({ input: { policyId: POLICY.talentApartment, eligibilityAlerts: alerts } });
    // talent5: 8 months, alerts: newly eligible when the minimum drops to 6 months.
    const t5 = await talentN(5, 'en');
    await t5.data(SAVE_FACTS, apartmentFacts(8));
    await t5.data(FOLLOW, follow(true));
    // talent2: 24 months, already eligible: hears only of the new version.
    const t2 = await talentN(2);
    await t2.data(SAVE_FACTS, apartmentFacts(24));
    await t2.data(FOLLOW, follow(true));
    // talent3: 8 months but no alerts: the version note only.
    const t3 = await talentN(3);
    await t3.data(SAVE_FACTS, apartmentFacts(8));
    await t3.data(FOLLOW, follow(false));
    // talent4: 3 months, alerts, still short: the version note only.
    const t4 = await talentN(4);
    await t4.data(SAVE_FACTS, apartmentFacts(3));
    await t4.data(FOLLOW, follow(true));
    // talent@: 8 months, follows nothing: nothing.
    const t1 = await app.client('talent');
    await t1.data(SAVE_FACTS, apartmentFacts(8));

    const effective = daysAhead(10);
    const admin = await app.client('admin');
    const created = (await admin.data(CREATE_RULE_VERSION, {
      input: { ruleSetId: RULE_SET.talentApartment, effectiveFrom: effective, changes: [{ path: 'criteria.3.test.min', value: 6 }], noteZh: '劳动合同期限要求由一年降为六个月', noteEn: 'The labour contract needed is now six months instead of a year' },
    })).createRuleVersion;
    expect(created.errors).toEqual([]);
    const version = created.ruleVersion.id as string;
    const mineOf = (keys: string[]) => keys.filter((k) => k.startsWith(`${version}:`));

    // Saved, not in force: nothing the day before, nor at 07:59 on the day (quiet hours).
    expect(mineOf(await scan(new Date()))).toEqual([]);
    expect(mineOf(await scan(shanghai(daysAhead(9), '12:00')))).toEqual([]);
    expect(mineOf(await scan(shanghai(effective, '07:55')))).toEqual([]);
    expect(await app.sql(`select count(*)::int as n from policy_alerts_sent where version_id = ?`, [version])).toEqual([{ n: 0 }]);

    // On the day from 08:00, five scans at once: one message per follower.
    const results = await Promise.all(Array.from({ length: 5 }, () => scan(shanghai(effective, '08:00'))));
    const sent = mineOf(results.flat()).map((k) => k.split(':').slice(1).join(':')).sort();
    expect(sent).toEqual([
      `${USER.talents[0]}:${POLICY.talentApartment}:VERSION`,
      `${USER.talents[1]}:${POLICY.talentApartment}:VERSION`,
      `${USER.talents[2]}:${POLICY.talentApartment}:VERSION`,
      `${USER.talents[3]}:${POLICY.talentApartment}:ELIGIBLE`,
    ].sort());
    expect(mineOf(await scan(shanghai(effective, '08:05')))).toEqual([]);
    expect(mineOf(await scan(shanghai(daysAhead(11), '09:00')))).toEqual([]);

    // talent5 is told why, in both languages, with a link to apply; their English inbox shows it.
    const alerts = await notificationsOf(USER.talents[3], 'eligibility.');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].title_zh).toMatch(/^您现在可能符合「.+」的申请条件$/);
    expect(alerts[0].body_zh).toContain(`自 ${effective} 起施行`);
    expect(alerts[0].body_zh).toContain('劳动合同');
    expect(alerts[0].body_zh).toContain('符合');
    expect(alerts[0].body_en).toContain('six months instead of a year');
    expect(alerts[0].link).toMatch(new RegExp(`^/(apply/${POLICY.talentApartment}|policies/talent-apartment/check)$`));
    const inbox = (await t5.data(`{ notifications(first: 5) { edges { node { kind title body link } } } }`)).notifications.edges.map((e: any) => e.node);
    expect(inbox.filter((n: any) => n.kind === 'eligibility.policy.newly_eligible')).toEqual([expect.objectContaining({ title: expect.stringMatching(/^You may now qualify for "/), link: alerts[0].link })]);
    expect(await notificationsOf(USER.talents[3], 'policy.')).toEqual([]);

    // The others: one version note each, nobody an eligibility alert; talent@ nothing.
    for (const id of [USER.talents[0], USER.talents[1], USER.talents[2]]) {
      expect(await notificationsOf(id, 'eligibility.')).toEqual([]);
      const notes = await notificationsOf(id, 'policy.version.');
      expect(notes).toHaveLength(1);
      expect(notes[0].body_zh).toBe('修改内容：劳动合同期限要求由一年降为六个月');
      expect(notes[0].link).toBe('/policies/talent-apartment');
    }
    expect(await app.sql(`select count(*)::int as n from notifications where recipient_id = ? and (kind like 'eligibility.%' or kind like 'policy.%')`, [USER.talent])).toEqual([{ n: 0 }]);
    // Each went to the e-mail outbox once as well (channels are applied when it is sent).
    expect(await app.sql(`select count(*)::int as n from outbox_messages where recipient_id = ? and kind = 'eligibility.policy.newly_eligible'`, [USER.talents[3]])).toEqual([{ n: 1 }]);
  });

  it('tells those whose points estimate crosses 120 under a new point table, and not those already above it', async () => {
    const follow = { input: { policyId: POLICY.residencePoints, eligibilityAlerts: true } };
    // 29 (age 44) + 90 (bachelor with degree) = 119 now, 124 with the new table.
    const t3 = await talentN(3);
    await t3.data(SAVE_FACTS, { facts: { residencePoints: { age: 44, education: 'BACHELOR_WITH_DEGREE', socialInsuranceMonths: 0 } } });
    await t3.data(FOLLOW, follow);
    // 30 + 90 = 120 already.
    const t4 = await talentN(4);
    await t4.data(SAVE_FACTS, { facts: { residencePoints: { age: 30, education: 'BACHELOR_WITH_DEGREE', socialInsuranceMonths: 0 } } });
    await t4.data(FOLLOW, follow);

    const effective = daysAhead(20);
    const created = (await (await app.client('admin')).data(CREATE_RULE_VERSION, {
      input: { ruleSetId: RULE_SET.residencePoints, effectiveFrom: effective, changes: [{ path: 'education.points.BACHELOR_WITH_DEGREE', value: 95 }], noteZh: '本科学士分值调整（测试）', noteEn: 'Bachelor with degree points changed (test)' },
    })).createRuleVersion;
    expect(created.errors).toEqual([]);
    const version = created.ruleVersion.id as string;
    expect((await scan(shanghai(daysAhead(19), '20:00'))).filter((k) => k.startsWith(version))).toEqual([]);
    const sent = (await Promise.all([1, 2, 3].map(() => scan(shanghai(effective, '09:00'))))).flat().filter((k) => k.startsWith(version)).sort();
    expect(sent).toEqual([`${version}:${USER.talents[1]}:${POLICY.residencePoints}:POINTS`, `${version}:${USER.talents[2]}:${POLICY.residencePoints}:VERSION`].sort());
    const [points] = await notificationsOf(USER.talents[1], 'eligibility.points.');
    expect(points.title_zh).toBe('您的居住证积分估算已达到 120 分标准');
    expect(points.body_zh).toContain('估算为 124 分（此前 119 分）');
    expect(points.body_en).toContain('estimated at 124 points (119 before)');
  });

  it('tells followers of a new policy text on its day, and never announces what was already in force when stored', async () => {
    const t2 = await talentN(2);
    await t2.data(FOLLOW, { input: { policyId: POLICY.housingSubsidy, eligibilityAlerts: false } });
    const effective = daysAhead(30);
    const created = (await (await app.client('admin')).data(CREATE_POLICY_VERSION, {
      input: { policyId: POLICY.housingSubsidy, effectiveFrom: effective, changeNoteZh: '更新办理流程', changeNoteEn: 'Process updated', processZh: '新的流程', processEn: 'The new process' },
    })).createPolicyVersion;
    expect(created.errors).toEqual([]);
    const mine = (keys: string[]) => keys.filter((k) => k.startsWith(created.policyVersion.id));
    expect(mine(await scan(shanghai(daysAhead(29), '12:00')))).toEqual([]);
    // talent@ follows it too (from the first test), without alerts.
    expect(mine(await scan(shanghai(effective, '12:00'))).sort()).toEqual([
      `${created.policyVersion.id}:${USER.talents[0]}:${POLICY.housingSubsidy}:VERSION`,
      `${created.policyVersion.id}:${USER.talent}:${POLICY.housingSubsidy}:VERSION`,
    ].sort());
    const note = (await notificationsOf(USER.talents[0], 'policy.version.')).at(-1);
    expect(note).toMatchObject({ body_en: 'What changed: Process updated', link: '/policies/housing-subsidy' });

    // The seeded catalogue (in force before it was stored) is never news.
    const seeded = await app.sql<{ n: number }>(`select count(*)::int as n from policy_alerts_sent s join rule_versions v on v.id = s.version_id where v.version = 1`);
    expect(seeded).toEqual([{ n: 0 }]);
  });
});
