/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel on Chinese Windows reads the
 * characters), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula (=, +, -, @ …) prefixed with an apostrophe.
 */
export type CsvCell = string | number | null | undefined;

/** Text a user typed, written so that no spreadsheet (CSV or workbook) runs it as a formula. */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? spreadsheetSafe(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const lines = (rows: CsvCell[][]) => rows.map((row) => row.map(cell).join(',') + '\r\n').join('');

export function toCsv(rows: CsvCell[][]): string {
  return '\uFEFF' + lines(rows);
}

/**
 * The same CSV made page by page, for exports too large to build in memory: the header first,
 * then each page of rows as it comes (a plain route streams it, and stops asking for pages
 * when the client goes away).
 */
export async function* csvPages(header: CsvCell[], pages: AsyncIterable<CsvCell[][]>): AsyncGenerator<string> {
  yield toCsv([header]);
  for await (const page of pages) if (page.length > 0) yield lines(page);
}
