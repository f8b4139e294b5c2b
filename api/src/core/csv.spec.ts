import { describe, expect, it } from 'vitest';
import { csvPages, toCsv } from './csv.js';

describe('CSV', () => {
  it('starts with a BOM, quotes what needs it and defuses formulas', () => {
    const text = toCsv([['企业', 'n'], ['上海"示例",公司', 3], ['=HYPERLINK("x")', null]]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('企业,n\r\n"上海""示例"",公司",3\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
});

describe('CSV in pages', () => {
  it('gives the same text as the whole CSV, page by page', async () => {
    async function* pages() {
      yield [['a', 1], ['=b', null]];
      yield [];
      yield [['c,d', 2]];
    }
    let text = '';
    for await (const piece of csvPages(['h', 'n'], pages())) text += piece;
    expect(text).toBe(toCsv([['h', 'n'], ['a', 1], ['=b', null], ['c,d', 2]]));
  });
});
