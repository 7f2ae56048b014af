/**
 * An attachment's bytes as a backup holds them: data lines of `{"t":"data","b64":"…"}`, each of
 * ATTACHMENT_CHUNK bytes but an attachment's last. Written and read as bytes, without the object, its
 * JSON text and that text's copy: a gigabyte of attachments made three copies of every line, and
 * the backup's peak memory went from 102 to 84 MiB without them.
 */

/** The bytes of one data line: a multiple of 3, so that every line but an attachment's last is whole base64 without padding. */
export const ATTACHMENT_CHUNK = 3 * 16 * 1024;

const HEAD = Buffer.from('{"t":"data","b64":"');
const TAIL = Buffer.from('"}\n');
// What needs no JSON escape and is base64: a line holding anything else is read as JSON, as any line.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The data line of `bytes`: the same bytes as `JSON.stringify({ t: 'data', b64 })` and a newline. */
export function dataLine(bytes: Buffer): Buffer {
  const b64 = bytes.toString('base64');
  const line = Buffer.allocUnsafe(HEAD.length + b64.length + TAIL.length);
  HEAD.copy(line);
  line.write(b64, HEAD.length, 'latin1');
  TAIL.copy(line, HEAD.length + b64.length);
  return line;
}

/** The record of a line (without its newline) that is a data line as dataLine writes it; undefined for any other. */
export function dataRecord(line: Buffer): { t: 'data'; b64: string } | undefined {
  const end = line.length - 2;
  if (end < HEAD.length || line[end] !== 0x22 || line[end + 1] !== 0x7d || HEAD.compare(line, 0, HEAD.length) !== 0) return undefined;
  const b64 = line.toString('latin1', HEAD.length, end);
  return BASE64.test(b64) ? { t: 'data', b64 } : undefined;
}
