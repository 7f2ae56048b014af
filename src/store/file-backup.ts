/**
 * The file store's side of the logical backup: its files read as a backup source, and a restore
 * written as files into an empty folder (checked as a whole store before the caller moves it in).
 */
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isOpen, type Case } from '../domain/model.js';
import { openBlock, openConfig, openLetterBook, openMeta } from './store-files.js';
import { appendLineDurable, ensureDir, openDurableSink, parseJsonLine, readIfExists } from './durable-file.js';
import { ATTACHMENT_CHUNK } from './data-line.js';
import type { BackupSource, LetterEntry, RestoreSink, StoreFacts } from './logical-backup.js';
import { blockKey, blockOf, type BlockRef, type StorePaths } from './paths.js';
import type { BlockDoc, ConfigDoc, LetterBook, MetaDoc } from './schema.js';
import type { IssuedDocument } from './store.js';
import { fileSurveyRecords, fileSurveySink } from './survey-backup.js';
import { SCHEMA_VERSION } from './version.js';

/** What the backup reads of a file store. */
export interface FileStoreReader {
  readonly paths: StorePaths;
  config(): Promise<ConfigDoc>;
  readMeta(): Promise<MetaDoc | undefined>;
  blocks(): Promise<BlockRef[]>;
  readBlock(ref: BlockRef): Promise<BlockDoc>;
  letterYears(): Promise<number[]>;
  readLetters(year: number): Promise<LetterBook>;
}

/** The files of a store as a backup source (call inside the store's lock). */
export function fileBackupSource(store: FileStoreReader): BackupSource {
  const { paths } = store;
  return {
    config: () => store.config(),
    async facts(): Promise<StoreFacts> {
      const meta = await store.readMeta();
      return {
        secret: meta?.secret ?? '',
        agendaHighWater: meta?.agendaHighWater ?? {},
        letterHighWater: meta?.letterHighWater ?? {},
        agendaGaps: meta?.agendaGaps ?? {},
        revocations: meta?.revocations ?? [],
      };
    },
    async *cases() {
      for (const ref of await store.blocks()) yield* (await store.readBlock(ref)).cases;
    },
    async *letters() {
      for (const year of await store.letterYears()) for (const entry of (await store.readLetters(year)).letters) yield { ...entry, year };
    },
    async *issued() {
      const { issuedDocumentSchema } = await import('./schema.js');
      for (const line of (await readIfExists(paths.issued))?.split('\n') ?? []) {
        // A torn last line (a crash while appending) is not a record.
        const entry = line.trim() ? issuedDocumentSchema.safeParse(parseJsonLine(line)) : undefined;
        if (entry?.success) yield entry.data;
      }
    },
    surveys: () => fileSurveyRecords(paths),
    async *attachments() {
      for (const sub of (await readdir(paths.attachments).catch(() => [] as string[])).sort())
        for (const name of (await readdir(`${paths.attachments}/${sub}`).catch(() => [] as string[])).sort())
          if (/^[0-9a-f]{64}$/.test(name) && name.startsWith(sub))
            // Read a data line at a time, so that no chunk is copied to join the bytes a line leaves over.
            yield {
              sha256: name,
              chunks: createReadStream(paths.attachment(name), { highWaterMark: ATTACHMENT_CHUNK }) as AsyncIterable<Buffer>,
            };
    },
  };
}

/**
 * Writes a restore as the files of a store under `paths` (an empty folder). Cases arrive in agenda
 * order: a block is written when the next case belongs to another one, so memory holds one block.
 */
export function fileRestoreSink(paths: StorePaths): RestoreSink & { finish(): Promise<void> } {
  let facts: StoreFacts | undefined;
  let block: BlockDoc | undefined;
  const openBlocks = new Set<string>();
  let letters: LetterBook | undefined;
  const surveys = fileSurveySink(paths);
  const flushBlock = async () => {
    if (!block) return;
    const db = await openBlock(paths, block);
    db.data = block;
    await db.write();
    block = undefined;
  };
  const flushLetters = async () => {
    if (!letters) return;
    const db = await openLetterBook(paths, letters.year);
    db.data = letters;
    await db.write();
    letters = undefined;
  };
  return {
    async config(doc) {
      const db = await openConfig(paths);
      db.data = doc;
      await db.write();
    },
    async facts(f) {
      facts = f;
    },
    async case(c: Case) {
      const ref = { year: c.year, block: blockOf(c.agendaNumber) };
      if (block && (block.year !== ref.year || block.block !== ref.block)) await flushBlock();
      block ??= { schemaVersion: SCHEMA_VERSION, year: ref.year, block: ref.block, lastAgenda: 0, cases: [] };
      block.cases.push(c);
      // A block records the last agenda number it holds (check.ts compares them).
      block.lastAgenda = Math.max(block.lastAgenda, c.agendaNumber);
      if (isOpen(c)) openBlocks.add(blockKey(ref));
    },
    async letter(entry: LetterEntry) {
      const { year, ...rest } = entry;
      if (letters && letters.year !== year) await flushLetters();
      letters ??= { schemaVersion: SCHEMA_VERSION, year, lastSeq: 0, letters: [] };
      letters.letters.push(rest);
      letters.lastSeq = Math.max(letters.lastSeq, rest.seq);
    },
    async issued(doc: IssuedDocument) {
      await ensureDir(paths.data);
      await appendLineDurable(paths.issued, JSON.stringify(doc));
    },
    survey: (record) => surveys.add(record),
    async attachment(sha256, chunks) {
      const sink = await openDurableSink(paths.attachment(sha256));
      for await (const chunk of chunks) await sink.write(chunk);
      await sink.finish();
    },
    async finish() {
      await flushBlock();
      await flushLetters();
      await surveys.finish();
      const db = await openMeta(paths);
      db.data = {
        schemaVersion: SCHEMA_VERSION,
        openBlocks: [...openBlocks].sort(),
        secret: facts?.secret ?? db.data.secret,
        agendaHighWater: facts?.agendaHighWater ?? {},
        letterHighWater: facts?.letterHighWater ?? {},
        ...(facts && Object.keys(facts.agendaGaps).length ? { agendaGaps: facts.agendaGaps } : {}),
        ...(facts?.revocations.length ? { revocations: facts.revocations } : {}),
      };
      await db.write();
    },
  };
}
