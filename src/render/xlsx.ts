/**
 * Workbooks for leaders who read reports in Excel: typed cells (dates as dates, numbers as numbers),
 * a frozen heading row, column widths that fit, and no text a spreadsheet would run as a formula.
 * exceljs (~0.4 s to import) is loaded only by the commands that write a workbook.
 */
import { requireCjs } from '../cjs.js';
import { safeCell } from './csv.js';

/** `due`: a date or an instant, whichever the value is (an answer due). */
export type CellType = 'text' | 'number' | 'date' | 'instant' | 'due';

export interface SheetColumn {
  header: string;
  type: CellType;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: (string | number | boolean | null | undefined)[][];
}

const DATE_FORMAT = 'dd/mm/yyyy';
const INSTANT_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * A stored date (`2026-03-16`) or instant (`2026-03-16T09:00:00+07:00`) as the office's wall-clock
 * time: a spreadsheet cell has no zone, so it must read as the clock on the office wall.
 */
function wallClock(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

function cellValue(type: CellType, value: string | number | boolean | null | undefined): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (type === 'number') return typeof value === 'number' ? value : Number(value);
  if ((type === 'date' || type === 'instant' || type === 'due') && typeof value === 'string') return wallClock(value) ?? safeCell(value);
  return safeCell(typeof value === 'boolean' ? String(value) : value);
}

/** The width that shows a column's heading and its longest value (within reason). */
function widthOf(column: SheetColumn, values: unknown[]): number {
  const longest = Math.max(
    column.header.length,
    ...values.map((v) => (v instanceof Date ? (column.type === 'date' ? 10 : 16) : String(v ?? '').length)),
  );
  return Math.min(60, Math.max(8, longest + 2));
}

/** The workbook as .xlsx bytes. */
export async function renderXlsx(sheets: Sheet[]): Promise<Buffer> {
  const ExcelJS = requireCjs('exceljs') as typeof import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'loket';
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    const rows = sheet.rows.map((row) => sheet.columns.map((c, i) => cellValue(c.type, row[i])));
    ws.columns = sheet.columns.map((c, i) => ({
      header: String(safeCell(c.header)),
      width: widthOf(
        c,
        rows.map((r) => r[i]),
      ),
      style: c.type === 'date' ? { numFmt: DATE_FORMAT } : c.type === 'instant' ? { numFmt: INSTANT_FORMAT } : {},
    }));
    ws.getRow(1).font = { bold: true };
    sheet.rows.forEach((source, r) => {
      const added = ws.addRow(rows[r] ?? []);
      sheet.columns.forEach((c, i) => {
        // An answer due is a day for letters and an hour for walk-ins: each cell shows what it holds.
        if (c.type === 'due' && typeof source[i] === 'string')
          added.getCell(i + 1).numFmt = String(source[i]).length > 10 ? INSTANT_FORMAT : DATE_FORMAT;
      });
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
