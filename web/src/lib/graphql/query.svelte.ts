/**
 * Bridge from Apollo's `watchQuery` to Svelte 5 runes.
 *
 *   const q = query(ViewerDocument);                         // static variables
 *   const q = query(PolicyDocument, () => ({ id: params.id })); // re-runs when params.id changes
 *   {#if q.loading}…{:else if q.error}{say(q.error)}{:else}{q.data.viewer…}{/if}
 *
 * Call it while a component initialises (or inside `$effect.root`): it subscribes in an effect
 * and unsubscribes when the component goes away. Errors arrive already funnelled (`Problem`).
 */
import type { ObservableQuery, OperationVariables, TypedDocumentNode, WatchQueryFetchPolicy } from '@apollo/client/core';
import { untrack } from 'svelte';
import { isAbort, problemFrom, type Problem } from '../errors';
import { client } from './client';

export interface QueryState<TData> {
  /** The latest complete result, or undefined until one arrives (or when the query failed). */
  readonly data: TData | undefined;
  /** True while a request is in flight and no data is there yet for these variables. */
  readonly loading: boolean;
  /** Why the latest request failed, in words `say()` can show; null when it did not. */
  readonly error: Problem | null;
  /** Ask the server again (e.g. a "try again" button). Resolves when the answer is in. A property, so pages may pass it unbound. */
  readonly refetch: () => Promise<void>;
}

export interface QueryOptions {
  readonly fetchPolicy?: WatchQueryFetchPolicy;
  /** Refetch every n milliseconds while on screen. */
  readonly pollInterval?: number;
}

class ReactiveQuery<TData> implements QueryState<TData> {
  data = $state.raw<TData | undefined>(undefined);
  loading = $state(true);
  error = $state.raw<Problem | null>(null);
  observable: ObservableQuery<TData> | null = null;

  // An arrow property, not a method: pages pass it unbound (`onretry={q.refetch}`), and a
  // method would lose `this` there and throw instead of asking again.
  refetch = async (): Promise<void> => {
    if (!this.observable) return;
    try {
      await this.observable.refetch();
    } catch {
      // The failure also arrives through the subscription, which sets `error`.
    }
  };
}

export function query<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables | (() => TVariables),
  options: QueryOptions = {},
): QueryState<TData> {
  const state = new ReactiveQuery<TData>();
  const readVariables =
    typeof variables === 'function' ? (variables as () => TVariables) : () => variables as TVariables;

  $effect(() => {
    // Tracked: a change of variables tears this subscription down and starts a new one.
    const vars = readVariables();
    const observable = untrack(() =>
      client.watchQuery<TData, TVariables>({
        query: document,
        variables: vars,
        fetchPolicy: options.fetchPolicy,
        pollInterval: options.pollInterval,
        notifyOnNetworkStatusChange: true,
      } as Parameters<typeof client.watchQuery<TData, TVariables>>[0]),
    ) as ObservableQuery<TData>;
    state.observable = observable;
    state.loading = true;

    // Untracked too: subscribing runs the link chain at once, which reads the locale for its
    // headers, and a language switch must not restart every query on screen.
    const subscription = untrack(() => observable.subscribe({
      next: (result) => {
        if (result.error && !isAbort(result.error)) {
          state.error = problemFrom(result.error);
        } else if (!result.loading) {
          state.error = null;
        }
        if (result.dataState === 'complete') state.data = result.data as TData;
        else if (!result.loading) state.data = undefined;
        state.loading = result.loading && result.dataState !== 'complete';
      },
      error: (error: unknown) => {
        // ObservableQuery reports errors as results; this is only for a broken link chain.
        state.error = problemFrom(error);
        state.loading = false;
      },
    }));

    return () => {
      subscription.unsubscribe();
      if (state.observable === observable) state.observable = null;
    };
  });

  return state;
}
