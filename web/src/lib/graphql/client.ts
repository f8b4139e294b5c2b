/**
 * The one Apollo Client of the web app (core entry, no React), and `mutate`, the way every
 * feature's actions run a mutation. Queries go through `query()` in `./query.svelte.ts`.
 */
import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type OperationVariables,
  type TypedDocumentNode,
} from '@apollo/client/core';
import { OperationTypeNode } from 'graphql';
import type { Client } from 'graphql-ws/client';
import { from, mergeMap } from 'rxjs';
import { formErrorsFrom, formErrorsFromFailure, isAbort, type FormErrors, type UserErrorLike } from '../errors';
import { locale } from '../i18n';

/**
 * Per-request headers: the server words its error messages by `Accept-Language`, read at send
 * time so a language switch applies to the next request; `apollo-require-preflight` satisfies
 * Apollo Server's CSRF prevention for every kind of request.
 */
const requestHeaders = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
    headers: {
      ...headers,
      'Accept-Language': locale.current,
      'apollo-require-preflight': 'true',
    },
  }));
  return forward(operation);
});

const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

/**
 * Subscriptions go over graphql-ws on the same path. The browser sends the session cookie with
 * the upgrade request, so the socket is signed in as whoever was when it opened: `resetSession`
 * drops it and active subscriptions reconnect as the new person. It opens only while something
 * subscribes and reconnects after a drop, waiting at most half a minute between tries (what
 * was missed meanwhile is refetched: `features/notifications/live.svelte.ts`).
 *
 * graphql-ws and Apollo's link for it are fetched with the first subscription, not with the
 * first page: a signed-out visitor subscribes to nothing (issue 13, first-load budget).
 */
let socket: Client | null = null;
let wsLink: Promise<ApolloLink> | null = null;
const socketListeners: ((socket: Client) => void)[] = [];

/** Runs `listener` with the live socket once it exists (at once if it does). */
export function onLiveSocket(listener: (socket: Client) => void): void {
  if (socket) listener(socket);
  else socketListeners.push(listener);
}

function liveLink(): Promise<ApolloLink> {
  return (wsLink ??= Promise.all([import('graphql-ws/client'), import('@apollo/client/link/subscriptions')]).then(([{ createClient }, { GraphQLWsLink }]) => {
    const created = createClient({
      url: () => `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`,
      lazy: true,
      // Live messages are worded in the app's language, which may differ from the browser's.
      connectionParams: () => ({ locale: locale.current }),
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((done) => setTimeout(done, Math.min(1000 * 2 ** retries, 30_000) + Math.random() * 1000)),
    });
    socket = created;
    for (const listener of socketListeners.splice(0)) listener(created);
    return new GraphQLWsLink(created);
  }, (error: unknown) => {
    // A failed download (offline) is tried again by the next subscription.
    wsLink = null;
    throw error;
  }));
}

const ws = new ApolloLink((operation, forward) => from(liveLink()).pipe(mergeMap((link) => link.request(operation, forward))));

export const client = new ApolloClient({
  link: ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, ws, ApolloLink.from([requestHeaders, http])),
  cache: new InMemoryCache(),
  devtools: { enabled: import.meta.env.DEV },
});

/**
 * After sign-in, sign-up or sign-out: forget everything cached for the previous person and
 * refetch the queries on screen (the viewer among them).
 */
export async function resetSession(): Promise<void> {
  // The socket carries the previous person's cookie; active subscriptions reconnect as the new one.
  socket?.terminate();
  try {
    await client.resetStore();
  } catch {
    // A refetch that fails reports through its own query state; nothing more to do here.
  }
}

/** What a payload mutation came back with. `ok` only when it returned no errors at all. */
export type MutationOutcome<P> =
  | { readonly ok: true; readonly payload: P; readonly errors: FormErrors }
  | { readonly ok: false; readonly payload: P | null; readonly errors: FormErrors };

export interface MutateOptions<TData, P> {
  /** Where the payload sits in the result, e.g. `(d) => d.signIn`. */
  readonly payload: (data: TData) => P;
  /** Input fields the form shows, so their errors appear beside them (others above the form). */
  readonly fields?: readonly string[];
}

/**
 * Run a mutation whose payload carries `errors { field code message }`. Never throws: network
 * failures, top-level GraphQL errors and payload errors all come back through the error funnel
 * as `FormErrors`, ready to show.
 */
export async function mutate<TData, TVariables extends OperationVariables, P extends { errors: readonly UserErrorLike[] }>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: MutateOptions<TData, P>,
): Promise<MutationOutcome<P>> {
  try {
    const result = await client.mutate<TData, TVariables>({
      mutation: document,
      variables,
      errorPolicy: 'all',
    } as Parameters<typeof client.mutate<TData, TVariables>>[0]);
    if (result.error) return { ok: false, payload: null, errors: formErrorsFromFailure(result.error) };
    if (result.data == null) return { ok: false, payload: null, errors: formErrorsFromFailure(undefined) };
    const payload = options.payload(result.data as TData);
    const errors = formErrorsFrom(payload.errors, options.fields ?? []);
    if (payload.errors.length > 0) return { ok: false, payload, errors };
    return { ok: true, payload, errors };
  } catch (error) {
    if (isAbort(error)) return { ok: false, payload: null, errors: { form: [], fields: {} } };
    return { ok: false, payload: null, errors: formErrorsFromFailure(error) };
  }
}
