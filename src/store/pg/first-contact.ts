/**
 * The first statement of a connection: the database's version, its configuration and who the
 * connection is (loket_whoami), in one round trip instead of four (to_regclass, the version, the
 * configuration row, loket_whoami). A database whose tables are not this version's (not migrated
 * yet, older, newer) is asked the long way instead (schema.ts), which tells which.
 */
import type { WhoAmI } from './logins.js';
import type { Sql } from './types.js';

/** What the first statement learns. */
export interface FirstContact {
  version: number;
  /** The configuration document as stored, unvalidated; undefined when none was written yet. */
  config: unknown;
  who: WhoAmI;
}

/** The first statement's answers; undefined when the tables or functions it reads are not there, or not this login's. */
export async function firstContact(sql: Sql): Promise<FirstContact | undefined> {
  try {
    const [row] = await sql`select version, (select doc from config where id = 1) as config, loket_whoami() as who from loket_schema`;
    return row ? { version: Number(row.version), config: row.config ?? undefined, who: row.who as WhoAmI } : undefined;
  } catch (error) {
    // No such table (42P01) or function (42883): not this version's tables; or a login that may not
    // read one of them (42501: the public page's): each is then asked for apart, as before.
    if (/^42(P01|883|501)$/.test(String((error as { code?: string }).code))) return undefined;
    throw error;
  }
}
