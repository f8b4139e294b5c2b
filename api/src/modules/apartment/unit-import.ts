// CSV import of units: parse, then check every row. Pure; the service adds the check against the
// units already in the project and imports all rows or none.
import type { LocalisedText } from '../../core/errors/domain-error.js';
import { LAYOUT_NAMES, UnitLayout, UnitStatus } from './apartment.enums.js';

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

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

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
    problems.push({ line: 1, column: null, raw: headerCells.join(','), message: t(
      `第一行须为表头，至少包含：房号(code)、户型(layout)、面积(areaSqm)、月租金(monthlyRentYuan)；缺少：${missing.join('、') || '表头'}。`,
      `The first line must be a header with at least code, layout, areaSqm, monthlyRentYuan; missing: ${missing.join(', ') || 'the header'}.`) });
    return { rows, problems };
  }
  const body = lines.slice(1).map((cells, i) => ({ cells, line: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (body.length === 0) problems.push({ line: 1, column: null, raw: headerCells.join(','), message: t('文件中没有房源行。', 'The file has no unit rows.') });
  if (body.length > MAX_IMPORT_ROWS) {
    problems.push({ line: 1, column: null, raw: headerCells.join(','), message: t(`一次最多导入 ${MAX_IMPORT_ROWS} 套。`, `At most ${MAX_IMPORT_ROWS} units at a time.`) });
    return { rows, problems };
  }
  const seen = new Map<string, number>();
  for (const { cells, line } of body) {
    const raw = cells.join(',');
    const cell = (c: Column) => (at[c] >= 0 ? (cells[at[c]] ?? '').trim() : '');
    const bad = (column: Column, zh: string, en: string) => problems.push({ line, column, raw, message: t(zh, en) });
    const before = problems.length;

    const code = cell('code');
    if (!code) bad('code', '房号为空。', 'The unit number is empty.');
    else if (!/^[\p{L}\p{N}-]{1,20}$/u.test(code)) bad('code', '房号最多 20 个字，只能含字母、数字和连字符。', 'A unit number has at most 20 letters, digits or hyphens.');
    else if (seen.has(code.toUpperCase())) bad('code', `房号 ${code} 与第 ${seen.get(code.toUpperCase())} 行重复。`, `Unit ${code} is also on line ${seen.get(code.toUpperCase())}.`);
    else seen.set(code.toUpperCase(), line);

    const layout = LAYOUT_WORDS[cell('layout').toLowerCase()];
    if (!layout) bad('layout', `户型「${cell('layout')}」无效，应为 STUDIO、ONE_BEDROOM、TWO_BEDROOM、THREE_BEDROOM（或开间、一室户、两室户、三室户）。`, `Layout "${cell('layout')}" is not valid: STUDIO, ONE_BEDROOM, TWO_BEDROOM or THREE_BEDROOM.`);

    const areaText = cell('areaSqm');
    const area = Number(areaText);
    if (!/^\d+(\.\d{1,2})?$/.test(areaText) || area < 10 || area > 300) bad('areaSqm', `面积「${areaText}」无效，应为 10 到 300 之间的数字（平方米，最多两位小数）。`, `Area "${areaText}" is not valid: a number of square metres from 10 to 300, at most two decimals.`);

    const rentText = cell('monthlyRentYuan');
    const rent = Number(rentText);
    if (!/^\d+$/.test(rentText) || rent < 100 || rent > 100_000) bad('monthlyRentYuan', `月租金「${rentText}」无效，应为 100 到 100000 之间的整数（元）。`, `Rent "${rentText}" is not valid: whole yuan from 100 to 100,000.`);

    const status = STATUS_WORDS[cell('status').toLowerCase()];
    if (!status) bad('status', `状态「${cell('status')}」无效：导入的房源只能是 AVAILABLE（空置）或 MAINTENANCE（维修中）。`, `Status "${cell('status')}" is not valid: imported units are AVAILABLE or MAINTENANCE.`);

    // layout and status are known whenever the row added no problem.
    if (problems.length === before && layout && status) rows.push({ line, code, layout, areaSqm: area, monthlyRentYuan: rent, status });
  }
  return { rows, problems };
}
