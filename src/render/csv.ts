/** CSV as Excel opens it: RFC 4180 (csv-stringify), UTF-8 with a byte-order mark, no cell a spreadsheet would run. */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet must show it: one that would start a formula gets a leading `'` (OWASP). */
export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV document with a header row; the BOM makes Excel read Indonesian text as UTF-8. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))], { record_delimiter: '\r\n' })}`;
}
