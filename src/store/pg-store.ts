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
import { assertActor, assertNotAhead, parseCaseId } from './case-check.js';
import { defaultConfig } from './defaults.js';
import { checkDatabaseUrl, databaseError, maskUrl, openClient } from './pg/connect.js';
import { lockOptionsFromEnv } from './lock.js';
import { changeCase, insertCase, listRows, searchRows } from './pg/cases.js';
import { assertUsable, migrate } from './pg/schema.js';
import type { RootSql, Sql } from './pg/types.js';
import type { ConfigDoc } from './schema.js';
import type { BackupOptions, Change, CaseSummary, CheckResult, IssuedDocument, LetterNumber, Store } from './store.js';

export interface PgStoreOptions {
  url: string;
  user: string;
  now: () => number;
  env: NodeJS.ProcessEnv;
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
  private cachedConfig?: ConfigDoc;

  private readonly timeoutMs: number;

  constructor(private readonly options: PgStoreOptions) {
    this.location = maskUrl(options.url);
    checkDatabaseUrl(options.url, options.source ?? 'LOKET_DATABASE_URL');
    this.timeoutMs = lockOptionsFromEnv(options.env).timeoutMs;
  }

  /** The connection, opened (and the database's version checked) on first use. */
  async sql(checkVersion = true): Promise<RootSql> {
    this.client ??= openClient(this.options.url, this.options.env, this.timeoutMs);
    const sql = await this.client;
    // Once per run: the version does not change under a command (a migration waits for no one, but
    // an older loket refusing a newer database is what matters, and that is decided before any change).
    if (checkVersion) await (this.usable ??= this.guard(() => assertUsable(sql, this.location)));
    return sql;
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
    return this.guard(() => migrate(sql, this.location, () => randomBytes(32).toString('hex')));
  }

  async config(): Promise<ConfigDoc> {
    if (this.cachedConfig) return this.cachedConfig;
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select doc from config where id = 1`);
    this.cachedConfig = (row?.doc as ConfigDoc | undefined) ?? defaultConfig();
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
    const [added] = await this.append(year, [
      (agenda) => {
        const { value, changes } = build(agenda);
        return { value, action: 'register', changes };
      },
    ]);
    return added!;
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
    for (const c of cases) assertNotAhead(c, this.options.now(), tz);
    return this.tx((sql) => importAgendaRows(sql, year, cases, source, (action, changes) => this.event(action, changes, tz)));
  }

  async get(id: string): Promise<Case> {
    const parsed = locate(id);
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select id, doc from cases where year = ${parsed.year} and agenda = ${parsed.agendaNumber}`);
    if (!row) throw InputError.of('id', 'input.caseNotFound', { value: id });
    const c = row.doc as Case;
    // A document edited by hand so that it no longer is the case its row says is refused, not shown as another.
    if (c.id !== row.id || c.year !== parsed.year || c.agendaNumber !== parsed.agendaNumber)
      throw new StoreError('store.invalid', {
        file: `cases ${parsed.year}`,
        problem: `${row.id}: ${c.id}, agendaNumber ${c.agendaNumber}`,
      });
    return c;
  }

  async update(id: string, action: string, change: (c: Case) => Change<Case>): Promise<Case> {
    const parsed = locate(id);
    const tz = await this.timeZone();
    return this.tx((sql) => changeCase(sql, parsed, change, (changes) => this.event(action, changes, tz)));
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
        parsed,
        (c) => apply(c, letter),
        (changes) => this.event(`letter:${kind}`, changes, tz),
      );
      return { case: updated, letter };
    });
  }

  async openCases(): Promise<Case[]> {
    const sql = await this.sql();
    const rows = await this.guard(() => sql`select doc from cases where open order by year, agenda`);
    return rows.map((r) => r.doc as Case);
  }

  async listCases(filter: CaseFilter, years: { first: number; last: number }): Promise<Case[]> {
    const sql = await this.sql();
    const rows = await this.guard(() => listRows(sql, filter, years));
    return rows.map((r) => r.doc as Case).filter((c) => matchesFilter(c, filter));
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

  async findByCertificateCode(code: string): Promise<Case | undefined> {
    for (const hit of await this.search(code)) {
      const c = await this.get(hit.id);
      if (certificatesOf(c).some((x) => x.code === code)) return c;
    }
    return undefined;
  }

  async recordDocument(entry: IssuedDocument): Promise<void> {
    await this.tx((sql) => sql`insert into issued (sha256, doc) values (${entry.sha256}, ${sql.json(entry as never)})`);
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

  async keepDocument(caseId: string, fileName: string, bytes: Uint8Array): Promise<void> {
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.tx(
      (sql) => sql`
        insert into documents values (${caseId}, ${fileName}, ${sha256}, ${Buffer.from(bytes)})
        on conflict (case_id, name) do update set sha256 = excluded.sha256, bytes = excluded.bytes`,
    );
  }

  async secret(): Promise<string> {
    const sql = await this.sql();
    const [row] = await this.guard(() => sql`select secret from facts where id = 1`);
    if (!row) throw new StoreError('store.dbNotMigrated', { location: this.location, found: 0, known: 1 });
    return row.secret as string;
  }

  async check(): Promise<CheckResult> {
    const { checkDatabase } = await import('./pg/check.js');
    const sql = await this.sql();
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
        value.events.push(this.event(action, changes, tz));
        assertNotAhead(value, this.options.now(), tz);
        await insertCase(sql, value);
        added.push(value);
      }
      return added;
    });
  }

  private event(action: string, changes: Record<string, unknown>, timeZone: string): AuditEvent {
    assertActor(this.options.user);
    return { at: formatInstant(this.options.now(), timeZone), by: this.options.user, action, changes };
  }

  private async timeZone(): Promise<string> {
    return (await this.config()).profile.timeZone;
  }
}
