/** Writing a report's workbook (`--xlsx FILE`): the path checked like every --out, the bytes private. */
import type { Sheet } from '../render/xlsx.js';
import type { Context } from './context.js';
import { checkOutPath, writeOutFile } from './out-file.js';

/** Renders the sheet and writes it to `file` (a folder gets `defaultName`); returns the path. */
export async function writeWorkbook(ctx: Context, file: string, defaultName: string, sheet: () => Sheet): Promise<string> {
  // Where it goes is checked before anything is rendered.
  const path = checkOutPath('xlsx', file, ctx.home, defaultName);
  const { renderXlsx } = await import('../render/xlsx.js');
  return writeOutFile(path, await renderXlsx([sheet()]));
}
