import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from '../../helpers/s3-server.js';
import { startServerProcess, type ServerProcess } from '../../helpers/server-process.js';

/**
 * Uploads and downloads stream: the server process's resident memory grows by far less than the
 * file while a 96 MB document goes up and comes back down, on either backend. Measured on the
 * real entry point in a process of its own, so the test's own buffers do not count.
 */
const SIZE = 96 * 1024 * 1024;
const CHUNK = 256 * 1024;

function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** The highest resident size of `pid` while `work` runs, sampled every 10 ms. */
async function peakDuring<T>(pid: number, work: () => Promise<T>): Promise<{ peak: number; result: T }> {
  let peak = residentBytes(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, residentBytes(pid));
  }, 10);
  try {
    const result = await work();
    return { peak: Math.max(peak, residentBytes(pid)), result };
  } finally {
    clearInterval(timer);
  }
}

/** A 96 MB PDF-looking multipart body, generated as it is sent (never whole in memory here either). */
function multipartStream(boundary: string, hash: ReturnType<typeof createHash>): Readable {
  const chunk = Buffer.alloc(CHUNK, 0x41);
  const head = Buffer.from('%PDF-1.7\n');
  async function* parts() {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nLABOUR_CONTRACT\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    hash.update(head);
    yield head;
    for (let sent = head.length; sent < SIZE; sent += CHUNK) {
      const piece = chunk.subarray(0, Math.min(CHUNK, SIZE - sent));
      hash.update(piece);
      yield piece;
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  return Readable.from(parts());
}

const processes: ServerProcess[] = [];
let s3: S3TestServer | null = null;
afterAll(async () => {
  for (const p of processes) await p.stop();
  await s3?.close();
});

describe.each(['local', 's3'] as const)('streaming a 96 MB document (%s)', (kind) => {
  it('keeps the server\'s memory growth well under the file\'s size, up and down', async () => {
    let env: Record<string, string> = { UPLOAD_LIMIT: '100mb', LOG_LEVEL: 'warn' };
    if (kind === 's3') {
      s3 = await startS3Server();
      env = { ...env, ...s3.env };
    }
    const server = await startServerProcess(env);
    processes.push(server);
    const talent = await server.client('talent');
    const pid = server.child.pid!;
    // Warm up both paths with a small file, so their code and pools are not counted as growth.
    const small = new FormData();
    small.append('kind', 'LABOUR_CONTRACT');
    small.append('file', new Blob([Buffer.from('%PDF-1.7\nwarm-up\n')]), 'warm.pdf');
    const warm = (await (await fetch(`${server.url}/files`, { method: 'POST', headers: { cookie: talent.sessionCookie!, 'x-requested-with': 'XMLHttpRequest' }, body: small })).json()) as any;
    await (await fetch(`${server.url}/files/${warm.document.id}`, { headers: { cookie: talent.sessionCookie! } })).arrayBuffer();
    const baseline = residentBytes(pid);

    const sent = createHash('sha256');
    const boundary = 'YuepuStreamingBoundary';
    const up = await peakDuring(pid, async () => {
      const res = await fetch(`${server.url}/files`, {
        method: 'POST',
        headers: { cookie: talent.sessionCookie!, 'x-requested-with': 'XMLHttpRequest', 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: multipartStream(boundary, sent),
        duplex: 'half',
      });
      return { status: res.status, body: (await res.json()) as any };
    });
    expect(up.result.status, JSON.stringify(up.result.body)).toBe(201);
    expect(up.result.body.document.sizeBytes).toBe(SIZE);

    const received = createHash('sha256');
    const down = await peakDuring(pid, async () => {
      const res = await fetch(`${server.url}/files/${up.result.body.document.id}`, { headers: { cookie: talent.sessionCookie! } });
      let bytes = 0;
      for await (const piece of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += piece.length;
        received.update(piece);
      }
      return { status: res.status, bytes };
    });
    expect(down.result).toEqual({ status: 200, bytes: SIZE });
    expect(received.digest('hex')).toBe(sent.digest('hex'));

    const mb = (n: number) => Math.round(n / 1048576);
    console.log(`${kind}: 96 MB up: server RSS +${mb(up.peak - baseline)} MB at peak; down: +${mb(down.peak - baseline)} MB (baseline ${mb(baseline)} MB)`);
    // Holding the file would take at least its 96 MB. Streaming costs a fixed ~33 MB here (the
    // same for a 64 MB file: buffers and collector headroom, not the file), so 60% of the file
    // separates the two with room for a busy machine.
    expect(up.peak - baseline).toBeLessThan(SIZE * 0.6);
    expect(down.peak - baseline).toBeLessThan(SIZE * 0.6);
  }, 180_000);
});
