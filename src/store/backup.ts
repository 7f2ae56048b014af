/** Backups: one self-contained JSON file with every document and attachment, taken inside the lock. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ensureDir, readIfExists, writeFileDurable } from './durable-file.js';
import type { StorePaths } from './paths.js';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(path)));
    else if (e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('index-')) out.push(path);
  }
  return out;
}

/** Writes the backup to `out` and returns how many files it holds. Call inside the store lock. */
export async function writeBackup(paths: StorePaths, out: string, createdAt: string): Promise<{ files: number; bytes: number }> {
  const files: Record<string, { encoding: 'utf8' | 'base64'; content: string }> = {};
  const config = await readIfExists(paths.config);
  if (config !== undefined) files['config.json'] = { encoding: 'utf8', content: config };
  for (const path of await filesUnder(paths.data)) files[relative(paths.home, path)] = { encoding: 'utf8', content: await readFile(path, 'utf8') };
  for (const path of await filesUnder(paths.attachments)) files[relative(paths.home, path)] = { encoding: 'base64', content: (await readFile(path)).toString('base64') };
  const text = JSON.stringify({ format: 'loket-backup', version: 1, createdAt, files });
  await ensureDir(join(out, '..'));
  await writeFileDurable(out, text);
  return { files: Object.keys(files).length, bytes: Buffer.byteLength(text) };
}

/** The files of a backup, checked: known format, relative paths that stay inside the store. */
export function readBackup(text: string): Record<string, Buffer> | undefined {
  let doc: { format?: unknown; version?: unknown; files?: Record<string, { encoding: string; content: string }> };
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (doc.format !== 'loket-backup' || doc.version !== 1 || !doc.files || typeof doc.files !== 'object') return undefined;
  const out: Record<string, Buffer> = {};
  for (const [path, file] of Object.entries(doc.files)) {
    const safe = /^(config\.json|store\/[\w.-]+|attachments\/[0-9a-f]{2}\/[0-9a-f]{64})$/.test(path);
    if (!safe || (file.encoding !== 'utf8' && file.encoding !== 'base64') || typeof file.content !== 'string') return undefined;
    out[path] = Buffer.from(file.content, file.encoding);
  }
  return out;
}

/** Writes the files of a backup into an empty store. Call inside the store lock. */
export async function restoreFiles(paths: StorePaths, files: Record<string, Buffer>): Promise<number> {
  for (const [relativePath, content] of Object.entries(files)) {
    const target = join(paths.home, relativePath);
    await ensureDir(join(target, '..'));
    await writeFileDurable(target, content);
  }
  return Object.keys(files).length;
}
