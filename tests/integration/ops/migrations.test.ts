import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../api/src/core/config.js';
import { ensureDatabase } from '../../../api/src/core/db/embedded.js';
import { ormOptions } from '../../../api/src/core/db/orm.config.js';
import { SchemaTooNewError } from '../../../api/src/core/db/schema-version.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { MIGRATIONS } from '../../../api/src/migrations/index.js';
import { prepareDatabase } from '../../../api/src/prepare-database.js';
import { cloneTemplate, databaseUrl } from '../../helpers/database.js';
import { ensureBuilt, spawnApp, stopApp } from '../../helpers/processes.js';

// Operators' view of the schema: instances starting together on an empty database, `npm run
// migrate` before rolling, a release that meets a database newer than itself, and entities that
// declare exactly what the migrations made.

const { serverUrl, template } = inject('testDatabase');
const created: string[] = [];
async function emptyDatabase(): Promise<string> {
  const name = `yp_ops_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(databaseUrl(serverUrl, 'postgres'), name);
  created.push(name);
  return databaseUrl(serverUrl, name);
}
async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of created) await query(databaseUrl(serverUrl, 'postgres'), `drop database if exists "${name}" with (force)`);
});

describe('migrations and seed data under one lock', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('three instances preparing an empty database at once all succeed, and everything is applied and loaded once', async () => {
    const url = await emptyDatabase();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url });
    const logger = createLogger('silent');
    const orms = await Promise.all([1, 2, 3].map(() => MikroORM.init(ormOptions(url))));
    try {
      const results = await Promise.allSettled(orms.map((orm) => prepareDatabase(orm, url, config, logger)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    } finally {
      await Promise.all(orms.map((orm) => orm.close(true)));
    }
    const [migrations] = await query<{ n: number }>(url, 'select count(*)::int as n, count(distinct name)::int as d from mikro_orm_migrations');
    expect(migrations).toEqual({ n: MIGRATIONS.length, d: MIGRATIONS.length });
    const markers = await query<{ key: string; n: number }>(url, "select key, count(*)::int as n from app_meta where key like 'sample_data:%' group by key having count(*) > 1");
    expect(markers).toEqual([]);
    // The same sample data as a database seeded alone (the tests' template).
    const organisations = 'select count(*)::int as n from organisations';
    expect(await query(url, organisations)).toEqual(await query(databaseUrl(serverUrl, template), organisations));
  }, 120_000);

  it('refuses a database that a newer release has migrated, naming the unknown migration', async () => {
    const url = await emptyDatabase();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, SEED_SAMPLE_DATA: 'false' });
    const orm = await MikroORM.init(ormOptions(url));
    try {
      await prepareDatabase(orm, url, config, createLogger('silent'));
      await query(url, "insert into mikro_orm_migrations (name) values ('Migration20991231000000_from_the_future')");
      await expect(prepareDatabase(orm, url, config, createLogger('silent'))).rejects.toThrow(SchemaTooNewError);
    } finally {
      await orm.close(true);
    }
    // The real entry point says so and exits non-zero instead of serving.
    const app = await spawnApp({ DATABASE_URL: url, SEED_SAMPLE_DATA: 'false' });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('The database schema is newer than this release: it has migration(s) Migration20991231000000_from_the_future');
  }, 120_000);

  it('with MIGRATE_ON_START=false an instance is not ready until `npm run migrate`, then serves', async () => {
    const url = await emptyDatabase();
    const app = await spawnApp({ DATABASE_URL: url, MIGRATE_ON_START: 'false' });
    let stopped = false;
    try {
      let ready: Response | null = null;
      // Up to 60 s: a loaded machine can take a while to start the built server.
      for (let i = 0; i < 600 && !ready; i++) {
        ready = await fetch(`${app.url}/readyz`).catch(() => null);
        if (!ready) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ready!.status).toBe(503);
      expect(await ready!.json()).toEqual({ status: 'waiting for migrations (npm run migrate)' });
      const early = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ organisations { totalCount } }"}' });
      expect(early.status).toBe(503);
      expect(((await early.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

      const migrate = spawnSync(process.execPath, ['scripts/run-built.mjs', 'migrate'], {
        cwd: path.resolve(import.meta.dirname, '../../..'),
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      });
      expect(migrate.status).toBe(0);
      expect(migrate.stdout).toContain(`Applied ${MIGRATIONS.length} migration(s)`);
      await app.ready;
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      const again = spawnSync(process.execPath, ['scripts/run-built.mjs', 'migrate'], { cwd: path.resolve(import.meta.dirname, '../../..'), env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
      expect(again.stdout).toContain('nothing to apply');
      expect(await stopApp(app), app.output()).toBe(0);
      stopped = true;
    } finally {
      // After a failure above, only stop it: an assertion here would hide the first failure.
      if (!stopped) await stopApp(app);
    }
  }, 120_000);
});

describe('entities and migrations agree', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    // A clone of the template (migrated, job schema installed): connecting to the template itself would stop other files cloning it.
    const url = await cloneTemplate(serverUrl, template);
    created.push(new URL(url).pathname.slice(1));
    orm = await MikroORM.init(ormOptions(url));
  });
  afterAll(() => orm?.close(true));

  it('a fully migrated database needs no schema change according to the entities (what `npm run migration:create` would propose)', async () => {
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    // graphile_worker is the job engine's own schema, migrated by the engine, not by us.
    const proposed = sql.split('\n').filter((line) => line.trim() !== '' && !line.includes('graphile_worker')).join('\n');
    expect(proposed, `the entities do not declare what the migrations made; a generated migration would run:\n${proposed}`).toBe('');
  }, 60_000);

  it('every check an entity declares reads exactly as PostgreSQL stores it', async () => {
    // The schema diff compares checks loosely (no parentheses, casts or case), so `a and b or c`
    // would pass for `a and (b or c)`: compare the text itself with pg_get_constraintdef.
    const stored = new Map((await orm.em.fork().execute<{ name: string; def: string }[]>(
      `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint where contype = 'c'`)).map((row) => [row.name, row.def]));
    const declared = Object.values(orm.getMetadata().getAll()).flatMap((meta) => meta.checks.map((check) => ({ name: check.name!, def: `CHECK (${String(check.expression)})` })));
    expect(declared.length).toBeGreaterThan(50);
    expect(declared.filter(({ name, def }) => stored.get(name) !== def).map(({ name, def }) => ({ name, declared: def, stored: stored.get(name) }))).toEqual([]);
  });
});
