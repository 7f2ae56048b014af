/**
 * The store `loket serve` reads on PostgreSQL: only the public functions of public-migration.ts,
 * which its own login (`loket db serve-login`) may run and nothing else, so the pages work over a
 * connection that could not read a name, a note or a token list if the server were taken over. It
 * answers what src/web/store-port.ts and the public use cases ask of a Store; anything else is a
 * programming error.
 */
import type { Case, RecordedRevocation } from '../../domain/model.js';
import type { NewSurveyResponse } from '../../domain/skm.js';
import { InputError } from '../../errors.js';
import { defaultConfig } from '../defaults.js';
import { KeptCases } from '../kept-cases.js';
import { lockOptionsFromEnv } from '../lock.js';
import type { ConfigDoc } from '../schema.js';
import { OPTIONAL_STORE_METHODS, type IssuedDocument, type Store } from '../store.js';
import type { SurveyTokenInfo } from '../survey-store.js';
import { databaseError, maskUrl, openClient } from './connect.js';
import { CASES_CHANGED } from './case-change-migration.js';
import { assertUsable } from './schema.js';
import type { RootSql } from './types.js';

type Digests = typeof import('../tracking-digests.js');

/** How long a case the database gave is handed out without asking again, unless a change is notified sooner. */
const HELD_MS = 1000;
/** How many such cases are held at most (they start over when full). */
const HELD_CASES = 4096;
/**
 * Past this share of `heldMs`, a case handed out is asked for again in the background: under a steady
 * load its page never waits for the database (at 200 clients the p99 went from 51–56 ms to 32–44, as
 * low as with the case held for an hour), and no answer is ever older than `heldMs`.
 */
const REFRESH_AFTER = 0.8;

/** The public side of the database, over `url` (the server's own login). */
class PublicStore {
  readonly location: string;
  private client?: Promise<RootSql>;
  private usable?: Promise<void>;
  private office?: Promise<ConfigDoc>;
  private readonly timeoutMs: number;
  /** The cases the status page found last, by digest, with the version the database gave each. */
  private readonly recent = new KeptCases();
  /** The cases the document lookups named, for the `get` that follows them. */
  private readonly seen = new Map<string, Case>();
  /** The tracking lookup's module once loaded: kept, since an import() of a loaded module still resolves it again. */
  private digests?: Digests;
  /** The office as the database gave it, once it has (keptConfig). */
  private officeDoc?: ConfigDoc;
  /**
   * The cases the database gave since its last notice of a change (case-change-migration.ts), with
   * when: handed out without asking again for `heldMs` at most (keptByTrackingCode).
   */
  private readonly confirmed = new Map<string, { found: Readonly<Case>; at: number }>();
  /** Counts the notices of a change: an answer asked for before one arrived is not held. */
  private notices = 0;
  /** The cases being asked for again in the background (REFRESH_AFTER), by digest: each asked once at a time, and awaited by close(). */
  private readonly refreshing = new Map<string, Promise<unknown>>();
  /** Whether this store listens for those notices (the listening connection said so once). */
  private listening = false;
  private listen?: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly heldMs: number,
  ) {
    this.location = maskUrl(url);
    this.timeoutMs = lockOptionsFromEnv(env).timeoutMs;
  }

  /** One value of a public function, the connection opened and the version checked on first use. */
  private async one<T>(query: (sql: RootSql) => Promise<readonly Record<string, unknown>[]>): Promise<T | undefined> {
    try {
      this.client ??= openClient(this.url, this.env, this.timeoutMs);
      const sql = await this.client;
      await (this.usable ??= assertUsable(sql, this.location));
      const [row] = await query(sql);
      return (row?.v ?? undefined) as T | undefined;
    } catch (error) {
      throw databaseError(error, this.location, this.timeoutMs);
    }
  }

  async config(): Promise<ConfigDoc> {
    this.office ??= this.one<{ profile: Partial<ConfigDoc['profile']>; calendar: ConfigDoc['calendar'] }>(
      (sql) => sql`select loket_public_office() as v`,
    ).then((office) => {
      const base = defaultConfig();
      return (this.officeDoc = office ? { ...base, profile: { ...base.profile, ...office.profile }, calendar: office.calendar } : base);
    });
    return this.office;
  }

  keptConfig(): ConfigDoc | undefined {
    return this.officeDoc;
  }

  /**
   * The case of a tracking code as the database gave it within `heldMs`, with no notice of a change
   * since. The notices arrive a few ms after each commit; the bound covers what they cannot: a notice
   * lost while the listening connection was reconnecting, and the page's login revoked meanwhile.
   * Handed out late in that bound, the case is asked for again in the background (REFRESH_AFTER).
   */
  keptByTrackingCode(code: string): Readonly<Case> | undefined {
    return this.digests && this.heldCase(this.digests, this.digests.askedDigest(code), code);
  }

  private heldCase(digests: Digests, digest: string, code: string): Readonly<Case> | undefined {
    const held = this.confirmed.get(digest);
    if (!held) return undefined;
    const age = performance.now() - held.at;
    if (age > this.heldMs || !digests.sameTrackingCode(held.found.trackingCode, code)) return undefined;
    if (age > this.heldMs * REFRESH_AFTER) this.refresh(digests, digest, code);
    return held.found;
  }

  /** Asks the database for a held case again without anyone waiting; a failure lets go of it, so the next page asks and reports. */
  private refresh(digests: Digests, digest: string, code: string): void {
    if (this.refreshing.has(digest)) return;
    const asked = this.lookup(digests, digest, code)
      .catch(() => this.confirmed.delete(digest))
      .finally(() => this.refreshing.delete(digest));
    this.refreshing.set(digest, asked);
  }

  /** Listens for the notices of a change, on a connection of its own (postgres.js listens again after losing it). */
  private listenForChanges(): Promise<void> {
    const changed = () => {
      this.notices++;
      this.confirmed.clear();
    };
    return this.client!.then(async (sql) => {
      const [{ schema }] = (await sql`select current_schema() as schema`) as unknown as [{ schema: string }];
      await sql.listen(
        CASES_CHANGED,
        (changedSchema) => changedSchema === schema && changed(),
        () => {
          changed();
          this.listening = true;
        },
      );
    }).catch(() => {
      // Not listening (a database before this version, a refused login): every page asks the database.
    });
  }

  /**
   * The case of a tracking code: the one held (keptByTrackingCode), else the database's, asked with
   * the version of the case kept from the last answer: it sends the case only when that changed. The
   * case kept is frozen, so its view and page are kept too (app/public-status.ts, page-cache.ts).
   */
  async findByTrackingCode(code: string): Promise<Readonly<Case> | undefined> {
    const digests = (this.digests ??= await import('../tracking-digests.js'));
    const digest = digests.askedDigest(code);
    return this.heldCase(digests, digest, code) ?? this.lookup(digests, digest, code);
  }

  /** The database's answer for a digest, held when no notice of a change arrived while it was asked. */
  private async lookup(digests: Digests, digest: string, code: string): Promise<Readonly<Case> | undefined> {
    const notices = this.listening ? this.notices : undefined;
    // Held from when it was asked: what the database answered is at least that recent.
    const asked = performance.now();
    const ask = (known: string) =>
      this.one<{ version: string; case?: Case }>((sql) => sql`select loket_public_case(${digest}, ${known}) as v`);
    let answer = await ask(this.recent.version(digest) ?? '');
    // "Unchanged" about a case no longer kept as that version (dropped, or replaced by a request that
    // answered in between): asked again for the case itself.
    if (answer && !answer.case && !this.recent.at(digest, answer.version)) answer = await ask('');
    const c = answer?.case ? this.recent.keep(digest, answer.version, answer.case) : answer && this.recent.at(digest, answer.version);
    this.listen ??= this.listenForChanges();
    if (!c || !digests.sameTrackingCode(c.trackingCode, code)) {
      this.confirmed.delete(digest);
      return undefined;
    }
    if (notices === this.notices) this.hold(digest, c, asked);
    return c;
  }

  private hold(digest: string, found: Readonly<Case>, at: number): void {
    if (this.confirmed.size >= HELD_CASES) this.confirmed.clear();
    this.confirmed.set(digest, { found, at });
  }

  async findByCertificateCode(code: string): Promise<Case | undefined> {
    return this.one<Case>((sql) => sql`select loket_public_certificate(${code}) as v`);
  }

  async secret(): Promise<string> {
    return (await this.one<string>((sql) => sql`select loket_public_secret() as v`)) ?? '';
  }

  async revocations(): Promise<RecordedRevocation[]> {
    return (await this.one<RecordedRevocation[]>((sql) => sql`select loket_public_revocations() as v`)) ?? [];
  }

  async findDocument(sha256: string): Promise<IssuedDocument | undefined> {
    const found = await this.one<{ issued: IssuedDocument; case: Case | null }>((sql) => sql`select loket_public_document(${sha256}) as v`);
    if (found?.case) this.seen.set(found.case.id, found.case);
    return found?.issued;
  }

  async get(id: string): Promise<Case> {
    const c = this.seen.get(id);
    if (!c) throw InputError.of('id', 'input.caseNotFound', { value: id });
    return c;
  }

  async readAttachment(sha256: string): Promise<Uint8Array> {
    const bytes = await this.one<Buffer>((sql) => sql`select loket_public_logo(${sha256}) as v`);
    if (!bytes) throw InputError.of('sha256', 'mail.storedMissing', { value: sha256 });
    return new Uint8Array(bytes);
  }

  async findSurveyToken(token: string): Promise<SurveyTokenInfo | undefined> {
    return this.one<SurveyTokenInfo>((sql) => sql`select loket_public_survey_token(${token}) as v`);
  }

  async recordSurveyResponse(response: NewSurveyResponse, token?: string): Promise<void> {
    // The page's one write, and only for a token: answers without one are the counter's, not the page's.
    if (token === undefined) throw new Error('the public page records answers only with a survey token');
    const { surveyResponseSchema } = await import('../survey-schema.js');
    const { newResponseId } = await import('../survey-ids.js');
    const doc = surveyResponseSchema.parse({ ...response, id: await newResponseId() }) as { id: string; date: string };
    const status = await this.one<string>(
      (sql) => sql`select loket_public_survey_answer(${token}, ${doc.id}, ${doc.date}, ${sql.json(doc as never)}) as v`,
    );
    if (status === 'used') throw InputError.of('token', 'skm.input.tokenUsed');
    if (status !== 'ok') throw InputError.of('token', 'skm.input.tokenUnknown');
  }

  async close(): Promise<void> {
    // Ended after the answers asked for in the background: none of them opens a connection again.
    await Promise.allSettled(this.refreshing.values());
    if (this.client) await (await this.client).end({ timeout: 5 }).catch(() => undefined);
    this.client = undefined;
    this.usable = undefined;
    this.listen = undefined;
    this.listening = false;
    this.confirmed.clear();
  }
}

/**
 * The public pages' store over the database at `url`: a Store whose other methods are not there to be
 * called. `heldMs`: how long a case found is handed out without asking again (tests make it longer).
 */
export function publicStore(url: string, env: NodeJS.ProcessEnv, { heldMs = HELD_MS }: { heldMs?: number } = {}): Store {
  const store = new PublicStore(url, env, heldMs);
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop in target || typeof prop === 'symbol') return Reflect.get(target, prop, receiver) as unknown;
      // An optional method of Store this one lacks is absent, not a function that fails.
      if (prop === 'then' || OPTIONAL_STORE_METHODS.has(prop)) return undefined;
      return () => Promise.reject(new Error(`the public pages do not ${String(prop)}`));
    },
  }) as unknown as Store;
}
