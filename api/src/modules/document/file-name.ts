import type { AcceptedContentType } from './content-type.js';

/** The extension a stored file gets, from its content: the name a client sends is only a label. */
export const EXTENSION_OF: Record<AcceptedContentType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

const EXTENSION_BY_TYPE: ReadonlyMap<string, string> = new Map(Object.entries(EXTENSION_OF));

/** Longest cleaned name, in characters (the column holds 200). */
export const MAX_FILE_NAME_CHARS = 120;

/** What a document is called when nothing usable is left of the name it came with. */
export const FALLBACK_STEM = 'document';

// Text-direction controls (LRM, RLM, ALM, embeddings, overrides, isolates) let "evil‮fdp.exe"
// display as "evilexe.pdf"; zero-width characters and the BOM hide text. None belong in a name.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
// C0 and C1 control characters, NUL included, and DEL.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
// Characters Windows refuses in names, and quotes that break header values.
const RESERVED = /[<>:"|?*]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
// A trailing extension as clients write them (letters and digits, a few characters long).
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

/**
 * A file name that is safe to store, show and send back in a download: no folder parts (`../`,
 * `C:\`, an absolute path), no control characters or NUL, no text-direction tricks, at most
 * `MAX_FILE_NAME_CHARS` characters, and the extension of what the content really is, so a
 * PDF/HTML polyglot sent as `evil.html` is kept as `evil.pdf`. Never empty: a name with nothing
 * usable left becomes `document.pdf` (or .jpg, .png). Applying it twice gives the same name.
 */
export function cleanFileName(raw: string | null | undefined, contentType: string): string {
  const extension = EXTENSION_BY_TYPE.get(contentType) ?? '';
  let name = (raw ?? '').replace(LONE_SURROGATE, '').normalize('NFC');
  name = name.replace(INVISIBLE, '').replace(CONTROL, '');
  // Only the last part of a path is a name; both separators count, whatever the client's system.
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(RESERVED, '_').replace(/\s+/g, ' ');
  let stem = name.replace(EXTENSION, '');
  // Leading dots make hidden files (and `..`); trailing dots and spaces vanish on Windows.
  stem = stem.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  if (WINDOWS_DEVICE.test(stem)) stem = `_${stem}`;
  if (!/[\p{L}\p{N}]/u.test(stem)) stem = FALLBACK_STEM;
  const room = MAX_FILE_NAME_CHARS - extension.length;
  const chars = Array.from(stem);
  if (chars.length > room) stem = chars.slice(0, room).join('').replace(/[\s.]+$/, '');
  return stem + extension;
}

/**
 * A `Content-Disposition` value for a download: an ASCII-only `filename` for old clients and
 * the exact name as `filename*` (RFC 6266 / 5987). The name goes through `cleanFileName` first,
 * so rows stored before names were cleaned are sent clean too.
 */
export function contentDisposition(fileName: string, contentType: string): string {
  const clean = cleanFileName(fileName, contentType);
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
