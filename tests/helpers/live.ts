import net from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One browser-like graphql-ws connection (cookie and same-site Origin), recording what arrives. */
export interface Live {
  client: Client;
  /** Every message each subscription received, in order, with when it came (ms). */
  received: { op: string; kind: 'next' | 'error' | 'complete'; value?: any; at: number }[];
  /** Resolves with the close code and the time it came. */
  closed: Promise<{ code: number; reason: string; at: number }>;
  /** Resolves when the server acknowledged the connection. */
  connected: Promise<void>;
  /** Starts a subscription whose messages go into `received` under `op`. */
  follow(op: string, query: string): void;
  /** The data of the `next` messages of one subscription. */
  data(op: string): any[];
}

export function openLive(baseUrl: string, cookie: string | null): Live {
  const headers = { ...(cookie ? { cookie } : {}), origin: baseUrl };
  let onClosed!: (v: { code: number; reason: string; at: number }) => void;
  let onConnected!: () => void;
  const closed = new Promise<{ code: number; reason: string; at: number }>((r) => (onClosed = r));
  const connected = new Promise<void>((r) => (onConnected = r));
  const client = createClient({
    url: baseUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    lazy: false,
    onNonLazyError: () => {},
    retryAttempts: 0,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as { code: number; reason: string };
        onClosed({ code: e.code, reason: String(e.reason), at: Date.now() });
      },
    },
  });
  const received: Live['received'] = [];
  return {
    client,
    received,
    closed,
    connected,
    follow(op, query) {
      client.subscribe({ query }, {
        next: (value) => received.push({ op, kind: value.errors ? 'error' : 'next', value, at: Date.now() }),
        error: (error) => received.push({ op, kind: 'error', value: error, at: Date.now() }),
        complete: () => received.push({ op, kind: 'complete', at: Date.now() }),
      });
    },
    data: (op) => received.filter((r) => r.op === op && r.kind === 'next').map((r) => r.value.data),
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `check` holds; throws after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 10_000, what = 'a condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * A TCP relay on loopback in front of PostgreSQL, to drop a network path on purpose: `cut()`
 * resets every relayed connection and refuses new ones until `restore()`.
 */
export interface FlakyLink {
  port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function flakyLink(targetHost: string, targetPort: number): Promise<FlakyLink> {
  const sockets = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((incoming) => {
    if (down) return void incoming.resetAndDestroy();
    const outgoing = net.connect(targetPort, targetHost);
    for (const s of [incoming, outgoing]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    incoming.pipe(outgoing).pipe(incoming);
    incoming.on('close', () => outgoing.destroy());
    outgoing.on('close', () => incoming.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      down = true;
      for (const s of sockets) s.resetAndDestroy();
    },
    restore() {
      down = false;
    },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
