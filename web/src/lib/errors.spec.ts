import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError, ServerParseError } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';

// The real English words; the language switch itself (runes) is not what is tested here.
vi.mock('./i18n', async () => {
  const { en } = await import('./i18n/en');
  const words = en as Record<string, string>;
  return {
    isMessageKey: (key: string) => key in words,
    t: (key: string, params: Record<string, string | number> = {}) => (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')),
  };
});

const { formErrorsFrom, formErrorsFromFailure, hasErrors, problemFrom, problemFromHttpStatus, say } = await import('./errors');

const serverError = (status: number, bodyText: string) => new ServerError('failed', { response: new Response(bodyText, { status }), bodyText });

describe('the web error funnel', () => {
  it('words top-level GraphQL errors by their code, never showing the code or a server message', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'relation "x" does not exist', extensions: { code: 'NOT_FOUND' } }] });
    const problem = problemFrom(error);
    expect(problem.code).toBe('NOT_FOUND');
    expect(say(problem)).toBe('Not found. It may have been removed, or you may not have access to it.');
    expect(say(problem)).not.toContain('relation');
  });

  it('gives the request id of a masked internal error, and of a busy service, so a user can quote it', () => {
    const internal = problemFrom(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' } }] }));
    expect(say(internal)).toBe('Something went wrong on our side. Please try again later. (reference: req-42)');
    const busy = problemFrom(serverError(503, JSON.stringify({ errors: [{ message: 'busy', extensions: { code: 'SERVICE_BUSY', requestId: 'req-43' } }] })));
    expect(busy).toMatchObject({ code: 'SERVICE_BUSY', reference: 'req-43' });
    // A forbidden answer names no reference: there is nothing to look up.
    expect(problemFrom(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN', requestId: 'req-44' } }] })).reference).toBeUndefined();
  });

  it('keeps the server\'s own words for a conflict, which say what conflicted', () => {
    expect(say(problemFrom(new CombinedGraphQLErrors({ errors: [{ message: '该时段已约满。', extensions: { code: 'CONFLICT' } }] })))).toBe('该时段已约满。');
  });

  it('reads an HTTP error by its GraphQL body when it has one, else by its status', () => {
    expect(problemFrom(serverError(401, JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }))).code).toBe('UNAUTHENTICATED');
    expect(problemFrom(serverError(403, 'CSRF: plain text')).code).toBe('FORBIDDEN');
    expect(problemFrom(serverError(502, '<html>bad gateway</html>'))).toMatchObject({ code: 'SERVER_UNAVAILABLE', key: 'error.server' });
    expect(problemFromHttpStatus(413)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', key: 'error.tooLarge' });
    expect(problemFromHttpStatus(429).key).toBe('error.rateLimited');
    expect(problemFromHttpStatus(418).key).toBe('error.badUserInput');
  });

  it('tells a network failure, an unreadable answer and a protocol error apart', () => {
    expect(problemFrom(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(problemFrom(new ServerParseError(new SyntaxError('x'), { response: new Response('<html>', { status: 200 }), bodyText: '<html>' })).code).toBe('BAD_RESPONSE');
    expect(problemFrom(new ServerParseError(new SyntaxError('x'), { response: new Response('<html>', { status: 500 }), bodyText: '<html>' })).code).toBe('SERVER_UNAVAILABLE');
    expect(problemFrom(new CombinedProtocolErrors([{ message: 'x' }])).code).toBe('PROTOCOL');
    expect(problemFrom('something odd')).toMatchObject({ code: 'UNKNOWN', key: 'error.unknown' });
  });
});

describe('form errors', () => {
  const errors = [
    { field: 'input.email', code: 'DUPLICATE', message: 'server words' },
    { field: 'input.phone', code: 'INVALID', message: '手机号格式不正确' },
    { field: 'input.secretField', code: 'INVALID', message: 'about a field the form does not show' },
    { field: null, code: 'INVALID_STATE', message: 'about the whole form' },
    { field: 'input.email', code: 'REQUIRED', message: 'a second error on one field' },
  ];

  it('puts each error beside the field the form shows (the first per field), and the rest above the form', () => {
    const sorted = formErrorsFrom(errors, ['email', 'phone']);
    expect(Object.keys(sorted.fields)).toEqual(['email', 'phone']);
    // Our own wording for a known field and code; the server's for the rest.
    expect(say(sorted.fields.email)).toBe('This email is already registered. Please sign in instead.');
    expect(say(sorted.fields.phone)).toBe('手机号格式不正确');
    expect(sorted.form.map((p) => p.code)).toEqual(['INVALID', 'INVALID_STATE', 'REQUIRED']);
    expect(hasErrors(sorted)).toBe(true);
  });

  it('has nothing to show for no errors, and one form-level problem for a failed request', () => {
    expect(hasErrors(formErrorsFrom([], ['email']))).toBe(false);
    const failed = formErrorsFromFailure(new TypeError('Failed to fetch'));
    expect(failed.fields).toEqual({});
    expect(failed.form.map((p) => p.code)).toEqual(['NETWORK']);
  });

  it('falls back to generic words for a code without the server\'s message', () => {
    expect(say(formErrorsFrom([{ field: 'input.title', code: 'TOO_LONG', message: '' }], ['title']).fields.title)).toBe('This is too long: shorten it.');
  });
});
