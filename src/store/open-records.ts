/**
 * The file store's compact records of open cases (domain/open-record.ts): `open-YYYY-BBB.json` beside
 * each block, with a stamp (`.open-YYYY-BBB.json.valid`) naming the version of the block it was derived
 * from and its own version (size, modification and change times, inode, as json-file.ts stamps). The
 * records are written in the same lock as the block, right after it; `due` trusts them only while the
 * stamp names both files as they are, and otherwise derives them from the block (and writes them for
 * the next reader). So a crash between the two writes, a block written by an older loket or restored,
 * or a records file edited by hand, costs one read of the block, never a case missing from the report.
 * Not fsynced: a records file that did not reach the disk is stale or unreadable, and either way read past.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isOpenRecord, openRecordOf, OPEN_RECORD_VERSION, type OpenRecord } from '../domain/open-record.js';
import { StoreError } from '../errors.js';
import { afterCommit, writeFileDurable } from './durable-file.js';
import { fileVersion, versionKey } from './file-version.js';
import { blockKey, blockWasLost, parseBlockKey, type BlockRef, type StorePaths } from './paths.js';
import type { BlockDoc, MetaDoc } from './schema.js';

/** What reading the records needs of the store. */
export interface RecordsReader {
  readonly paths: StorePaths;
  readBlock(ref: BlockRef): Promise<BlockDoc>;
}

function stampPath(paths: StorePaths, ref: BlockRef): string {
  return join(paths.data, `.open-${blockKey(ref)}.json.valid`);
}

/** The records of a block's open cases, in agenda order. */
export function recordsOfBlock(doc: BlockDoc): OpenRecord[] {
  const out: OpenRecord[] = [];
  for (const c of doc.cases) {
    const r = openRecordOf(c);
    if (r) out.push(r);
  }
  return out;
}

/** Writes the records and their stamp; `blockFileKey` is the block's version they were derived from. */
async function writeRecords(paths: StorePaths, ref: BlockRef, records: OpenRecord[], blockFileKey: string): Promise<void> {
  const path = paths.openRecords(ref);
  await writeFileDurable(path, JSON.stringify(records), { sync: false });
  const own = fileVersion(path);
  if (own) await writeFileDurable(stampPath(paths, ref), `${OPEN_RECORD_VERSION} ${blockFileKey} ${own}`, { sync: false });
}

/**
 * Writes the records of a block just written (inside the store's lock, after the block's durable
 * write). The change is recorded by then: a failure here only leaves the records stale, read past.
 */
export async function keepOpenRecords(paths: StorePaths, doc: BlockDoc): Promise<void> {
  const ref = { year: doc.year, block: doc.block };
  const blockFileKey = fileVersion(paths.cases(ref));
  if (!blockFileKey) return;
  const records = recordsOfBlock(doc);
  // A block without open cases is not read by `due`: no file for it (its last case closed, the file goes).
  if (records.length) await afterCommit(() => writeRecords(paths, ref, records, blockFileKey));
  else for (const path of [stampPath(paths, ref), paths.openRecords(ref)]) await rm(path, { force: true }).catch(() => undefined);
}

/**
 * The block's records when its records file is the one derived from the block as it is now (the
 * stamp names both), else undefined. Read through one descriptor: what is read is the file the
 * stamp was compared with, even if another process replaces it meanwhile.
 */
export function trustedRecords(paths: StorePaths, ref: BlockRef): OpenRecord[] | undefined {
  let stamp: string;
  try {
    stamp = readFileSync(stampPath(paths, ref), 'utf8');
  } catch {
    return undefined;
  }
  const [version, blockFileKey, own] = stamp.split(' ');
  if (Number(version) !== OPEN_RECORD_VERSION || !blockFileKey || blockFileKey !== fileVersion(paths.cases(ref))) return undefined;
  let fd: number;
  try {
    fd = openSync(paths.openRecords(ref), 'r');
  } catch {
    return undefined;
  }
  try {
    if (versionKey(fstatSync(fd, { bigint: true })) !== own) return undefined;
    const records: unknown = JSON.parse(readFileSync(fd, 'utf8'));
    return Array.isArray(records) && records.every(isOpenRecord) ? records : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The records of one block: trusted ones, or derived from the block and written for the next reader (best effort). */
export async function blockRecords(store: RecordsReader, ref: BlockRef): Promise<OpenRecord[]> {
  const trusted = trustedRecords(store.paths, ref);
  if (trusted) return trusted;
  // The block's version before it is read: if it changes meanwhile, the stamp names the older one and is read past.
  const blockFileKey = fileVersion(store.paths.cases(ref));
  const records = recordsOfBlock(await store.readBlock(ref));
  if (blockFileKey) await writeRecords(store.paths, ref, records, blockFileKey).catch(() => undefined);
  return records;
}

/** The records of every open case, block by block as meta.json lists the blocks with open cases (as openCases reads them). */
export async function openRecordsIn(store: RecordsReader, meta: MetaDoc | undefined, blocks: BlockRef[]): Promise<OpenRecord[]> {
  const present = new Set(blocks.map(blockKey));
  const out: OpenRecord[] = [];
  for (const key of meta?.openBlocks ?? []) {
    const ref = parseBlockKey(key);
    if (present.has(key)) for (const r of await blockRecords(store, ref)) out.push(r);
    else if (blockWasLost(ref, meta?.agendaHighWater)) throw new StoreError('store.blockMissing', { file: store.paths.cases(ref) });
  }
  return out;
}
