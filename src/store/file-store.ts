/** The embedded store: one lowdb JSON file per agenda year, a letter book per year, a lock, an audit trail. */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { isOpen, type AuditEvent, type Case } from '../domain/model.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError } from '../errors.js';
import { storeAttachment } from './attachments.js';
import { defaultConfig } from './defaults.js';
import { firstIssue, loadDocument } from './document.js';
import { ensureDir, readIfExists, writeFileDurable } from './durable-file.js';
import { type LockOptions, withLock } from './lock.js';
import { StorePaths, yearsIn } from './paths.js';
import {
  caseSchema, configSchema, letterBookSchema, metaSchema, SCHEMA_VERSION, yearSchema, yearShellSchema,
  type ConfigDoc, type LetterBook, type MetaDoc, type YearDoc,
} from './schema.js';
import { searchYears } from './search-index.js';
import type { Change, CaseSummary, LetterNumber, Store } from './store.js';
import { formatNumber } from '../domain/numbering.js';

export interface FileStoreOptions {
  home: string;
  /** Who acts, for the audit trail. */
  user: string;
  /** The clock (LOKET_NOW in tests). */
  now: () => number;
  lock: LockOptions;
}

/** Parses `2026-0042` (or `2026-42`) into year and agenda number. */
export function parseCaseId(id: string): { year: number; agendaNumber: number } | undefined {
  const m = /^(\d{4})-(\d{1,6})$/.exec(id.trim());
  return m ? { year: Number(m[1]), agendaNumber: Number(m[2]) } : undefined;
}

/** Refuses to record a case that would not load again (a programming error, hence not an InputError). */
function assertCase(c: Case): void {
  const problem = firstIssue(caseSchema, c);
  if (problem) throw new Error(`refusing to record invalid case ${c.id}: ${problem}`);
}

export class FileStore implements Store {
  readonly paths: StorePaths;
  private cachedConfig?: ConfigDoc;

  constructor(private readonly options: FileStoreOptions) {
    this.paths = new StorePaths(options.home);
  }

  get home(): string {
    return this.options.home;
  }

  async config(): Promise<ConfigDoc> {
    if (!this.cachedConfig) this.cachedConfig = (await this.configDoc()).data;
    return this.cachedConfig;
  }

  async updateConfig(action: string, change: (config: ConfigDoc) => Change<ConfigDoc>): Promise<ConfigDoc> {
    return this.locked(async () => {
      const db = await this.configDoc();
      const { value, changes } = change(structuredClone(db.data));
      value.events.push(this.event(action, changes, value.profile.timeZone));
      db.data = value;
      await db.write();
      this.cachedConfig = value;
      return value;
    });
  }

  async register(year: number, build: (agendaNumber: number) => Change<Case>): Promise<Case> {
    return this.locked(async () => {
      await this.markOpenYear(year);
      const db = await this.yearDoc(year);
      const agendaNumber = db.data.lastAgenda + 1;
      const { value, changes } = build(agendaNumber);
      value.events.push(this.event('register', changes, await this.timeZone()));
      assertCase(value);
      db.data.lastAgenda = agendaNumber;
      db.data.cases.push(value);
      await db.write();
      return value;
    });
  }

  async get(id: string): Promise<Case> {
    const doc = await this.readYear(this.yearOfId(id));
    return doc.cases[this.locate(doc, id)]!;
  }

  async update(id: string, action: string, change: (c: Case) => Change<Case>): Promise<Case> {
    const year = this.yearOfId(id);
    return this.locked(async () => {
      const db = await this.yearDoc(year);
      const index = this.locate(db.data, id);
      const before = db.data.cases[index]!;
      const { value, changes } = change(structuredClone(before));
      if (!isOpen(before) && isOpen(value)) await this.markOpenYear(year);
      value.events.push(this.event(action, changes, await this.timeZone()));
      assertCase(value);
      db.data.cases[index] = value;
      await db.write();
      if (isOpen(before) && !isOpen(value) && !db.data.cases.some(isOpen)) await this.unmarkOpenYear(year);
      return value;
    });
  }

  async issueLetter(id: string, kind: string, date: string, pattern: string, apply: (c: Case, letter: LetterNumber) => Change<Case>) {
    const year = Number(date.slice(0, 4));
    const existing = await this.findLetter(id, kind);
    let letter = existing;
    if (!letter) {
      letter = await this.locked(async () => {
        // The book is written first: a crash before the case is written leaves a number that the next call reuses.
        const found = await this.findLetter(id, kind);
        if (found) return found;
        const book = await this.letterBook(year);
        const seq = book.data.lastSeq + 1;
        const number = formatNumber(pattern, seq, date);
        book.data.lastSeq = seq;
        book.data.letters.push({ seq, number, caseId: id, kind, date, issuedAt: formatInstant(this.options.now(), await this.timeZone()), by: this.options.user });
        await book.write();
        return { number, seq, year, date };
      });
    }
    const issued = letter;
    const updated = await this.update(id, `letter:${kind}`, (c) => apply(c, issued));
    return { case: updated, letter: issued };
  }

  async openCases(): Promise<Case[]> {
    const meta = await this.readMeta();
    const out: Case[] = [];
    for (const year of meta?.openYears ?? []) out.push(...(await this.readYear(year)).cases.filter(isOpen));
    return out;
  }

  async casesOfYear(year: number): Promise<Case[]> {
    return (await this.readYear(year)).cases;
  }

  async years(): Promise<number[]> {
    return this.yearsOf('cases');
  }

  /** Years that have a book of outgoing letters, ascending. */
  async letterYears(): Promise<number[]> {
    return this.yearsOf('letters');
  }

  /** Runs `fn` inside the store lock (backups, checks that must see one moment). */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.locked(fn);
  }

  async search(text: string): Promise<CaseSummary[]> {
    return searchYears(this, await this.years(), text);
  }

  async storeAttachment(path: string): Promise<{ sha256: string; size: number }> {
    return storeAttachment(this.paths, path);
  }

  async saveDocument(caseId: string, fileName: string, bytes: Uint8Array): Promise<string> {
    const dir = join(this.paths.documents, caseId.slice(0, 4));
    await ensureDir(dir);
    const path = join(dir, fileName);
    await writeFileDurable(path, bytes);
    return path;
  }

  async secret(): Promise<string> {
    const meta = await this.readMeta();
    if (meta) return meta.secret;
    return this.locked(async () => {
      const db = await this.metaDoc();
      await db.write();
      return db.data.secret;
    });
  }

  /** A year's agenda book as stored (empty when none), validated; for the index and checks. */
  async readYear(year: number): Promise<YearDoc> {
    return (await this.yearDoc(year)).data;
  }

  /** A year's book of outgoing letters (empty when none). */
  async readLetters(year: number): Promise<LetterBook> {
    return (await this.letterBook(year)).data;
  }

  /** The store-wide meta document, or undefined before the first write. */
  async readMeta(): Promise<MetaDoc | undefined> {
    if ((await readIfExists(this.paths.meta)) === undefined) return undefined;
    return (await this.metaDoc()).data;
  }

  private async locked<T>(fn: () => Promise<T>): Promise<T> {
    await ensureDir(this.paths.data);
    return withLock(this.paths.home, this.paths.lock, this.options.lock, async () => {
      // The first write of a store also writes the default profile, so the office can edit it.
      if (!existsSync(this.paths.config)) await (await this.configDoc()).write();
      return fn();
    });
  }

  private event(action: string, changes: Record<string, unknown>, timeZone: string): AuditEvent {
    return { at: formatInstant(this.options.now(), timeZone), by: this.options.user, action, changes };
  }

  private async timeZone(): Promise<string> {
    return (await this.config()).profile.timeZone;
  }

  private yearOfId(id: string): number {
    const parsed = parseCaseId(id);
    if (!parsed) throw InputError.of('id', 'input.caseId', { value: id });
    return parsed.year;
  }

  private locate(doc: YearDoc, id: string): number {
    const parsed = parseCaseId(id)!;
    const index = doc.cases.findIndex((c) => c.agendaNumber === parsed.agendaNumber);
    if (index < 0) throw InputError.of('id', 'input.caseNotFound', { value: id });
    return index;
  }

  private async yearsOf(kind: 'cases' | 'letters'): Promise<number[]> {
    try {
      return yearsIn(await readdir(this.paths.data), kind);
    } catch {
      return [];
    }
  }

  private async findLetter(id: string, kind: string): Promise<LetterNumber | undefined> {
    for (const y of (await this.letterYears()).reverse()) {
      const hit = (await this.readLetters(y)).letters.find((l) => l.caseId === id && l.kind === kind);
      if (hit) return { number: hit.number, seq: hit.seq, year: y, date: hit.date };
    }
    return undefined;
  }

  private async markOpenYear(year: number): Promise<void> {
    const meta = await this.metaDoc();
    if (meta.data.openYears.includes(year)) return;
    meta.data.openYears = [...meta.data.openYears, year].sort((a, b) => a - b);
    await meta.write();
  }

  private async unmarkOpenYear(year: number): Promise<void> {
    const meta = await this.metaDoc();
    meta.data.openYears = meta.data.openYears.filter((y) => y !== year);
    await meta.write();
  }

  private configDoc(): Promise<Low<ConfigDoc>> {
    return loadDocument(this.paths.config, { schema: configSchema, backupDir: this.paths.backups }, defaultConfig);
  }

  private metaDoc(): Promise<Low<MetaDoc>> {
    return loadDocument(this.paths.meta, { schema: metaSchema, backupDir: this.paths.backups }, () => ({
      schemaVersion: SCHEMA_VERSION, openYears: [], secret: randomBytes(32).toString('hex'),
    }));
  }

  private yearDoc(year: number): Promise<Low<YearDoc>> {
    // Each changed case is validated by register/update; the rest of the year was valid when read.
    const writeCheck = (doc: YearDoc) => firstIssue(yearShellSchema, doc);
    return loadDocument(this.paths.cases(year), { schema: yearSchema, writeCheck, backupDir: this.paths.backups }, () => ({
      schemaVersion: SCHEMA_VERSION, year, lastAgenda: 0, cases: [],
    }));
  }

  private letterBook(year: number): Promise<Low<LetterBook>> {
    return loadDocument(this.paths.letters(year), { schema: letterBookSchema, backupDir: this.paths.backups }, () => ({
      schemaVersion: SCHEMA_VERSION, year, lastSeq: 0, letters: [],
    }));
  }
}
