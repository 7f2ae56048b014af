/**
 * The logical backup both stores write and read (format version 4): JSON lines of what the office
 * has, not of how a store keeps it: the configuration, the store-wide facts (secret, marks of numbers
 * given, accepted gaps, revocations), every case with its history, every outgoing letter, every
 * issued document, and every attachment by SHA-256 in base64 lines of 48 KiB. A header opens it and an
 * end line with the counts and the SHA-256 of every line before it closes it, so a cut, edited,
 * shortened, lengthened or reordered backup is told from a whole one (version 3 had no digest and is
 * still read). With a passphrase the whole file is encrypted (backup-crypto.ts). Streamed both ways:
 * memory stays bounded whatever the attachments weigh.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Case, RecordedRevocation } from '../domain/model.js';
import { InputError, StoreError } from '../errors.js';
import { FILE_MODE, ensureDir, naming, processAlive } from './durable-file.js';
import type { ConfigDoc, LetterBook } from './schema.js';
import type { IssuedDocument } from './store.js';
import { ATTACHMENT_CHUNK as CHUNK, dataLine } from './data-line.js';
import type { SurveyRecord } from './survey-backup.js';

export const BACKUP_FORMAT = 'loket-backup';
/** On a backup's end line as read (backup.ts): the SHA-256 of every line before it, as the file holds them. */
export const DIGEST = Symbol('digest of the lines before');
export const LOGICAL_VERSION = 4;
/** The logical versions a restore reads: 3 (before the digest) and 4. */
export const LOGICAL_VERSIONS: readonly unknown[] = [3, 4];

/** What a store knows beyond its cases: the key of certificate codes and the numbers it has given. */
export interface StoreFacts {
  secret: string;
  agendaHighWater: Record<string, number>;
  letterHighWater: Record<string, number>;
  agendaGaps: Record<string, [number, number][]>;
  revocations: RecordedRevocation[];
}

export type LetterEntry = LetterBook['letters'][number] & { year: number };

/** What a store gives a backup, each part as a stream. */
export interface BackupSource {
  config(): Promise<ConfigDoc>;
  facts(): Promise<StoreFacts>;
  cases(): AsyncIterable<Case>;
  letters(): AsyncIterable<LetterEntry>;
  issued(): AsyncIterable<IssuedDocument>;
  /** The satisfaction survey: tokens, paper batches, anonymous responses. */
  surveys(): AsyncIterable<SurveyRecord>;
  attachments(): AsyncIterable<{ sha256: string; chunks: AsyncIterable<Buffer> }>;
}

/** What a restore gives a store, in the order of the backup. */
export interface RestoreSink {
  config(doc: ConfigDoc): Promise<void>;
  facts(facts: StoreFacts): Promise<void>;
  case(c: Case): Promise<void>;
  letter(entry: LetterEntry): Promise<void>;
  issued(doc: IssuedDocument): Promise<void>;
  survey(record: SurveyRecord): Promise<void>;
  /** Takes an attachment's bytes as they are read; the reader checks them against the SHA-256 afterwards. */
  attachment(sha256: string, chunks: AsyncIterable<Buffer>): Promise<void>;
}

type Line =
  | { t: 'head'; format: string; version: number; createdAt: string }
  | { t: 'config'; doc: ConfigDoc }
  | { t: 'facts'; facts: StoreFacts }
  | { t: 'case'; doc: Case }
  | { t: 'letter'; entry: LetterEntry }
  | { t: 'issued'; doc: IssuedDocument }
  | { t: 'survey'; record: SurveyRecord }
  | { t: 'attachment'; sha256: string }
  // Between these two, the attachment's data lines, written as bytes (data-line.ts).
  | { t: 'sum'; sha256: string; size: number }
  | { t: 'end'; counts: Counts; sha256?: string };

export interface Counts {
  cases: number;
  letters: number;
  issued: number;
  /** Survey records (absent in the end line of a backup made before the survey: none). */
  surveys: number;
  attachments: number;
}

/** How many records a backup holds: the configuration and the facts, then every case, letter, issued document and attachment. */
export function recordsOf(c: Counts): number {
  return c.cases + c.letters + c.issued + c.surveys + c.attachments + 2;
}

/** Where the lines of a backup go: the file, through the encryption when there is a passphrase; each line counted in the digest. */
interface LineWriter {
  put(line: Line): Promise<void>;
  /** A line already written out as bytes, ending in a newline. */
  putBytes(line: Buffer): Promise<void>;
  digest(): string;
  end(): Promise<void>;
}

async function lineWriter(stream: NodeJS.WritableStream, passphrase: string | undefined): Promise<LineWriter> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  const raw = async (bytes: Buffer | string) => {
    if (!stream.write(bytes)) await once(stream, 'drain');
  };
  const sealed =
    passphrase === undefined ? undefined : await (await import('./backup-crypto.js')).encryptingWriter({ write: raw }, passphrase);
  return {
    async put(line) {
      const text = `${JSON.stringify(line)}\n`;
      if (line.t !== 'end') hash.update(text);
      await (sealed ? sealed.write(text) : raw(text));
    },
    async putBytes(line) {
      hash.update(line);
      await (sealed ? sealed.write(line) : raw(line));
    },
    digest: () => hash.copy().digest('hex'),
    end: async () => sealed?.end(),
  };
}

/** What a dead process's backup left beside `out` (`.NAME.PID.tmp`), removed; a running backup's is left alone. */
async function sweepTemps(dir: string): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(/^\..+\.jsonl\.(\d+)\.tmp$/.exec(name)?.[1]);
    if (pid && !processAlive(pid)) await unlink(join(dir, name)).catch(() => undefined);
  }
}

/**
 * Writes the backup of `source` to `out` through a temp file beside it, flushed and renamed when
 * whole. Returns the counts and the bytes written; the caller holds the store still (a lock or a
 * transaction) while it runs.
 */
export async function writeLogicalBackup(
  source: BackupSource,
  out: string,
  createdAt: string,
  options: { passphrase?: string } = {},
): Promise<{ files: number; bytes: number; counts: Counts }> {
  const { createHash } = await import('node:crypto');
  await ensureDir(dirname(out));
  await sweepTemps(dirname(out));
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const stream = createWriteStream(tmp, { flags: 'wx', mode: FILE_MODE });
  const counts: Counts = { cases: 0, letters: 0, issued: 0, surveys: 0, attachments: 0 };
  try {
    await once(stream, 'open');
    const writer = await lineWriter(stream, options.passphrase);
    const put = (line: Line) => writer.put(line);
    await put({ t: 'head', format: BACKUP_FORMAT, version: LOGICAL_VERSION, createdAt });
    await put({ t: 'config', doc: await source.config() });
    await put({ t: 'facts', facts: await source.facts() });
    for await (const doc of source.cases()) {
      await put({ t: 'case', doc });
      counts.cases++;
    }
    for await (const entry of source.letters()) {
      await put({ t: 'letter', entry });
      counts.letters++;
    }
    for await (const doc of source.issued()) {
      await put({ t: 'issued', doc });
      counts.issued++;
    }
    for await (const record of source.surveys()) {
      await put({ t: 'survey', record });
      counts.surveys++;
    }
    for await (const a of source.attachments()) {
      await put({ t: 'attachment', sha256: a.sha256 });
      const hash = createHash('sha256');
      let size = 0;
      let carry: Buffer = Buffer.alloc(0);
      for await (const chunk of a.chunks) {
        hash.update(chunk);
        size += chunk.length;
        const all = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        const whole = all.length - (all.length % 3);
        for (let at = 0; at < whole; at += CHUNK) await writer.putBytes(dataLine(all.subarray(at, Math.min(whole, at + CHUNK))));
        carry = all.subarray(whole);
      }
      if (carry.length) await writer.putBytes(dataLine(carry));
      await put({ t: 'sum', sha256: hash.digest('hex'), size });
      counts.attachments++;
    }
    await put({ t: 'end', counts, sha256: writer.digest() });
    await writer.end();
    stream.end();
    await once(stream, 'finish');
    const fh = await open(tmp, 'r');
    await fh.sync().finally(() => fh.close());
    // Only a regular file is replaced: a device or FIFO put there since the command began is left as it is.
    const { lstat } = await import('node:fs/promises');
    if ((await lstat(out).catch(() => undefined))?.isFile() === false) throw InputError.of('out', 'input.outNotFile', { value: out });
    await rename(tmp, out);
    return { files: recordsOf(counts), bytes: stream.bytesWritten, counts };
  } catch (error) {
    stream.destroy();
    await unlink(tmp).catch(() => undefined);
    throw naming(error, out);
  }
}

function notBackup(source: string, problem: string): InputError {
  return InputError.of('file', 'input.notBackup', { value: `${source} (${problem})` });
}

const object = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function altered(source: string, problem: string): StoreError {
  return new StoreError('store.backupAltered', { file: source, problem });
}

/**
 * Feeds a logical backup, line by line, into `sink`; the sink's work is thrown away by the caller
 * when it fails. Not a backup, or cut short: an InputError (exit 2). Changed since it was written (its
 * digest, an attachment's SHA-256 or the counts disagree): exit 3. When the sink refuses a record of a
 * version-4 backup, the rest is read to its end first, so that a record refused because it was edited
 * is reported as the edit it is. `lines` yields the parsed lines after the header.
 */
export async function readLogicalBackup(
  source: string,
  lines: AsyncIterator<unknown>,
  sink: RestoreSink,
  version: unknown = LOGICAL_VERSION,
): Promise<Counts> {
  try {
    return await readRecords(source, lines, sink, version);
  } catch (error) {
    if (version === 3 || (error instanceof StoreError && error.key === 'store.backupAltered')) throw error;
    // The digest decides: what is left is read (not kept) up to the end line.
    for (;;) {
      const r = await lines.next().catch(() => ({ done: true as const, value: undefined }));
      if (r.done) throw error;
      const line = r.value as Record<string | symbol, unknown> | undefined;
      if (line?.t === 'end') {
        if (line.sha256 !== line[DIGEST]) throw altered(source, 'SHA-256');
        throw error;
      }
    }
  }
}

async function readRecords(source: string, lines: AsyncIterator<unknown>, sink: RestoreSink, version: unknown): Promise<Counts> {
  const { createHash } = await import('node:crypto');
  const counts: Counts = { cases: 0, letters: 0, issued: 0, surveys: 0, attachments: 0 };
  const next = async (): Promise<Record<string, unknown>> => {
    const r = await lines.next();
    if (r.done) throw notBackup(source, 'cut short: no end');
    if (!object(r.value)) throw notBackup(source, 'line');
    return r.value;
  };
  let line = await next();
  if (line.t !== 'config' || !object(line.doc)) throw notBackup(source, 'config');
  await sink.config(line.doc as unknown as ConfigDoc);
  line = await next();
  if (line.t !== 'facts' || !object(line.facts)) throw notBackup(source, 'facts');
  await sink.facts(line.facts as unknown as StoreFacts);
  for (;;) {
    line = await next();
    if (line.t === 'case' && object(line.doc)) {
      await sink.case(line.doc as unknown as Case);
      counts.cases++;
    } else if (line.t === 'letter' && object(line.entry)) {
      await sink.letter(line.entry as unknown as LetterEntry);
      counts.letters++;
    } else if (line.t === 'issued' && object(line.doc)) {
      await sink.issued(line.doc as unknown as IssuedDocument);
      counts.issued++;
    } else if (line.t === 'survey' && object(line.record)) {
      const { checkedRecord } = await import('./survey-backup.js');
      await sink.survey(await checkedRecord(source, line.record as unknown as SurveyRecord));
      counts.surveys++;
    } else if (line.t === 'attachment' && typeof line.sha256 === 'string' && /^[0-9a-f]{64}$/.test(line.sha256)) {
      const expected = line.sha256;
      const hash = createHash('sha256');
      let size = 0;
      let sum: Record<string, unknown> | undefined;
      // The chunks are handed over as they are read; the sum line closes them.
      async function* chunks(): AsyncGenerator<Buffer> {
        for (;;) {
          const l = await next();
          if (l.t === 'sum') {
            sum = l;
            return;
          }
          if (l.t !== 'data' || typeof l.b64 !== 'string') throw notBackup(source, `attachment ${expected}`);
          const bytes = Buffer.from(l.b64, 'base64');
          hash.update(bytes);
          size += bytes.length;
          yield bytes;
        }
      }
      const gen = chunks();
      await sink.attachment(expected, gen);
      // A sink that already had these bytes may not read them: they are read (and checked) all the same.
      for await (const rest of gen) void rest;
      if (!sum) throw notBackup(source, `attachment ${expected}`);
      const got = hash.digest('hex');
      if (got !== expected || sum.sha256 !== expected || sum.size !== size) throw altered(source, `attachment ${expected}: SHA-256`);
      counts.attachments++;
    } else if (line.t === 'end' && object(line.counts)) {
      if (version !== 3 && line.sha256 !== (line as Record<symbol, unknown>)[DIGEST]) throw altered(source, 'SHA-256');
      const c = line.counts;
      if (
        c.cases !== counts.cases ||
        c.letters !== counts.letters ||
        c.issued !== counts.issued ||
        (c.surveys ?? 0) !== counts.surveys ||
        c.attachments !== counts.attachments
      )
        throw altered(source, 'counts');
      if (!(await lines.next()).done) throw altered(source, 'after the end');
      return counts;
    } else throw notBackup(source, `line after ${counts.cases} cases`);
  }
}

/** Copies a store into another without a file between them (`db import`): the same records a backup holds. */
export async function copyInto(source: BackupSource, sink: RestoreSink): Promise<Counts> {
  const counts: Counts = { cases: 0, letters: 0, issued: 0, surveys: 0, attachments: 0 };
  await sink.config(await source.config());
  await sink.facts(await source.facts());
  for await (const c of source.cases()) {
    await sink.case(c);
    counts.cases++;
  }
  for await (const l of source.letters()) {
    await sink.letter(l);
    counts.letters++;
  }
  for await (const d of source.issued()) {
    await sink.issued(d);
    counts.issued++;
  }
  for await (const r of source.surveys()) {
    await sink.survey(r);
    counts.surveys++;
  }
  for await (const a of source.attachments()) {
    await sink.attachment(a.sha256, a.chunks);
    counts.attachments++;
  }
  return counts;
}
