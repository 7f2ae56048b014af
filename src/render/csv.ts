/** CSV as Excel opens it: RFC 4180 (csv-stringify), UTF-8 with a byte-order mark. */
import { stringify } from 'csv-stringify/sync';

/** A CSV document with a header row; the BOM makes Excel read Indonesian text as UTF-8. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${stringify([header, ...rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)))], { record_delimiter: '\r\n' })}`;
}
