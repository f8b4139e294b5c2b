import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../core/logging/logger.js';
import { OutboxChannel, OutboxMessage, OutboxStatus } from './outbox.entity.js';

/** One message, with the address resolved at sending time. */
export interface OutgoingMessage {
  id: string;
  channel: OutboxChannel;
  /** Email address or mobile number: never logged. */
  address: string;
  subject: string;
  body: string;
}

/** Where messages go: an SMTP relay, an SMS gateway… The default only logs that it would send. */
export interface MessageSender {
  send(message: OutgoingMessage): Promise<void>;
}

export class LogSender implements MessageSender {
  constructor(private readonly logger: Logger) {}

  async send(message: OutgoingMessage): Promise<void> {
    // The id and channel are enough to trace it; the address and text stay out of the log.
    this.logger.info({ outboxId: message.id, channel: message.channel }, 'outbox message sent (log sender: nothing left the server)');
  }
}

export const MAX_ATTEMPTS = 5;
const BATCH = 20;

/** Minutes to wait before the next try: 1, 4, 9, 16 … */
export const retryDelayMs = (attempts: number) => attempts * attempts * 60_000;

/**
 * Sends what is due. Rows are claimed with FOR UPDATE SKIP LOCKED, so several server instances
 * can dispatch at once without sending anything twice.
 */
export async function dispatchOutbox(em: EntityManager, sender: MessageSender, now = new Date()): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await em.transactional(async (tx) => {
    const rows = await tx.getConnection().execute<{ id: string; channel: OutboxChannel; subject: string; body: string; attempts: number; email: string; phone: string | null }[]>(
      `select o.id, o.channel, o.subject, o.body, o.attempts, coalesce(u.email, r.email) as email, tp.phone
         from outbox_messages o
         left join users u on u.id = o.recipient_id
         left join sign_up_requests r on r.id = o.sign_up_request_id
         left join talent_profiles tp on tp.user_id = u.id
        where o.status = 'PENDING' and o.next_attempt_at <= ?
        order by o.next_attempt_at limit ${BATCH} for update of o skip locked`,
      [now],
    );
    for (const row of rows) {
      const address = row.channel === OutboxChannel.SMS ? row.phone : row.email;
      const update: Partial<OutboxMessage> = {};
      try {
        if (!address) throw new Error(`no ${row.channel === OutboxChannel.SMS ? 'phone number' : 'email address'} on record`);
        await sender.send({ id: row.id, channel: row.channel, address, subject: row.subject, body: row.body });
        Object.assign(update, { status: OutboxStatus.SENT, sentAt: now, attempts: row.attempts + 1 });
        sent++;
      } catch (error) {
        const attempts = row.attempts + 1;
        Object.assign(update, {
          attempts,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          status: attempts >= MAX_ATTEMPTS ? OutboxStatus.FAILED : OutboxStatus.PENDING,
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        });
        failed++;
      }
      await tx.nativeUpdate(OutboxMessage, { id: row.id }, update);
    }
  });
  return { sent, failed };
}

/** Runs the dispatcher every few seconds until stopped. */
export function startOutboxDispatcher(orm: MikroORM, sender: MessageSender, logger: Logger, everyMs = 5_000): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const { sent, failed } = await dispatchOutbox(orm.em.fork(), sender);
      if (failed) logger.warn({ sent, failed }, 'some outbox messages could not be sent; they will be retried');
    } catch (error) {
      logger.error({ err: error }, 'outbox dispatch failed');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
