/**
 * Backups as a stream of JSON lines, so that a store with gigabytes of attachments is copied in
 * bounded memory: a header, then for each file its path, its content in base64 lines of 48 KiB and
 * its SHA-256, then an end line that tells a complete backup from a cut one.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { FILE_MODE, ensureDir, parseJsonLine } from './durable-file.js';
import type { StorePaths } from './paths.js';

export const BACKUP_FORMAT = 'loket-backup';
export const BACKUP_VERSION = 2;
// A multiple of 3, so that every line but a file's last is whole base64 without padding.
const CHUNK = 3 * 16 * 1024;

/** The paths a backup may hold: nothing else is ever written by a restore. */
export const SAFE_PATH =
  /^(config\.json|store\/issued\.jsonl|store\/(meta|cases-\d{4}-\d{3}|letters-\d{4})\.json|attachments\/([0-9a-f]{2})\/\3[0-9a-f]{62})$/;

/** One line of a backup (what `writeBackup` writes; a restore checks each line it reads). */
type BackupLine =
  | { t: 'head'; format: string; version: number; createdAt: string }
  | { t: 'file'; path: string }
  | { t: 'data'; b64: string }
  | { t: 'sum'; sha256: string; size: number }
  | { t: 'end'; files: number };

async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(path)));
    else if (e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('index-')) out.push(path);
  }
  return out;
}

/** Writes one line, waiting when the stream asks to. */
async function put(stream: NodeJS.WritableStream, line: BackupLine): Promise<void> {
  if (!stream.write(`${JSON.stringify(line)}\n`)) await once(stream, 'drain');
}

/**
 * Writes the backup to `out` (through a temp file beside it, renamed when complete and flushed) and
 * returns how many files and bytes it holds. Call inside the store lock.
 */
export async function writeBackup(paths: StorePaths, out: string, createdAt: string): Promise<{ files: number; bytes: number }> {
  const { createHash } = await import('node:crypto');
  const files = [paths.config, ...(await filesUnder(paths.data)), ...(await filesUnder(paths.attachments))];
  await ensureDir(dirname(out));
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const stream = createWriteStream(tmp, { flags: 'wx', mode: FILE_MODE });
  let count = 0;
  try {
    await once(stream, 'open');
    await put(stream, { t: 'head', format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt });
    for (const file of files) {
      const path = relative(paths.home, file).split('\\').join('/');
      if (!SAFE_PATH.test(path)) continue;
      let source;
      try {
        source = createReadStream(file, { highWaterMark: CHUNK });
        await once(source, 'open');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      await put(stream, { t: 'file', path });
      const hash = createHash('sha256');
      let size = 0;
      let carry: Buffer = Buffer.alloc(0);
      for await (const chunk of source) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
        const all = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
        const whole = all.length - (all.length % 3);
        if (whole) await put(stream, { t: 'data', b64: all.subarray(0, whole).toString('base64') });
        carry = all.subarray(whole);
      }
      if (carry.length) await put(stream, { t: 'data', b64: carry.toString('base64') });
      await put(stream, { t: 'sum', sha256: hash.digest('hex'), size });
      count++;
    }
    await put(stream, { t: 'end', files: count });
    stream.end();
    await once(stream, 'finish');
    const fh = await open(tmp, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, out);
    return { files: count, bytes: stream.bytesWritten };
  } catch (error) {
    stream.destroy();
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

/**
 * The lines of a backup file, parsed one at a time (a line is at most ~66 KB). Read chunk by chunk as
 * they are consumed, so a slow writer holds back the reading (readline would queue every line ahead).
 */
export async function* backupLines(file: string): AsyncGenerator<unknown> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line.trim()) yield parseJsonLine(line);
  }
  if (rest.trim()) yield parseJsonLine(rest);
}
