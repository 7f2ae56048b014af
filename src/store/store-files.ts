/** Opening each kind of stored document with its schema and its empty default. */
import type { Low } from 'lowdb';
import { requireCjs } from '../cjs.js';
import { defaultConfig } from './defaults.js';
import { firstIssue, loadDocument } from './json-file.js';
import { StoreError } from '../errors.js';
import { blockKey, blockOf, type BlockRef, type StorePaths } from './paths.js';
import type { ConfigDoc, LetterBook, MetaDoc, BlockDoc } from './schema.js';
import { SCHEMA_VERSION } from './version.js';
import { blockShape, blockShellShape, configShape, letterBookShape, metaShape } from './document-shapes.js';

const schemas = () => import('./schema.js');

/** The office configuration (defaults until written). */
export function openConfig(paths: StorePaths): Promise<Low<ConfigDoc>> {
  return loadDocument(
    paths.config,
    { schema: async () => (await schemas()).configSchema, shape: configShape, backupDir: paths.backups },
    defaultConfig,
  );
}

/** Store-wide facts; a fresh store gets a new random secret. */
export function openMeta(paths: StorePaths): Promise<Low<MetaDoc>> {
  return loadDocument(paths.meta, { schema: async () => (await schemas()).metaSchema, shape: metaShape, backupDir: paths.backups }, () => ({
    // node:crypto only here, when a store is new: it is not free to load.
    schemaVersion: SCHEMA_VERSION,
    openBlocks: [],
    secret: (requireCjs('node:crypto') as typeof import('node:crypto')).randomBytes(32).toString('hex'),
  }));
}

/**
 * Refuses a block whose cases are not where their numbers say (exit 3, the file left as it is): each
 * case's id, year and agenda number agree, and the agenda number belongs in this block of this year.
 * Checked on every read, stamp or not: a number changed by hand must not make `show 2026-0601` show
 * case 600. (`check` reads with `verify` and reports each such case itself.)
 */
function assertPlaced(doc: BlockDoc, ref: BlockRef, file: string): void {
  if (doc.year !== ref.year || doc.block !== ref.block)
    throw new StoreError('store.invalid', { file, problem: `year/block ${doc.year}-${doc.block}, not ${blockKey(ref)}` });
  for (const c of doc.cases)
    if (c.year !== ref.year || blockOf(c.agendaNumber) !== ref.block || c.id !== `${ref.year}-${String(c.agendaNumber).padStart(4, '0')}`)
      throw new StoreError('store.invalid', { file, problem: `${c.id}: agendaNumber ${c.agendaNumber}, year ${c.year}` });
}

/** One block of cases; an absent block starts after `previousLast`, the last agenda number before it. */
export async function openBlock(paths: StorePaths, ref: BlockRef, previousLast = 0, verify = false): Promise<Low<BlockDoc>> {
  // Each changed case is validated by the store; the rest of the block was valid when read.
  const writeCheck = async () => {
    const { blockShellSchema } = await schemas();
    return (doc: BlockDoc) => firstIssue(blockShellSchema, doc);
  };
  const db = await loadDocument<BlockDoc>(
    paths.cases(ref),
    {
      schema: async () => (await schemas()).blockSchema,
      shape: blockShape,
      writeCheck,
      writeShape: blockShellShape,
      backupDir: paths.backups,
      verify,
    },
    () => ({
      schemaVersion: SCHEMA_VERSION,
      year: ref.year,
      block: ref.block,
      lastAgenda: previousLast,
      cases: [],
    }),
  );
  if (!verify) assertPlaced(db.data, ref, paths.cases(ref));
  return db;
}

/** One year's book of outgoing letters. */
export function openLetterBook(paths: StorePaths, year: number, verify = false): Promise<Low<LetterBook>> {
  return loadDocument(
    paths.letters(year),
    { schema: async () => (await schemas()).letterBookSchema, shape: letterBookShape, backupDir: paths.backups, verify },
    () => ({
      schemaVersion: SCHEMA_VERSION,
      year,
      lastSeq: 0,
      letters: [],
    }),
  );
}
