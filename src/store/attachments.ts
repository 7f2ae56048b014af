/** Attachments kept in the store under their SHA-256, so a copy can be verified later. */
import { createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ensureDir, writeFileDurable } from './durable-file.js';
import type { StorePaths } from './paths.js';

/** SHA-256 (hex) and size of a file, read as a stream. */
export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Copies a file into the store (once per content) and returns its hash and size. */
export async function storeAttachment(paths: StorePaths, source: string): Promise<{ sha256: string; size: number }> {
  const { readFile } = await import('node:fs/promises');
  return storeAttachmentBytes(paths, await readFile(source));
}

/** Keeps bytes in the store (once per content), e.g. a part of an e-mail; returns their hash and size. */
export async function storeAttachmentBytes(paths: StorePaths, content: Uint8Array): Promise<{ sha256: string; size: number }> {
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const target = paths.attachment(sha256);
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await ensureDir(dirname(target));
    await writeFileDurable(target, content);
  }
  return { sha256, size: (await stat(target)).size };
}

/** The bytes kept under a SHA-256, or undefined when there are none (or the name is no SHA-256). */
export async function readAttachment(paths: StorePaths, sha256: string): Promise<Buffer | undefined> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return undefined;
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(paths.attachment(sha256));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
