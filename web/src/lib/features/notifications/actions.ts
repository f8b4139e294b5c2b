/**
 * Notification actions: mark some (or all) read. The bell's count comes back with the answer
 * and is written to the cache at once; the list is refetched.
 */
import { client, mutate } from '$lib/graphql/client';
import { BellNotificationsDocument, MarkNotificationsReadDocument, UnreadNotificationCountDocument } from '$lib/graphql/generated/graphql';

/** `ids` null marks every notification read. */
export async function markNotificationsRead(ids: string[] | null) {
  const outcome = await mutate(MarkNotificationsReadDocument, { ids }, { payload: (d) => d.markNotificationsRead });
  if (outcome.payload) {
    client.writeQuery({ query: UnreadNotificationCountDocument, data: { unreadNotificationCount: outcome.payload.unreadCount } });
  }
  try {
    await client.refetchQueries({ include: [BellNotificationsDocument] });
  } catch {
    // The list shows its own failure.
  }
  return outcome;
}
