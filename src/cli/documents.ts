/** Saving a rendered document: to `--out` when given, else into the store's documents folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Context } from './context.js';

/** Writes the bytes and returns the absolute path. */
export async function saveDocument(ctx: Context, caseId: string, fileName: string, bytes: Uint8Array, out?: string): Promise<string> {
  if (!out) return ctx.store().saveDocument(caseId, fileName, bytes);
  const path = resolve(out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return path;
}
