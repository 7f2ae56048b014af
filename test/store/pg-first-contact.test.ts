/**
 * A connection's first statement (pg/first-contact.ts): the version, the configuration and who the
 * connection is in one round trip, on a database of this version; nothing learnt (the long way
 * taken) on one not migrated; the version verdict as assertUsable gives it. Skipped without
 * LOKET_TEST_DATABASE_URL but for the verdict.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { PgStore } from '../../src/store/pg-store.js';
import { firstContact } from '../../src/store/pg/first-contact.js';
import { assertVersion, DB_VERSION } from '../../src/store/pg/schema.js';
import { DATABASE_URL, freshDatabase, schemaUrl } from '../helpers/stores.js';

const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const drop of drops.splice(0)) await drop();
});

describe('the version verdict', () => {
  it.each([
    [DB_VERSION, undefined],
    [DB_VERSION - 1, 'store.dbNotMigrated'],
    [0, 'store.dbNotMigrated'],
    [DB_VERSION + 1, 'store.dbNewer'],
  ])('version %i: %s', (version, key) => {
    const verdict = () => assertVersion(version, 'postgres://x@localhost/loket');
    if (key)
      expect(verdict).toThrow(expect.objectContaining({ key, params: expect.objectContaining({ found: version, known: DB_VERSION }) }));
    else expect(verdict).not.toThrow();
  });
});

describe.skipIf(!DATABASE_URL)('the first statement of a connection', () => {
  it('gives the version, the configuration and the login of a migrated database; nothing on one not migrated', async () => {
    const db = await freshDatabase();
    drops.push(() => db.drop());
    const store = new PgStore({ url: db.url, user: 'setup', now: Date.now, env: {}, home: tmpdir() });
    drops.push(() => store.close());
    const sql = await store.sql(false);
    const login = new URL(DATABASE_URL!).username || 'postgres';
    expect(await firstContact(sql)).toEqual({
      version: DB_VERSION,
      config: undefined,
      who: expect.objectContaining({ login, owner: true }),
    });
    await store.updateConfig('config:set', (cfg) => ({ value: { ...cfg, profile: { ...cfg.profile, city: 'Bandung' } }, changes: {} }));
    expect(((await firstContact(sql))?.config as { profile: { city: string } }).profile.city).toBe('Bandung');
    // What the store makes of it: the configuration and the login as the separate questions gave them.
    const again = new PgStore({ url: db.url, user: 'setup', now: Date.now, env: {}, home: tmpdir() });
    drops.push(() => again.close());
    expect((await again.config()).profile.city).toBe('Bandung');
    expect(await again.login()).toMatchObject({ login, owner: true });

    const { default: postgres } = await import('postgres');
    const admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => undefined });
    const empty = `t_${randomBytes(6).toString('hex')}`;
    await admin.unsafe(`create schema ${empty}`);
    drops.push(async () => {
      await admin.unsafe(`drop schema ${empty} cascade`);
      await admin.end();
    });
    const bare = new PgStore({ url: schemaUrl(empty), user: 'setup', now: Date.now, env: {}, home: tmpdir() });
    drops.push(() => bare.close());
    expect(await firstContact(await bare.sql(false))).toBeUndefined();
    await expect(bare.config()).rejects.toMatchObject({ key: 'store.dbNotMigrated' });
  });
});
