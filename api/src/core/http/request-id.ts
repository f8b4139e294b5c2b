import type { Response } from 'express';

/**
 * The id `requestTracking` (server.ts) gave this request: in its log lines, in the
 * `x-request-id` header and in an internal error's answer. Express types `res.locals` as `any`.
 */
export function requestIdOf(res: Response): string {
  const id: unknown = res.locals.requestId;
  if (typeof id !== 'string') throw new Error('The request has no id: requestTracking must run before every route');
  return id;
}
