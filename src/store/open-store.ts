/**
 * Choosing the store of a run: the shared PostgreSQL database when a URL is given, else the files of
 * the data folder. The only place outside the stores themselves that knows there are two; the
 * database code (and its client) is loaded only when a URL is set and the store is first used.
 */
import { FileStore } from './file-store.js';
import { lazyStore, maskUrl } from './lazy-store.js';
import { lockOptionsFromEnv } from './lock.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** The data folder (LOKET_HOME): the files, or this workstation's own folder beside a database. */
  home: string;
  /** A PostgreSQL URL; never printed (`location` masks it). */
  database?: string;
  /** Who acts, for the audit trail. */
  user: string;
  now: () => number;
  env: NodeJS.ProcessEnv;
  /** Where the URL came from (`--database` or LOKET_DATABASE_URL), to name it when it is malformed. */
  source?: string;
}

/** The store the options name, not yet opened. */
export function openStore(options: OpenStoreOptions): Store {
  const { database: url, home, user, now, env, source } = options;
  if (!url) return new FileStore({ home, user, now, lock: lockOptionsFromEnv(env) });
  return lazyStore(maskUrl(url), async () => new (await import('./pg-store.js')).PgStore({ url, user, now, env, home, source }));
}

/** The database store itself, for what only a database does (migrate, import a data folder); undefined without a URL. */
export async function openDatabaseStore(options: OpenStoreOptions) {
  if (!options.database) return undefined;
  const { PgStore } = await import('./pg-store.js');
  const { database: url, user, now, env, home, source } = options;
  return new PgStore({ url, user, now, env, home, source });
}

/** Watches, while a command runs against the database at `url`, for a connection lost outside any awaited query. */
export async function watchLostDatabase(url: string) {
  const { watchLostConnection } = await import('./pg/lost-connection.js');
  return watchLostConnection(maskUrl(url));
}
