/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel on Chinese Windows reads the
 * characters), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula (=, +, -, @ …) prefixed with an apostrophe.
 */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  const cell = (value: string | number | null | undefined) => {
    if (value === null || value === undefined) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
