/** Setting up the shared PostgreSQL store and moving an office's data folder into it. */
import { InputError } from '../errors.js';
import { openDatabaseStore } from '../store/open-store.js';
import type { CheckResult } from '../store/store.js';

/** What reaching the database takes: its URL (never printed), who acts, the clock, the environment (PGPASSWORD, …). */
export interface DatabaseTarget {
  home: string;
  database?: string;
  user: string;
  now: () => number;
  env: NodeJS.ProcessEnv;
}

async function open(target: DatabaseTarget) {
  const store = await openDatabaseStore(target);
  if (!store) throw InputError.of('--database', 'input.noDatabase');
  return store;
}

/** Creates or upgrades the tables; the versions before and after. */
export async function migrateDatabase(target: DatabaseTarget): Promise<{ location: string; from: number; to: number }> {
  const store = await open(target);
  try {
    return { location: store.location, ...(await store.migrate()) };
  } finally {
    await store.close();
  }
}

/** Copies a data folder into an empty database, both checked, their counts compared. */
export async function importFolderIntoDatabase(
  target: DatabaseTarget,
  from: string,
): Promise<{ location: string; from: string; check: CheckResult }> {
  const store = await open(target);
  try {
    const { importDataFolder } = await import('../store/pg/import-folder.js');
    return { location: store.location, ...(await importDataFolder(store, from, target)) };
  } finally {
    await store.close();
  }
}

/** Makes the public page's own login (or gives it a new password), over the owner's connection (else exit 5). */
export async function makeServeLogin(
  target: DatabaseTarget,
  login: string,
  password: string,
): Promise<{ location: string; login: string }> {
  const store = await open(target);
  try {
    await store.makeServeLogin(login, password);
    return { location: store.location, login };
  } finally {
    await store.close();
  }
}
