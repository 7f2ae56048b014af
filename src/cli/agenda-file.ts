/** The rows of an agenda book file: an Excel workbook (exceljs, loaded only here) or a CSV file. */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { requireCjs } from '../cjs.js';

/** A row's cells as found (text, number, Date), index 0 for column A; `rows[i]` is spreadsheet row i + 1. */
export async function readBookRows(path: string, sheet?: string): Promise<unknown[][]> {
  if (/\.csv$/i.test(path)) {
    const { parse } = requireCjs('csv-parse/sync') as typeof import('csv-parse/sync');
    const text = readFileSync(path, 'utf8');
    // Offices' CSV comes from Excel: a BOM, and ";" as the separator in an Indonesian locale.
    const delimiter = (text.split('\n')[0] ?? '').split(';').length > (text.split('\n')[0] ?? '').split(',').length ? ';' : ',';
    return parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true }) as unknown[][];
  }
  if (!/\.xlsx$/i.test(path)) throw InputError.of('file', 'input.importFileType', { value: path });
  const ExcelJS = requireCjs('exceljs') as typeof import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(path);
  } catch (error) {
    throw InputError.of('file', 'input.importUnreadable', { value: path, problem: error instanceof Error ? error.message : String(error) });
  }
  const ws = sheet === undefined ? book.worksheets[0] : book.getWorksheet(sheet);
  if (!ws) throw InputError.of('sheet', 'input.importSheet', { value: sheet ?? '', sheets: book.worksheets.map((w) => w.name).join(', ') });
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = values.map(plain);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** A cell's value as text, number or Date (rich text joined, a formula's result, a link's text). */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if ('result' in value) return plain(value.result);
    if ('text' in value) return plain(value.text);
  }
  return value;
}
