import { describe, expect, it } from 'vitest';
import { describeSafely, safePostgresLog, safeText } from './safe-error.js';

describe('text bound for a log', () => {
  it('withholds statements and key echoes, keeps ordinary messages', () => {
    expect(safeText("insert into \"users\" (\"email\") values ('a@b.example')")).not.toContain('a@b');
    expect(safeText('Key (email)=(a@b.example) already exists.')).not.toContain('a@b');
    expect(safeText('select * from policies where title like \'%words%\'')).not.toContain('words');
    expect(safeText('shutting down: finishing requests in flight')).toBe('shutting down: finishing requests in flight');
    expect(safeText('ID 310101199001011234 seen')).not.toContain('199001011234');
  });

  it('still scrubs text that has a single digit or quote among plain words (the fast path for plain text, issue 13)', () => {
    expect(safeText('POST /graphql query viewer')).toBe('POST /graphql query viewer');
    expect(safeText('电话 13812345678 请回电')).toBe('电话 138****5678 请回电');
    expect(safeText('证件 31011519900101123X')).toBe('证件 310***********123X');
    expect(safeText('账户 6222021234567890123')).toBe('账户 ***************0123');
    expect(safeText('select name from users where email = $1')).toMatch(/withheld/);
    expect(safeText('Key (email)=(someone@example.com) already exists')).toMatch(/withheld/);
    expect(safeText("update users set name where x'")).toMatch(/withheld/);
  });

  it('keeps only the severity of the embedded PostgreSQL\'s error lines', () => {
    const lines = [
      '2026-12-04 12:00:00.000 CST [123] ERROR:  invalid input syntax for type uuid: "my-secret"',
      '2026-12-04 12:00:00.000 CST [123] DETAIL:  Key (email)=(x@y.example) already exists.',
      '2026-12-04 12:00:00.000 CST [123] STATEMENT:  select 1 where a = \'secret\'',
      '2026-12-04 12:00:00.000 CST [123] LOG:  database system is ready to accept connections',
    ].join('\n');
    const safe = safePostgresLog(lines);
    expect(safe).not.toMatch(/my-secret|x@y|secret'/);
    expect(safe).toContain('ERROR: (text withheld');
    expect(safe).toContain('database system is ready');
  });

  it('describes a driver error by its SQLSTATE and constraint only', () => {
    const error = Object.assign(new Error('insert into users values ($1) - duplicate key value violates unique constraint "users_email_unique"'), {
      code: '23505', severity: 'ERROR', constraint: 'users_email_unique', table: 'users', detail: 'Key (email)=(a@b.example) already exists.',
    });
    expect(describeSafely(error)).toBe('database error (statement and values withheld from the log) (SQLSTATE 23505, constraint users_email_unique, table users)');
  });
});
