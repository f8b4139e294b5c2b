import type { IncomingMessage } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { WebSocket } from 'ws';
import { readCookie, SESSION_COOKIE } from '../../core/auth/cookies.js';
import type { Logger } from '../../core/logging/logger.js';
import type { AppPubSub } from '../../core/realtime/pubsub.js';
import { SessionService } from './session.service.js';

/** graphql-ws's own "Unauthorized" code: its client does not retry, and the page signs in again. */
export const SESSION_ENDED_CLOSE = { code: 4401, reason: '会话已结束 / Session ended' } as const;

const LONGEST_TIMER_MS = 2 ** 31 - 1;
const SWEEP_EVERY_MS = 15_000;

/**
 * A WebSocket is signed in as the session of the cookie it opened with, and its subscriptions
 * run as that person for as long as it stays open. This ends them with the session:
 * - signed out, rotated at sign-in, revoked when an administrator disables the account, or
 *   deleted: PostgreSQL announces it on commit (sessions trigger → `session_ended`), and every
 *   instance closes that session's sockets at once;
 * - expired: a timer per session closes its sockets at the expiry time;
 * - and a sweep every 15 s closes sockets whose session is no longer good, in case an
 *   announcement was missed while the listening connection was down (also run at once when
 *   that connection is back).
 */
export class LiveSessions {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  private readonly sweep: NodeJS.Timeout;
  private readonly ended: AsyncIterableIterator<{ sessionId: string }>;
  private readonly resumed: AsyncIterableIterator<Record<string, never>>;

  constructor(
    private readonly orm: MikroORM,
    pubSub: AppPubSub,
    private readonly logger: Logger,
    sweepEveryMs = SWEEP_EVERY_MS,
  ) {
    const ended = pubSub.subscribe('SESSION_ENDED');
    this.ended = ended;
    void (async () => {
      for await (const { sessionId } of ended) this.end(sessionId);
    })();
    // Sessions that ended while the database listener was down: checked as soon as it is back.
    const resumed = pubSub.subscribe('LISTEN_RESUMED');
    this.resumed = resumed;
    void (async () => {
      for await (const _ of resumed) await this.closeStale();
    })();
    this.sweep = setInterval(() => void this.closeStale(), sweepEveryMs);
    this.sweep.unref();
  }

  /** Called when a socket opens: ties it to the session of its cookie, if that session is good. */
  async track(request: IncomingMessage, socket: WebSocket): Promise<void> {
    const token = readCookie(request.headers, SESSION_COOKIE);
    const session = await new SessionService(this.orm.em.fork(), 0).liveSessionForToken(token);
    if (!session) return;
    let set = this.sockets.get(session.id);
    if (!set) {
      set = new Set();
      this.sockets.set(session.id, set);
      this.expireAt(session.id, session.expiresAt);
    }
    set.add(socket);
    socket.once('close', () => {
      set.delete(socket);
      if (set.size === 0 && this.sockets.get(session.id) === set) this.forget(session.id);
    });
  }

  /** Closes every socket of a session that has ended. */
  end(sessionId: string): void {
    const set = this.sockets.get(sessionId);
    if (!set) return;
    this.forget(sessionId);
    for (const socket of set) socket.close(SESSION_ENDED_CLOSE.code, SESSION_ENDED_CLOSE.reason);
  }

  private forget(sessionId: string): void {
    this.sockets.delete(sessionId);
    clearTimeout(this.expiryTimers.get(sessionId));
    this.expiryTimers.delete(sessionId);
  }

  private expireAt(sessionId: string, expiresAt: Date): void {
    const wait = expiresAt.getTime() - Date.now();
    // Sessions may last longer than one timer can wait: wait in steps.
    const timer = setTimeout(() => (wait > LONGEST_TIMER_MS ? this.expireAt(sessionId, expiresAt) : this.end(sessionId)), Math.min(Math.max(wait, 0), LONGEST_TIMER_MS));
    timer.unref();
    this.expiryTimers.set(sessionId, timer);
  }

  private async closeStale(): Promise<void> {
    const ids = [...this.sockets.keys()];
    if (ids.length === 0) return;
    try {
      const live = await new SessionService(this.orm.em.fork(), 0).stillLive(ids);
      for (const id of ids) if (!live.has(id)) this.end(id);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not check the sessions of open WebSockets; will try again');
    }
  }

  stop(): void {
    clearInterval(this.sweep);
    void this.ended.return?.();
    void this.resumed.return?.();
    for (const id of [...this.sockets.keys()]) this.forget(id);
  }
}
