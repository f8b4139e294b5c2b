import { DriverException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { busyCause } from './busy.js';

const pgError = (code: string) => Object.assign(new Error('canceling statement due to statement timeout'), { code, severity: 'ERROR' });

describe('which failures mean "the database is busy, try again"', () => {
  it('knows the pool, timeouts and lost connections, also wrapped by MikroORM', () => {
    const knexTimeout = Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'), { name: 'KnexTimeoutError' });
    expect(busyCause(knexTimeout)).toBe('pool exhausted (acquire timeout)');
    expect(busyCause(new DriverException(knexTimeout))).toBe('pool exhausted (acquire timeout)');
    expect(busyCause(new DriverException(pgError('57014')))).toBe('statement timeout');
    expect(busyCause(pgError('55P03'))).toBe('lock timeout');
    expect(busyCause(pgError('25P03'))).toBe('idle in transaction timeout');
    expect(busyCause(pgError('53300'))).toBe('too many connections');
    expect(busyCause(pgError('08006'))).toBe('connection failed or lost');
    expect(busyCause(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe('connection failed or lost');
    expect(busyCause(new Error('Connection terminated unexpectedly'))).toBe('connection failed or lost');
    expect(busyCause(new Error('outer', { cause: pgError('57014') }))).toBe('statement timeout');
  });

  it('leaves bugs and refused values alone', () => {
    expect(busyCause(pgError('23505'))).toBeNull();
    expect(busyCause(pgError('22P02'))).toBeNull();
    expect(busyCause(new TypeError('x is undefined'))).toBeNull();
    expect(busyCause('a string')).toBeNull();
    expect(busyCause(null)).toBeNull();
  });
});
