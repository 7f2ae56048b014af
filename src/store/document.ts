/** A stored JSON document through lowdb: validated and migrated on load, written durably. */
import { constants } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { ZodType } from 'zod';
import { StoreError } from '../errors.js';
import { ensureDir, readIfExists, writeFileDurable } from './durable-file.js';
import { SCHEMA_VERSION } from './schema.js';

/** How to bring an older document up to the current schema; keyed by the version it starts from. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {
  // Version 0: documents written by hand or by the prototype, before versions were recorded.
  0: (doc) => ({ ...doc, schemaVersion: 1 }),
};

/** A lowdb adapter for one file: parse, refuse newer or invalid documents, migrate older ones (backing up first). */
export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly schema: ZodType<T>,
    private readonly backupDir: string,
  ) {}

  async read(): Promise<T | null> {
    const text = await readIfExists(this.path);
    if (text === undefined) return null;
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
    if (version < SCHEMA_VERSION) {
      await this.backup(version);
      for (let v = version; v < SCHEMA_VERSION; v++) doc = MIGRATIONS[v]!(doc);
    }
    const parsed = this.schema.safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new StoreError('store.invalid', { file: this.path, problem: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
    }
    // A migrated document is written back by the next change, inside the lock.
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    // Never write what could not be read back.
    const parsed = this.schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`refusing to write invalid ${this.path}: ${issue.path.join('.')}: ${issue.message}`);
    }
    await writeFileDurable(this.path, JSON.stringify(data));
  }

  /** Keeps the file as it was before its first migration (once per version). */
  private async backup(version: number): Promise<void> {
    await ensureDir(this.backupDir);
    try {
      await copyFile(this.path, join(this.backupDir, `${basename(this.path)}.v${version}.bak`), constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Opens a document, filling `fallback` when the file does not exist yet. */
export async function loadDocument<T>(path: string, schema: ZodType<T>, backupDir: string, fallback: () => T): Promise<Low<T>> {
  const db = new Low<T>(new DurableJsonAdapter(path, schema, backupDir), fallback());
  await db.read();
  return db;
}
