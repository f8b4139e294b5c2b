import type ExcelJS from 'exceljs';
import { spreadsheetSafe } from './csv.js';
import { loadPackage } from './lazy-package.js';

/**
 * The one way to write and read `.xlsx` workbooks (exports, import templates, imports): our
 * creator name, text that a spreadsheet must never run as a formula, and a reader that refuses
 * what an import cannot trust (formulas, oversized or broken files) before ExcelJS unpacks it.
 */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ExcelJS and what it pulls in (zip, XML, CSV libraries) are about 6 MB of heap that stays for
// the life of the process, and its code is read only by exports, import templates and imports:
// loaded on the first of those, not at start-up (issue 13: memory of the API server).
const loadExcel = (): typeof ExcelJS => loadPackage('exceljs') as typeof ExcelJS;

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const book = new (loadExcel().Workbook)();
  book.creator = 'Yuepu Hub 月浦人才与科创联盟服务平台';
  book.created = new Date();
  return book;
}

/** Makes every text cell of the given columns (1-based) safe from formula injection. */
export function guardTextColumns(sheet: ExcelJS.Worksheet, columns: number[]): void {
  for (const column of columns) {
    sheet.getColumn(column).eachCell((cell) => {
      if (typeof cell.value === 'string') cell.value = spreadsheetSafe(cell.value);
    });
  }
}

export async function workbookBuffer(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

// ---- reading ----------------------------------------------------------------------------------

/** Why a file cannot be read as a workbook at all (not a row's problem). */
export type WorkbookProblem = 'NOT_XLSX' | 'TOO_LARGE_UNPACKED' | 'NO_SHEET';

export class WorkbookUnreadable extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(problem);
  }
}

/** What one cell held, as the importer sees it. */
export type CellRead =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'formula' }
  | { kind: 'unsupported' };

export interface SheetRow {
  /** The row number Excel shows (the header is row 1). */
  number: number;
  cells: CellRead[];
}

/**
 * Sums the uncompressed sizes the zip's central directory declares, so a small file that
 * unpacks to gigabytes (a zip bomb) is refused before ExcelJS inflates it. A file that is not a
 * zip at all is NOT_XLSX.
 */
export function unpackedSize(bytes: Buffer): number {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  const start = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= start; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new WorkbookUnreadable('NOT_XLSX');
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw new WorkbookUnreadable('NOT_XLSX');
    const size = bytes.readUInt32LE(offset + 24);
    // 0xFFFFFFFF means a ZIP64 size: far beyond any workbook we take.
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}

function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'unsupported' };
  if (value instanceof Date) return { kind: 'date', value };
  if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
  if ('richText' in value) return readCell(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return readCell(typeof value.text === 'string' ? value.text : null);
  return { kind: 'unsupported' };
}

export interface ReadLimits {
  /** Bytes the workbook's parts may unpack to. */
  maxUnpackedBytes: number;
  /** Data rows after the header. */
  maxRows: number;
  columns: number;
}

/**
 * The first sheet's header (row 1) and data rows, each cell as `CellRead`; rows with nothing in
 * them are left out. More data rows than allowed: `rows` stops one past the limit so the caller
 * can say so.
 */
export async function readFirstSheet(bytes: Buffer, limits: ReadLimits): Promise<{ header: string[]; rows: SheetRow[] }> {
  if (unpackedSize(bytes) > limits.maxUnpackedBytes) throw new WorkbookUnreadable('TOO_LARGE_UNPACKED');
  const book = new (loadExcel().Workbook)();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookUnreadable('NOT_XLSX');
  }
  const sheet = book.worksheets.at(0);
  if (!sheet) throw new WorkbookUnreadable('NO_SHEET');
  const header: string[] = [];
  for (let c = 1; c <= limits.columns; c++) {
    const cell = readCell(sheet.getRow(1).getCell(c).value);
    header.push(cell.kind === 'text' ? cell.text.trim() : '');
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1 || rows.length > limits.maxRows) return;
    const cells: CellRead[] = [];
    for (let c = 1; c <= limits.columns; c++) cells.push(readCell(row.getCell(c).value));
    if (cells.every((cell) => cell.kind === 'empty')) return;
    rows.push({ number, cells });
  });
  return { header, rows };
}
