/**
 * The web app's one error funnel. Everything that can go wrong with a GraphQL call ends here
 * and leaves as a `Problem`: something `say()` turns into words in the current language.
 *
 * - network failures and HTTP errors (Apollo `ServerError`, `ServerParseError`, a failed fetch);
 * - top-level GraphQL errors, by `extensions.code` (UNAUTHENTICATED, FORBIDDEN, ...);
 * - payload errors `errors { field code message }`, which become per-field messages.
 *
 * Raw codes are never shown. Messages are resolved when rendered, so switching language
 * re-words them, except text the server already localised for the request's language.
 */
import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError, ServerParseError } from '@apollo/client/core';
import { isMessageKey, t, type MessageKey, type MessageParams } from './i18n';

export interface Problem {
  /** Stable code for logic (e.g. `UNAUTHENTICATED`, `NETWORK`); never shown to the user. */
  readonly code: string;
  /** Message from our dictionaries, worded in whatever language is current when shown. */
  readonly key?: MessageKey;
  readonly params?: MessageParams;
  /** Text the server localised already (used when we have no better wording of our own). */
  readonly text?: string;
  /** Request id for masked server errors, so a user can quote it to support. */
  readonly reference?: string;
}

/** A payload error as every domain's `XError` type shapes it. */
export interface UserErrorLike {
  readonly field?: string | null;
  readonly code: string;
  readonly message: string;
  /** The existing record the problem is about (e.g. the open application a duplicate repeats). */
  readonly recordId?: string | null;
}

/** Errors of one form: the ones shown next to a field, and the ones shown above the form. */
export interface FormErrors {
  readonly form: readonly Problem[];
  readonly fields: Readonly<Record<string, Problem>>;
}

export const NO_FORM_ERRORS: FormErrors = { form: [], fields: {} };

/** Words for a problem in the current language. Reactive in markup (reads the locale). */
export function say(problem: Problem | null | undefined): string {
  if (!problem) return '';
  const main = problem.key ? t(problem.key, problem.params) : (problem.text ?? t('error.unknown'));
  return problem.reference ? main + t('error.reference', { ref: problem.reference }) : main;
}

const TOP_LEVEL_KEYS: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  BAD_USER_INPUT: 'error.badUserInput',
  CONFLICT: 'error.conflict',
  TOO_MANY_REQUESTS: 'error.rateLimited',
  RATE_LIMITED: 'error.rateLimited',
  GRAPHQL_PARSE_FAILED: 'error.outdated',
  GRAPHQL_VALIDATION_FAILED: 'error.outdated',
  PERSISTED_QUERY_NOT_FOUND: 'error.outdated',
  PERSISTED_QUERY_NOT_SUPPORTED: 'error.outdated',
  OPERATION_RESOLUTION_FAILURE: 'error.outdated',
  INTERNAL_SERVER_ERROR: 'error.internal',
  SERVICE_BUSY: 'error.busy',
};

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

interface GraphQLErrorShape {
  readonly message?: string;
  readonly extensions?: Record<string, unknown>;
}

function fromGraphQLError(error: GraphQLErrorShape): Problem {
  const ext = error.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  const reference = typeof ext.requestId === 'string' ? ext.requestId : undefined;
  const key = TOP_LEVEL_KEYS[code];
  // Our wording for codes we know; for a domain CONFLICT the server's own localised text says
  // more (what conflicted), so it wins when present.
  if (code === 'CONFLICT' && error.message) return { code, text: error.message };
  if (key) return { code, key, reference: code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_BUSY' ? reference : undefined };
  return { code, key: 'error.unknown', reference };
}

function fromHttpStatus(status: number, bodyText: string | undefined): Problem {
  // A GraphQL server may answer 4xx/5xx with a GraphQL body; its code says more than the status.
  if (bodyText) {
    try {
      const body = JSON.parse(bodyText) as { errors?: GraphQLErrorShape[] };
      const first = body.errors?.[0];
      if (first) return fromGraphQLError(first);
    } catch {
      // Not JSON (e.g. the CSRF guard's plain-text answer): fall through to the status.
    }
  }
  const code = HTTP_STATUS_CODES[status] ?? (status >= 500 ? 'SERVER_UNAVAILABLE' : 'HTTP_ERROR');
  switch (code) {
    case 'UNAUTHENTICATED':
      return { code, key: 'error.unauthenticated' };
    case 'FORBIDDEN':
      return { code, key: 'error.forbidden' };
    case 'NOT_FOUND':
      return { code, key: 'error.notFound' };
    case 'PAYLOAD_TOO_LARGE':
      return { code, key: 'error.tooLarge' };
    case 'TOO_MANY_REQUESTS':
      return { code, key: 'error.rateLimited' };
    case 'SERVER_UNAVAILABLE':
      return { code, key: 'error.server' };
    default:
      return { code, key: 'error.badUserInput' };
  }
}

/** A plain HTTP answer without a body we understand (e.g. from `POST /files`), by its status. */
export function problemFromHttpStatus(status: number): Problem {
  return fromHttpStatus(status, undefined);
}

/**
 * Turn anything thrown or reported by Apollo into a Problem. When a GraphQL response holds
 * several errors, the first one speaks for the request (the server puts the cause first).
 */
export function problemFrom(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return first ? fromGraphQLError(first) : { code: 'UNKNOWN', key: 'error.unknown' };
  }
  if (ServerError.is(error)) return fromHttpStatus(error.statusCode, error.bodyText);
  if (ServerParseError.is(error)) {
    return error.statusCode >= 500
      ? { code: 'SERVER_UNAVAILABLE', key: 'error.server' }
      : { code: 'BAD_RESPONSE', key: 'error.serverResponse' };
  }
  if (CombinedProtocolErrors.is(error)) return { code: 'PROTOCOL', key: 'error.server' };
  if (error instanceof TypeError) return { code: 'NETWORK', key: 'error.network' };
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return { code: 'NETWORK', key: 'error.network' };
  }
  return { code: 'UNKNOWN', key: 'error.unknown' };
}

/** Whether an error is just an aborted request (a page left before its answer came). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** `input.residentIdNumber` → `residentIdNumber`: forms name fields by their last segment. */
export function fieldName(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}

/** Words for one payload error: field-specific wording, then the server's, then generic. */
export function problemFromUserError(error: UserErrorLike): Problem {
  const field = error.field ? fieldName(error.field) : null;
  const specific = field ? `userError.${field}.${error.code}` : '';
  if (specific && isMessageKey(specific)) return { code: error.code, key: specific };
  if (error.message) return { code: error.code, text: error.message };
  const generic = `userError.${error.code}`;
  return isMessageKey(generic) ? { code: error.code, key: generic } : { code: error.code, key: 'error.unknown' };
}

/**
 * Sort payload errors into a form: errors on a field the form shows go next to that field;
 * the rest (no field, or a field the form does not show) go above the form.
 */
export function formErrorsFrom(
  errors: readonly UserErrorLike[],
  shownFields: readonly string[],
): FormErrors {
  const form: Problem[] = [];
  const fields: Record<string, Problem> = {};
  for (const error of errors) {
    const problem = problemFromUserError(error);
    const field = error.field ? fieldName(error.field) : null;
    if (field && shownFields.includes(field) && !fields[field]) fields[field] = problem;
    else form.push(problem);
  }
  return { form, fields };
}

/** Form errors for a request that failed as a whole (network, access, server). */
export function formErrorsFromFailure(error: unknown): FormErrors {
  return { form: [problemFrom(error)], fields: {} };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * Required fields left empty, as form errors, so the form can answer at once in the current
 * language (the browser's own validation bubbles speak the browser's language, not ours).
 */
export function missingRequired(values: Readonly<Record<string, string>>, required: readonly string[]): FormErrors {
  const fields: Record<string, Problem> = {};
  for (const name of required) {
    if (!values[name]?.trim()) fields[name] = { code: 'REQUIRED', key: 'userError.REQUIRED' };
  }
  return { form: [], fields };
}

/**
 * After a failed submit, put focus on the form's error summary (it is announced and links to each
 * field), or, in a form without one, on the first field marked invalid or the form's alert.
 */
export function focusFirstProblem(form: HTMLElement | undefined): void {
  queueMicrotask(() => {
    requestAnimationFrame(() => {
      const target =
        form?.querySelector<HTMLElement>('[data-error-summary]') ??
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        form?.querySelector<HTMLElement>('[role="alert"]');
      if (!target) return;
      if (target.getAttribute('role') === 'alert') target.tabIndex = -1;
      target.focus();
    });
  });
}
