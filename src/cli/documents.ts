/** Saving a rendered document: to `--out` when given (checked: never into the store), else into the store's documents folder; either way recorded. */
import { formatInstant } from '../domain/timezone.js';
import type { Context } from './context.js';
import { checkOutPath, writeOutFile } from './out-file.js';

/** Writes the bytes, records their SHA-256 in the store's register of issued documents, and returns the absolute path. */
export async function saveDocument(
  ctx: Context,
  caseId: string,
  fileName: string,
  bytes: Uint8Array,
  out?: string,
  signed = false,
): Promise<string> {
  const store = ctx.store();
  const path = out
    ? await writeOutFile(checkOutPath('out', out, ctx.home, fileName), bytes)
    : await store.saveDocument(caseId, fileName, bytes);
  // node:crypto is loaded only by commands that save a document (a registration without receipt stays without it).
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const at = formatInstant(ctx.now(), (await ctx.config()).profile.timeZone);
  await store.recordDocument({ sha256, caseId, name: fileName, at, signed });
  return path;
}
