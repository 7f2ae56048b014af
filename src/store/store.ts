/**
 * The case store as an interface. The lowdb files are its embedded default; an office with several
 * workstations uses PostgreSQL (pg-store.ts). Callers assume nothing about files: no path comes out.
 */
import type { Shield } from '../domain/identity.js';
import type { OpenRecord } from '../domain/open-record.js';
import type { ActingLogin } from '../domain/roles.js';
import type { Case, Change, LetterNumber, RecordedRevocation, ReportType, Service, Status } from '../domain/model.js';
import type { Finding } from '../errors.js';
import type { CaseFilter } from '../domain/case-filter.js';
import type { ConfigDoc } from './schema.js';
import type { SurveyStore } from './survey-store.js';

export type { Change, LetterNumber };

/** One document the office issued: which case, what it is, under which name it is kept, when, and its SHA-256. */
export interface IssuedDocument {
  sha256: string;
  caseId: string;
  /** The file name it is kept under (kept-documents.ts: the letter number in it, a version when printed again differently). */
  name: string;
  at: string;
  signed: boolean;
  /** receipt, reply, certificate…; absent in registers written before kinds were recorded (kindOfName tells). */
  kind?: string;
  letterNumber?: string;
}

/** A document to keep: its bytes and what they are. */
export interface NewDocument {
  caseId: string;
  kind: string;
  /** The name without version, letter number or extension, e.g. `surat-jawaban-2026-0042`. */
  baseName: string;
  letterNumber?: string;
  bytes: Uint8Array;
  at: string;
  signed: boolean;
}

/** A kept document, and the file on this workstation to open or print (when the store keeps one here). */
export interface KeptDocument {
  document: IssuedDocument;
  path?: string;
}

/** A document made of a case once it has its number (its receipt), to keep with it: what `registerWithDocument` renders. */
export type CaseDocument = (c: Case) => Promise<Omit<NewDocument, 'caseId'>>;

/** A case registered with its document: kept in the same change, or `failure` says why not (the case is recorded all the same). */
export interface RegisteredWithDocument {
  case: Case;
  kept?: KeptDocument;
  failure?: unknown;
}

/** A compact line of the search index. */
export interface CaseSummary {
  id: string;
  agendaNumber: number;
  service: Service;
  status: Status;
  /** Empty when the reporter is shielded (`identity` says why). */
  applicant: string;
  identity?: Shield;
  reportType?: ReportType;
  /** The case a report is about. */
  about?: string;
  subject: string;
  letterNumber?: string;
  receivedAt: string;
}

/** The passphrase of an encrypted backup: the one to write it under, or to open it with. */
export interface BackupOptions {
  passphrase?: string;
}

/** What `check` found: readable findings (empty when sound) and how much it looked at. */
export interface CheckResult {
  findings: Finding[];
  cases: number;
  letters: number;
  attachments: number;
}

/** A database connection's login, with the officer whose login it is and whether any officer has one yet. */
export interface StoreLogin extends ActingLogin {
  /** The name of the officer whose login this is, in the stored profile. */
  officer?: string;
  /** Some officer logs in as themselves (until then, the database works as before). */
  inUse: boolean;
}

/** A database login to make for an officer (or to enable again with a new password); the password is never stored or shown. */
export interface NewLogin {
  login: string;
  password: string;
}

/** What a change of the configuration does beside the document: on the database, an officer's login made with it. */
export interface ConfigUpdate {
  newLogin?: NewLogin;
}

/**
 * The methods of Store a store may leave out: a wrapper that makes every other name a method (the lazy
 * store, the public pages' store on the database) must answer undefined for these, not a function.
 */
export const OPTIONAL_STORE_METHODS: ReadonlySet<string | symbol> = new Set(
  // Every optional member of Store, and only those: an optional method added to Store must be named here.
  Object.keys({ keptByTrackingCode: true, keptConfig: true } satisfies Record<OptionalKeys<Store>, true>),
);

/** The names of an interface's optional members. */
type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** The store of cases, letters, documents and settings; and of the satisfaction survey (survey-store.ts). */
export interface Store extends SurveyStore {
  /** Where the store is, for messages: its data folder, or the database address with the password masked. */
  readonly location: string;
  /** The configuration (defaults when none was written yet). */
  config(): Promise<ConfigDoc>;
  /** Drops the configuration read so far: the next `config()` reads it again (a long-running menu sees another terminal's change). */
  forgetConfig(): Promise<void>;
  /**
   * Changes the configuration inside the lock; `action` is recorded with the changes. On the
   * database, `options.newLogin` is created (or enabled again) in the same transaction, and the login
   * of an officer the change takes off the list is disabled; the files refuse a login (exit 2).
   */
  updateConfig(action: string, change: (config: ConfigDoc) => Change<ConfigDoc>, options?: ConfigUpdate): Promise<ConfigDoc>;
  /** Registers a case under the next agenda number of `year`, decided inside the lock. */
  register(year: number, build: (agendaNumber: number) => Change<Case>): Promise<Case>;
  /**
   * Registers a case as `register` does and keeps the document `document` makes of it inside the same
   * lock (files) or transaction (database), after the case: one change instead of two. A document that
   * cannot be made or kept is `failure`, never a lost case; like `keepDocument`, never over another.
   */
  registerWithDocument(
    year: number,
    build: (agendaNumber: number) => Change<Case>,
    document: CaseDocument,
  ): Promise<RegisteredWithDocument>;
  /**
   * Adds whole cases of a year in one write, with their own history (a migration from an older
   * register, or a benchmark store); each gets the next agenda number and an `import` event.
   */
  importCases(year: number, builds: ((agendaNumber: number) => Case)[]): Promise<Case[]>;
  /** The agenda numbers already used in a year (given, or lost with a block, up to the high-water mark's last block). */
  agendaNumbers(year: number): Promise<Set<number>>;
  /**
   * Brings in cases of an earlier agenda book under their own agenda numbers, all or none; a number
   * already in use is refused. The numbers the book never had become accepted gaps of the year.
   */
  importAgenda(year: number, cases: Case[], source: string): Promise<Case[]>;
  /** One case by id; an InputError when there is none. */
  get(id: string): Promise<Case>;
  /** Changes one case inside the lock (re-read first); `action` and the changes become an audit event. */
  update(id: string, action: string, change: (c: Case) => Change<Case>): Promise<Case>;
  /**
   * Gives the case an outgoing letter number of `kind` (once: a second call returns the same
   * number) and records it on the case through `apply`.
   */
  issueLetter(
    id: string,
    kind: string,
    date: string,
    pattern: string,
    apply: (c: Case, letter: LetterNumber) => Change<Case>,
  ): Promise<{ case: Case; letter: LetterNumber }>;
  /** Every open case, from every year that has one. */
  openCases(): Promise<Case[]>;
  /**
   * The compact record (domain/open-record.ts) of every open case, in the order of openCases: what
   * `due` reports, kept with each change of a case in the same lock or transaction. Never fewer than
   * the open cases: a record missing or out of date is derived from its case instead.
   */
  openRecords(): Promise<OpenRecord[]>;
  /** Every certificate revocation recorded, kept apart from the cases so that no change of a case removes one. */
  revocations(): Promise<RecordedRevocation[]>;
  /** The cases received from `years.first` to `years.last` that the filter asks for, in agenda order. */
  listCases(filter: CaseFilter, years: { first: number; last: number }): Promise<Case[]>;
  /** Cases whose id, agenda number, applicant, subject or letter number contain `text`, in all years. */
  search(text: string): Promise<CaseSummary[]>;
  /**
   * Keeps an issued document where every workstation finds it, recorded by its SHA-256 in the
   * register of issued documents; never over another one (kept-documents.ts names it).
   */
  keepDocument(doc: NewDocument): Promise<KeptDocument>;
  /**
   * Writes the printable copy of a draft (a letter prepared, not yet numbered or signed) on this
   * workstation; a draft is not issued, so it is not kept or registered. Returns its path.
   */
  keepDraft(caseId: string, fileName: string, bytes: Uint8Array): Promise<string>;
  /** Every document issued for a case, oldest first. */
  documents(caseId: string): Promise<IssuedDocument[]>;
  /** The bytes of a kept document; an InputError when the case has no document of that name. */
  readDocument(caseId: string, name: string): Promise<Uint8Array>;
  /** The issued document with this SHA-256, if the office issued it. */
  findDocument(sha256: string): Promise<IssuedDocument | undefined>;
  /**
   * The case registered from the message with this key (`mid-…`/`hdr-…`, domain/message-key.ts), if
   * any. `register` refuses a second case with the same `mail.source.key` (AlreadyRegistered), decided
   * inside the lock or transaction, so no message makes two cases whoever fetches it.
   */
  findByMessageKey(key: string): Promise<Case | undefined>;
  /**
   * The case whose tracking code is `code` (found by the code's digest, compared in constant time), if
   * any; read-only: a store may hand the same frozen case to every request (the file store does).
   */
  findByTrackingCode(code: string): Promise<Readonly<Case> | undefined>;
  /**
   * The case of `code` without waiting, when the store holds it in memory and knows it is current
   * (the file store: its block's file unchanged this turn); undefined means "ask findByTrackingCode".
   * Optional: a store that must ask a server for every lookup has none.
   */
  keptByTrackingCode?(code: string): Readonly<Case> | undefined;
  /** The configuration without waiting, when the store holds it in memory (optional, as above). */
  keptConfig?(): ConfigDoc | undefined;
  /** The case that issued (or once issued) the certificate with this code, if any. */
  findByCertificateCode(code: string): Promise<Case | undefined>;
  /** Copies a file into the store under its SHA-256. */
  storeAttachment(path: string): Promise<{ sha256: string; size: number }>;
  /** Keeps bytes (a part of an e-mail) in the store under their SHA-256. */
  storeAttachmentBytes(bytes: Uint8Array): Promise<{ sha256: string; size: number }>;
  /** The bytes kept under this SHA-256 (an attachment, or a document an outbox e-mail carries); an InputError when none. */
  readAttachment(sha256: string): Promise<Uint8Array>;
  /** The store's secret key (hex), created by the first write of a new store; exit 3 when a store with cases lost it. */
  secret(): Promise<string>;
  /** Verifies schema, unique gap-free numbers, event order and attachment hashes. */
  check(): Promise<CheckResult>;
  /**
   * Writes a consistent logical backup of everything to the file `out`: config, cases, letter books,
   * attachments; encrypted under `passphrase` when one is given.
   */
  backup(out: string, createdAt: string, options?: BackupOptions): Promise<{ file: string; files: number; bytes: number }>;
  /**
   * Restores the backup file `source` into a store that holds no cases yet, in bounded memory; the
   * store changes only when the restored copy passed the check. An InputError for anything else.
   */
  restore(source: string, options?: BackupOptions): Promise<{ files: number }>;
  /**
   * Whether this run acts as the owner of the data: the owner of the data folder (files), or the
   * database owner's login (PostgreSQL). Before an office names an admin, only the owner may.
   */
  ownedByActor(): Promise<boolean>;
  /**
   * On the database, the connection's login (officers who log in as themselves act as the officer
   * whose login it is); undefined on the files, where the name given is who acts.
   */
  login(): Promise<StoreLogin | undefined>;
  /** Lets the process end (closes a database connection; nothing for files). */
  close(): Promise<void>;
}
