/**
 * Live notifications: while someone is signed in, one `notificationAdded` subscription over
 * graphql-ws for the whole app. Each arrival refreshes the bell and is handed to the pages that
 * listen (an application's page refetches itself when one is about it). After the socket comes
 * back from a drop, listeners hear `null`: something may have been missed, so they refetch.
 */
import { untrack } from 'svelte';
import { session } from '$lib/features/session/session.svelte';
import { client, onLiveSocket } from '$lib/graphql/client';
import {
  BellNotificationsDocument,
  NotificationAddedDocument,
  UnreadNotificationCountDocument,
  type BellNotificationFragment,
} from '$lib/graphql/generated/graphql';

export type LiveNotification = BellNotificationFragment;

/** Gets each new notification, or `null` after a reconnection (refetch what you show). */
export type LiveListener = (notification: LiveNotification | null) => void;

const listeners = new Set<LiveListener>();

class LiveState {
  /** Whether the socket is open and acknowledged (pages may say "updates live"). */
  connected = $state(false);
  /** Whether it was open once and dropped since (pages may say "reconnecting"). */
  dropped = $state(false);
  /** Who the subscription is for; a change (sign-in, sign-out) restarts it. */
  readonly userId = $derived(session.viewer?.id ?? null);
}

export const liveState = new LiveState();

/** Listen for notifications while a component is on screen: returns the way to stop. */
export function onLiveNotification(listener: LiveListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function refreshBell(): Promise<void> {
  try {
    await client.refetchQueries({ include: [UnreadNotificationCountDocument, BellNotificationsDocument] });
  } catch {
    // The bell's own queries show their failure.
  }
}

function deliver(notification: LiveNotification | null): void {
  void refreshBell();
  for (const listener of listeners) listener(notification);
}

onLiveSocket((socket) => {
  socket.on('connected', (_socket, _payload, wasRetry) => {
    liveState.connected = true;
    liveState.dropped = false;
    if (wasRetry) deliver(null);
  });
  socket.on('closed', () => {
    if (liveState.connected && liveState.userId) liveState.dropped = true;
    liveState.connected = false;
  });
});

$effect.root(() => {
  $effect(() => {
    if (!liveState.userId) return;
    const subscription = untrack(() =>
      client.subscribe({ query: NotificationAddedDocument }).subscribe({
        next: (result) => {
          const notification = result.data?.notificationAdded;
          if (notification) deliver(notification);
        },
        // A refused subscription (e.g. the session ended) stops here; signing in starts a new one.
        error: () => {},
      }),
    );
    return () => subscription.unsubscribe();
  });
});
