/**
 * Reading backup files as JSON lines, and the file backups of earlier versions (2: each file of the
 * data folder by path, in base64 lines, with its SHA-256; 1: one JSON document), which a file store
 * still restores. New backups are logical (logical-backup.ts).
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parseJsonLine } from './durable-file.js';

import { DIGEST } from './logical-backup.js';

export { BACKUP_FORMAT } from './logical-backup.js';
export const FILE_BACKUP_VERSION = 2;

/** The paths a backup may hold: nothing else is ever written by a restore. */
export const SAFE_PATH =
  /^(config\.json|store\/issued\.jsonl|store\/(meta|cases-\d{4}-\d{3}|letters-\d{4})\.json|attachments\/([0-9a-f]{2})\/\3[0-9a-f]{62})$/;

/**
 * The lines of a backup file, parsed one at a time (a line is at most ~66 KB). Read chunk by chunk as
 * they are consumed, so a slow writer holds back the reading (readline would queue every line ahead).
 * An encrypted backup is opened with `passphrase`. The end line carries the digest of the lines
 * before it under DIGEST, to be compared with the one it states.
 */
export async function* backupLines(file: string, passphrase?: string): AsyncGenerator<unknown> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  const chunks: AsyncIterable<Buffer | string> =
    passphrase === undefined
      ? createReadStream(file, { highWaterMark: 256 * 1024 })
      : (await import('./backup-crypto.js')).decryptedChunks(file, passphrase);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const parsed = (line: string) => {
    const value = parseJsonLine(line);
    if (value && typeof value === 'object' && (value as { t?: unknown }).t === 'end')
      (value as Record<symbol, string>)[DIGEST] = hash.copy().digest('hex');
    hash.update(`${line}\n`);
    return value;
  };
  for await (const chunk of chunks) {
    const lines = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line.trim()) yield parsed(line);
  }
  rest += decoder.end();
  if (rest.trim()) yield parsed(rest);
}
