import { pino, type Logger } from 'pino';
import { isDatabaseError, safeError, safeText } from './safe-error.js';

export type { Logger };

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return safeText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error || isDatabaseError(value)) return safeError(value);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}

/**
 * Structured JSON logs. Nothing that looks like an ID number, phone or bank account reaches
 * the log: known fields are removed outright, and free text is scrubbed by pattern as a second net.
 * No SQL statement or value does either: errors pass through `safeError` (safe-error.ts).
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
    // Errors are already made safe by the formatter below; pino's own error serializer would
    // only rename their type.
    serializers: { err: (value: unknown) => value, error: (value: unknown) => value },
    formatters: {
      log: (object) => scrubDeep(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? safeText(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}
