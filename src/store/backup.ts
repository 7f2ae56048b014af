/**
 * Reading backup files as JSON lines, and the file backups of earlier versions (2: each file of the
 * data folder by path, in base64 lines, with its SHA-256; 1: one JSON document), which a file store
 * still restores. New backups are logical (logical-backup.ts).
 */
import { createReadStream } from 'node:fs';
import { parseJsonLine } from './durable-file.js';

export { BACKUP_FORMAT } from './logical-backup.js';
export const FILE_BACKUP_VERSION = 2;

/** The paths a backup may hold: nothing else is ever written by a restore. */
export const SAFE_PATH =
  /^(config\.json|store\/issued\.jsonl|store\/(meta|cases-\d{4}-\d{3}|letters-\d{4})\.json|attachments\/([0-9a-f]{2})\/\3[0-9a-f]{62})$/;

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
