/** Saving a rendered document: to `--out` when given (checked: never into the store), else into the store's documents folder. */
import type { Context } from './context.js';
import { checkOutPath, writeOutFile } from './out-file.js';

/** Writes the bytes and returns the absolute path. */
export async function saveDocument(ctx: Context, caseId: string, fileName: string, bytes: Uint8Array, out?: string): Promise<string> {
  if (!out) return ctx.store().saveDocument(caseId, fileName, bytes);
  return writeOutFile(checkOutPath('out', out, ctx.home, fileName), bytes);
}
