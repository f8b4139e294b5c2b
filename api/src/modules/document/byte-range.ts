import { matchGroups } from '../../core/regex.js';
import type { ByteRange } from './file-storage.js';

/**
 * What a `Range` header asks of a file of `size` bytes (RFC 9110 §14): the whole file when
 * there is no header, or one we do not serve (another unit, several ranges, bad syntax: a server
 * may ignore Range); one range, clipped to the file; or `unsatisfiable` (416) when it starts at
 * or past the end.
 */
export function requestedRange(header: string | undefined, size: number): ByteRange | 'whole' | 'unsatisfiable' {
  if (!header) return 'whole';
  const match = matchGroups(/^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/i, header, 2);
  if (!match || (match[0] === '' && match[1] === '')) return 'whole';
  const [first, last] = match;
  // Numbers beyond what JavaScript counts exactly are not a range we can serve.
  if (first.length > 15 || last.length > 15) return 'whole';
  if (first === '') {
    // Suffix: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  if (end < start) return 'whole';
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}
