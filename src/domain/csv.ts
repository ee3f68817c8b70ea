/**
 * CSV for a spreadsheet. Quoting follows RFC 4180; cells that a spreadsheet would run as a formula (starting
 * with = + - @, or a tab or carriage return) get a leading apostrophe so text pasted from anywhere stays text.
 * A byte-order mark tells Excel the file is UTF-8.
 */
type Cell = string | number | boolean | null;

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  let cell = String(value);
  if (typeof value === 'string' && formulaStart.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** The whole file: a header row, then the rows, each line ended by CRLF. */
export function csvFile(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map(csvRow).join('\r\n')}\r\n`;
}
