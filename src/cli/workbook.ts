/** Writing a report's workbook (`--xlsx FILE`): the path checked like every --out, the bytes private. */
import type { Sheet } from '../render/xlsx.js';
import type { Context } from './context.js';
import { checkOutPath, writeOutFile } from './out-file.js';

type Sheets = typeof import('../render/report-sheets.js');

/** Builds the sheet (the sheet builders and exceljs load only here) and writes it to `file` (a folder gets `defaultName`); returns the path. */
export async function writeReportWorkbook(
  ctx: Context,
  file: string,
  defaultName: string,
  sheet: (sheets: Sheets) => Sheet,
): Promise<string> {
  // Where it goes is checked before anything is rendered.
  const path = checkOutPath('xlsx', file, ctx.home, defaultName);
  const [sheets, { renderXlsx }] = await Promise.all([import('../render/report-sheets.js'), import('../render/xlsx.js')]);
  return writeOutFile(path, await renderXlsx([sheet(sheets)]));
}
