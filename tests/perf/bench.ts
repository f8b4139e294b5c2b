// `npm run bench [-- --quick]`: server CPU per request, throughput, latency and SQL statements of
// the main screens on a town-scale database (issue 13), each beside a hand-written SQL "floor"
// that returns the same JSON from the same data in the same run. The load comes from a child
// process (tests/perf/load.mjs), so process.cpuUsage() here is the server's alone; the GraphQL
// server and the floor server both run in this process, one at a time.
//
// The database is an embedded PostgreSQL, or a throw-away database on BENCH_DATABASE_URL's
// server (e.g. postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards.
import { execFile, spawn } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { loadConfig } from '../../api/src/core/config.js';
import { ensureDatabase, startEmbeddedPostgres, type RunningDatabase } from '../../api/src/core/db/embedded.js';
import { ormOptions } from '../../api/src/core/db/orm.config.js';
import { createLogger } from '../../api/src/core/logging/logger.js';
import { startServer } from '../../api/src/server.js';
import { SAMPLE_PASSWORD } from '../../seeds/ids.js';
import { seedDatabase } from '../../seeds/seed.js';

const QUICK = process.argv.includes('--quick');
const option = (name: string) => process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1];
/**
 * `--profile[=words]`: also a CPU profile of the server during the first screen whose name
 * contains the words (default the 50-row queue); prints the top functions by self time.
 */
const PROFILE = process.argv.some((a) => a === '--profile' || a.startsWith('--profile=')) ? option('profile') ?? 'review queue, 50' : null;
/** `--only=words[,words]`: measure only the screens whose name contains one of them (e.g. `--only=queue,viewer`), while changing code. */
const ONLY = option('only')?.split(',');
/** Requests per measured run: enough for a stable median, few enough for a shared machine. */
const REQUESTS = QUICK ? 150 : 600;
const run = promisify(execFile);

// ---- the database ---------------------------------------------------------------------------

let embedded: RunningDatabase | null = null;
let url: string;
const benchServer = process.env.BENCH_DATABASE_URL;
const benchDatabase = `yuepu_bench_${process.pid}`;
if (benchServer) {
  url = Object.assign(new URL(benchServer), { pathname: `/${benchDatabase}` }).toString();
  await ensureDatabase(benchServer, benchDatabase);
} else {
  embedded = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `yuepu-bench-${process.pid}`), database: 'bench', persistent: false });
  url = embedded.url;
}
const orm = await MikroORM.init(ormOptions(url));
await orm.migrator.up();
await seedDatabase(orm, { samples: true });
const sql = new pg.Pool({ connectionString: url, max: 10 });

/**
 * The town of issue 13, written with SQL in a few statements and the same every run (ids and
 * values follow from the row number): 5,000 talents at the sample enterprises, 20,000
 * applications (a third waiting for review) with 4 steps of history each on average and 28,000
 * documents, 208 published events with 10,000 registrations, 305 financing requests.
 */
async function generateTown(): Promise<void> {
  const started = performance.now();
  const c = await sql.connect();
  try {
    await c.query('begin');
    // The rows are consistent by construction; skip per-row triggers (live notifications, seat guards).
    await c.query('set local session_replication_role = replica');
    // Ids are hashes of a key, shaped as version-4 UUIDs (the API's UUID scalar checks the shape).
    await c.query(`create function pg_temp.id(key text) returns uuid language sql immutable as
      $$ select overlay(overlay(md5(key) placing '4' from 13) placing '8' from 17)::uuid $$`);
    await c.query(`
      insert into users (id, email, display_name, role, password_hash, locale, created_at)
      select pg_temp.id('bench-talent-' || i), 'bench' || i || '@talent.example', '人才' || i, 'TALENT',
             (select password_hash from users where email = 'talent@yuepu.example'), 'zh-CN', timestamptz '2026-01-01' + i * interval '1 minute'
      from generate_series(0, 4999) i`);
    await c.query(`
      with enterprises as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total from organisations where kind = 'ENTERPRISE')
      insert into talent_profiles (id, user_id, legal_name, education, employer_id, created_at, updated_at)
      select pg_temp.id('bench-profile-' || i), pg_temp.id('bench-talent-' || i), '测试人才' || i, 'MASTER', e.id, now(), now()
      from generate_series(0, 4999) i join enterprises e on e.n = i % e.total`);
    // Application i: talent i % 5000, the (i / 5000)-th form's policy, so no one has two open
    // applications for one policy. Statuses cycle; every third waits in the review queue.
    await c.query(`
      with forms as (select policy_id, row_number() over (order by policy_id) - 1 as n, count(*) over () as total from application_forms),
           statuses as (select array['EMPLOYER_CONFIRMED','UNDER_REVIEW','APPROVED','REJECTED','DISBURSED','CLOSED','WITHDRAWN','EMPLOYER_CONFIRMED','REJECTED']::application_status[] as s)
      insert into applications (id, reference, policy_id, applicant_id, enterprise_id, status, answers, requested_amount_yuan, status_changed_at, submitted_at, version, created_at, updated_at)
      select pg_temp.id('bench-app-' || i), 'YP-B' || lpad(i::text, 7, '0'), f.policy_id, pg_temp.id('bench-talent-' || (i % 5000)), p.employer_id,
             case when (i / 5000) < f.total then (select s[1 + i % 9] from statuses) else 'CLOSED' end,
             jsonb_build_object('reason', repeat('申请理由说明。', 40), 'household', jsonb_build_array(jsonb_build_object('name', '家属' || i, 'relation', 'SPOUSE')), 'address', '宝山区月浦镇' || i || '号', 'yearsInShanghai', i % 12),
             1000 * (i % 50), timestamptz '2026-06-01' + i * interval '7 minutes', timestamptz '2026-06-01' + i * interval '7 minutes' - interval '2 days', 1, timestamptz '2026-05-01', now()
      from generate_series(0, 19999) i
      join forms f on f.n = (i / 5000) % f.total
      join talent_profiles p on p.user_id = pg_temp.id('bench-talent-' || (i % 5000))`);
    // 2 to 6 steps per application, 4 on average (80,000 in all).
    await c.query(`
      with actions as (select array['CREATE','SUBMIT','CONFIRM_EMPLOYMENT','START_REVIEW','RETURN_FOR_INFO','RESUBMIT'] as a,
                              array[null,'DRAFT','SUBMITTED','EMPLOYER_CONFIRMED','UNDER_REVIEW','RETURNED_FOR_INFO']::application_status[] as f,
                              array['DRAFT','SUBMITTED','EMPLOYER_CONFIRMED','UNDER_REVIEW','RETURNED_FOR_INFO','UNDER_REVIEW']::application_status[] as t)
      insert into application_events (id, application_id, action, from_status, to_status, actor_id, reason, at)
      select pg_temp.id('bench-event-' || i || '-' || k), pg_temp.id('bench-app-' || i), a.a[k], a.f[k], a.t[k],
             case when k <= 2 then pg_temp.id('bench-talent-' || (i % 5000)) else (select id from users where email = 'reviewer@yuepu.example') end,
             case when k = 5 then '材料齐全' end, timestamptz '2026-05-01' + i * interval '7 minutes' + k * interval '1 hour'
      from generate_series(0, 19999) i cross join actions a cross join lateral generate_series(1, 2 + (i * 7 + 3) % 5) k
      where k <= 6`);
    await c.query(`
      insert into documents (id, owner_id, kind, file_name, content_type, size_bytes, sha256, created_at)
      select pg_temp.id('bench-doc-' || i), pg_temp.id('bench-talent-' || (i % 5000)),
             (array['ID_CARD','LABOUR_CONTRACT','DEGREE_CERTIFICATE','SOCIAL_INSURANCE_RECORD']::document_kind[])[1 + i % 4],
             'scan-' || i || '.pdf', 'application/pdf', 100000 + i, md5('bench-doc-' || i) || md5('bench-doc-' || i), timestamptz '2026-05-01' + i * interval '5 minutes'
      from generate_series(0, 27999) i`);
    await c.query(`
      insert into application_documents (id, application_id, document_id, attached_at)
      select pg_temp.id('bench-attach-' || i), pg_temp.id('bench-app-' || (i % 20000)), pg_temp.id('bench-doc-' || i), timestamptz '2026-05-02' + i * interval '5 minutes'
      from generate_series(0, 27999) i`);
    await c.query(`
      with hosts as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total from organisations where kind = 'ENTERPRISE')
      insert into alliance_events (id, title_zh, title_en, description_zh, description_en, kind, host_organisation_id, venue_zh, venue_en, starts_at, ends_at, capacity,
                                   registration_opens_at, registration_closes_at, status, created_by_id, created_at, updated_at)
      select pg_temp.id('bench-alliance-' || i), '学习互鉴活动 ' || i, 'Learning exchange ' || i, repeat('活动介绍。', 30), repeat('About the event. ', 20),
             (array['LECTURE','VISIT','EXCHANGE','TRAINING','MEETING']::alliance_event_kind[])[1 + i % 5], h.id, '月浦镇会议室', 'Yuepu meeting room',
             timestamptz '2027-01-05 02:00Z' + i * interval '1 day', timestamptz '2027-01-05 04:00Z' + i * interval '1 day', 60,
             timestamptz '2026-11-01', timestamptz '2027-01-04' + i * interval '1 day', 'PUBLISHED', (select id from users where email = 'coordinator@yuepu.example'), now(), now()
      from generate_series(0, 207) i join hosts h on h.n = i % h.total`);
    // 10,000 registrations: 48 people per event (the first 9 events 56), up to 60 seated, the rest waitlisted.
    await c.query(`
      with regs as (select r, r % 208 as ev, r / 208 as place from generate_series(0, 9999) r)
      insert into alliance_event_registrations (id, event_id, person_id, status, seat, queue_number, registered_by_id, check_in_code, created_at, updated_at)
      select pg_temp.id('bench-reg-' || r), pg_temp.id('bench-alliance-' || ev), pg_temp.id('bench-talent-' || ((ev * 37 + place * 101) % 5000)),
             case when place < 45 then 'REGISTERED' else 'WAITLISTED' end::registration_status, case when place < 45 then 'OPEN' end::seat_kind,
             place + 1, pg_temp.id('bench-talent-' || ((ev * 37 + place * 101) % 5000)), upper(substr(md5('bench-code-' || r), 1, 12)), now(), now()
      from regs`);
    await c.query(`
      insert into financing_requests (id, audience, kind, purpose, amount, term_months, status, talent_id, created_by_id, applicant_name, monthly_income, employer_name, education, created_at, updated_at)
      select pg_temp.id('bench-financing-' || i), 'TALENT', 'TALENT_HOUSING_LOAN', '购房贷款咨询 ' || i, 500000 + i * 1000, 120, 'OPEN',
             pg_temp.id('bench-talent-' || i), pg_temp.id('bench-talent-' || i), '测试人才' || i, 20000, '示例企业', 'MASTER', now(), now()
      from generate_series(0, 304) i`);
    await c.query('commit');
  } catch (error) {
    await c.query('rollback');
    throw error;
  } finally {
    c.release();
  }
  await sql.query('analyze');
  const [counts] = (await sql.query(`select (select count(*) from users where role = 'TALENT') talents, (select count(*) from applications) applications,
      (select count(*) from application_events) history, (select count(*) from documents) documents, (select count(*) from alliance_events) events,
      (select count(*) from alliance_event_registrations) registrations, (select count(*) from financing_requests) financing`)).rows;
  console.log(`town generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, v]) => `${String(v)} ${k}`).join(', ')}`);
}

// ---- the floors: one hand-written statement building the same JSON ----------------------------

/** An ISO 8601 UTC time as GraphQL's DateTimeISO writes it. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const QUEUE_STATUSES = `('EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'APPROVED')`;

const queueFloor = (rows: number) => `
  with page as (select * from applications where status in ${QUEUE_STATUSES} order by status_changed_at, id limit ${rows})
  select json_build_object('reviewQueue', json_build_object(
    'totalCount', (select count(*) from applications where status in ${QUEUE_STATUSES}),
    'edges', coalesce(json_agg(json_build_object('node', json_build_object(
      'id', a.id, 'reference', a.reference, 'status', a.status, 'submittedAt', ${iso('a.submitted_at')}, 'statusChangedAt', ${iso('a.status_changed_at')},
      'requestedAmountYuan', a.requested_amount_yuan,
      'policy', json_build_object('id', p.id, 'code', p.code),
      'applicant', json_build_object('id', u.id, 'displayName', u.display_name),
      'enterprise', case when o.id is null then null else json_build_object('id', o.id, 'nameZh', o.name_zh, 'nameEn', o.name_en) end,
      'form', (select json_build_object('benefit', f.benefit, 'processingDays', f.processing_days, 'amountCapYuan', (
                 select (v.data -> 'applicationCap' ->> 'amountYuan')::int from rule_sets s join rule_versions v on v.rule_set_id = s.id
                  where s.policy_id = a.policy_id and s.kind = 'ELIGIBILITY_CRITERIA' and v.effective_from <= (now() at time zone 'Asia/Shanghai')::date
                  order by v.effective_from desc, v.version desc limit 1)) from application_forms f where f.policy_id = a.policy_id),
      'history', (select coalesce(json_agg(json_build_object('action', e.action, 'fromStatus', e.from_status, 'toStatus', e.to_status, 'at', ${iso('e.at')}) order by e.at, e.id), '[]')
                  from application_events e where e.application_id = a.id)
    )) order by a.status_changed_at, a.id), '[]'))) as data
  from page a join policies p on p.id = a.policy_id join users u on u.id = a.applicant_id left join organisations o on o.id = a.enterprise_id`;

const QUEUE_QUERY = (rows: number) => `{ reviewQueue(first: ${rows}) { totalCount edges { node { id reference status submittedAt statusChangedAt requestedAmountYuan
  policy { id code } applicant { id displayName } enterprise { id nameZh nameEn } form { benefit processingDays amountCapYuan }
  history { action fromStatus toStatus at } } } } }`;

const EVENTS_FLOOR = `
  with page as (select * from alliance_events where status <> 'DRAFT' order by starts_at, id limit 20)
  select json_build_object('allianceEvents', json_build_object(
    'totalCount', (select count(*) from alliance_events where status <> 'DRAFT'),
    'edges', coalesce(json_agg(json_build_object('node', json_build_object(
      'id', e.id, 'titleZh', e.title_zh, 'titleEn', e.title_en, 'startsAt', ${iso('e.starts_at')}, 'capacity', e.capacity,
      'registeredCount', (select count(*) from alliance_event_registrations r where r.event_id = e.id and r.status = 'REGISTERED'),
      'waitlistCount', (select count(*) from alliance_event_registrations r where r.event_id = e.id and r.status = 'WAITLISTED')
    )) order by e.starts_at, e.id), '[]'))) as data
  from page e`;
const EVENTS_QUERY = `{ allianceEvents(first: 20) { totalCount edges { node { id titleZh titleEn startsAt capacity registeredCount waitlistCount } } } }`;

const APPLICATION_FLOOR = `
  select json_build_object('application', json_build_object(
    'id', a.id, 'reference', a.reference, 'status', a.status,
    'history', (select coalesce(json_agg(json_build_object('action', e.action, 'fromStatus', e.from_status, 'toStatus', e.to_status, 'at', ${iso('e.at')},
                  'actor', case when u.id is null then null else json_build_object('id', u.id, 'displayName', u.display_name) end) order by e.at, e.id), '[]')
                from application_events e left join users u on u.id = e.actor_id where e.application_id = a.id),
    'documents', (select coalesce(json_agg(json_build_object('id', d.id, 'kind', d.kind, 'fileName', d.file_name) order by l.attached_at), '[]')
                  from application_documents l join documents d on d.id = l.document_id where l.application_id = a.id)
  )) as data
  from applications a where a.id = $1`;
const APPLICATION_QUERY = `query($id: UUID!) { application(id: $id) { id reference status history { action fromStatus toStatus at actor { id displayName } } documents { id kind fileName } } }`;

const VIEWER_FLOOR = `
  select json_build_object('viewer', json_build_object('id', u.id, 'displayName', u.display_name, 'role', u.role,
    'organisation', case when o.id is null then null else json_build_object('id', o.id, 'nameZh', o.name_zh) end)) as data
  from sessions s join users u on u.id = s.user_id left join organisations o on o.id = u.organisation_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.disabled_at is null`;
const VIEWER_QUERY = `{ viewer { id displayName role organisation { id nameZh } } }`;

const POINTS_QUERY = `{ residencePointsEstimate(input: { age: 30, education: MASTER, socialInsuranceMonths: 36 }) { total meetsStandard items { indicator points } } }`;

interface Screen {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  cookie?: string;
  /** The floor's answer for this request: one SQL statement (points: none, see below). */
  floor: (req: http.IncomingMessage) => Promise<string>;
}

/** A plain HTTP server answering each screen's floor at /<screen index>. */
function startFloorServer(screens: Screen[]): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => void (async () => {
      try {
        const body = await screens[Number(req.url!.slice(1))].floor(req);
        res.writeHead(200, { 'content-type': 'application/json', 'x-sql-count': '1' }).end(body);
      } catch (error) {
        res.writeHead(500).end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    })());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
  }));
}

const floorOf = (statement: string, params: (req: http.IncomingMessage) => unknown[] = () => []) =>
  async (req: http.IncomingMessage) => `{"data":${JSON.stringify((await sql.query(statement, params(req))).rows[0].data)}}`;

// ---- measuring ---------------------------------------------------------------------------------

interface Measured {
  cpuMs: number;
  rps: number;
  p50: number;
  p99: number;
  statements: number;
  failures: number;
}

/** `pid`: the server is another process (the built one); its CPU is read from /proc. */
async function measure(url: string, body: string, cookie: string | undefined, concurrency: number, requests = REQUESTS, pid?: number): Promise<Measured> {
  const cpu = process.cpuUsage();
  const cpuBefore = pid === undefined ? 0 : await cpuMsOf(pid);
  const { stdout } = await run(process.execPath, [path.join(import.meta.dirname, 'load.mjs'), JSON.stringify({ url, body, cookie, requests, concurrency })], { maxBuffer: 64 * 1024 * 1024 });
  const used = process.cpuUsage(cpu);
  const usedMs = pid === undefined ? (used.user + used.system) / 1000 : await cpuMsOf(pid) - cpuBefore;
  const r = JSON.parse(stdout) as { latencies: number[]; failures: number; seconds: number; statements: number[] };
  const pct = (p: number) => r.latencies[Math.min(r.latencies.length - 1, Math.floor(r.latencies.length * p))];
  return {
    cpuMs: usedMs / requests,
    rps: requests / r.seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    statements: r.statements.length ? r.statements.reduce((a, b) => a + b, 0) / r.statements.length : NaN,
    failures: r.failures,
  };
}

// ---- the built server, alone in its own process ------------------------------------------------

const root = path.resolve(import.meta.dirname, '../..');
const builtEntry = path.join(root, 'dist/api/src/main.js');

/** Newest modification time of the files under these folders. */
async function newest(folders: string[]): Promise<number> {
  let latest = 0;
  for (const folder of folders) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.ts$/.test(entry.name)) latest = Math.max(latest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
    }
  }
  return latest;
}

/** `npm run build:api` when dist/ is missing or older than the API's sources. */
async function ensureBuiltApi(): Promise<void> {
  const built = await stat(builtEntry).then((s) => s.mtimeMs, () => 0);
  if (built >= await newest(['api/src', 'seeds'])) return;
  const started = performance.now();
  await run('npm', ['run', 'build:api'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  console.log(`built the API (npm run build:api) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

interface BuiltServer { url: string; pid: number; stop: () => Promise<void> }

/**
 * The node options `npm run serve` starts the server with (package.json's script, e.g. its heap
 * limit: README, Deployment), so that the built server is measured as production runs it.
 */
const SERVE_NODE_OPTIONS = (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.serve
  .match(/--[\w-]+=\S+/g) ?? [];

/**
 * `node dist/api/src/main.js` as production runs it (NODE_ENV=production, the node options of
 * `npm run serve`), API only (RUN_JOBS=false: no job runner in the process), on the bench's
 * database, already migrated (MIGRATE_ON_START=false).
 */
async function startBuiltServer(databaseUrl: string): Promise<BuiltServer> {
  // `--built-cpu-prof=<folder>`: the built server writes a V8 CPU profile of its whole run there (node --cpu-prof), for DevTools.
  const profileDir = option('built-cpu-prof');
  const child = spawn(process.execPath, [...SERVE_NODE_OPTIONS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), builtEntry], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', RUN_JOBS: 'false', MIGRATE_ON_START: 'false', EXPOSE_SQL_COUNT: 'true' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the built server did not start in 120 s:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /GraphQL:\s+(http:\/\/\S+)\/graphql/.exec(output);
      if (found) { clearTimeout(timer); resolve(found[1]); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the built server exited (${code}):\n${output}`)); });
  });
  return {
    url,
    pid: child.pid!,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) { resolve(); return; }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux). */
async function cpuMsOf(pid: number): Promise<number> {
  // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15 (clock ticks of 10 ms).
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory now and at its peak, in MB, from /proc (Linux). */
async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

/** Self time per function (and per package) while `work` runs, top entries first. */
async function profile(work: () => Promise<unknown>): Promise<string> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  await work();
  const { profile: result } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
  session.disconnect();
  // BENCH_PROFILE_FILE=x.cpuprofile: the whole profile too, for Chrome DevTools (Performance, load profile).
  if (process.env.BENCH_PROFILE_FILE) await writeFile(process.env.BENCH_PROFILE_FILE, JSON.stringify(result));
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const parentOf = new Map<number, number>();
  for (const node of result.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nodeById = new Map(result.nodes.map((node) => [node.id, node]));
  const keyOf = (node: ProfileNode) => {
    const { functionName, url: file, lineNumber } = node.callFrame;
    const where = file.includes('node_modules/') ? file.split('node_modules/').pop()!.split('/').slice(0, file.includes('node_modules/@') ? 2 : 1).join('/') : file.replace(/^.*\/(api|tests)\//, '$1/');
    return { key: `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`, where, functionName };
  };
  let total = 0;
  for (const node of result.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { key, where, functionName } = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + hits);
    const pkg = where.startsWith('api/') ? 'api' : where || functionName || '(native)';
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
    if (!hits) continue;
    // Time with callees: each function once per stack (recursion is not counted twice).
    const seen = new Set<string>();
    for (let at: ProfileNode | undefined = node; at; at = nodeById.get(parentOf.get(at.id) ?? -1)) seen.add(keyOf(at).key);
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + hits);
  }
  const top = (counts: Map<string, number>, n: number) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, hits]) => `  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`).join('\n');
  // Inclusive: the API's own functions and the request pipeline's entry points, without the event loop's frames.
  const ours = new Map([...inclusive].filter(([key]) => / (api|tests)\/| @apollo\/| express| @mikro-orm\/| graphql:| type-graphql/.test(key)));
  return `${top(self, 20)}\n by package or file (self time):\n${top(byPackage, 12)}\n with callees (API, Apollo, Express, GraphQL, MikroORM):\n${top(ours, 20)}`;
}

const f1 = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

// ---- the run -------------------------------------------------------------------------------------

const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: url, EXPOSE_SQL_COUNT: 'true' });
const server = await startServer({ orm, config, logger: createLogger(process.env.BENCH_LOG_LEVEL === 'error' ? 'error' : 'silent') }, 0, '127.0.0.1');
let floorServer: { url: string; close: () => Promise<void> } | null = null;

async function signInCookie(email: string): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signIn(input: { email: "${email}", password: "${SAMPLE_PASSWORD}" }) { user { id } } }` }) });
  return res.headers.get('set-cookie')!.split(';')[0];
}

const sessionHash = (req: http.IncomingMessage) => {
  const token = /(?:^|;\s*)[^=]+=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
  return [createHash('sha256').update(decodeURIComponent(token)).digest('hex')];
};

try {
  await generateTown();
  const reviewer = await signInCookie('reviewer@yuepu.example');
  const talent = await signInCookie('talent@yuepu.example');
  const appId = (await sql.query(`select id from applications where reference = 'YP-B0000003'`)).rows[0].id as string;
  // The points estimate reads no table: its floor is the same answer from memory, the cost of HTTP and JSON alone.
  const pointsAnswer = await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: POINTS_QUERY }) })).text();

  const screens: Screen[] = [
    { name: 'review queue, 50 rows', query: QUEUE_QUERY(50), cookie: reviewer, floor: floorOf(queueFloor(50)) },
    { name: 'event list of 20 with counts', query: EVENTS_QUERY, cookie: talent, floor: floorOf(EVENTS_FLOOR) },
    { name: 'one application with its timeline', query: APPLICATION_QUERY, variables: { id: appId }, cookie: reviewer, floor: floorOf(APPLICATION_FLOOR, () => [appId]) },
    { name: 'points estimate', query: POINTS_QUERY, floor: async () => pointsAnswer },
    { name: 'viewer', query: VIEWER_QUERY, cookie: reviewer, floor: floorOf(VIEWER_FLOOR, sessionHash) },
    { name: 'review queue, 10 rows', query: QUEUE_QUERY(10), cookie: reviewer, floor: floorOf(queueFloor(10)) },
    { name: 'review queue, 100 rows', query: QUEUE_QUERY(100), cookie: reviewer, floor: floorOf(queueFloor(100)) },
  ];
  floorServer = await startFloorServer(screens);
  const measured = screens.filter((screen) => !ONLY || ONLY.some((words) => screen.name.includes(words)));
  const levelsOf = (index: number) => (index === 0 ? [10, 50] : [10]);
  const floors = new Map<string, Measured>();

  console.log(`\nYuepu Hub benchmark${QUICK ? ' (--quick)' : ''} · ${os.cpus().length} cores · Node ${process.version} · ${REQUESTS} requests per run\n`);
  console.log(row(['screen', 'clients', 'API CPU ms/req', 'floor CPU ms/req', 'CPU ratio', 'API req/s', 'floor req/s', 'req/s ratio', 'API p50 / p99 ms', 'floor p50 / p99 ms', 'statements API / floor', 'same JSON']));
  console.log(row(Array(12).fill('---')));
  for (const [index, screen] of screens.entries()) {
    if (!measured.includes(screen)) continue;
    const body = JSON.stringify({ query: screen.query, variables: screen.variables });
    // Warm both (JIT, plans, caches), and check that they answer the same.
    const api = await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(screen.cookie ? { cookie: screen.cookie } : {}) }, body })).json();
    const floor = await (await fetch(`${floorServer.url}/${index}`, { method: 'POST', headers: screen.cookie ? { cookie: screen.cookie } : {}, body })).json();
    const same = isDeepStrictEqual(api, floor);
    if (!same) console.log(`  ${screen.name}: the answers differ\n  API   ${JSON.stringify(api).slice(0, 600)}\n  floor ${JSON.stringify(floor).slice(0, 600)}`);
    await measure(`${server.url}/graphql`, body, screen.cookie, 10, 30);
    await measure(`${floorServer.url}/${index}`, body, screen.cookie, 10, 30);
    const levels = levelsOf(index);
    for (const clients of levels) {
      const a = await measure(`${server.url}/graphql`, body, screen.cookie, clients);
      const f = await measure(`${floorServer.url}/${index}`, body, screen.cookie, clients);
      floors.set(`${screen.name}@${clients}`, f);
      if (a.failures || f.failures) console.log(`  ${screen.name}: ${a.failures} API and ${f.failures} floor requests failed`);
      console.log(row([screen.name, clients, f1(a.cpuMs), f1(f.cpuMs), `${f1(a.cpuMs / f.cpuMs)}×`, a.rps.toFixed(0), f.rps.toFixed(0), `${(a.rps / f.rps).toFixed(2)}×`,
        `${f1(a.p50)} / ${f1(a.p99)}`, `${f1(f.p50)} / ${f1(f.p99)}`, `${a.statements.toFixed(0)} / ${f.statements.toFixed(0)}`, same ? 'yes' : 'NO']));
    }
  }
  const profiled = PROFILE === null ? undefined : screens.find((s) => s.name.includes(PROFILE));
  if (profiled) {
    const body = JSON.stringify({ query: profiled.query, variables: profiled.variables });
    console.log(`\nCPU profile of the server during "${profiled.name}" at 10 clients (self time):\n${await profile(() => measure(`${server.url}/graphql`, body, profiled.cookie, 10))}`);
  }
  // Bytes on the wire for the 50-row queue, as it is sent for each Accept-Encoding.
  const queueBody = JSON.stringify({ query: screens[0].query });
  const sizes = await Promise.all(['identity', 'gzip', 'br'].map((encoding) => new Promise<string>((resolve, reject) => {
    const req = http.request(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding, cookie: reviewer } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(`${res.headers['content-encoding'] ?? 'none'} ${bytes.toLocaleString('en')} B`));
    });
    req.on('error', reject);
    req.end(queueBody);
  })));
  console.log(`\nreview queue, 50 rows, bytes sent: ${sizes.join(' · ')}`);
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  const memory = process.memoryUsage();
  console.log(`server process after the run: rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)} (the bench's own floor server, pool and data load included)`);
  // With node --expose-gc (NODE_OPTIONS=--expose-gc): what is still held once garbage is collected.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    const after = process.memoryUsage();
    console.log(`after a full garbage collection: rss ${mb(after.rss)}, heap used ${mb(after.heapUsed)}, external ${mb(after.external)}, array buffers ${mb(after.arrayBuffers)}`);
  }

  // The same screens on the built server in a process of its own (as production runs it): its CPU
  // per request from /proc, and its memory after the run, which is the RSS issue 13 budgets (200 MB).
  if (!process.argv.includes('--no-built')) {
    await ensureBuiltApi();
    const built = await startBuiltServer(url);
    try {
      const idle = await memoryOf(built.pid);
      console.log(`\nThe built server alone (node ${[...SERVE_NODE_OPTIONS, 'dist/api/src/main.js'].join(' ')}, NODE_ENV=production, API only; sessions are rows, so the same cookies), pid ${built.pid}, rss ${idle.rss.toFixed(0)} MB once started; CPU from /proc (10 ms ticks); floor figures from the table above\n`);
      console.log(row(['screen', 'clients', 'built CPU ms/req', 'CPU ratio to floor', 'built req/s', 'req/s ratio', 'built p50 / p99 ms', 'statements', 'rss after MB']));
      console.log(row(Array(9).fill('---')));
      for (const screen of measured) {
        const index = screens.indexOf(screen);
        const body = JSON.stringify({ query: screen.query, variables: screen.variables });
        await measure(`${built.url}/graphql`, body, screen.cookie, 10, 30, built.pid);
        for (const clients of levelsOf(index)) {
          const b = await measure(`${built.url}/graphql`, body, screen.cookie, clients, REQUESTS, built.pid);
          const f = floors.get(`${screen.name}@${clients}`)!;
          if (b.failures) console.log(`  ${screen.name}: ${b.failures} requests to the built server failed`);
          console.log(row([screen.name, clients, f1(b.cpuMs), `${f1(b.cpuMs / f.cpuMs)}×`, b.rps.toFixed(0), `${(b.rps / f.rps).toFixed(2)}×`, `${f1(b.p50)} / ${f1(b.p99)}`,
            b.statements.toFixed(0), (await memoryOf(built.pid)).rss.toFixed(0)]));
        }
      }
      const after = await memoryOf(built.pid);
      console.log(`\nbuilt server after the run: rss ${after.rss.toFixed(0)} MB, peak rss ${after.peak.toFixed(0)} MB (issue 13's budget: 200 MB)`);
    } finally {
      await built.stop();
    }
  }
} finally {
  await floorServer?.close();
  await server.close();
  await sql.end();
  await orm.close(true);
  if (embedded) await embedded.stop();
  if (benchServer) {
    const admin = new pg.Client({ connectionString: benchServer });
    await admin.connect();
    await admin.query(`drop database if exists ${benchDatabase} with (force)`);
    await admin.end();
  }
}
