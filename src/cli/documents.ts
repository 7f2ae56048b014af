/**
 * Saving a rendered document: to `--out` when given (checked: never into the data folder), else into
 * the data folder's documents/ (the copy this workstation prints); either way kept by the store for
 * every workstation and recorded by its SHA-256.
 */
import { join } from 'node:path';
import { formatInstant } from '../domain/timezone.js';
import { ensureDir, writeFileDurable } from '../store/durable-file.js';
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
    : await writeLocal(ctx, caseId, fileName, bytes);
  await store.keepDocument(caseId, fileName, bytes);
  // node:crypto is loaded only by commands that save a document (a registration without receipt stays without it).
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const at = formatInstant(ctx.now(), (await ctx.config()).profile.timeZone);
  await store.recordDocument({ sha256, caseId, name: fileName, at, signed });
  return path;
}

/** The printable copy in the data folder: documents/YEAR/NAME. */
async function writeLocal(ctx: Context, caseId: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const dir = join(ctx.home, 'documents', caseId.slice(0, 4));
  await ensureDir(dir);
  const path = join(dir, fileName);
  await writeFileDurable(path, bytes);
  return path;
}
