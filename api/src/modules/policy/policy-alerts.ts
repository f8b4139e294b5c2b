import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../core/jobs/job-engine.js';
import { inQuietHours, type NotificationMessage, NotificationService } from '../notification/index.js';
import { type EducationLevel, talentLoaders } from '../talent/index.js';
import { AuditService } from '../audit/index.js';
import { EligibilityService, withProfileFacts } from './eligibility.service.js';
import { Policy } from './policy.entity.js';
import type { StoredPolicyFacts } from './policy.inputs.js';
import { policyLoaders, policyVersionsInForce } from './policy.loaders.js';
import type { EligibilityResult } from './policy.payloads.js';
import { PolicyService } from './policy.service.js';
import { RuleService } from './rule.service.js';
import { POLICY_MESSAGES as M } from './policy.messages.js';
import { addDays, shanghaiToday } from '../../core/time/shanghai.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * When a new rule or policy version takes effect (on its effective date, Shanghai time, not when
 * it is saved), the people following that policy hear about it:
 *  - followers who opted in to alerts and whose saved facts now qualify, where the day before
 *    they did not, are told why (the criteria that changed) with a link to apply;
 *  - for the residence-points policy, those whose estimate crossed the 120 standard likewise;
 *  - every other follower gets a short note of what changed.
 * A rule set shared by all policies (the yearly parameters) alerts newly eligible people of any
 * followed policy and sends no version notes (it is no policy's own version).
 *
 * A scan job (every 5 minutes, once across instances) finds versions whose day has come and that
 * are not yet in `policy_changes_announced`. Each message is written at most once: its key
 * (version, person, policy) goes into `policy_alerts_sent` in the transaction that writes the
 * notification, so parallel scans, a retried job or two instances cannot send it twice; the
 * version is marked announced only after everyone was handled, so a scan that died halfway is
 * finished by the next one. Versions that were already in force when stored (the seeded
 * catalogue) are never announced. Nothing is sent 22:00-08:00 Shanghai time (quiet hours): a
 * version taking effect at midnight is announced from 08:00.
 */

interface DueVersion {
  id: string;
  source: 'rule' | 'policy';
  effective_from: string;
  version: number;
  note_zh: string;
  note_en: string;
  rule_set_kind: string | null;
  /** The policy the version belongs to; null for a shared rule set. */
  policy_id: string | null;
}

interface Follower {
  user_id: string;
  policy_id: string;
  eligibility_alerts: boolean;
  facts: StoredPolicyFacts | null;
  date_of_birth: string | null;
  education: EducationLevel | null;
}

type AlertKind = 'ELIGIBLE' | 'POINTS' | 'VERSION';

const SHORT_NOTE = 200;
const short = (text: string) => (text.length > SHORT_NOTE ? `${text.slice(0, SHORT_NOTE - 1)}…` : text);

/** The day before a YYYY-MM-DD date. */
const dayBefore = (date: string) => addDays(date, -1);

async function dueVersions(em: EntityManager, today: string): Promise<DueVersion[]> {
  // Only versions stored before or on their effective date: those are changes that "take effect".
  return em.execute<DueVersion[]>(
    `select v.id, 'rule' as source, to_char(v.effective_from, 'YYYY-MM-DD') as effective_from, v.version, v.note_zh, v.note_en, s.kind as rule_set_kind, s.policy_id
       from rule_versions v join rule_sets s on s.id = v.rule_set_id
      where v.effective_from <= ?::date and v.effective_from >= (v.created_at at time zone 'Asia/Shanghai')::date
        and not exists (select 1 from policy_changes_announced a where a.version_id = v.id)
     union all
     select v.id, 'policy', to_char(v.effective_from, 'YYYY-MM-DD'), v.version, v.change_note_zh, v.change_note_en, null, v.policy_id
       from policy_versions v
      where v.effective_from <= ?::date and v.effective_from >= (v.created_at at time zone 'Asia/Shanghai')::date
        and not exists (select 1 from policy_changes_announced a where a.version_id = v.id)
      order by effective_from, id`,
    [today, today],
  );
}

async function followersOf(em: EntityManager, policyIds: string[] | null): Promise<Follower[]> {
  return em.execute<Follower[]>(
    `select f.user_id, f.policy_id, f.eligibility_alerts, pf.facts, to_char(tp.date_of_birth, 'YYYY-MM-DD') as date_of_birth, tp.education
       from policy_follows f join users u on u.id = f.user_id and u.disabled_at is null
       left join talent_policy_facts pf on pf.user_id = f.user_id
       left join talent_profiles tp on tp.user_id = f.user_id
      where ${policyIds ? 'f.policy_id = any(?::uuid[])' : 'f.eligibility_alerts'}
      order by f.policy_id, f.user_id`,
    policyIds ? [`{${policyIds.join(',')}}`] : [],
  );
}

/** Criteria whose status changed between the two checks, else every criterion met now: the "why" of an alert. */
function why(before: EligibilityResult | null, after: EligibilityResult): LocalisedText {
  const was = new Map((before?.criteria ?? []).map((c) => [c.code, c.status]));
  const changed = after.criteria.filter((c) => was.get(c.code) !== c.status);
  const shown = changed.length ? changed : after.criteria.filter((c) => c.status === 'MET');
  return { zh: shown.map((c) => c.explanation.zh).join('；'), en: shown.map((c) => c.explanation.en).join('; ') };
}

/** A check that cannot run on these facts (a rule now refuses a saved value) counts as "not eligible". */
function safely<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

/** Tells the followers of one version that took effect; returns the keys sent. */
async function announce(em: EntityManager, eligibility: EligibilityService, v: DueVersion, now: Date): Promise<string[]> {
  const date = v.effective_from;
  const previous = dayBefore(date);
  const followers = await followersOf(em, v.policy_id ? [v.policy_id] : null);
  if (followers.length === 0) return [];
  const policyIds = [...new Set(followers.map((f) => f.policy_id))];
  const policies = new Map((await em.find(Policy, { id: { $in: policyIds } })).map((p) => [p.id, p]));
  const titles = new Map((await policyVersionsInForce(em, policyIds, date)).map((pv) => [pv.policy.id, pv]));
  const forms = new Set((await em.execute<{ policy_id: string }[]>(`select policy_id from application_forms where policy_id = any(?::uuid[])`, [`{${policyIds.join(',')}}`])).map((r) => r.policy_id));
  const pointsChanged = v.rule_set_kind === 'RESIDENCE_POINTS';
  const estimators = pointsChanged ? await Promise.all([eligibility.pointsEstimatorFor(previous), eligibility.pointsEstimatorFor(date)]) : null;
  const checkers = new Map<string, [(f: StoredPolicyFacts) => EligibilityResult, (f: StoredPolicyFacts) => EligibilityResult]>();

  const sent: string[] = [];
  for (const follower of followers) {
    const policy = policies.get(follower.policy_id);
    const title = titles.get(follower.policy_id);
    if (!policy || !title) continue;
    const profile = follower.education ? { dateOfBirth: follower.date_of_birth, education: follower.education } : null;
    const factsOn = (day: string) => withProfileFacts(follower.facts ?? {}, profile, day);
    const apply = forms.has(policy.id) ? `/apply/${policy.id}` : `/policies/${policy.code}/check`;
    const change = { zh: short(v.note_zh), en: short(v.note_en) };
    let kind: AlertKind | null = null;
    let message: NotificationMessage | null = null;

    if (follower.eligibility_alerts && v.source === 'rule') {
      if (!checkers.has(policy.id)) checkers.set(policy.id, await Promise.all([eligibility.checkerFor(policy, previous), eligibility.checkerFor(policy, date)]));
      const [checkBefore, checkAfter] = checkers.get(policy.id)!;
      const before = safely(() => checkBefore(factsOn(previous)));
      const after = safely(() => checkAfter(factsOn(date)));
      const answers = follower.facts?.residencePoints;
      const points = estimators && policy.hasPointsCalculator && answers
        ? { before: safely(() => estimators[0](answers)), after: safely(() => estimators[1](answers)) }
        : null;
      if (after?.verdict === 'LIKELY_ELIGIBLE' && before?.verdict !== 'LIKELY_ELIGIBLE') {
        const reason = why(before, after);
        kind = 'ELIGIBLE';
        message = {
          kind: 'eligibility.policy.newly_eligible',
          title: M.newlyEligibleTitle(title),
          body: M.newlyEligibleBody(date, change, reason),
          link: apply,
        };
      } else if (points?.after?.meetsStandard && !points.after.disqualified && !(points.before?.meetsStandard && !points.before.disqualified)) {
        kind = 'POINTS';
        message = {
          kind: 'eligibility.points.reached_standard',
          title: M.pointsReachedTitle(points.after.standardScore),
          body: M.pointsReachedBody(date, change, points.after.total, points.before?.total ?? '—', points.after.standardScore),
          link: apply,
        };
      }
    }
    if (!message && v.policy_id) {
      kind = 'VERSION';
      message = {
        kind: 'policy.version.took_effect',
        title: M.newVersionTitle(title, date),
        body: M.newVersionBody(change),
        link: `/policies/${policy.code}`,
      };
    }
    if (!message || !kind) continue;

    await em.transactional(async (tx) => {
      const claimed = await tx.execute<{ user_id: string }[]>(
        `insert into policy_alerts_sent (version_id, user_id, policy_id, kind, sent_at) values (?, ?, ?, ?, ?) on conflict do nothing returning user_id`,
        [v.id, follower.user_id, policy.id, kind, now]);
      if (!claimed.length) return;
      new NotificationService(tx).notify([follower.user_id], message);
      sent.push(`${v.id}:${follower.user_id}:${policy.id}:${kind}`);
    });
  }
  return sent;
}

/**
 * Announces the versions whose effective date has come by `now` (injected, so tests can move the
 * clock). Returns `<version>:<person>:<policy>:<ELIGIBLE|POINTS|VERSION>` of each message sent;
 * nothing during quiet hours.
 */
export async function scanPolicyChanges(em: EntityManager, now = new Date()): Promise<string[]> {
  if (inQuietHours(now)) return [];
  const loaders = { ...policyLoaders(em), ...talentLoaders(em) };
  const audit = new AuditService(em);
  const eligibility = new EligibilityService(em, loaders, new RuleService(em, audit), new PolicyService(em, loaders, audit));
  const sent: string[] = [];
  for (const version of await dueVersions(em, shanghaiToday(now))) {
    sent.push(...(await announce(em, eligibility, version, now)));
    await em.execute(`insert into policy_changes_announced (version_id, announced_at) values (?, ?) on conflict do nothing`, [version.id, now]);
  }
  return sent;
}

export const policyAlertJobs: JobDefinition[] = [
  {
    name: 'policy.announce-changes',
    schedule: '*/5 * * * *',
    async run(_payload, ctx) {
      const sent = await scanPolicyChanges(ctx.orm.em.fork());
      if (sent.length) ctx.logger.info({ alerts: sent.length }, 'policy change alerts sent');
    },
  },
];
