// The bench's load generator, in its own process so that the server's process.cpuUsage() counts
// the server alone. Input (argv[2], JSON): { url, body, cookie, requests, concurrency }.
// Output (stdout, JSON): sorted latencies in ms, failures, seconds, SQL statements per request.
const { url, body, cookie, requests, concurrency } = JSON.parse(process.argv[2]);
const latencies = [];
const statements = [];
let next = 0;
let failures = 0;
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < requests) {
    next++;
    const t = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body });
      const json = await res.json();
      if (res.status !== 200 || json.errors) failures++;
      const count = res.headers.get('x-sql-count');
      if (count !== null) statements.push(Number(count));
    } catch {
      failures++;
    }
    latencies.push(performance.now() - t);
  }
}));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ latencies, failures, seconds, statements }));
