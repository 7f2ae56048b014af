/**
 * Attachments in the database, kept in parts of 2 MiB (table attachment_parts), so that a file of any
 * size goes in and out one part at a time: memory stays bounded, and no value is ever rewritten to
 * be appended to (a bytea of a gigabyte would not even fit in one JavaScript string).
 */
import { createReadStream } from 'node:fs';
import type { Sql } from './types.js';

export const PART = 2 << 20;

/** The chunks of a stream regrouped into parts of exactly PART bytes (the last one shorter). */
async function* parts(chunks: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<Buffer> {
  let held: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    held.push(chunk);
    size += chunk.length;
    while (size >= PART) {
      const all = Buffer.concat(held);
      yield all.subarray(0, PART);
      held = [all.subarray(PART)];
      size -= PART;
    }
  }
  if (size) yield Buffer.concat(held);
}

/**
 * Writes an attachment's bytes under `sha256` in the caller's transaction; false (and nothing read)
 * when the database already keeps it. Returns the size and the SHA-256 of what was written, for the
 * caller to compare.
 */
export async function insertAttachment(
  sql: Sql,
  sha256: string,
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
): Promise<{ written: boolean; size: number; sha256: string }> {
  const created = await sql`insert into attachments values (${sha256}, 0) on conflict (sha256) do nothing returning sha256`;
  if (!created.length) return { written: false, size: 0, sha256 };
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  let size = 0;
  let n = 0;
  for await (const part of parts(chunks)) {
    hash.update(part);
    size += part.length;
    await sql`insert into attachment_parts values (${sha256}, ${n++}, ${part})`;
  }
  await sql`update attachments set size = ${size} where sha256 = ${sha256}`;
  return { written: true, size, sha256: hash.digest('hex') };
}

/** The SHA-256 and size of a file, read as a stream. */
export async function hashOf(path: string): Promise<{ sha256: string; size: number }> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** The chunks of a file, for insertAttachment. */
export function fileChunks(path: string): AsyncIterable<Buffer> {
  return createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
}

/** The bytes of one attachment, part by part, in order. */
export async function* attachmentBytes(sql: Sql, sha256: string): AsyncGenerator<Buffer> {
  const numbers = await sql`select n from attachment_parts where sha256 = ${sha256} order by n`;
  for (const { n } of numbers) {
    const [part] = await sql`select bytes from attachment_parts where sha256 = ${sha256} and n = ${n}`;
    yield part!.bytes as Buffer;
  }
}

/**
 * The SHA-256 of every attachment as its parts now hold it: one part is hashed by the server, several
 * are read part by part and hashed here (the server has no running SHA-256).
 */
export async function storedHashes(sql: Sql): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const r of await sql`
    select a.sha256, c.parts, case when c.parts <= 1 then coalesce(
        (select encode(sha256(p.bytes), 'hex') from attachment_parts p where p.sha256 = a.sha256 and p.n = 0),
        encode(sha256(''::bytea), 'hex')) end as single
    from attachments a cross join lateral (select count(*) as parts from attachment_parts p where p.sha256 = a.sha256) c`) {
    if (Number(r.parts) <= 1) hashes.set(r.sha256 as string, r.single as string);
    else {
      const { createHash } = await import('node:crypto');
      const hash = createHash('sha256');
      for await (const part of attachmentBytes(sql, r.sha256 as string)) hash.update(part);
      hashes.set(r.sha256 as string, hash.digest('hex'));
    }
  }
  return hashes;
}
