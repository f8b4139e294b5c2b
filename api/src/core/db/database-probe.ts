import pg from 'pg';
import type { Logger } from '../logging/logger.js';
import { describeSafely } from '../logging/safe-error.js';

export interface ProbeResult {
  ok: boolean;
  /** Why not, in words, for /readyz. */
  reason?: string;
}

/**
 * Whether the database answers, for /readyz: `select 1` on a connection of its own (not the
 * request pool, so a burst that fills the pool does not make the instance look dead), cut off
 * after `timeoutMs` whatever the database does (a hung server, a lost network), and shared by
 * every /readyz within `cacheMs` (a load balancer polling hard cannot pile up probes).
 */
export class DatabaseProbe {
  private client: Promise<pg.Client> | null = null;
  private inFlight: Promise<ProbeResult> | null = null;
  private last: { at: number; result: ProbeResult } | null = null;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    private readonly timeoutMs = 1500,
    private readonly cacheMs = 1000,
  ) {}

  check(): Promise<ProbeResult> {
    if (this.last && Date.now() - this.last.at < this.cacheMs) return Promise.resolve(this.last.result);
    this.inFlight ??= this.probe().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async probe(): Promise<ProbeResult> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
    });
    let result: ProbeResult;
    try {
      const outcome = await Promise.race([this.selectOne(), timedOut]);
      if (outcome === 'timeout') {
        this.drop();
        result = { ok: false, reason: `database not answering within ${this.timeoutMs} ms` };
      } else {
        result = { ok: true };
      }
    } catch (error) {
      this.drop();
      this.logger.warn({ err: error }, `readiness probe failed: ${describeSafely(error)}`);
      result = { ok: false, reason: 'database unavailable' };
    } finally {
      clearTimeout(timer);
    }
    if (this.last?.result.ok !== result.ok) this.logger[result.ok ? 'info' : 'warn']({ reason: result.reason }, result.ok ? 'database answers again' : 'database not answering');
    this.last = { at: Date.now(), result };
    return result;
  }

  private async selectOne(): Promise<void> {
    this.client ??= (async () => {
      const client = new pg.Client({
        connectionString: this.url,
        connectionTimeoutMillis: this.timeoutMs,
        statement_timeout: this.timeoutMs,
        application_name: 'yuepu-hub readyz',
      });
      client.on('error', () => this.drop());
      await client.connect();
      return client;
    })();
    const client = await this.client;
    await client.query('select 1');
  }

  /** Forgets the connection without waiting on it: a hung server never answers a goodbye. */
  private drop(): void {
    const pending = this.client;
    this.client = null;
    void pending?.then((client) => {
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    }).catch(() => {});
  }

  async close(): Promise<void> {
    const pending = this.client;
    this.client = null;
    const client = await pending?.catch(() => null);
    if (!client) return;
    await Promise.race([client.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 500))]);
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}
