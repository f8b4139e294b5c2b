import pg from 'pg';
import type { Logger } from '../logging/logger.js';
import type { AppPubSub } from './pubsub.js';

/** The PostgreSQL channel a trigger notifies on when a notification row is inserted. */
export const NOTIFICATION_CHANNEL = 'notification_added';
/** …and when an application takes a step (a history row is inserted). */
export const APPLICATION_CHANNEL = 'application_changed';
/** …and when a session ends early (signed out, revoked, its account disabled or deleted). */
export const SESSION_CHANNEL = 'session_ended';

/**
 * Relays PostgreSQL NOTIFY messages into the in-process pub/sub. PostgreSQL delivers them only
 * when the inserting transaction commits, so a subscriber never hears of a change that was
 * rolled back, and every API instance on the same database hears every change.
 */
export class DatabaseEvents {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly pubSub: AppPubSub,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (!message.payload) return;
      if (message.channel === NOTIFICATION_CHANNEL) {
        const [recipientId, id] = message.payload.split(':');
        if (recipientId && id) this.pubSub.publish('NOTIFICATION_ADDED', { id, recipientId });
      } else if (message.channel === APPLICATION_CHANNEL) {
        this.pubSub.publish('APPLICATION_CHANGED', { id: message.payload });
      } else if (message.channel === SESSION_CHANNEL) {
        this.pubSub.publish('SESSION_ENDED', { sessionId: message.payload });
      }
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'database event connection lost; reconnecting');
      this.reconnectSoon();
    });
    await client.connect();
    await client.query(`listen ${NOTIFICATION_CHANNEL}`);
    await client.query(`listen ${APPLICATION_CHANNEL}`);
    await client.query(`listen ${SESSION_CHANNEL}`);
    this.client = client;
  }

  private reconnectSoon(): void {
    this.client?.end().catch(() => {});
    this.client = null;
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().catch(() => this.reconnectSoon());
    }, 2000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
  }
}
