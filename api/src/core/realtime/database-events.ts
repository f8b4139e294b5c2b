import pg from 'pg';
import type { Logger } from '../logging/logger.js';
import type { AppPubSub } from './pubsub.js';
import { theRow } from '../db/rows.js';

/** The PostgreSQL channel a trigger notifies on when a notification row is inserted. */
export const NOTIFICATION_CHANNEL = 'notification_added';
/** …and when an application takes a step (a history row is inserted). */
export const APPLICATION_CHANNEL = 'application_changed';
/** …and when a session ends early (signed out, revoked, its account disabled or deleted). */
export const SESSION_CHANNEL = 'session_ended';

/** The listening connection's name in pg_stat_activity (a URL's `application_name` wins). */
export const LISTEN_APPLICATION_NAME = 'yuepu-hub listen';

/**
 * How far before the last moment the connection was known to listen a catch-up looks. A row's
 * time is taken when it is written (the writing instance's clock, or the transaction's start),
 * and it commits later: a transaction that ran up to this long, or a clock this far off, still
 * has its rows found. Longer transactions are cut off by statement timeouts well before.
 */
export const CATCH_UP_MARGIN_MS = 2 * 60_000;
/** A catch-up after a very long outage delivers at most this many notifications (oldest first). */
const CATCH_UP_LIMIT = 10_000;
/** A quiet connection is checked this often, so one that died silently is noticed and replaced. */
const HEARTBEAT_MS = 10_000;
/** Waits before reconnecting: quick at first (a restarted database, a terminated backend), then up to 5 s. */
const RECONNECT_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

export interface CatchUp {
  /** How long the connection was not listening (from the last sign of life to listening again). */
  gapMs: number;
  notifications: number;
  applications: number;
}

/**
 * Relays PostgreSQL NOTIFY messages into the in-process pub/sub. PostgreSQL delivers them only
 * when the inserting transaction commits, so a subscriber never hears of a change that was
 * rolled back, and every API instance on the same database hears every change.
 *
 * NOTIFY is not queued for a listener that is gone: whatever commits while the connection is
 * down (the database restarted, the backend was terminated, the network dropped) would be lost.
 * So after each reconnect, once listening again, it reads what was written since the last sign
 * of life (less CATCH_UP_MARGIN_MS) and publishes it like a NOTIFY: notifications it has not
 * already published (by id), and the applications that took a step (their subscribers get the
 * application's current state, perhaps once more than needed). The pub/sub's subscribers filter
 * as always: each notification reaches only its recipient, each application only those whose
 * access was checked. Sessions that ended in the gap are re-checked at once (LISTEN_RESUMED).
 */
export class DatabaseEvents {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private attempts = 0;
  /** Database time at which the connection last answered while listening; null before the first start. */
  private lastAlive: Date | null = null;
  /** Notification ids published, with when (ms), so a catch-up publishes each one once. */
  private readonly published = new Map<string, number>();
  /** Called after each catch-up (metrics, tests' logs). */
  onCatchUp: ((catchUp: CatchUp) => void) | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly pubSub: AppPubSub,
    private readonly logger: Logger,
  ) {}

  /** Connects and listens; throws when the database cannot be reached at start. */
  async start(): Promise<void> {
    await this.connect();
    this.heartbeat = setInterval(() => void this.checkAlive(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Whether the connection is listening now. */
  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: LISTEN_APPLICATION_NAME, keepAlive: true, query_timeout: 15_000 });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost || this.stopped) return;
      lost = true;
      const wasListening = this.client === client;
      if (wasListening) this.client = null;
      client.end().catch(() => {});
      // Only a connection that was listening is news; failed reconnects are told in reconnectSoon.
      if (wasListening) this.logger.warn({ err: error }, 'database event connection lost; reconnecting');
      this.reconnectSoon();
    };
    client.on('notification', (message) => this.relay(message));
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await client.connect();
      await client.query(`listen ${NOTIFICATION_CHANNEL}; listen ${APPLICATION_CHANNEL}; listen ${SESSION_CHANNEL}`);
      // Read after LISTEN: anything committed from here on arrives as a NOTIFY, so the catch-up
      // below and the live messages together leave no hole.
      const { rows } = await client.query<{ now: Date }>('select clock_timestamp() as now');
      const gapFrom = this.lastAlive;
      const { now } = theRow(rows, 'select clock_timestamp()');
      if (gapFrom) await this.catchUp(client, gapFrom, now);
      // onLost sets `lost` while the catch-up awaits; TypeScript cannot see that (TypeScript#9998).
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (lost) throw new Error('connection lost while catching up');
      this.lastAlive = now;
      this.client = client;
      this.attempts = 0;
    } catch (error) {
      lost = true;
      await client.end().catch(() => {});
      throw error;
    }
  }

  private relay(message: pg.Notification): void {
    if (!message.payload) return;
    if (message.channel === NOTIFICATION_CHANNEL) {
      const [recipientId, id] = message.payload.split(':');
      if (recipientId && id) this.publishNotification(id, recipientId);
    } else if (message.channel === APPLICATION_CHANNEL) {
      this.pubSub.publish('APPLICATION_CHANGED', { id: message.payload });
    } else if (message.channel === SESSION_CHANNEL) {
      this.pubSub.publish('SESSION_ENDED', { sessionId: message.payload });
    }
  }

  private publishNotification(id: string, recipientId: string): boolean {
    if (this.published.has(id)) return false;
    this.published.set(id, Date.now());
    this.pubSub.publish('NOTIFICATION_ADDED', { id, recipientId });
    return true;
  }

  private async catchUp(client: pg.Client, gapFrom: Date, now: Date): Promise<void> {
    const since = new Date(gapFrom.getTime() - CATCH_UP_MARGIN_MS);
    const notifications = await client.query<{ id: string; recipient_id: string }>(
      'select id, recipient_id from notifications where created_at > $1 order by created_at limit $2', [since, CATCH_UP_LIMIT]);
    const applications = await client.query<{ application_id: string }>(
      'select distinct application_id from application_events where at > $1', [since]);
    let sent = 0;
    for (const row of notifications.rows) if (this.publishNotification(row.id, row.recipient_id)) sent++;
    for (const row of applications.rows) this.pubSub.publish('APPLICATION_CHANGED', { id: row.application_id });
    this.pubSub.publish('LISTEN_RESUMED', {});
    const catchUp: CatchUp = { gapMs: now.getTime() - gapFrom.getTime(), notifications: sent, applications: applications.rows.length };
    this.logger.info(catchUp, 'database events resumed; published what was committed while not listening');
    this.onCatchUp?.(catchUp);
  }

  private reconnectSoon(): void {
    if (this.stopped || this.retry) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempts, RECONNECT_DELAYS_MS.length - 1)];
    this.attempts++;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch((error: unknown) => {
        if (this.attempts === 3) this.logger.warn({ err: error }, 'database event connection still down; retrying');
        this.reconnectSoon();
      });
    }, delay);
  }

  /** Proves a quiet connection still answers; one that does not is replaced (and caught up). */
  private async checkAlive(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      const { rows } = await client.query<{ now: Date }>('select clock_timestamp() as now');
      if (this.client === client) this.lastAlive = theRow(rows, 'select clock_timestamp()').now;
      // Ids older than any catch-up could look back to are forgotten.
      const forgetBefore = Date.now() - 3 * CATCH_UP_MARGIN_MS;
      for (const [id, at] of this.published) {
        if (at >= forgetBefore) break;
        this.published.delete(id);
      }
    } catch (error) {
      client.emit('error', error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.client?.end().catch(() => {});
  }
}
