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
import { parseCaseId } from './case-rules.js';
import { defaultConfig } from './defaults.js';
import { databaseError, maskUrl, openClient } from './pg/connect.js';
import { changeCase, insertCase, listRows, searchRows } from './pg/cases.js';
import { assertUsable, migrate } from './pg/schema.js';
import { AlreadyRegistered } from './already-registered.js';
import type { RootSql, Sql } from './pg/types.js';
import type { ConfigDoc } from './schema.js';
import type { Change, CaseSummary, CheckResult, IssuedDocument, KeptDocument, LetterNumber, NewDocument, Store } from './store.js';
import { keptName } from './kept-documents.js';
import { issuedRows, writePrintableCopy } from './pg/kept-documents.js';
import { validCase, validCases, validConfig } from './pg/valid-rows.js';
import type { SurveyStore } from './survey-store.js';

export interface PgStoreOptions {
  url: string;
  user: string;
  now: () => number;
  env: NodeJS.ProcessEnv;
  /** This workstation's data folder: where the copies it prints are written. */
  home: string;
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
  private cachedConfig?: ConfigDoc;

  constructor(private readonly options: PgStoreOptions) {
    this.location = maskUrl(options.url);
  }

  /** The connection, opened (and the database's version checked) on first use. */
  async sql(checkVersion = true): Promise<RootSql> {
    this.client ??= openClient(this.options.url, this.options.env);
    const sql = await this.client;
    // Once per run: the version does not change under a command (a migration waits for no one, but
    // an older loket refusing a newer database is what matters, and that is decided before any change).
    if (checkVersion) await (this.usable ??= this.guard(() => assertUsable(sql, this.location)));
    return sql;
  }

  async ownedByActor(): Promise<boolean> {
    const sql = await this.sql();
    const [row] = await this.guard(
      () =>
        sql`select pg_catalog.pg_get_userbyid(datdba) = session_user as owner from pg_catalog.pg_database where datname = current_database()`,
    );
    return !!row?.owner;
  }

  async close(): Promise<void> {
    if (this.client) await (await this.client).end({ timeout: 5 }).catch(() => undefined);
    this.client = undefined;
    this.usable = undefined;
  }

  /** Runs a database call, turning a failure of the server into exit 3 with the masked address. */
  async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw databaseError(error, this.location);
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
    return this.guard(() => migrate(sql, this.location, () => randomBytes(32).toString('hex')));
  }

  async config(): Promise<ConfigDoc> {
    if (this.cachedConfig) return this.cachedConfig;
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select doc from config where id = 1`);
    this.cachedConfig = row ? await validConfig(row.doc, this.location) : defaultConfig();
    return this.cachedConfig;
  }

  async updateConfig(action: string, change: (config: ConfigDoc) => Change<ConfigDoc>): Promise<ConfigDoc> {
    const value = await this.tx(async (sql) => {
      const [row] = await sql`select doc from config where id = 1 for update`;
      const { value, changes } = change(structuredClone((row?.doc as ConfigDoc | undefined) ?? defaultConfig()));
      value.events.push(this.event(action, changes, value.profile.timeZone));
      const { configSchema } = await import('./schema.js');
      configSchema.parse(value);
      await sql`insert into config values (1, ${sql.json(value as never)}) on conflict (id) do update set doc = excluded.doc`;
      return value;
    });
    this.cachedConfig = value;
    return value;
  }

  async register(year: number, build: (agendaNumber: number) => Change<Case>): Promise<Case> {
    let key: string | undefined;
    try {
      const [added] = await this.append(year, [
        (agenda) => {
          const { value, changes } = build(agenda);
          key = value.mail?.source?.key;
          return { value, action: 'register', changes };
        },
      ]);
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
    return this.tx((sql) => importAgendaRows(sql, year, cases, source, (action, changes) => this.event(action, changes, tz)));
  }

  async get(id: string): Promise<Case> {
    const parsed = locate(id);
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select id, doc from cases where year = ${parsed.year} and agenda = ${parsed.agendaNumber}`);
    if (!row) throw InputError.of('id', 'input.caseNotFound', { value: id });
    return validCase(row, this.location);
  }

  async update(id: string, action: string, change: (c: Case) => Change<Case>): Promise<Case> {
    const parsed = locate(id);
    const tz = await this.timeZone();
    return this.tx((sql) => changeCase(sql, { ...parsed, location: this.location }, change, (changes) => this.event(action, changes, tz)));
  }

  async issueLetter(id: string, kind: string, date: string, pattern: string, apply: (c: Case, letter: LetterNumber) => Change<Case>) {
    const parsed = locate(id);
    const year = Number(date.slice(0, 4));
    const tz = await this.timeZone();
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
        const [counter] = await sql`
          insert into counters values ('letter', ${year}, 1)
          on conflict (kind, year) do update set last = counters.last + 1 returning last`;
        const seq = Number(counter!.last);
        const number = formatNumber(pattern, seq, date);
        const issuedAt = formatInstant(this.options.now(), tz);
        await sql`insert into letters values (${year}, ${seq}, ${number}, ${locked.id}, ${kind}, ${date}, ${issuedAt}, ${this.options.user})`;
        letter = { number, seq, year, date };
      }
      const updated = await changeCase(
        sql,
        { ...parsed, location: this.location },
        (c) => apply(c, letter),
        (changes) => this.event(`letter:${kind}`, changes, tz),
      );
      return { case: updated, letter };
    });
  }

  async openCases(): Promise<Case[]> {
    const sql = await this.sql();
    const rows = await this.guard(() => sql`select id, doc from cases where open order by year, agenda`);
    return validCases(rows, this.location);
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
    const [row] = await this.guard(() => sql`select doc from cases where tracking = ${trackingDigest(code)}`);
    const c = row?.doc as Case | undefined;
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
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(doc.bytes).digest('hex');
    const document = await this.tx(async (sql) => {
      // One writer of a case's documents at a time: the case row is the lock, as for any change of it.
      await sql`select 1 from cases where id = ${doc.caseId} for update`;
      const { name, known } = keptName(doc, sha256, await issuedRows(sql, doc.caseId));
      if (known) return known;
      const entry: IssuedDocument = {
        sha256,
        caseId: doc.caseId,
        name,
        at: doc.at,
        signed: doc.signed,
        kind: doc.kind,
        ...(doc.letterNumber ? { letterNumber: doc.letterNumber } : {}),
      };
      await sql`insert into documents values (${doc.caseId}, ${name}, ${sha256}, ${Buffer.from(doc.bytes)})`;
      await sql`insert into issued (sha256, doc) values (${sha256}, ${sql.json(entry as never)})`;
      return entry;
    });
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
    const [row] = await this.guard(() => sql`select bytes from documents where case_id = ${caseId} and name = ${name}`);
    if (!row) throw InputError.of('name', 'input.documentUnknown', { id: caseId, value: name });
    return row.bytes as Buffer;
  }

  async findByMessageKey(key: string): Promise<Case | undefined> {
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select id, doc from cases where doc #>> '{mail,source,key}' = ${key}`);
    return row ? validCase(row, this.location) : undefined;
  }

  async readAttachment(sha256: string): Promise<Uint8Array> {
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select bytes from attachments where sha256 = ${sha256}`);
    if (!row) throw InputError.of('sha256', 'mail.storedMissing', { value: sha256 });
    return new Uint8Array(row.bytes as Buffer);
  }

  async findDocument(sha256: string): Promise<IssuedDocument | undefined> {
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select doc from issued where sha256 = ${sha256} order by n limit 1`);
    return row?.doc as IssuedDocument | undefined;
  }

  async storeAttachment(path: string): Promise<{ sha256: string; size: number }> {
    const { readFile } = await import('node:fs/promises');
    return this.storeAttachmentBytes(await readFile(path));
  }

  async storeAttachmentBytes(bytes: Uint8Array): Promise<{ sha256: string; size: number }> {
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.tx(
      (sql) => sql`insert into attachments values (${sha256}, ${bytes.length}, ${Buffer.from(bytes)}) on conflict (sha256) do nothing`,
    );
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
    return this.guard(() => checkDatabase(sql));
  }

  async backup(out: string, createdAt: string): Promise<{ file: string; files: number; bytes: number }> {
    const { writeLogicalBackup } = await import('./logical-backup.js');
    const { pgBackupSource } = await import('./pg/backup.js');
    const sql = await this.sql();
    // One snapshot: what the backup holds is one moment of the database, while others keep working.
    const { files, bytes } = (await this.guard(
      () => sql.begin('isolation level repeatable read read only', (tx) => writeLogicalBackup(pgBackupSource(tx), out, createdAt)) as never,
    )) as { files: number; bytes: number };
    return { file: out, files, bytes };
  }

  async restore(source: string): Promise<{ files: number }> {
    const { restoreIntoDatabase } = await import('./pg/backup.js');
    const sql = await this.sql();
    this.cachedConfig = undefined;
    return this.guard(() => restoreIntoDatabase(sql, source, this.location));
  }

  // The satisfaction survey: its tables and rules are in pg/survey.ts.
  private async survey(): Promise<SurveyStore> {
    const { pgSurveys } = await import('./pg/survey.js');
    return pgSurveys({
      sql: () => this.sql(),
      tx: (fn) => this.tx(fn),
      guard: (fn) => this.guard(fn),
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

  /** Adds cases under the year's next agenda numbers, taken from the counter row in the same transaction. */
  private async append(
    year: number,
    builds: ((agenda: number) => { value: Case; action: string; changes: Record<string, unknown> })[],
  ): Promise<Case[]> {
    const tz = await this.timeZone();
    return this.tx(async (sql) => {
      const added: Case[] = [];
      for (const build of builds) {
        const [counter] = await sql`
          insert into counters values ('agenda', ${year}, 1)
          on conflict (kind, year) do update set last = counters.last + 1 returning last`;
        const { value, action, changes } = build(Number(counter!.last));
        const key = value.mail?.source?.key;
        if (key) {
          const [existing] = await sql`select id from cases where doc #>> '{mail,source,key}' = ${key}`;
          if (existing) throw new AlreadyRegistered(key, existing.id as string);
        }
        value.events.push(this.event(action, changes, tz));
        await insertCase(sql, value);
        added.push(value);
      }
      return added;
    });
  }

  private event(action: string, changes: Record<string, unknown>, timeZone: string): AuditEvent {
    return { at: formatInstant(this.options.now(), timeZone), by: this.options.user, action, changes };
  }

  private async timeZone(): Promise<string> {
    return (await this.config()).profile.timeZone;
  }
}
