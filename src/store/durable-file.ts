/** Durable file primitives: atomic replace with fsync, private modes, and reads that tell "missing" apart. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { access, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
 * Replaces `path` with `content` so that a crash leaves either the old or the new file, never a
 * torn one: write a temp file, fsync it, rename it over, fsync the folder so the rename survives.
 */
export async function writeFileDurable(path: string, content: string | Uint8Array, options: { sync?: boolean } = {}): Promise<void> {
  const sync = options.sync ?? true;
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${tempCounter++}.tmp`);
  const fh = await open(tmp, 'wx', FILE_MODE);
  try {
    await fh.writeFile(content);
    if (sync) await fh.sync();
  } catch (error) {
    await fh.close();
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  if (sync) await syncDir(dir);
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
      if (!stream.write(bytes)) await once(stream, 'drain');
    },
    async finish() {
      stream.end();
      await once(stream, 'finish');
      const fh = await open(path, 'r');
      await fh.sync().finally(() => fh.close());
      return { sha256: hash.digest('hex'), size };
    },
  };
}
