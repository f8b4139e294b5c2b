import { DriverException } from '@mikro-orm/core';
import { pino, type Logger } from 'pino';
import { scrubSensitiveText } from '../privacy/masking.js';

export type { Logger };

/**
 * Database errors quote the failing statement with its values (and `detail` repeats the
 * offending value), which can be anyone's answers: only what identifies the failure is kept.
 */
function databaseErrorForLog(error: DriverException): Record<string, unknown> {
  const fields = error as DriverException & { constraint?: string; table?: string; column?: string };
  // The stack starts with the message (the statement, possibly over several lines): keep frames only.
  const stackFrames = error.stack?.split('\n').filter((line) => line.trim().startsWith('at ')).join('\n');
  return {
    type: error.name,
    message: 'database error (statement and values withheld from the log)',
    sqlState: fields.sqlState ?? fields.code,
    constraint: fields.constraint,
    table: fields.table,
    column: fields.column,
    stack: stackFrames,
  };
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubSensitiveText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof DriverException) return databaseErrorForLog(value);
  if (value instanceof Error) {
    return { type: value.name, message: scrubSensitiveText(value.message), stack: value.stack && scrubSensitiveText(value.stack) };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}

/**
 * Structured JSON logs. Nothing that looks like an ID number, phone or bank account reaches
 * the log: known fields are removed outright, and free text is scrubbed by pattern as a second net.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'yuepu-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password', 'variables', '*.variables', 'residentIdNumber', '*.residentIdNumber', 'phone', '*.phone'],
      remove: true,
    },
    formatters: {
      log: (object) => scrubDeep(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrubSensitiveText(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}
