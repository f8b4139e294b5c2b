import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients, as the relay was told them. */
  to: string[];
  from: string;
  parsed: ParsedMail;
  /** The message exactly as it came over the wire. */
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Waits until a message for this address has arrived (5 s), and returns the newest. */
  waitFor(address: string, count?: number, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server) on a free loopback port that keeps what it receives, parsed
 * with mailparser. Recipients whose address starts with `reject-` are refused with 550 (no such
 * mailbox), `busy-` with 451 (try later), as a relay would.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS offer (a self-signed certificate would be refused), no sign-in.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('reject-')) { callback(Object.assign(new Error('5.1.1 <' + address.address + '>: Recipient address rejected: no such mailbox'), { responseCode: 550 })); return; }
      if (address.address.startsWith('busy-')) { callback(Object.assign(new Error('4.2.0 Mailbox busy, try again later'), { responseCode: 451 })); return; }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then((parsed) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            parsed,
            raw: raw.toString('utf8'),
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(address, count = 1, timeoutMs = 15_000) {
      const started = Date.now();
      for (;;) {
        const mine = received.filter((m) => m.to.includes(address));
        if (mine.length >= count) return mine[mine.length - 1];
        if (Date.now() - started > timeoutMs) throw new Error(`no e-mail #${count} for ${address} within ${timeoutMs} ms (got ${mine.length})`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
