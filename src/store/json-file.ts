/** A stored JSON document through lowdb: validated and migrated on load, written durably. */
import { constants } from 'node:fs';
import { copyFile, open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { ZodType } from 'zod';
import { StoreError } from '../errors.js';
import { ensureDir, readIfExists, writeFileDurable } from './durable-file.js';
import { assertLocksHeld } from './lock.js';
import type { Check } from './plain-checks.js';
import { SCHEMA_VERSION } from './version.js';
import { versionKey } from './file-version.js';

/** How to bring an older document up to the current schema; keyed by the version it starts from. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {
  // Version 0: documents written by hand or by the prototype, before versions were recorded.
  0: (doc) => ({ ...doc, schemaVersion: 1 }),
};

export interface DocumentOptions<T> {
  /**
   * Full validation on load, loaded on demand: a command that only reads files this store wrote
   * (recognised by their stamp) never loads zod.
   */
  schema: () => Promise<ZodType<T>>;
  /**
   * Validation before a write. Defaults to the full schema; a block of cases passes a cheaper check
   * because the store validates each changed case itself.
   */
  writeCheck?: () => Promise<(data: T) => string | undefined>;
  /**
   * The schema as a plain check (document-shapes.ts), and `writeCheck`'s when there is one: what
   * passes it is valid without loading zod; what does not is given to the schema, which says why.
   */
  shape?: Check;
  writeShape?: Check;
  backupDir: string;
  /** Validate even a file whose stamp says it was validated (`loket check` trusts nothing). */
  verify?: boolean;
}

/**
 * A lowdb adapter for one file: parse, refuse newer or invalid documents, migrate older ones
 * (backing up first). A file this store wrote or already validated is recognised by a stamp beside
 * it (size, modification and change times, inode) and not validated again: a year of cases is read on every command.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  /** The version the document was migrated from when read, until it is written back. */
  private migratedFrom?: number;

  constructor(
    private readonly path: string,
    private readonly options: DocumentOptions<T>,
  ) {}

  private get stampPath(): string {
    return join(dirname(this.path), `.${basename(this.path)}.valid`);
  }

  async read(): Promise<T | null> {
    let handle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let text: string;
    let key: string;
    try {
      key = versionKey(await handle.stat({ bigint: true }));
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new StoreError('store.corrupt', { file: this.path, problem: (error as Error).message });
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new StoreError('store.corrupt', { file: this.path, problem: 'not a JSON object' });
    }
    let doc = raw as Record<string, unknown>;
    const version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
    if (version > SCHEMA_VERSION) throw new StoreError('store.newer', { file: this.path, version, supported: SCHEMA_VERSION });
    if (version === SCHEMA_VERSION && !this.options.verify && (await readIfExists(this.stampPath)) === key) return doc as T;
    // The copy of the old file is made when the migrated document is written, not by a read.
    if (version < SCHEMA_VERSION) {
      this.migratedFrom = version;
      for (let v = version; v < SCHEMA_VERSION; v++) doc = MIGRATIONS[v]!(doc);
    }
    // What the plain check passes, the schema passes unchanged (it has no unknown key to drop).
    const data = this.options.shape?.(doc) ? (doc as T) : await this.parsed(doc);
    // A migrated document is written back by the next change, inside the lock.
    if (version === SCHEMA_VERSION) await this.stamp(key);
    return data;
  }

  /** The document through its schema; exit 3 naming the file and the first field it refuses. */
  private async parsed(doc: unknown): Promise<T> {
    const parsed = (await this.options.schema()).safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new StoreError('store.invalid', { file: this.path, problem: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
    }
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    // Never write what could not be read back.
    const problem = await this.writeProblem(data);
    if (problem) throw new Error(`refusing to write invalid ${this.path}: ${problem}`);
    await assertLocksHeld();
    await ensureDir(dirname(this.path));
    if (this.migratedFrom !== undefined) await this.backup(this.migratedFrom);
    await writeFileDurable(this.path, JSON.stringify(data));
    this.migratedFrom = undefined;
    await this.stamp(versionKey(await stat(this.path, { bigint: true })));
  }

  private async writeProblem(data: T): Promise<string | undefined> {
    const { writeCheck, shape, writeShape } = this.options;
    if (writeCheck) return writeShape?.(data) ? undefined : (await writeCheck())(data);
    return shape?.(data) ? undefined : firstIssue(await this.options.schema(), data);
  }

  /** Records that this version of the file is valid; only a cache, so failures are ignored. */
  private async stamp(key: string): Promise<void> {
    await writeFileDurable(this.stampPath, key, { sync: false }).catch(() => undefined);
  }

  /** Keeps the file as it was before its first migration (once per version). */
  private async backup(version: number): Promise<void> {
    await ensureDir(this.options.backupDir);
    try {
      await copyFile(this.path, join(this.options.backupDir, `${basename(this.path)}.v${version}.bak`), constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The first schema problem of a value as `path: message`, or undefined when it is valid. */
export function firstIssue<T>(schema: ZodType<T>, data: unknown): string | undefined {
  const parsed = schema.safeParse(data);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

/** Opens a document, filling `fallback` when the file does not exist yet. */
export async function loadDocument<T>(path: string, options: DocumentOptions<T>, fallback: () => T): Promise<Low<T>> {
  // The fallback is built only when the file is absent (a new meta document draws a random secret).
  const db = new Low<T | null>(new DurableJsonAdapter(path, options) as Adapter<T | null>, null);
  await db.read();
  db.data ??= fallback();
  return db as Low<T>;
}
