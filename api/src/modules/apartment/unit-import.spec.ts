import { describe, expect, it } from 'vitest';
import { parseCsv, parseUnitCsv } from './unit-import.js';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,"b,c","say ""hi"""\r\n1,2,3\n')).toEqual([['a', 'b,c', 'say "hi"'], ['1', '2', '3']]);
  });
});

describe('parseUnitCsv', () => {
  it('takes English or Chinese headers and layout names; status defaults to AVAILABLE', () => {
    const { rows, problems } = parseUnitCsv('房号,户型,面积,月租金\n1-101,一室户,48.5,2600\n1-102,STUDIO,30,1800\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, code: '1-101', layout: 'ONE_BEDROOM', areaSqm: 48.5, monthlyRentYuan: 2600, status: 'AVAILABLE' },
      { line: 3, code: '1-102', layout: 'STUDIO', areaSqm: 30, monthlyRentYuan: 1800, status: 'AVAILABLE' },
    ]);
  });

  it('reports every bad row with its line, column and the row as written', () => {
    const csv = 'code,layout,areaSqm,monthlyRentYuan,status\nA-1,ONE_BEDROOM,45,2400,\nA-2,PENTHOUSE,45,2400,\nA-3,STUDIO,abc,2400,\nA-1,STUDIO,30,99,OCCUPIED\n';
    const { rows, problems } = parseUnitCsv(csv);
    expect(rows.map((r) => r.code)).toEqual(['A-1']);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[3, 'layout'], [4, 'areaSqm'], [5, 'code'], [5, 'monthlyRentYuan'], [5, 'status']]);
    expect(problems[0]?.raw).toBe('A-2,PENTHOUSE,45,2400,');
    expect(problems[2]?.message.en).toBe('Unit A-1 is also on line 2.');
  });

  it('needs a header with the four columns', () => {
    expect(parseUnitCsv('1-101,STUDIO,30,1800').problems[0]).toMatchObject({ line: 1, column: null });
  });
});
