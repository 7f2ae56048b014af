/**
 * The embedded store: lowdb JSON files of cases in blocks per agenda year, a letter book per year,
 * one cross-process lock, and an audit event on every change.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Low } from 'lowdb';
import { readFile, readdir, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CaseFilter } from '../domain/case-filter.js';
import { certificatesOf, isOpen, type AuditEvent, type Case, type RecordedRevocation } from '../domain/model.js';
import { formatNumber } from '../domain/numbering.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError, StoreError } from '../errors.js';
import { storeAttachment, storeAttachmentBytes } from './attachments.js';
import { assertActor, assertAfterLast, assertCase, assertNotAhead, newRevocations, parseCaseId } from './case-rules.js';
import { openBlock, openConfig, openLetterBook, openMeta } from './store-files.js';
import { afterCommit, ensureDir, writeFileDurable } from './durable-file.js';
import { appendIssued, findIssued, issuedFor } from './issued-register.js';
import { issuedEntryFor, keptName } from './kept-documents.js';
import { keepOpenRecords, openRecordsIn } from './open-records.js';
import type { OpenRecord } from '../domain/open-record.js';
import { importIntoYear } from './agenda-import.js';
import { assertLocksHeld, type LockOptions, withLock } from './lock.js';
import { BLOCK_SIZE, blockKey, blockOf, blocksIn, blockWasLost, letterYearsIn, parseBlockKey, StorePaths, type BlockRef } from './paths.js';
import type { ConfigDoc, LetterBook, MetaDoc, BlockDoc } from './schema.js';
import { searchBlocks } from './search-index.js';
import { AlreadyRegistered } from './already-registered.js';
import { caseIdOfMessage } from './message-key-index.js';
import type {
  BackupOptions,
  Change,
  ConfigUpdate,
  CaseSummary,
  CheckResult,
  IssuedDocument,
  KeptDocument,
  LetterNumber,
  NewDocument,
  CaseDocument,
  RegisteredWithDocument,
  Store,
} from './store.js';
import { documentDigest, documentOutcome } from './registered-document.js';
import { surveyYearsIn } from './survey-paths.js';
import type { SurveyStore } from './survey-store.js';
import { TrackingIndex } from './tracking-index.js';

export interface FileStoreOptions {
  home: string;
  /** Who acts, for the audit trail. */
  user: string;
  /** The clock (LOKET_NOW in tests). */
  now: () => number;
  lock: LockOptions;
}

export class FileStore implements Store {
  readonly paths: StorePaths;
  private cachedConfig?: ConfigDoc;
  private secretHex?: string;
  private readonly tracking = new TrackingIndex();
  /** The tracking lookup's module once loaded: kept, since an import() of a loaded module still resolves it again. */
  private digests?: typeof import('./tracking-digests.js');

  constructor(private readonly options: FileStoreOptions) {
    this.paths = new StorePaths(options.home);
  }

  get home(): string {
    return this.options.home;
  }

  get location(): string {
    return this.options.home;
  }

  async close(): Promise<void> {}

  async ownedByActor(): Promise<boolean> {
    // Where there are no user ids (Windows), whoever can write the folder owns it.
    if (typeof process.getuid !== 'function') return true;
    const { stat } = await import('node:fs/promises');
    const info = await stat(this.home).catch(() => undefined);
    return !info || info.uid === process.getuid();
  }

  async config(): Promise<ConfigDoc> {
    this.cachedConfig ??= (await openConfig(this.paths)).data;
    return this.cachedConfig;
  }

  async forgetConfig(): Promise<void> {
    this.cachedConfig = undefined;
  }

  async login(): Promise<undefined> {
    return undefined;
  }

  async updateConfig(action: string, change: (config: ConfigDoc) => Change<ConfigDoc>, options: ConfigUpdate = {}): Promise<ConfigDoc> {
    // A login is one of the shared database's: the files have none to give.
    if (options.newLogin) throw InputError.of('login', 'roles.loginOnFiles', { value: options.newLogin.login });
    return this.locked(async () => {
      const db = await openConfig(this.paths);
      const { value, changes } = change(structuredClone(db.data));
      value.events.push(this.event(action, changes, value.profile.timeZone));
      db.data = value;
      await db.write();
      this.cachedConfig = value;
      return value;
    });
  }

  async register(year: number, build: (agendaNumber: number) => Change<Case>): Promise<Case> {
    const [added] = await this.append(year, [registration(build)]);
    return added!;
  }

  async registerWithDocument(
    year: number,
    build: (agendaNumber: number) => Change<Case>,
    document: CaseDocument,
  ): Promise<RegisteredWithDocument> {
    let outcome: Omit<RegisteredWithDocument, 'case'> = {};
    // Under the same lock, once the case is written: a document that fails leaves the case recorded.
    const [added] = await this.append(year, [registration(build)], async ([c]) => {
      outcome = await documentOutcome(c!, document, (doc) => this.keepLocked(doc, true));
    });
    return { case: added!, ...outcome };
  }

  async importCases(year: number, builds: ((agendaNumber: number) => Case)[]): Promise<Case[]> {
    return this.append(
      year,
      builds.map((build) => (agenda) => {
        const value = build(agenda);
        return { value, event: ['import', { agendaNumber: value.agendaNumber }] };
      }),
    );
  }

  async agendaNumbers(year: number): Promise<Set<number>> {
    const numbers = new Set<number>();
    for (const ref of (await this.blocks()).filter((b) => b.year === year))
      for (const c of (await this.readBlock(ref)).cases) numbers.add(c.agendaNumber);
    return numbers;
  }

  async importAgenda(year: number, cases: Case[], source: string): Promise<Case[]> {
    return this.locked(async (meta) => {
      const tz = await this.timeZone();
      for (const c of cases) assertNotAhead(c, this.options.now(), tz);
      await this.assertNothingLost(meta.data);
      return importIntoYear(
        {
          meta,
          used: await this.agendaNumbers(year),
          event: (action, changes) => this.event(action, changes, tz),
          openBlock: (block) => this.caseBlock({ year, block }),
          writeBlock: (db, added) => this.writeBlock(meta, db, added),
        },
        year,
        cases,
        source,
      );
    });
  }

  async get(id: string): Promise<Case> {
    const { ref, agendaNumber } = this.locate(id);
    const c = (await this.readBlock(ref)).cases.find((x) => x.agendaNumber === agendaNumber);
    if (!c) throw InputError.of('id', 'input.caseNotFound', { value: id });
    return c;
  }

  async update(id: string, action: string, change: (c: Case) => Change<Case>): Promise<Case> {
    const { ref, agendaNumber } = this.locate(id);
    return this.locked(async (meta) => {
      const db = await this.caseBlock(ref);
      const index = db.data.cases.findIndex((c) => c.agendaNumber === agendaNumber);
      if (index < 0) throw InputError.of('id', 'input.caseNotFound', { value: id });
      const before = db.data.cases[index]!;
      const { value, changes } = change(structuredClone(before));
      const event = this.event(action, changes, await this.timeZone());
      assertAfterLast(before, event.at);
      value.events.push(event);
      await assertCase(value);
      const revoked = newRevocations(before, value);
      // meta.json may list a block with no open case (after a crash), never miss one with an open case.
      const opens = !isOpen(before) && isOpen(value) && markOpen(meta.data, ref);
      if (revoked.length) meta.data.revocations = [...(meta.data.revocations ?? []), ...revoked];
      if (opens || revoked.length) await meta.write();
      db.data.cases[index] = value;
      await db.write();
      await keepOpenRecords(this.paths, db.data);
      if (isOpen(before) && !isOpen(value) && !db.data.cases.some(isOpen))
        await afterCommit(async () => {
          meta.data.openBlocks = meta.data.openBlocks.filter((k) => k !== blockKey(ref));
          await meta.write();
        });
      return value;
    });
  }

  async issueLetter(id: string, kind: string, date: string, pattern: string, apply: (c: Case, letter: LetterNumber) => Change<Case>) {
    const year = Number(date.slice(0, 4));
    await this.get(id);
    const letter =
      (await this.findLetter(id, kind)) ??
      (await this.locked(async (meta) => {
        // The book is written first: a crash before the case is written leaves a number that the next call reuses.
        const found = await this.findLetter(id, kind);
        if (found) return found;
        await this.assertNothingLost(meta.data);
        const newest = Math.max(0, ...(await this.letterYears()));
        if (year < newest) throw InputError.of('date', 'input.closedLetterYear', { value: date, year: newest });
        const book = await openLetterBook(this.paths, year);
        const highWater = meta.data.letterHighWater?.[year] ?? 0;
        if (highWater > book.data.lastSeq)
          throw new StoreError('store.numbersMissing', { file: this.paths.letters(year), highWater, last: book.data.lastSeq });
        const seq = book.data.lastSeq + 1;
        const number = formatNumber(pattern, seq, date);
        book.data.lastSeq = seq;
        book.data.letters.push({
          seq,
          number,
          caseId: id,
          kind,
          date,
          issuedAt: formatInstant(this.options.now(), await this.timeZone()),
          by: this.options.user,
        });
        await book.write();
        meta.data.letterHighWater = { ...meta.data.letterHighWater, [year]: seq };
        await meta.write();
        return { number, seq, year, date };
      }));
    const updated = await this.update(id, `letter:${kind}`, (c) => apply(c, letter));
    return { case: updated, letter };
  }

  async openCases(): Promise<Case[]> {
    const meta = await this.requireMeta();
    const out: Case[] = [];
    const present = new Set((await this.blocks()).map(blockKey));
    for (const key of meta?.openBlocks ?? []) {
      const ref = parseBlockKey(key);
      if (present.has(key)) out.push(...(await this.readBlock(ref)).cases.filter(isOpen));
      else if (blockWasLost(ref, meta?.agendaHighWater)) throw new StoreError('store.blockMissing', { file: this.paths.cases(ref) });
    }
    return out;
  }

  async openRecords(): Promise<OpenRecord[]> {
    return openRecordsIn(this, await this.requireMeta(), await this.blocks());
  }

  async listCases(filter: CaseFilter, years: { first: number; last: number }): Promise<Case[]> {
    const { matchesFilter } = await import('../domain/case-filter.js');
    const out: Case[] = [];
    for (const year of await this.years())
      if (year >= years.first && year <= years.last)
        for (const c of await this.casesOfYear(year)) if (matchesFilter(c, filter)) out.push(c);
    return out;
  }

  /** Every case registered in a year. */
  async casesOfYear(year: number): Promise<Case[]> {
    const out: Case[] = [];
    for (const ref of (await this.blocks()).filter((b) => b.year === year)) out.push(...(await this.readBlock(ref)).cases);
    return out;
  }

  /** Years that have cases, ascending. */
  async years(): Promise<number[]> {
    return [...new Set((await this.blocks()).map((b) => b.year))];
  }

  /** Every block of cases in the store, in order. */
  async blocks(): Promise<BlockRef[]> {
    return blocksIn(await this.fileNames());
  }

  /** Years that have a book of outgoing letters, ascending. */
  async letterYears(): Promise<number[]> {
    return letterYearsIn(await this.fileNames());
  }

  async findByTrackingCode(code: string): Promise<Case | undefined> {
    const { askedDigest, sameTrackingCode, trackingDigest } = (this.digests ??= await import('./tracking-digests.js'));
    const c = await this.tracking.lookup(this, askedDigest(code), trackingDigest);
    // The index's own case, frozen (Store.findByTrackingCode): kept for the next lookup.
    return c && sameTrackingCode(c.trackingCode, code) ? c : undefined;
  }

  keptByTrackingCode(code: string): Case | undefined {
    const lookup = this.digests;
    const c = lookup && this.tracking.kept(this, lookup.askedDigest(code));
    return c && lookup.sameTrackingCode(c.trackingCode, code) ? c : undefined;
  }

  keptConfig(): ConfigDoc | undefined {
    return this.cachedConfig;
  }

  async findByCertificateCode(code: string): Promise<Case | undefined> {
    // Codes are in the search index; the case itself decides, since a code may also match other words.
    for (const hit of await this.search(code)) {
      const c = await this.get(hit.id);
      if (certificatesOf(c).some((x) => x.code === code)) return c;
    }
    return undefined;
  }

  async search(text: string): Promise<CaseSummary[]> {
    return searchBlocks(this, await this.blocks(), text);
  }

  async findByMessageKey(key: string): Promise<Case | undefined> {
    const id = await caseIdOfMessage(this, await this.blocks(), key);
    return id ? this.get(id) : undefined;
  }

  async readAttachment(sha256: string): Promise<Uint8Array> {
    const { readFile } = await import('node:fs/promises');
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw InputError.of('sha256', 'mail.storedMissing', { value: sha256 });
    try {
      return await readFile(this.paths.attachment(sha256));
    } catch {
      throw InputError.of('sha256', 'mail.storedMissing', { value: sha256 });
    }
  }

  async storeAttachment(path: string): Promise<{ sha256: string; size: number }> {
    return storeAttachment(this.paths, path);
  }

  async storeAttachmentBytes(bytes: Uint8Array): Promise<{ sha256: string; size: number }> {
    return storeAttachmentBytes(this.paths, bytes);
  }

  async keepDocument(doc: NewDocument): Promise<KeptDocument> {
    return this.locked(() => this.keepLocked(doc));
  }

  /**
   * Keeps a document; the caller holds the lock. Never over another file: a name the register does
   * not list but whose file holds other bytes (a documents folder kept through a restore of an older
   * backup, whose numbers are given again) is taken too. `fresh`: the document of a case numbered in
   * this very change, which the register cannot list yet (PgStore's keepInTransaction does the same),
   * so the register of years of documents is not searched for it while its name is free on disk.
   */
  private async keepLocked(doc: NewDocument, fresh = false): Promise<KeptDocument> {
    const sha256 = documentDigest(doc.bytes);
    const fileOf = (name: string) => this.paths.document(doc.caseId, name);
    const occupied = (name: string) => existsSync(fileOf(name)) && documentDigest(readFileSync(fileOf(name))) !== sha256;
    const unlisted = fresh && !existsSync(fileOf(keptName(doc, sha256, []).name));
    const { name, known } = keptName(doc, sha256, unlisted ? [] : await issuedFor(this.paths, doc.caseId), occupied);
    const path = fileOf(name);
    const document: IssuedDocument = known ?? issuedEntryFor(doc, sha256, name);
    // A copy deleted by hand is written again; the register already lists it.
    if (!known || !existsSync(path)) {
      await ensureDir(dirname(path));
      await writeFileDurable(path, doc.bytes);
    }
    if (!known) await appendIssued(this.paths, document);
    return { document, path };
  }

  async keepDraft(caseId: string, fileName: string, bytes: Uint8Array): Promise<string> {
    const path = this.paths.document(caseId, fileName);
    await ensureDir(dirname(path));
    await writeFileDurable(path, bytes);
    return path;
  }

  async documents(caseId: string): Promise<IssuedDocument[]> {
    return issuedFor(this.paths, caseId);
  }

  async readDocument(caseId: string, name: string): Promise<Uint8Array> {
    if (!(await issuedFor(this.paths, caseId)).some((d) => d.name === name))
      throw InputError.of('name', 'input.documentUnknown', { id: caseId, value: name });
    const path = this.paths.document(caseId, name);
    try {
      return await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoreError('store.documentMissing', { file: path });
      throw error;
    }
  }

  async findDocument(sha256: string): Promise<IssuedDocument | undefined> {
    return findIssued(this.paths, sha256);
  }

  async secret(): Promise<string> {
    const meta = await this.requireMeta();
    if (!meta) throw new StoreError('store.metaMissing', { file: this.paths.meta });
    return meta.secret;
  }

  async revocations(): Promise<RecordedRevocation[]> {
    return (await this.requireMeta())?.revocations ?? [];
  }

  async check(): Promise<CheckResult> {
    const { checkStore } = await import('./file-check.js');
    return checkStore(this);
  }

  async backup(out: string, createdAt: string, options: BackupOptions = {}): Promise<{ file: string; files: number; bytes: number }> {
    const { writeLogicalBackup } = await import('./logical-backup.js');
    const { fileBackupSource } = await import('./file-backup.js');
    // Inside the lock, so the backup is one moment of the store; a read-only data folder needs none.
    const write = async () => {
      // A store whose meta.json is gone would be backed up without its secret: refused, naming the restore.
      await this.requireMeta();
      return writeLogicalBackup(fileBackupSource(this), out, createdAt, options);
    };
    const { files, bytes } = await withLock(this.paths.lock, this.options.user, this.options.lock, write, true);
    return { file: out, files, bytes };
  }

  async restore(source: string, options: BackupOptions = {}): Promise<{ files: number }> {
    const { restoreBackup } = await import('./restore.js');
    const { checkStore } = await import('./file-check.js');
    return this.locked(async () => {
      if (await this.hasData()) throw InputError.of('home', 'input.restoreNotEmpty', { value: this.home });
      this.cachedConfig = undefined;
      this.secretHex = undefined;
      const check = async (home: string) => (await checkStore(new FileStore({ ...this.options, home }))).findings;
      const restored = { files: await restoreBackup(this.paths, source, check, options.passphrase) };
      // The records of open cases are derived, not backed up: built now, for the first `due`.
      await this.openRecords();
      return restored;
    });
  }

  // The satisfaction survey: its files and rules are in survey-files.ts.
  private async survey(): Promise<SurveyStore> {
    const { fileSurveys } = await import('./survey-files.js');
    return fileSurveys({
      paths: this.paths,
      locked: (fn) => this.locked(fn),
      get: (id) => this.get(id),
      user: this.options.user,
      at: async () => formatInstant(this.options.now(), await this.timeZone()),
    });
  }

  async surveyToken(caseId: string): Promise<string> {
    return (await this.survey()).surveyToken(caseId);
  }

  async findSurveyToken(token: string): ReturnType<SurveyStore['findSurveyToken']> {
    return (await this.survey()).findSurveyToken(token);
  }

  async recordSurveyResponse(...args: Parameters<SurveyStore['recordSurveyResponse']>): Promise<void> {
    return (await this.survey()).recordSurveyResponse(...args);
  }

  async importSurveyResponses(...args: Parameters<SurveyStore['importSurveyResponses']>): Promise<number> {
    return (await this.survey()).importSurveyResponses(...args);
  }

  async surveyResponses(from: string, to: string): ReturnType<SurveyStore['surveyResponses']> {
    return (await this.survey()).surveyResponses(from, to);
  }

  /** One block of cases as stored (empty when absent), validated (`verify`: even if stamped as valid). */
  async readBlock(ref: BlockRef, verify = false): Promise<BlockDoc> {
    return (await this.caseBlock(ref, 0, verify)).data;
  }

  /**
   * A block of cases, each with a tracking code: a case stored before codes gets the one derived from
   * the store's secret (the same on every read), written with the block's next change.
   */
  private async caseBlock(ref: BlockRef, previousLast = 0, verify = false): Promise<Low<BlockDoc>> {
    const db = await openBlock(this.paths, ref, previousLast, verify);
    if (db.data.cases.some((c) => !c.trackingCode)) {
      // Without meta.json there is no secret: the case is shown without a code (and `check` says why).
      this.secretHex ??= await this.readMeta().then(
        (m) => m?.secret,
        () => undefined,
      );
      const { legacyTrackingCode } = await import('../domain/tracking-lookup.js');
      const secret = this.secretHex;
      if (secret) for (const c of db.data.cases) c.trackingCode ??= legacyTrackingCode(secret, c.id);
    }
    return db;
  }

  /** A year's book of outgoing letters (empty when none). */
  async readLetters(year: number, verify = false): Promise<LetterBook> {
    return (await openLetterBook(this.paths, year, verify)).data;
  }

  /** The store-wide meta document, or undefined before the first write. */
  async readMeta(): Promise<MetaDoc | undefined> {
    if (!existsSync(this.paths.meta)) return undefined;
    return (await openMeta(this.paths)).data;
  }

  /** Whether anything was ever registered, numbered or answered in the survey here. */
  async hasData(): Promise<boolean> {
    const names = await this.fileNames();
    return blocksIn(names).length > 0 || letterYearsIn(names).length > 0 || surveyYearsIn(names).length > 0;
  }

  /** The meta document; undefined for a new store, exit 3 when a store with cases has lost it (its secret with it). */
  private async requireMeta(): Promise<MetaDoc | undefined> {
    const meta = await this.readMeta();
    if (!meta && (await this.hasData())) throw new StoreError('store.metaMissing', { file: this.paths.meta });
    return meta;
  }

  /** Appends cases to the year's last block, opening new blocks as they fill; agenda numbers are given here. */
  private async append(
    year: number,
    builds: ((agenda: number) => { value: Case; event: [string, Record<string, unknown>] })[],
    then?: (added: Case[]) => Promise<void>,
  ): Promise<Case[]> {
    return this.locked(async (meta) => {
      const tz = await this.timeZone();
      await this.assertNothingLost(meta.data);
      const last = (await this.blocks()).filter((b) => b.year === year).pop() ?? { year, block: 0 };
      let db = await this.caseBlock(last);
      const highWater = meta.data.agendaHighWater?.[year] ?? 0;
      // Numbers above what the blocks hold were given to cases that are gone: never give them again.
      if (highWater > db.data.lastAgenda)
        throw new StoreError('store.numbersMissing', { file: this.paths.cases(last), highWater, last: db.data.lastAgenda });
      const added: Case[] = [];
      for (const build of builds) {
        if (db.data.cases.length >= BLOCK_SIZE) {
          await this.writeBlock(meta, db, added);
          db = await this.caseBlock({ year, block: db.data.block + 1 }, db.data.lastAgenda);
        }
        const agenda = db.data.lastAgenda + 1;
        const { value, event } = build(agenda);
        // Inside the lock: a message fetched twice, or by two processes at once, is one case.
        const key = value.mail?.source?.key;
        if (key) {
          const existing =
            added.find((c) => c.mail?.source?.key === key)?.id ??
            db.data.cases.find((c) => c.mail?.source?.key === key)?.id ??
            (await caseIdOfMessage(this, await this.blocks(), key));
          if (existing) throw new AlreadyRegistered(key, existing);
        }
        value.events.push(this.event(event[0], event[1], tz));
        assertNotAhead(value, this.options.now(), tz);
        await assertCase(value);
        db.data.cases.push(value);
        db.data.lastAgenda = agenda;
        added.push(value);
      }
      await this.writeBlock(meta, db, added);
      // Written after the cases: an interrupted write leaves the mark behind (corrected by the next one), never
      // ahead; and the cases are recorded, so a failure here does not make the command say otherwise.
      await afterCommit(async () => {
        meta.data.agendaHighWater = { ...meta.data.agendaHighWater, [year]: db.data.lastAgenda };
        await meta.write();
      });
      if (then) await then(added);
      return added;
    });
  }

  /**
   * Refuses to give numbers (exit 3) while a block of cases or a letter book that numbers were given
   * in is gone: every block up to each year's mark (but for one wholly inside an imported book's
   * accepted gaps), and the letter book of every year with letters.
   */
  private async assertNothingLost(meta: MetaDoc): Promise<void> {
    const names = await this.fileNames();
    const present = new Set(blocksIn(names).map(blockKey));
    for (const [yearText, mark] of Object.entries(meta.agendaHighWater ?? {})) {
      const year = Number(yearText);
      const gaps = meta.agendaGaps?.[yearText] ?? [];
      for (let block = 0; mark > 0 && block <= blockOf(mark); block++) {
        const [first, last] = [block * BLOCK_SIZE + 1, Math.min((block + 1) * BLOCK_SIZE, mark)];
        const unused = (n: number) => gaps.some(([from, to]) => n >= from && n <= to);
        if (present.has(blockKey({ year, block })) || Array.from({ length: last - first + 1 }, (_, i) => first + i).every(unused)) continue;
        throw new StoreError('store.blockMissing', { file: this.paths.cases({ year, block }) });
      }
    }
    const books = new Set(letterYearsIn(names));
    for (const [yearText, mark] of Object.entries(meta.letterHighWater ?? {}))
      if (mark > 0 && !books.has(Number(yearText)))
        throw new StoreError('store.letterBookMissing', { file: this.paths.letters(Number(yearText)) });
  }

  private async writeBlock(meta: Low<MetaDoc>, db: Low<BlockDoc>, added: Case[]): Promise<void> {
    // meta.json (the secret, the open blocks) before the cases: a store never holds a case its meta does not know.
    const opens = added.some((c) => isOpen(c) && blockOf(c.agendaNumber) === db.data.block) && markOpen(meta.data, db.data);
    if (opens || !existsSync(this.paths.meta)) await meta.write();
    await db.write();
    this.tracking.written();
    await keepOpenRecords(this.paths, db.data);
  }

  private async fileNames(): Promise<string[]> {
    try {
      return await readdir(this.paths.data);
    } catch {
      return [];
    }
  }

  /**
   * Runs a change inside the lock with the meta document. A new store gets its meta (and secret) and
   * default profile only when the change succeeds; a refused change leaves no folder it created.
   */
  private async locked<T>(fn: (meta: Low<MetaDoc>) => Promise<T>): Promise<T> {
    const createdHome = !existsSync(this.paths.home);
    if (createdHome) await ensureDir(this.paths.home);
    try {
      return await withLock(this.paths.lock, this.options.user, this.options.lock, async () => {
        const fresh = !existsSync(this.paths.meta);
        if (fresh && (await this.hasData())) {
          // Cases without meta.json may be another writer's, made while this process was stopped and its
          // lock taken over: that is a lost lock (nothing written), not a damaged store.
          await assertLocksHeld();
          throw new StoreError('store.metaMissing', { file: this.paths.meta });
        }
        const meta = await openMeta(this.paths);
        const result = await fn(meta);
        if (fresh && !existsSync(this.paths.meta)) await meta.write();
        // The first write of a store also writes the default profile, so the office can edit it.
        if (!existsSync(this.paths.config)) await afterCommit(async () => (await openConfig(this.paths)).write());
        return result;
      });
    } catch (error) {
      // Only empty folders go: another process may have started writing into a home this one created.
      if (createdHome) for (const dir of [this.paths.data, this.paths.home]) await rmdir(dir).catch(() => undefined);
      throw error;
    }
  }

  private event(action: string, changes: Record<string, unknown>, timeZone: string): AuditEvent {
    assertActor(this.options.user);
    return { at: formatInstant(this.options.now(), timeZone), by: this.options.user, action, changes };
  }

  private async timeZone(): Promise<string> {
    return (await this.config()).profile.timeZone;
  }

  private locate(id: string): { ref: BlockRef; agendaNumber: number } {
    const parsed = parseCaseId(id);
    if (!parsed) throw InputError.of('id', 'input.caseId', { value: id });
    return { ref: { year: parsed.year, block: blockOf(parsed.agendaNumber) }, agendaNumber: parsed.agendaNumber };
  }

  private async findLetter(id: string, kind: string): Promise<LetterNumber | undefined> {
    for (const y of (await this.letterYears()).reverse()) {
      const hit = (await this.readLetters(y)).letters.find((l) => l.caseId === id && l.kind === kind);
      if (hit) return { number: hit.number, seq: hit.seq, year: y, date: hit.date };
    }
    return undefined;
  }
}

/** A registration as `append` takes it: the case and its `register` event. */
function registration(build: (agendaNumber: number) => Change<Case>) {
  return (agenda: number): { value: Case; event: [string, Record<string, unknown>] } => {
    const { value, changes } = build(agenda);
    return { value, event: ['register', changes] };
  };
}

/** Lists a block as holding open cases; false when it already was (nothing to write). */
function markOpen(meta: MetaDoc, ref: BlockRef): boolean {
  const key = blockKey(ref);
  if (meta.openBlocks.includes(key)) return false;
  meta.openBlocks = [...meta.openBlocks, key].sort();
  return true;
}
