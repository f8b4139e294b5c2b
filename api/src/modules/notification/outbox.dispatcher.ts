import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../core/config.js';
import type { JobDefinition } from '../../core/jobs/job-engine.js';
import { enqueueJob } from '../../core/jobs/job-engine.js';
import type { Logger } from '../../core/logging/logger.js';
import { PermanentFailure } from './delivery-errors.js';
export { PermanentFailure } from './delivery-errors.js';
import { renderEmail, type MailLocale, type RenderedEmail } from './email.templates.js';
import { Channel, categoryOf, defaultEnabled, isTransactional } from './message-categories.js';
import { OutboxChannel, type MessageContent } from './outbox.entity.js';
import { SmtpSender } from './smtp.sender.js';
import { HttpSmsSender, smsText } from './sms.js';
import { linkSecret, unsubscribeToken } from './unsubscribe.js';

/** One message, with the address resolved at sending time. */
export interface OutgoingMessage {
  id: string;
  channel: OutboxChannel;
  /** Email address or mobile number: never logged. */
  address: string;
  subject: string;
  body: string;
  /** For e-mail: the message written in the recipient's language, with its unsubscribe link. */
  email?: RenderedEmail;
  /** For a text message: the text in the recipient's language, signed and cut to the length rules. */
  sms?: string;
}

/**
 * Where messages go: an SMTP relay, an SMS gateway… Throw to have the message retried later.
 * `id` is stable across retries: pass it on as an idempotency key where the gateway takes one.
 */
export interface MessageSender {
  send(message: OutgoingMessage): Promise<void>;
}

/** The default: only logs that it would send. */
export class LogSender implements MessageSender {
  constructor(private readonly logger: Logger) {}

  async send(message: OutgoingMessage): Promise<void> {
    // The id and channel are enough to trace it; the address and text stay out of the log.
    this.logger.info({ outboxId: message.id, channel: message.channel }, 'outbox message sent (log sender: nothing left the server)');
  }
}

/**
 * POSTs each message as JSON to a gateway of the operator's (OUTBOX_WEBHOOK_URL), with the
 * outbox id as `Idempotency-Key`; any 2xx answer counts as sent.
 */
export class WebhookSender implements MessageSender {
  constructor(private readonly url: string, private readonly timeoutMs = 10_000) {}

  async send(message: OutgoingMessage): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': message.id },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (res.status < 200 || res.status > 299) throw new Error(`gateway answered HTTP ${res.status}`);
  }
}

/** Sends each channel's messages through its own sender. */
export class ChannelRouter implements MessageSender {
  constructor(private readonly senders: Record<OutboxChannel, MessageSender>) {}

  send(message: OutgoingMessage): Promise<void> {
    return this.senders[message.channel].send(message);
  }
}

/** E-mail through SMTP when configured; otherwise (and for text messages) the operator's webhook, or only the log. */
export function senderFor(config: AppConfig, logger: Logger): MessageSender {
  const fallback = config.outboxWebhookUrl ? new WebhookSender(config.outboxWebhookUrl) : new LogSender(logger);
  return new ChannelRouter({
    [OutboxChannel.EMAIL]: config.smtp ? new SmtpSender(config.smtp, config.mailFrom) : fallback,
    [OutboxChannel.SMS]: config.sms ? new HttpSmsSender(config.sms) : fallback,
  });
}

/** What e-mails need from the configuration: the site's address for links, and the secret that signs unsubscribe links. */
export interface MailSettings {
  publicUrl: string;
  linkSecret: string | null;
  /** The signature text messages start with (【…】). */
  smsSignName?: string;
}

/** Tries per message before it becomes a dead letter (status FAILED): back-off e^n s, about 3.5 h in all. */
export const MAX_ATTEMPTS = 10;
/** How long a claimed message may stay "sending" before the recovery job hands it out again. */
const SENDING_LEASE = "interval '5 minutes'";

/** Seconds before try n+1, the job engine's own back-off (e^n). */
export const retryDelayMs = (attempt: number) => Math.round(Math.exp(Math.min(attempt, 10)) * 1000);

/** `unsubscribed`: not sent because the recipient turned this channel off for its kind (status SKIPPED). */
export type DeliveryResult = 'sent' | 'retry' | 'dead' | 'skipped' | 'unsubscribed';

/**
 * Delivers one outbox message. It is claimed first (PENDING → SENDING, committed on its own),
 * so no other worker can take it; the send itself runs outside any transaction, and its outcome
 * is recorded after. A failure on the last try, or a message without an address, becomes a dead
 * letter that administrators see and can send again.
 */
export async function deliverOutboxMessage(em: EntityManager, sender: MessageSender, id: string, attempt: number, maxAttempts = MAX_ATTEMPTS, mail: MailSettings = { publicUrl: 'http://localhost:4000', linkSecret: null }): Promise<DeliveryResult> {
  // An account, or (for the link that confirms a sign-up) a waiting sign-up, is the recipient.
  const [row] = await em.execute<{ source_id: string | null; channel: OutboxChannel; subject: string; body: string; kind: string | null; content: MessageContent | null; user_id: string | null; locale: MailLocale | null; email: string | null; phone: string | null }[]>(
    `with claimed as (
       update outbox_messages set status = 'SENDING', next_attempt_at = now() + ${SENDING_LEASE}
        where id = ? and status = 'PENDING'
        returning id, channel, subject, body, kind, content, recipient_id, sign_up_request_id, source_id)
     select c.source_id, c.channel, c.subject, c.body, c.kind, c.content, u.id as user_id, coalesce(u.locale, r.locale) as locale,
            coalesce(u.email, r.email) as email, tp.phone
       from claimed c
       left join users u on u.id = c.recipient_id
       left join sign_up_requests r on r.id = c.sign_up_request_id
       left join talent_profiles tp on tp.user_id = u.id`,
    [id],
  );
  if (!row) return 'skipped';
  const category = categoryOf(row.kind);
  const channel = row.channel === OutboxChannel.SMS ? Channel.SMS : Channel.EMAIL;
  // A notification's message is written once, as e-mail; people who chose text messages for its kind get one too, written here once (unique per source and channel).
  if (row.channel === OutboxChannel.EMAIL && row.user_id && row.content && !row.source_id && row.phone) {
    await em.execute(
      `insert into outbox_messages (id, channel, recipient_id, subject, body, kind, content, source_id)
       select gen_random_uuid(), 'SMS', ?, o.subject, o.body, o.kind, o.content, o.id from outbox_messages o
        where o.id = ? and exists (select 1 from notification_preferences p where p.user_id = ? and p.category = ? and p.channel = 'SMS' and p.enabled)
       on conflict do nothing`,
      [row.user_id, id, row.user_id, category]);
  }
  // The person's choice for this kind of message, read at sending time: an unsubscribe clicked after the message was written still counts.
  const enabled = row.user_id && !isTransactional(category)
    ? (await em.execute<{ enabled: boolean }[]>(`select enabled from notification_preferences where user_id = ? and category = ? and channel = ?`, [row.user_id, category, channel]))[0]?.enabled ?? defaultEnabled(channel)
    : true;
  if (!enabled) {
    await em.execute(`update outbox_messages set status = 'SKIPPED', last_error = null where id = ?`, [id]);
    return 'unsubscribed';
  }
  const address = row.channel === OutboxChannel.SMS ? row.phone : row.email;
  let failure: string | null = null;
  try {
    if (!address) throw new PermanentFailure(`no ${row.channel === OutboxChannel.SMS ? 'phone number' : 'email address'} on record`);
    const email = row.channel === OutboxChannel.EMAIL ? await emailFor(em, row, category, mail) : undefined;
    const sms = row.channel === OutboxChannel.SMS && row.content ? smsText(row.content, row.locale === 'en' ? 'en' : 'zh-CN', mail.smsSignName ?? '月浦人才', mail.publicUrl) : undefined;
    await sender.send({ id, channel: row.channel, address, subject: row.subject, body: row.body, email, sms });
  } catch (error) {
    failure = (error instanceof Error ? error.message : String(error)).slice(0, 500) || 'send failed';
    if (error instanceof PermanentFailure) attempt = maxAttempts;
  }
  if (failure === null) {
    await em.execute(`update outbox_messages set status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null where id = ?`, [id]);
    return 'sent';
  }
  const dead = attempt >= maxAttempts;
  await em.execute(
    `update outbox_messages set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = now() + (? * interval '1 millisecond') where id = ?`,
    [dead ? 'FAILED' : 'PENDING', failure, dead ? 0 : retryDelayMs(attempt), id],
  );
  return dead ? 'dead' : 'retry';
}


/** The e-mail in the recipient's language, with a signed one-click unsubscribe link unless it is account mail. */
async function emailFor(em: EntityManager, row: { subject: string; body: string; content: MessageContent | null; user_id: string | null; locale: MailLocale | null }, category: ReturnType<typeof categoryOf>, mail: MailSettings): Promise<RenderedEmail> {
  const locale: MailLocale = row.locale === 'en' ? 'en' : 'zh-CN';
  // Written before kinds and both languages were kept: sent as it was written (both languages in one).
  const content: MessageContent = row.content ?? { title: { zh: row.subject, en: row.subject }, body: { zh: row.body, en: row.body } };
  const unsubscribeUrl = row.user_id && !isTransactional(category)
    ? `${mail.publicUrl}/mail/unsubscribe?token=${unsubscribeToken(await linkSecret(em, mail), { userId: row.user_id, category, channel: Channel.EMAIL })}`
    : null;
  return renderEmail(content, locale, mail.publicUrl, unsubscribeUrl);
}

/**
 * Sends everything due now, one message after another (a tool for tests and for draining the
 * outbox by hand; in production the job engine delivers each message as it is written).
 */
export async function dispatchOutbox(em: EntityManager, sender: MessageSender, mail?: MailSettings): Promise<{ sent: number; failed: number }> {
  const due = await em.execute<{ id: string; attempts: number }[]>(
    `select id, attempts from outbox_messages where status = 'PENDING' and next_attempt_at <= now() order by next_attempt_at`);
  let sent = 0;
  let failed = 0;
  for (const { id, attempts } of due) {
    const result = await deliverOutboxMessage(em, sender, id, attempts + 1, MAX_ATTEMPTS, mail);
    if (result === 'sent') sent++;
    else if (result === 'retry' || result === 'dead') failed++;
  }
  return { sent, failed };
}

/** Thrown so the job engine retries the message with its back-off. */
export class RetryLater extends Error {}

/** An administrator sends a dead letter again: its tries start over. Returns whether it was a dead letter. */
export async function retryDeadLetter(em: EntityManager, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const changed = await tx.execute<{ id: string }[]>(
      `update outbox_messages set status = 'PENDING', attempts = 0, next_attempt_at = now() where id = ? and status = 'FAILED' returning id`, [id]);
    if (!changed.length) return false;
    await enqueueJob(tx, 'outbox.deliver', { id }, { jobKey: `outbox:${id}`, maxAttempts: MAX_ATTEMPTS });
    return true;
  });
}

/**
 * Hands out again what no job will deliver: a message left "sending" by a worker that died
 * mid-send (its lease ran out), or one written before the queue existed. Returns how many.
 */
export async function recoverOutbox(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `update outbox_messages o set status = 'PENDING'
        where (o.status = 'SENDING' and o.next_attempt_at < now())
           or (o.status = 'PENDING' and o.created_at < now() - interval '1 minute'
               and not exists (select 1 from graphile_worker.jobs j where j.key = 'outbox:' || o.id))
        returning o.id`);
    for (const { id } of rows) await enqueueJob(tx, 'outbox.deliver', { id }, { jobKey: `outbox:${id}`, maxAttempts: MAX_ATTEMPTS });
    return rows.length;
  });
}

/** The outbox's jobs: one delivery job per message (queued by a trigger on insert), and a recovery sweep. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- jobs with different payload types, as in core/jobs
export function outboxJobs(sender: (config: AppConfig, logger: Logger) => MessageSender = senderFor): JobDefinition<any>[] {
  let cached: MessageSender | null = null;
  return [
    {
      name: 'outbox.deliver',
      maxAttempts: MAX_ATTEMPTS,
      async run(payload: { id: string }, ctx) {
        cached ??= sender(ctx.config, ctx.logger);
        const result = await deliverOutboxMessage(ctx.orm.em.fork(), cached, payload.id, ctx.attempt, ctx.maxAttempts, { publicUrl: ctx.config.publicUrl, linkSecret: ctx.config.linkSecret, smsSignName: ctx.config.sms?.signName });
        if (result === 'retry') throw new RetryLater(`outbox message ${payload.id} not sent yet; retrying`);
        if (result === 'dead') ctx.logger.warn({ outboxId: payload.id }, 'outbox message given up: dead letter, visible to administrators');
      },
    },
    {
      name: 'outbox.recover',
      schedule: '* * * * *',
      async run(_payload, ctx) {
        const recovered = await recoverOutbox(ctx.orm.em.fork());
        if (recovered) ctx.logger.warn({ recovered }, 'outbox messages handed out again');
      },
    },
  ];
}
