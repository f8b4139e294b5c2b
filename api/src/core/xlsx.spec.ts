import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFirstSheet, unpackedSize, WorkbookUnreadable } from './xlsx.js';

async function book(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const b = new ExcelJS.Workbook();
  const sheet = b.addWorksheet('S');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await b.xlsx.writeBuffer());
}

const limits = { maxUnpackedBytes: 10_000_000, maxRows: 10, columns: 3 };

describe('readFirstSheet', () => {
  it('reads text, numbers, dates, rich text; marks formulas; skips empty rows', async () => {
    const bytes = await book([
      ['h1', 'h2', 'h3'],
      ['text', 42, new Date(Date.UTC(2024, 2, 1))],
      [],
      [{ formula: '1+1', result: 2 }, { richText: [{ text: 'ri' }, { text: 'ch' }] }, '  '],
    ]);
    const { header, rows } = await readFirstSheet(bytes, limits);
    expect(header).toEqual(['h1', 'h2', 'h3']);
    expect(rows.map((r) => r.number)).toEqual([2, 4]);
    expect(rows[0]?.cells).toEqual([{ kind: 'text', text: 'text' }, { kind: 'number', value: 42 }, { kind: 'date', value: new Date(Date.UTC(2024, 2, 1)) }]);
    expect(rows[1]?.cells).toEqual([{ kind: 'formula' }, { kind: 'text', text: 'rich' }, { kind: 'empty' }]);
  });

  it('refuses a file that is no zip, and one whose parts claim to unpack to more than allowed (a zip bomb) before unpacking it', async () => {
    await expect(readFirstSheet(Buffer.from('plain text, not a zip'), limits)).rejects.toEqual(new WorkbookUnreadable('NOT_XLSX'));
    const bytes = await book([['a']]);
    expect(unpackedSize(bytes)).toBeGreaterThan(0);
    // Claim 2 GB for the first part in the central directory.
    const patched = Buffer.from(bytes);
    const central = patched.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    patched.writeUInt32LE(0x7fffffff, central + 24);
    await expect(readFirstSheet(patched, limits)).rejects.toEqual(new WorkbookUnreadable('TOO_LARGE_UNPACKED'));
  });
});
