/**
 * The stores the contract suite runs against: the file store always, PostgreSQL when
 * LOKET_TEST_DATABASE_URL names a server (each store gets a schema of its own, dropped afterwards).
 */
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { FileStore } from '../../src/store/file-store.js';
import { PgStore } from '../../src/store/pg-store.js';
import type { Store } from '../../src/store/store.js';
import { afterEach, beforeEach } from 'vitest';
import { tempHome } from './cli.js';
import { signedOffice } from './loket.js';

export const DATABASE_URL = process.env.LOKET_TEST_DATABASE_URL;

/** A fresh, empty store of one kind, and how to throw it away. */
export interface OpenedStore {
  store: Store;
  /** Another handle on the same store (another workstation, or another process's view). */
  again(now?: () => number, user?: string): Store;
  /** The store's URL or folder, as a command line would name it. */
  env: Record<string, string>;
  home: string;
  cleanup(): Promise<void>;
}

/** A URL of the test server whose connections use the schema `name`. */
export function schemaUrl(name: string): string {
  const u = new URL(DATABASE_URL!);
  u.searchParams.set('search_path', name);
  return u.toString();
}

/** A new schema on the test server, migrated; returns its URL and how to drop it. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: postgres } = await import('postgres');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create schema ${name}`);
  const url = schemaUrl(name);
  const store = new PgStore({ url, user: 'setup', now: Date.now, env: {}, home: tmpdir() });
  await store.migrate();
  await store.close();
  return {
    url,
    async drop() {
      // The logins a test made (officers', the public page's) and the store's groups are the server's, not the schema's.
      const roles = await admin
        .unsafe(
          `select login as name from ${name}.officer_logins union select ${name}.loket_group(k) from (values ('petugas'), ('web')) as g(k)`,
        )
        .catch(() => []);
      await admin.unsafe(`drop schema ${name} cascade`);
      for (const r of roles) await admin.unsafe(`drop role if exists "${String(r.name)}"`);
      await admin.end();
    },
  };
}

export const STORE_KINDS: { name: string; open(now: () => number, user?: string): Promise<OpenedStore> }[] = [
  {
    name: 'files',
    async open(now, user = 'petugas') {
      const { home, cleanup } = tempHome();
      const make = (n = now, u = user) => new FileStore({ home, user: u, now: n, lock: { timeoutMs: 5000 } });
      return { store: make(), again: make, env: { LOKET_HOME: home }, home, cleanup: async () => cleanup() };
    },
  },
  ...(DATABASE_URL
    ? [
        {
          name: 'postgres',
          async open(now: () => number, user = 'petugas') {
            const { home, cleanup } = tempHome();
            const db = await freshDatabase();
            const opened: Store[] = [];
            const make = (n = now, u = user) => {
              const s = new PgStore({ url: db.url, user: u, now: n, env: {}, home });
              opened.push(s);
              return s;
            };
            return {
              store: make(),
              again: make,
              env: { LOKET_HOME: home, LOKET_DATABASE_URL: db.url },
              home,
              async cleanup() {
                for (const s of opened) await s.close();
                await db.drop();
                cleanup();
              },
            };
          },
        },
      ]
    : []),
];

if (!DATABASE_URL)
  console.log('PostgreSQL tests skipped: set LOKET_TEST_DATABASE_URL=postgres://USER@HOST:PORT/DB (CI does; see .ci/run) to run them.');

/** The stores an end-to-end test file can run its commands against: the environment each needs, and its teardown. */
export const E2E_STORES: { name: string; setup(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> }[] = [
  { name: 'files', setup: async () => ({ env: {}, drop: async () => undefined }) },
  ...(DATABASE_URL
    ? [
        {
          name: 'postgres',
          async setup() {
            const db = await freshDatabase();
            return { env: { LOKET_DATABASE_URL: db.url }, drop: () => db.drop() };
          },
        },
      ]
    : []),
];

/**
 * Gives every test of the calling `describe` a fresh data folder and, for the database kind, a fresh
 * database: `use` receives the folder and the environment to run commands with; `signed` sets up an
 * office whose documents can be signed.
 */
export function freshStoreEach(
  kind: (typeof E2E_STORES)[number],
  use: (home: string, env: Record<string, string>) => void,
  options: { signed?: boolean } = {},
): void {
  let cleanup = () => {};
  let drop = async () => {};
  beforeEach(async () => {
    const made = tempHome();
    cleanup = made.cleanup;
    const store = await kind.setup();
    drop = store.drop;
    use(made.home, store.env);
    if (options.signed) await signedOffice(made.home, store.env);
  });
  afterEach(async () => {
    await drop();
    cleanup();
  });
}
