import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The address a request came from, for the sign-in limits. `X-Forwarded-For` is anyone's to
 * write, so it is read only through the proxies the operator listed in TRUSTED_PROXY (proxy-addr
 * walks the header from the nearest hop and stops at the first address it does not trust);
 * without that setting it is ignored and the socket's address counts.
 */
const compiled = new Map<string, (address: string, hop: number) => boolean>();

export function clientAddressOf(request: IncomingMessage, trustedProxies: readonly string[]): string {
  // Node's docs: the socket may be "internally nulled", whatever its type says.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!request.socket?.remoteAddress) return 'unknown';
  if (trustedProxies.length === 0) return request.socket.remoteAddress;
  const cacheKey = trustedProxies.join(',');
  let trust = compiled.get(cacheKey);
  if (!trust) {
    trust = proxyAddr.compile([...trustedProxies]);
    compiled.set(cacheKey, trust);
  }
  return proxyAddr(request, trust);
}

/** Throws a readable message for a TRUSTED_PROXY entry proxy-addr cannot use. */
export function checkTrustedProxies(entries: readonly string[]): void {
  proxyAddr.compile([...entries]);
}
