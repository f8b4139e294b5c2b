import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../../context.js';
import { busyError } from '../errors/busy.js';

/**
 * At most `limit` mutations of one signed-in person run at once in this process; the rest wait
 * their turn here, holding no database connection. Without it, one person's burst of 50 parallel
 * calls on one locked row fills the whole pool with transactions queued on that lock, and every
 * other user waits behind them for a connection (issue 10 item 4: "another user's read answers
 * within 1 s"). A call that waits longer than `maxWaitMs`, or finds `maxQueue` calls of the same
 * person ahead of it, is answered SERVICE_BUSY.
 */
export class PerUserGate {
  private readonly people = new Map<string, { active: number; queue: (() => void)[] }>();

  constructor(
    readonly limit = 2,
    private readonly maxWaitMs = 30_000,
    private readonly maxQueue = 200,
  ) {}

  /** Resolves with the release function once the person's turn comes; null when refused. */
  async enter(key: string): Promise<(() => void) | null> {
    let slot = this.people.get(key);
    if (!slot) this.people.set(key, (slot = { active: 0, queue: [] }));
    const own = slot;
    if (own.active >= this.limit) {
      if (own.queue.length >= this.maxQueue) return null;
      const turn = await new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          own.queue.splice(own.queue.indexOf(wake), 1);
          resolve(false);
        }, this.maxWaitMs);
        own.queue.push(wake);
      });
      if (!turn) return null;
    } else {
      own.active++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = own.queue.shift();
      // The slot passes straight to the next in line; otherwise it is freed.
      if (next) { next(); return; }
      own.active--;
      if (own.active === 0) this.people.delete(key);
    };
  }
}

export function perUserMutationGate(gate: PerUserGate): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.viewer) return;
          release = await gate.enter(contextValue.viewer.userId);
          if (!release) throw busyError(contextValue.requestId, 503);
        },
        async willSendResponse() {
          release?.();
          release = null;
        },
      };
    },
  };
}
