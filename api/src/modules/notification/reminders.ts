import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../core/jobs/job-engine.js';
import { NotificationService } from './notification.service.js';
import { shanghaiAt, shanghaiDay, shanghaiParts } from '../../core/time/shanghai.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';
import { NOTIFICATION_MESSAGES as M } from './notification.messages.js';

/**
 * Reminders before deadlines: 3 days and 1 day before a step is due, the person it waits on
 * hears about it; the same for a talent apartment offer's answer deadline and an alliance event's
 * registration closing. A scan job (every 5 minutes, once across instances) finds what is due,
 * and each reminder is written at most once: its key (`application:<id>:<since>:T-3`) goes into
 * `reminders_sent` in the transaction that writes the notification, so parallel or repeated scans,
 * a retried job or two instances cannot send it twice. `since` (when the step began) is in the key,
 * so a step that is sent back and starts again gets reminders of its own.
 *
 * Quiet hours: nothing is sent 22:00-08:00 Shanghai time; what fell due in the night goes at the
 * first scan from 08:00 (a reminder stays due until the next one, or the deadline, takes over).
 */
export const REMINDERS = [
  { tag: 'T-3', days: 3 },
  { tag: 'T-1', days: 1 },
] as const;

const DAY = 86_400_000;

/** 22:00-08:00 in Shanghai (UTC+8 all year, no daylight saving). */
export function inQuietHours(now: Date): boolean {
  const hour = shanghaiParts(now).hours;
  return hour >= 22 || hour < 8;
}

/** The next 08:00 Shanghai time at or after `now` (when reminders held over the night go). */
export function quietHoursEnd(now: Date): Date {
  if (!inQuietHours(now)) return now;
  const eight = shanghaiAt(shanghaiDay(now), '08:00').getTime();
  return new Date(eight > now.getTime() ? eight : eight + DAY);
}

interface Deadline {
  /** Stable per thing and step: `application:<id>:<since ms>`. */
  key: string;
  kind: string;
  due: Date;
  /** When the wait began: a reminder whose moment came before it is skipped (a 2-day step gets no "3 days left"). */
  since: Date;
  recipients: string[];
  what: LocalisedText;
  link: string;
}


async function deadlines(em: EntityManager, now: Date): Promise<Deadline[]> {
  const horizon = new Date(now.getTime() + 3 * DAY);
  const found: Deadline[] = [];
  const apps = await em.execute<{ id: string; reference: string; status: string; since: Date; due: Date; applicant_id: string; reviewer_id: string | null; recipients: string[] }[]>(
    `select a.id, a.reference, a.status, a.status_changed_at as since, a.status_changed_at + f.processing_days * interval '1 day' as due, a.applicant_id, a.reviewer_id,
            case when a.status = 'RETURNED_FOR_INFO' then array[a.applicant_id]
                 when a.status = 'SUBMITTED' then coalesce((select array_agg(u.id) from users u where u.role = 'ENTERPRISE_HR' and u.organisation_id = a.enterprise_id and u.disabled_at is null), '{}')
                 when a.reviewer_id is not null then array[a.reviewer_id]
                 else coalesce((select array_agg(u.id) from users u where u.role = 'REVIEWER' and u.id <> a.applicant_id and u.disabled_at is null), '{}') end as recipients
       from applications a join application_forms f on f.policy_id = a.policy_id
      where a.status in ('SUBMITTED', 'EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED_FOR_INFO')
        and a.status_changed_at + f.processing_days * interval '1 day' > ?
        and a.status_changed_at + f.processing_days * interval '1 day' <= ?`,
    [now, horizon]);
  for (const a of apps) {
    found.push({
      key: `application:${a.id}:${new Date(a.since).getTime()}`, kind: 'reminder.application.step_due', due: new Date(a.due), since: new Date(a.since), recipients: a.recipients,
      what: M.applicationStepDue(a.reference), link: `/applications/${a.id}`,
    });
  }
  const offers = await em.execute<{ id: string; talent_id: string; offered_at: Date; respond_by: Date }[]>(
    `select id, talent_id, offered_at, respond_by from apartment_offers where status = 'PENDING' and respond_by > ? and respond_by <= ?`, [now, horizon]);
  for (const o of offers) {
    found.push({
      key: `apartment-offer:${o.id}`, kind: 'reminder.apartment.offer_due', due: new Date(o.respond_by), since: new Date(o.offered_at), recipients: [o.talent_id],
      what: M.apartmentOfferAnswerDue, link: '/apartments/my',
    });
  }
  // Enterprises holding reserved seats hear that registration closes (their HR sign staff up).
  const events = await em.execute<{ id: string; title_zh: string; title_en: string; created_at: Date; closes: Date; recipients: string[] }[]>(
    `select e.id, e.title_zh, e.title_en, e.created_at, e.registration_closes_at as closes,
            coalesce((select array_agg(distinct u.id) from alliance_event_quotas q join users u on u.organisation_id = q.organisation_id
                       where q.event_id = e.id and u.role = 'ENTERPRISE_HR' and u.disabled_at is null), '{}') as recipients
       from alliance_events e where e.status = 'PUBLISHED' and e.registration_closes_at > ? and e.registration_closes_at <= ?`, [now, horizon]);
  for (const e of events) {
    found.push({
      key: `event-registration:${e.id}:${new Date(e.closes).getTime()}`, kind: 'reminder.alliance.registration_closing', due: new Date(e.closes), since: new Date(e.created_at), recipients: e.recipients,
      what: M.eventRegistrationCloses(e.title_zh, e.title_en), link: `/alliance/events/${e.id}`,
    });
  }
  return found;
}

/** Which reminder is due now for a deadline, if any: each owns the time from its moment to the next one's (or the deadline). */
function dueReminder(d: Deadline, now: Date): (typeof REMINDERS)[number] | null {
  for (const [i, reminder] of REMINDERS.entries()) {
    const at = d.due.getTime() - reminder.days * DAY;
    const next = REMINDERS[i + 1];
    const until = next ? d.due.getTime() - next.days * DAY : d.due.getTime();
    if (at <= now.getTime() && now.getTime() < until && at >= d.since.getTime()) return reminder;
  }
  return null;
}

/**
 * Sends the reminders due at `now` (injected, so tests can move the clock). Returns the keys sent;
 * nothing during quiet hours.
 */
export async function scanReminders(em: EntityManager, now = new Date()): Promise<string[]> {
  if (inQuietHours(now)) return [];
  const sent: string[] = [];
  for (const d of await deadlines(em, now)) {
    const reminder = dueReminder(d, now);
    if (!reminder || d.recipients.length === 0) continue;
    const key = `${d.key}:${reminder.tag}`;
    await em.transactional(async (tx) => {
      const claimed = await tx.execute<{ key: string }[]>(`insert into reminders_sent (key, sent_at) values (?, ?) on conflict do nothing returning key`, [key, now]);
      if (!claimed.length) return;
      const days = reminder.days;
      new NotificationService(tx).notify(d.recipients, {
        kind: d.kind,
        title: M.reminderTitle(d.what, days),
        body: M.reminderBody(d.what, d.due),
        link: d.link,
      });
      sent.push(key);
    });
  }
  return sent;
}

export const reminderJobs: JobDefinition[] = [
  {
    name: 'reminders.scan',
    schedule: '*/5 * * * *',
    async run(_payload, ctx) {
      const sent = await scanReminders(ctx.orm.em.fork());
      if (sent.length) ctx.logger.info({ reminders: sent.length }, 'deadline reminders sent');
    },
  },
];
