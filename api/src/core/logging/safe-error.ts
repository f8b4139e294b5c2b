import { DriverException } from '@mikro-orm/core';
import { scrubSensitiveText } from '../privacy/masking.js';

/**
 * Errors on their way to a log or the console, with every value a user typed taken out.
 *
 * Database errors are the danger: knex and MikroORM put the whole statement, values inlined,
 * into `message` (and so into the first lines of `stack`); PostgreSQL's own text quotes values
 * (`invalid input syntax for type uuid: "…"`), and `detail` repeats the offending row
 * (`Key (email)=(…) already exists`). Of a database error only what identifies the failure is
 * kept: its SQLSTATE, constraint, table and column. Other errors keep their message unless it
 * quotes a statement or a key, and every stack is cut to its frames.
 */

/** Anything the pg driver, knex or MikroORM raised about a statement. */
export function isDatabaseError(error: unknown): boolean {
  if (error instanceof DriverException) return true;
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Record<string, unknown>;
  return (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && ('severity' in e || 'routine' in e))
    || typeof e.sqlState === 'string'
    || e.name === 'DatabaseError'
    || 'sql' in e;
}

// A statement (keyword, then a clause, then SQL punctuation) or a key/value echo from PostgreSQL.
const STATEMENT = /\b(select|insert\s+into|update|delete\s+from|create|alter|drop)\b[\s\S]*?\b(from|values|set|where|returning|table)\b[\s\S]*?['"=(?$]/i;
const KEY_ECHO = /\bKey \([^)]*\)=\(/;
/** What STATEMENT (its last class), KEY_ECHO (`(`) and the ID, phone and account patterns (digits) each need. */
const MAY_NEED_SCRUBBING = /[0-9'"=(?$]/;

/** Free text bound for a log: ID-like numbers masked, and text that quotes a statement withheld. */
export function safeText(text: string): string {
  // Every pattern below needs a digit or one of these characters; most log text (methods, paths,
  // operation names, messages) has none, and is returned as it is without running them (issue 13).
  if (!MAY_NEED_SCRUBBING.test(text)) return text;
  if (STATEMENT.test(text) || KEY_ECHO.test(text)) return '(text withheld from the log: it quotes a database statement or values)';
  return scrubSensitiveText(text);
}

const framesOnly = (stack: string | undefined) => stack?.split('\n').filter((line) => line.trim().startsWith('at ')).join('\n');

export interface SafeError {
  type: string;
  message: string;
  sqlState?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
  cause?: SafeError;
}

export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error) && !isDatabaseError(error)) return { type: typeof error, message: safeText(String(error)) };
  const e = error as Error & Record<string, unknown>;
  const cause = depth < 3 && (e.cause ?? e.previous) ? safeError(e.cause ?? e.previous, depth + 1) : undefined;
  if (isDatabaseError(error)) {
    const code = (e.sqlState ?? e.code) as string | undefined;
    return {
      type: e.name === 'error' ? 'DatabaseError' : e.name,
      message: 'database error (statement and values withheld from the log)',
      sqlState: typeof code === 'string' ? code : undefined,
      constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
      table: typeof e.table === 'string' ? e.table : undefined,
      column: typeof e.column === 'string' ? e.column : undefined,
      stack: framesOnly(e.stack),
      ...(cause ? { cause } : {}),
    };
  }
  return { type: e.name, message: safeText(e.message), stack: framesOnly(e.stack), ...(cause ? { cause } : {}) };
}

/** One line for the console (start-up failures): what failed, never the statement or values. */
export function describeSafely(error: unknown): string {
  const safe = safeError(error);
  const where = [safe.sqlState && `SQLSTATE ${safe.sqlState}`, safe.constraint && `constraint ${safe.constraint}`, safe.table && `table ${safe.table}`].filter(Boolean).join(', ');
  return `${safe.message}${where ? ` (${where})` : ''}`;
}

/**
 * A line of the embedded PostgreSQL's own log: its errors quote the failing statement and the
 * values involved (ERROR, DETAIL, STATEMENT…), so only the severity of those lines is kept.
 */
export function safePostgresLog(message: string): string {
  return message
    .split('\n')
    .map((line) => line.replace(/\b(ERROR|DETAIL|STATEMENT|CONTEXT|HINT|WARNING|QUERY|LOCATION):\s.*$/, '$1: (text withheld from the log: it may quote values)'))
    .map(safeText)
    .join('\n');
}
