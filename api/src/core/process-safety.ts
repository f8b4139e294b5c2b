import { thrownField } from './errors/thrown.js';
import type { Logger } from './logging/logger.js';

/**
 * An error of one socket, stream or file (a client gone, a file missing, a pipe broken): it ends
 * that one exchange, and the rest of the process is as sound as before.
 */
export function isStrayIoError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (typeof thrownField(error, 'syscall') === 'string') return true;
  const code = thrownField(error, 'code');
  if (typeof code !== 'string') return false;
  return /^E[A-Z0-9]+$/.test(code) || /^ERR_(STREAM|SOCKET|HTTP|HTTP2|TLS)_/.test(code) || code.startsWith('HPE_');
}

/** Marks the log lines the nets write, so tests can tell that nothing reached them. */
export const SAFETY_NET_MARK = 'safety net';

/**
 * The last line of defence for the whole process. Every known failure is handled where it
 * happens; these only log what slipped through, so a stray stream or socket error is a log
 * line, not an outage. An exception that is not I/O is a bug whose state cannot be trusted:
 * it is logged as fatal and `onFatal` stops the process in order (a supervisor restarts it).
 */
export function installProcessSafetyNets(logger: Logger, onFatal: (error: unknown) => void): void {
  process.on('uncaughtException', (error, origin) => {
    if (isStrayIoError(error)) {
      logger.error({ err: error, origin, net: SAFETY_NET_MARK }, `${SAFETY_NET_MARK}: stray stream or socket error; the service goes on`);
      return;
    }
    logger.fatal({ err: error, origin, net: SAFETY_NET_MARK }, `${SAFETY_NET_MARK}: uncaught exception; stopping`);
    onFatal(error);
  });
  // A rejected promise nobody awaited has unwound nothing half-way: log it and go on.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason, net: SAFETY_NET_MARK }, `${SAFETY_NET_MARK}: unhandled promise rejection; the service goes on`);
  });
}
