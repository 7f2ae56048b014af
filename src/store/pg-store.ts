/**
 * The shared store of several workstations: PostgreSQL. Every change is one transaction with its
 * audit event; agenda and letter numbers come from counter rows locked by that transaction, so they
 * are gap-free and never doubled whatever the number of writers. The client (`postgres`) is loaded on
 * first use, so a command pays for it only when a database URL is set.
 */
import { matchesFilter, type CaseFilter } from '../domain/case-filter.js';
import { certificatesOf, type AuditEvent, type Case, type RecordedRevocation } from '../domain/model.js';
import { formatNumber } from '../domain/numbering.js';
import { formatInstant } from '../domain/timezone.js';
import { InputError, StoreError } from '../errors.js';
import { assertActor, assertNotAhead, parseCaseId } from './case-rules.js';
import { defaultConfig } from './defaults.js';
import { checkDatabaseUrl, databaseError, maskUrl, openClient } from './pg/connect.js';
import { lockOptionsFromEnv } from './lock.js';
import { CASE_COLUMNS, CASES, changeCase, insertCase, listRows, searchRows } from './pg/cases.js';
import { assertUsable, assertVersion, migrate } from './pg/schema.js';
import { firstContact, type FirstContact } from './pg/first-contact.js';
import { NotAllowedError } from '../errors.js';
import { Logins, type Author } from './pg/logins.js';
import { AlreadyRegistered } from './already-registered.js';
import type { RootSql, Sql, TxSql } from './pg/types.js';
import type { ConfigDoc } from './schema.js';
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
  StoreLogin,
} from './store.js';
import { documentBytes, issuedRows, keepInTransaction, writePrintableCopy } from './pg/kept-documents.js';
import { documentDigest, documentOutcome } from './registered-document.js';
import { validCase, validCases, validConfig } from './pg/valid-rows.js';
import { attachmentBytes } from './pg/attachments.js';
import type { SurveyStore } from './survey-store.js';
import type { OpenRecord } from '../domain/open-record.js';

export interface PgStoreOptions {
  url: string;
  user: string;
  now: () => number;
  env: NodeJS.ProcessEnv;
  /** This workstation's data folder: where the copies it prints are written. */
  home: string;
  /** Where the URL came from, to name it when it is refused (`--database`; else LOKET_DATABASE_URL). */
  source?: string;
}

/** The case an id names (its year and agenda number); an InputError for an id that is not one. */
function locate(id: string): { id: string; year: number; agendaNumber: number } {
  const parsed = parseCaseId(id);
  if (!parsed) throw InputError.of('id', 'input.caseId', { value: id });
  return { id, ...parsed };
}

export class PgStore implements Store {
  readonly location: string;
  private client?: Promise<RootSql>;
  private usable?: Promise<void>;
  private contact?: Promise<FirstContact | undefined>;
  /** The configuration read by the first statement, until config() takes it. */
  private configTaken = false;
  private cachedConfig?: ConfigDoc;
  private readonly logins: Logins;

  private readonly timeoutMs: number;

  constructor(private readonly options: PgStoreOptions) {
    this.location = maskUrl(options.url);
    checkDatabaseUrl(options.url, options.source ?? 'LOKET_DATABASE_URL');
    this.timeoutMs = lockOptionsFromEnv(options.env).timeoutMs;
    this.logins = new Logins({
      sql: (check) => this.sql(check),
      guard: (fn) => this.guard(fn),
      user: options.user,
      firstWho: async () => (await this.firstContact())?.who,
    });
  }

  /** The connection, opened (and the database's version checked) on first use. */
  async sql(checkVersion = true): Promise<RootSql> {
    this.client ??= openClient(this.options.url, this.options.env, this.timeoutMs);
    const sql = await this.client;
    // Once per run: the version does not change under a command (a migration waits for no one, but
    // an older loket refusing a newer database is what matters, and that is decided before any change).
    if (checkVersion)
      await (this.usable ??= this.guard(async () => {
        const first = await this.firstContact();
        if (first) assertVersion(first.version, this.location);
        else await assertUsable(sql, this.location);
      }));
    return sql;
  }

  /** The connection's first statement (version, configuration, login in one round trip), asked once. */
  private firstContact(): Promise<FirstContact | undefined> {
    return (this.contact ??= this.guard(async () => firstContact(await this.sql(false))));
  }

  async ownedByActor(): Promise<boolean> {
    const sql = await this.sql();
    const [row] = await this.guard(
      () =>
        sql`select pg_catalog.pg_get_userbyid(datdba) = session_user as owner from pg_catalog.pg_database where datname = current_database()`,
    );
    return !!row?.owner;
  }

  async login(): Promise<StoreLogin | undefined> {
    return this.logins.login();
  }

  /** The officer and login every event of this run names. */
  private author(): Promise<Author> {
    return this.logins.author();
  }

  async close(): Promise<void> {
    if (this.client) await (await this.client).end({ timeout: 5 }).catch(() => undefined);
    this.client = undefined;
    this.usable = undefined;
    this.contact = undefined;
    this.logins.forget();
  }

  /** Runs a database call, turning a failure of the server into exit 3 with the masked address. */
  async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw databaseError(error, this.location, this.timeoutMs);
    }
  }

  /** Runs `fn` in one transaction on a usable database. */
  async tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const sql = await this.sql();
    return this.guard(() => sql.begin((tx) => fn(tx)) as Promise<T>);
  }

  /** Creates or upgrades the tables; a newer database is exit 3, untouched. */
  async migrate(): Promise<{ from: number; to: number }> {
    const sql = await this.sql(false);
    const { randomBytes } = await import('node:crypto');
    const versions = await this.guard(() => migrate(sql, this.location, () => randomBytes(32).toString('hex')));
    // Once logins exist, their groups get what the tables of this version need (a new table among them).
    const { grantAgain } = await import('./pg/grants.js');
    await this.guard(() => grantAgain(sql));
    return versions;
  }

  /**
   * Makes the login of the public page (`loket serve`), or gives it a new password: it reads only
   * what the pages show (public-migration.ts). Only the owner's login makes logins (exit 5).
   */
  async makeServeLogin(login: string, password: string): Promise<void> {
    const { makeLogin } = await import('./pg/grants.js');
    await this.sql();
    await this.logins.assertOwner(login);
    await this.tx((sql) => makeLogin(sql, { login, password }, { officer: '', kind: 'web' }));
  }

  async config(): Promise<ConfigDoc> {
    if (this.cachedConfig) return this.cachedConfig;
    const sql = await this.sql();
    // Once: what the connection's first statement read of it, as fresh as the command.
    const first = this.configTaken ? undefined : await this.firstContact();
    this.configTaken = true;
    const doc = first ? first.config : (await this.guard(() => sql`select doc from config where id = 1`))[0]?.doc;
    this.cachedConfig = doc ? await validConfig(doc, this.location) : defaultConfig();
    return this.cachedConfig;
  }

  async forgetConfig(): Promise<void> {
    this.cachedConfig = undefined;
  }

  async updateConfig(action: string, change: (config: ConfigDoc) => Change<ConfigDoc>, options: ConfigUpdate = {}): Promise<ConfigDoc> {
    // The version first: on a database not migrated yet, that is what to say (exit 3), not who may act.
    await this.sql();
    const author = await this.author();
    if (options.newLogin) await this.logins.assertOwner(options.newLogin.login);
    const value = await this.tx(async (sql) => {
      const [row] = await sql`select doc from config where id = 1 for update`;
      const before = (row?.doc as ConfigDoc | undefined) ?? defaultConfig();
      const { value, changes } = change(structuredClone(before));
      value.events.push(this.event(action, changes, value.profile.timeZone, author));
      const { configSchema } = await import('./schema.js');
      configSchema.parse(value);
      // An officer taken off the list can no longer connect; a login named with the change is made with it.
      await this.logins.follow(sql, before, value, options.newLogin);
      await sql`insert into config values (1, ${sql.json(value as never)}) on conflict (id) do update set doc = excluded.doc`;
      return value;
    });
    this.cachedConfig = value;
    // The profile may now name this login's officer: ask again.
    this.logins.forget();
    return value;
  }

  async register(year: number, build: (agendaNumber: number) => Change<Case>): Promise<Case> {
    return this.registerThen(year, build);
  }

  async registerWithDocument(
    year: number,
    build: (agendaNumber: number) => Change<Case>,
    document: CaseDocument,
  ): Promise<RegisteredWithDocument> {
    let outcome: Omit<RegisteredWithDocument, 'case'> = {};
    let bytes: Uint8Array = new Uint8Array();
    // In the case's transaction, after it: a savepoint, so that a document refused leaves the case to commit.
    const c = await this.registerThen(year, build, async (sql, [added]) => {
      outcome = await documentOutcome(added!, document, async (doc) => {
        bytes = doc.bytes;
        return { document: await sql.savepoint((sp) => keepInTransaction(sp, doc, documentDigest(doc.bytes), added)) };
      });
    });
    if (!outcome.kept) return { case: c, ...outcome };
    // The copy this workstation prints, once committed, as keepDocument writes it.
    const { document: kept } = outcome.kept;
    try {
      return { case: c, kept: { document: kept, path: await writePrintableCopy(this.options.home, kept.caseId, kept.name, bytes) } };
    } catch (failure) {
      return { case: c, failure };
    }
  }

  /** Registers a case; `then` runs in its transaction once it is inserted. */
  private async registerThen(
    year: number,
    build: (agendaNumber: number) => Change<Case>,
    then?: (sql: TxSql, added: Case[]) => Promise<void>,
  ): Promise<Case> {
    let key: string | undefined;
    try {
      const [added] = await this.append(
        year,
        [
          (agenda) => {
            const { value, changes } = build(agenda);
            key = value.mail?.source?.key;
            return { value, action: 'register', changes };
          },
        ],
        then,
      );
      return added!;
    } catch (error) {
      // Two workstations registering one message at once: the unique index let one through (its
      // transaction, and the agenda number it took, rolled back): the other case is the answer.
      if (key && (error as { constraint_name?: string }).constraint_name === 'cases_mail_key') {
        const existing = await this.findByMessageKey(key);
        if (existing) throw new AlreadyRegistered(key, existing.id);
      }
      throw error;
    }
  }

  async importCases(year: number, builds: ((agendaNumber: number) => Case)[]): Promise<Case[]> {
    return this.append(
      year,
      builds.map((build) => (agenda) => {
        const value = build(agenda);
        return { value, action: 'import', changes: { agendaNumber: value.agendaNumber } };
      }),
    );
  }

  async agendaNumbers(year: number): Promise<Set<number>> {
    const sql = await this.sql();
    const rows = await this.guard(() => sql`select agenda from cases where year = ${year}`);
    return new Set(rows.map((r) => Number(r.agenda)));
  }

  async importAgenda(year: number, cases: Case[], source: string): Promise<Case[]> {
    const { importAgendaRows } = await import('./pg/agenda.js');
    const tz = await this.timeZone();
    const author = await this.author();
    for (const c of cases) assertNotAhead(c, this.options.now(), tz);
    return this.tx((sql) => importAgendaRows(sql, year, cases, source, (action, changes) => this.event(action, changes, tz, author)));
  }

  async get(id: string): Promise<Case> {
    const parsed = locate(id);
    const sql = await this.sql();
    const [row] = await this.guard(
      () =>
        sql`select ${sql.unsafe(CASE_COLUMNS)} from ${sql.unsafe(CASES)} where c.year = ${parsed.year} and c.agenda = ${parsed.agendaNumber}`,
    );
    if (!row) throw InputError.of('id', 'input.caseNotFound', { value: id });
    return validCase(row, this.location);
  }

  async update(id: string, action: string, change: (c: Case) => Change<Case>): Promise<Case> {
    const parsed = locate(id);
    const tz = await this.timeZone();
    const author = await this.author();
    return this.tx((sql) =>
      changeCase(sql, { ...parsed, location: this.location }, change, (changes) => this.event(action, changes, tz, author)),
    );
  }

  async issueLetter(id: string, kind: string, date: string, pattern: string, apply: (c: Case, letter: LetterNumber) => Change<Case>) {
    const parsed = locate(id);
    const year = Number(date.slice(0, 4));
    const tz = await this.timeZone();
    const author = await this.author();
    // The number and the case that records it are one transaction: both, or neither.
    return this.tx(async (sql) => {
      const [locked] = await sql`select id from cases where year = ${parsed.year} and agenda = ${parsed.agendaNumber} for update`;
      if (!locked) throw InputError.of('id', 'input.caseNotFound', { value: id });
      const [found] = await sql`select year, seq, number, date::text as date from letters where case_id = ${locked.id} and kind = ${kind}`;
      let letter: LetterNumber;
      if (found) letter = { number: found.number, seq: Number(found.seq), year: Number(found.year), date: found.date };
      else {
        const [newest] = await sql`select coalesce(max(year), 0) as year from letters`;
        if (year < Number(newest?.year ?? 0)) throw InputError.of('date', 'input.closedLetterYear', { value: date, year: newest?.year });
        // The next number, its counter row locked; the letter's row moves the counter (login-migrations.ts).
        const [counter] = await sql`select loket_next_number('letter', ${year}) as n`;
        const seq = Number(counter!.n);
        const number = formatNumber(pattern, seq, date);
        const issuedAt = formatInstant(this.options.now(), tz);
        await sql`insert into letters values (${year}, ${seq}, ${number}, ${locked.id}, ${kind}, ${date}, ${issuedAt}, ${author.by})`;
        letter = { number, seq, year, date };
      }
      const updated = await changeCase(
        sql,
        { ...parsed, location: this.location },
        (c) => apply(c, letter),
        (changes) => this.event(`letter:${kind}`, changes, tz, author),
      );
      return { case: updated, letter };
    });
  }

  async openCases(): Promise<Case[]> {
    const sql = await this.sql();
    const rows = await this.guard(
      () => sql`select ${sql.unsafe(CASE_COLUMNS)} from ${sql.unsafe(CASES)} where c.open order by c.year, c.agenda`,
    );
    return validCases(rows, this.location);
  }

  async openRecords(): Promise<OpenRecord[]> {
    const { openRecordRows } = await import('./pg/due-rows.js');
    const sql = await this.sql();
    return this.guard(() => openRecordRows(sql, this.location));
  }

  async listCases(filter: CaseFilter, years: { first: number; last: number }): Promise<Case[]> {
    const sql = await this.sql();
    const rows = await this.guard(() => listRows(sql, filter, years));
    return (await validCases(rows, this.location)).filter((c) => matchesFilter(c, filter));
  }

  async revocations(): Promise<RecordedRevocation[]> {
    const sql = await this.sql();
    return (await this.guard(() => sql`select doc from revocations order by code`)).map((r) => r.doc as RecordedRevocation);
  }

  async search(text: string): Promise<CaseSummary[]> {
    // As the file store: every word somewhere in the case's words, newest first.
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    const sql = await this.sql();
    const rows = await this.guard(() => searchRows(sql, words));
    return rows.map((r) => r.summary as CaseSummary);
  }

  async findByTrackingCode(code: string): Promise<Case | undefined> {
    const { sameTrackingCode, trackingDigest } = await import('../domain/tracking-lookup.js');
    const sql = await this.sql();
    const [row] = await this.guard(
      () => sql`select ${sql.unsafe(CASE_COLUMNS)} from ${sql.unsafe(CASES)} where c.tracking = ${trackingDigest(code)}`,
    );
    const c = row ? await validCase(row, this.location) : undefined;
    return c && sameTrackingCode(c.trackingCode, code) ? c : undefined;
  }

  async findByCertificateCode(code: string): Promise<Case | undefined> {
    for (const hit of await this.search(code)) {
      const c = await this.get(hit.id);
      if (certificatesOf(c).some((x) => x.code === code)) return c;
    }
    return undefined;
  }

  async keepDocument(doc: NewDocument): Promise<KeptDocument> {
    const document = await this.tx((sql) => keepInTransaction(sql, doc, documentDigest(doc.bytes)));
    // The copy this workstation prints, beside the one every workstation can fetch.
    const path = await writePrintableCopy(this.options.home, document.caseId, document.name, doc.bytes);
    return { document, path };
  }

  async keepDraft(caseId: string, fileName: string, bytes: Uint8Array): Promise<string> {
    return writePrintableCopy(this.options.home, caseId, fileName, bytes);
  }

  async documents(caseId: string): Promise<IssuedDocument[]> {
    const sql = await this.sql();
    return this.guard(() => issuedRows(sql, caseId));
  }

  async readDocument(caseId: string, name: string): Promise<Uint8Array> {
    const sql = await this.sql();
    return this.guard(() => documentBytes(sql, caseId, name));
  }

  async findByMessageKey(key: string): Promise<Case | undefined> {
    const sql = await this.sql();
    const [row] = await this.guard(
      () => sql`select ${sql.unsafe(CASE_COLUMNS)} from ${sql.unsafe(CASES)} where c.doc #>> '{mail,source,key}' = ${key}`,
    );
    return row ? validCase(row, this.location) : undefined;
  }

  async readAttachment(sha256: string): Promise<Uint8Array> {
    const sql = await this.sql();
    // Read whole: what asks for bytes (an e-mail's PDF, the logo) wants them at once, and they are small.
    return this.guard(async () => {
      const [row] = await sql`select size from attachments where sha256 = ${sha256}`;
      if (!row) throw InputError.of('sha256', 'mail.storedMissing', { value: sha256 });
      const parts: Buffer[] = [];
      for await (const part of attachmentBytes(sql, sha256)) parts.push(part);
      // A file a protected reporter gave, to a login that may not read it: its parts are not there for it.
      if (!parts.length && Number(row.size) > 0) throw new NotAllowedError('roles.sealedAttachment', { value: sha256 });
      return new Uint8Array(Buffer.concat(parts));
    });
  }

  async findDocument(sha256: string): Promise<IssuedDocument | undefined> {
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select doc from issued where sha256 = ${sha256} order by n limit 1`);
    return row?.doc as IssuedDocument | undefined;
  }

  async storeAttachment(path: string): Promise<{ sha256: string; size: number }> {
    const { fileChunks, hashOf, insertAttachment } = await import('./pg/attachments.js');
    // Hashed first (the key), then streamed in parts and hashed again: a file changed in between is refused whole.
    const { sha256, size } = await hashOf(path);
    await this.tx(async (sql) => {
      const stored = await insertAttachment(sql, sha256, fileChunks(path));
      if (stored.written && stored.sha256 !== sha256) throw InputError.of('file', 'input.fileChanged', { value: path });
    });
    return { sha256, size };
  }

  async storeAttachmentBytes(bytes: Uint8Array): Promise<{ sha256: string; size: number }> {
    const { createHash } = await import('node:crypto');
    const { insertAttachment } = await import('./pg/attachments.js');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.tx((sql) => insertAttachment(sql, sha256, [Buffer.from(bytes)]));
    return { sha256, size: bytes.length };
  }

  async secret(): Promise<string> {
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select secret from facts where id = 1`);
    if (!row) throw new StoreError('store.dbNotMigrated', { location: this.location, found: 0, known: 1 });
    return row.secret as string;
  }

  async check(): Promise<CheckResult> {
    const { checkDatabase } = await import('./pg/database-check.js');
    const sql = await this.sql();
    await this.logins.assertReadsAll('roles.checkSealed');
    // One snapshot, read whole however long it takes (every attachment is hashed).
    return this.guard(
      () =>
        sql.begin('isolation level repeatable read read only', async (tx) => {
          await tx`set local statement_timeout = 0`;
          return checkDatabase(tx);
        }) as Promise<CheckResult>,
    );
  }

  async backup(out: string, createdAt: string, options: BackupOptions = {}): Promise<{ file: string; files: number; bytes: number }> {
    const { writeLogicalBackup } = await import('./logical-backup.js');
    const { pgBackupSource } = await import('./pg/backup.js');
    const sql = await this.sql();
    await this.logins.assertReadsAll('roles.backupSealed');
    // One snapshot: what the backup holds is one moment of the database, while others keep working.
    const { files, bytes } = (await this.guard(
      () =>
        sql.begin('isolation level repeatable read read only', async (tx) => {
          // A backup takes as long as it takes: none of its statements is cut by the ordinary timeout.
          await tx`set local statement_timeout = 0`;
          return writeLogicalBackup(pgBackupSource(tx), out, createdAt, options);
        }) as never,
    )) as { files: number; bytes: number };
    return { file: out, files, bytes };
  }

  async restore(source: string, options: BackupOptions = {}): Promise<{ files: number }> {
    const { restoreIntoDatabase } = await import('./pg/backup.js');
    const sql = await this.sql();
    this.cachedConfig = undefined;
    return this.guard(() => restoreIntoDatabase(sql, source, this.location, options.passphrase));
  }

  // The satisfaction survey: its tables and rules are in pg/survey.ts.
  private async survey(): Promise<SurveyStore> {
    const { pgSurveys } = await import('./pg/survey.js');
    return pgSurveys({
      sql: () => this.sql(),
      tx: (fn) => this.tx(fn),
      guard: (fn) => this.guard(fn),
      user: (await this.author()).by,
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

  /** Adds cases under the year's next agenda numbers, taken from the counter row in the same transaction. */
  private async append(
    year: number,
    builds: ((agenda: number) => { value: Case; action: string; changes: Record<string, unknown> })[],
    then?: (sql: TxSql, added: Case[]) => Promise<void>,
  ): Promise<Case[]> {
    const tz = await this.timeZone();
    const author = await this.author();
    return this.tx(async (sql) => {
      const added: Case[] = [];
      for (const build of builds) {
        // The next number, its counter row locked; the case's row moves the counter (login-migrations.ts).
        const [counter] = await sql`select loket_next_number('agenda', ${year}) as n`;
        const { value, action, changes } = build(Number(counter!.n));
        const key = value.mail?.source?.key;
        if (key) {
          const [existing] = await sql`select id from cases where doc #>> '{mail,source,key}' = ${key}`;
          if (existing) throw new AlreadyRegistered(key, existing.id as string);
        }
        value.events.push(this.event(action, changes, tz, author));
        assertNotAhead(value, this.options.now(), tz);
        await insertCase(sql, value);
        added.push(value);
      }
      // tx() runs `fn` in a transaction: its sql is a transaction's.
      if (then) await then(sql as TxSql, added);
      return added;
    });
  }

  private event(action: string, changes: Record<string, unknown>, timeZone: string, author: Author): AuditEvent {
    assertActor(author.by);
    return {
      at: formatInstant(this.options.now(), timeZone),
      by: author.by,
      ...(author.login ? { login: author.login } : {}),
      action,
      changes,
    };
  }

  private async timeZone(): Promise<string> {
    return (await this.config()).profile.timeZone;
  }
}
