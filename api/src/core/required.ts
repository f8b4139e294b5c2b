/**
 * A value lost to the type checker although this code's own logic guarantees it: a row behind a
 * foreign key, a map entry set a few lines above, a field that a state implies. Its absence is a
 * bug, and a bug is reported where it shows: an internal error naming what was missing (the error
 * funnel logs it and gives the client only "internal error" and the request id), instead of the
 * `undefined` a non-null assertion `!` would pass on to fail somewhere else.
 */
export class MissingValueError extends Error {
  constructor(what: string) {
    super(`${what} is missing; the code expected it to be there`);
    this.name = 'MissingValueError';
  }
}

export function required<T>(value: T, what: string): NonNullable<T> {
  if (value === null || value === undefined) throw new MissingValueError(what);
  return value;
}
