import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../../api/src/core/db/orm.config.js';
import { createLogger } from '../../../api/src/core/logging/logger.js';
import { User } from '../../../api/src/modules/account/user.entity.js';
import { cloneTemplate } from '../../helpers/database.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

// SQL values never reach a log: the failures below are provoked for real, and every line the
// server, the ORM or the start-up wrote is read back for the values involved.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

function capturingLogger(): { logger: ReturnType<typeof createLogger>; text: () => string } {
  let text = '';
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { logger: createLogger('debug', sink), text: () => text };
}

const flushLogs = () => new Promise((r) => setTimeout(r, 100));

describe('failures that used to log values', () => {
  it('a failing policy search logs the failure, not the statement with the search words', async () => {
    // The search fails in the database (a column is missing for a moment), as any bug or outage would make it.
    await app.sql('alter table policy_versions rename column keywords to keywords_gone');
    let requestId: string | null = null;
    try {
      const res = await (await app.client()).request('query($s: String) { policies(search: $s, first: 5) { totalCount } }', { s: 'Zhangsan-private-words 310' });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      requestId = res.headers.get('x-request-id');
    } finally {
      await app.sql('alter table policy_versions rename column keywords_gone to keywords');
    }
    await flushLogs();
    const logged = app.logs();
    expect(logged).toContain('unexpected error in resolver');
    // The request's own logger (made on first use since issue 13) names the request.
    const line = logged.split('\n').find((l) => l.includes('unexpected error in resolver'));
    expect(requestId).toMatch(/^[\w-]{8,64}$/);
    expect(JSON.parse(line!)).toMatchObject({ requestId });
    expect(logged).toContain('42703');
    expect(logged).not.toContain('Zhangsan-private-words');
    expect(logged).not.toMatch(/select .* from/i);
  });

  it('a unique violation from the driver or the ORM logs its constraint, not the row (Key (email)=(…))', async () => {
    const { logger, text } = capturingLogger();
    const secretEmail = 'private.person@example.com';
    await app.sql(`update users set email = '${secretEmail}' where email = 'talent5@yuepu.example'`);
    const viaDriver = await app.sql('insert into users (id, email, display_name, role, password_hash) values (gen_random_uuid(), ?, ?, ?, ?)', [secretEmail, 'X', 'TALENT', '$argon2id$v=19$secret-hash'])
      .catch((error: unknown) => error);
    const em = app.orm.em.fork();
    em.create(User, { email: secretEmail, displayName: 'Y', role: 'TALENT' as User['role'], passwordHash: '$argon2id$v=19$other-secret' });
    const viaOrm = await em.flush().catch((error: unknown) => error);
    expect(String((viaDriver as Error).message)).toContain(secretEmail);
    logger.error({ err: viaDriver }, 'insert failed');
    logger.error({ err: viaOrm, detail: (viaOrm as { detail?: string }).detail }, 'flush failed');
    logger.error(`raw text: ${(viaOrm as Error).message}`);
    await flushLogs();
    const logged = text();
    expect(logged).toContain('users_email_unique');
    expect(logged).toContain('23505');
    for (const secret of [secretEmail, 'secret-hash', 'other-secret', 'insert into']) expect(logged).not.toContain(secret);
  });

  it('the ORM prints no statement even with debug turned on', async () => {
    let printed = '';
    const orm = await MikroORM.init(ormOptions(app.orm.config.get('clientUrl'), { debug: true, logger: (line: string) => (printed += `${line}\n`) }));
    try {
      await orm.em.fork().getConnection().execute('select count(*) from users where email = ?', ['debug-secret@example.com']);
      await orm.em.fork().find(User, { email: 'another-secret@example.com' });
    } finally {
      await orm.close(true);
    }
    expect(printed).not.toContain('debug-secret');
    expect(printed).not.toContain('another-secret');
  });
});

describe('start-up failure', () => {
  it('says what failed, without the statement, the admin email or the password hash', async () => {
    const { serverUrl, template } = inject('testDatabase');
    const url = await cloneTemplate(serverUrl, template);
    const setup = await MikroORM.init(ormOptions(url));
    try {
      const sql = (q: string) => setup.em.fork().getConnection().execute(q);
      // No administrator yet, so start-up creates one from ADMIN_EMAIL; and the insert fails.
      await sql(`update users set role = 'REVIEWER' where role = 'ADMIN'`);
      await sql(`create function refuse_insert() returns trigger language plpgsql as $$ begin raise exception 'users are read-only today' using errcode = 'P0001'; end $$`);
      await sql('create trigger refuse_insert before insert on users for each row execute function refuse_insert()');
    } finally {
      await setup.close(true);
    }
    const adminEmail = 'first.admin.private@example.com';
    const adminPassword = 'Very-Secret-Admin-Password';
    const child = spawn(process.execPath, ['node_modules/vite-node/dist/cli.mjs', 'api/src/main.ts'], {
      env: { ...process.env, DATABASE_URL: url, PORT: '0', NODE_ENV: '', LOG_LEVEL: 'debug', SEED_SAMPLE_DATA: 'true', ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD: adminPassword },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/Yuepu Hub could not start: could not create the first administrator \(ADMIN_EMAIL\): database error .*SQLSTATE P0001/);
    for (const secret of [adminEmail, adminPassword, '$argon2', 'insert into', 'read-only today']) expect(output).not.toContain(secret);
  }, 60_000);
});
