// CSV import of units: parse, then check every row. Pure; the service adds the check against the
// units already in the project and imports all rows or none.
import type { LocalisedText } from '../../core/errors/domain-error.js';
import { LAYOUT_NAMES, UnitLayout, UnitStatus } from './apartment.enums.js';
import { APARTMENT_MESSAGES as M } from './apartment.messages.js';

export const MAX_IMPORT_ROWS = 500;

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF), ignoring a leading byte-order mark. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface UnitRow {
  code: string;
  layout: UnitLayout;
  areaSqm: number;
  monthlyRentYuan: number;
  status: UnitStatus.AVAILABLE | UnitStatus.MAINTENANCE;
}

export interface RowProblem {
  /** Line in the file, counting the header as line 1. */
  line: number;
  column: UnitColumn | null;
  message: LocalisedText;
  /** The row as it was in the file, so the page can show it. */
  raw: string;
}

export type ParsedImport = { rows: (UnitRow & { line: number })[]; problems: RowProblem[] };

/** Header names accepted for each column (English or Chinese). */
const COLUMNS = {
  code: ['code', 'unit', '房号'],
  layout: ['layout', '户型'],
  areaSqm: ['areasqm', 'area', '面积', '建筑面积'],
  monthlyRentYuan: ['monthlyrentyuan', 'rent', '月租金', '租金'],
  status: ['status', '状态'],
} as const;

export type UnitColumn = keyof typeof COLUMNS;
type Column = UnitColumn;

const LAYOUT_WORDS = Object.fromEntries([
  ...Object.values(UnitLayout).map((l) => [l.toLowerCase(), l]),
  ...Object.entries(LAYOUT_NAMES).flatMap(([l, n]) => [[n.zh, l], [n.en, l]]),
  ['一室', UnitLayout.ONE_BEDROOM], ['两室', UnitLayout.TWO_BEDROOM], ['二室', UnitLayout.TWO_BEDROOM], ['三室', UnitLayout.THREE_BEDROOM],
]) as Record<string, UnitLayout>;

const STATUS_WORDS: Record<string, UnitRow['status']> = {
  available: UnitStatus.AVAILABLE, '': UnitStatus.AVAILABLE, 空置: UnitStatus.AVAILABLE, 可配: UnitStatus.AVAILABLE,
  maintenance: UnitStatus.MAINTENANCE, 维修: UnitStatus.MAINTENANCE, 维修中: UnitStatus.MAINTENANCE,
};


/**
 * Every row's problems with the line it is on; a file problem (no header, too many rows) is
 * reported on line 1. Rows may be imported only when `problems` is empty.
 */
export function parseUnitCsv(text: string): ParsedImport {
  const lines = parseCsv(text);
  const problems: RowProblem[] = [];
  const rows: (UnitRow & { line: number })[] = [];
  const headerCells = lines[0] ?? [];
  const header = headerCells.map((h) => h.trim().toLowerCase().replace(/[\s_()（）]/g, ''));
  const at = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    at[column] = header.findIndex((h) => (COLUMNS[column] as readonly string[]).includes(h));
  }
  const missing = (['code', 'layout', 'areaSqm', 'monthlyRentYuan'] as Column[]).filter((c) => at[c] < 0);
  if (lines.length === 0 || missing.length > 0) {
    problems.push({ line: 1, column: null, raw: headerCells.join(','), message: M.unitImportHeader(missing) });
    return { rows, problems };
  }
  const body = lines.slice(1).map((cells, i) => ({ cells, line: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (body.length === 0) problems.push({ line: 1, column: null, raw: headerCells.join(','), message: M.noUnitRows });
  if (body.length > MAX_IMPORT_ROWS) {
    problems.push({ line: 1, column: null, raw: headerCells.join(','), message: M.tooManyUnitRows(MAX_IMPORT_ROWS) });
    return { rows, problems };
  }
  const seen = new Map<string, number>();
  for (const { cells, line } of body) {
    const raw = cells.join(',');
    const cell = (c: Column) => (at[c] >= 0 ? (cells[at[c]] ?? '').trim() : '');
    const bad = (column: Column, message: LocalisedText) => problems.push({ line, column, raw, message });
    const before = problems.length;

    const code = cell('code');
    if (!code) bad('code', M.unitCodeEmpty);
    else if (!/^[\p{L}\p{N}-]{1,20}$/u.test(code)) bad('code', M.unitCodeFormat);
    else if (seen.has(code.toUpperCase())) bad('code', M.unitCodeRepeated(code, seen.get(code.toUpperCase())));
    else seen.set(code.toUpperCase(), line);

    const layout = LAYOUT_WORDS[cell('layout').toLowerCase()];
    if (!layout) bad('layout', M.layoutInvalid(cell('layout')));

    const areaText = cell('areaSqm');
    const area = Number(areaText);
    if (!/^\d+(\.\d{1,2})?$/.test(areaText) || area < 10 || area > 300) bad('areaSqm', M.areaInvalid(areaText));

    const rentText = cell('monthlyRentYuan');
    const rent = Number(rentText);
    if (!/^\d+$/.test(rentText) || rent < 100 || rent > 100_000) bad('monthlyRentYuan', M.rentInvalid(rentText));

    const status = STATUS_WORDS[cell('status').toLowerCase()];
    if (!status) bad('status', M.statusInvalid(cell('status')));

    // layout and status are known whenever the row added no problem.
    if (problems.length === before && layout && status) rows.push({ line, code, layout, areaSqm: area, monthlyRentYuan: rent, status });
  }
  return { rows, problems };
}
