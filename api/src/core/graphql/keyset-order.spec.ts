import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { encodeKeyset, KeysetOrder, keysetWindow } from './pagination.js';

const ID = '01234567-89ab-4cde-8f01-23456789abcd';

describe('keyset cursors of several parts', () => {
  const order = new KeysetOrder([{ int: 'a' }, { time: 't' }], 'x.id');

  it('reads back the values a row gave, negative ones included', () => {
    const row = { id: ID, sort_0: '-17', sort_1: '1764000000123456' };
    const cursor = encodeKeyset({ asOf: '0', ...order.keyOf(row) });
    expect(keysetWindow({ first: 5, after: cursor })).toEqual({ limit: 5, offset: 0, after: { asOf: '0', key: '-17', more: ['1764000000123456'], id: ID } });
  });

  it('puts a row after the cursor when its values, then its id, come later', () => {
    const window = keysetWindow({ first: 5, after: encodeKeyset({ asOf: '0', key: '3', more: ['9'], id: ID }) });
    expect(order.after(window)).toEqual({
      sql: ` and (a, t, x.id) > (?::bigint, (timestamptz 'epoch' + ?::bigint * interval '1 microsecond'), ?::uuid)`,
      params: ['3', '9', ID],
    });
    expect(order.orderBy).toBe('a, t, x.id');
    expect(new KeysetOrder([{ time: 't' }], 'id', true).orderBy).toBe('t desc, id desc');
  });

  it('refuses a cursor with another number of parts than the order has', () => {
    const window = keysetWindow({ first: 5, after: encodeKeyset({ asOf: '0', key: '3', id: ID }) });
    expect(() => order.after(window)).toThrow(/after cursor is not valid/);
  });
});
