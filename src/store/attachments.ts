/** Attachments kept in the store under their SHA-256, so a copy can be verified later. */
import { createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ensureDir, openDurableSink, processAlive, syncFolder, writeFileDurable } from './durable-file.js';
import type { StorePaths } from './paths.js';

/** SHA-256 (hex) and size of a file, read through one buffer: checking a gigabyte of attachments makes no garbage. */
export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const [{ createHash }, { open }] = await Promise.all([import('node:crypto'), import('node:fs/promises')]);
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let size = 0;
  const file = await open(path, 'r');
  try {
    for (let read = 1; read; size += read) {
      ({ bytesRead: read } = await file.read(buffer, 0, buffer.length, null));
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    await file.close();
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Copies a file into the store (once per content) and returns its hash and size: streamed into a temp
 * file beside the attachments, hashed and fsynced as it goes, then renamed under its hash, so a file
 * of any size costs the same little memory.
 */
export async function storeAttachment(paths: StorePaths, source: string): Promise<{ sha256: string; size: number }> {
  const { readdir, rename, unlink } = await import('node:fs/promises');
  await ensureDir(paths.attachments);
  // What a copy that died left behind (its process is gone).
  for (const name of await readdir(paths.attachments)) {
    const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
    if (pid && !processAlive(pid)) await unlink(`${paths.attachments}/${name}`).catch(() => undefined);
  }
  const tmp = `${paths.attachments}/.tmp-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const sink = await openDurableSink(tmp);
  try {
    for await (const chunk of createReadStream(source, { highWaterMark: 1 << 20 })) await sink.write(chunk as Buffer);
    const { sha256, size } = await sink.finish();
    const target = paths.attachment(sha256);
    await ensureDir(dirname(target));
    // The same content stored by another process in the meantime is the same file: either rename wins.
    await rename(tmp, target);
    await syncFolder(dirname(target));
    return { sha256, size };
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
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
