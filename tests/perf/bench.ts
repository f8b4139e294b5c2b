// `npm run bench`: latency and throughput of common requests against a real server and an
// embedded PostgreSQL on this machine. Loops are bounded and traffic stays on loopback.
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../api/src/core/config.js';
import { startEmbeddedPostgres } from '../../api/src/core/db/embedded.js';
import { ormOptions } from '../../api/src/core/db/orm.config.js';
import { createLogger } from '../../api/src/core/logging/logger.js';
import { startServer } from '../../api/src/server.js';
import { SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { seedDatabase } from '../../seeds/seed.js';

interface Scenario {
  name: string;
  requests: number;
  concurrency: number;
  body: () => string;
  cookie?: string;
}

const db = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `yuepu-bench-${process.pid}`), database: 'bench', persistent: false });
const orm = await MikroORM.init(ormOptions(db.url));
await orm.getMigrator().up();
await seedDatabase(orm, { samples: true });
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: db.url });
const server = await startServer({ orm, config, logger: createLogger('silent') }, 0, '127.0.0.1');

async function post(body: string, cookie?: string): Promise<Response> {
  return fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body });
}

async function signInCookie(email: string): Promise<string> {
  const res = await post(JSON.stringify({ query: `mutation { signIn(input: { email: "${email}", password: "${SAMPLE_PASSWORD}" }) { user { id } } }` }));
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function run(s: Scenario): Promise<void> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: s.concurrency }, async () => {
    while (next < s.requests) {
      next++;
      const t = performance.now();
      const res = await post(s.body(), s.cookie);
      const json = (await res.json()) as { errors?: unknown };
      if (res.status !== 200 || json.errors) failures++;
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(1);
  console.log(`${s.name.padEnd(38)} ${String(s.requests).padStart(5)} req  c=${s.concurrency}  ${(s.requests / seconds).toFixed(0).padStart(5)} req/s  p50 ${pct(0.5)} ms  p95 ${pct(0.95)} ms  p99 ${pct(0.99)} ms  failures ${failures}`);
}

/**
 * A review queue of realistic size: applications written straight into the tables (the read
 * path is what is measured here; the write path has its own tests).
 */
async function fillReviewQueue(count: number): Promise<void> {
  const connection = orm.em.fork().getConnection();
  const forms = await connection.execute<{ policy_id: string }[]>('select policy_id from application_forms');
  const talents = await connection.execute<{ user_id: string; employer_id: string }[]>('select user_id, employer_id from talent_profiles where employer_id is not null');
  for (let i = 0; i < count; i++) {
    const talent = talents[i % talents.length]!;
    await connection.execute(
      `insert into applications (id, reference, policy_id, applicant_id, enterprise_id, status, answers, status_changed_at, submitted_at, version, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, ?, 'EMPLOYER_CONFIRMED', '{}', now() - (? || ' hours')::interval, now(), 1, now(), now())`,
      [`YP-BENCH-${String(i).padStart(6, '0')}`, forms[i % forms.length]!.policy_id, talent.user_id, talent.employer_id, String(i)],
    );
  }
}

try {
  await fillReviewQueue(500);
  const reviewer = await signInCookie('reviewer@yuepu.example');
  const talent = await signInCookie('talent@yuepu.example');
  console.log(`Yuepu Hub benchmark · ${os.cpus().length} cores · Node ${process.version}\n`);
  await run({ name: 'viewer (signed in)', requests: 2000, concurrency: 10, cookie: reviewer, body: () => JSON.stringify({ query: '{ viewer { id displayName role organisation { nameZh } } }' }) });
  await run({ name: 'organisations (first 100)', requests: 2000, concurrency: 10, body: () => JSON.stringify({ query: '{ organisations(first: 100) { totalCount edges { node { id nameZh nameEn kind } } } }' }) });
  await run({ name: 'talentProfiles + employer (reviewer)', requests: 1000, concurrency: 10, cookie: reviewer, body: () => JSON.stringify({ query: '{ talentProfiles(first: 50) { edges { node { legalName residentIdNumber employer { nameZh } } } } }' }) });
  await run({ name: 'reviewQueue (first 50 of 500)', requests: 500, concurrency: 10, cookie: reviewer, body: () => JSON.stringify({ query: '{ reviewQueue(first: 50) { totalCount edges { node { id reference status overdue dueAt policy { code } applicant { displayName } enterprise { nameZh } documents { kind } } } } }' }) });
  await run({ name: 'policies search 人才公寓', requests: 1000, concurrency: 10, body: () => JSON.stringify({ query: '{ policies(search: "人才公寓", first: 20) { totalCount edges { node { id code } } } }' }) });
  await run({ name: 'residencePointsEstimate', requests: 1000, concurrency: 10, body: () => JSON.stringify({ query: '{ residencePointsEstimate(input: { age: 30, education: MASTER, socialInsuranceMonths: 36 }) { total meetsStandard items { indicator points } } }' }) });
  await run({ name: 'allianceEvents (talent)', requests: 1000, concurrency: 10, cookie: talent, body: () => JSON.stringify({ query: '{ allianceEvents(first: 20) { totalCount edges { node { id titleZh startsAt } } } }' }) });
  await run({ name: 'bankProducts', requests: 1000, concurrency: 10, body: () => JSON.stringify({ query: '{ bankProducts(first: 50) { totalCount edges { node { id nameZh } } } }' }) });
  // argon2id is deliberately slow: this is the cost of a sign-in, not a throughput target.
  await run({ name: 'signIn (argon2id)', requests: 40, concurrency: 2, body: () => JSON.stringify({ query: `mutation { signIn(input: { email: "hr@yuepu.example", password: "${SAMPLE_PASSWORD}" }) { user { id } } }` }) });
  const memory = process.memoryUsage();
  console.log(`\nserver process memory after the run: rss ${(memory.rss / 1048576).toFixed(0)} MB, heap used ${(memory.heapUsed / 1048576).toFixed(0)} MB`);
} finally {
  await server.close();
  await orm.close(true);
  await db.stop();
}
