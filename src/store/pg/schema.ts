/**
 * The database's tables, versioned: each migration runs once, in order, in one transaction with the
 * version it brings. A database of a newer version than this loket knows is left untouched (exit 3).
 */
import { StoreError } from '../../errors.js';
import { LOGINS_MIGRATION } from './login-migrations.js';
import { PUBLIC_PAGES_MIGRATION } from './public-migration.js';
import { STEPS_MIGRATION } from './step-migration.js';
import { PUBLIC_CASE_MIGRATION } from './public-case-migration.js';
import { CASE_CHANGE_MIGRATION } from './case-change-migration.js';
import type { RootSql, Sql } from './types.js';

/**
 * The SQL of legacyTrackingCode (domain/tracking-lookup.ts): the first 80 bits of SHA-256 of the
 * secret, '|tracking|' and the case id, five bits a symbol, in groups of four.
 */
export function legacyTrackingSql(secret: string, id: string): string {
  const bits = `('x' || left(encode(sha256(convert_to(${secret} || '|tracking|' || ${id}, 'UTF8')), 'hex'), 20))::bit(80)`;
  return `(select string_agg(substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', substring(${bits} from i * 5 + 1 for 5)::bit(5)::integer + 1, 1)
    || case when i in (3, 7, 11) then '-' else '' end, '' order by i) from generate_series(0, 15) as i)`;
}

/** What `due` reads of each open case (pg/due-rows.ts): filled by refreshOpenRecords at the end of every migrate. */
const OPEN_RECORDS_MIGRATION = `
  alter table cases add column due_record jsonb;
  -- A document changed without its record (by hand, with a SQL client) loses the record, so that \`due\`
  -- reads the document, and refuses it as every command does. loket's every change adds an event, which
  -- the record counts: the record it writes with a change always differs from the one before.
  create function loket_due_record_follows() returns trigger language plpgsql as $f$
  begin
    if new.doc is distinct from old.doc and new.due_record is not distinct from old.due_record then
      new.due_record := null;
    end if;
    return new;
  end $f$;
  create trigger cases_due_record before update on cases for each row execute function loket_due_record_follows();
`;

/** The migrations, in order: migration i brings the database to version i + 1. */
export const MIGRATIONS: string[] = [
  `
  create table loket_schema (version integer not null);
  insert into loket_schema values (0);
  create table config (id integer primary key check (id = 1), doc jsonb not null);
  create table facts (id integer primary key check (id = 1), secret text not null);
  -- The last agenda number ('agenda') and letter sequence ('letter') given per year: rows locked by each
  -- registration or letter until its transaction ends, so numbers are neither doubled nor skipped.
  create table counters (kind text not null, year integer not null, last integer not null, primary key (kind, year));
  create table agenda_gaps (year integer not null, first integer not null, last integer not null);
  create table cases (
    id text primary key,
    year integer not null,
    agenda integer not null,
    service text not null,
    status text not null,
    open boolean not null,
    received date not null,
    words text not null,
    summary jsonb not null,
    doc jsonb not null,
    unique (year, agenda)
  );
  create index cases_open on cases (year, agenda) where open;
  create table letters (
    year integer not null,
    seq integer not null,
    number text not null,
    case_id text not null,
    kind text not null,
    date date not null,
    issued_at text not null,
    by text not null,
    primary key (year, seq),
    unique (case_id, kind)
  );
  create table attachments (sha256 text primary key, size bigint not null, bytes bytea not null);
  create table documents (case_id text not null, name text not null, sha256 text not null, bytes bytea not null, primary key (case_id, name));
  create table issued (n bigserial primary key, sha256 text not null, doc jsonb not null);
  create index issued_sha256 on issued (sha256);
  create table revocations (code text primary key, case_id text not null, doc jsonb not null);
  `,
  // The message a case was registered from: one case per message, whichever workstation fetched it.
  `
  create unique index cases_mail_key on cases ((doc #>> '{mail,source,key}')) where doc #>> '{mail,source,key}' is not null;
  `,
  // The satisfaction survey (pg/survey.ts): one token per case, its use recorded without a time; anonymous
  // responses with random ids and a day, no serial and no time, so that nothing tells which token let which
  // response in; and the paper batches imported, by their file's SHA-256.
  `
  create table survey_tokens (
    token text primary key,
    case_id text not null unique references cases (id),
    service text not null,
    used boolean not null
  );
  create table survey_responses (id text primary key, date date not null, service text not null, doc jsonb not null);
  create index survey_responses_date on survey_responses (date);
  create table survey_imports (sha256 text primary key, doc jsonb not null);
  `,
  // Attachments in parts of 2 MiB (pg/attachments.ts): streamed in and out whatever their size.
  `
  create table attachment_parts (
    sha256 text not null references attachments (sha256) on delete cascade,
    n integer not null,
    bytes bytea not null,
    primary key (sha256, n)
  );
  insert into attachment_parts select sha256, 0, bytes from attachments where length(bytes) > 0;
  alter table attachments drop column bytes;
  `,
  // Tracking codes: each case is found by the SHA-256 of its code (hex), never by the code itself. A
  // case stored before codes gets the one domain/tracking-lookup.ts derives (legacyTrackingSql).
  `
  alter table cases add column tracking text;
  update cases set doc = jsonb_set(doc, '{trackingCode}', to_jsonb(${legacyTrackingSql('(select secret from facts where id = 1)', 'id')}))
    where not (doc ? 'trackingCode');
  update cases set tracking = encode(sha256(convert_to(doc->>'trackingCode', 'UTF8')), 'hex');
  alter table cases alter column tracking set not null;
  create unique index cases_tracking on cases (tracking);
  `,
  // Officers who log in as themselves (issue 32): reporters' identities apart, events only added to,
  // numbers only loket gives, settings only admins change (pg/login-migrations.ts).
  LOGINS_MIGRATION,
  // What the public page's own login may read, and its one write, a survey answer (pg/public-migration.ts).
  PUBLIC_PAGES_MIGRATION,
  // Through an officer's login a case changes only with an event of a step its roles allow (pg/step-migration.ts).
  STEPS_MIGRATION,
  // What `due` reads of each open case (issue 31), filled from the documents at the end of migrate (pg/due-rows.ts).
  OPEN_RECORDS_MIGRATION,
  // The status page's lookup given the version of the case already held (issue 31, pg/public-case-migration.ts).
  PUBLIC_CASE_MIGRATION,
  // Every change of the cases notifies the status page's server, which holds pages until told (pg/case-change-migration.ts).
  CASE_CHANGE_MIGRATION,
  // A case's issued documents found by its id (pg/kept-documents.ts), which every receipt and letter
  // asks: without it, each read the whole register (a register of 200,000 documents, ~40 ms a receipt).
  `create index issued_case on issued ((doc->>'caseId'), n);`,
];

/** The version from which each case row has its compact record for `due`. */
export const OPEN_RECORDS_VERSION = MIGRATIONS.indexOf(OPEN_RECORDS_MIGRATION) + 1;

/** The version from which the database knows officers' logins (loket_whoami and the rest). */
export const LOGINS_VERSION = MIGRATIONS.indexOf(LOGINS_MIGRATION) + 1;

/** The version this loket writes and reads. */
export const DB_VERSION = MIGRATIONS.length;

/** The database's version: 0 when it has no loket tables yet. */
export async function dbVersion(sql: Sql): Promise<number> {
  const [table] = await sql`select to_regclass('loket_schema') as name`;
  if (!table?.name) return 0;
  const [row] = await sql`select version from loket_schema`;
  return Number(row?.version ?? 0);
}

/** Refuses a database this loket cannot use: not migrated yet, or of a newer loket. */
export async function assertUsable(sql: Sql, location: string): Promise<void> {
  assertVersion(await dbVersion(sql), location);
}

/** Refuses (exit 3) a database of another version than this loket's (as the connection's first statement read it). */
export function assertVersion(version: number, location: string): void {
  if (version > DB_VERSION) throw new StoreError('store.dbNewer', { location, found: version, known: DB_VERSION });
  if (version < DB_VERSION) throw new StoreError('store.dbNotMigrated', { location, found: version, known: DB_VERSION });
}

/**
 * Brings the database to DB_VERSION (`target`: an earlier one, for a test of a migration); returns the
 * versions before and after. A newer database is left as it is.
 */
export async function migrate(
  sql: RootSql,
  location: string,
  secret: () => string,
  target = DB_VERSION,
): Promise<{ from: number; to: number }> {
  return sql.begin(async (tx) => {
    // One migrator at a time: two workstations migrating at once wait for each other.
    await tx`set local statement_timeout = 0`;
    await tx`select pg_advisory_xact_lock(7412)`;
    const from = await dbVersion(tx);
    if (from > DB_VERSION) throw new StoreError('store.dbNewer', { location, found: from, known: DB_VERSION });
    for (let v = from; v < target; v++) {
      await tx.unsafe(MIGRATIONS[v]!);
      if (v === 0) await tx`insert into facts values (1, ${secret()})`;
      await tx`update loket_schema set version = ${v + 1}`;
    }
    // The records `due` reads, built for the cases already there and rebuilt where one disagrees with its case.
    if (Math.max(from, target) >= OPEN_RECORDS_VERSION) await (await import('./due-rows.js')).refreshOpenRecords(tx);
    return { from, to: Math.max(from, target) };
  });
}
