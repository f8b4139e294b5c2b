// The origin a `next=` target is resolved against: any fixed origin will do, only "the same or not" matters.
const HERE = 'http://this-app.invalid';

/**
 * A `next=` target is only followed when it is a path inside this app, so a crafted link cannot
 * send someone elsewhere after they sign in. The target is read as the browser's own URL parser
 * reads it (router.navigate resolves it the same way): `//evil.example`, `/\evil.example`, and
 * `/<tab>/evil.example` (browsers drop tabs and newlines, leaving `//`) all name another host and
 * fall back; what is returned is the parsed path, query and fragment, never the raw text.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE) return fallback;
  return url.pathname + url.search + url.hash;
}
