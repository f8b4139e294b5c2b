import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('CSV', () => {
  it('starts with a BOM, quotes what needs it and defuses formulas', () => {
    const text = toCsv([['企业', 'n'], ['上海"示例",公司', 3], ['=HYPERLINK("x")', null]]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('企业,n\r\n"上海""示例"",公司",3\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
});
