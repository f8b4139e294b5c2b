import { createPubSub } from '@graphql-yoga/subscription';

/** Topics the API publishes on; payloads carry ids only, resolvers load what the viewer may see. */
export interface Topics {
  [key: string]: [unknown];
  NOTIFICATION_ADDED: [{ id: string; recipientId: string }];
  APPLICATION_CHANGED: [{ id: string }];
  /** A session was signed out, revoked or deleted: its open sockets close. */
  SESSION_ENDED: [{ sessionId: string }];
  /** The database listener is back after a gap (and has published what it missed). */
  LISTEN_RESUMED: [Record<string, never>];
}

export type AppPubSub = ReturnType<typeof createPubSub<Topics>>;

export function createAppPubSub(): AppPubSub {
  return createPubSub<Topics>();
}
