/**
 * Reading backup files as JSON lines, and the file backups of earlier versions (2: each file of the
 * data folder by path, in base64 lines, with its SHA-256; 1: one JSON document), which a file store
 * still restores. New backups are logical (logical-backup.ts).
 */
import { createReadStream } from 'node:fs';
import { dataRecord } from './data-line.js';
import { parseJsonLine } from './durable-file.js';

import { DIGEST } from './logical-backup.js';

export { BACKUP_FORMAT } from './logical-backup.js';
export const FILE_BACKUP_VERSION = 2;

/** The paths a backup may hold: nothing else is ever written by a restore. */
export const SAFE_PATH =
  /^(config\.json|store\/issued\.jsonl|store\/(meta|cases-\d{4}-\d{3}|letters-\d{4})\.json|attachments\/([0-9a-f]{2})\/\3[0-9a-f]{62})$/;

/** A line of nothing but white space, which a backup's reader passes over. */
function blank(line: Buffer): boolean {
  for (const byte of line) {
    if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)) continue;
    // Beyond ASCII, white space is what String.prototype.trim says.
    return byte >= 0x80 && !line.toString().trim();
  }
  return true;
}

const NEWLINE = Buffer.from('\n');

/**
 * The lines of a backup file, parsed one at a time (a line is at most ~66 KB). Read chunk by chunk as
 * they are consumed, so a slow writer holds back the reading (readline would queue every line ahead).
 * Split as bytes, a line copied only when it spans two chunks; a data line is taken apart without
 * JSON.parse (data-line.ts). An encrypted backup is opened with `passphrase`. The end line carries the
 * digest of the lines before it under DIGEST, to be compared with the one it states.
 */
export async function* backupLines(file: string, passphrase?: string): AsyncGenerator<unknown> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  const chunks: AsyncIterable<Buffer> =
    passphrase === undefined
      ? (createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>)
      : (await import('./backup-crypto.js')).decryptedChunks(file, passphrase);
  const parsed = (line: Buffer) => {
    const value = dataRecord(line) ?? parseJsonLine(line.toString());
    if (value && typeof value === 'object' && (value as { t?: unknown }).t === 'end')
      (value as Record<symbol, string>)[DIGEST] = hash.copy().digest('hex');
    hash.update(line).update(NEWLINE);
    return value;
  };
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      start = nl + 1;
      if (!blank(line)) yield parsed(line);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  const last = Buffer.concat(pending);
  if (!blank(last)) yield parsed(last);
}
