/** Durable file primitives: atomic replace with fsync, private modes, and reads that tell "missing" apart. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { access, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StoreError } from '../errors.js';
import { writePath } from './lock.js';

export { processAlive } from './lock.js';

export const FILE_MODE = 0o600;

// Temp names need only be unique among writers: the pid tells processes apart, the counter calls.
// (Not crypto: loading node:crypto costs every command a few milliseconds.)
let tempCounter = 0;
export const DIR_MODE = 0o700;

/** Creates a folder (and its parents) readable by the owner only. */
export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
}

/**
 * Runs a write that follows the one that committed a change (a mark of numbers given, a list of open
 * blocks, the default profile): the change is recorded, so a failure here is not the command's
 * failure; the next change writes it again. Faults of the program itself still surface.
 */
export async function afterCommit(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof StoreError) && typeof (error as NodeJS.ErrnoException)?.code !== 'string') throw error;
  }
}

/** A file-system error that names no file (a write or fsync of an open file) gets `path`, so the message can say which. */
export function naming(error: unknown, path: string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string' && !e.path) e.path = path;
  return error;
}

/**
 * Replaces `path` with `content` so that a crash leaves either the old or the new file, never a
 * torn one: write a temp file, fsync it, rename it over, fsync the folder so the rename survives.
 * Under a lock the temp file is made in the holder's own folder inside the lock (lock.ts): the rename
 * then only succeeds while the lock is still this process's, so a writer that lost it writes nothing.
 */
export async function writeFileDurable(path: string, content: string | Uint8Array, options: { sync?: boolean } = {}): Promise<void> {
  const sync = options.sync ?? true;
  const dir = dirname(path);
  const via = await writePath(path);
  try {
    await writeThrough(via?.dir ?? dir, path, content, sync);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (via && code === 'ENOENT' && (await via.lost())) throw new StoreError('store.lockLost', { file: via.lock });
    // The store's folder on another file system than its lock (a link or a mount): the temp file beside it, the lock checked first.
    if (!via || code !== 'EXDEV') throw error;
    if (await via.lost()) throw new StoreError('store.lockLost', { file: via.lock });
    await writeThrough(dir, path, content, sync);
  }
  if (sync) await syncDir(dir).catch((error: unknown) => Promise.reject(naming(error, dir)));
}

async function writeThrough(tmpDir: string, path: string, content: string | Uint8Array, sync: boolean): Promise<void> {
  const tmp = join(tmpDir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${tempCounter++}.tmp`);
  const fh = await open(tmp, 'wx', FILE_MODE).catch((error: NodeJS.ErrnoException) => {
    // A full disk or a read-only one is told of the file being written, not of its temp copy.
    if (error.path === tmp && error.code !== 'ENOENT') error.path = path;
    throw error;
  });
  try {
    await fh.writeFile(content);
    if (sync) await fh.sync();
  } catch (error) {
    await fh.close();
    await unlink(tmp).catch(() => undefined);
    throw naming(error, path);
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

/**
 * Appends one line to `path` (created private when missing) and fsyncs it. A crash can leave at most
 * a torn last line, which readers skip; lines before it are never touched.
 */
export async function appendLineDurable(path: string, line: string): Promise<void> {
  const created = await access(path).then(
    () => false,
    () => true,
  );
  const fh = await open(path, 'a', FILE_MODE);
  try {
    await fh.writeFile(`${line}\n`);
    await fh.sync();
  } catch (error) {
    throw naming(error, path);
  } finally {
    await fh.close();
  }
  if (created) await syncDir(dirname(path));
}

/** One JSON line, or undefined when it is not JSON (a torn last line after a crash reads as nothing). */
export function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** Flushes a folder's entries (a rename into it) to disk. */
export async function syncFolder(dir: string): Promise<void> {
  await syncDir(dir).catch((error: unknown) => Promise.reject(naming(error, dir)));
}

async function syncDir(dir: string): Promise<void> {
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

/** The file's text, or undefined when it does not exist. */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A file written as a stream, hashed as it goes, and flushed to disk when finished. */
export type DurableSink = { write(bytes: Buffer): Promise<void>; finish(): Promise<{ sha256: string; size: number }> };

/** Opens `path` (which must not exist yet) for a durable streamed write; its folder is created. */
export async function openDurableSink(path: string): Promise<DurableSink> {
  const { createHash } = await import('node:crypto');
  await ensureDir(dirname(path));
  const stream = createWriteStream(path, { flags: 'wx', mode: FILE_MODE });
  await once(stream, 'open');
  const hash = createHash('sha256');
  let size = 0;
  return {
    async write(bytes) {
      hash.update(bytes);
      size += bytes.length;
      if (!stream.write(bytes)) await once(stream, 'drain').catch((error: unknown) => Promise.reject(naming(error, path)));
    },
    async finish() {
      try {
        stream.end();
        await once(stream, 'finish');
        const fh = await open(path, 'r');
        await fh.sync().finally(() => fh.close());
      } catch (error) {
        throw naming(error, path);
      }
      return { sha256: hash.digest('hex'), size };
    },
  };
}
