/**
 * The logical backup both stores write and read (format version 3): JSON lines of what the office
 * has, not of how a store keeps it: the configuration, the store-wide facts (secret, marks of numbers
 * given, accepted gaps, revocations), every case with its history, every outgoing letter, every
 * issued document, and every attachment by SHA-256 in base64 lines of 48 KiB. A header opens it and an
 * end line with the counts closes it, so a cut or altered backup is told from a whole one. Streamed
 * both ways: memory stays bounded whatever the attachments weigh.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Case, RecordedRevocation } from '../domain/model.js';
import { InputError } from '../errors.js';
import { FILE_MODE, ensureDir } from './durable-file.js';
import type { ConfigDoc, LetterBook } from './schema.js';
import type { IssuedDocument } from './store.js';
import type { SurveyRecord } from './survey-backup.js';

export const BACKUP_FORMAT = 'loket-backup';
export const LOGICAL_VERSION = 3;
// A multiple of 3, so that every line but an attachment's last is whole base64 without padding.
const CHUNK = 3 * 16 * 1024;

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
  | { t: 'data'; b64: string }
  | { t: 'sum'; sha256: string; size: number }
  | { t: 'end'; counts: Counts };

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

async function put(stream: NodeJS.WritableStream, line: Line): Promise<void> {
  if (!stream.write(`${JSON.stringify(line)}\n`)) await once(stream, 'drain');
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
): Promise<{ files: number; bytes: number; counts: Counts }> {
  const { createHash } = await import('node:crypto');
  await ensureDir(dirname(out));
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const stream = createWriteStream(tmp, { flags: 'wx', mode: FILE_MODE });
  const counts: Counts = { cases: 0, letters: 0, issued: 0, surveys: 0, attachments: 0 };
  try {
    await once(stream, 'open');
    await put(stream, { t: 'head', format: BACKUP_FORMAT, version: LOGICAL_VERSION, createdAt });
    await put(stream, { t: 'config', doc: await source.config() });
    await put(stream, { t: 'facts', facts: await source.facts() });
    for await (const doc of source.cases()) {
      await put(stream, { t: 'case', doc });
      counts.cases++;
    }
    for await (const entry of source.letters()) {
      await put(stream, { t: 'letter', entry });
      counts.letters++;
    }
    for await (const doc of source.issued()) {
      await put(stream, { t: 'issued', doc });
      counts.issued++;
    }
    for await (const record of source.surveys()) {
      await put(stream, { t: 'survey', record });
      counts.surveys++;
    }
    for await (const a of source.attachments()) {
      await put(stream, { t: 'attachment', sha256: a.sha256 });
      const hash = createHash('sha256');
      let size = 0;
      let carry: Buffer = Buffer.alloc(0);
      for await (const chunk of a.chunks) {
        hash.update(chunk);
        size += chunk.length;
        const all = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        const whole = all.length - (all.length % 3);
        for (let at = 0; at < whole; at += CHUNK)
          await put(stream, { t: 'data', b64: all.subarray(at, Math.min(whole, at + CHUNK)).toString('base64') });
        carry = all.subarray(whole);
      }
      if (carry.length) await put(stream, { t: 'data', b64: carry.toString('base64') });
      await put(stream, { t: 'sum', sha256: hash.digest('hex'), size });
      counts.attachments++;
    }
    await put(stream, { t: 'end', counts });
    stream.end();
    await once(stream, 'finish');
    const fh = await open(tmp, 'r');
    await fh.sync().finally(() => fh.close());
    await rename(tmp, out);
    return { files: recordsOf(counts), bytes: stream.bytesWritten, counts };
  } catch (error) {
    stream.destroy();
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

function notBackup(source: string, problem: string): InputError {
  return InputError.of('file', 'input.notBackup', { value: `${source} (${problem})` });
}

const object = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Feeds a logical backup, line by line, into `sink`; an InputError naming the problem when it is not a
 * whole, unaltered backup (the sink's work is then thrown away by the caller). `lines` yields the
 * parsed lines after the header.
 */
export async function readLogicalBackup(source: string, lines: AsyncIterator<unknown>, sink: RestoreSink): Promise<Counts> {
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
      if (got !== expected || sum.sha256 !== expected || sum.size !== size) throw notBackup(source, `attachment ${expected}: SHA-256`);
      counts.attachments++;
    } else if (line.t === 'end' && object(line.counts)) {
      const c = line.counts;
      if (
        c.cases !== counts.cases ||
        c.letters !== counts.letters ||
        c.issued !== counts.issued ||
        (c.surveys ?? 0) !== counts.surveys ||
        c.attachments !== counts.attachments
      )
        throw notBackup(source, 'counts');
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
