import { describe, expect, it } from 'vitest';
import { theRow } from './rows.js';

describe('theRow', () => {
  it('gives the first row', () => {
    expect(theRow([{ n: 1 }, { n: 2 }], 'select')).toEqual({ n: 1 });
  });

  it('throws, naming the statement, when there is none', () => {
    expect(() => theRow([], 'select count(*)')).toThrow('select count(*) returned no row');
  });
});
