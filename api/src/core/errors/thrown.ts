/**
 * Reading what was thrown, whatever it is: a Node errno error, a driver's error, a library's plain
 * object or a string. `catch` gives `unknown`; these read it without pretending to know its type.
 */

/** The property `key` of a thrown value, or undefined when it has none (or is not an object). */
export function thrownField(thrown: unknown, key: string): unknown {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  return Reflect.get(thrown, key);
}

/** The `code` of a thrown value when it is a string (`ENOENT`, `ERR_STREAM_PREMATURE_CLOSE`, a SQLSTATE). */
export function thrownCode(thrown: unknown): string | undefined {
  const code = thrownField(thrown, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** The message of an Error, or the thrown value in words. */
export function thrownMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
