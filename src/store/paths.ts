/** Where everything lives under LOKET_HOME. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Cases of a year are kept in blocks of this many agenda numbers (cases-2026-000.json holds
 * 1..500, -001 holds 501..1000, ...), so a registration late in a busy year still reads and writes
 * one small file.
 */
export const BLOCK_SIZE = 500;

/** One file of cases: a year and a block of agenda numbers. */
export interface BlockRef {
  year: number;
  block: number;
}

/** `2026-000`: how a block is named in meta.json and in messages. */
export function blockKey(ref: BlockRef): string {
  return `${ref.year}-${String(ref.block).padStart(3, '0')}`;
}

/** The block a key of meta.json names (`2026-000`). */
export function parseBlockKey(key: string): BlockRef {
  const [year, block] = key.split('-').map(Number) as [number, number];
  return { year, block };
}

/**
 * Whether a block listed as open but absent from the folder had cases: its first agenda number is
 * within the numbers given. A block listed just before its first write was interrupted holds none.
 */
export function blockWasLost(ref: BlockRef, agendaHighWater: Record<string, number> | undefined): boolean {
  return ref.block * BLOCK_SIZE < (agendaHighWater?.[ref.year] ?? 0);
}

/** The block that holds an agenda number. */
export function blockOf(agendaNumber: number): number {
  return Math.floor((agendaNumber - 1) / BLOCK_SIZE);
}

/** The home folder: --home, else LOKET_HOME, else the XDG data folder. */
export function resolveHome(env: NodeJS.ProcessEnv, flag?: string): string {
  if (flag) return flag;
  if (env.LOKET_HOME) return env.LOKET_HOME;
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'loket');
}

/** Where `loket backup` writes when not told: the data folder's backups/, named for the moment (`loket-2026-11-27T090000.jsonl`). */
export function defaultBackupFile(home: string, createdAt: string): string {
  return join(new StorePaths(home).backups, `loket-${createdAt.slice(0, 19).replace(/:/g, '')}.jsonl`);
}

/** The files and folders of one store. */
export class StorePaths {
  constructor(readonly home: string) {}
  get config(): string {
    return join(this.home, 'config.json');
  }
  get lock(): string {
    return join(this.home, '.lock');
  }
  get data(): string {
    return join(this.home, 'store');
  }
  get meta(): string {
    return join(this.data, 'meta.json');
  }
  get attachments(): string {
    return join(this.home, 'attachments');
  }
  get documents(): string {
    return join(this.home, 'documents');
  }
  /** A kept document of a case: documents/YEAR/NAME. */
  document(caseId: string, name: string): string {
    return join(this.documents, caseId.slice(0, 4), name);
  }
  /** The register of every document saved (its SHA-256), one JSON line each, so `verify-pdf` can say the office issued it. */
  get issued(): string {
    return join(this.data, 'issued.jsonl');
  }
  get backups(): string {
    return join(this.home, 'backups');
  }
  cases(ref: BlockRef): string {
    return join(this.data, `cases-${blockKey(ref)}.json`);
  }
  index(ref: BlockRef): string {
    return join(this.data, `index-${blockKey(ref)}.json`);
  }
  /** The compact records of a block's open cases (open-records.ts), derived from the block. */
  openRecords(ref: BlockRef): string {
    return join(this.data, `open-${blockKey(ref)}.json`);
  }
  letters(year: number): string {
    return join(this.data, `letters-${year}.json`);
  }
  attachment(sha256: string): string {
    return join(this.attachments, sha256.slice(0, 2), sha256);
  }
}

/** The case blocks present in the store folder, in order. */
export function blocksIn(fileNames: string[]): BlockRef[] {
  const refs: BlockRef[] = [];
  for (const name of fileNames) {
    const m = /^cases-(\d{4})-(\d{3})\.json$/.exec(name);
    if (m) refs.push({ year: Number(m[1]), block: Number(m[2]) });
  }
  return refs.sort((a, b) => a.year - b.year || a.block - b.block);
}

/** Years that have a book of outgoing letters, ascending. */
export function letterYearsIn(fileNames: string[]): number[] {
  return fileNames
    .map((n) => /^letters-(\d{4})\.json$/.exec(n)?.[1])
    .filter((y): y is string => !!y)
    .map(Number)
    .sort((a, b) => a - b);
}
